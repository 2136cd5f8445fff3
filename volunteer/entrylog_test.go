package volunteer

import "testing"

// TestEntryLogAcrossBlocks pushes entries across several blocks, growing
// the log on the way, and finds each where it was put, by ID and in order.
func TestEntryLogAcrossBlocks(t *testing.T) {
	var g entryLog
	const n = 3*entryBlock + 17
	for i := range n {
		if i == 100 || i == 2*entryBlock-1 {
			g.grow(entryBlock + 5)
		}
		if id := g.push(entry{at: int64(i), prev: uint32(i)}); int(id) != i+1 {
			t.Fatalf("push %d returned ID %d", i, id)
		}
	}
	if g.len() != n {
		t.Fatalf("len = %d, want %d", g.len(), n)
	}
	for id := EntryID(1); int(id) <= n; id++ {
		if e := g.at(id); e.at != int64(id-1) {
			t.Fatalf("entry %d holds %d", id, e.at)
		}
	}
	want := EntryID(0)
	for id, e := range g.all() {
		if want++; id != want || e.at != int64(id-1) {
			t.Fatalf("all yielded entry %d holding %d after %d", id, e.at, want-1)
		}
	}
	if int(want) != n {
		t.Fatalf("all yielded %d entries, want %d", want, n)
	}
	for _, b := range g.blocks[:len(g.blocks)-1] {
		if len(b) != entryBlock {
			t.Fatalf("a block before the last holds %d entries", len(b))
		}
	}
}
