package grid

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

func TestRouterValidate(t *testing.T) {
	if ps := DefaultRouter().Validate(); len(ps) != 0 {
		t.Errorf("default: %v", ps)
	}
	r := Router{Routes: []Route{
		{Category: "water", Department: "w"},
		{Category: "water", Department: "w2"},
		{Category: "", Department: "x"},
		{Category: "roads", Level: governance.LevelCounty},
	}}
	var got []string
	for _, p := range r.Validate() {
		got = append(got, p.Code+" "+p.Path)
	}
	want := []string{
		codeRouterFallback + " fallback",
		codeRouterDuplicate + " routes[1]",
		codeRouterCategory + " routes[2].category",
		codeRouterDepartment + " routes[3].department",
		codeRouterLevel + " routes[3].level",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	b, err := json.Marshal(DefaultRouter())
	if err != nil {
		t.Fatal(err)
	}
	var back Router
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(DefaultRouter(), back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestRouteProperties: a valid router sends every intake somewhere; a line
// for the category at the unit's level wins, then the category's line for
// any level, then the district government; and the order of the lines does
// not matter.
func TestRouteProperties(t *testing.T) {
	categories := []string{"", "water", "roads", "noise", "unknown"}
	levels := []governance.Level{governance.LevelUnknown, governance.LevelStreet, governance.LevelCommunity, governance.LevelGrid}
	units := []governance.Code{"110105001000", "110105001001", "110105001001001"}
	rapid.Check(t, func(t *rapid.T) {
		seen := map[[2]any]bool{}
		var routes []Route
		for _, r := range rapid.SliceOfN(rapid.Custom(func(t *rapid.T) Route {
			return Route{
				Category:   rapid.SampledFrom(categories[1:4]).Draw(t, "category"),
				Level:      rapid.SampledFrom(levels).Draw(t, "level"),
				Department: Department(rapid.StringMatching(`[a-z]{1,4}`).Draw(t, "department")),
			}
		}), 0, 10).Draw(t, "routes") {
			k := [2]any{r.Category, r.Level}
			if !seen[k] {
				seen[k] = true
				routes = append(routes, r)
			}
		}
		router := Router{Routes: routes, Fallback: "district-government"}
		if ps := router.Validate(); len(ps) != 0 {
			t.Fatalf("generated router invalid: %v", ps)
		}
		in := Intake{Category: rapid.SampledFrom(categories).Draw(t, "intake category"), Unit: rapid.SampledFrom(units).Draw(t, "unit")}
		want, wantMatched := router.Fallback, false
		for _, l := range []governance.Level{in.Unit.Level(), governance.LevelUnknown} {
			if wantMatched {
				break
			}
			for _, r := range routes {
				if r.Category == in.Category && r.Level == l {
					want, wantMatched = r.Department, true
					break
				}
			}
		}
		got, matched := router.Route(in)
		if got != want || matched != wantMatched || got == "" {
			t.Fatalf("Route(%q at %s) = %s, %v; want %s, %v", in.Category, in.Unit.Level(), got, matched, want, wantMatched)
		}
		shuffled := Router{Routes: rapid.Permutation(routes).Draw(t, "shuffled"), Fallback: router.Fallback}
		if again, m := shuffled.Route(in); again != got || m != matched {
			t.Fatalf("order of lines matters: %s vs %s", again, got)
		}
	})
}
