package volunteer

import (
	"testing"

	"pgregory.net/rapid"
)

// TestIndexAgreesWithMap files strings under hashes drawn from a few
// values, most of them near the top of the hash space, so that clusters
// collide, run past the end of the table and wrap to its start, takes some
// out again, and checks every look-up, through every growth and removal,
// against a map.
func TestIndexAgreesWithMap(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var x index
		if _, ok := x.find(7, func(uint32) bool { return true }); ok {
			t.Fatal("an empty index found something")
		}
		if rapid.Bool().Draw(t, "reserve") {
			x.reserve(rapid.IntRange(0, 300).Draw(t, "reserved"))
		}
		hashes := rapid.SampledFrom([]uint32{0, 1, 0x7fff_ffff, 0xffff_fff0, 0xffff_ffff, 0xfc00_0000})
		var strs []string
		var hs []uint32
		model := map[string]uint32{}
		n := rapid.IntRange(0, 300).Draw(t, "n")
		for i := range n {
			s := rapid.StringMatching(`[a-e]{1,3}`).Draw(t, "s")
			if _, dup := model[s]; dup {
				continue
			}
			h := hashes.Draw(t, "h")
			x.add(h, uint32(len(strs)))
			model[s] = uint32(len(strs))
			strs, hs = append(strs, s), append(hs, h)
			if 2*x.n > len(x.slots) {
				t.Fatalf("after %d adds: %d strings in %d slots", i+1, x.n, len(x.slots))
			}
		}
		// Take out some: the latest, as a rollback does, or any other.
		live := make([]uint32, len(strs)) // positions still filed
		for i := range live {
			live[i] = uint32(i)
		}
		for range rapid.IntRange(0, len(live)).Draw(t, "removals") {
			k := len(live) - 1
			if !rapid.Bool().Draw(t, "latest") {
				k = rapid.IntRange(0, k).Draw(t, "which")
			}
			pos := live[k]
			live = append(live[:k], live[k+1:]...)
			x.remove(hs[pos], pos)
			delete(model, strs[pos])
		}
		if x.n != len(model) {
			t.Fatalf("the index counts %d strings, the map %d", x.n, len(model))
		}
		for s, want := range model {
			h := hs[want]
			got, ok := x.find(h, func(pos uint32) bool { return strs[pos] == s })
			if !ok || got != want {
				t.Fatalf("find(%q) = %d, %t; want %d", s, got, ok, want)
			}
		}
		for _, s := range []string{"x", "yy", "zzz"} {
			if pos, ok := x.find(hashes.Draw(t, "absent"), func(pos uint32) bool { return strs[pos] == s }); ok {
				t.Fatalf("found %q, never added, at %d", s, pos)
			}
		}
	})
}
