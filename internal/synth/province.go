package synth

import "github.com/jiceng/jiceng/governance"

// Model is a synthetic province with everything the province-scale checks
// read: the unit hierarchy down to the grids, the people and the posts they
// hold, and the party organisations, all as on one day. It is the input of
// the whole validation of a province — the hierarchy's own check, the
// roster, staffing against a rule, party coverage, and the grid package's
// sizing and teams — and of the benchmarks that time it.
//
// A Model is plain data: its fields may be read, sliced and changed by the
// caller (a test that breaks a post to see the problem it makes). Nothing in
// it is real: see Province, Roster and PartyOrgs for what is drawn and in
// what shapes.
type Model struct {
	Seed  uint64
	Scale Scale
	// On is the day the roster and the organisations are drawn as on: every
	// post starts before it, and elections fall within their term before it.
	On governance.Date

	Hierarchy *governance.Hierarchy
	People    []governance.Person
	Posts     []governance.Post
	Orgs      []governance.PartyOrg
}

// NewModel returns the model of a province of scale s drawn from seed as
// on day on: Province, then Roster and PartyOrgs over it. Each draws from a
// stream of its own, so the hierarchy of a model is Province(seed, s)
// whatever else is drawn over it. The same arguments give the same model.
//
// At the Jilin scale that is 82,070 units and about 290,000 people,
// 310,000 posts and 82,000 organisations; drawing it takes about half a
// second on a two-core machine.
// NewModel panics, as Province does, on a scale that cannot be laid out.
func NewModel(seed uint64, s Scale, on governance.Date) *Model {
	h := Province(seed, s)
	people, posts := Roster(seed, h, on)
	return &Model{
		Seed:      seed,
		Scale:     s,
		On:        on,
		Hierarchy: h,
		People:    people,
		Posts:     posts,
		Orgs:      PartyOrgs(seed, h, on),
	}
}
