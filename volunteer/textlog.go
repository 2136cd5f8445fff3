package volunteer

import (
	"encoding/binary"
	"slices"
)

// textLog holds the ledger's texts, its idempotency keys and reasons, back
// to back, each after its length as a uvarint, so that they hold no
// pointers for the collector to scan. Like the entries, the texts sit in
// chunks that never move: a growing ledger adds a chunk where one buffer
// would copy itself at every doubling. The first chunk grows by doubling,
// so that a small ledger stays small.
//
// A text is named by a reference: 0 for "", otherwise its chunk and its
// offset in the chunk, plus one. Every text starts within the first
// textChunk bytes of its chunk; a text too long for a chunk gets one of
// its own.
type textLog struct {
	chunks [][]byte // each of capacity textChunk but the first and those of long texts
}

const (
	textChunkBits = 20
	textChunk     = 1 << textChunkBits        // 1 MiB
	textChunks    = 1<<(32-textChunkBits) - 1 // so that no reference wraps to 0 ("")
)

// add appends s and returns its reference.
func (t *textLog) add(s string) uint32 {
	if s == "" {
		return 0
	}
	need := uvarintLen(len(s)) + len(s)
	k := len(t.chunks) - 1
	if k < 0 || len(t.chunks[k])+need > cap(t.chunks[k]) || len(t.chunks[k]) >= textChunk {
		k = t.room(need)
	}
	c := t.chunks[k]
	ref := uint32(k)<<textChunkBits | uint32(len(c)) + 1
	c = binary.AppendUvarint(c, uint64(len(s)))
	t.chunks[k] = append(c, s...)
	return ref
}

// room makes room for need more bytes and returns the chunk that has it.
func (t *textLog) room(need int) int {
	if len(t.chunks) == 0 {
		t.chunks = [][]byte{make([]byte, 0, max(need, 64))}
		return 0
	}
	if c := t.chunks[0]; len(t.chunks) == 1 && len(c) < textChunk {
		t.chunks[0] = slices.Grow(c, max(need, min(len(c), textChunk-len(c))))
		return 0
	}
	if len(t.chunks) == textChunks {
		panic("volunteer: a ledger holds at most 4 GiB of keys and reasons")
	}
	t.chunks = append(t.chunks, make([]byte, 0, max(need, textChunk)))
	return len(t.chunks) - 1
}

// bytes returns the bytes of text ref, which are never changed.
func (t *textLog) bytes(ref uint32) []byte {
	if ref == 0 {
		return nil
	}
	ref--
	b := t.chunks[ref>>textChunkBits][ref&(textChunk-1):]
	n, w := binary.Uvarint(b)
	return b[w : w+int(n)]
}

// drop takes back text ref, the last one added.
func (t *textLog) drop(ref uint32) {
	if ref == 0 {
		return
	}
	ref--
	k := ref >> textChunkBits
	t.chunks[k] = t.chunks[k][:ref&(textChunk-1)]
}

// grow makes room for n more bytes of texts, lengths included, as far as
// the first chunk goes: later chunks are made as they are needed, and
// making them copies nothing.
func (t *textLog) grow(n int) {
	if n <= 0 || len(t.chunks) > 1 {
		return
	}
	if len(t.chunks) == 0 {
		t.chunks = [][]byte{nil}
	}
	if c := t.chunks[0]; len(c) < textChunk {
		t.chunks[0] = slices.Grow(c, min(n, textChunk-len(c)))
	}
}

// size returns the bytes the texts take, lengths included.
func (t *textLog) size() int {
	n := 0
	for _, c := range t.chunks {
		n += len(c)
	}
	return n
}

// uvarintLen returns the length of n as a uvarint.
func uvarintLen(n int) int {
	w := 1
	for ; n >= 0x80; n >>= 7 {
		w++
	}
	return w
}
