package grid

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

var cst = time.FixedZone("CST", 8*3600)

// t0 is a Monday morning, a workday.
var t0 = time.Date(2025, time.November, 3, 9, 0, 0, 0, cst)

func testIntake(u Urgency) Intake {
	return Intake{
		ID: "T-1", Kind: KindComplaint, Channel: ChannelHotline, Urgency: u,
		Unit: "110105001001001", Category: "noise", Summary: "夜间施工噪音", Receiver: "12345-centre",
	}
}

func open(t testing.TB, u Urgency) *WorkOrder {
	t.Helper()
	w, err := Open(testIntake(u), DefaultPolicy(), governance.China(), t0)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestOpenProblems(t *testing.T) {
	p := DefaultPolicy()
	cal := governance.China()
	codes := func(err error) []string {
		var ps governance.Problems
		if !errors.As(err, &ps) {
			return nil
		}
		var out []string
		for _, p := range ps {
			out = append(out, p.Code)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		edit func(*Intake, *Policy, **governance.Calendar, *time.Time)
		want []string
	}{
		{"valid", func(*Intake, *Policy, **governance.Calendar, *time.Time) {}, nil},
		{"empty intake", func(in *Intake, _ *Policy, _ **governance.Calendar, _ *time.Time) { *in = Intake{} },
			[]string{codeIntakeChannel, codeIntakeKind, codeIntakeReceiver, codeIntakeSummary, codeIntakeUnit, codeIntakeUrgency}},
		{"county unit", func(in *Intake, _ *Policy, _ **governance.Calendar, _ *time.Time) { in.Unit = "110105000000" },
			[]string{codeIntakeUnit}},
		{"malformed unit", func(in *Intake, _ *Policy, _ **governance.Calendar, _ *time.Time) { in.Unit = "11010500100X" },
			[]string{codeIntakeUnit}},
		{"no limit", func(_ *Intake, p *Policy, _ **governance.Calendar, _ *time.Time) {
			p.Deadlines = map[Urgency]Limit{UrgencyNormal: {Hours: 1, Workdays: 1}}
		}, []string{codePolicyDeadline}},
		{"bad acceptance", func(_ *Intake, p *Policy, _ **governance.Calendar, _ *time.Time) {
			p.Acceptance = map[Urgency]Limit{UrgencyNormal: {Hours: -1}}
		}, []string{codePolicyAcceptance}},
		{"no calendar", func(_ *Intake, _ *Policy, c **governance.Calendar, _ *time.Time) { *c = nil },
			[]string{codeOrderCalendar}},
		{"no instant", func(_ *Intake, _ *Policy, _ **governance.Calendar, at *time.Time) { *at = time.Time{} },
			[]string{codeOrderInstant}},
		{"instant out of range", func(_ *Intake, _ *Policy, _ **governance.Calendar, at *time.Time) {
			*at = time.Date(1899, 12, 31, 23, 0, 0, 0, time.UTC)
		}, []string{codeOrderRange}},
	} {
		in, pol, c, at := testIntake(UrgencyNormal), p, cal, t0
		pol.Deadlines = map[Urgency]Limit{UrgencyNormal: {Workdays: 5}}
		tc.edit(&in, &pol, &c, &at)
		w, err := Open(in, pol, c, at)
		if diff := cmp.Diff(tc.want, codes(err)); diff != "" {
			t.Errorf("%s: codes (-want +got):\n%s", tc.name, diff)
		}
		if (w == nil) != (err != nil) {
			t.Errorf("%s: order %v with error %v", tc.name, w, err)
		}
	}
	// a due day the calendar does not cover
	_, err := Open(testIntake(UrgencyComplex), p, cal, time.Date(2026, 12, 28, 9, 0, 0, 0, cst))
	if !errors.Is(err, governance.ErrNotCovered) {
		t.Errorf("uncovered due day: %v", err)
	}
}

// refusal is a verb that must fail on the order and the error it must
// match.
type refusal struct {
	name string
	do   func(*WorkOrder) error
	want error
}

func TestVerbRefusals(t *testing.T) {
	later := t0.Add(time.Hour)
	before := t0.Add(-time.Minute)
	received := func(t *testing.T) *WorkOrder { return open(t, UrgencyNormal) }
	accepted := func(t *testing.T) *WorkOrder {
		w := open(t, UrgencyNormal)
		mustDo(t, w.Dispatch("d", t0), w.Accept(t0))
		return w
	}
	designated := func(t *testing.T) *WorkOrder {
		w := open(t, UrgencyNormal)
		mustDo(t, w.Designate("d", t0))
		return w
	}
	reviewed := func(f Feedback) func(t *testing.T) *WorkOrder {
		return func(t *testing.T) *WorkOrder {
			w := accepted(t)
			mustDo(t, w.Resolve("done", t0), w.Review(f, t0))
			return w
		}
	}
	closed := func(t *testing.T) *WorkOrder {
		w := reviewed(Feedback{Contacted: true, Resolved: true, Satisfaction: SatisfactionSatisfied})(t)
		mustDo(t, w.Close(t0))
		return w
	}
	for _, tc := range []struct {
		order    func(*testing.T) *WorkOrder
		refusals []refusal
	}{
		{received, []refusal{
			{"accept before dispatch", func(w *WorkOrder) error { return w.Accept(later) }, governance.ErrInvalidTransition},
			{"resolve before dispatch", func(w *WorkOrder) error { return w.Resolve("x", later) }, governance.ErrInvalidTransition},
			{"dispatch to nobody", func(w *WorkOrder) error { return w.Dispatch("", later) }, ErrArgument},
			{"dispatch in the past", func(w *WorkOrder) error { return w.Dispatch("d", before) }, ErrTimeOrder},
			{"answer a complaint", func(w *WorkOrder) error { return w.Answer("x", later) }, ErrNotConsultation},
			{"transfer nowhere", func(w *WorkOrder) error { return w.Transfer(0, later) }, ErrArgument},
			{"decline for no reason", func(w *WorkOrder) error { return w.Decline(0, later) }, ErrArgument},
			{"terminate without reviewer", func(w *WorkOrder) error { return w.Terminate("", "r", later) }, ErrArgument},
			{"terminate without reason", func(w *WorkOrder) error { return w.Terminate("v", "", later) }, ErrArgument},
			{"supervise on time", func(w *WorkOrder) error { return w.Supervise("s", later) }, ErrNotOverdue},
			{"supervise without supervisor", func(w *WorkOrder) error { return w.Supervise("", later) }, ErrArgument},
			{"extend before dispatch", func(w *WorkOrder) error { return w.Extend(Limit{Hours: 1}, "a", "r", later) }, governance.ErrInvalidTransition},
		}},
		{accepted, []refusal{
			{"return without reason", func(w *WorkOrder) error { return w.Return("", later) }, ErrArgument},
			{"suspend without reason", func(w *WorkOrder) error { return w.Suspend("", later) }, ErrArgument},
			{"resolve without note", func(w *WorkOrder) error { return w.Resolve("", later) }, ErrArgument},
			{"extend by an invalid limit", func(w *WorkOrder) error { return w.Extend(Limit{Hours: 1, Workdays: 1}, "a", "r", later) }, ErrArgument},
			{"extend without approver", func(w *WorkOrder) error { return w.Extend(Limit{Hours: 1}, "", "r", later) }, ErrArgument},
			{"extend without reason", func(w *WorkOrder) error { return w.Extend(Limit{Hours: 1}, "a", "", later) }, ErrArgument},
			{"resume when not suspended", func(w *WorkOrder) error { return w.Resume(later) }, governance.ErrInvalidTransition},
			{"review before resolution", func(w *WorkOrder) error { return w.Review(Feedback{}, later) }, governance.ErrInvalidTransition},
		}},
		{designated, []refusal{
			{"designated returns", func(w *WorkOrder) error { return w.Return("not ours", later) }, ErrDesignated},
		}},
		{reviewed(Feedback{Contacted: true, Resolved: true, Satisfaction: SatisfactionBasically}), []refusal{
			{"reopen a satisfied review", func(w *WorkOrder) error { return w.Reopen("again", later) }, ErrSatisfied},
		}},
		{reviewed(Feedback{Contacted: true, Resolved: false, Satisfaction: SatisfactionDissatisfied}), []refusal{
			{"reopen without reason", func(w *WorkOrder) error { return w.Reopen("", later) }, ErrArgument},
		}},
		{closed, []refusal{
			{"reopen a closed order", func(w *WorkOrder) error { return w.Reopen("again", later) }, governance.ErrInvalidTransition},
			{"terminate a closed order", func(w *WorkOrder) error { return w.Terminate("v", "r", later) }, governance.ErrInvalidTransition},
		}},
	} {
		for _, r := range tc.refusals {
			w := tc.order(t)
			before := w.Record()
			err := r.do(w)
			if !errors.Is(err, r.want) {
				t.Errorf("%s: error %v, want %v", r.name, err, r.want)
			}
			if diff := cmp.Diff(before, w.Record()); diff != "" {
				t.Errorf("%s changed the order (-before +after):\n%s", r.name, diff)
			}
		}
	}
	// a review with a verdict but no contact is not valid feedback.
	w := accepted(t)
	mustDo(t, w.Resolve("done", t0))
	if err := w.Review(Feedback{Satisfaction: SatisfactionSatisfied}, t0); !errors.Is(err, ErrArgument) {
		t.Errorf("review with a verdict from nobody: %v", err)
	}
	var ve *VerbError
	if err := w.Review(Feedback{Contacted: true}, t0); !errors.As(err, &ve) || ve.Field != "feedback" || ve.Verb != VerbReview || ve.State != StateResolved {
		t.Errorf("VerbError = %+v", ve)
	} else if ve.Error() != "grid: work_order: cannot review in state resolved: feedback: a required argument is empty or invalid" {
		t.Errorf("VerbError text %q", ve.Error())
	}
}

func mustDo(t testing.TB, errs ...error) {
	t.Helper()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
}

// everyVerb runs an order through every verb at least once, across a
// return, a suspension, a supervision, an extension and a reopening.
func everyVerb(t testing.TB) []*WorkOrder {
	h := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }
	w := open(t, UrgencyUrgent)
	mustDo(t,
		w.Dispatch("housing", h(1)),
		w.Return("not ours", h(2)),
		w.Designate("enforcement", h(3)),
		w.Accept(h(4)),
		w.Supervise("inspector", h(30)),
		w.Extend(Limit{Workdays: 2}, "director", "needs a permit", h(31)),
		w.Suspend("waiting for the owner", h(32)),
		w.Resume(h(50)),
		w.Resolve("stopped", h(51)),
		w.Review(Feedback{Contacted: true, Resolved: false, Satisfaction: SatisfactionDissatisfied}, h(52)),
		w.Reopen("still noisy", h(53)),
		w.Accept(h(54)),
		w.Resolve("fined", h(60)),
		w.Review(Feedback{Contacted: true, Resolved: true, Satisfaction: SatisfactionBasically}, h(70)),
		w.Close(h(71)),
	)
	c := open(t, UrgencyNormal)
	c.intake.Kind = KindConsultation
	mustDo(t, c.Answer("open 9–17", h(1)))
	e := open(t, UrgencyEmergency)
	mustDo(t, e.Transfer(ServiceAmbulance, h(0)))
	d := open(t, UrgencyNormal)
	mustDo(t, d.Decline(DeclineRepeat, h(1)))
	x := open(t, UrgencyComplex)
	mustDo(t, x.Dispatch("d", h(1)), x.Accept(h(2)), x.Suspend("s", h(3)), x.Terminate("reviewer", "withdrawn", h(4)))
	r := open(t, UrgencyNormal)
	mustDo(t, r.Dispatch("d", h(1)), r.Return("not ours", h(2)))
	return []*WorkOrder{w, c, e, d, x, r}
}

func TestWorkOrderJSONRoundTrip(t *testing.T) {
	for i, w := range everyVerb(t) {
		b, err := json.Marshal(w)
		if err != nil {
			t.Fatal(err)
		}
		var back WorkOrder
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("order %d: %v\n%s", i, err, b)
		}
		if diff := cmp.Diff(w.Record(), back.Record()); diff != "" {
			t.Errorf("order %d round trip (-want +got):\n%s", i, diff)
		}
		again, err := json.Marshal(&back)
		if err != nil || string(again) != string(b) {
			t.Errorf("order %d marshals differently after the round trip:\n%s\n%s", i, b, again)
		}
		r, err := RestoreWorkOrder(w.Record(), governance.China())
		if err != nil {
			t.Fatalf("order %d: restore: %v", i, err)
		}
		if diff := cmp.Diff(w.Record(), r.Record()); diff != "" {
			t.Errorf("order %d restore (-want +got):\n%s", i, diff)
		}
	}
}

func TestWorkOrderJSONForm(t *testing.T) {
	w := open(t, UrgencyEmergency)
	mustDo(t, w.Dispatch("fire-brigade", t0.Add(time.Minute)))
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"intake":{"id":"T-1","kind":"complaint","channel":"hotline","urgency":"emergency","unit":"110105001001001","category":"noise","summary":"夜间施工噪音","receiver":"12345-centre"},` +
		`"state":"dispatched","limit":{"hours":2},"acceptance":{"hours":1},"designatedMayNotReturn":true,"maxSupervision":3,"department":"fire-brigade",` +
		`"due":"2025-11-03T11:00:00+08:00","acceptBy":"2025-11-03T10:01:00+08:00",` +
		`"history":[{"at":"2025-11-03T09:00:00+08:00","actor":"12345-centre","verb":"open","to":"received","due":"2025-11-03T11:00:00+08:00"},` +
		`{"at":"2025-11-03T09:01:00+08:00","actor":"12345-centre","verb":"dispatch","from":"received","to":"dispatched","due":"2025-11-03T11:00:00+08:00","note":"fire-brigade"}]}`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
}

func TestRestoreWorkOrderProblems(t *testing.T) {
	good := everyVerb(t)[0].Record()
	codes := func(r WorkOrderRecord, cal *governance.Calendar) []string {
		_, err := RestoreWorkOrder(r, cal)
		var ps governance.Problems
		errors.As(err, &ps)
		var out []string
		for _, p := range ps {
			out = append(out, p.Code+" "+p.Path)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		edit func(*WorkOrderRecord)
		want []string
	}{
		{"good", func(*WorkOrderRecord) {}, nil},
		{"no history", func(r *WorkOrderRecord) { r.History = nil }, []string{codeRecordEmpty + " history"}},
		{"bad intake", func(r *WorkOrderRecord) { r.Intake.Summary = "" }, []string{codeIntakeSummary + " intake.summary"}},
		{"bad limit", func(r *WorkOrderRecord) { r.Limit = Limit{} }, []string{codeRecordLimit + " limit"}},
		{"state", func(r *WorkOrderRecord) { r.State = StateReviewed }, []string{codeRecordState + " state"}},
		{"due", func(r *WorkOrderRecord) { r.Due = r.Due.Add(time.Second) }, []string{codeRecordDueMismatch + " due"}},
		{"skipped step", func(r *WorkOrderRecord) { r.History = append(r.History[:3:3], r.History[4:]...) }, []string{codeRecordField + " department", codeRecordStep + " history[3]"}},
		{"time back", func(r *WorkOrderRecord) { r.History[5].At = t0.Add(-time.Hour) }, []string{codeRecordTime + " history[5].at"}},
		{"actor", func(r *WorkOrderRecord) { r.History[2].Actor = "" }, []string{codeRecordActor + " history[2].actor"}},
		{"step due", func(r *WorkOrderRecord) { r.History[2].Due = time.Time{} }, []string{codeRecordDue + " history[2].due"}},
		{"first", func(r *WorkOrderRecord) { r.History[0].Verb = VerbDispatch }, []string{codeRecordFirst + " history[0]"}},
		{"department", func(r *WorkOrderRecord) { r.Department = "other" }, []string{codeRecordField + " department"}},
		{"designated", func(r *WorkOrderRecord) { r.Designated = false }, []string{codeRecordField + " department"}},
		{"feedback", func(r *WorkOrderRecord) {
			r.Feedback = &Feedback{Contacted: true, Resolved: true, Satisfaction: SatisfactionSatisfied}
		}, []string{codeRecordField + " feedback"}},
		{"resolved", func(r *WorkOrderRecord) { r.ResolvedAt = time.Time{} }, []string{codeRecordField + " resolvedAt"}},
		{"paused", func(r *WorkOrderRecord) { r.PausedAt = t0 }, []string{codeRecordField + " pausedAt"}},
		{"supervision", func(r *WorkOrderRecord) { r.Supervision = 2 }, []string{codeRecordField + " supervision"}},
		{"declined", func(r *WorkOrderRecord) { r.Declined = DeclineRepeat }, []string{codeRecordField + " declined"}},
		{"transferred", func(r *WorkOrderRecord) { r.Transferred = ServiceFire }, []string{codeRecordField + " transferred"}},
		{"max supervision", func(r *WorkOrderRecord) { r.MaxSupervision = 300 }, []string{codeRecordSupervision + " maxSupervision"}},
	} {
		r := good
		r.History = append([]Step(nil), good.History...)
		tc.edit(&r)
		if diff := cmp.Diff(tc.want, codes(r, governance.China())); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	workdays := everyVerb(t)[4].Record()
	if diff := cmp.Diff([]string{codeOrderCalendar + " calendar"}, codes(workdays, nil)); diff != "" {
		t.Errorf("no calendar (-want +got):\n%s", diff)
	}
}

func TestUnmarshalLeavesOrderOnError(t *testing.T) {
	w := everyVerb(t)[0]
	before := w.Record()
	for _, in := range []string{`{`, `{"history":[]}`, `{"state":"nope"}`, `[]`} {
		if err := json.Unmarshal([]byte(in), w); err == nil {
			t.Errorf("%s: no error", in)
		}
		if diff := cmp.Diff(before, w.Record()); diff != "" {
			t.Errorf("%s changed the order:\n%s", in, diff)
		}
	}
}

// FuzzWorkOrderJSON: no input panics the decoder; whatever it accepts
// marshals and reads back to the same record.
func FuzzWorkOrderJSON(f *testing.F) {
	for _, w := range everyVerb(f) {
		b, err := json.Marshal(w)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"history":[{"verb":"open","to":"received"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var w WorkOrder
		if err := json.Unmarshal(b, &w); err != nil {
			return
		}
		out, err := json.Marshal(&w)
		if err != nil {
			t.Fatalf("accepted but does not marshal: %v", err)
		}
		var back WorkOrder
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled form does not read back: %v\n%s", err, out)
		}
		if diff := cmp.Diff(w.Record(), back.Record()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func TestPolicy(t *testing.T) {
	p := DefaultPolicy()
	if ps := p.Validate(); len(ps) != 0 {
		t.Errorf("default: %v", ps)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q Policy
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, q); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	bad := Policy{
		Deadlines:      map[Urgency]Limit{UrgencyEmergency: {Hours: 2}, UrgencyUrgent: {}, UrgencyNormal: {Hours: 1, Workdays: 1}},
		Acceptance:     map[Urgency]Limit{UrgencyEmergency: {Workdays: -1}, 9: {Hours: 1}},
		MaxSupervision: -1,
		Weights:        Weights{Response: 0.5, Resolution: 0.5, Satisfaction: 0.5},
		Basically:      1.5,
	}
	var got []string
	for _, pr := range bad.Validate() {
		got = append(got, pr.Path)
	}
	want := []string{"acceptance", "acceptance.emergency", "basically", "deadlines.complex", "deadlines.normal", "deadlines.urgent", "maxSupervision", "weights"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate paths (-want +got):\n%s", diff)
	}
}

func TestLimit(t *testing.T) {
	for _, tc := range []struct {
		l     Limit
		valid bool
		s     string
	}{
		{Limit{Hours: 2}, true, "2h"},
		{Limit{Workdays: 5}, true, "5wd"},
		{Limit{}, false, "invalid"},
		{Limit{Hours: 1, Workdays: 1}, false, "invalid"},
		{Limit{Hours: -1}, false, "invalid"},
	} {
		if tc.l.IsValid() != tc.valid || tc.l.String() != tc.s {
			t.Errorf("%+v: IsValid %v String %q", tc.l, tc.l.IsValid(), tc.l.String())
		}
	}
	if _, err := (Limit{Workdays: 1}).add(nil, t0); !errors.Is(err, ErrNoCalendar) {
		t.Errorf("workdays without a calendar: %v", err)
	}
}

func TestOverdueAndPause(t *testing.T) {
	w := open(t, UrgencyEmergency) // due t0+2h
	if w.Overdue(t0.Add(2*time.Hour)) || !w.Overdue(t0.Add(2*time.Hour+time.Nanosecond)) {
		t.Error("Overdue at the boundary")
	}
	mustDo(t, w.Dispatch("d", t0), w.Accept(t0), w.Suspend("s", t0.Add(3*time.Hour)))
	if !w.Overdue(t0.Add(100 * time.Hour)) {
		t.Error("a pause does not forgive lateness already incurred")
	}
	v := open(t, UrgencyEmergency)
	mustDo(t, v.Dispatch("d", t0), v.Accept(t0), v.Suspend("s", t0.Add(time.Hour)))
	if v.Overdue(t0.Add(100 * time.Hour)) {
		t.Error("paused time counted")
	}
	mustDo(t, v.Resume(t0.Add(100*time.Hour)))
	if got, want := v.Due(), t0.Add(101*time.Hour); !got.Equal(want) {
		t.Errorf("due %v, want %v", got, want)
	}
	mustDo(t, v.Resolve("r", t0.Add(102*time.Hour)))
	if v.Overdue(t0.Add(1000 * time.Hour)) {
		t.Error("a resolved order is overdue")
	}
	if acc, res := v.OnTime(); !acc || res {
		t.Errorf("OnTime = %v, %v", acc, res)
	}
}

func TestAccessors(t *testing.T) {
	w := everyVerb(t)[0]
	if w.ID() != "T-1" || w.Receiver() != "12345-centre" || !w.Opened().Equal(t0) || w.Intake().Category != "noise" {
		t.Error("intake accessors")
	}
	if d, designated := w.Department(); d != "enforcement" || !designated {
		t.Errorf("Department = %v, %v", d, designated)
	}
	if f, ok := w.Feedback(); !ok || f.Satisfaction != SatisfactionBasically {
		t.Errorf("Feedback = %v, %v", f, ok)
	}
	if w.Supervision() != 1 {
		t.Errorf("Supervision = %d", w.Supervision())
	}
	n := 0
	for range w.Steps() {
		n++
	}
	h := w.History()
	if n != len(h) || n != 16 {
		t.Errorf("%d steps, history %d", n, len(h))
	}
	h[0].Actor = "changed"
	if w.History()[0].Actor == "changed" {
		t.Error("History shares the order's steps")
	}
	if _, ok := w.ReviewBy(); ok {
		t.Error("ReviewBy of a closed order")
	}
}

// TestZeroValues: the zero WorkOrder and Call admit no verb and report
// nothing, without panicking.
func TestZeroValues(t *testing.T) {
	var w WorkOrder
	if err := w.Dispatch("d", t0); !errors.Is(err, governance.ErrInvalidTransition) {
		t.Errorf("zero order dispatched: %v", err)
	}
	if w.State() != StateUnknown || !w.Opened().IsZero() || w.Overdue(t0) || len(w.History()) != 0 {
		t.Error("zero order reports something")
	}
	var c Call
	if err := c.Report("d", t0); !errors.Is(err, governance.ErrInvalidTransition) {
		t.Errorf("zero call reported: %v", err)
	}
	if c.State() != CallStateUnknown || !c.Raised().IsZero() || len(c.Late(t0)) != 0 {
		t.Error("zero call reports something")
	}
}

// TestHistoryInstants: steps keep their instants to the nanosecond, shown
// in the location of the opening; an instant past 2199 is refused.
func TestHistoryInstants(t *testing.T) {
	w := open(t, UrgencyUrgent)
	at := t0.Add(time.Hour + time.Nanosecond).UTC()
	mustDo(t, w.Dispatch("d", at))
	got := w.History()[1].At
	if !got.Equal(at) || got.Location() != cst {
		t.Errorf("step instant %v (%v), want %v in CST", got, got.Location(), at)
	}
	var ve *VerbError
	if err := w.Accept(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)); !errors.As(err, &ve) || ve.Field != "at" || !errors.Is(err, ErrArgument) {
		t.Errorf("accept in 2200: %v", err)
	}
	r := w.Record()
	r.History[1].At = time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, err := RestoreWorkOrder(r, nil); !errors.Is(err, governance.Problem{Code: codeOrderRange, Path: "history[1].at"}) {
		t.Errorf("restore with a step in 2300: %v", err)
	}
}
