package main

import (
	"math/rand/v2"
	"time"

	"github.com/jiceng/jiceng/funding"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
)

// pay is the year's payroll: twelve monthly runs and what they add up to.
type pay struct {
	runs     []funding.Payroll
	byPost   map[funding.Post]funding.PostTotal // workers of the last month, pay of the year
	byUnit   map[governance.Code]funding.Money  // pay of the year by allocation unit
	total    funding.Money
	problems governance.Problems
}

// workers makes the community workers of the place from their posts: one
// worker per person, at the best-paid post they hold in a community or
// grid, marked as secretary-director where the person holds both posts, with
// assessments for every full year served.
func (m *model) workers() []funding.Worker {
	r := synth.NewRand(m.seed, streamPay)
	byID := make(map[governance.PersonID]governance.Person, len(m.people))
	for _, p := range m.people {
		byID[p.ID] = p
	}
	type held struct {
		post                governance.Post
		secretary, director bool
	}
	best := make(map[governance.PersonID]*held)
	var order []governance.PersonID
	for _, post := range m.posts {
		l := post.Unit.Level()
		if (l != governance.LevelCommunity && l != governance.LevelGrid) || funding.PostOf(post.Role) == funding.PostUnknown {
			continue
		}
		h, ok := best[post.Person]
		if !ok {
			h = &held{post: post}
			best[post.Person] = h
			order = append(order, post.Person)
		} else if funding.PostOf(post.Role) < funding.PostOf(h.post.Role) { // PostHead sorts first
			h.post = post
		}
		h.secretary = h.secretary || post.Role == governance.RoleSecretary
		h.director = h.director || post.Role == governance.RoleDirector
	}
	out := make([]funding.Worker, 0, len(order))
	for _, id := range order {
		h := best[id]
		w := funding.WorkerOf(byID[id], h.post)
		if h.secretary && h.director {
			w.Posts[0].SecretaryDirector = true
		}
		for y := w.HiredOn.Year + 1; y < m.year; y++ {
			w.Assessments = append(w.Assessments, funding.Assessment{Year: y, Band: band(r)})
		}
		out = append(out, w)
	}
	return out
}

func band(r *rand.Rand) funding.Band {
	switch n := r.IntN(100); {
	case n < 15:
		return funding.BandExcellent
	case n < 95:
		return funding.BandPass
	case n < 99:
		return funding.BandBasicPass
	default:
		return funding.BandFail
	}
}

// scales is the place's pay scale: the default three-post, eighteen-grade
// scale on the profile's base, in force from 2023-01-01.
func (m *model) scales() funding.Scales {
	s := funding.DefaultPayScale()
	s.Base = m.p.PayBase
	return funding.Scales{"": governance.Schedule[funding.PayScale]{{
		From: governance.MustDate(2023, time.January, 1), Value: s,
		Source: "DefaultPayScale on the profile's base pay",
	}}}
}

// allocationUnit is the unit a community's money is allotted to: its street,
// or the community itself where the place is one street.
func (m *model) allocationUnit(c governance.Code) governance.Code {
	if m.h.Root().Code.Level() == governance.LevelStreet {
		return c.Ancestor(governance.LevelCommunity)
	}
	return c.Ancestor(governance.LevelStreet)
}

// allocationUnits are the units the budget is allotted to, in code order.
func (m *model) allocationUnits() []governance.Code {
	var out []governance.Code
	if m.h.Root().Code.Level() == governance.LevelStreet {
		for _, c := range m.communities {
			out = append(out, c.Code)
		}
		return out
	}
	for _, s := range m.streets {
		out = append(out, s.Code)
	}
	return out
}

// payroll runs the twelve months of the year.
func (m *model) payroll(workers []funding.Worker) pay {
	scales := m.scales()
	out := pay{byPost: make(map[funding.Post]funding.PostTotal), byUnit: make(map[governance.Code]funding.Money)}
	for month := time.January; month <= time.December; month++ {
		run := funding.RunPayroll(governance.MustDate(m.year, month, 1), workers, scales)
		out.runs = append(out.runs, run)
		out.total = out.total.Add(run.Total)
		for _, pt := range run.Posts {
			t := out.byPost[pt.Post]
			t.Post, t.Workers, t.Total = pt.Post, pt.Workers, t.Total.Add(pt.Total)
			out.byPost[pt.Post] = t
		}
		for _, ut := range run.Units {
			u := m.allocationUnit(ut.Unit)
			out.byUnit[u] = out.byUnit[u].Add(ut.Total)
		}
		out.problems = append(out.problems, run.Problems...)
	}
	return out
}

// budget approves the year's budget of the place, allots every line to the
// streets (or communities), pays the salaries month by month as rigid
// expenditures reimbursed at cost, spends most of the other lines, and
// revises a line whose rigid expenditure overran it.
func (m *model) budget(p pay) (*funding.Budget, error) {
	r := synth.NewRand(m.seed, streamBudget)
	units := m.allocationUnits()
	communities := int64(len(m.communities))
	streets := int64(0)
	for _, s := range m.streets {
		if s.Code.Level() == governance.LevelStreet {
			streets++
		}
	}
	// Salaries are budgeted on January's payroll; progression during the
	// year makes the actual pay run over, which the rigid expenditures show.
	salaries, err := p.runs[0].Total.Times(12)
	if err != nil {
		return nil, err
	}
	mul := func(a funding.Money, n int64) funding.Money {
		v, err := a.Times(n)
		if err != nil {
			return funding.Money{}
		}
		return v
	}
	candidates := []funding.BudgetLine{
		{ID: "salaries", Name: "社区工作者薪酬", Class: funding.ClassSalaries, Source: funding.SourceCounty, Approved: salaries},
		{ID: "grid", Name: "网格员补贴", Class: funding.ClassGridAllowances, Source: funding.SourceCity, Approved: m.p.GridFunds},
		{ID: "service", Name: "服务群众专项经费", Class: funding.ClassServiceFunds, Source: funding.SourceCounty, Approved: mul(m.p.ServiceFunds, communities)},
		{ID: "party", Name: "党建工作经费", Class: funding.ClassPartyBuilding, Source: funding.SourceCounty, Approved: mul(m.p.PartyFunds, communities)},
		{ID: "facilities", Name: "阵地建设", Class: funding.ClassFacilities, Source: funding.SourceCity, Approved: mul(funding.Yuan(30000), communities)},
		{ID: "block", Name: "街道统筹经费", Class: funding.ClassBlockGrant, Source: funding.SourceStreet, Approved: mul(m.p.StreetGrant, streets)},
	}
	var lines []funding.BudgetLine
	for _, l := range candidates {
		if l.Approved.IsPositive() {
			lines = append(lines, l)
		}
	}
	start := governance.MustDate(m.year, time.January, 1)
	at := start.In(china).Add(9 * time.Hour)
	b, err := funding.NewBudget(m.year, m.p.Code, lines, "finance-bureau", at)
	if err != nil {
		return nil, err
	}
	weights := make([]int64, len(units))
	for i, u := range units {
		weights[i] = 1
		for _, c := range m.communities {
			if m.allocationUnit(c.Code) == u {
				weights[i]++
			}
		}
	}
	for _, l := range lines {
		parts, err := funding.Allocate(l.Approved, weights)
		if err != nil {
			return nil, err
		}
		for i, u := range units {
			if parts[i].IsPositive() {
				if err := b.Allot(l.ID, u, parts[i], "finance-bureau", at); err != nil {
					return nil, err
				}
			}
		}
	}
	// Month by month: each unit's pay, reimbursed at cost, then the other
	// lines, of which 70–98% of each allocation is spent over the year.
	monthly := make(map[funding.LineID][][]funding.Money) // line → unit → month
	for _, l := range lines[1:] {
		parts, err := funding.Allocate(l.Approved, weights)
		if err != nil {
			return nil, err
		}
		for _, part := range parts {
			spend, err := part.Times(int64(70 + r.IntN(29)))
			if err != nil {
				return nil, err
			}
			months, err := funding.Allocate(funding.Fen(spend.InFen()/100), []int64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1})
			if err != nil {
				return nil, err
			}
			monthly[l.ID] = append(monthly[l.ID], months)
		}
	}
	for mo, run := range p.runs {
		day := governance.MustDate(m.year, time.Month(mo+1), 15)
		at := day.In(china).Add(10 * time.Hour)
		perUnit := make(map[governance.Code]funding.Money)
		for _, ut := range run.Units {
			u := m.allocationUnit(ut.Unit)
			perUnit[u] = perUnit[u].Add(ut.Total)
		}
		for _, u := range units {
			if amt := perUnit[u]; amt.IsPositive() {
				x := funding.Expenditure{Line: "salaries", Unit: u, Amount: amt, Day: day, Payee: "社区工作者", Rigid: true}
				if err := b.Spend(x, "street-finance", at); err != nil {
					return nil, err
				}
			}
		}
		for _, l := range lines[1:] {
			for i, u := range units {
				if amt := monthly[l.ID][i][mo]; amt.IsPositive() {
					x := funding.Expenditure{Line: l.ID, Unit: u, Amount: amt, Day: day, Payee: l.Name + "支出"}
					if err := b.Spend(x, "street-finance", at); err != nil {
						return nil, err
					}
				}
			}
		}
	}
	if b.NeedsRevision("salaries") {
		// The line is raised by what the units that overran spent beyond their
		// allocations, and each such unit is allotted its overrun, which
		// clears the flag.
		dec := governance.MustDate(m.year, time.December, 28).In(china).Add(9 * time.Hour)
		parts, err := funding.Allocate(lines[0].Approved, weights)
		if err != nil {
			return nil, err
		}
		overruns := make([]funding.Money, len(units))
		revised := lines[0].Approved
		for i, u := range units {
			if over := p.byUnit[u].Sub(parts[i]); over.IsPositive() {
				overruns[i] = over
				revised = revised.Add(over)
			}
		}
		if err := b.Revise("salaries", revised, "district-government", "刚性支出超出预算，按实际发放调整", dec); err != nil {
			return nil, err
		}
		for i, u := range units {
			if overruns[i].IsPositive() {
				if err := b.Allot("salaries", u, overruns[i], "finance-bureau", dec.Add(time.Hour)); err != nil {
					return nil, err
				}
			}
		}
	}
	return b, nil
}
