package main

import (
	"slices"
	"time"

	"github.com/jiceng/jiceng/dispute"
	"github.com/jiceng/jiceng/funding"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"github.com/jiceng/jiceng/volunteer"
)

// Report is what a street or district office reads at the end of the year.
// It holds data, not text: codes, tokens, counts and amounts, so that the
// same report renders in either language and marshals as JSON for machines.
type Report struct {
	Profile    string            `json:"profile"`
	Name       string            `json:"name"`
	NameEN     string            `json:"nameEn"`
	Code       governance.Code   `json:"code"`
	Year       int               `json:"year"`
	Seed       uint64            `json:"seed"`
	Source     string            `json:"source"`
	Notes      string            `json:"notes,omitempty"`
	Units      UnitsSection      `json:"units"`
	Staffing   StaffingSection   `json:"staffing"`
	Party      PartySection      `json:"party"`
	Grids      GridsSection      `json:"grids"`
	Appeals    AppealsSection    `json:"appeals"`
	Calls      []grid.Timeliness `json:"calls"`
	Disputes   DisputesSection   `json:"disputes"`
	Volunteers VolunteerSection  `json:"volunteers"`
	Payroll    PayrollSection    `json:"payroll"`
	Budget     funding.Execution `json:"budget"`
}

// UnitsSection counts the place's units and people.
type UnitsSection struct {
	Streets     int `json:"streets"`
	Communities int `json:"communities"`
	Villages    int `json:"villages"`
	Grids       int `json:"grids"`
	Households  int `json:"households"`
	Residents   int `json:"residents"`
	People      int `json:"people"`
	Posts       int `json:"posts"`
	// Problems counts the problems of the hierarchy and the roster by code.
	Problems []CodeCount `json:"problems,omitempty"`
}

// CodeCount is how many problems of one code a check found.
type CodeCount struct {
	Code     string              `json:"code"`
	Severity governance.Severity `json:"severity"`
	Count    int                 `json:"count"`
	Example  governance.Problem  `json:"example"` // the first, to show what the problem says
}

// StaffingSection is the staffing of every community against the rule.
type StaffingSection struct {
	Rule   string                     `json:"rule"`
	Source string                     `json:"source"`
	Report governance.StaffingReport  `json:"report"`
	Names  map[governance.Code]string `json:"names"`
}

// PartySection counts the party organisations and what the check found.
type PartySection struct {
	Kinds    []KindCount `json:"kinds"`
	Members  int         `json:"members"`
	Problems []CodeCount `json:"problems,omitempty"`
}

// KindCount is how many organisations of one kind there are.
type KindCount struct {
	Kind  governance.OrgKind `json:"kind"`
	Count int                `json:"count"`
}

// GridsSection is the grids' sizing and teams as checked.
type GridsSection struct {
	Grids  int         `json:"grids"`
	Sizing []CodeCount `json:"sizing,omitempty"`
	Teams  []CodeCount `json:"teams,omitempty"`
	Team   string      `json:"team"`
}

// AppealsSection is the year's work orders.
type AppealsSection struct {
	Opened    int                           `json:"opened"`
	ByState   []StateCount                  `json:"byState"`
	Overdue   int                           `json:"overdue"` // open and past due at the end of the year
	Rates     grid.Rates                    `json:"rates"`
	ByStreet  []UnitRates                   `json:"byStreet"`
	ByDept    []grid.Group[grid.Department] `json:"byDepartment"`
	OverdueBy []DeptCount                   `json:"overdueByDepartment"`
}

// StateCount is how many orders ended the year in one state.
type StateCount struct {
	State grid.State `json:"state"`
	Count int        `json:"count"`
}

// UnitRates are the rates of one street's orders, and its overdue orders.
type UnitRates struct {
	Unit    governance.Code `json:"unit"`
	Name    string          `json:"name"`
	Rates   grid.Rates      `json:"rates"`
	Overdue int             `json:"overdue"`
}

// DeptCount is how many overdue orders one department holds.
type DeptCount struct {
	Department grid.Department `json:"department"`
	Count      int             `json:"count"`
}

// DisputesSection is the year's mediation statistics.
type DisputesSection struct {
	Total      dispute.Counts  `json:"total"`
	Categories []CategoryCount `json:"categories"`
	Outcomes   []OutcomeCount  `json:"outcomes"`
	Referrals  []BodyCount     `json:"referrals"`
}

// CategoryCount is the figures of one category.
type CategoryCount struct {
	Category dispute.Category `json:"category"`
	Counts   dispute.Counts   `json:"counts"`
}

// OutcomeCount is how many cases have one outcome.
type OutcomeCount struct {
	Outcome dispute.Outcome `json:"outcome"`
	Count   int             `json:"count"`
}

// BodyCount is how many cases one body referred.
type BodyCount struct {
	Body  dispute.Body `json:"body"`
	Count int          `json:"count"`
}

// VolunteerSection is the year's volunteer service.
type VolunteerSection struct {
	Registered int          `json:"registered"`
	Active     int          `json:"active"` // with hours this year
	Hours      float64      `json:"hours"`  // this year
	ByKind     []KindHours  `json:"byKind"`
	Stars      []StarCount  `json:"stars"` // by cumulative hours
	Orders     []OrderCount `json:"orders"`
	Overdue    int          `json:"overdueOrders"`
	Members    int          `json:"membersReported"`
	MembersMet int          `json:"membersMet"`
	Units      int          `json:"units"`
	UnitsMet   int          `json:"unitsMet"`
}

// KindHours is the hours served in one field of service this year.
type KindHours struct {
	Kind  volunteer.Kind `json:"kind"`
	Hours float64        `json:"hours"`
}

// StarCount is how many volunteers hold one star level.
type StarCount struct {
	Star  volunteer.Star `json:"star"`
	Count int            `json:"count"`
}

// OrderCount is how many service orders ended the year in one state.
type OrderCount struct {
	State volunteer.OrderState `json:"state"`
	Count int                  `json:"count"`
}

// PayrollSection is the year's pay of the community workers.
type PayrollSection struct {
	Workers  int                 `json:"workers"` // in December
	ByPost   []funding.PostTotal `json:"byPost"`
	Total    funding.Money       `json:"total"`
	Problems []CodeCount         `json:"problems,omitempty"`
}

// tally counts problems by code, in code order.
func tally(ps governance.Problems) []CodeCount {
	var out []CodeCount
	for _, p := range ps {
		i := slices.IndexFunc(out, func(c CodeCount) bool { return c.Code == p.Code })
		if i < 0 {
			out = append(out, CodeCount{Code: p.Code, Severity: p.Severity, Example: p})
			i = len(out) - 1
		}
		out[i].Count++
	}
	slices.SortFunc(out, func(a, b CodeCount) int {
		switch {
		case a.Code < b.Code:
			return -1
		case a.Code > b.Code:
			return 1
		}
		return 0
	})
	return out
}

// run builds the place, runs its year and returns the report.
func run(p Profile, seed uint64, year int) (*Report, error) {
	m, err := build(p, seed, year)
	if err != nil {
		return nil, err
	}
	rep := &Report{
		Profile: p.ID, Name: p.Name, NameEN: p.NameEN, Code: m.h.Root().Code,
		Year: year, Seed: seed, Source: p.Source, Notes: p.Notes,
	}
	m.reportUnits(rep)
	m.reportOrganisation(rep)

	orders, err := m.appeals()
	if err != nil {
		return nil, err
	}
	m.reportAppeals(rep, orders)

	duties, err := m.duties()
	if err != nil {
		return nil, err
	}
	calls, err := m.calls(duties)
	if err != nil {
		return nil, err
	}
	start, end := governance.MustDate(year, time.January, 1).In(china), governance.MustDate(year+1, time.January, 1).In(china)
	rep.Calls = grid.TimelinessOf(slices.Values(calls), start, end)

	cases, err := m.disputes()
	if err != nil {
		return nil, err
	}
	m.reportDisputes(rep, cases)

	svc, err := m.volunteers()
	if err != nil {
		return nil, err
	}
	m.reportVolunteers(rep, svc)

	pay := m.payroll(m.workers())
	rep.Payroll = PayrollSection{Total: pay.total, Problems: tally(pay.problems)}
	if n := len(pay.runs); n > 0 {
		rep.Payroll.Workers = pay.runs[n-1].Workers
	}
	for post := range funding.Posts() {
		if t, ok := pay.byPost[post]; ok {
			rep.Payroll.ByPost = append(rep.Payroll.ByPost, t)
		}
	}
	b, err := m.budget(pay)
	if err != nil {
		return nil, err
	}
	rep.Budget = b.Execution()
	return rep, nil
}

func (m *model) reportUnits(rep *Report) {
	u := UnitsSection{Grids: len(m.grids), People: len(m.people), Posts: len(m.posts)}
	for _, s := range m.streets {
		if s.Code.Level() == governance.LevelStreet {
			u.Streets++
		}
	}
	for _, c := range m.communities {
		u.Communities++
		if c.Code.Kind() == governance.KindVillage {
			u.Villages++
		}
	}
	u.Households, u.Residents = m.h.Figures(m.h.Root().Code)
	ps := append(m.h.Validate(), governance.CheckRoster(m.h, m.people, m.posts)...)
	u.Problems = tally(ps)
	rep.Units = u
}

func (m *model) reportOrganisation(rep *Report) {
	rule := staffingRules[m.p.Staffing]()
	sr, _ := governance.CheckStaffing(m.h, m.posts, rule, m.census) // each short community is a line of the report
	names := make(map[governance.Code]string, len(m.communities))
	for _, c := range m.communities {
		names[c.Code] = c.Name
	}
	rep.Staffing = StaffingSection{Rule: m.p.Staffing, Source: rule.Source, Report: sr, Names: names}

	kinds := make(map[governance.OrgKind]int)
	for _, o := range m.orgs {
		kinds[o.Kind]++
		rep.Party.Members += o.Members()
	}
	for k := range governance.OrgKinds() {
		if kinds[k] > 0 {
			rep.Party.Kinds = append(rep.Party.Kinds, KindCount{Kind: k, Count: kinds[k]})
		}
	}
	rep.Party.Problems = tally(governance.CheckParty(m.h, m.orgs, governance.DefaultPartyRules(), m.census))

	rep.Grids = GridsSection{
		Grids:  len(m.grids),
		Sizing: tally(grid.CheckSizing(m.h, grid.DefaultSizingPolicy())),
		Teams:  tally(grid.CheckTeams(m.h, m.posts, teamPolicies[m.p.Teams](), m.census)),
		Team:   m.p.Teams,
	}
}

// open reports whether an order is still being handled.
func open(w *grid.WorkOrder) bool {
	switch w.State() {
	case grid.StateClosed, grid.StateTerminated, grid.StateResolved, grid.StateReviewed:
		return false
	}
	return true
}

func (m *model) reportAppeals(rep *Report, orders []*grid.WorkOrder) {
	policy := grid.DefaultPolicy()
	end := governance.MustDate(m.year+1, time.January, 1).In(china)
	a := AppealsSection{Opened: len(orders), Rates: grid.Measure(slices.Values(orders), policy)}
	states := make(map[grid.State]int)
	overdueByStreet := make(map[governance.Code]int)
	overdueByDept := make(map[grid.Department]int)
	for _, w := range orders {
		states[w.State()]++
		if open(w) && w.Overdue(end) {
			a.Overdue++
			overdueByStreet[w.Intake().Unit.Ancestor(governance.LevelStreet)]++
			if d, ok := w.Department(); ok {
				overdueByDept[d]++
			}
		}
	}
	for s := range grid.States() {
		if states[s] > 0 {
			a.ByState = append(a.ByState, StateCount{State: s, Count: states[s]})
		}
	}
	names := make(map[governance.Code]string)
	for _, s := range m.streets {
		names[s.Code] = s.Name
	}
	for _, g := range grid.MeasureBy(slices.Values(orders), policy, grid.ByUnit(governance.LevelStreet)) {
		a.ByStreet = append(a.ByStreet, UnitRates{Unit: g.Key, Name: names[g.Key], Rates: g.Rates, Overdue: overdueByStreet[g.Key]})
	}
	a.ByDept = grid.MeasureBy(slices.Values(orders), policy, grid.ByDepartment)
	for _, d := range sortedKeys(overdueByDept) {
		a.OverdueBy = append(a.OverdueBy, DeptCount{Department: d, Count: overdueByDept[d]})
	}
	rep.Appeals = a
}

func (m *model) reportDisputes(rep *Report, cases []*dispute.Case) {
	st := dispute.Tally(slices.Values(cases))
	d := DisputesSection{Total: st.Total}
	for c := range dispute.Categories() {
		if n := st.Category(c); n.Registered > 0 {
			d.Categories = append(d.Categories, CategoryCount{Category: c, Counts: n})
		}
	}
	for o := range dispute.Outcomes() {
		if n := st.Outcome(o); n > 0 {
			d.Outcomes = append(d.Outcomes, OutcomeCount{Outcome: o, Count: n})
		}
	}
	for b := range dispute.Bodies() {
		if n := st.Referrals(b); n > 0 {
			d.Referrals = append(d.Referrals, BodyCount{Body: b, Count: n})
		}
	}
	rep.Disputes = d
}

func hours(d time.Duration) float64 { return d.Hours() }

func (m *model) reportVolunteers(rep *Report, s *service) {
	from, until := governance.MustDate(m.year, time.January, 1), governance.MustDate(m.year+1, time.January, 1)
	v := VolunteerSection{Registered: s.registered, Members: len(s.reports), Units: len(s.agreements)}
	for _, t := range s.ledger.Totals(from, until) {
		v.Active++
		v.Hours += hours(t.Hours)
	}
	teamKind := make(map[volunteer.TeamID]volunteer.Kind, len(s.teams))
	for _, t := range s.teams {
		teamKind[t.ID] = t.Kind
	}
	byKind := make(map[volunteer.Kind]time.Duration)
	for _, t := range s.teams {
		byKind[t.Kind] += s.ledger.TeamTotal(t.ID, from, until)
	}
	for k := range volunteer.Kinds() {
		if byKind[k] > 0 {
			v.ByKind = append(v.ByKind, KindHours{Kind: k, Hours: hours(byKind[k])})
		}
	}
	// every registered volunteer has a level; those with no hours have none
	stars := map[volunteer.Star]int{volunteer.StarNone: s.registered}
	for _, t := range s.ledger.Totals(governance.Date{}, until) {
		if star := s.policy.StarFor(t.Hours); star != volunteer.StarNone {
			stars[star]++
			stars[volunteer.StarNone]--
		}
	}
	for star := volunteer.StarNone; star <= 5; star++ {
		v.Stars = append(v.Stars, StarCount{Star: star, Count: stars[star]})
	}
	states := make(map[volunteer.OrderState]int)
	for _, o := range s.orders {
		states[o.State()]++
	}
	for st := range volunteer.OrderStates() {
		if states[st] > 0 {
			v.Orders = append(v.Orders, OrderCount{State: st, Count: states[st]})
		}
	}
	v.Overdue = len(volunteer.OverdueOrders(slices.Values(s.orders), until.In(china)))
	rec := volunteer.Records{Ledger: s.ledger, Orders: s.orders, Teams: s.teams}
	members, units := volunteer.CheckAll(m.year, rec, s.reports, s.agreements)
	for _, c := range members {
		if c.Met {
			v.MembersMet++
		}
	}
	for _, c := range units {
		if c.Met {
			v.UnitsMet++
		}
	}
	rep.Volunteers = v
}
