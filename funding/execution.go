package funding

import (
	"cmp"
	"slices"

	"github.com/jiceng/jiceng/governance"
)

// Amounts are a budget's figures at each phase: approved (批复数), revised
// (调整数), allocated to units (下达数) and executed (执行数).
type Amounts struct {
	Approved  Money `json:"approved"`
	Revised   Money `json:"revised"`
	Allocated Money `json:"allocated"`
	Executed  Money `json:"executed"`
}

// Balance returns what is left of the revised amount after execution; it is
// negative when rigid expenditures have overrun the line.
func (a Amounts) Balance() Money { return a.Revised.Sub(a.Executed) }

func (a *Amounts) add(o Amounts) {
	a.Approved = a.Approved.Add(o.Approved)
	a.Revised = a.Revised.Add(o.Revised)
	a.Allocated = a.Allocated.Add(o.Allocated)
	a.Executed = a.Executed.Add(o.Executed)
}

// LineExecution is one line of an execution report.
type LineExecution struct {
	Line   LineID `json:"line"`
	Name   string `json:"name"`
	Class  Class  `json:"class"`
	Source Source `json:"source"`
	Amounts
	NeedsRevision bool `json:"needsRevision,omitempty"`
}

// UnitExecution is what one unit was allocated and spent, over all lines.
// Overrun is what its rigid expenditures spent beyond its allocations,
// line by line.
type UnitExecution struct {
	Unit      governance.Code `json:"unit"`
	Allocated Money           `json:"allocated"`
	Executed  Money           `json:"executed"`
	Overrun   Money           `json:"overrun"`
}

// SourceExecution is the figures of the lines funded by one source.
type SourceExecution struct {
	Source Source `json:"source"`
	Amounts
}

// Execution is a budget's execution report (预算执行情况): by line in the
// budget's order, by unit in code order, by source from the city down, and
// the totals.
type Execution struct {
	Year    int               `json:"year"`
	Unit    governance.Code   `json:"unit"`
	Lines   []LineExecution   `json:"lines"`
	Units   []UnitExecution   `json:"units"`
	Sources []SourceExecution `json:"sources"`
	Total   Amounts           `json:"total"`
}

// Execution returns the budget's execution report as it stands.
func (b *Budget) Execution() Execution {
	x := Execution{Year: b.year, Unit: b.unit, Lines: make([]LineExecution, len(b.lines))}
	var sources [SourceStreet + 1]Amounts
	var funded [SourceStreet + 1]bool
	for i, l := range b.lines {
		a := Amounts{Approved: l.Approved, Revised: b.revised[i], Allocated: b.allocated[i], Executed: b.spent[i]}
		x.Lines[i] = LineExecution{Line: l.ID, Name: l.Name, Class: l.Class, Source: l.Source, Amounts: a, NeedsRevision: b.NeedsRevision(l.ID)}
		x.Total.add(a)
		if int(l.Source) < len(sources) {
			sources[l.Source].add(a)
			funded[l.Source] = true
		}
	}
	for s := range Sources() {
		if funded[s] {
			x.Sources = append(x.Sources, SourceExecution{Source: s, Amounts: sources[s]})
		}
	}
	units := make(map[governance.Code]*UnitExecution)
	for k, c := range b.cells {
		u := units[k.unit]
		if u == nil {
			u = &UnitExecution{Unit: k.unit}
			units[k.unit] = u
		}
		u.Allocated = u.Allocated.Add(c.allocated)
		u.Executed = u.Executed.Add(c.spent)
		if over := c.spent.Sub(c.allocated); over.IsPositive() {
			u.Overrun = u.Overrun.Add(over)
		}
	}
	for _, u := range units {
		x.Units = append(x.Units, *u)
	}
	slices.SortFunc(x.Units, func(a, b UnitExecution) int { return cmp.Compare(a.Unit, b.Unit) })
	return x
}
