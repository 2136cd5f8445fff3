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

func testDuties(t testing.TB) *governance.Duties {
	t.Helper()
	d, err := governance.NewDuties(governance.DutyList{
		Level: governance.LevelStreet,
		From:  governance.MustParseDate("2024-01-01"),
		Items: []governance.DutyItem{
			{ID: "W1", Title: "违法建设查处", Kind: governance.DutyAssisting, Level: governance.LevelStreet, Department: "enforcement", Whistle: true},
			{ID: "S1", Title: "辖区党建", Kind: governance.DutyStatutory, Level: governance.LevelStreet},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func testRequest() CallRequest {
	return CallRequest{
		ID: "C-1", Street: "110105001000", Kind: WhistleEnforcement, Category: CallEnforcement,
		Item: "W1", Summary: "违法加盖", Caller: "street-head",
		Departments: []Department{"enforcement", "planning"},
	}
}

func raise(t testing.TB) *Call {
	t.Helper()
	c, err := Raise(testRequest(), testDuties(t), DefaultCallPolicy(), t0)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRaiseProblems(t *testing.T) {
	d := testDuties(t)
	var ps governance.Problems
	_, err := Raise(CallRequest{Street: "110105001001", Departments: []Department{"a", "", "a"}}, d, CallPolicy{}, time.Time{})
	if !errors.As(err, &ps) {
		t.Fatalf("error %v", err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Code+" "+p.Path)
	}
	want := []string{
		codeCallInstant + " at", codeCallCaller + " caller", codeCallCategory + " category",
		codeCallDepartment + " departments[1]", codeCallDepartment + " departments[2]",
		codeCallItem + " item", codeCallKind + " kind", codeCallPolicyMinutes + " policy.reportWithinMinutes",
		codeCallStreet + " street", codeCallSummary + " summary",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	req := testRequest()
	if _, err := Raise(req, nil, DefaultCallPolicy(), t0); !errors.Is(err, governance.ErrNotOnList) {
		t.Errorf("no duty lists: %v", err)
	}
	req.Item = "S1"
	if _, err := Raise(req, d, DefaultCallPolicy(), t0); !errors.Is(err, governance.ErrNotWhistle) {
		t.Errorf("not a whistle item: %v", err)
	}
	req.Item = "W1"
	if _, err := Raise(req, d, DefaultCallPolicy(), time.Date(2023, 6, 1, 9, 0, 0, 0, cst)); !errors.Is(err, governance.ErrNotOnList) {
		t.Errorf("before the list: %v", err)
	}
	// the request's departments are copied
	c, err := Raise(req, d, DefaultCallPolicy(), t0)
	if err != nil {
		t.Fatal(err)
	}
	req.Departments[0] = "changed"
	if c.Request().Departments[0] != "enforcement" {
		t.Error("the call shares the request's departments")
	}
}

func TestCallRefusals(t *testing.T) {
	for _, tc := range []struct {
		name string
		do   func(*Call) error
		want error
	}{
		{"not summoned", func(c *Call) error { return c.Report("police", t0) }, ErrNotSummoned},
		{"twice", func(c *Call) error { _ = c.Report("planning", t0); return c.Report("planning", t0) }, ErrReported},
		{"in the past", func(c *Call) error { return c.Report("planning", t0.Add(-time.Second)) }, ErrTimeOrder},
		{"close without note", func(c *Call) error { return c.Close("", t0) }, ErrArgument},
		{"after close", func(c *Call) error { _ = c.Close("done", t0); return c.Report("planning", t0) }, governance.ErrInvalidTransition},
		{"close twice", func(c *Call) error { _ = c.Close("done", t0); return c.Close("done", t0) }, governance.ErrInvalidTransition},
	} {
		c := raise(t)
		err := tc.do(c)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	c := raise(t)
	before := c.Record()
	err := c.Report("police", t0)
	var ce *CallError
	if !errors.As(err, &ce) || ce.Department != "police" || ce.Error() != "grid: call: cannot report in state open: police: the department was not summoned by the call" {
		t.Errorf("CallError %v", err)
	}
	if diff := cmp.Diff(before, c.Record()); diff != "" {
		t.Errorf("refused report changed the call:\n%s", diff)
	}
}

func TestLateAtTheBoundary(t *testing.T) {
	c := raise(t) // deadline t0 + 30 min
	deadline := t0.Add(30 * time.Minute)
	if !c.Deadline().Equal(deadline) {
		t.Fatalf("deadline %v", c.Deadline())
	}
	if late := c.Late(deadline); len(late) != 0 {
		t.Errorf("late at the deadline: %v", late)
	}
	mustDo(t, c.Report("enforcement", deadline))
	if diff := cmp.Diff([]Department{"planning"}, c.Late(deadline.Add(time.Nanosecond))); diff != "" {
		t.Errorf("late just after (-want +got):\n%s", diff)
	}
}

func TestTimelinessPeriod(t *testing.T) {
	c := raise(t)
	mustDo(t, c.Report("enforcement", t0.Add(10*time.Minute)))
	// the period ends before the deadline: planning is only summoned.
	got := TimelinessOf(slices.Values([]*Call{c}), t0, t0.Add(20*time.Minute))
	want := []Timeliness{
		{Department: "enforcement", Summoned: 1, OnTime: 1, Rate: 1},
		{Department: "planning", Summoned: 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// a report after the period does not count in it.
	mustDo(t, c.Report("planning", t0.Add(25*time.Minute)))
	got = TimelinessOf(slices.Values([]*Call{c}), t0, t0.Add(20*time.Minute))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("report after the period (-want +got):\n%s", diff)
	}
	if got := TimelinessOf(slices.Values([]*Call{c}), t0.Add(time.Second), t0.Add(time.Hour)); len(got) != 0 {
		t.Errorf("a call raised before the period counts: %v", got)
	}
}

func TestCallPolicy(t *testing.T) {
	p := DefaultCallPolicy()
	if ps := p.Validate(); len(ps) != 0 {
		t.Errorf("default: %v", ps)
	}
	if got := p.Assess(100, 50); got != 70 {
		t.Errorf("Assess = %v", got)
	}
	bad := CallPolicy{StreetWeight: 1.5}
	if ps := bad.Validate(); !ps.Has(codeCallPolicyMinutes) || !ps.Has(codeCallPolicyWeight) {
		t.Errorf("Validate = %v", ps)
	}
	b, _ := json.Marshal(p)
	var q CallPolicy
	if err := json.Unmarshal(b, &q); err != nil || q != p {
		t.Errorf("round trip %v, %v", q, err)
	}
}

func TestCallJSON(t *testing.T) {
	c := raise(t)
	mustDo(t, c.Report("planning", t0.Add(40*time.Minute)), c.Close("done", t0.Add(2*time.Hour)))
	for _, call := range []*Call{raise(t), c} {
		b, err := json.Marshal(call)
		if err != nil {
			t.Fatal(err)
		}
		var back Call
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%v\n%s", err, b)
		}
		if diff := cmp.Diff(call.Record(), back.Record()); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	}
}

func TestRestoreCallProblems(t *testing.T) {
	c := raise(t)
	mustDo(t, c.Report("planning", t0.Add(40*time.Minute)), c.Close("done", t0.Add(2*time.Hour)))
	good := c.Record()
	for _, tc := range []struct {
		name string
		edit func(*CallRecord)
		want []string
	}{
		{"good", func(*CallRecord) {}, nil},
		{"no history", func(r *CallRecord) { r.History = nil }, []string{codeCallRecordEmpty + " history"}},
		{"summons", func(r *CallRecord) { r.Summons = r.Summons[:1] }, []string{codeCallRecordReport + " history", codeCallRecordSummons + " summons"}},
		{"summons order", func(r *CallRecord) { r.Summons[0], r.Summons[1] = r.Summons[1], r.Summons[0] },
			[]string{codeCallRecordSummons + " summons[0]", codeCallRecordSummons + " summons[1]"}},
		{"report time", func(r *CallRecord) { r.Summons[1].Reported = t0 }, []string{codeCallRecordReport + " summons[1]"}},
		{"unlisted report", func(r *CallRecord) { r.Summons[1].Reported = time.Time{} }, []string{codeCallRecordReport + " summons[1]"}},
		{"stranger", func(r *CallRecord) { r.History[1].Actor = "police" },
			[]string{codeCallRecordReport + " history", codeCallRecordReport + " summons[1]"}},
		{"state", func(r *CallRecord) { r.State = CallOpen }, []string{codeCallRecordState + " state"}},
		{"deadline", func(r *CallRecord) { r.Deadline = t0.Add(-time.Hour) }, []string{codeCallRecordDeadline + " deadline"}},
		{"first", func(r *CallRecord) { r.History[0].Verb = CallVerbReport }, []string{codeCallRecordFirst + " history[0]"}},
		{"time", func(r *CallRecord) { r.History[2].At = t0 }, []string{codeCallRecordTime + " history[2].at"}},
		{"step", func(r *CallRecord) { r.History[2].To = CallOpen }, []string{codeCallRecordStep + " history[2]", codeCallRecordState + " state"}},
		{"request", func(r *CallRecord) { r.Request.Caller = "" }, []string{codeCallCaller + " request.caller"}},
	} {
		r := good
		r.Summons = slices.Clone(good.Summons)
		r.History = slices.Clone(good.History)
		tc.edit(&r)
		_, err := RestoreCall(r)
		var ps governance.Problems
		errors.As(err, &ps)
		var got []string
		for _, p := range ps {
			got = append(got, p.Code+" "+p.Path)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// FuzzCallJSON: no input panics the decoder; whatever it accepts
// round-trips.
func FuzzCallJSON(f *testing.F) {
	c := raise(f)
	b0, _ := json.Marshal(c)
	mustDo(f, c.Report("planning", t0.Add(40*time.Minute)), c.Close("done", t0.Add(2*time.Hour)))
	b1, _ := json.Marshal(c)
	f.Add(b0)
	f.Add(b1)
	f.Add([]byte(`{"request":{},"history":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Call
		if err := json.Unmarshal(b, &c); err != nil {
			return
		}
		out, err := json.Marshal(&c)
		if err != nil {
			t.Fatalf("accepted but does not marshal: %v", err)
		}
		var back Call
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled form does not read back: %v\n%s", err, out)
		}
		if diff := cmp.Diff(c.Record(), back.Record()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

// TestCallStateMachine runs random reports and closings at random instants
// against a model: summoned departments report once while the call is
// open, nothing happens after it closes, refused verbs change nothing, and
// Late agrees with the model at any instant.
func TestCallStateMachine(t *testing.T) {
	d := testDuties(t)
	rapid.Check(t, func(t *rapid.T) {
		all := []Department{"enforcement", "planning", "housing", "police"}
		req := testRequest()
		req.Departments = rapid.SliceOfNDistinct(rapid.SampledFrom(all[:3]), 1, 3, func(d Department) Department { return d }).Draw(t, "summoned")
		minutes := rapid.IntRange(1, 60).Draw(t, "minutes")
		c, err := Raise(req, d, CallPolicy{ReportWithinMinutes: minutes}, t0)
		if err != nil {
			t.Fatal(err)
		}
		clock := t0
		open := true
		reported := map[Department]time.Time{}
		steps := 1
		deadline := t0.Add(time.Duration(minutes) * time.Minute)
		instant := func(t *rapid.T) time.Time {
			return clock.Add(time.Duration(rapid.IntRange(-5, 40).Draw(t, "delta")) * time.Minute)
		}
		check := func(t *rapid.T, ok bool, at time.Time, err error, before CallRecord) bool {
			ok = ok && open && !at.Before(clock)
			if ok != (err == nil) {
				t.Fatalf("error %v, model says ok %v", err, ok)
			}
			if !ok {
				if diff := cmp.Diff(before, c.Record()); diff != "" {
					t.Fatalf("refused verb changed the call:\n%s", diff)
				}
				return false
			}
			clock = at
			steps++
			return true
		}
		t.Repeat(map[string]func(*rapid.T){
			"report": func(t *rapid.T) {
				dep, at := rapid.SampledFrom(all).Draw(t, "department"), instant(t)
				_, done := reported[dep]
				before := c.Record()
				if check(t, slices.Contains(req.Departments, dep) && !done, at, c.Report(dep, at), before) {
					reported[dep] = at
				}
			},
			"close": func(t *rapid.T) {
				note, at := rapid.SampledFrom([]string{"", "done"}).Draw(t, "note"), instant(t)
				before := c.Record()
				if check(t, note != "", at, c.Close(note, at), before) {
					open = false
				}
			},
			"": func(t *rapid.T) {
				if (c.State() == CallOpen) != open || len(c.History()) != steps {
					t.Fatalf("state %s with %d steps; model open %v, %d steps", c.State(), len(c.History()), open, steps)
				}
				now := clock.Add(time.Duration(rapid.IntRange(-30, 90).Draw(t, "probe")) * time.Minute)
				var late []Department
				for _, dep := range req.Departments {
					at, ok := reported[dep]
					if (ok && at.After(deadline)) || (!ok && now.After(deadline)) {
						late = append(late, dep)
					}
				}
				if diff := cmp.Diff(late, c.Late(now)); diff != "" {
					t.Fatalf("Late (-model +got):\n%s", diff)
				}
				var back Call
				b, _ := json.Marshal(c)
				if err := json.Unmarshal(b, &back); err != nil {
					t.Fatal(err)
				}
			},
		})
	})
}
