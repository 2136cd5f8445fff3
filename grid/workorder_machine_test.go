package grid

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

// allowed is the lifecycle of RULES.md §8 written out by hand, for the
// model: which verbs each state admits.
var allowed = map[Verb][]State{
	VerbDispatch:  {StateReceived, StateReturned},
	VerbDesignate: {StateReceived, StateReturned},
	VerbAccept:    {StateDispatched},
	VerbReturn:    {StateDispatched, StateAccepted},
	VerbExtend:    {StateDispatched, StateAccepted, StateSuspended},
	VerbSuspend:   {StateAccepted},
	VerbResume:    {StateSuspended},
	VerbResolve:   {StateAccepted},
	VerbReview:    {StateResolved},
	VerbReopen:    {StateReviewed},
	VerbClose:     {StateReviewed},
	VerbAnswer:    {StateReceived},
	VerbTransfer:  {StateReceived},
	VerbDecline:   {StateReceived},
	VerbSupervise: {StateReceived, StateDispatched, StateAccepted, StateReturned, StateSuspended},
	VerbTerminate: {StateReceived, StateDispatched, StateAccepted, StateReturned, StateSuspended},
}

// orderModel is what the state-machine test expects of an order.
type orderModel struct {
	state      State
	kind       Kind
	limit      Limit
	due        time.Time
	pausedAt   time.Time
	designated bool
	noReturn   bool
	feedback   Feedback
	supervised int
	maxSuper   int
	steps      int
	last       time.Time

	// for hour limits: the due instant is start + limit + extensions +
	// the paused time since start.
	start      time.Time
	extensions time.Duration
	pausedFor  time.Duration
}

type machine struct {
	w     *WorkOrder
	m     orderModel
	cal   *governance.Calendar
	clock time.Time
}

var (
	genText = rapid.SampledFrom([]string{"", "x", "某某单位"})
	genDept = rapid.SampledFrom([]Department{"", "d1", "d2"})
)

// instant draws the instant of the next verb: mostly later than the clock,
// sometimes the same, sometimes before it.
func (s *machine) instant(t *rapid.T) time.Time {
	switch rapid.IntRange(0, 9).Draw(t, "when") {
	case 0:
		return s.clock.Add(-time.Duration(rapid.IntRange(1, 120).Draw(t, "back")) * time.Minute)
	case 1:
		return s.clock
	}
	return s.clock.Add(time.Duration(rapid.IntRange(1, 72*60).Draw(t, "minutes")) * time.Minute)
}

func (s *machine) add(t *rapid.T, at time.Time, l Limit) time.Time {
	if l.Hours > 0 {
		return at.Add(time.Duration(l.Hours) * time.Hour)
	}
	d, err := s.cal.AddWorkdays(at, l.Workdays)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// unpause is the model's due instant once a pause ends at at.
func (s *machine) unpause(t *rapid.T, at time.Time) {
	if s.m.limit.Hours > 0 {
		s.m.due = s.m.due.Add(at.Sub(s.m.pausedAt))
	} else {
		n, err := s.cal.WorkdaysBetween(s.m.pausedAt, at)
		if err != nil {
			t.Fatal(err)
		}
		if n > 0 { // a pause within a day costs no workday
			s.m.due = s.add(t, s.m.due, Limit{Workdays: n})
		}
	}
	s.m.pausedFor += at.Sub(s.m.pausedAt)
	s.m.pausedAt = time.Time{}
}

func (s *machine) overdue(now time.Time) bool {
	switch s.m.state {
	case StateReceived, StateDispatched, StateAccepted:
		return now.After(s.m.due)
	case StateReturned, StateSuspended:
		return s.m.pausedAt.After(s.m.due)
	}
	return false
}

// try runs a verb: when ok (the model's verdict on arguments and guards)
// and the table and time allow it, it must succeed and apply does the
// model's part; otherwise it must fail and change nothing.
func (s *machine) try(t *rapid.T, v Verb, at time.Time, ok bool, do func() error, apply func()) {
	before := s.w.Record()
	inTable := slices.Contains(allowed[v], s.m.state)
	err := do()
	if inTable && ok && !at.Before(s.m.last) {
		if err != nil {
			t.Fatalf("%s from %s at %v: %v", v, s.m.state, at, err)
		}
		from := s.m.state
		apply()
		s.m.steps++
		s.m.last, s.clock = at, at
		step := s.w.history[len(s.w.history)-1].export(s.w.loc)
		if step.Verb != v || step.From != from || step.To != s.m.state || !step.At.Equal(at) || step.Actor == "" {
			t.Fatalf("step %+v after %s from %s", step, v, from)
		}
		return
	}
	if err == nil {
		t.Fatalf("%s from %s at %v (last %v, args ok %v) succeeded", v, s.m.state, at, s.m.last, ok)
	}
	if !inTable && !errors.Is(err, governance.ErrInvalidTransition) {
		t.Fatalf("%s from %s: %v does not wrap ErrInvalidTransition", v, s.m.state, err)
	}
	if diff := cmp.Diff(before, s.w.Record()); diff != "" {
		t.Fatalf("refused %s changed the order (-before +after):\n%s", v, diff)
	}
}

func (s *machine) dispatch(t *rapid.T, v Verb) {
	at, to := s.instant(t), genDept.Draw(t, "department")
	do := func() error {
		if v == VerbDesignate {
			return s.w.Designate(to, at)
		}
		return s.w.Dispatch(to, at)
	}
	s.try(t, v, at, to != "", do, func() {
		if s.m.state == StateReturned {
			s.unpause(t, at)
		}
		s.m.designated = v == VerbDesignate
		s.m.state = StateDispatched
	})
}

func (s *machine) pause(t *rapid.T, v Verb) {
	at, reason := s.instant(t), genText.Draw(t, "reason")
	ok := reason != ""
	if v == VerbReturn {
		ok = ok && !(s.m.designated && s.m.noReturn)
	}
	do := func() error {
		if v == VerbReturn {
			return s.w.Return(reason, at)
		}
		return s.w.Suspend(reason, at)
	}
	s.try(t, v, at, ok, do, func() {
		s.m.pausedAt = at
		s.m.state = map[Verb]State{VerbReturn: StateReturned, VerbSuspend: StateSuspended}[v]
	})
}

func (s *machine) actions() map[string]func(*rapid.T) {
	return map[string]func(*rapid.T){
		"dispatch":  func(t *rapid.T) { s.dispatch(t, VerbDispatch) },
		"designate": func(t *rapid.T) { s.dispatch(t, VerbDesignate) },
		"return":    func(t *rapid.T) { s.pause(t, VerbReturn) },
		"suspend":   func(t *rapid.T) { s.pause(t, VerbSuspend) },
		"accept": func(t *rapid.T) {
			at := s.instant(t)
			s.try(t, VerbAccept, at, true, func() error { return s.w.Accept(at) }, func() { s.m.state = StateAccepted })
		},
		"resume": func(t *rapid.T) {
			at := s.instant(t)
			s.try(t, VerbResume, at, true, func() error { return s.w.Resume(at) }, func() {
				s.unpause(t, at)
				s.m.state = StateAccepted
			})
		},
		"extend": func(t *rapid.T) {
			at := s.instant(t)
			var l Limit
			if s.m.limit.Hours > 0 {
				l.Hours = rapid.IntRange(-1, 48).Draw(t, "hours")
			} else {
				l.Workdays = rapid.IntRange(-1, 5).Draw(t, "workdays")
			}
			if rapid.IntRange(0, 9).Draw(t, "both") == 0 {
				l.Hours, l.Workdays = 1, 1
			}
			approver, reason := genText.Draw(t, "approver"), genText.Draw(t, "reason")
			ok := (l.Hours > 0) != (l.Workdays > 0) && l.Hours >= 0 && l.Workdays >= 0 && approver != "" && reason != ""
			s.try(t, VerbExtend, at, ok, func() error { return s.w.Extend(l, approver, reason, at) }, func() {
				s.m.due = s.add(t, s.m.due, l)
				s.m.extensions += time.Duration(l.Hours) * time.Hour
			})
		},
		"resolve": func(t *rapid.T) {
			at, note := s.instant(t), genText.Draw(t, "note")
			s.try(t, VerbResolve, at, note != "", func() error { return s.w.Resolve(note, at) }, func() { s.m.state = StateResolved })
		},
		"review": func(t *rapid.T) {
			at := s.instant(t)
			f := Feedback{
				Contacted:    rapid.Bool().Draw(t, "contacted"),
				Resolved:     rapid.Bool().Draw(t, "resolved"),
				Satisfaction: Satisfaction(rapid.IntRange(0, 4).Draw(t, "satisfaction")),
			}
			ok := (f.Contacted && f.Satisfaction >= 1 && f.Satisfaction <= 3) || (!f.Contacted && f.Satisfaction == 0)
			s.try(t, VerbReview, at, ok, func() error { return s.w.Review(f, at) }, func() {
				s.m.feedback = f
				s.m.state = StateReviewed
			})
		},
		"reopen": func(t *rapid.T) {
			at, reason := s.instant(t), genText.Draw(t, "reason")
			ok := reason != "" && (!s.m.feedback.Resolved || s.m.feedback.Satisfaction == SatisfactionDissatisfied)
			s.try(t, VerbReopen, at, ok, func() error { return s.w.Reopen(reason, at) }, func() {
				s.m.due = s.add(t, at, s.m.limit)
				s.m.start, s.m.extensions, s.m.pausedFor = at, 0, 0
				s.m.feedback = Feedback{}
				s.m.state = StateDispatched
			})
		},
		"close": func(t *rapid.T) {
			at := s.instant(t)
			s.try(t, VerbClose, at, true, func() error { return s.w.Close(at) }, func() { s.m.state = StateClosed })
		},
		"terminate": func(t *rapid.T) {
			at, reviewer, reason := s.instant(t), genText.Draw(t, "reviewer"), genText.Draw(t, "reason")
			s.try(t, VerbTerminate, at, reviewer != "" && reason != "", func() error { return s.w.Terminate(reviewer, reason, at) }, func() {
				s.m.pausedAt = time.Time{}
				s.m.state = StateTerminated
			})
		},
		"answer": func(t *rapid.T) {
			at, answer := s.instant(t), genText.Draw(t, "answer")
			s.try(t, VerbAnswer, at, answer != "" && s.m.kind == KindConsultation, func() error { return s.w.Answer(answer, at) }, func() { s.m.state = StateClosed })
		},
		"transfer": func(t *rapid.T) {
			at, svc := s.instant(t), Service(rapid.IntRange(0, 5).Draw(t, "service"))
			s.try(t, VerbTransfer, at, svc >= 1 && svc <= 4, func() error { return s.w.Transfer(svc, at) }, func() { s.m.state = StateClosed })
		},
		"decline": func(t *rapid.T) {
			at, r := s.instant(t), DeclineReason(rapid.IntRange(0, 6).Draw(t, "reason"))
			s.try(t, VerbDecline, at, r >= 1 && r <= 5, func() error { return s.w.Decline(r, at) }, func() { s.m.state = StateClosed })
		},
		"supervise": func(t *rapid.T) {
			at, by := s.instant(t), genText.Draw(t, "supervisor")
			ok := by != "" && s.overdue(at) && s.m.supervised < s.m.maxSuper
			s.try(t, VerbSupervise, at, ok, func() error { return s.w.Supervise(by, at) }, func() { s.m.supervised++ })
		},
		"": func(t *rapid.T) { s.invariant(t) },
	}
}

func (s *machine) invariant(t *rapid.T) {
	w, m := s.w, s.m
	if w.State() != m.state {
		t.Fatalf("state %s, model %s", w.State(), m.state)
	}
	if !w.Due().Equal(m.due) {
		t.Fatalf("due %v, model %v", w.Due(), m.due)
	}
	if m.limit.Hours > 0 && m.pausedAt.IsZero() {
		// paused time never counts: the due instant is exactly the limit,
		// the extensions and the time spent paused after the start.
		want := m.start.Add(time.Duration(m.limit.Hours)*time.Hour + m.extensions + m.pausedFor)
		if !w.Due().Equal(want) {
			t.Fatalf("due %v, want start %v + limit + extensions %v + paused %v", w.Due(), m.start, m.extensions, m.pausedFor)
		}
	}
	if len(w.history) != m.steps || w.history[len(w.history)-1].to != m.state {
		t.Fatalf("history of %d steps ending in %s; model %d steps in %s", len(w.history), w.history[len(w.history)-1].to, m.steps, m.state)
	}
	if w.Supervision() != m.supervised {
		t.Fatalf("supervision %d, model %d", w.Supervision(), m.supervised)
	}
	probe := s.clock.Add(time.Duration(rapid.IntRange(-100, 100).Draw(t, "probe")) * time.Hour)
	if w.Overdue(probe) != s.overdue(probe) {
		t.Fatalf("Overdue(%v) = %v, model %v", probe, w.Overdue(probe), s.overdue(probe))
	}
	if _, ok := w.Feedback(); ok != (m.state == StateReviewed || (m.state == StateClosed && w.history[len(w.history)-1].verb == VerbClose)) {
		t.Fatalf("feedback present %v in state %s", ok, m.state)
	}
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	back := WorkOrder{cal: s.cal}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if diff := cmp.Diff(w.Record(), back.Record()); diff != "" {
		t.Fatalf("JSON round trip (-want +got):\n%s", diff)
	}
}

// TestWorkOrderStateMachine runs random verbs at random instants —
// including instants before the last step and invalid arguments — against
// the model: allowed verbs apply as the model says, refused ones change
// nothing, closed and terminated orders admit nothing, and paused time
// never counts.
func TestWorkOrderStateMachine(t *testing.T) {
	cal := governance.China()
	rapid.Check(t, func(t *rapid.T) {
		p := DefaultPolicy()
		u := rapid.SampledFrom([]Urgency{UrgencyEmergency, UrgencyUrgent, UrgencyNormal, UrgencyComplex}).Draw(t, "urgency")
		p.DesignatedMayNotReturn = rapid.Bool().Draw(t, "no return")
		p.MaxSupervision = rapid.IntRange(0, 3).Draw(t, "max supervision")
		if rapid.Bool().Draw(t, "no acceptance limit") {
			p.Acceptance = nil
		}
		in := testIntake(u)
		in.Kind = rapid.SampledFrom([]Kind{KindConsultation, KindComplaint}).Draw(t, "kind")
		start := time.Date(2024, time.February, 1, 8, 0, 0, 0, cst).Add(time.Duration(rapid.IntRange(0, 60*24*60).Draw(t, "start")) * time.Minute)
		w, err := Open(in, p, cal, start)
		if err != nil {
			t.Fatal(err)
		}
		limit := p.Deadlines[u]
		s := &machine{w: w, cal: cal, clock: start, m: orderModel{
			state: StateReceived, kind: in.Kind, limit: limit, noReturn: p.DesignatedMayNotReturn,
			maxSuper: p.MaxSupervision, steps: 1, last: start, start: start,
		}}
		s.m.due = s.add(t, start, limit)
		t.Repeat(s.actions())
	})
}
