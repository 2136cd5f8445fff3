package dispute

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"golang.org/x/text/language"
)

func TestCaseMermaid(t *testing.T) {
	testkit.Golden(t, "case.mmd", caseFlow.Mermaid())
}

func TestCaseTransitions(t *testing.T) {
	got := CaseTransitions()
	if len(got) != len(caseFlow.Rules()) {
		t.Fatalf("%d transitions, want %d", len(got), len(caseFlow.Rules()))
	}
	got[0].From[0] = StateClosed // a copy: the table must not change
	if !caseFlow.Can(StateRegistered, VerbAccept) {
		t.Errorf("CaseTransitions shares the table")
	}
	var final []State
	for s := range States() {
		if caseFlow.Final(s) {
			final = append(final, s)
		}
	}
	if diff := cmp.Diff([]State{StateDeclined, StateRefused, StateClosed}, final); diff != "" {
		t.Errorf("final states (-want +got):\n%s", diff)
	}
}

// verbsOf returns the verbs of the history.
func verbsOf(h []Step) []Verb {
	out := make([]Verb, len(h))
	for i, s := range h {
		out[i] = s.Verb
	}
	return out
}

func TestWholeCaseWritten(t *testing.T) {
	c := agreedWritten()
	must(c.ApplyForConfirmation("某区人民法院", at(2)))
	must(c.RecordRuling(RulingAccepted, at(3)))
	must(c.RecordRuling(RulingConfirmed, at(8)))
	must(c.Perform("已赔偿", at(9)))
	must(c.Visit("双方满意", at(15)))
	must(c.Close(at(15)))

	want := []Verb{VerbRegister, VerbAccept, VerbAssign, VerbHold, VerbAgree, VerbSign, VerbSign,
		VerbSignMediator, VerbSeal, VerbApplyConfirmation, VerbRule, VerbRule}
	if diff := cmp.Diff(want, verbsOf(c.History())[:len(want)]); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	if c.State() != StateClosed || c.Outcome() != OutcomePerformed {
		t.Errorf("state %v, outcome %v", c.State(), c.Outcome())
	}
	for s := range c.Verbs() {
		t.Errorf("closed case allows %v", s)
	}
	if n := len(c.History()); n > historyCap+3 {
		t.Errorf("%d steps", n)
	}
	h := c.History()
	for i := 1; i < len(h); i++ {
		if h[i].From != h[i-1].To {
			t.Errorf("step %d from %v, previous to %v", i, h[i].From, h[i-1].To)
		}
	}
	type who struct{ Actor, Note string }
	wantWho := []who{
		{ActorCommittee, ""}, {string(place), ""}, {string(place), "王芳"}, {string(place), ""},
		{string(place), ""}, {"p1", ""}, {"p2", ""}, {"m1", ""}, {string(place), ""},
		{ActorParties, "某区人民法院"}, {"某区人民法院", "accepted"}, {"某区人民法院", "confirmed"},
		{string(place), "已赔偿"}, {string(place), "双方满意"}, {string(place), ""},
	}
	var gotWho []who
	for _, s := range h {
		gotWho = append(gotWho, who{s.Actor, s.Note})
	}
	if diff := cmp.Diff(wantWho, gotWho); diff != "" {
		t.Errorf("actors and notes (-want +got):\n%s", diff)
	}
	eff, ok := c.Effective()
	if !ok || !eff.Equal(at(1, 1)) {
		t.Errorf("Effective = %v, %v", eff, ok)
	}
	cf, _ := c.Confirmation()
	want2 := Confirmation{
		Court:    "某区人民法院",
		Applied:  at(2),
		AcceptBy: time.Date(2025, 3, 16, 0, 0, 0, 0, shanghai),
		Accepted: at(3),
		DecideBy: time.Date(2025, 3, 29, 0, 0, 0, 0, shanghai),
		Decided:  at(8),
		Ruling:   RulingConfirmed,
	}
	if diff := cmp.Diff(want2, cf); diff != "" {
		t.Errorf("confirmation (-want +got):\n%s", diff)
	}
}

func TestWholeCaseOral(t *testing.T) {
	c := mediating()
	must(c.Agree(oral(), at(0, 3)))
	if eff, ok := c.Effective(); !ok || !eff.Equal(at(0, 3)) {
		t.Errorf("oral agreement takes effect when reached, got %v %v", eff, ok)
	}
	must(c.Perform("", at(0, 3)))
	must(c.Visit("", at(7)))
	must(c.Close(at(7)))
	if len(c.History()) != 8 {
		t.Errorf("an oral agreement performed took %d steps, want 8", len(c.History()))
	}
}

// try runs step on c and checks that an error leaves c unchanged.
func try(t *testing.T, c *Case, step func(*Case) error) error {
	t.Helper()
	before := c.Record()
	beforeOutcome := c.Outcome()
	err := step(c)
	if err == nil {
		return nil
	}
	if !errors.Is(err, governance.ErrInvalidTransition) {
		t.Errorf("error %v does not wrap ErrInvalidTransition", err)
	}
	var te *governance.TransitionError
	if !errors.As(err, &te) || te.Workflow != "case" {
		t.Errorf("error %v is not a TransitionError of the case", err)
	}
	if diff := cmp.Diff(before, c.Record(), cmpOpts...); diff != "" || c.Outcome() != beforeOutcome {
		t.Errorf("a refused step changed the case (-before +after):\n%s", diff)
	}
	return err
}

// codes returns the problem codes of a StepError, or ["transition"] for a
// step the table does not allow.
func codes(err error) []string {
	var se *StepError
	if errors.As(err, &se) {
		var out []string
		for _, p := range se.Problems {
			out = append(out, p.Code)
		}
		return out
	}
	if err != nil {
		return []string{"transition"}
	}
	return nil
}

func TestStepRefusals(t *testing.T) {
	cm := testCommittee()
	registered := func() *Case { return mustRegister(testIntake()) }
	accepted := func() *Case {
		c := registered()
		must(c.Accept(cm, at(0, 1)))
		return c
	}
	assigned := func() *Case {
		c := accepted()
		must(c.Assign(cm, Mediator{Person: "m1"}, at(0, 1)))
		return c
	}
	agreedUnsigned := func() *Case {
		c := mediating()
		must(c.Agree(written(at(1)), at(1)))
		return c
	}
	agreedOral := func() *Case {
		c := mediating()
		must(c.Agree(oral(), at(1)))
		return c
	}
	major := func(edit func(*Intake)) func() *Case {
		return func() *Case {
			in := testIntake()
			edit(&in)
			c := mustRegister(in)
			must(c.Accept(cm, at(0, 1)))
			must(c.Assign(cm, Mediator{Person: "m1"}, at(0, 1)))
			must(c.Hold(Session{Parties: []int{0}, Mediators: []governance.PersonID{"m1"}}, at(0, 2)))
			return c
		}
	}
	for _, tc := range []struct {
		name  string
		setup func() *Case
		step  func(*Case) error
		want  []string
	}{
		{"accept twice", accepted, func(c *Case) error { return c.Accept(cm, at(1)) }, []string{"transition"}},
		{"accept by no unit", registered, func(c *Case) error { return c.Accept(Committee{}, at(1)) },
			[]string{"dispute.committee.unit_invalid"}},
		{"time missing", registered, func(c *Case) error { return c.Accept(cm, time.Time{}) },
			[]string{"dispute.step.time_missing"}},
		{"time backwards", registered, func(c *Case) error { return c.Accept(cm, at(-1)) },
			[]string{"dispute.step.time_backwards"}},
		{"decline without reason", registered, func(c *Case) error { return c.Decline(0, "", at(1)) },
			[]string{"dispute.decline.reason_invalid"}},
		{"decline once accepted", accepted, func(c *Case) error { return c.Decline(DeclineReasonOutsideRemit, "", at(1)) },
			[]string{"transition"}},
		{"refusal by no party", registered, func(c *Case) error { return c.Refuse(2, "", at(1)) },
			[]string{"dispute.party.index_invalid"}},
		{"refusal once mediating", mediating, func(c *Case) error { return c.Refuse(0, "", at(1)) },
			[]string{"transition"}},
		{"mediator of another committee", accepted, func(c *Case) error {
			other := testCommittee()
			other.Unit = governance.MustParseCode("520113001002")
			return c.Assign(other, Mediator{Person: "m1"}, at(1))
		}, []string{"dispute.mediator.other_committee"}},
		{"mediator not a member", accepted, func(c *Case) error { return c.Assign(cm, Mediator{Person: "x"}, at(1)) },
			[]string{"dispute.mediator.not_member"}},
		{"mediator who is a party", accepted, func(c *Case) error {
			cm := testCommittee()
			cm.Members = append(cm.Members, Member{Person: "p2", Name: "钱二", Sex: governance.SexMale})
			return c.Assign(cm, Mediator{Person: "p2"}, at(1))
		}, []string{"dispute.mediator.is_party"}},
		{"mediator related to a party", accepted, func(c *Case) error { return c.Assign(cm, Mediator{Person: "m3"}, at(1)) },
			[]string{"dispute.mediator.related"}},
		{"mediator twice", assigned, func(c *Case) error { return c.Assign(cm, Mediator{Person: "m1"}, at(1)) },
			[]string{"dispute.mediator.twice"}},
		{"mediator chosen by no party", accepted, func(c *Case) error {
			return c.Assign(cm, Mediator{Person: "m2", ChosenBy: []int{1, 1, 5}}, at(1))
		}, []string{"dispute.party.index_twice", "dispute.party.index_invalid"}},
		{"session without mediator or party", assigned, func(c *Case) error { return c.Hold(Session{}, at(1)) },
			[]string{"dispute.session.no_mediator", "dispute.session.no_party"}},
		{"session before any assignment", accepted, func(c *Case) error {
			return c.Hold(Session{Parties: []int{0}, Mediators: []governance.PersonID{"m1"}}, at(1))
		}, []string{"dispute.session.not_mediator"}},
		{"session with a mediator twice and no such party", assigned, func(c *Case) error {
			return c.Hold(Session{Parties: []int{0, 3}, Mediators: []governance.PersonID{"m1", "m1"}}, at(1))
		}, []string{"dispute.party.index_invalid", "dispute.session.mediator_twice"}},
		{"extension asked by one party", mediating, func(c *Case) error { return c.Extend([]int{0}, at(1)) },
			[]string{"dispute.extend.party_missing"}},
		{"extension twice", func() *Case {
			c := mediating()
			must(c.Extend([]int{1, 0}, at(1)))
			return c
		}, func(c *Case) error { return c.Extend([]int{0, 1}, at(2)) }, []string{"dispute.extend.exhausted"}},
		{"agreement before a session", assigned, func(c *Case) error { return c.Agree(oral(), at(1)) },
			[]string{"transition"}},
		{"oral agreement performed later", mediating, func(c *Case) error {
			a := oral()
			a.Immediate, a.PerformBy = false, at(5)
			return c.Agree(a, at(1))
		}, []string{"dispute.agreement.written_required.deferred"}},
		{"oral agreement a party wants written", mediating, func(c *Case) error {
			a := oral()
			a.WrittenRequested = true
			return c.Agree(a, at(1))
		}, []string{"dispute.agreement.written_required.requested"}},
		{"oral agreement with many people", major(func(in *Intake) { in.People = 5 }), func(c *Case) error {
			return c.Agree(oral(), at(1))
		}, []string{"dispute.agreement.written_required.major_people"}},
		{"oral agreement on a medical dispute", major(func(in *Intake) { in.Category = CategoryMedical }), func(c *Case) error {
			return c.Agree(oral(), at(1))
		}, []string{"dispute.agreement.written_required.major_category"}},
		{"empty written agreement", mediating, func(c *Case) error { return c.Agree(Agreement{Form: FormWritten}, at(1)) },
			[]string{"dispute.agreement.facts_missing", "dispute.agreement.manner_missing",
				"dispute.agreement.perform_by_missing", "dispute.agreement.terms_missing"}},
		{"agreement without form, deadline passed", mediating, func(c *Case) error {
			a := written(at(0))
			a.Form, a.PerformBy = 0, at(1)
			return c.Agree(a, at(1))
		}, []string{"dispute.agreement.form_invalid", "dispute.agreement.perform_by_past"}},
		{"immediate agreement with a deadline", mediating, func(c *Case) error {
			a := oral()
			a.PerformBy = at(3)
			return c.Agree(a, at(1))
		}, []string{"dispute.agreement.perform_by_immediate"}},
		{"signing an oral agreement", agreedOral, func(c *Case) error { return c.Sign(0, at(1)) },
			[]string{"dispute.signature.oral"}},
		{"sealing an oral agreement", agreedOral, func(c *Case) error { return c.Seal(at(1)) },
			[]string{"dispute.signature.oral"}},
		{"signing twice", agreedWritten, func(c *Case) error { return c.Sign(1, at(2)) },
			[]string{"dispute.signature.twice"}},
		{"signing for no party", agreedUnsigned, func(c *Case) error { return c.Sign(-1, at(2)) },
			[]string{"dispute.party.index_invalid"}},
		{"signing by a non-mediator", agreedUnsigned, func(c *Case) error { return c.SignMediator("m2", at(2)) },
			[]string{"dispute.signature.not_mediator"}},
		{"mediator signing twice", agreedWritten, func(c *Case) error { return c.SignMediator("m1", at(2)) },
			[]string{"dispute.signature.twice"}},
		{"sealing twice", agreedWritten, func(c *Case) error { return c.Seal(at(2)) },
			[]string{"dispute.seal.twice"}},
		{"performing an unsigned agreement", agreedUnsigned, func(c *Case) error { return c.Perform("", at(2)) },
			[]string{"dispute.agreement.not_in_effect"}},
		{"non-performance before the deadline", agreedWritten, func(c *Case) error { return c.Breach(RemedyLitigation, "", at(7)) },
			[]string{"dispute.breach.before_deadline"}},
		{"non-performance without remedy", agreedWritten, func(c *Case) error { return c.Breach(0, "", at(9)) },
			[]string{"dispute.breach.remedy_invalid"}},
		{"termination without reason or routes", mediating, func(c *Case) error { return c.Terminate(Termination{}, at(1)) },
			[]string{"dispute.termination.reason_invalid", "dispute.termination.routes_missing"}},
		{"withdrawal by nobody", mediating, func(c *Case) error {
			return c.Terminate(Termination{Reason: TerminationReasonPartyWithdrew, Routes: []Route{RouteLitigation}}, at(1))
		}, []string{"dispute.termination.party_missing"}},
		{"no agreement, naming a party, routes twice", mediating, func(c *Case) error {
			return c.Terminate(Termination{Reason: TerminationReasonNoAgreement, Parties: []int{0},
				Routes: []Route{RouteLitigation, RouteLitigation, 0}}, at(1))
		}, []string{"dispute.termination.party_unexpected", "dispute.termination.route_twice", "dispute.termination.route_invalid"}},
		{"terminating an agreement in effect", agreedWritten, func(c *Case) error {
			return c.Terminate(Termination{Reason: TerminationReasonNoAgreement, Routes: []Route{RouteLitigation}}, at(2))
		}, []string{"dispute.termination.agreement_in_effect"}},
		{"confirmation of an unsigned agreement, no court", agreedUnsigned, func(c *Case) error { return c.ApplyForConfirmation("", at(2)) },
			[]string{"dispute.agreement.not_in_effect", "dispute.confirmation.court_missing"}},
		{"confirmation on the day the window closed", agreedWritten, func(c *Case) error {
			return c.ApplyForConfirmation("某区人民法院", time.Date(2025, 4, 11, 0, 0, 0, 0, shanghai))
		}, []string{"dispute.confirmation.too_late"}},
		{"confirmation twice", func() *Case {
			c := agreedWritten()
			must(c.ApplyForConfirmation("某区人民法院", at(2)))
			return c
		}, func(c *Case) error { return c.ApplyForConfirmation("某区人民法院", at(3)) }, []string{"dispute.confirmation.twice"}},
		{"confirmation of a marriage", func() *Case {
			c := mediating()
			a := written(at(1))
			a.Concerns = NewMatterSet(MatterMarriage)
			must(c.Agree(a, at(1)))
			must(c.Sign(0, at(1)))
			must(c.Sign(1, at(1)))
			must(c.SignMediator("m1", at(1)))
			must(c.Seal(at(1)))
			return c
		}, func(c *Case) error { return c.ApplyForConfirmation("某区人民法院", at(2)) }, []string{"dispute.confirmation.excluded"}},
		{"ruling without application", agreedWritten, func(c *Case) error { return c.RecordRuling(RulingAccepted, at(2)) },
			[]string{"dispute.confirmation.not_applied"}},
		{"ruling unknown", agreedWritten, func(c *Case) error { return c.RecordRuling(0, at(2)) },
			[]string{"dispute.ruling.invalid"}},
		{"confirmed before accepted", func() *Case {
			c := agreedWritten()
			must(c.ApplyForConfirmation("某区人民法院", at(2)))
			return c
		}, func(c *Case) error { return c.RecordRuling(RulingConfirmed, at(3)) }, []string{"dispute.ruling.before_acceptance"}},
		{"confirmed after not accepted", func() *Case {
			c := agreedWritten()
			must(c.ApplyForConfirmation("某区人民法院", at(2)))
			must(c.RecordRuling(RulingNotAccepted, at(3)))
			return c
		}, func(c *Case) error { return c.RecordRuling(RulingConfirmed, at(4)) }, []string{"dispute.ruling.out_of_order"}},
		{"closing while the court decides", func() *Case {
			c := agreedWritten()
			must(c.ApplyForConfirmation("某区人民法院", at(2)))
			must(c.Perform("", at(3)))
			must(c.Visit("", at(4)))
			return c
		}, func(c *Case) error { return c.Close(at(5)) }, []string{"dispute.close.confirmation_pending"}},
		{"visit before performance", agreedWritten, func(c *Case) error { return c.Visit("", at(5)) },
			[]string{"transition"}},
		{"grading no risk", registered, func(c *Case) error { return c.GradeRisk(0, "", at(1)) },
			[]string{"dispute.risk.invalid"}},
		{"reporting to nobody", registered, func(c *Case) error { return c.ReportToPolice(PoliceReport{}, at(1)) },
			[]string{"dispute.police.station_missing"}},
		{"prevention without a grade", registered, func(c *Case) error { return c.Defuse("", at(1)) },
			[]string{"dispute.defuse.not_graded"}},
		{"prevention twice", func() *Case {
			c := registered()
			must(c.GradeRisk(RiskOrange, "", at(0, 1)))
			must(c.Defuse("", at(0, 2)))
			return c
		}, func(c *Case) error { return c.Defuse("", at(1)) }, []string{"dispute.defuse.twice"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.setup()
			err := try(t, c, tc.step)
			got := codes(err)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			slices.Sort(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("codes (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}

func TestStepErrorUnwrap(t *testing.T) {
	c := agreedWritten()
	late := time.Date(2025, 4, 11, 0, 0, 0, 0, shanghai)
	err := c.ApplyForConfirmation("某区人民法院", late)
	if !errors.Is(err, governance.Problem{Code: "dispute.confirmation.too_late"}) {
		t.Errorf("errors.Is does not find the problem in %v", err)
	}
	want := "dispute: case: cannot apply_confirmation in state agreed: at: past the 30 days after the agreement took effect (the last day was 2025-04-10)"
	if err.Error() != want {
		t.Errorf("Error() =\n%s\nwant\n%s", err, want)
	}
	var se *StepError
	if !errors.As(err, &se) {
		t.Fatalf("%T is not a *StepError", err)
	}
	if want, got := "at: 已超过协议生效后30日的申请期限（最后一日为2025-04-10）", se.Problems[0].Message(language.SimplifiedChinese); got != want {
		t.Errorf("Message(zh) = %s, want %s", got, want)
	}
}

func TestRefusal(t *testing.T) {
	c := mustRegister(testIntake())
	must(c.Refuse(1, "不愿调解", at(0, 1)))
	if c.State() != StateRefused || c.Outcome() != OutcomeRefused {
		t.Errorf("state %v outcome %v", c.State(), c.Outcome())
	}
	if h := c.History(); h[1].Actor != "p2" || h[1].Note != "不愿调解" {
		t.Errorf("step %+v", h[1])
	}
	if err := try(t, c, func(c *Case) error { return c.GradeRisk(RiskYellow, "", at(1)) }); err == nil {
		t.Errorf("a refused case moved on")
	}
}

func TestPeriodEnd(t *testing.T) {
	d := func(y int, m time.Month, day, h int) time.Time { return time.Date(y, m, day, h, 0, 0, 0, shanghai) }
	for _, tc := range []struct {
		at           time.Time
		months, days int
		want         time.Time
	}{
		{d(2025, 3, 10, 9), 1, 0, d(2025, 4, 11, 0)},
		{d(2025, 1, 31, 9), 1, 0, d(2025, 3, 1, 0)},   // 28 February is the last day
		{d(2024, 1, 31, 9), 1, 0, d(2024, 3, 1, 0)},   // 29 February is the last day
		{d(2025, 12, 15, 9), 1, 0, d(2026, 1, 16, 0)}, // across the year
		{d(2025, 11, 30, 9), 3, 0, d(2026, 3, 1, 0)},
		{d(2025, 3, 11, 10), 0, 30, d(2025, 4, 11, 0)},
		{d(2025, 3, 11, 0), 0, 3, d(2025, 3, 15, 0)},
	} {
		if got := periodEnd(tc.at, tc.months, tc.days); !got.Equal(tc.want) {
			t.Errorf("periodEnd(%v, %d, %d) = %v, want %v", tc.at, tc.months, tc.days, got, tc.want)
		}
	}
}

func TestDueAndOverdue(t *testing.T) {
	c := mediating()
	due := time.Date(2025, 4, 11, 0, 0, 0, 0, shanghai)
	if !c.Due().Equal(due) {
		t.Errorf("Due = %v, want %v", c.Due(), due)
	}
	if c.Overdue(due.Add(-time.Nanosecond)) || !c.Overdue(due) {
		t.Errorf("Overdue around %v is wrong", due)
	}
	must(c.Extend([]int{0, 1}, due.Add(-time.Hour)))
	if want := time.Date(2025, 5, 11, 0, 0, 0, 0, shanghai); !c.Due().Equal(want) || c.Overdue(due) {
		t.Errorf("extended Due = %v, want %v", c.Due(), want)
	}
	must(c.Agree(oral(), due.Add(time.Hour)))
	if c.Overdue(due.AddDate(1, 0, 0)) {
		t.Errorf("an agreed case is overdue")
	}
	if mustRegister(testIntake()).Overdue(due.AddDate(1, 0, 0)) {
		t.Errorf("a case not yet accepted is overdue")
	}
}

func TestCourtTimes(t *testing.T) {
	c := agreedWritten()
	must(c.ApplyForConfirmation("某区人民法院", at(2)))
	cf, _ := c.Confirmation()
	if !cf.Pending() || cf.CourtOverdue(cf.AcceptBy.Add(-time.Second)) || !cf.CourtOverdue(cf.AcceptBy) {
		t.Errorf("acceptance time: %+v", cf)
	}
	must(c.RecordRuling(RulingAccepted, at(4)))
	must(c.RecordRuling(RulingExtended, at(18)))
	cf, _ = c.Confirmation()
	// accepted 14 March: 15 days end on 29 March, 10 more on 8 April.
	if want := time.Date(2025, 4, 9, 0, 0, 0, 0, shanghai); !cf.DecideBy.Equal(want) || !cf.Extended {
		t.Errorf("DecideBy = %v, want %v", cf.DecideBy, want)
	}
	if err := try(t, c, func(c *Case) error { return c.RecordRuling(RulingExtended, at(19)) }); err == nil {
		t.Errorf("second extension accepted")
	}
	must(c.RecordRuling(RulingRejected, at(20)))
	cf, _ = c.Confirmation()
	if cf.Pending() || cf.CourtOverdue(at(100)) {
		t.Errorf("decided confirmation still pending: %+v", cf)
	}
}

func TestDaysIn(t *testing.T) {
	for y := 1896; y <= 2404; y++ {
		for m := time.January; m <= time.December; m++ {
			if want := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); daysIn(y, m) != want {
				t.Fatalf("daysIn(%d, %v) = %d, want %d", y, m, daysIn(y, m), want)
			}
		}
	}
}

func TestLastDay(t *testing.T) {
	d := governance.MustParseDate
	utc := time.UTC
	for _, tc := range []struct {
		end  time.Time
		want governance.Date
	}{
		{time.Date(2025, 3, 1, 0, 0, 0, 0, shanghai), d("2025-02-28")},         // a deadline: midnight ends the day before
		{time.Date(2025, 1, 1, 0, 0, 0, 0, shanghai), d("2024-12-31")},         // across the year
		{time.Date(2025, 3, 17, 18, 0, 0, 0, shanghai), d("2025-03-17")},       // an instant during the day
		{time.Date(2025, 3, 17, 0, 0, 0, 1, shanghai), d("2025-03-17")},        // just after midnight
		{time.Date(2025, 3, 1, 8, 0, 0, 0, shanghai).In(utc), d("2025-02-28")}, // in the instant's own zone: midnight UTC
		{time.Time{}, governance.Date{}},
	} {
		if got := LastDay(tc.end); got != tc.want {
			t.Errorf("LastDay(%v) = %v, want %v", tc.end, got, tc.want)
		}
	}
	// Each deadline's last day is the day before its date.
	c := agreedWritten()
	must(c.ApplyForConfirmation("某区人民法院", at(2)))
	deadline, _ := c.ConfirmationDeadline()
	cf, _ := c.Confirmation()
	got := []governance.Date{LastDay(c.Due()), LastDay(deadline), LastDay(cf.AcceptBy)}
	want := []governance.Date{d("2025-04-10"), d("2025-04-10"), d("2025-03-15")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("last days (-want +got):\n%s", diff)
	}
}

// Problems pass enums, days and instants as values, which messages show as
// labels in the reader's language, "2006-01-02" and "2006-01-02 15:04".
func TestProblemMessagesReadWell(t *testing.T) {
	firstProblem := func(t *testing.T, err error) governance.Problem {
		t.Helper()
		var se *StepError
		var ps governance.Problems
		switch {
		case errors.As(err, &se):
			return se.Problems[0]
		case errors.As(err, &ps):
			return ps[0]
		}
		t.Fatalf("no problem in %v", err)
		panic("unreachable")
	}
	restore := func(edit func(*CaseRecord)) error {
		r := agreedWritten().Record()
		edit(&r)
		_, err := RestoreCase(r)
		return err
	}
	for _, tc := range []struct {
		name   string
		err    error
		en, zh string
	}{
		{"instant", mediating().Hold(Session{Parties: []int{0}, Mediators: []governance.PersonID{"m1"}}, at(0, 1)),
			"at: before the last step, taken at 2025-03-10 11:00",
			"at: 早于上一步（2025-03-10 11:00）"},
		{"deadline of performance", func() error {
			a := written(at(0))
			a.PerformBy = at(0, 3)
			return mediating().Agree(a, at(0, 3))
		}(),
			"agreement.performBy: the deadline of performance, 2025-03-10 12:00, is not after the agreement",
			"agreement.performBy: 履行期限（2025-03-10 12:00）不晚于达成协议的时间"},
		{"breach before the deadline", agreedWritten().Breach(RemedyLitigation, "", at(2)),
			"at: the deadline of performance, 2025-03-18 09:00, has not passed",
			"at: 履行期限（2025-03-18 09:00）尚未届满"},
		{"ruling out of order", func() error {
			c := agreedWritten()
			must(c.ApplyForConfirmation("某区人民法院", at(2)))
			must(c.RecordRuling(RulingAccepted, at(3)))
			must(c.RecordRuling(RulingRejected, at(4)))
			return c.RecordRuling(RulingConfirmed, at(5))
		}(),
			`ruling: the ruling "confirmed" cannot follow "rejected"`,
			"ruling: 法院裁定“确认有效”不能接在“驳回申请”之后"},
		{"ruling before acceptance", func() error {
			c := agreedWritten()
			must(c.ApplyForConfirmation("某区人民法院", at(2)))
			return c.RecordRuling(RulingExtended, at(3))
		}(),
			`ruling: "time extended" cannot come before the court has accepted the application`,
			"ruling: 法院受理申请之前不能记录“延长审查期限”"},
		{"history step", restore(func(r *CaseRecord) { r.History[3].To = StateClosed }),
			`history[3]: the workflow has no step "hold a session" from "accepted" to "closed"`,
			"history[3]: 流程不允许从“已受理”经“召开调解会”到“已结案”"},
		{"state", restore(func(r *CaseRecord) { r.State = StatePerformed }),
			`state: the state is "performed", but the history ends in "agreed"`,
			"state: 状态“已履行”与办理记录的结果“达成协议”不符"},
		{"invalid state", restore(func(r *CaseRecord) { r.State = State(99) }),
			`state: the state is "unknown(99)", but the history ends in "agreed"`,
			"state: 状态“unknown(99)”与办理记录的结果“达成协议”不符"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := firstProblem(t, tc.err)
			if got := p.Message(language.English); got != tc.en {
				t.Errorf("en:\n got %s\nwant %s", got, tc.en)
			}
			if got := p.Message(language.SimplifiedChinese); got != tc.zh {
				t.Errorf("zh:\n got %s\nwant %s", got, tc.zh)
			}
		})
	}
}
