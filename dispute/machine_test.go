package dispute

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

// modelNext restates the case workflow as the specification the machine
// test holds the implementation to: the state each verb leads to, from each
// state it is allowed in.
func modelNext(s State, v Verb) (State, bool) {
	in := func(ss ...State) bool { return slices.Contains(ss, s) }
	open := !in(StateDeclined, StateRefused, StateClosed)
	switch v {
	case VerbAccept:
		return StateAccepted, in(StateRegistered)
	case VerbDecline:
		return StateDeclined, in(StateRegistered)
	case VerbRefuse:
		return StateRefused, in(StateRegistered, StateAccepted)
	case VerbAssign, VerbExtend:
		return s, in(StateAccepted, StateMediating)
	case VerbHold:
		return StateMediating, in(StateAccepted, StateMediating)
	case VerbAgree:
		return StateAgreed, in(StateMediating)
	case VerbSign, VerbSignMediator, VerbSeal:
		return s, in(StateAgreed)
	case VerbTerminate:
		return StateTerminated, in(StateAccepted, StateMediating, StateAgreed)
	case VerbPerform:
		return StatePerformed, in(StateAgreed)
	case VerbBreach:
		return StateUnperformed, in(StateAgreed)
	case VerbApplyConfirmation:
		return s, in(StateAgreed, StateUnperformed)
	case VerbRule:
		return s, in(StateAgreed, StatePerformed, StateUnperformed, StateVisited)
	case VerbVisit:
		return StateVisited, in(StatePerformed, StateUnperformed, StateTerminated)
	case VerbClose:
		return StateClosed, in(StateVisited, StateTerminated)
	case VerbGradeRisk, VerbReportPolice, VerbDefuse:
		return s, open
	}
	return 0, false
}

// machine drives one case through random steps, valid and invalid, and
// holds it to a simple model.
type machine struct {
	c       *Case
	cm      Committee
	now     time.Time
	state   State
	pending bool
	risk    Risk
	outcome Outcome
	steps   int
}

func newMachine() *machine {
	cm := testCommittee()
	cm.Members = append(cm.Members, Member{Person: "p2", Name: "钱二", Sex: governance.SexMale})
	// The first party gave an identity number and a phone, which storage
	// must keep and the case's own JSON must mask.
	in := testIntake()
	in.Parties[0].Person.IDNumber = governance.MustParseResidentID(testIDNumber)
	in.Parties[0].Person.Phone = governance.MustParsePhone(testPhone)
	return &machine{c: mustRegister(in), cm: cm, now: t0, state: StateRegistered, outcome: OutcomePending, steps: 1}
}

// when returns the instant of the next step: usually now, sometimes an
// instant before the last step, which must be refused.
func (m *machine) when(t *rapid.T) time.Time {
	if rapid.IntRange(0, 9).Draw(t, "stale") == 0 {
		return m.c.r.History[len(m.c.r.History)-1].At.Add(-time.Minute)
	}
	return m.now
}

// apply runs a step and checks it against the model.
func (m *machine) apply(t *rapid.T, verb Verb, at time.Time, step func() error) {
	before := m.c.Record()
	err := step()
	to, allowed := modelNext(m.state, verb)
	if err != nil {
		if !errors.Is(err, governance.ErrInvalidTransition) {
			t.Fatalf("%v: error %v does not wrap ErrInvalidTransition", verb, err)
		}
		if diff := cmp.Diff(before, m.c.Record(), cmpOpts...); diff != "" {
			t.Fatalf("%v: refused step changed the case (-before +after):\n%s", verb, diff)
		}
		if !allowed && codes(err)[0] != "transition" {
			t.Fatalf("%v in %v: %v is not a transition error", verb, m.state, err)
		}
		return
	}
	switch {
	case !allowed:
		t.Fatalf("%v succeeded in %v", verb, m.state)
	case m.pending && verb != VerbReportPolice:
		t.Fatalf("%v succeeded while a police report was pending", verb)
	case at.Before(before.History[len(before.History)-1].At):
		t.Fatalf("%v succeeded at %v, before the last step", verb, at)
	}
	m.steps++
	last := m.c.r.History[len(m.c.r.History)-1]
	if want := (Step{At: at, Verb: verb, From: m.state, To: to}); last.Verb != want.Verb || last.From != want.From || last.To != want.To || !last.At.Equal(at) {
		t.Fatalf("last step %+v, want %+v", last, want)
	}
	m.state = to
	switch verb {
	case VerbDecline:
		m.outcome = OutcomeDeclined
	case VerbRefuse:
		m.outcome = OutcomeRefused
	case VerbAgree:
		m.outcome = OutcomeAgreed
	case VerbTerminate:
		m.outcome = OutcomeTerminated
	case VerbPerform:
		m.outcome = OutcomePerformed
	case VerbBreach:
		m.outcome = OutcomeUnperformed
	case VerbReportPolice:
		m.pending = false
	case VerbGradeRisk:
		r := m.c.Risk()
		m.pending = r == RiskRed && m.risk != RiskRed
		m.risk = r
	}
}

// The draws are mostly valid, so that cases get far, and sometimes not, so
// that refusals are tried everywhere.

func drawParty(t *rapid.T, label string) int {
	if rapid.IntRange(0, 4).Draw(t, label+"Valid") > 0 {
		return rapid.IntRange(0, 1).Draw(t, label)
	}
	return rapid.SampledFrom([]int{-1, 2}).Draw(t, label)
}

func drawParties(t *rapid.T, label string) []int {
	if rapid.IntRange(0, 4).Draw(t, label+"Valid") > 0 {
		return rapid.SampledFrom([][]int{{0, 1}, {1, 0}, {0}, {1}}).Draw(t, label)
	}
	return rapid.SliceOfN(rapid.IntRange(-1, 2), 0, 3).Draw(t, label)
}

func drawPerson(t *rapid.T, label string) governance.PersonID {
	if rapid.IntRange(0, 3).Draw(t, label+"Valid") > 0 {
		return rapid.SampledFrom([]governance.PersonID{"m1", "m2"}).Draw(t, label)
	}
	return rapid.SampledFrom([]governance.PersonID{"m3", "p2", "x"}).Draw(t, label)
}

// drawMediators returns mostly assigned mediators.
func (m *machine) drawMediators(t *rapid.T) []governance.PersonID {
	if len(m.c.r.Mediators) > 0 && rapid.IntRange(0, 4).Draw(t, "mediatorsValid") > 0 {
		return []governance.PersonID{rapid.SampledFrom(m.c.r.Mediators).Draw(t, "mediator").Person}
	}
	return rapid.SliceOfN(rapid.Custom(func(t *rapid.T) governance.PersonID { return drawPerson(t, "m") }), 0, 2).Draw(t, "mediators")
}

func drawTermination(t *rapid.T) Termination {
	if rapid.IntRange(0, 3).Draw(t, "terminationValid") > 0 {
		r := TerminationReason(rapid.IntRange(1, 4).Draw(t, "reason"))
		tm := Termination{Reason: r, Routes: []Route{RouteLitigation, RouteArbitration}}
		if r == TerminationReasonPartyRefused || r == TerminationReasonPartyWithdrew {
			tm.Parties = []int{drawParty(t, "party")}
		}
		return tm
	}
	return Termination{
		Reason:  TerminationReason(rapid.IntRange(0, 4).Draw(t, "reason")),
		Parties: drawParties(t, "parties"),
		Routes:  rapid.SliceOfN(rapid.Custom(func(t *rapid.T) Route { return Route(rapid.IntRange(0, 4).Draw(t, "route")) }), 0, 2).Draw(t, "routes"),
	}
}

// verbActions names the action that takes each verb.
var verbActions = map[Verb]string{
	VerbAccept: "accept", VerbDecline: "decline", VerbRefuse: "refuse", VerbAssign: "assign",
	VerbHold: "hold", VerbExtend: "extend", VerbAgree: "agree", VerbSign: "sign",
	VerbSignMediator: "signMediator", VerbSeal: "seal", VerbTerminate: "terminate",
	VerbPerform: "perform", VerbBreach: "breach", VerbVisit: "visit", VerbClose: "close",
	VerbApplyConfirmation: "applyConfirmation", VerbRule: "rule", VerbGradeRisk: "gradeRisk",
	VerbReportPolice: "reportPolice", VerbDefuse: "defuse",
}

// actions are what the machine test repeats: let time pass, take any verb
// (allowed now or not), or take a verb the model allows now — weighted, by
// being listed several times, so that cases get far.
func (m *machine) actions() map[string]func(*rapid.T) {
	verbs := m.verbActions()
	names := slices.Sorted(maps.Keys(verbs))
	anyVerb := func(t *rapid.T) { verbs[rapid.SampledFrom(names).Draw(t, "any")](t) }
	next := func(t *rapid.T) {
		var allowed []string
		for v := range Verbs() {
			if _, ok := modelNext(m.state, v); ok && v != VerbRegister {
				allowed = append(allowed, verbActions[v])
			}
		}
		switch {
		case len(allowed) == 0:
			anyVerb(t)
		case rapid.IntRange(0, 3).Draw(t, "forward") > 0:
			verbs[m.forward(t)](t)
		default:
			verbs[rapid.SampledFrom(allowed).Draw(t, "allowed")](t)
		}
	}
	return map[string]func(*rapid.T){
		"advance": func(t *rapid.T) {
			// from an hour to past a month, so that due dates, deadlines of
			// performance and the confirmation window are crossed
			m.now = m.now.Add(rapid.SampledFrom([]time.Duration{
				time.Minute, time.Hour, 26 * time.Hour, 8 * 24 * time.Hour, 32 * 24 * time.Hour,
			}).Draw(t, "advance"))
		},
		"any1": anyVerb, "any2": anyVerb,
		"next1": next, "next2": next, "next3": next, "next4": next, "next5": next, "next6": next,
		"": func(t *rapid.T) { m.check(t) },
	}
}

// forward returns the action that moves the case on along the usual path.
func (m *machine) forward(t *rapid.T) string {
	r := m.c.r
	switch m.state {
	case StateRegistered:
		return "accept"
	case StateAccepted:
		if len(r.Mediators) == 0 {
			return "assign"
		}
		return "hold"
	case StateMediating:
		return "agree"
	case StateAgreed:
		if _, ok := m.c.Effective(); !ok {
			return rapid.SampledFrom([]string{"sign", "signMediator", "seal"}).Draw(t, "signing")
		}
		if r.Confirmation == nil || !r.Confirmation.Pending() {
			return rapid.SampledFrom([]string{"perform", "breach", "applyConfirmation"}).Draw(t, "then")
		}
		return rapid.SampledFrom([]string{"perform", "breach", "rule"}).Draw(t, "then")
	case StatePerformed, StateUnperformed:
		return "visit"
	case StateVisited:
		if r.Confirmation != nil && r.Confirmation.Pending() {
			return "rule"
		}
		return "close"
	}
	return "close"
}

func (m *machine) verbActions() map[string]func(*rapid.T) {
	return map[string]func(*rapid.T){
		"accept": func(t *rapid.T) {
			at := m.when(t)
			cm := m.cm
			if rapid.IntRange(0, 5).Draw(t, "noUnit") == 0 {
				cm.Unit = ""
			}
			m.apply(t, VerbAccept, at, func() error { return m.c.Accept(cm, at) })
		},
		"decline": func(t *rapid.T) {
			at, r := m.when(t), DeclineReason(rapid.IntRange(0, 3).Draw(t, "reason"))
			m.apply(t, VerbDecline, at, func() error { return m.c.Decline(r, "", at) })
		},
		"refuse": func(t *rapid.T) {
			at, p := m.when(t), drawParty(t, "party")
			m.apply(t, VerbRefuse, at, func() error { return m.c.Refuse(p, "", at) })
		},
		"assign": func(t *rapid.T) {
			at := m.when(t)
			med := Mediator{Person: drawPerson(t, "mediator"), ChosenBy: drawParties(t, "chosenBy")}
			m.apply(t, VerbAssign, at, func() error { return m.c.Assign(m.cm, med, at) })
		},
		"hold": func(t *rapid.T) {
			at := m.when(t)
			s := Session{
				Parties:   drawParties(t, "parties"),
				Mediators: m.drawMediators(t),
				Public:    rapid.Bool().Draw(t, "public"),
			}
			m.apply(t, VerbHold, at, func() error { return m.c.Hold(s, at) })
		},
		"extend": func(t *rapid.T) {
			at, ps := m.when(t), drawParties(t, "requestedBy")
			m.apply(t, VerbExtend, at, func() error { return m.c.Extend(ps, at) })
		},
		"agree": func(t *rapid.T) {
			at := m.when(t)
			a := written(at)
			if rapid.Bool().Draw(t, "oral") {
				a = oral()
			}
			if rapid.IntRange(0, 9).Draw(t, "past") == 0 {
				a.Immediate, a.PerformBy = false, at
			}
			a.WrittenRequested = rapid.IntRange(0, 9).Draw(t, "requested") == 0
			m.apply(t, VerbAgree, at, func() error { return m.c.Agree(a, at) })
		},
		"sign": func(t *rapid.T) {
			at, p := m.when(t), drawParty(t, "party")
			m.apply(t, VerbSign, at, func() error { return m.c.Sign(p, at) })
		},
		"signMediator": func(t *rapid.T) {
			at, p := m.when(t), drawPerson(t, "mediator")
			m.apply(t, VerbSignMediator, at, func() error { return m.c.SignMediator(p, at) })
		},
		"seal": func(t *rapid.T) {
			at := m.when(t)
			m.apply(t, VerbSeal, at, func() error { return m.c.Seal(at) })
		},
		"terminate": func(t *rapid.T) {
			at := m.when(t)
			tm := drawTermination(t)
			m.apply(t, VerbTerminate, at, func() error { return m.c.Terminate(tm, at) })
		},
		"perform": func(t *rapid.T) {
			at := m.when(t)
			m.apply(t, VerbPerform, at, func() error { return m.c.Perform("", at) })
		},
		"breach": func(t *rapid.T) {
			at, r := m.when(t), Remedy(rapid.IntRange(0, 5).Draw(t, "remedy"))
			m.apply(t, VerbBreach, at, func() error { return m.c.Breach(r, "", at) })
		},
		"visit": func(t *rapid.T) {
			at := m.when(t)
			m.apply(t, VerbVisit, at, func() error { return m.c.Visit("", at) })
		},
		"close": func(t *rapid.T) {
			at := m.when(t)
			m.apply(t, VerbClose, at, func() error { return m.c.Close(at) })
		},
		"applyConfirmation": func(t *rapid.T) {
			at := m.when(t)
			m.apply(t, VerbApplyConfirmation, at, func() error { return m.c.ApplyForConfirmation("某区人民法院", at) })
		},
		"rule": func(t *rapid.T) {
			at, r := m.when(t), Ruling(rapid.IntRange(0, 5).Draw(t, "ruling"))
			if cf := m.c.r.Confirmation; cf != nil && rapid.Bool().Draw(t, "next") {
				r = map[Ruling]Ruling{0: RulingAccepted, RulingAccepted: RulingExtended, RulingExtended: RulingConfirmed}[cf.Ruling]
			}
			m.apply(t, VerbRule, at, func() error { return m.c.RecordRuling(r, at) })
		},
		"gradeRisk": func(t *rapid.T) {
			at, r := m.when(t), Risk(rapid.IntRange(0, 3).Draw(t, "risk"))
			m.apply(t, VerbGradeRisk, at, func() error { return m.c.GradeRisk(r, "", at) })
		},
		"reportPolice": func(t *rapid.T) {
			at := m.when(t)
			m.apply(t, VerbReportPolice, at, func() error { return m.c.ReportToPolice(PoliceReport{Station: "某派出所"}, at) })
		},
		"defuse": func(t *rapid.T) {
			at := m.when(t)
			m.apply(t, VerbDefuse, at, func() error { return m.c.Defuse("", at) })
		},
	}
}

// check holds the case to the model and to its own records.
func (m *machine) check(t *rapid.T) {
	c := m.c
	if c.State() != m.state || c.ReportPending() != m.pending || c.Outcome() != m.outcome || len(c.History()) != m.steps {
		t.Fatalf("case %v pending %v outcome %v steps %d; model %v %v %v %d",
			c.State(), c.ReportPending(), c.Outcome(), len(c.History()), m.state, m.pending, m.outcome, m.steps)
	}
	if caseFlow.Final(m.state) {
		for v := range c.Verbs() {
			t.Fatalf("final state %v allows %v", m.state, v)
		}
	}
	mediating := m.state == StateAccepted || m.state == StateMediating
	if c.Overdue(m.now) != (mediating && !m.now.Before(c.Due())) {
		t.Fatalf("Overdue(%v) = %v in %v, due %v", m.now, c.Overdue(m.now), m.state, c.Due())
	}
	if _, ok := c.Effective(); ok != (c.r.Agreement != nil && agreementComplete(c.r.Agreement)) {
		t.Fatalf("Effective = %v for %+v", ok, c.r.Agreement)
	}
	shown, err := json.Marshal(c)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	if bytes.Contains(shown, []byte(testIDNumber)) || bytes.Contains(shown, []byte(testPhone)) {
		t.Fatalf("the case's JSON shows a number in full: %s", shown)
	}
	b, err := json.Marshal(c.Record())
	if err != nil {
		t.Fatalf("marshal the record: %v", err)
	}
	var back Case
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
	if diff := cmp.Diff(c.Record(), back.Record(), cmpOpts...); diff != "" || back.Outcome() != c.Outcome() || back.Prevented() != c.Prevented() {
		t.Fatalf("JSON round trip (-want +got):\n%s", diff)
	}
}

// agreementComplete restates when an agreement takes effect.
func agreementComplete(a *AgreementRecord) bool {
	if a.Form == FormOral {
		return true
	}
	return !slices.ContainsFunc(a.PartySigned, time.Time.IsZero) && !a.MediatorSigned.IsZero() && !a.Sealed.IsZero()
}

func TestCaseMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := newMachine()
		t.Repeat(m.actions())
	})
}
