package volunteer

import (
	"iter"
	"slices"
)

// entryLog holds the ledger's entries in blocks of entryBlock. Appending
// never moves an entry: a ledger of millions grows a block at a time where
// one slice would copy itself at every doubling, and would hold up to twice
// the memory it needs. The first block grows by doubling, so that a small
// ledger stays small.
type entryLog struct {
	blocks [][]entry // each entryBlock long but the last
	n      int
}

const (
	entryBlockBits = 12
	entryBlock     = 1 << entryBlockBits // entries per block: 4,096 of 48 bytes
)

// len returns the number of entries.
func (g *entryLog) len() int { return g.n }

// at returns entry id, which must exist; IDs count from 1.
func (g *entryLog) at(id EntryID) *entry {
	i := int(id) - 1
	return &g.blocks[i>>entryBlockBits][i&(entryBlock-1)]
}

// push appends e and returns its ID.
func (g *entryLog) push(e entry) EntryID {
	k := g.n >> entryBlockBits
	if k == len(g.blocks) {
		var b []entry
		if k > 0 {
			b = make([]entry, 0, entryBlock)
		}
		g.blocks = append(g.blocks, b)
	}
	g.blocks[k] = append(g.blocks[k], e)
	g.n++
	return EntryID(g.n)
}

// pop takes back the last entry.
func (g *entryLog) pop() {
	g.n--
	k := g.n >> entryBlockBits
	g.blocks[k] = g.blocks[k][:len(g.blocks[k])-1]
}

// grow makes room for n more entries.
func (g *entryLog) grow(n int) {
	want := g.n + n
	if len(g.blocks) == 0 {
		g.blocks = append(g.blocks, nil)
	}
	g.blocks[0] = slices.Grow(g.blocks[0], min(want, entryBlock)-len(g.blocks[0]))
	for len(g.blocks)*entryBlock < want {
		g.blocks = append(g.blocks, make([]entry, 0, entryBlock))
	}
}

// all yields every entry with its ID, in the order made.
func (g *entryLog) all() iter.Seq2[EntryID, *entry] {
	return func(yield func(EntryID, *entry) bool) {
		var id EntryID
		for _, b := range g.blocks {
			for i := range b {
				id++
				if !yield(id, &b[i]) {
					return
				}
			}
		}
	}
}
