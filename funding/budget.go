package funding

import (
	"strconv"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/flow"
)

// LineID identifies a line within one budget ("salaries", "2025-03").
type LineID string

// BudgetLine is a line of a budget as approved: what it is for, where the
// money comes from, and the amount approved (批复数). Its revised amount
// (调整数), allocations and execution (执行数) follow from the history.
type BudgetLine struct {
	ID       LineID `json:"id"`
	Name     string `json:"name"`
	Class    Class  `json:"class"`
	Source   Source `json:"source"`
	Approved Money  `json:"approved"`
}

// Expenditure is a payment charged to a line and a unit: the amount, the
// day paid, the payee, and whether it is a rigid expenditure (刚性支出)
// reimbursed at cost (实报实销) — such an expenditure is recorded even when
// it overruns the unit's allocation, and the overrun flags the line for
// revision.
type Expenditure struct {
	Line   LineID          `json:"line"`
	Unit   governance.Code `json:"unit"`
	Amount Money           `json:"amount"`
	Day    governance.Date `json:"day"`
	Payee  string          `json:"payee"`
	Rigid  bool            `json:"rigid,omitempty"`
}

// Entry is one entry of a budget's history, and the history is the ledger:
// nothing in it is ever changed or deleted. What Amount means depends on
// the verb: the total approved (approve), the amount allocated (allot) or
// spent (spend), the change of the line's revised amount (revise), and the
// negation of the reversed entry's amount (reverse). Note is the reason of
// a revision or reversal.
type Entry struct {
	Seq      int             `json:"seq"` // 1 for the approval, then one more per entry
	At       time.Time       `json:"at"`
	Actor    string          `json:"actor"` // for a revision, its approver
	Verb     BudgetVerb      `json:"verb"`
	From     BudgetState     `json:"from,omitzero"` // zero for the approval
	To       BudgetState     `json:"to"`
	Line     LineID          `json:"line,omitempty"`
	Unit     governance.Code `json:"unit,omitempty"`
	Amount   Money           `json:"amount"`
	Day      governance.Date `json:"day,omitzero"`
	Payee    string          `json:"payee,omitempty"`
	Rigid    bool            `json:"rigid,omitempty"`
	Reverses int             `json:"reverses,omitempty"` // the Seq of the entry a reversal reverses
	Note     string          `json:"note,omitempty"`
}

var budgetFlow = flow.New("budget", governance.InvalidTransition, BudgetOpen, []flow.Rule[BudgetState, BudgetVerb]{
	{Verb: BudgetAllot, From: []BudgetState{BudgetOpen}},
	{Verb: BudgetSpend, From: []BudgetState{BudgetOpen}},
	{Verb: BudgetRevise, From: []BudgetState{BudgetOpen}},
	{Verb: BudgetReverse, From: []BudgetState{BudgetOpen}},
	{Verb: BudgetClose, From: []BudgetState{BudgetOpen}, To: BudgetClosed},
})

// BudgetTransition says that Verb moves a budget from any state in From to
// To; a zero To keeps the state.
type BudgetTransition struct {
	Verb BudgetVerb
	From []BudgetState
	To   BudgetState
}

// BudgetTransitions returns the budget's transition table, as budget.mmd
// draws it. Every budget starts open (the entry BudgetApprove); allocations,
// expenditures, revisions and reversals keep it open; closing is final.
func BudgetTransitions() []BudgetTransition {
	rules := budgetFlow.Rules()
	out := make([]BudgetTransition, len(rules))
	for i, r := range rules {
		out[i] = BudgetTransition{Verb: r.Verb, From: r.From, To: r.To}
	}
	return out
}

// cellKey is one line's money at one unit.
type cellKey struct {
	line int
	unit governance.Code
}

// cell is what has been allocated to and spent by one unit on one line.
type cell struct {
	allocated, spent Money
}

// Budget is one unit's budget for one year (年度预算) and its ledger. It is
// approved with its lines (NewBudget); then parts of lines are allocated to
// the unit itself or to units under it (Allot), expenditures are charged to
// those allocations (Spend), lines are revised with an approver and a
// reason (Revise), entries are corrected by reversing them (Reverse), and
// the year is closed (Close). Every change is an entry of the history.
//
// Its invariants, each enforced with a problem code:
//
//   - the allocations of a line never exceed its revised amount
//     (funding.budget.allocation_exceeds_line, and a revision below what
//     is allocated is refused: funding.budget.revision_below_allocated);
//   - what a unit spends on a line never exceeds its allocation
//     (funding.budget.expenditure_exceeds_allocation) — except a rigid
//     expenditure reimbursed at cost, which is recorded and flags the line
//     for revision (NeedsRevision; Problems reports the overrun as
//     funding.budget.rigid_overrun until the allocation covers it);
//   - a revision names an approver and a reason
//     (funding.budget.revision_needs_approver, …needs_reason);
//   - nothing is deleted: a correction is a reversing entry, each entry is
//     reversed at most once, and an allocation can be reversed only as far
//     as it is unspent (funding.budget.reversal_below_spent).
//
// A verb either applies completely — one more history entry — or returns
// an error (governance.Problems, or a *governance.TransitionError once the
// budget is closed) and changes nothing. Load a budget with RestoreBudget
// or json.Unmarshal.
type Budget struct {
	year    int
	unit    governance.Code
	state   BudgetState
	lines   []BudgetLine
	history []Entry

	// derived from lines and history by replaying them
	index     map[LineID]int
	revised   []Money // per line
	allocated []Money // per line
	spent     []Money // per line
	cells     map[cellKey]*cell
	reversed  []bool // per history entry
	total     Money  // the revised amounts of all lines
	executed  Money  // all expenditures, net of reversals
}

// NewBudget approves the budget of unit for year with its lines. The
// approval is the first entry of the history, made by approver at at.
// Every problem is reported: an invalid year or unit, no lines, a line
// without an ID or with one used twice, an unknown class or source, a
// negative amount, a total beyond Money's range, no approver or instant.
func NewBudget(year int, unit governance.Code, lines []BudgetLine, approver string, at time.Time) (*Budget, error) {
	b := &Budget{year: year, unit: unit, state: BudgetOpen}
	if ps := b.setLines(lines); ps.Err() != nil {
		return nil, ps
	}
	e := Entry{Seq: 1, At: at, Actor: approver, Verb: BudgetApprove, To: BudgetOpen, Amount: b.total}
	if ps := b.checkCommon(e, ""); ps.Err() != nil {
		return nil, ps.Sorted()
	}
	b.commit(e)
	return b, nil
}

// setLines checks the budget's year, unit and lines and sets up the
// derived state for them.
func (b *Budget) setLines(lines []BudgetLine) governance.Problems {
	var ps governance.Problems
	if b.year < 1 || b.year > 9999 {
		ps = append(ps, governance.Errorf("funding.budget.year_invalid", "year", strconv.Itoa(b.year)))
	}
	if !b.unit.IsValid() {
		ps = append(ps, governance.Errorf("funding.budget.unit_invalid", "unit", b.unit))
	}
	if len(lines) == 0 {
		ps = append(ps, governance.Errorf("funding.budget.lines_missing", "lines"))
	}
	b.lines = append([]BudgetLine(nil), lines...)
	b.index = make(map[LineID]int, len(lines))
	b.revised = make([]Money, len(lines))
	b.allocated = make([]Money, len(lines))
	b.spent = make([]Money, len(lines))
	b.cells = make(map[cellKey]*cell)
	b.total = Money{}
	for i, l := range lines {
		path := governance.Index("lines", i)
		if _, dup := b.index[l.ID]; l.ID == "" || dup {
			ps = append(ps, governance.Errorf("funding.budget.line_id_invalid", path+".id", string(l.ID)))
		}
		b.index[l.ID] = i
		if !l.Class.IsValid() {
			ps = append(ps, governance.Errorf("funding.budget.class_invalid", path+".class", l.Class))
		}
		if !l.Source.IsValid() {
			ps = append(ps, governance.Errorf("funding.budget.source_invalid", path+".source", l.Source))
		}
		if l.Approved.IsNegative() {
			ps = append(ps, governance.Errorf("funding.budget.amount_negative", path+".approved", l.Approved))
		}
		b.revised[i] = l.Approved
		var ok bool
		if b.total, ok = b.total.addChecked(l.Approved); !ok {
			ps = append(ps, governance.Errorf("funding.budget.amount_out_of_range", path+".approved", l.Approved))
			b.total = Money{}
		}
	}
	return ps.Sorted()
}

// Year returns the budget's year.
func (b *Budget) Year() int { return b.year }

// Unit returns the unit whose budget it is.
func (b *Budget) Unit() governance.Code { return b.unit }

// State returns where the budget stands.
func (b *Budget) State() BudgetState { return b.state }

// Lines returns a copy of the lines as approved.
func (b *Budget) Lines() []BudgetLine { return append([]BudgetLine(nil), b.lines...) }

// History returns a copy of the history, oldest first.
func (b *Budget) History() []Entry { return append([]Entry(nil), b.history...) }

// Revised returns a line's revised amount (the approved amount plus every
// revision), and false for an unknown line.
func (b *Budget) Revised(line LineID) (Money, bool) {
	i, ok := b.index[line]
	if !ok {
		return Money{}, false
	}
	return b.revised[i], true
}

// Executed returns the budget's execution: every expenditure, net of
// reversals.
func (b *Budget) Executed() Money { return b.executed }

// NeedsRevision reports whether a line is flagged for revision: some unit
// has spent more on it than was allocated, which only a rigid expenditure
// can do.
func (b *Budget) NeedsRevision(line LineID) bool {
	i, ok := b.index[line]
	if !ok {
		return false
	}
	for k, c := range b.cells {
		if k.line == i && c.spent.Cmp(c.allocated) > 0 {
			return true
		}
	}
	return false
}

// Problems returns the findings that do not block the budget, sorted: a
// warning funding.budget.rigid_overrun for each line and unit whose rigid
// expenditures have overrun the allocation, with the amount to cover.
func (b *Budget) Problems() governance.Problems {
	var ps governance.Problems
	for k, c := range b.cells {
		if over := c.spent.Sub(c.allocated); over.IsPositive() {
			ps = append(ps, governance.Warnf("funding.budget.rigid_overrun", governance.Index("lines", k.line), string(b.lines[k.line].ID), k.unit, over))
		}
	}
	// several units on one line share a path: order them by unit
	ps = ps.Sorted()
	sortOverruns(ps)
	return ps
}

// sortOverruns orders problems with the same path by their unit argument.
func sortOverruns(ps governance.Problems) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Path == ps[j-1].Path && ps[j].Args[1].(governance.Code) < ps[j-1].Args[1].(governance.Code); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// Allot allocates amount of a line to a unit — the budget's own unit or one
// under it (下达). The line's allocations must stay within its revised
// amount.
func (b *Budget) Allot(line LineID, to governance.Code, amount Money, actor string, at time.Time) error {
	return b.do(Entry{At: at, Actor: actor, Verb: BudgetAllot, Line: line, Unit: to, Amount: amount})
}

// Spend records an expenditure. It must stay within what the unit has left
// of its allocation on the line, unless it is rigid (reimbursed at cost):
// then it is recorded all the same and the line is flagged for revision.
// The day must lie in the budget's year and the payee be named.
func (b *Budget) Spend(x Expenditure, actor string, at time.Time) error {
	return b.do(Entry{At: at, Actor: actor, Verb: BudgetSpend, Line: x.Line, Unit: x.Unit, Amount: x.Amount, Day: x.Day, Payee: x.Payee, Rigid: x.Rigid})
}

// Revise sets a line's revised amount to amount (预算调整). It needs the
// approver and the reason, and may not fall below what is already
// allocated on the line; a revision that changes nothing is refused.
func (b *Budget) Revise(line LineID, amount Money, approver, reason string, at time.Time) error {
	e := Entry{At: at, Actor: approver, Verb: BudgetRevise, Line: line, Note: reason}
	if i, ok := b.index[line]; ok && !amount.IsNegative() {
		e.Amount = amount.Sub(b.revised[i]) // both lie in [0, MaxMoney]
	} else if ok {
		if _, err := budgetFlow.Next(b.state, BudgetRevise); err != nil {
			return err
		}
		ps := append(b.checkCommon(e, "approver"), governance.Errorf("funding.budget.amount_negative", "amount", amount))
		if reason == "" {
			ps = append(ps, governance.Errorf("funding.budget.revision_needs_reason", "reason"))
		}
		return ps.Sorted()
	}
	return b.do(e)
}

// Reverse corrects the entry with sequence number seq — an allocation or
// an expenditure — by a reversing entry of the opposite amount (冲正),
// with the reason. Each entry is reversed at most once, and an allocation
// only as far as the unit has not spent it.
func (b *Budget) Reverse(seq int, reason, actor string, at time.Time) error {
	e := Entry{At: at, Actor: actor, Verb: BudgetReverse, Reverses: seq, Note: reason}
	if seq >= 1 && seq <= len(b.history) {
		orig := b.history[seq-1]
		e.Line, e.Unit, e.Amount = orig.Line, orig.Unit, orig.Amount.Neg()
	}
	return b.do(e)
}

// Close closes the year's accounts; no entry can follow.
func (b *Budget) Close(actor string, at time.Time) error {
	return b.do(Entry{At: at, Actor: actor, Verb: BudgetClose})
}

// do applies a verb's entry completely or not at all.
func (b *Budget) do(e Entry) error {
	to, err := budgetFlow.Next(b.state, e.Verb)
	if err != nil {
		return err
	}
	e.Seq, e.From, e.To = len(b.history)+1, b.state, to
	if ps := b.check(e); ps.Err() != nil {
		return ps
	}
	b.commit(e)
	return nil
}

// checkCommon checks what every entry needs: an instant not before the
// last entry's, and an actor (named approver for a revision).
func (b *Budget) checkCommon(e Entry, actorPath string) governance.Problems {
	var ps governance.Problems
	if actorPath == "" {
		actorPath = "actor"
	}
	switch {
	case e.At.IsZero():
		ps = append(ps, governance.Errorf("funding.budget.time_missing", "at"))
	case len(b.history) > 0 && e.At.Before(b.history[len(b.history)-1].At):
		ps = append(ps, governance.Errorf("funding.budget.time_backwards", "at", e.At, b.history[len(b.history)-1].At))
	}
	if e.Actor == "" {
		code := "funding.budget.actor_missing"
		if e.Verb == BudgetRevise {
			code = "funding.budget.revision_needs_approver"
		}
		ps = append(ps, governance.Errorf(code, actorPath))
	}
	return ps
}

// check returns every problem of a candidate entry against the budget as
// it stands; the entry's Seq, From and To are already set.
func (b *Budget) check(e Entry) governance.Problems {
	actorPath := ""
	if e.Verb == BudgetRevise {
		actorPath = "approver"
	}
	ps := b.checkCommon(e, actorPath)
	var i int
	var c *cell
	needLine := e.Verb == BudgetAllot || e.Verb == BudgetSpend || e.Verb == BudgetRevise
	if needLine {
		var ok bool
		if i, ok = b.index[e.Line]; !ok {
			return append(ps, governance.Errorf("funding.budget.line_unknown", "line", string(e.Line))).Sorted()
		}
	}
	sound := true // the unit and amount are good enough to check the invariants
	if e.Verb == BudgetAllot || e.Verb == BudgetSpend {
		n := len(ps)
		switch {
		case !e.Unit.IsValid():
			ps = append(ps, governance.Errorf("funding.budget.unit_invalid", "unit", e.Unit))
		case !b.unit.Contains(e.Unit):
			ps = append(ps, governance.Errorf("funding.budget.unit_outside", "unit", e.Unit, b.unit))
		}
		if !e.Amount.IsPositive() {
			ps = append(ps, governance.Errorf("funding.budget.amount_not_positive", "amount", e.Amount))
		}
		c = b.cells[cellKey{i, e.Unit}]
		if c == nil {
			c = &cell{}
		}
		sound = len(ps) == n
	}
	if !sound {
		return ps.Sorted()
	}
	switch e.Verb {
	case BudgetAllot:
		if after, ok := b.allocated[i].addChecked(e.Amount); !ok || after.Cmp(b.revised[i]) > 0 {
			ps = append(ps, governance.Errorf("funding.budget.allocation_exceeds_line", "amount", e.Amount, string(e.Line), b.revised[i].Sub(b.allocated[i])))
		}
	case BudgetSpend:
		ps = append(ps, b.checkSpend(e, c)...)
	case BudgetRevise:
		ps = append(ps, b.checkRevise(e, i)...)
	case BudgetReverse:
		ps = append(ps, b.checkReverse(e)...)
	}
	return ps.Sorted()
}

func (b *Budget) checkSpend(e Entry, c *cell) governance.Problems {
	var ps governance.Problems
	if !e.Day.IsValid() || e.Day.Year != b.year {
		ps = append(ps, governance.Errorf("funding.budget.day_outside_year", "day", e.Day, strconv.Itoa(b.year)))
	}
	if e.Payee == "" {
		ps = append(ps, governance.Errorf("funding.budget.payee_missing", "payee"))
	}
	if _, ok := b.executed.addChecked(e.Amount); !ok {
		ps = append(ps, governance.Errorf("funding.budget.amount_out_of_range", "amount", e.Amount))
		return ps
	}
	left := c.allocated.Sub(c.spent)
	if !e.Rigid && e.Amount.Cmp(left) > 0 {
		if left.IsNegative() {
			left = Money{} // a rigid overrun has used it all
		}
		ps = append(ps, governance.Errorf("funding.budget.expenditure_exceeds_allocation", "amount", e.Amount, string(e.Line), e.Unit, left))
	}
	return ps
}

func (b *Budget) checkRevise(e Entry, i int) governance.Problems {
	var ps governance.Problems
	if e.Note == "" {
		ps = append(ps, governance.Errorf("funding.budget.revision_needs_reason", "reason"))
	}
	after, ok := b.revised[i].addChecked(e.Amount)
	total, okTotal := b.total.addChecked(e.Amount)
	switch {
	case !ok || !okTotal || after.IsNegative() || total.IsNegative():
		ps = append(ps, governance.Errorf("funding.budget.amount_out_of_range", "amount", after))
	case e.Amount.IsZero():
		ps = append(ps, governance.Errorf("funding.budget.revision_unchanged", "amount", after))
	case after.Cmp(b.allocated[i]) < 0:
		ps = append(ps, governance.Errorf("funding.budget.revision_below_allocated", "amount", after, b.allocated[i]))
	}
	return ps
}

func (b *Budget) checkReverse(e Entry) governance.Problems {
	var ps governance.Problems
	if e.Note == "" {
		ps = append(ps, governance.Errorf("funding.budget.reason_missing", "reason"))
	}
	if e.Reverses < 1 || e.Reverses > len(b.history) {
		return append(ps, governance.Errorf("funding.budget.entry_unknown", "reverses", e.Reverses))
	}
	orig := b.history[e.Reverses-1]
	switch {
	case orig.Verb != BudgetAllot && orig.Verb != BudgetSpend:
		return append(ps, governance.Errorf("funding.budget.entry_not_reversible", "reverses", e.Reverses, orig.Verb))
	case b.reversed[e.Reverses-1]:
		return append(ps, governance.Errorf("funding.budget.entry_already_reversed", "reverses", e.Reverses))
	case e.Line != orig.Line || e.Unit != orig.Unit || !e.Amount.Equal(orig.Amount.Neg()):
		return append(ps, governance.Errorf("funding.budget.reversal_mismatch", "reverses", e.Reverses))
	}
	if orig.Verb == BudgetAllot {
		c := b.cells[cellKey{b.index[orig.Line], orig.Unit}]
		if left := c.allocated.Sub(orig.Amount); left.Cmp(c.spent) < 0 {
			ps = append(ps, governance.Errorf("funding.budget.reversal_below_spent", "reverses", e.Reverses, string(orig.Line), orig.Unit, c.spent))
		}
	}
	return ps
}

// commit appends a checked entry and updates the derived state.
func (b *Budget) commit(e Entry) {
	b.history = append(b.history, e)
	b.reversed = append(b.reversed, false)
	b.state = e.To
	kind := e.Verb
	if e.Verb == BudgetReverse {
		b.reversed[e.Reverses-1] = true
		kind = b.history[e.Reverses-1].Verb
	}
	switch kind {
	case BudgetAllot, BudgetSpend:
		i := b.index[e.Line]
		k := cellKey{i, e.Unit}
		c := b.cells[k]
		if c == nil {
			c = &cell{}
			b.cells[k] = c
		}
		if kind == BudgetAllot {
			c.allocated = c.allocated.Add(e.Amount)
			b.allocated[i] = b.allocated[i].Add(e.Amount)
		} else {
			c.spent = c.spent.Add(e.Amount)
			b.spent[i] = b.spent[i].Add(e.Amount)
			b.executed = b.executed.Add(e.Amount)
		}
	case BudgetRevise:
		i := b.index[e.Line]
		b.revised[i] = b.revised[i].Add(e.Amount)
		b.total = b.total.Add(e.Amount)
	}
}

// BudgetDiagram returns the budget's workflow as a Mermaid state diagram, generated from the
// transition table (the checked-in budget.mmd).
func BudgetDiagram() string { return budgetFlow.Mermaid() }
