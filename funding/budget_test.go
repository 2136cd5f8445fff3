package funding

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
)

var (
	hepingStreet = governance.MustParseCode("120101001000")
	communityA   = governance.MustParseCode("120101001001")
	communityB   = governance.MustParseCode("120101001002")
	otherStreet  = governance.MustParseCode("120101002001")
	cst          = time.FixedZone("CST", 8*3600)
	t0           = time.Date(2025, 1, 6, 9, 0, 0, 0, cst)
)

func testLines() []BudgetLine {
	return []BudgetLine{
		{ID: "block", Name: "街道统筹经费", Class: ClassBlockGrant, Source: SourceCounty, Approved: Yuan(10_000_000)},
		{ID: "service", Name: "服务群众专项经费", Class: ClassServiceFunds, Source: SourceCity, Approved: Yuan(500_000)},
		{ID: "party", Name: "党建工作经费", Class: ClassPartyBuilding, Source: SourceStreet, Approved: Yuan(200_000)},
	}
}

func newTestBudget(t testing.TB) *Budget {
	t.Helper()
	b, err := NewBudget(2025, hepingStreet, testLines(), "区财政局", t0)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func codes(err error) []string {
	var out []string
	for _, p := range asProblems(err) {
		out = append(out, p.Path+" "+p.Code)
	}
	return out
}

func TestBudgetLabels(t *testing.T) {
	testkit.Labels(t, "funding.class", Classes())
	testkit.Labels(t, "funding.source", Sources())
	testkit.Labels(t, "funding.budget_state", BudgetStates())
	testkit.Labels(t, "funding.budget_verb", BudgetVerbs())
}

func TestBudgetDiagram(t *testing.T) {
	testkit.Golden(t, "budget.mmd", budgetFlow.Mermaid())
	if got := len(BudgetTransitions()); got != 5 {
		t.Errorf("%d transitions", got)
	}
}

func TestNewBudgetProblems(t *testing.T) {
	lines := []BudgetLine{
		{ID: "a", Class: ClassFacilities, Source: SourceCity, Approved: Yuan(-1)},
		{ID: "a", Class: ClassUnknown, Source: SourceUnknown},
		{ID: "", Class: ClassSalaries, Source: SourceStreet},
		{ID: "big", Class: ClassSalaries, Source: SourceStreet, Approved: MaxMoney()},
		{ID: "big2", Class: ClassSalaries, Source: SourceStreet, Approved: MaxMoney()},
	}
	_, err := NewBudget(0, "12", lines, "", time.Time{})
	want := []string{
		"lines[0].approved funding.budget.amount_negative",
		"lines[1].class funding.budget.class_invalid",
		"lines[1].id funding.budget.line_id_invalid",
		"lines[1].source funding.budget.source_invalid",
		"lines[2].id funding.budget.line_id_invalid",
		"lines[4].approved funding.budget.amount_out_of_range",
		"unit funding.budget.unit_invalid",
		"year funding.budget.year_invalid",
	}
	if diff := cmp.Diff(want, codes(err)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, err = NewBudget(2025, hepingStreet, nil, "", time.Time{})
	if diff := cmp.Diff([]string{"lines funding.budget.lines_missing"}, codes(err)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, err = NewBudget(2025, hepingStreet, testLines(), "", time.Time{})
	if diff := cmp.Diff([]string{"actor funding.budget.actor_missing", "at funding.budget.time_missing"}, codes(err)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestBudgetVerbs(t *testing.T) {
	at := t0.Add(time.Hour)
	day := governance.MustParseDate("2025-03-10")
	type step struct {
		name string
		do   func(b *Budget) error
		want []string // problem paths and codes; nil when accepted
	}
	for _, tc := range []struct {
		name  string
		steps []step
	}{
		{"allocations within the revised line", []step{
			{"allot", func(b *Budget) error { return b.Allot("service", communityA, Yuan(300_000), "街道", at) }, nil},
			{"allot to the street itself", func(b *Budget) error { return b.Allot("service", hepingStreet, Yuan(200_000), "街道", at) }, nil},
			{"one fen more", func(b *Budget) error { return b.Allot("service", communityB, Fen(1), "街道", at) },
				[]string{"amount funding.budget.allocation_exceeds_line"}},
		}},
		{"bad allocations, every problem at once", []step{
			{"allot", func(b *Budget) error { return b.Allot("service", otherStreet, Yuan(0), "", t0.Add(-time.Second)) },
				[]string{"actor funding.budget.actor_missing", "amount funding.budget.amount_not_positive", "at funding.budget.time_backwards", "unit funding.budget.unit_outside"}},
			{"unknown line", func(b *Budget) error { return b.Allot("nope", communityA, Yuan(1), "街道", at) },
				[]string{"line funding.budget.line_unknown"}},
			{"invalid unit", func(b *Budget) error { return b.Allot("party", "x", Yuan(1), "街道", at) },
				[]string{"unit funding.budget.unit_invalid"}},
		}},
		{"expenditure within the allocation", []step{
			{"allot", func(b *Budget) error { return b.Allot("party", communityA, Yuan(1000), "街道", at) }, nil},
			{"spend", func(b *Budget) error {
				return b.Spend(Expenditure{Line: "party", Unit: communityA, Amount: Yuan(600), Day: day, Payee: "印刷厂"}, "社区", at)
			}, nil},
			{"beyond what is left", func(b *Budget) error {
				return b.Spend(Expenditure{Line: "party", Unit: communityA, Amount: MustParseMoney("400.01"), Day: day, Payee: "印刷厂"}, "社区", at)
			}, []string{"amount funding.budget.expenditure_exceeds_allocation"}},
			{"without an allocation", func(b *Budget) error {
				return b.Spend(Expenditure{Line: "party", Unit: communityB, Amount: Yuan(1), Day: day, Payee: "x"}, "社区", at)
			}, []string{"amount funding.budget.expenditure_exceeds_allocation"}},
			{"outside the year, no payee", func(b *Budget) error {
				return b.Spend(Expenditure{Line: "party", Unit: communityA, Amount: Yuan(1), Day: governance.MustParseDate("2024-12-31")}, "社区", at)
			}, []string{"day funding.budget.day_outside_year", "payee funding.budget.payee_missing"}},
			{"rigid: recorded beyond the allocation", func(b *Budget) error {
				return b.Spend(Expenditure{Line: "party", Unit: communityA, Amount: Yuan(900), Day: day, Payee: "供暖公司", Rigid: true}, "社区", at)
			}, nil},
		}},
		{"revisions", []step{
			{"allot", func(b *Budget) error { return b.Allot("party", communityA, Yuan(150_000), "街道", at) }, nil},
			{"no approver, no reason", func(b *Budget) error { return b.Revise("party", Yuan(250_000), "", "", at) },
				[]string{"approver funding.budget.revision_needs_approver", "reason funding.budget.revision_needs_reason"}},
			{"below what is allotted", func(b *Budget) error { return b.Revise("party", Yuan(149_999), "区财政局", "压减", at) },
				[]string{"amount funding.budget.revision_below_allocated"}},
			{"unchanged", func(b *Budget) error { return b.Revise("party", Yuan(200_000), "区财政局", "无", at) },
				[]string{"amount funding.budget.revision_unchanged"}},
			{"negative", func(b *Budget) error { return b.Revise("party", Yuan(-1), "", "x", at) },
				[]string{"amount funding.budget.amount_negative", "approver funding.budget.revision_needs_approver"}},
			{"unknown line", func(b *Budget) error { return b.Revise("nope", Yuan(1), "区财政局", "x", at) },
				[]string{"line funding.budget.line_unknown"}},
			{"down to the allotted", func(b *Budget) error {
				return b.Revise("party", Yuan(150_000), "区财政局", "压减一般性支出", at)
			}, nil},
		}},
		{"reversals", []step{
			{"allot (entry 2)", func(b *Budget) error { return b.Allot("service", communityA, Yuan(1000), "街道", at) }, nil},
			{"spend (entry 3)", func(b *Budget) error {
				return b.Spend(Expenditure{Line: "service", Unit: communityA, Amount: Yuan(700), Day: day, Payee: "x"}, "社区", at)
			}, nil},
			{"allocation below what is spent", func(b *Budget) error { return b.Reverse(2, "错下达", "街道", at) },
				[]string{"reverses funding.budget.reversal_below_spent"}},
			{"no reason", func(b *Budget) error { return b.Reverse(3, "", "街道", at) }, []string{"reason funding.budget.reason_missing"}},
			{"the approval", func(b *Budget) error { return b.Reverse(1, "x", "街道", at) }, []string{"reverses funding.budget.entry_not_reversible"}},
			{"no such entry", func(b *Budget) error { return b.Reverse(9, "x", "街道", at) }, []string{"reverses funding.budget.entry_unknown"}},
			{"the expenditure (entry 4)", func(b *Budget) error { return b.Reverse(3, "重复报销", "街道", at) }, nil},
			{"twice", func(b *Budget) error { return b.Reverse(3, "重复报销", "街道", at) }, []string{"reverses funding.budget.entry_already_reversed"}},
			{"a reversal", func(b *Budget) error { return b.Reverse(4, "x", "街道", at) }, []string{"reverses funding.budget.entry_not_reversible"}},
			{"now the allocation", func(b *Budget) error { return b.Reverse(2, "错下达", "街道", at) }, nil},
		}},
	} {
		b := newTestBudget(t)
		for _, s := range tc.steps {
			before := b.Record()
			err := s.do(b)
			if s.want == nil {
				if err != nil {
					t.Errorf("%s / %s: %v", tc.name, s.name, err)
				}
				continue
			}
			if diff := cmp.Diff(s.want, codes(err)); diff != "" {
				t.Errorf("%s / %s (-want +got):\n%s", tc.name, s.name, diff)
			}
			if diff := cmp.Diff(before, b.Record()); diff != "" {
				t.Errorf("%s / %s: a rejected verb changed the budget (-before +after):\n%s", tc.name, s.name, diff)
			}
		}
	}
}

func TestBudgetRigidOverrun(t *testing.T) {
	b := newTestBudget(t)
	at := t0.Add(time.Hour)
	day := governance.MustParseDate("2025-02-01")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(b.Allot("service", communityA, Yuan(50_000), "街道", at))
	must(b.Spend(Expenditure{Line: "service", Unit: communityA, Amount: Yuan(45_000), Day: day, Payee: "物业"}, "社区", at))
	must(b.Spend(Expenditure{Line: "service", Unit: communityA, Amount: Yuan(12_000), Day: day, Payee: "供暖公司", Rigid: true}, "社区", at))
	if !b.NeedsRevision("service") || b.NeedsRevision("party") || b.NeedsRevision("nope") {
		t.Error("NeedsRevision disagrees")
	}
	ps := b.Problems()
	if len(ps) != 1 || ps[0].Code != "funding.budget.rigid_overrun" || ps[0].Path != "lines[1]" || ps.Err() != nil {
		t.Fatalf("Problems = %v", ps)
	}
	// covering the overrun: the line's allocation to the unit grows
	must(b.Allot("service", communityA, Yuan(7_000), "街道", at.Add(time.Hour)))
	if b.NeedsRevision("service") || len(b.Problems()) != 0 {
		t.Errorf("still flagged: %v", b.Problems())
	}
	if !b.Executed().Equal(Yuan(57_000)) {
		t.Errorf("executed %s", b.Executed())
	}
}

func TestBudgetClose(t *testing.T) {
	b := newTestBudget(t)
	if err := b.Close("", t0); !asProblems(err).Has("funding.budget.actor_missing") {
		t.Errorf("close without actor: %v", err)
	}
	if err := b.Close("街道", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"allot":   b.Allot("service", communityA, Yuan(1), "x", t0.Add(2*time.Hour)),
		"spend":   b.Spend(Expenditure{Line: "service", Unit: communityA, Amount: Yuan(1), Day: governance.MustParseDate("2025-01-07"), Payee: "x"}, "x", t0.Add(2*time.Hour)),
		"revise":  b.Revise("service", Yuan(1), "x", "y", t0.Add(2*time.Hour)),
		"reviseN": b.Revise("service", Yuan(-1), "x", "y", t0.Add(2*time.Hour)),
		"reverse": b.Reverse(1, "x", "x", t0.Add(2*time.Hour)),
		"close":   b.Close("x", t0.Add(2*time.Hour)),
	} {
		var te *governance.TransitionError
		if !errors.Is(err, governance.ErrInvalidTransition) || !errors.As(err, &te) || te.State != "closed" {
			t.Errorf("%s after closing: %v", name, err)
		}
	}
	if b.State() != BudgetClosed || len(b.History()) != 2 {
		t.Errorf("state %s, %d entries", b.State(), len(b.History()))
	}
}

// busyBudget returns a budget with one entry of every kind.
func busyBudget(t testing.TB) *Budget {
	b := newTestBudget(t)
	at := t0
	next := func() time.Time { at = at.Add(time.Hour); return at }
	day := governance.MustParseDate("2025-04-01")
	for _, err := range []error{
		b.Allot("block", communityA, Yuan(3_000_000), "街道", next()),
		b.Allot("block", communityB, Yuan(2_500_000), "街道", next()),
		b.Allot("party", communityA, Yuan(10_000), "街道", next()),
		b.Spend(Expenditure{Line: "block", Unit: communityA, Amount: MustParseMoney("1234567.89"), Day: day, Payee: "施工单位"}, "社区", next()),
		b.Spend(Expenditure{Line: "party", Unit: communityA, Amount: Yuan(12_000), Day: day, Payee: "供暖公司", Rigid: true}, "社区", next()),
		b.Revise("party", Yuan(220_000), "区财政局", "刚性支出超支", next()),
		b.Reverse(6, "重复支付", "街道", next()),
		b.Spend(Expenditure{Line: "party", Unit: communityA, Amount: Yuan(12_000), Day: day, Payee: "供暖公司", Rigid: true}, "社区", next()),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func TestBudgetJSON(t *testing.T) {
	b := busyBudget(t)
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	var back Budget
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b.Record(), back.Record()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(b.Execution(), back.Execution()); diff != "" {
		t.Errorf("execution after the round trip (-want +got):\n%s", diff)
	}
}

func TestRestoreBudgetRefuses(t *testing.T) {
	good := busyBudget(t).Record()
	for _, tc := range []struct {
		name   string
		change func(r *BudgetRecord)
		want   string
	}{
		{"no history", func(r *BudgetRecord) { r.History = nil }, "history funding.budget.history_missing"},
		{"bad lines", func(r *BudgetRecord) { r.Lines[0].Class = 0 }, "lines[0].class funding.budget.class_invalid"},
		{"approval total", func(r *BudgetRecord) { r.History[0].Amount = Yuan(1) }, "history[0].verb funding.budget.entry_invalid"},
		{"sequence", func(r *BudgetRecord) { r.History[2].Seq = 7 }, "history[2].seq funding.budget.entry_invalid"},
		{"state", func(r *BudgetRecord) { r.History[2].To = BudgetClosed }, "history[2].verb funding.budget.entry_invalid"},
		{"a stray field", func(r *BudgetRecord) { r.History[1].Payee = "x" }, "history[1].verb funding.budget.entry_invalid"},
		{"time backwards", func(r *BudgetRecord) { r.History[3].At = t0.Add(-time.Hour) }, "history[3].at funding.budget.time_backwards"},
		{"over-allocated", func(r *BudgetRecord) { r.History[1].Amount = Yuan(20_000_000) }, "history[1].amount funding.budget.allocation_exceeds_line"},
		{"overspent", func(r *BudgetRecord) { r.History[4].Amount = Yuan(4_000_000) }, "history[4].amount funding.budget.expenditure_exceeds_allocation"},
		{"reversal tampered", func(r *BudgetRecord) { r.History[7].Amount = Yuan(-1) }, "history[7].reverses funding.budget.reversal_mismatch"},
		{"closed state claimed", func(r *BudgetRecord) { r.State = BudgetClosed }, "state funding.budget.state_mismatch"},
		{"revision without reason", func(r *BudgetRecord) { r.History[6].Note = "" }, "history[6].reason funding.budget.revision_needs_reason"},
	} {
		r := good
		r.Lines = append([]BudgetLine(nil), good.Lines...)
		r.History = append([]Entry(nil), good.History...)
		tc.change(&r)
		_, err := RestoreBudget(r)
		if got := codes(err); len(got) == 0 || got[0] != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, got, tc.want)
		}
	}
	var b Budget
	if err := json.Unmarshal([]byte(`{"year":2025,"unit":"x"}`), &b); err == nil {
		t.Error("a bad record decoded")
	}
	if err := json.Unmarshal([]byte(`[]`), &b); err == nil {
		t.Error("an array decoded")
	}
}

func TestExecution(t *testing.T) {
	x := busyBudget(t).Execution()
	want := Execution{
		Year: 2025, Unit: hepingStreet,
		Lines: []LineExecution{
			{Line: "block", Name: "街道统筹经费", Class: ClassBlockGrant, Source: SourceCounty,
				Amounts: Amounts{Yuan(10_000_000), Yuan(10_000_000), Yuan(5_500_000), MustParseMoney("1234567.89")}},
			{Line: "service", Name: "服务群众专项经费", Class: ClassServiceFunds, Source: SourceCity,
				Amounts: Amounts{Yuan(500_000), Yuan(500_000), Money{}, Money{}}},
			{Line: "party", Name: "党建工作经费", Class: ClassPartyBuilding, Source: SourceStreet,
				Amounts: Amounts{Yuan(200_000), Yuan(220_000), Yuan(10_000), Yuan(12_000)}, NeedsRevision: true},
		},
		Units: []UnitExecution{
			{Unit: communityA, Allocated: Yuan(3_010_000), Executed: MustParseMoney("1246567.89"), Overrun: Yuan(2_000)},
			{Unit: communityB, Allocated: Yuan(2_500_000)},
		},
		Sources: []SourceExecution{
			{SourceCity, Amounts{Yuan(500_000), Yuan(500_000), Money{}, Money{}}},
			{SourceCounty, Amounts{Yuan(10_000_000), Yuan(10_000_000), Yuan(5_500_000), MustParseMoney("1234567.89")}},
			{SourceStreet, Amounts{Yuan(200_000), Yuan(220_000), Yuan(10_000), Yuan(12_000)}},
		},
		Total: Amounts{Yuan(10_700_000), Yuan(10_720_000), Yuan(5_510_000), MustParseMoney("1246567.89")},
	}
	if diff := cmp.Diff(want, x); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := x.Lines[2].Balance(); !got.Equal(Yuan(208_000)) {
		t.Errorf("balance %s", got)
	}
}

func FuzzBudgetJSON(f *testing.F) {
	data, _ := json.Marshal(busyBudget(f))
	f.Add(data)
	small, _ := json.Marshal(newTestBudget(f))
	f.Add(small)
	f.Add([]byte(`{"year":2025,"unit":"120101001000","state":"open","lines":[],"history":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var b Budget
		if err := json.Unmarshal(data, &b); err != nil {
			return
		}
		out, err := json.Marshal(&b)
		if err != nil {
			t.Fatal(err)
		}
		var back Budget
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%s does not decode: %v", out, err)
		}
		if diff := cmp.Diff(b.Record(), back.Record()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
		_ = b.Execution()
		_ = b.Problems()
	})
}
