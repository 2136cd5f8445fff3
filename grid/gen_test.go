package grid

import (
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

// genStreet generates a hierarchy rooted at a street or town with up to
// communities communities — urban or villages — of up to grids grids each,
// comprehensive or exclusive, with households and residents that fall in
// and out of the default bands.
func genStreet(communities, grids int) *rapid.Generator[*governance.Hierarchy] {
	return rapid.Custom(func(t *rapid.T) *governance.Hierarchy {
		root := governance.MustParseCode(rapid.SampledFrom([]string{"110105001", "520115101"}).Draw(t, "root"))
		h, err := governance.NewHierarchy(governance.Unit{Code: root, Name: "street"})
		if err != nil {
			panic(err)
		}
		nc := rapid.IntRange(0, communities).Draw(t, "communities")
		for i := range nc {
			seg := i + 1
			if rapid.Bool().Draw(t, "village") {
				seg += 200
			}
			c := governance.Code(fmt.Sprintf("%s%03d", root[:9], seg))
			if err := h.Add(governance.Unit{Code: c, Name: "community"}); err != nil {
				panic(err)
			}
			ng := rapid.IntRange(0, grids).Draw(t, "grids")
			for g := range ng {
				u := governance.Unit{
					Code:       governance.Code(fmt.Sprintf("%s%03d", c, g+1)),
					Name:       "grid",
					Households: rapid.IntRange(0, 700).Draw(t, "households"),
					Residents:  rapid.IntRange(0, 3000).Draw(t, "residents"),
				}
				if rapid.IntRange(0, 5).Draw(t, "kind") == 0 {
					u.Kind = governance.KindExclusiveGrid
				}
				if err := h.Add(u); err != nil {
					panic(err)
				}
			}
		}
		return h
	})
}

// finding is a problem's path and code, as the model tests compare them.
type finding struct{ path, code string }

// sortFindings sorts findings as governance.Problems.Sorted sorts problems.
func sortFindings(fs []finding) []finding {
	ps := make(governance.Problems, len(fs))
	for i, f := range fs {
		ps[i] = governance.Errorf(f.code, f.path)
	}
	var out []finding
	for _, p := range ps.Sorted() {
		out = append(out, finding{p.Path, p.Code})
	}
	return out
}
