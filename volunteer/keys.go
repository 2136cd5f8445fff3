package volunteer

import "hash/maphash"

// keyIndex maps idempotency keys to the entries made under them. It is an
// open-addressing table of 8-byte slots — a 32-bit hash and an entry ID —
// so that a new key costs one probe in a compact array and growing never
// reads the keys again; a key's text is compared only when the hashes
// match. The ledger keeps the text.
type keyIndex struct {
	seed  maphash.Seed
	slots []uint64 // hash<<32 | id; 0 is empty
	n     int
}

func newKeyIndex() keyIndex {
	return keyIndex{seed: maphash.MakeSeed(), slots: make([]uint64, 64)}
}

// findKey returns the entry made under key, or 0, and the key's hash for a
// later addKey.
func (l *Ledger) findKey(key string) (EntryID, uint32) {
	k := &l.keys
	h := uint32(maphash.String(k.seed, key))
	mask := uint32(len(k.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := k.slots[i]
		if s == 0 {
			return 0, h
		}
		if uint32(s>>32) == h && l.textIs(l.entries[uint32(s)-1].text, key) {
			return EntryID(s), h
		}
	}
}

// addKey records entry id under a key with hash h that is not present.
func (l *Ledger) addKey(h uint32, id EntryID) {
	k := &l.keys
	if 2*(k.n+1) > len(k.slots) {
		k.resize(2 * len(k.slots))
	}
	k.put(uint64(h)<<32 | uint64(id))
	k.n++
}

// reserve makes room for n keys in all without growing.
func (k *keyIndex) reserve(n int) {
	size := len(k.slots)
	for 2*n > size {
		size *= 2
	}
	if size > len(k.slots) {
		k.resize(size)
	}
}

// resize moves the slots to a table of size slots, a power of two.
func (k *keyIndex) resize(size int) {
	old := k.slots
	k.slots = make([]uint64, size)
	for _, s := range old {
		if s != 0 {
			k.put(s)
		}
	}
}

func (k *keyIndex) put(s uint64) {
	mask := uint32(len(k.slots) - 1)
	i := uint32(s>>32) & mask
	for k.slots[i] != 0 {
		i = (i + 1) & mask
	}
	k.slots[i] = s
}
