package volunteer

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"pgregory.net/rapid"
)

func TestOrderDiagram(t *testing.T) {
	testkit.Golden(t, "order.mmd", orderFlow.Mermaid())
}

var placedAt = time.Date(2025, 6, 3, 8, 30, 0, 0, shanghai)

func need() Need {
	return Need{
		Resident: "resident-chen", Branch: "branch-3", Community: "350203001001", Kind: KindElderly,
		Category: "home repair", Place: "building 5, unit 2", Summary: "fix a leaking tap for an elderly resident",
		WantedBy: governance.MustDate(2025, 6, 5),
	}
}

func placed(t tb) *Order {
	t.Helper()
	o, err := Place("o-1", need(), DefaultPolicy(), placedAt)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestPlaceProblems(t *testing.T) {
	p := DefaultPolicy()
	p.OrderTakeHours = 0
	n := Need{Community: "35", WantedBy: governance.MustDate(2025, 6, 1)}
	_, err := Place("", n, p, placedAt)
	var ps governance.Problems
	errors.As(err, &ps)
	want := []string{
		"volunteer.order.field_missing branch",
		"volunteer.order.field_missing category",
		"volunteer.order.community_invalid community",
		"volunteer.order.field_missing id",
		"volunteer.activity.kind_invalid kind",
		"volunteer.order.field_missing place",
		"volunteer.policy.not_positive policy.orderTakeHours",
		"volunteer.order.field_missing resident",
		"volunteer.order.field_missing summary",
		"volunteer.order.wanted_by_past wantedBy",
	}
	if d := cmp.Diff(want, codes(ps)); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}

func TestOrderLife(t *testing.T) {
	o := placed(t)
	member := Assignee{Kind: AssigneePartyMember, Person: "member-lin"}
	h := func(n int) time.Time { return placedAt.Add(time.Duration(n) * time.Hour) }
	steps := []struct {
		name string
		do   func() error
		want error
		st   OrderState
	}{
		{"take before dispatch", func() error { return o.Take(h(1)) }, governance.ErrInvalidTransition, OrderPlaced},
		{"dispatch to nobody", func() error { return o.Dispatch(Assignee{Kind: AssigneeTeam, Person: "x"}, h(1)) }, governance.Problem{Code: "volunteer.order.assignee_invalid"}, OrderPlaced},
		{"dispatch", func() error { return o.Dispatch(member, h(1)) }, nil, OrderDispatched},
		{"decline without reason", func() error { return o.Decline("", h(2)) }, governance.Problem{Code: "volunteer.step.note_missing"}, OrderDispatched},
		{"decline", func() error { return o.Decline("away on business", h(2)) }, nil, OrderPlaced},
		{"dispatch again", func() error { return o.Dispatch(Assignee{Kind: AssigneeTeam, Team: "repair-team"}, h(3)) }, nil, OrderDispatched},
		{"take in the past", func() error { return o.Take(h(2)) }, ErrTimeOrder, OrderDispatched},
		{"take", func() error { return o.Take(h(4)) }, nil, OrderTaken},
		{"cancel once taken", func() error { return o.Cancel("no longer needed", h(5)) }, governance.ErrInvalidTransition, OrderTaken},
		{"rate before done", func() error { return o.Rate(SatisfactionSatisfied, "", h(5)) }, governance.ErrInvalidTransition, OrderTaken},
		{"complete", func() error { return o.Complete("washer replaced", h(6)) }, nil, OrderDone},
		{"rate invalid", func() error { return o.Rate(0, "", h(7)) }, governance.Problem{Code: "volunteer.order.rating_invalid"}, OrderDone},
		{"rate", func() error { return o.Rate(SatisfactionSatisfied, "quick and tidy", h(7)) }, nil, OrderRated},
		{"rate again", func() error { return o.Rate(SatisfactionDissatisfied, "", h(8)) }, governance.ErrInvalidTransition, OrderRated},
	}
	for _, s := range steps {
		before := o.Record()
		err := s.do()
		if s.want == nil && err != nil || s.want != nil && !errors.Is(err, s.want) {
			t.Fatalf("%s: err = %v, want %v", s.name, err, s.want)
		}
		if o.State() != s.st {
			t.Fatalf("%s: state %v, want %v", s.name, o.State(), s.st)
		}
		if err != nil {
			if d := cmp.Diff(before, o.Record()); d != "" {
				t.Fatalf("%s: refused but changed (-want +got):\n%s", s.name, d)
			}
		}
	}
	if o.Rating() != SatisfactionSatisfied || o.Assignee().Team != "repair-team" || !o.Taken().Equal(h(4)) || !o.Completed().Equal(h(6)) {
		t.Errorf("order = %+v", o.Record())
	}
	var verbs []OrderVerb
	for _, s := range o.History() {
		verbs = append(verbs, s.Verb)
	}
	want := []OrderVerb{OrderPlace, OrderDispatch, OrderDecline, OrderDispatch, OrderTake, OrderComplete, OrderRate}
	if d := cmp.Diff(want, verbs); d != "" {
		t.Errorf("history (-want +got):\n%s", d)
	}
}

func TestOrderOverdue(t *testing.T) {
	member := Assignee{Kind: AssigneeVolunteer, Person: "v1"}
	dispatch := placedAt.Add(time.Hour)
	due := time.Date(2025, 6, 6, 0, 0, 0, 0, shanghai)
	mk := func(steps ...func(o *Order) error) *Order {
		o := placed(t)
		for _, s := range steps {
			if err := s(o); err != nil {
				t.Fatal(err)
			}
		}
		return o
	}
	dispatched := mk(func(o *Order) error { return o.Dispatch(member, dispatch) })
	taken := mk(func(o *Order) error { return o.Dispatch(member, dispatch) }, func(o *Order) error { return o.Take(dispatch.Add(time.Hour)) })
	done := mk(func(o *Order) error { return o.Dispatch(member, dispatch) }, func(o *Order) error { return o.Take(dispatch.Add(time.Hour)) },
		func(o *Order) error { return o.Complete("done", dispatch.Add(2*time.Hour)) })
	cancelled := mk(func(o *Order) error { return o.Cancel("solved", dispatch) })
	if !dispatched.TakeBy().Equal(dispatch.Add(24*time.Hour)) || !dispatched.Due().Equal(due) {
		t.Errorf("deadlines %v, %v", dispatched.TakeBy(), dispatched.Due())
	}
	for _, tc := range []struct {
		name string
		o    *Order
		now  time.Time
		want bool
	}{
		{"placed, before the day ends", placed(t), due.Add(-time.Nanosecond), false},
		{"placed, the day after", placed(t), due, true},
		{"dispatched, within 24 hours", dispatched, dispatch.Add(24*time.Hour - time.Nanosecond), false},
		{"dispatched, 24 hours", dispatched, dispatch.Add(24 * time.Hour), true},
		{"taken, on the day", taken, due.Add(-time.Minute), false},
		{"taken, after the day", taken, due, true},
		{"done", done, due.AddDate(0, 1, 0), false},
		{"cancelled", cancelled, due.AddDate(0, 1, 0), false},
	} {
		if got := tc.o.Overdue(tc.now); got != tc.want {
			t.Errorf("%s: Overdue = %v, want %v", tc.name, got, tc.want)
		}
	}
	if got := OverdueOrders(func(yield func(*Order) bool) {
		for _, o := range []*Order{done, taken, dispatched} {
			if !yield(o) {
				return
			}
		}
	}, dispatch.Add(25*time.Hour)); len(got) != 1 || got[0] != dispatched {
		t.Errorf("OverdueOrders = %v", got)
	}
}

func TestGrantOrder(t *testing.T) {
	by := Recorder{Org: "branch-3", Person: "secretary-he"}
	o := placed(t)
	l := NewLedger()
	if _, err := l.GrantOrder(o, "member-lin", time.Hour, by, placedAt); !errors.Is(err, governance.Problem{Code: "volunteer.order.not_done"}) {
		t.Errorf("grant on an open order: %v", err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(o.Dispatch(Assignee{Kind: AssigneePartyMember, Person: "member-lin"}, placedAt.Add(time.Hour)))
	must(o.Take(placedAt.Add(2 * time.Hour)))
	must(o.Complete("washer replaced", placedAt.Add(4*time.Hour)))

	before := l.Record()
	if _, err := l.GrantOrder(o, "member-lin", 3*time.Hour, Recorder{Org: "community-a", Person: "x"}, placedAt.Add(5*time.Hour)); !errors.Is(err, governance.Problem{Code: "volunteer.grant.not_organiser"}) {
		t.Errorf("grant by another body: %v", err)
	}
	if d := cmp.Diff(before, l.Record()); d != "" {
		t.Errorf("a refused grant left the activity (-want +got):\n%s", d)
	}
	if a, ok := l.Activity("order/o-1"); ok {
		t.Errorf("a refused grant left the activity to be found: %+v", a)
	}
	var zero Ledger
	if _, err := zero.GrantOrder(o, "member-lin", 3*time.Hour, Recorder{Org: "community-a", Person: "x"}, placedAt.Add(5*time.Hour)); err == nil {
		t.Error("grant by another body on a zero ledger")
	}
	if _, err := zero.GrantOrder(o, "member-lin", time.Hour, by, placedAt.Add(5*time.Hour)); err != nil || zero.TeamTotal("", governance.Date{}, governance.Date{}) != 0 {
		t.Errorf("zero ledger after a rollback: %v", err)
	}
	if _, err := l.GrantOrder(o, "someone-else", time.Hour, by, placedAt.Add(5*time.Hour)); !errors.Is(err, governance.Problem{Code: "volunteer.order.not_assignee"}) {
		t.Errorf("grant to someone else: %v", err)
	}
	e, err := l.GrantOrder(o, "member-lin", 2*time.Hour, by, placedAt.Add(5*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	again, err := l.GrantOrder(o, "member-lin", 2*time.Hour, by, placedAt.Add(6*time.Hour))
	if err != nil || again.ID != e.ID || e.Key != "o-1" || e.Activity != "order/o-1" || l.Len() != 1 {
		t.Errorf("grant %+v, again %+v, %v", e, again, err)
	}
	a, _ := l.Activity("order/o-1")
	if !a.Start.Equal(placedAt.Add(2*time.Hour)) || !a.End.Equal(placedAt.Add(4*time.Hour)) || a.Organiser != "branch-3" {
		t.Errorf("activity = %+v", a)
	}

	team, err := Place("o-2", need(), DefaultPolicy(), placedAt)
	must(err)
	must(team.Dispatch(Assignee{Kind: AssigneeTeam, Team: "repair-team"}, placedAt.Add(time.Hour)))
	must(team.Take(placedAt.Add(2 * time.Hour)))
	must(team.Complete("done", placedAt.Add(4*time.Hour)))
	for _, v := range []governance.PersonID{"m1", "m2"} {
		e, err := l.GrantOrder(team, v, 2*time.Hour, by, placedAt.Add(5*time.Hour))
		if err != nil || e.Key != "o-2/"+string(v) {
			t.Errorf("team member %s: %+v, %v", v, e, err)
		}
	}
	if got := l.TeamTotal("repair-team", governance.Date{}, governance.Date{}); got != 4*time.Hour {
		t.Errorf("team total %v", got)
	}
}

func TestOrderJSON(t *testing.T) {
	o := placed(t)
	if err := o.Dispatch(Assignee{Kind: AssigneeTeam, Team: "repair-team"}, placedAt.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	var back Order
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(o.Record(), back.Record()); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
	for _, tc := range []struct {
		name   string
		change func(r *OrderRecord)
		want   string
	}{
		{"no id", func(r *OrderRecord) { r.ID = "" }, "volunteer.order.field_missing"},
		{"assignee changed", func(r *OrderRecord) { r.Assignee.Team = "other" }, "volunteer.record.assignee_mismatch"},
		{"assignee on a place step", func(r *OrderRecord) { r.History[0].Assignee = r.Assignee }, "volunteer.record.step_invalid"},
		{"no deadline to take", func(r *OrderRecord) { r.TakeBy = time.Time{} }, "volunteer.record.deadline_invalid"},
		{"rated without rating", func(r *OrderRecord) { r.Rating = SatisfactionSatisfied }, "volunteer.order.rating_invalid"},
		{"state", func(r *OrderRecord) { r.State = OrderTaken }, "volunteer.record.state_mismatch"},
		{"hours", func(r *OrderRecord) { r.Hours = 0 }, "volunteer.policy.not_positive"},
	} {
		r := o.Record()
		tc.change(&r)
		if _, err := RestoreOrder(r); !errors.Is(err, governance.Problem{Code: tc.want}) {
			t.Errorf("%s: err = %v, want %s", tc.name, err, tc.want)
		}
	}
}

// orderModel is what the state-machine test expects of an order.
type orderModel struct {
	state    OrderState
	steps    int
	last     time.Time
	assignee Assignee
	takeBy   time.Time
}

// TestOrderStateMachine runs random verbs with random arguments at random
// instants, time moving forward and sometimes back, against a model: an
// allowed verb with good arguments moves the state, adds one step and sets
// the deadlines; anything else leaves the order exactly as it was.
func TestOrderStateMachine(t *testing.T) {
	next := map[OrderState]map[OrderVerb]OrderState{
		OrderPlaced:     {OrderDispatch: OrderDispatched, OrderCancel: OrderCancelled},
		OrderDispatched: {OrderTake: OrderTaken, OrderDecline: OrderPlaced, OrderCancel: OrderCancelled},
		OrderTaken:      {OrderComplete: OrderDone},
		OrderDone:       {OrderRate: OrderRated},
	}
	assignees := []Assignee{
		{Kind: AssigneePartyMember, Person: "member-lin"}, {Kind: AssigneeVolunteer, Person: "v1"},
		{Kind: AssigneeTeam, Team: "repair-team"}, {Kind: AssigneeTeam}, {},
	}
	rapid.Check(t, func(t *rapid.T) {
		o := placed(t)
		m := orderModel{state: OrderPlaced, steps: 1, last: placedAt}
		now := placedAt
		try := func(t *rapid.T, v OrderVerb, good bool, do func(at time.Time) error) bool {
			at := m.last.Add(time.Duration(rapid.IntRange(-3, 30).Draw(t, "hours")) * time.Hour)
			before := o.Record()
			err := do(at)
			to, allowed := next[m.state][v]
			if ok := allowed && good && !at.Before(m.last); ok != (err == nil) {
				t.Fatalf("%v from %v at %v (good %v): err = %v", v, m.state, at, good, err)
			}
			if err != nil {
				if d := cmp.Diff(before, o.Record()); d != "" {
					t.Fatalf("%v refused but changed (-want +got):\n%s", v, d)
				}
				return false
			}
			m.state, m.last = to, at
			m.steps++
			now = at
			return true
		}
		t.Repeat(map[string]func(*rapid.T){
			"dispatch": func(t *rapid.T) {
				a := rapid.SampledFrom(assignees).Draw(t, "assignee")
				if try(t, OrderDispatch, len(a.Validate()) == 0, func(at time.Time) error { return o.Dispatch(a, at) }) {
					m.assignee, m.takeBy = a, m.last.Add(24*time.Hour)
				}
			},
			"take": func(t *rapid.T) {
				if try(t, OrderTake, true, func(at time.Time) error { return o.Take(at) }) {
					m.takeBy = time.Time{}
				}
			},
			"decline": func(t *rapid.T) {
				r := rapid.SampledFrom([]string{"", "busy"}).Draw(t, "reason")
				if try(t, OrderDecline, r != "", func(at time.Time) error { return o.Decline(r, at) }) {
					m.assignee, m.takeBy = Assignee{}, time.Time{}
				}
			},
			"complete": func(t *rapid.T) {
				n := rapid.SampledFrom([]string{"", "done"}).Draw(t, "note")
				try(t, OrderComplete, n != "", func(at time.Time) error { return o.Complete(n, at) })
			},
			"rate": func(t *rapid.T) {
				s := Satisfaction(rapid.IntRange(0, 4).Draw(t, "rating"))
				try(t, OrderRate, s.IsValid(), func(at time.Time) error { return o.Rate(s, "", at) })
			},
			"cancel": func(t *rapid.T) {
				r := rapid.SampledFrom([]string{"", "solved"}).Draw(t, "reason")
				if try(t, OrderCancel, r != "", func(at time.Time) error { return o.Cancel(r, at) }) {
					m.assignee, m.takeBy = Assignee{}, time.Time{}
				}
			},
			"overdue": func(t *rapid.T) {
				at := now.Add(time.Duration(rapid.IntRange(0, 96).Draw(t, "later")) * time.Hour)
				late := false
				switch m.state {
				case OrderDispatched:
					late = !at.Before(m.takeBy) || !at.Before(o.Due())
				case OrderPlaced, OrderTaken:
					late = !at.Before(o.Due())
				}
				if o.Overdue(at) != late {
					t.Fatalf("Overdue(%v) = %v in %v, model %v", at, o.Overdue(at), m.state, late)
				}
			},
			"": func(t *rapid.T) {
				if o.State() != m.state || len(o.History()) != m.steps || o.Assignee() != m.assignee || !o.TakeBy().Equal(m.takeBy) {
					t.Fatalf("order %+v, model %+v", o.Record(), m)
				}
				back, err := RestoreOrder(o.Record())
				if err != nil {
					t.Fatalf("record does not restore: %v", err)
				}
				if d := cmp.Diff(o.Record(), back.Record()); d != "" {
					t.Fatalf("restore (-want +got):\n%s", d)
				}
			},
		})
	})
}

func FuzzOrderUnmarshalJSON(f *testing.F) {
	o := placed(f)
	b, _ := json.Marshal(o)
	f.Add(b)
	_ = o.Dispatch(Assignee{Kind: AssigneeTeam, Team: "t"}, placedAt.Add(time.Hour))
	_ = o.Take(placedAt.Add(2 * time.Hour))
	_ = o.Complete("done", placedAt.Add(3*time.Hour))
	_ = o.Rate(SatisfactionBasically, "ok", placedAt.Add(4*time.Hour))
	b, _ = json.Marshal(o)
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		var o Order
		if err := json.Unmarshal(data, &o); err != nil {
			return
		}
		out, err := json.Marshal(&o)
		if err != nil {
			t.Fatalf("accepted order does not marshal: %v", err)
		}
		var back Order
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled order does not unmarshal: %v\n%s", err, out)
		}
		if d := cmp.Diff(o.Record(), back.Record()); d != "" {
			t.Fatalf("round trip (-want +got):\n%s", d)
		}
	})
}
