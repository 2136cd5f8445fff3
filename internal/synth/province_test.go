package synth_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"github.com/jiceng/jiceng/internal/synth"
)

// modelDay is the day the province models are drawn as on.
var modelDay = governance.MustParseDate("2025-06-30")

// check is one of the province-scale checks.
type check struct {
	name string
	run  func(*synth.Model) governance.Problems
}

// checks are the whole validation of a province, in the order it runs
// them: the hierarchy's own data, the roster, staffing against the
// national ratio (18 workers per 10,000 residents), party organisations
// and coverage, grid sizing and grid teams, each under its default rules.
var checks = []check{
	{"hierarchy", func(m *synth.Model) governance.Problems { return m.Hierarchy.Validate() }},
	{"roster", func(m *synth.Model) governance.Problems {
		return governance.CheckRoster(m.Hierarchy, m.People, m.Posts)
	}},
	{"staffing", func(m *synth.Model) governance.Problems {
		_, ps := governance.CheckStaffing(m.Hierarchy, m.Posts, governance.NationalStaffingRule(), m.On)
		return ps
	}},
	{"party", func(m *synth.Model) governance.Problems {
		return governance.CheckParty(m.Hierarchy, m.Orgs, governance.DefaultPartyRules(), m.On)
	}},
	{"sizing", func(m *synth.Model) governance.Problems {
		return grid.CheckSizing(m.Hierarchy, grid.DefaultSizingPolicy())
	}},
	{"teams", func(m *synth.Model) governance.Problems {
		return grid.CheckTeams(m.Hierarchy, m.Posts, grid.DefaultTeamPolicy(), m.On)
	}},
}

// validate runs every check over m and returns all their problems, sorted
// as one list.
func validate(m *synth.Model) governance.Problems {
	var all governance.Problems
	for _, c := range checks {
		all = append(all, c.run(m)...)
	}
	return all.Sorted()
}

// tally counts problems by severity and code: "error grid.households.above_max".
func tally(ps governance.Problems) map[string]int {
	n := make(map[string]int)
	for _, p := range ps {
		n[p.Severity.String()+" "+p.Code]++
	}
	return n
}

// jilinModel is built once for the tests that read it: about half a
// second on the shared machine.
var jilinModel = func() func() *synth.Model {
	var m *synth.Model
	return func() *synth.Model {
		if m == nil {
			m = synth.NewModel(1, synth.Jilin, modelDay)
		}
		return m
	}
}()

// TestJilinModel checks the shape of the Jilin-scale model: its units per
// level, and people, posts and organisations of the size the benchmarks'
// figures are stated for.
func TestJilinModel(t *testing.T) {
	m := jilinModel()
	want := map[governance.Level]int{
		governance.LevelProvince:  1,
		governance.LevelCity:      9,
		governance.LevelCounty:    60,
		governance.LevelStreet:    1_000,
		governance.LevelCommunity: 12_000,
		governance.LevelGrid:      69_000,
	}
	if diff := cmp.Diff(want, count(m.Hierarchy)); diff != "" {
		t.Errorf("units per level (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		what     string
		n        int
		min, max int
	}{
		{"people", len(m.People), 270_000, 320_000},
		{"posts", len(m.Posts), 290_000, 340_000},
		{"organisations", len(m.Orgs), 75_000, 90_000},
	} {
		if c.n < c.min || c.n > c.max {
			t.Errorf("%d %s, want %d–%d", c.n, c.what, c.min, c.max)
		}
	}
	if m.Seed != 1 || m.Scale != synth.Jilin || m.On != modelDay {
		t.Errorf("model of seed %d, scale %+v, day %s", m.Seed, m.Scale, m.On)
	}
}

// TestJilinProblems pins what the whole validation finds in the Jilin
// model of seed 1, by severity and code, so that a change in a generator
// or in a check shows here. What it finds is what the generators draw on
// purpose (see Roster and PartyOrgs) — communities with fewer workers than
// the national ratio asks, terms that ran out in the month before the day,
// three grids in a thousand without a party organisation, large branches —
// and grids outside the sizing bands: Province draws rural grids of
// 200–400 households, while grid.DefaultSizingPolicy's rural band is
// 250–350, so about half the rural grids are reported.
func TestJilinProblems(t *testing.T) {
	m := jilinModel()
	want := map[string]int{
		"error governance.party.grid_uncovered":       207,
		"warning governance.party.members_above_kind": 210,
		"error governance.party.term_expired":         1_288,
		"error governance.staffing.short":             2_663,
		"error grid.households.above_max":             8_708,
		"error grid.households.below_min":             8_653,
	}
	if diff := cmp.Diff(want, tally(validate(m))); diff != "" {
		t.Errorf("problems of the Jilin model, seed 1 (-want +got):\n%s", diff)
	}
}

// TestValidateDeterministic checks that the whole validation of a model is
// a function of its seed: the same problems in the same order twice, and
// other problems for another seed.
func TestValidateDeterministic(t *testing.T) {
	s := synth.Scale{Cities: 2, Counties: 6, Streets: 40, Communities: 400, Grids: 2_300}
	first := validate(synth.NewModel(3, s, modelDay))
	if len(first) == 0 {
		t.Fatal("no problem in a generated province: the comparison below cannot fail")
	}
	again := validate(synth.NewModel(3, s, modelDay))
	if diff := cmp.Diff(first, again); diff != "" {
		t.Errorf("two validations of seed 3 differ (-first +second):\n%s", diff)
	}
	if cmp.Equal(first, validate(synth.NewModel(4, s, modelDay))) {
		t.Error("seeds 3 and 4 gave the same problems")
	}
}

// TestNewModelIsItsParts checks that NewModel draws exactly what Province,
// Roster and PartyOrgs draw with the same seed.
func TestNewModelIsItsParts(t *testing.T) {
	m := synth.NewModel(9, synth.Small, modelDay)
	h := synth.Province(9, synth.Small)
	if !m.Hierarchy.Equal(h) {
		t.Error("the model's hierarchy is not Province's")
	}
	_, posts := synth.Roster(9, h, modelDay)
	if diff := cmp.Diff(posts, m.Posts); diff != "" {
		t.Errorf("posts (-Roster +model):\n%s", diff)
	}
	if diff := cmp.Diff(synth.PartyOrgs(9, h, modelDay), m.Orgs); diff != "" {
		t.Errorf("organisations (-PartyOrgs +model):\n%s", diff)
	}
	if len(m.People) == 0 {
		t.Error("no people")
	}
}
