package funding

import (
	"cmp"
	"maps"
	"slices"

	"github.com/jiceng/jiceng/governance"
)

// DefaultPaySchedule returns DefaultPayScale as a schedule in force from
// 2023-01-01 with no end.
//
// # Source
//
// Benxi (local, report): community workers' base pay of 3,400 yuan a month
// from 2023-01-01; RULES.md §11.
func DefaultPaySchedule() governance.Schedule[PayScale] {
	return governance.Schedule[PayScale]{{
		From:   governance.MustDate(2023, 1, 1),
		Value:  DefaultPayScale(),
		Source: "Benxi (local): base 3,400 yuan from 2023-01-01; illustrative coefficients",
	}}
}

// Scales holds the pay schedules of the places a payroll covers, keyed by
// division code: a city's code for a city-wide scale, a district's where it
// differs, and the empty code for a scale that applies everywhere else.
type Scales map[governance.Code]governance.Schedule[PayScale]

// At returns the scale in force on day on for a unit: that of the unit
// itself or its nearest ancestor whose schedule has a scale in force that
// day, and last that of the empty code. It returns false when there is
// none.
func (sc Scales) At(unit governance.Code, on governance.Date) (PayScale, bool) {
	for c := unit; ; c = c.Parent() {
		if sched, ok := sc[c]; ok {
			if s, ok := sched.At(on); ok {
				return s, true
			}
		}
		if c == "" {
			return PayScale{}, false
		}
	}
}

// Validate returns every problem of the schedules and of the scales in
// them, sorted: a key that is neither a division code nor empty
// (funding.scales.unit_invalid), the schedule's own problems
// (governance.schedule.…), and each scale's (funding.pay_scale.…). Paths
// start with the key: "210500000000[0].value.base".
func (sc Scales) Validate() governance.Problems {
	keys := slices.Sorted(maps.Keys(sc))
	var ps governance.Problems
	for _, c := range keys {
		if c != "" && !c.IsValid() {
			ps = append(ps, governance.Errorf("funding.scales.unit_invalid", string(c), c))
		}
		sched := sc[c]
		ps = append(ps, sched.ValidateIn(string(c))...)
		for i, e := range sched {
			ps = append(ps, prefix(governance.Index(string(c), i)+".value", e.Value.Validate())...)
		}
	}
	return ps.Sorted()
}

// Payroll is the result of a payroll run for one month: the payslips in
// roster order, the totals by unit (in code order) and by post, the grand
// total, and every problem met. A problem concerns one worker and does not
// stop the run; that worker has no payslip.
type Payroll struct {
	Month    governance.Date     `json:"month"`
	Payslips []Payslip           `json:"payslips"`
	Units    []UnitTotal         `json:"units"`
	Posts    []PostTotal         `json:"posts"`
	Workers  int                 `json:"workers"`
	Total    Money               `json:"total"`
	Problems governance.Problems `json:"problems,omitempty"`
}

// UnitTotal is the pay of one unit's workers in a payroll.
type UnitTotal struct {
	Unit    governance.Code `json:"unit"`
	Workers int             `json:"workers"`
	Total   Money           `json:"total"`
}

// PostTotal is the pay of one post's workers in a payroll.
type PostTotal struct {
	Post    Post  `json:"post"`
	Workers int   `json:"workers"`
	Total   Money `json:"total"`
}

// RunPayroll pays every worker of the roster employed on the first day of
// the month holding day month, each under the scale in force that day for
// their unit (Scales.At). Workers not employed that day are left out
// without a problem. Each worker that cannot be paid gives a problem with
// the path roster[i]: funding.payroll.no_scale when no scale is in force
// for their unit, funding.payroll.scale_invalid when that scale does not
// validate, the worker's own problems (funding.worker.…), and those of
// Payslip (funding.grade.out_of_range, …). The rest of the run goes on.
func RunPayroll(month governance.Date, roster []Worker, scales Scales) Payroll {
	first := firstOfMonth(month)
	run := Payroll{Month: first, Payslips: make([]Payslip, 0, len(roster))}
	// what a unit needs, found once per unit
	type unitState struct {
		tables   *tables // nil: no scale in force
		problems int     // the errors of the scale in force
		index    int     // into run.Units, −1 until the first payslip
	}
	units := make(map[governance.Code]*unitState)
	var posts [PostStaff + 1]PostTotal
	for i, w := range roster {
		path := func() string { return governance.Index("roster", i) } // only for a problem
		if ps := w.Validate(); ps.Err() != nil {
			run.Problems = append(run.Problems, prefix(path(), ps)...)
			continue
		}
		if !w.EmployedOn(first) {
			continue
		}
		u := units[w.Unit]
		if u == nil {
			u = &unitState{index: -1}
			if s, ok := scales.At(w.Unit, first); ok {
				t := s.tables()
				u.tables, u.problems = &t, len(s.Validate().Errors())
			}
			units[w.Unit] = u
		}
		switch {
		case u.tables == nil:
			run.Problems = append(run.Problems, governance.Errorf("funding.payroll.no_scale", path(), w.Person, w.Unit, first))
			continue
		case u.problems > 0:
			run.Problems = append(run.Problems, governance.Errorf("funding.payroll.scale_invalid", path(), w.Person, w.Unit, u.problems))
			continue
		}
		p, err := u.tables.payslip(w, first)
		if err != nil {
			run.Problems = append(run.Problems, prefix(path(), asProblems(err))...)
			continue
		}
		total, ok := run.Total.addChecked(p.Total)
		if !ok {
			run.Problems = append(run.Problems, governance.Errorf("funding.payslip.out_of_range", path(), w.Person, ErrOutOfRange.Error()))
			continue
		}
		run.Total = total
		run.Workers++
		run.Payslips = append(run.Payslips, p)
		if u.index < 0 {
			u.index = len(run.Units)
			run.Units = append(run.Units, UnitTotal{Unit: w.Unit})
		}
		// unit and post totals are parts of the checked grand total
		ut := &run.Units[u.index]
		ut.Workers++
		ut.Total = ut.Total.Add(p.Total)
		pt := &posts[p.Post]
		pt.Post = p.Post
		pt.Workers++
		pt.Total = pt.Total.Add(p.Total)
	}
	slices.SortFunc(run.Units, func(a, b UnitTotal) int { return cmp.Compare(a.Unit, b.Unit) })
	for _, t := range posts {
		if t.Workers > 0 {
			run.Posts = append(run.Posts, t)
		}
	}
	run.Problems = run.Problems.Sorted()
	return run
}

// prefix returns ps with every path placed under parent.
func prefix(parent string, ps governance.Problems) governance.Problems {
	out := make(governance.Problems, len(ps))
	for i, p := range ps {
		if p.Path == "" {
			p.Path = parent
		} else {
			p.Path = parent + "." + p.Path
		}
		out[i] = p
	}
	return out
}
