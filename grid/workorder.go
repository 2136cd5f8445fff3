package grid

import (
	"errors"
	"fmt"
	"iter"
	"strconv"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/flow"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// State is where a work order stands (see WorkOrderTransitions).
type State uint8

// States of a work order.
const (
	StateUnknown    State = iota
	StateReceived         // 受理: taken in, the clock runs
	StateDispatched       // 派单: sent to a department
	StateAccepted         // 签收: the department signed for it
	StateReturned         // 退单: sent back to the dispatcher; the clock stops
	StateSuspended        // 挂账: put on hold; the clock stops
	StateResolved         // 办结: the department reports it done
	StateReviewed         // 回访评价: the caller was called back
	StateClosed           // 结案: final
	StateTerminated       // 终止: ended without resolution, after review; final
)

var stateTokens = enum.Tokens[State]{
	"unknown", "received", "dispatched", "accepted", "returned", "suspended",
	"resolved", "reviewed", "closed", "terminated",
}

// String returns the state's token.
func (s State) String() string { return stateTokens.String(s) }

// IsValid reports whether s is a known state.
func (s State) IsValid() bool { return stateTokens.Valid(s) }

// MarshalText returns the state's token.
func (s State) MarshalText() ([]byte, error) { return stateTokens.Marshal("work order state", s) }

// UnmarshalText sets s from its token.
func (s *State) UnmarshalText(b []byte) error {
	return stateTokens.Unmarshal("work order state", s, b)
}

// Label returns the state's name in the language matched for tag.
func (s State) Label(tag language.Tag) string { return i18n.Label(tag, "grid.state", s.String()) }

// States yields every state of a work order.
func States() iter.Seq[State] { return stateTokens.All() }

// Final reports whether no verb leads out of s: closed and terminated.
func (s State) Final() bool { return s.IsValid() && workOrderFlow.Final(s) }

// Verb is a step of a work order's history: the method that took it.
type Verb uint8

// Verbs of a work order. VerbOpen is the first step of every history; the
// others are the methods of the same name.
const (
	VerbUnknown   Verb = iota
	VerbOpen           // 受理
	VerbDispatch       // 派单
	VerbDesignate      // 指定派单: dispatch to a designated department, which may not return it
	VerbAccept         // 签收
	VerbReturn         // 退单
	VerbExtend         // 延期
	VerbSuspend        // 挂账
	VerbResume         // 恢复办理
	VerbResolve        // 办结
	VerbReview         // 回访评价
	VerbReopen         // 退回再办
	VerbClose          // 结案
	VerbTerminate      // 终止
	VerbAnswer         // 直接答复: a consultation answered on the spot
	VerbTransfer       // 转警: handed to 110/119/120/122 at once
	VerbSupervise      // 督办
	VerbDecline        // 不予受理
)

var verbTokens = enum.Tokens[Verb]{
	"unknown", "open", "dispatch", "designate", "accept", "return", "extend",
	"suspend", "resume", "resolve", "review", "reopen", "close", "terminate",
	"answer", "transfer", "supervise", "decline",
}

// String returns the verb's token.
func (v Verb) String() string { return verbTokens.String(v) }

// IsValid reports whether v is a known verb.
func (v Verb) IsValid() bool { return verbTokens.Valid(v) }

// MarshalText returns the verb's token.
func (v Verb) MarshalText() ([]byte, error) { return verbTokens.Marshal("work order verb", v) }

// UnmarshalText sets v from its token.
func (v *Verb) UnmarshalText(b []byte) error {
	return verbTokens.Unmarshal("work order verb", v, b)
}

// Label returns the verb's name in the language matched for tag.
func (v Verb) Label(tag language.Tag) string { return i18n.Label(tag, "grid.verb", v.String()) }

// Verbs yields every verb.
func Verbs() iter.Seq[Verb] { return verbTokens.All() }

var (
	openStates    = []State{StateReceived, StateDispatched, StateAccepted, StateReturned, StateSuspended}
	workOrderFlow = flow.New("work_order", governance.InvalidTransition, StateReceived, []flow.Rule[State, Verb]{
		{Verb: VerbDispatch, From: []State{StateReceived, StateReturned}, To: StateDispatched},
		{Verb: VerbDesignate, From: []State{StateReceived, StateReturned}, To: StateDispatched},
		{Verb: VerbAccept, From: []State{StateDispatched}, To: StateAccepted},
		{Verb: VerbReturn, From: []State{StateDispatched, StateAccepted}, To: StateReturned},
		{Verb: VerbExtend, From: []State{StateDispatched, StateAccepted, StateSuspended}},
		{Verb: VerbSuspend, From: []State{StateAccepted}, To: StateSuspended},
		{Verb: VerbResume, From: []State{StateSuspended}, To: StateAccepted},
		{Verb: VerbResolve, From: []State{StateAccepted}, To: StateResolved},
		{Verb: VerbReview, From: []State{StateResolved}, To: StateReviewed},
		{Verb: VerbReopen, From: []State{StateReviewed}, To: StateDispatched},
		{Verb: VerbClose, From: []State{StateReviewed}, To: StateClosed},
		{Verb: VerbAnswer, From: []State{StateReceived}, To: StateClosed},
		{Verb: VerbTransfer, From: []State{StateReceived}, To: StateClosed},
		{Verb: VerbDecline, From: []State{StateReceived}, To: StateClosed},
		{Verb: VerbSupervise, From: openStates},
		{Verb: VerbTerminate, From: openStates, To: StateTerminated},
	})
)

// Transition says that Verb moves a work order from any state in From to
// To; a zero To keeps the order in the state it was in (an extension, a
// supervision).
type Transition struct {
	Verb Verb
	From []State
	To   State
}

// WorkOrderTransitions returns the work order's transition table, in the
// order workorder.mmd draws it. Every order starts in StateReceived (the
// step VerbOpen); closed and terminated are final.
func WorkOrderTransitions() []Transition {
	rules := workOrderFlow.Rules()
	out := make([]Transition, len(rules))
	for i, r := range rules {
		out[i] = Transition{Verb: r.Verb, From: r.From, To: r.To}
	}
	return out
}

// Step is one entry of an order's history: at which instant, who, which
// verb, from which state to which, the due instant in force after the step,
// and a note (the reason, the department dispatched to, the answer, the
// feedback — whatever the verb carries).
type Step struct {
	At    time.Time `json:"at"`
	Actor string    `json:"actor"`
	Verb  Verb      `json:"verb"`
	From  State     `json:"from,omitzero"` // zero for VerbOpen
	To    State     `json:"to"`
	Due   time.Time `json:"due"`
	Note  string    `json:"note,omitempty"`
}

// step is a Step as an order keeps it: instants as Unix nanoseconds, shown
// in the order's location, so that a history of eight steps takes 448
// bytes rather than 704.
type step struct {
	at, due     int64
	actor, note string
	verb        Verb
	from, to    State
}

// export returns the step as a Step with its instants in loc.
func (s *step) export(loc *time.Location) Step {
	return Step{
		At: time.Unix(0, s.at).In(loc), Actor: s.actor, Verb: s.verb,
		From: s.from, To: s.to, Due: time.Unix(0, s.due).In(loc), Note: s.note,
	}
}

// The instants an order accepts: the range in which an instant is kept to
// the nanosecond as an int64, with room for limits and pauses.
var (
	minInstant = time.Date(1900, time.January, 1, 0, 0, 0, 0, time.UTC)
	maxInstant = time.Date(2200, time.January, 1, 0, 0, 0, 0, time.UTC)
)

// inRange reports whether t lies within the instants an order accepts.
func inRange(t time.Time) bool { return !t.Before(minInstant) && t.Before(maxInstant) }

// Errors a verb returns besides the *governance.TransitionError of a verb
// not allowed in the order's state. The refusals wrap
// governance.ErrInvalidTransition too: the verb is not allowed now. Each is
// returned inside a *VerbError naming the verb and the state.
var (
	// ErrDesignated: a designated department may not return the order
	// (Policy.DesignatedMayNotReturn).
	ErrDesignated = fmt.Errorf("%w: a designated department may not return the order", governance.ErrInvalidTransition)
	// ErrNotConsultation: only a consultation is answered on the spot.
	ErrNotConsultation = fmt.Errorf("%w: only a consultation is answered on the spot", governance.ErrInvalidTransition)
	// ErrNotOverdue: only an overdue order is supervised.
	ErrNotOverdue = fmt.Errorf("%w: only an overdue order is supervised", governance.ErrInvalidTransition)
	// ErrSupervisionMax: the order is at the policy's highest supervision
	// level.
	ErrSupervisionMax = fmt.Errorf("%w: the order is at the highest supervision level", governance.ErrInvalidTransition)
	// ErrSatisfied: only a review that found the matter unresolved or the
	// caller dissatisfied reopens the order.
	ErrSatisfied = fmt.Errorf("%w: only a dissatisfied or unresolved review reopens the order", governance.ErrInvalidTransition)

	// ErrTimeOrder: the instant lies before the order's last step.
	ErrTimeOrder = errors.New("the instant lies before the order's last step")
	// ErrArgument: a required argument is empty or invalid, or an instant
	// lies outside 1900–2199 (VerbError.Field names it).
	ErrArgument = errors.New("a required argument is empty or invalid")
	// ErrNoCalendar: a workday limit needs a calendar.
	ErrNoCalendar = errors.New("a workday limit needs a calendar")
)

// VerbError says why a verb was refused. The order is unchanged.
type VerbError struct {
	Verb  Verb
	State State  // the state the order was in
	Field string // the argument at fault, for ErrArgument
	Err   error
}

// Error describes the error in English.
func (e *VerbError) Error() string {
	s := "grid: work_order: cannot " + e.Verb.String() + " in state " + e.State.String() + ": "
	if e.Field != "" {
		s += e.Field + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns the cause.
func (e *VerbError) Unwrap() error { return e.Err }

// flags of a work order.
const (
	flagDesignated  uint8 = 1 << iota // dispatched to a designated department
	flagNoReturn                      // the policy forbids designated departments to return
	flagReviewed                      // holds the feedback of its current review
	flagLateAccept                    // the last acceptance came after its limit
	flagLateResolve                   // the last resolution came after the due instant
)

// historyCap is the history an order is opened with room for: a plain
// lifecycle, so that its verbs do not allocate. The history lives apart
// from the order so that orders lie close together in memory for Measure.
const historyCap = 8

// WorkOrder is an appeal or event being handled (诉求/工单): its intake, the
// department handling it, its due instant and its complete history. Build
// one with Open; load one from storage with RestoreWorkOrder or
// json.Unmarshal. A verb either applies completely — new state, one new
// step — or returns an error and changes nothing. A WorkOrder is not safe
// for concurrent use.
type WorkOrder struct {
	// read by Measure: kept together.
	state       State
	flags       uint8
	feedback    Feedback
	supervision uint8
	maxSuper    uint8
	declined    DeclineReason
	transferred Service

	limit      Limit // the urgency's limit when opened
	acceptance Limit // the acceptance limit when opened; zero: none
	department Department
	due        time.Time
	acceptBy   time.Time // zero: no acceptance limit
	pausedAt   time.Time // while returned or suspended
	resolvedAt time.Time
	cal        *governance.Calendar
	loc        *time.Location // of the opening instant: the history's
	intake     Intake
	history    []step
}

// order problem codes.
const (
	codeOrderInstant  = "grid.order.instant_missing"
	codeOrderRange    = "grid.order.instant_out_of_range"
	codeOrderCalendar = "grid.order.calendar_missing"
)

// Open takes in an intake as a work order in StateReceived at instant at.
// The intake must be valid (see Intake.Validate) and the policy must give a
// valid limit for its urgency (and a valid acceptance limit if any); the
// due instant is the limit counted from at — in hours on the clock, or in
// workdays on cal, which may be nil only when every limit involved is in
// hours. Problems are returned as governance.Problems; a calendar that does
// not cover the due day is an error wrapping governance.ErrNotCovered.
func Open(in Intake, p Policy, cal *governance.Calendar, at time.Time) (*WorkOrder, error) {
	limit, ok := p.Deadlines[in.Urgency]
	accept := p.Acceptance[in.Urgency]
	if ps := openProblems(in, limit, ok, accept, cal, at); len(ps) > 0 {
		return nil, ps.Sorted()
	}
	due, err := limit.add(cal, at)
	if err != nil {
		return nil, err
	}
	// The order and the room for its usual history are one allocation.
	o := new(openOrder)
	w := &o.order
	*w = WorkOrder{
		state:      StateReceived,
		maxSuper:   uint8(min(max(p.MaxSupervision, 0), 255)),
		limit:      limit,
		acceptance: accept,
		due:        due,
		cal:        cal,
		loc:        at.Location(),
		intake:     in,
	}
	if p.DesignatedMayNotReturn {
		w.flags |= flagNoReturn
	}
	w.history = o.steps[:1]
	w.history[0] = step{at: at.UnixNano(), due: due.UnixNano(), actor: string(in.Receiver), verb: VerbOpen, to: StateReceived}
	return w, nil
}

// openOrder lays an order out with room for historyCap steps, so that
// opening one allocates once; a longer history moves to a slice of its own.
type openOrder struct {
	order WorkOrder
	steps [historyCap]step
}

// openProblems returns every reason Open refuses; nil when there is none.
func openProblems(in Intake, limit Limit, ok bool, accept Limit, cal *governance.Calendar, at time.Time) governance.Problems {
	ps := in.Validate()
	if in.Urgency.IsValid() && (!ok || !limit.IsValid()) {
		ps = append(ps, governance.Errorf(codePolicyDeadline, "policy.deadlines."+in.Urgency.String(), in.Urgency.String()))
	}
	if accept != (Limit{}) && !accept.IsValid() {
		ps = append(ps, governance.Errorf(codePolicyAcceptance, "policy.acceptance."+in.Urgency.String(), in.Urgency.String()))
	}
	if cal == nil && (limit.Workdays > 0 || accept.Workdays > 0) {
		ps = append(ps, governance.Errorf(codeOrderCalendar, "calendar"))
	}
	switch {
	case at.IsZero():
		ps = append(ps, governance.Errorf(codeOrderInstant, "at"))
	case !inRange(at):
		ps = append(ps, governance.Errorf(codeOrderRange, "at", at.Format(time.RFC3339)))
	}
	return ps
}

// check returns the state v leads to at instant at, or why not.
func (w *WorkOrder) check(v Verb, at time.Time) (State, error) {
	to, err := workOrderFlow.Next(w.state, v)
	if err != nil {
		return 0, err
	}
	if !at.Before(maxInstant) {
		return 0, &VerbError{Verb: v, State: w.state, Field: "at", Err: ErrArgument}
	}
	if at.UnixNano() < w.history[len(w.history)-1].at {
		return 0, w.refuse(v, ErrTimeOrder)
	}
	return to, nil
}

func (w *WorkOrder) refuse(v Verb, err error) error {
	return &VerbError{Verb: v, State: w.state, Err: err}
}

func (w *WorkOrder) missing(v Verb, field string) error {
	return &VerbError{Verb: v, State: w.state, Field: field, Err: ErrArgument}
}

// step appends the history entry and moves to state to.
func (w *WorkOrder) step(at time.Time, actor string, v Verb, to State, note string) {
	w.history = append(w.history, step{at: at.UnixNano(), due: w.due.UnixNano(), actor: actor, note: note, verb: v, from: w.state, to: to})
	w.state = to
}

// resumedDue is the due instant once a pause that began at w.pausedAt ends
// at at: later by the paused time, counted in the unit of the order's
// limit — the duration for an hour limit, the workdays passed for a workday
// limit.
func (w *WorkOrder) resumedDue(at time.Time) (time.Time, error) {
	if w.limit.Hours > 0 {
		return w.due.Add(at.Sub(w.pausedAt)), nil
	}
	if w.cal == nil {
		return time.Time{}, ErrNoCalendar
	}
	n, err := w.cal.WorkdaysBetween(w.pausedAt, at)
	if err != nil || n == 0 {
		return w.due, err
	}
	return w.cal.AddWorkdays(w.due, n)
}

// acceptDeadline is the instant by which a dispatch at at must be signed
// for; zero when the order has no acceptance limit.
func (w *WorkOrder) acceptDeadline(at time.Time) (time.Time, error) {
	if w.acceptance == (Limit{}) {
		return time.Time{}, nil
	}
	return w.acceptance.add(w.cal, at)
}

// Dispatch sends the order to the department (派单), from StateReceived or,
// after a return, from StateReturned — the paused time then moves the due
// instant later. The receiver is the actor; the note is the department.
func (w *WorkOrder) Dispatch(to Department, at time.Time) error {
	return w.dispatch(VerbDispatch, to, at)
}

// Designate dispatches the order to a department the centre designates
// (指定承办). Under a policy with DesignatedMayNotReturn, the department
// may not return it (Weifang 2021).
func (w *WorkOrder) Designate(to Department, at time.Time) error {
	return w.dispatch(VerbDesignate, to, at)
}

func (w *WorkOrder) dispatch(v Verb, to Department, at time.Time) error {
	next, err := w.check(v, at)
	if err != nil {
		return err
	}
	if to == "" {
		return w.missing(v, "department")
	}
	due := w.due
	if w.state == StateReturned {
		if due, err = w.resumedDue(at); err != nil {
			return w.refuse(v, err)
		}
	}
	acceptBy, err := w.acceptDeadline(at)
	if err != nil {
		return w.refuse(v, err)
	}
	w.due, w.acceptBy, w.pausedAt, w.department = due, acceptBy, time.Time{}, to
	w.flags &^= flagLateAccept
	if v == VerbDesignate {
		w.flags |= flagDesignated
	} else {
		w.flags &^= flagDesignated
	}
	w.step(at, string(w.intake.Receiver), v, next, string(to))
	return nil
}

// Accept records that the department signed for the order (签收); signing
// after the acceptance limit counts against on-time acceptance.
func (w *WorkOrder) Accept(at time.Time) error {
	next, err := w.check(VerbAccept, at)
	if err != nil {
		return err
	}
	if !w.acceptBy.IsZero() && at.After(w.acceptBy) {
		w.flags |= flagLateAccept
	}
	w.step(at, string(w.department), VerbAccept, next, "")
	return nil
}

// Return sends the order back to the dispatcher (退单) with the reason; the
// clock stops until it is dispatched again. A designated department may not
// return an order when the policy says so (ErrDesignated).
func (w *WorkOrder) Return(reason string, at time.Time) error {
	next, err := w.check(VerbReturn, at)
	if err != nil {
		return err
	}
	if reason == "" {
		return w.missing(VerbReturn, "reason")
	}
	if w.flags&(flagDesignated|flagNoReturn) == flagDesignated|flagNoReturn {
		return w.refuse(VerbReturn, ErrDesignated)
	}
	w.pausedAt = at
	w.step(at, string(w.department), VerbReturn, next, reason)
	return nil
}

// Extend moves the due instant later by the limit l (延期), approved by
// approver for the reason, which the caller must be told. The order stays
// in its state.
func (w *WorkOrder) Extend(l Limit, approver, reason string, at time.Time) error {
	next, err := w.check(VerbExtend, at)
	if err != nil {
		return err
	}
	switch {
	case !l.IsValid():
		return w.missing(VerbExtend, "limit")
	case approver == "":
		return w.missing(VerbExtend, "approver")
	case reason == "":
		return w.missing(VerbExtend, "reason")
	}
	due, err := l.add(w.cal, w.due)
	if err != nil {
		return w.refuse(VerbExtend, err)
	}
	w.due = due
	w.step(at, approver, VerbExtend, next, reason)
	return nil
}

// Suspend puts the order on hold (挂账) with the reason; the clock stops
// until Resume.
func (w *WorkOrder) Suspend(reason string, at time.Time) error {
	next, err := w.check(VerbSuspend, at)
	if err != nil {
		return err
	}
	if reason == "" {
		return w.missing(VerbSuspend, "reason")
	}
	w.pausedAt = at
	w.step(at, string(w.department), VerbSuspend, next, reason)
	return nil
}

// Resume takes a suspended order up again; the due instant moves later by
// the paused time.
func (w *WorkOrder) Resume(at time.Time) error {
	next, err := w.check(VerbResume, at)
	if err != nil {
		return err
	}
	due, err := w.resumedDue(at)
	if err != nil {
		return w.refuse(VerbResume, err)
	}
	w.due, w.pausedAt = due, time.Time{}
	w.step(at, string(w.department), VerbResume, next, "")
	return nil
}

// Resolve records that the department finished the matter (办结), with a
// note of what was done. Resolving after the due instant counts against
// on-time resolution.
func (w *WorkOrder) Resolve(note string, at time.Time) error {
	next, err := w.check(VerbResolve, at)
	if err != nil {
		return err
	}
	if note == "" {
		return w.missing(VerbResolve, "note")
	}
	if at.After(w.due) {
		w.flags |= flagLateResolve
	} else {
		w.flags &^= flagLateResolve
	}
	w.resolvedAt = at
	w.step(at, string(w.department), VerbResolve, next, note)
	return nil
}

// Review records the caller's feedback on a resolved order (回访评价). It
// should happen at the latest when the limit expires (see ReviewBy and
// DueForReview).
func (w *WorkOrder) Review(f Feedback, at time.Time) error {
	next, err := w.check(VerbReview, at)
	if err != nil {
		return err
	}
	if !f.IsValid() {
		return w.missing(VerbReview, "feedback")
	}
	w.feedback = f
	w.flags |= flagReviewed
	w.step(at, string(w.intake.Receiver), VerbReview, next, f.note())
	return nil
}

// Reopen sends a reviewed order back to its department to do again
// (退回再办) when the review found it unresolved or the caller
// dissatisfied (ErrSatisfied otherwise). The order is dispatched again: the
// department signs for it anew, and its limit counts afresh from at. The
// review stays in the history.
func (w *WorkOrder) Reopen(reason string, at time.Time) error {
	next, err := w.check(VerbReopen, at)
	if err != nil {
		return err
	}
	if reason == "" {
		return w.missing(VerbReopen, "reason")
	}
	if w.feedback.Resolved && w.feedback.Satisfaction != SatisfactionDissatisfied {
		return w.refuse(VerbReopen, ErrSatisfied)
	}
	due, err := w.limit.add(w.cal, at)
	if err != nil {
		return w.refuse(VerbReopen, err)
	}
	acceptBy, err := w.acceptDeadline(at)
	if err != nil {
		return w.refuse(VerbReopen, err)
	}
	w.due, w.acceptBy, w.resolvedAt, w.feedback = due, acceptBy, time.Time{}, Feedback{}
	w.flags &^= flagReviewed | flagLateAccept | flagLateResolve
	w.step(at, string(w.intake.Receiver), VerbReopen, next, reason)
	return nil
}

// Close closes a reviewed order (结案).
func (w *WorkOrder) Close(at time.Time) error {
	next, err := w.check(VerbClose, at)
	if err != nil {
		return err
	}
	w.step(at, string(w.intake.Receiver), VerbClose, next, "")
	return nil
}

// Terminate ends an open order without resolution (终止): a matter that
// cannot or need not be handled. It needs the reviewer who approved it and
// the reason.
func (w *WorkOrder) Terminate(reviewer, reason string, at time.Time) error {
	next, err := w.check(VerbTerminate, at)
	if err != nil {
		return err
	}
	switch {
	case reviewer == "":
		return w.missing(VerbTerminate, "reviewer")
	case reason == "":
		return w.missing(VerbTerminate, "reason")
	}
	w.pausedAt = time.Time{}
	w.step(at, reviewer, VerbTerminate, next, reason)
	return nil
}

// Answer closes a consultation answered on the spot (直接答复), with the
// answer given; any other kind of appeal is dispatched (ErrNotConsultation).
func (w *WorkOrder) Answer(answer string, at time.Time) error {
	next, err := w.check(VerbAnswer, at)
	if err != nil {
		return err
	}
	if w.intake.Kind != KindConsultation {
		return w.refuse(VerbAnswer, ErrNotConsultation)
	}
	if answer == "" {
		return w.missing(VerbAnswer, "answer")
	}
	w.step(at, string(w.intake.Receiver), VerbAnswer, next, answer)
	return nil
}

// Transfer hands an emergency to the emergency service at once and closes
// the order here (RULES.md §8).
func (w *WorkOrder) Transfer(s Service, at time.Time) error {
	next, err := w.check(VerbTransfer, at)
	if err != nil {
		return err
	}
	if !s.IsValid() {
		return w.missing(VerbTransfer, "service")
	}
	w.transferred = s
	w.step(at, string(w.intake.Receiver), VerbTransfer, next, s.String())
	return nil
}

// Decline closes an intake that is not accepted (不予受理), for the reason;
// the caller is told r.Notice.
func (w *WorkOrder) Decline(r DeclineReason, at time.Time) error {
	next, err := w.check(VerbDecline, at)
	if err != nil {
		return err
	}
	if !r.IsValid() {
		return w.missing(VerbDecline, "reason")
	}
	w.declined = r
	w.step(at, string(w.intake.Receiver), VerbDecline, next, r.String())
	return nil
}

// Supervise raises the supervision level (督办) of an order that is overdue
// at at (ErrNotOverdue otherwise), by the supervisor; the note is the new
// level. The policy's MaxSupervision caps it (ErrSupervisionMax).
func (w *WorkOrder) Supervise(supervisor string, at time.Time) error {
	next, err := w.check(VerbSupervise, at)
	if err != nil {
		return err
	}
	switch {
	case supervisor == "":
		return w.missing(VerbSupervise, "supervisor")
	case !w.Overdue(at):
		return w.refuse(VerbSupervise, ErrNotOverdue)
	case w.supervision >= w.maxSuper:
		return w.refuse(VerbSupervise, ErrSupervisionMax)
	}
	w.supervision++
	w.step(at, supervisor, VerbSupervise, next, strconv.Itoa(int(w.supervision)))
	return nil
}

// State returns the order's state.
func (w *WorkOrder) State() State { return w.state }

// Due returns the due instant in force. While the order is returned or
// suspended it is the due instant as the pause found it; ending the pause
// moves it later by the paused time.
func (w *WorkOrder) Due() time.Time { return w.due }

// Overdue reports whether the order is late at now: its clock runs and now
// is after the due instant, or it is paused and was already late when the
// pause began. Resolved, reviewed and final orders are not overdue.
func (w *WorkOrder) Overdue(now time.Time) bool {
	switch w.state {
	case StateReceived, StateDispatched, StateAccepted: // the clock runs
		return now.After(w.due)
	case StateReturned, StateSuspended: // the clock stopped at pausedAt
		return w.pausedAt.After(w.due)
	}
	return false
}

// History returns every step, the opening first. The instants are those
// the verbs were given, to the nanosecond, in the location of the opening
// instant.
func (w *WorkOrder) History() []Step {
	out := make([]Step, len(w.history))
	for i := range w.history {
		out[i] = w.history[i].export(w.loc)
	}
	return out
}

// Steps yields the steps in order, as History returns them, without
// building the whole list.
func (w *WorkOrder) Steps() iter.Seq[Step] {
	return func(yield func(Step) bool) {
		for i := range w.history {
			if !yield(w.history[i].export(w.loc)) {
				return
			}
		}
	}
}

// Intake returns the intake the order was opened with.
func (w *WorkOrder) Intake() Intake { return w.intake }

// ID returns the intake's ID.
func (w *WorkOrder) ID() string { return w.intake.ID }

// Receiver returns who first took the matter in and stays responsible for
// it (首接负责制).
func (w *WorkOrder) Receiver() Department { return w.intake.Receiver }

// Opened returns the instant the order was opened (zero for the zero
// WorkOrder).
func (w *WorkOrder) Opened() time.Time {
	if len(w.history) == 0 {
		return time.Time{}
	}
	return time.Unix(0, w.history[0].at).In(w.loc)
}

// Department returns the department the order was last dispatched to, and
// whether it was designated; empty before the first dispatch.
func (w *WorkOrder) Department() (Department, bool) {
	return w.department, w.flags&flagDesignated != 0
}

// Limit returns the limit the order was opened with.
func (w *WorkOrder) Limit() Limit { return w.limit }

// Feedback returns the feedback of the order's current review; false when
// it has none (not yet reviewed, or reopened since).
func (w *WorkOrder) Feedback() (Feedback, bool) { return w.feedback, w.flags&flagReviewed != 0 }

// Supervision returns the supervision level: 0 until first supervised.
func (w *WorkOrder) Supervision() int { return int(w.supervision) }

// Declined returns the reason an intake was declined.
func (w *WorkOrder) Declined() (DeclineReason, bool) { return w.declined, w.declined != 0 }

// Transferred returns the emergency service the order was handed to.
func (w *WorkOrder) Transferred() (Service, bool) { return w.transferred, w.transferred != 0 }

// OnTime reports whether the last acceptance came within the acceptance
// limit and the last resolution by the due instant; for an order not yet
// accepted or resolved, the part not yet done reports true.
func (w *WorkOrder) OnTime() (acceptance, resolution bool) {
	return w.flags&flagLateAccept == 0, w.flags&flagLateResolve == 0
}

// ReviewBy returns the instant by which a resolved order must be reviewed:
// when its limit expires, or at once if it was resolved late. False unless
// the order is resolved and awaits review.
func (w *WorkOrder) ReviewBy() (time.Time, bool) {
	if w.state != StateResolved {
		return time.Time{}, false
	}
	if w.resolvedAt.After(w.due) {
		return w.resolvedAt, true
	}
	return w.due, true
}

// DueForReview yields the orders awaiting review whose review is due at at
// (ReviewBy not after at), in the order given.
func DueForReview(orders iter.Seq[*WorkOrder], at time.Time) iter.Seq[*WorkOrder] {
	return func(yield func(*WorkOrder) bool) {
		for w := range orders {
			if by, ok := w.ReviewBy(); ok && !by.After(at) && !yield(w) {
				return
			}
		}
	}
}

// WorkOrderDiagram returns the work-order lifecycle as a Mermaid state diagram, generated from the
// transition table (the checked-in workorder.mmd).
func WorkOrderDiagram() string { return workOrderFlow.Mermaid() }
