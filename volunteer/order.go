package volunteer

import (
	"cmp"
	"encoding/json"
	"iter"
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/flow"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// OrderID identifies a service order.
type OrderID string

// Need is what a resident orders (群众点单): the field of service and a
// category, the place, a summary, the day it is wanted by, and the
// community and party branch the order goes to.
type Need struct {
	Resident  governance.PersonID `json:"resident"`
	Branch    OrgID               `json:"branch"` // the party branch that dispatches (支部下单)
	Community governance.Code     `json:"community"`
	Kind      Kind                `json:"kind"`
	Category  string              `json:"category"`
	Place     string              `json:"place"`
	Summary   string              `json:"summary"`
	WantedBy  governance.Date     `json:"wantedBy"`
}

// Validate reports every problem with the need: a missing resident,
// branch, category, place or summary, an invalid community, kind or day.
func (n Need) Validate() governance.Problems {
	var ps governance.Problems
	for _, f := range []struct {
		empty bool
		path  string
	}{
		{n.Resident == "", "resident"}, {n.Branch == "", "branch"}, {n.Category == "", "category"},
		{n.Place == "", "place"}, {n.Summary == "", "summary"},
	} {
		if f.empty {
			ps = append(ps, governance.Errorf("volunteer.order.field_missing", f.path))
		}
	}
	if !n.Community.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.order.community_invalid", "community", n.Community))
	}
	if !n.Kind.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.activity.kind_invalid", "kind", n.Kind))
	}
	if !n.WantedBy.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.order.wanted_by_invalid", "wantedBy", n.WantedBy))
	}
	return ps.Sorted()
}

// AssigneeKind is who a service order is dispatched to.
type AssigneeKind uint8

// Assignee kinds.
const (
	AssigneeUnknown     AssigneeKind = iota
	AssigneePartyMember              // 党员接单
	AssigneeVolunteer
	AssigneeTeam
)

var assigneeTokens = enum.Tokens[AssigneeKind]{"unknown", "party_member", "volunteer", "team"}

// String returns the kind's token.
func (k AssigneeKind) String() string { return assigneeTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k AssigneeKind) IsValid() bool { return assigneeTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k AssigneeKind) MarshalText() ([]byte, error) {
	return assigneeTokens.Marshal("assignee kind", k)
}

// UnmarshalText sets k from its token.
func (k *AssigneeKind) UnmarshalText(b []byte) error {
	return assigneeTokens.Unmarshal("assignee kind", k, b)
}

// Label returns the kind's name in the language matched for tag.
func (k AssigneeKind) Label(tag language.Tag) string {
	return i18n.Label(tag, "volunteer.assignee_kind", k.String())
}

// AssigneeKinds yields every valid kind.
func AssigneeKinds() iter.Seq[AssigneeKind] { return assigneeTokens.All() }

// Assignee is who an order is dispatched to: a party member or a volunteer
// (Person), or a team (Team).
type Assignee struct {
	Kind   AssigneeKind        `json:"kind"`
	Person governance.PersonID `json:"person,omitempty"`
	Team   TeamID              `json:"team,omitempty"`
}

// ID returns the assignee's identifier, the actor of its steps.
func (a Assignee) ID() string {
	if a.Kind == AssigneeTeam {
		return string(a.Team)
	}
	return string(a.Person)
}

// Validate reports an unknown kind, or a missing or extra identifier for
// the kind.
func (a Assignee) Validate() governance.Problems {
	team := a.Kind == AssigneeTeam
	switch {
	case !a.Kind.IsValid():
		return governance.Problems{governance.Errorf("volunteer.order.assignee_invalid", "kind", a.Kind)}
	case team && (a.Team == "" || a.Person != ""), !team && (a.Person == "" || a.Team != ""):
		return governance.Problems{governance.Errorf("volunteer.order.assignee_invalid", "", a.Kind)}
	}
	return nil
}

// Satisfaction is the resident's rating of a completed order.
type Satisfaction uint8

// Ratings.
const (
	SatisfactionUnknown Satisfaction = iota
	SatisfactionSatisfied
	SatisfactionBasically
	SatisfactionDissatisfied
)

var satisfactionTokens = enum.Tokens[Satisfaction]{"unknown", "satisfied", "basically", "dissatisfied"}

// String returns the rating's token.
func (s Satisfaction) String() string { return satisfactionTokens.String(s) }

// IsValid reports whether s is a known rating.
func (s Satisfaction) IsValid() bool { return satisfactionTokens.Valid(s) }

// MarshalText returns the rating's token.
func (s Satisfaction) MarshalText() ([]byte, error) {
	return satisfactionTokens.Marshal("satisfaction", s)
}

// UnmarshalText sets s from its token.
func (s *Satisfaction) UnmarshalText(b []byte) error {
	return satisfactionTokens.Unmarshal("satisfaction", s, b)
}

// Label returns the rating's name in the language matched for tag.
func (s Satisfaction) Label(tag language.Tag) string {
	return i18n.Label(tag, "volunteer.satisfaction", s.String())
}

// Satisfactions yields every valid rating.
func Satisfactions() iter.Seq[Satisfaction] { return satisfactionTokens.All() }

// OrderState is where a service order stands.
type OrderState uint8

// Order states.
const (
	OrderStateUnknown OrderState = iota
	OrderPlaced                  // 点单: waiting for the branch
	OrderDispatched              // 下单: waiting for the assignee
	OrderTaken                   // 接单
	OrderDone                    // completed, waiting for the rating
	OrderRated                   // rated by the resident
	OrderCancelled               // cancelled by the resident before it was taken
)

var orderStateTokens = enum.Tokens[OrderState]{"unknown", "placed", "dispatched", "taken", "done", "rated", "cancelled"}

// String returns the state's token.
func (s OrderState) String() string { return orderStateTokens.String(s) }

// IsValid reports whether s is a known state.
func (s OrderState) IsValid() bool { return orderStateTokens.Valid(s) }

// MarshalText returns the state's token.
func (s OrderState) MarshalText() ([]byte, error) {
	return orderStateTokens.Marshal("order state", s)
}

// UnmarshalText sets s from its token.
func (s *OrderState) UnmarshalText(b []byte) error {
	return orderStateTokens.Unmarshal("order state", s, b)
}

// Label returns the state's name in the language matched for tag.
func (s OrderState) Label(tag language.Tag) string {
	return i18n.Label(tag, "volunteer.order_state", s.String())
}

// OrderStates yields every valid state.
func OrderStates() iter.Seq[OrderState] { return orderStateTokens.All() }

// OrderVerb is what happens to a service order.
type OrderVerb uint8

// Order verbs. OrderPlace makes the first step and is not in the table.
const (
	OrderVerbUnknown OrderVerb = iota
	OrderPlace                 // the resident places the need
	OrderDispatch              // the branch dispatches it
	OrderTake                  // the assignee takes it
	OrderDecline               // the assignee declines it: back to the branch
	OrderComplete              // the assignee completes it
	OrderRate                  // the resident rates it
	OrderCancel                // the resident cancels it
)

var orderVerbTokens = enum.Tokens[OrderVerb]{"unknown", "place", "dispatch", "take", "decline", "complete", "rate", "cancel"}

// String returns the verb's token.
func (v OrderVerb) String() string { return orderVerbTokens.String(v) }

// IsValid reports whether v is a known verb.
func (v OrderVerb) IsValid() bool { return orderVerbTokens.Valid(v) }

// MarshalText returns the verb's token.
func (v OrderVerb) MarshalText() ([]byte, error) { return orderVerbTokens.Marshal("order verb", v) }

// UnmarshalText sets v from its token.
func (v *OrderVerb) UnmarshalText(b []byte) error {
	return orderVerbTokens.Unmarshal("order verb", v, b)
}

// Label returns the verb's name in the language matched for tag.
func (v OrderVerb) Label(tag language.Tag) string {
	return i18n.Label(tag, "volunteer.order_verb", v.String())
}

// OrderVerbs yields every valid verb.
func OrderVerbs() iter.Seq[OrderVerb] { return orderVerbTokens.All() }

var orderFlow = flow.New("order", governance.InvalidTransition, OrderPlaced, []flow.Rule[OrderState, OrderVerb]{
	{Verb: OrderDispatch, From: []OrderState{OrderPlaced}, To: OrderDispatched},
	{Verb: OrderTake, From: []OrderState{OrderDispatched}, To: OrderTaken},
	{Verb: OrderDecline, From: []OrderState{OrderDispatched}, To: OrderPlaced},
	{Verb: OrderComplete, From: []OrderState{OrderTaken}, To: OrderDone},
	{Verb: OrderRate, From: []OrderState{OrderDone}, To: OrderRated},
	{Verb: OrderCancel, From: []OrderState{OrderPlaced, OrderDispatched}, To: OrderCancelled},
})

// OrderTransition says that Verb moves a service order from any state in
// From to To.
type OrderTransition struct {
	Verb OrderVerb
	From []OrderState
	To   OrderState
}

// OrderTransitions returns the service order's transition table, as
// order.mmd draws it. Every order starts placed (the step OrderPlace).
func OrderTransitions() []OrderTransition {
	rules := orderFlow.Rules()
	out := make([]OrderTransition, len(rules))
	for i, r := range rules {
		out[i] = OrderTransition{Verb: r.Verb, From: r.From, To: r.To}
	}
	return out
}

// OrderStep is one entry of a service order's history.
type OrderStep struct {
	At    time.Time  `json:"at"`
	Actor string     `json:"actor"`
	Verb  OrderVerb  `json:"verb"`
	From  OrderState `json:"from,omitzero"` // zero for OrderPlace
	To    OrderState `json:"to"`
	Note  string     `json:"note,omitempty"`
	// Assignee is who a dispatch step sent the order to.
	Assignee Assignee `json:"assignee,omitzero"`
}

// Order is a service order (群众点单、支部下单、党员接单, Zhangzhou): a
// resident places a need, the branch dispatches it to a party member, a
// volunteer or a team, who takes it or declines it (back to the branch),
// completes it, and the resident rates it; the resident may cancel it until
// it is taken. It must be taken within the policy's hours of each dispatch
// and done by the end of the day wanted; both deadlines are stored when set.
// Build one with Place; load one with RestoreOrder or json.Unmarshal. A verb
// applies completely or returns an error and changes nothing.
type Order struct {
	id       OrderID
	need     Need
	hours    int       // the policy's hours to take, kept from placement
	due      time.Time // end of the day wanted, in the placement's location
	takeBy   time.Time // while dispatched: the deadline to take
	assignee Assignee  // while dispatched and after it is taken
	rating   Satisfaction
	state    OrderState
	history  []OrderStep
}

// Place opens the order: the resident's need at instant at. The policy's
// time to take is kept on the order; the order is due at the end of the
// day wanted, in at's location.
func Place(id OrderID, n Need, p Policy, at time.Time) (*Order, error) {
	ps := n.Validate()
	if id == "" {
		ps = append(ps, governance.Errorf("volunteer.order.field_missing", "id"))
	}
	if at.IsZero() {
		ps = append(ps, governance.Errorf("volunteer.ledger.at_invalid", "at"))
	} else if n.WantedBy.IsValid() && n.WantedBy.Before(governance.DateOf(at)) {
		ps = append(ps, governance.Errorf("volunteer.order.wanted_by_past", "wantedBy", n.WantedBy))
	}
	if p.OrderTakeHours <= 0 {
		ps = append(ps, governance.Errorf("volunteer.policy.not_positive", "policy.orderTakeHours", p.OrderTakeHours))
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	return &Order{
		id: id, need: n, hours: p.OrderTakeHours,
		due:     n.WantedBy.AddDays(1).In(at.Location()),
		state:   OrderPlaced,
		history: []OrderStep{{At: at, Actor: string(n.Resident), Verb: OrderPlace, To: OrderPlaced, Note: n.Summary}},
	}, nil
}

func (o *Order) check(v OrderVerb, at time.Time) (OrderState, error) {
	to, err := orderFlow.Next(o.state, v)
	if err != nil {
		return 0, err
	}
	if !after(at, o.history[len(o.history)-1].At) {
		return 0, o.fail(v, ErrTimeOrder)
	}
	return to, nil
}

func (o *Order) fail(v OrderVerb, err error) error {
	return &StepError{Workflow: "order", Verb: v.String(), State: o.state.String(), Err: err}
}

func (o *Order) step(at time.Time, actor string, v OrderVerb, to OrderState, note string) {
	o.history = append(o.history, OrderStep{At: at, Actor: actor, Verb: v, From: o.state, To: to, Note: note})
	o.state = to
}

// Dispatch sends the order to the assignee (支部下单); it must be taken
// within the policy's hours.
func (o *Order) Dispatch(to Assignee, at time.Time) error {
	next, err := o.check(OrderDispatch, at)
	if err != nil {
		return err
	}
	if ps := to.Validate(); len(ps) > 0 {
		for i := range ps {
			ps[i].Path = governance.Field("assignee", ps[i].Path)
		}
		return o.fail(OrderDispatch, ps)
	}
	o.assignee = to
	o.takeBy = at.Add(time.Duration(o.hours) * time.Hour)
	o.step(at, string(o.need.Branch), OrderDispatch, next, "")
	o.history[len(o.history)-1].Assignee = to
	return nil
}

// Take records that the assignee took the order (接单).
func (o *Order) Take(at time.Time) error {
	next, err := o.check(OrderTake, at)
	if err != nil {
		return err
	}
	o.takeBy = time.Time{}
	o.step(at, o.assignee.ID(), OrderTake, next, "")
	return nil
}

// Decline records that the assignee declined the order, with the reason;
// it goes back to the branch to be dispatched again.
func (o *Order) Decline(reason string, at time.Time) error {
	next, err := o.check(OrderDecline, at)
	if err != nil {
		return err
	}
	if ps := noted(reason); len(ps) > 0 {
		return o.fail(OrderDecline, ps)
	}
	actor := o.assignee.ID()
	o.assignee, o.takeBy = Assignee{}, time.Time{}
	o.step(at, actor, OrderDecline, next, reason)
	return nil
}

// Complete records that the assignee completed the order, with a note of
// what was done.
func (o *Order) Complete(note string, at time.Time) error {
	next, err := o.check(OrderComplete, at)
	if err != nil {
		return err
	}
	if ps := noted(note); len(ps) > 0 {
		return o.fail(OrderComplete, ps)
	}
	o.step(at, o.assignee.ID(), OrderComplete, next, note)
	return nil
}

// Rate records the resident's rating of the completed order.
func (o *Order) Rate(s Satisfaction, note string, at time.Time) error {
	next, err := o.check(OrderRate, at)
	if err != nil {
		return err
	}
	if !s.IsValid() {
		return o.fail(OrderRate, governance.Problems{governance.Errorf("volunteer.order.rating_invalid", "satisfaction", s)})
	}
	o.rating = s
	o.step(at, string(o.need.Resident), OrderRate, next, note)
	return nil
}

// Cancel records that the resident cancelled the order, with the reason;
// only before it is taken.
func (o *Order) Cancel(reason string, at time.Time) error {
	next, err := o.check(OrderCancel, at)
	if err != nil {
		return err
	}
	if ps := noted(reason); len(ps) > 0 {
		return o.fail(OrderCancel, ps)
	}
	o.assignee, o.takeBy = Assignee{}, time.Time{}
	o.step(at, string(o.need.Resident), OrderCancel, next, reason)
	return nil
}

// ID returns the order's ID.
func (o *Order) ID() OrderID { return o.id }

// Need returns what the resident ordered.
func (o *Order) Need() Need { return o.need }

// State returns where the order stands.
func (o *Order) State() OrderState { return o.state }

// Assignee returns who the order is dispatched to or taken by; zero while
// placed or cancelled.
func (o *Order) Assignee() Assignee { return o.assignee }

// Rating returns the resident's rating; zero until rated.
func (o *Order) Rating() Satisfaction { return o.rating }

// Due returns the end of the day wanted: the order must be done before.
func (o *Order) Due() time.Time { return o.due }

// TakeBy returns the deadline to take the order while it is dispatched;
// zero otherwise.
func (o *Order) TakeBy() time.Time { return o.takeBy }

// Completed returns when the order was completed; zero before.
func (o *Order) Completed() time.Time { return o.at(OrderComplete) }

// Taken returns when the order was last taken; zero before.
func (o *Order) Taken() time.Time { return o.at(OrderTake) }

func (o *Order) at(v OrderVerb) time.Time {
	for i := len(o.history) - 1; i >= 0; i-- {
		if o.history[i].Verb == v {
			return o.history[i].At
		}
	}
	return time.Time{}
}

// Overdue reports whether the order is late at instant now: dispatched and
// not taken by its deadline, or not done by the end of the day wanted.
// Done, rated and cancelled orders are never overdue.
func (o *Order) Overdue(now time.Time) bool {
	switch o.state {
	case OrderDispatched:
		return !now.Before(o.takeBy) || !now.Before(o.due)
	case OrderPlaced, OrderTaken:
		return !now.Before(o.due)
	}
	return false
}

// OverdueOrders returns the orders overdue at now, by ID.
func OverdueOrders(orders iter.Seq[*Order], now time.Time) []*Order {
	var out []*Order
	for o := range orders {
		if o.Overdue(now) {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b *Order) int { return cmp.Compare(a.id, b.id) })
	return out
}

// History returns a copy of the order's steps.
func (o *Order) History() []OrderStep { return slices.Clone(o.history) }

// Activity returns the activity a completed order stands for in the
// ledger: ID "order/<id>", organised by the branch (who records its
// hours), run by the team if a team took it, from the taking to the
// completion. An order not done is an error ("volunteer.order.not_done").
func (o *Order) Activity() (Activity, error) {
	if o.state != OrderDone && o.state != OrderRated {
		return Activity{}, governance.Problems{governance.Errorf("volunteer.order.not_done", "state", o.state)}
	}
	return Activity{
		ID: ActivityID("order/" + string(o.id)), Name: o.need.Summary, Kind: o.need.Kind,
		Organiser: o.need.Branch, Team: o.assignee.Team, Community: o.need.Community, Place: o.need.Place,
		Start: o.Taken(), End: o.Completed(),
	}, nil
}

// GrantOrder grants volunteer v the duration d served on the completed
// order o, recorded by the branch's recorder: it registers the order's
// activity (Order.Activity) and grants under the order's ID as the
// idempotency key — for an order a team took, the ID, "/" and the member,
// one key per member (the ledger does not know the team's members: the
// branch vouches for them). A repeated call returns the first entry. On
// error the ledger is unchanged.
func (l *Ledger) GrantOrder(o *Order, v governance.PersonID, d time.Duration, by Recorder, at time.Time) (Entry, error) {
	a, err := o.Activity()
	if err != nil {
		return Entry{}, err
	}
	key := string(o.id)
	switch {
	case o.assignee.Kind == AssigneeTeam:
		key += "/" + string(v)
	case v != o.assignee.Person:
		return Entry{}, governance.Problems{governance.Errorf("volunteer.order.not_assignee", "volunteer", v, o.assignee.ID())}
	}
	l.ready()
	mark := l.mark()
	if err := l.AddActivity(a); err != nil {
		return Entry{}, err
	}
	e, err := l.Grant(Service{Volunteer: v, Activity: a.ID, Duration: d, Recorder: by, Key: key}, at)
	if err != nil {
		l.rollback(mark)
	}
	return e, err
}

// OrderRecord is a service order as storage holds it.
type OrderRecord struct {
	ID       OrderID      `json:"id"`
	Need     Need         `json:"need"`
	Hours    int          `json:"hours"` // the policy's hours to take
	Due      time.Time    `json:"due"`
	TakeBy   time.Time    `json:"takeBy,omitzero"`
	Assignee Assignee     `json:"assignee,omitzero"`
	Rating   Satisfaction `json:"rating,omitzero"`
	State    OrderState   `json:"state"`
	History  []OrderStep  `json:"history"`
}

// Record returns the order as storage holds it.
func (o *Order) Record() OrderRecord {
	return OrderRecord{
		ID: o.id, Need: o.need, Hours: o.hours, Due: o.due, TakeBy: o.takeBy,
		Assignee: o.assignee, Rating: o.rating, State: o.state, History: o.History(),
	}
}

// RestoreOrder rebuilds an order from storage, checking structure: an ID,
// a valid need, positive hours to take, a history that
// starts with the placing and follows the table with instants that do not
// go back, the state of the last step, an assignee exactly while
// dispatched or after it is taken (the one the last dispatch named), a
// deadline to take exactly while dispatched (the policy's hours after the
// dispatch), a due instant after the placing, a rating exactly when rated.
// Every problem is returned, as governance.Problems.
func RestoreOrder(r OrderRecord) (*Order, error) {
	var ps governance.Problems
	if r.ID == "" {
		ps = append(ps, governance.Errorf("volunteer.order.field_missing", "id"))
	}
	for _, p := range r.Need.Validate() {
		p.Path = governance.Field("need", p.Path)
		ps = append(ps, p)
	}
	if r.Hours <= 0 {
		ps = append(ps, governance.Errorf("volunteer.policy.not_positive", "hours", r.Hours))
	}
	var dispatched Assignee
	for i, s := range r.History {
		if s.Verb == OrderDispatch {
			dispatched = s.Assignee
		} else if s.Assignee != (Assignee{}) {
			ps = append(ps, governance.Errorf("volunteer.record.step_invalid", governance.Field(governance.Index("history", i), "assignee"), i))
		}
	}
	ps = append(ps, checkHistory(r.History, OrderPlace, OrderPlaced, r.State, orderFlow,
		func(s OrderStep) (time.Time, string, OrderVerb, OrderState, OrderState) {
			return s.At, s.Actor, s.Verb, s.From, s.To
		})...)
	assigned := r.State == OrderDispatched || r.State == OrderTaken || r.State == OrderDone || r.State == OrderRated
	if assigned != (r.Assignee != Assignee{}) || (assigned && (r.Assignee != dispatched || len(r.Assignee.Validate()) > 0)) {
		ps = append(ps, governance.Errorf("volunteer.record.assignee_mismatch", "assignee"))
	}
	if (r.State == OrderDispatched) == r.TakeBy.IsZero() ||
		r.State == OrderDispatched && len(r.History) > 0 && !r.TakeBy.Equal(r.History[len(r.History)-1].At.Add(time.Duration(r.Hours)*time.Hour)) {
		ps = append(ps, governance.Errorf("volunteer.record.deadline_invalid", "takeBy"))
	}
	if len(r.History) > 0 && !r.Due.After(r.History[0].At) {
		ps = append(ps, governance.Errorf("volunteer.record.deadline_invalid", "due"))
	}
	if (r.State == OrderRated) != r.Rating.IsValid() || (r.Rating != 0 && !r.Rating.IsValid()) {
		ps = append(ps, governance.Errorf("volunteer.order.rating_invalid", "rating", r.Rating))
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	return &Order{
		id: r.ID, need: r.Need, hours: r.Hours, due: r.Due, takeBy: r.TakeBy, assignee: r.Assignee,
		rating: r.Rating, state: r.State, history: slices.Clone(r.History),
	}, nil
}

// MarshalJSON writes the order's record.
func (o *Order) MarshalJSON() ([]byte, error) { return json.Marshal(o.Record()) }

// UnmarshalJSON reads a record and restores the order as RestoreOrder
// does. On error o is unchanged.
func (o *Order) UnmarshalJSON(b []byte) error {
	var r OrderRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	out, err := RestoreOrder(r)
	if err != nil {
		return err
	}
	*o = *out
	return nil
}

// OrderDiagram returns the service-order workflow as a Mermaid state diagram, generated from the
// transition table (the checked-in order.mmd).
func OrderDiagram() string { return orderFlow.Mermaid() }
