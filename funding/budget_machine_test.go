package funding

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

// budgetModel is the simplest account of a budget: amounts in fen per line
// and per (line, unit), and the entries as the model saw them.
type budgetModel struct {
	revised   map[LineID]int64
	lineAlloc map[LineID]int64
	alloc     map[[2]string]int64
	spent     map[[2]string]int64
	entries   []modelEntry
	closed    bool
	last      time.Time
}

type modelEntry struct {
	verb     BudgetVerb
	line     LineID
	unit     governance.Code
	fen      int64
	reversed bool
}

func key(l LineID, u governance.Code) [2]string { return [2]string{string(l), string(u)} }

func newBudgetModel() *budgetModel {
	m := &budgetModel{
		revised:   map[LineID]int64{},
		lineAlloc: map[LineID]int64{},
		alloc:     map[[2]string]int64{},
		spent:     map[[2]string]int64{},
		last:      t0,
	}
	for _, l := range testLines() {
		m.revised[l.ID] = l.Approved.InFen()
	}
	m.entries = append(m.entries, modelEntry{verb: BudgetApprove})
	return m
}

// inside reports whether u is one of the street's units the test draws.
func inside(u governance.Code) bool { return u == hepingStreet || u == communityA || u == communityB }

func TestBudgetStateMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b, err := NewBudget(2025, hepingStreet, testLines(), "区财政局", t0)
		if err != nil {
			t.Fatal(err)
		}
		m := newBudgetModel()
		now := t0
		lines := []LineID{"block", "service", "party", "nope"}
		units := []governance.Code{hepingStreet, communityA, communityB, otherStreet}
		// each draw is wrong about one time in twelve, so that most verbs
		// apply and the budget grows, and every refusal is still tried
		wrong := func(t *rapid.T, label string) bool { return rapid.IntRange(0, 11).Draw(t, label) == 0 }
		line := func(t *rapid.T) LineID {
			if wrong(t, "unknown line") {
				return "nope"
			}
			return rapid.SampledFrom(lines[:3]).Draw(t, "line")
		}
		unit := func(t *rapid.T) governance.Code {
			if wrong(t, "outside") {
				return otherStreet
			}
			return rapid.SampledFrom(units[:3]).Draw(t, "unit")
		}
		text := func(t *rapid.T, label, s string) string {
			if wrong(t, label) {
				return ""
			}
			return s
		}

		// instant draws an instant: usually now, sometimes before the last entry
		instant := func(t *rapid.T) time.Time {
			if wrong(t, "backwards") {
				return m.last.Add(-time.Minute)
			}
			return now
		}
		fen := func(t *rapid.T, label string) int64 {
			if wrong(t, label+" not positive") {
				return rapid.SampledFrom([]int64{-100, 0}).Draw(t, label)
			}
			return rapid.SampledFrom([]int64{1, 99, 10_000, 1_000_000, 5_000_000, 20_000_000, 600_000_000}).Draw(t, label)
		}
		actor := func(t *rapid.T) string { return text(t, "no actor", "街道") }
		// apply runs a verb, checks it against the model's verdict, and that
		// a rejected verb changed nothing.
		apply := func(t *rapid.T, ok bool, do func() error, commit func()) {
			before := b.Record()
			err := do()
			if ok != (err == nil) {
				t.Fatalf("model says ok=%v, budget says %v", ok, err)
			}
			if err != nil {
				if diff := cmp.Diff(before, b.Record()); diff != "" {
					t.Fatalf("a rejected verb changed the budget (-before +after):\n%s", diff)
				}
				return
			}
			commit()
		}
		timeOK := func(at time.Time) bool { return !at.Before(m.last) }

		t.Repeat(map[string]func(*rapid.T){
			"allot": func(t *rapid.T) {
				l, u, f, a, at := line(t), unit(t), fen(t, "fen"), actor(t), instant(t)
				_, known := m.revised[l]
				ok := !m.closed && known && inside(u) && f > 0 && a != "" && timeOK(at) && m.lineAlloc[l]+f <= m.revised[l]
				apply(t, ok, func() error { return b.Allot(l, u, Money{f}, a, at) }, func() {
					m.lineAlloc[l] += f
					m.alloc[key(l, u)] += f
					m.entries = append(m.entries, modelEntry{verb: BudgetAllot, line: l, unit: u, fen: f})
					m.last = at
				})
			},
			"spend": func(t *rapid.T) {
				l, u, f, a, at := line(t), unit(t), fen(t, "fen"), actor(t), instant(t)
				rigid := rapid.Bool().Draw(t, "rigid")
				day := rapid.SampledFrom([]string{"2025-01-31", "2025-12-31"}).Draw(t, "day")
				if wrong(t, "next year") {
					day = "2026-01-01"
				}
				payee := text(t, "no payee", "供暖公司")
				_, known := m.revised[l]
				k := key(l, u)
				ok := !m.closed && known && inside(u) && f > 0 && a != "" && timeOK(at) && day != "2026-01-01" && payee != "" &&
					(rigid || m.spent[k]+f <= m.alloc[k])
				x := Expenditure{Line: l, Unit: u, Amount: Money{f}, Day: governance.MustParseDate(day), Payee: payee, Rigid: rigid}
				apply(t, ok, func() error { return b.Spend(x, a, at) }, func() {
					m.spent[k] += f
					m.entries = append(m.entries, modelEntry{verb: BudgetSpend, line: l, unit: u, fen: f})
					m.last = at
				})
			},
			"revise": func(t *rapid.T) {
				l, f, at := line(t), fen(t, "fen"), instant(t)
				approver := text(t, "no approver", "区财政局")
				reason := text(t, "no reason", "刚性支出超支")
				if wrong(t, "unchanged") {
					f = m.revised[l]
				}
				_, known := m.revised[l]
				ok := !m.closed && known && f >= 0 && approver != "" && reason != "" && timeOK(at) && f != m.revised[l] && f >= m.lineAlloc[l]
				apply(t, ok, func() error { return b.Revise(l, Money{f}, approver, reason, at) }, func() {
					m.entries = append(m.entries, modelEntry{verb: BudgetRevise, line: l, fen: f - m.revised[l]})
					m.revised[l] = f
					m.last = at
				})
			},
			"reverse": func(t *rapid.T) {
				// mostly an allocation or expenditure, sometimes any number
				var candidates []int
				for i, e := range m.entries {
					if e.verb == BudgetAllot || e.verb == BudgetSpend {
						candidates = append(candidates, i+1)
					}
				}
				seq := rapid.IntRange(0, len(m.entries)+1).Draw(t, "seq")
				if len(candidates) > 0 && !wrong(t, "any entry") {
					seq = rapid.SampledFrom(candidates).Draw(t, "reversible")
				}
				reason, a, at := text(t, "no reason", "更正"), actor(t), instant(t)
				ok := !m.closed && reason != "" && a != "" && timeOK(at) && seq >= 1 && seq <= len(m.entries)
				var orig modelEntry
				if ok {
					orig = m.entries[seq-1]
					k := key(orig.line, orig.unit)
					ok = !orig.reversed && (orig.verb == BudgetSpend || orig.verb == BudgetAllot && m.alloc[k]-orig.fen >= m.spent[k])
				}
				apply(t, ok, func() error { return b.Reverse(seq, reason, a, at) }, func() {
					k := key(orig.line, orig.unit)
					if orig.verb == BudgetAllot {
						m.alloc[k] -= orig.fen
						m.lineAlloc[orig.line] -= orig.fen
					} else {
						m.spent[k] -= orig.fen
					}
					m.entries[seq-1].reversed = true
					m.entries = append(m.entries, modelEntry{verb: BudgetReverse, line: orig.line, unit: orig.unit, fen: -orig.fen})
					m.last = at
				})
			},
			"close": func(t *rapid.T) {
				if rapid.IntRange(0, 39).Draw(t, "rarely") != 0 {
					t.Skip("closing is rare")
				}
				a, at := actor(t), instant(t)
				apply(t, !m.closed && a != "" && timeOK(at), func() error { return b.Close(a, at) }, func() {
					m.closed = true
					m.entries = append(m.entries, modelEntry{verb: BudgetClose})
					m.last = at
				})
			},
			"time passes": func(t *rapid.T) {
				now = now.Add(time.Duration(rapid.IntRange(1, 72*60).Draw(t, "minutes")) * time.Minute)
			},
			"": func(t *rapid.T) {
				h := b.History()
				if len(h) != len(m.entries) {
					t.Fatalf("%d entries, the model has %d", len(h), len(m.entries))
				}
				// the executed total is the sum of the expenditures and their reversals
				var executed Money
				for _, e := range h {
					if e.Verb == BudgetSpend || e.Verb == BudgetReverse && h[e.Reverses-1].Verb == BudgetSpend {
						executed = executed.Add(e.Amount)
					}
				}
				if !executed.Equal(b.Executed()) {
					t.Fatalf("executed %s, entries add up to %s", b.Executed(), executed)
				}
				x := b.Execution()
				if !x.Total.Executed.Equal(executed) {
					t.Fatalf("report executed %s, entries %s", x.Total.Executed, executed)
				}
				for _, le := range x.Lines {
					if le.Revised.InFen() != m.revised[le.Line] || le.Allocated.InFen() != m.lineAlloc[le.Line] || le.Allocated.Cmp(le.Revised) > 0 {
						t.Fatalf("line %s: %+v, model revised %d allotted %d", le.Line, le.Amounts, m.revised[le.Line], m.lineAlloc[le.Line])
					}
					over := false
					for _, u := range units[:3] {
						over = over || m.spent[key(le.Line, u)] > m.alloc[key(le.Line, u)]
					}
					if le.NeedsRevision != over {
						t.Fatalf("line %s NeedsRevision = %v, model %v", le.Line, le.NeedsRevision, over)
					}
				}
				if (b.State() == BudgetClosed) != m.closed {
					t.Fatalf("state %s, model closed %v", b.State(), m.closed)
				}
				data, err := json.Marshal(b)
				if err != nil {
					t.Fatal(err)
				}
				var back Budget
				if err := json.Unmarshal(data, &back); err != nil {
					t.Fatalf("the budget's own JSON does not restore: %v", err)
				}
				if diff := cmp.Diff(b.Record(), back.Record()); diff != "" {
					t.Fatalf("JSON round trip (-want +got):\n%s", diff)
				}
			},
		})
	})
}

func BenchmarkBudgetSpend(b *testing.B) {
	b.ReportAllocs()
	fresh := func() *Budget {
		budget := newTestBudget(b)
		if err := budget.Allot("block", communityA, Yuan(10_000_000), "街道", t0); err != nil {
			b.Fatal(err)
		}
		return budget
	}
	budget := fresh()
	x := Expenditure{Line: "block", Unit: communityA, Amount: Fen(1), Day: governance.MustParseDate("2025-03-01"), Payee: "x"}
	n := 0
	for b.Loop() {
		if n++; n%10_000 == 0 {
			budget = fresh() // keep the history, and the memory, bounded
		}
		if err := budget.Spend(x, "社区", t0); err != nil {
			b.Fatal(err)
		}
	}
}
