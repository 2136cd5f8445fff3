package dispute

import (
	"iter"
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/flow"
)

// workflow is the name case errors carry.
const workflow = "case"

// Actors of steps that no single person or unit takes (see Step).
const (
	// ActorCommittee is the committee before it has accepted the case and
	// its unit is on record: it registers the case, and may decline it or
	// grade its risk.
	ActorCommittee = "committee"
	// ActorParties is the parties together: their joint application for
	// judicial confirmation.
	ActorParties = "parties"
)

// open are the states in which a case still moves; risk steps may be taken
// in any of them.
var open = []State{
	StateRegistered, StateAccepted, StateMediating, StateAgreed,
	StatePerformed, StateUnperformed, StateTerminated, StateVisited,
}

// caseFlow is the case workflow. Besides the table, verbs check their own
// conditions (a mediator must be a member, a written agreement must be
// signed before it is performed, …); see each method.
var caseFlow = flow.New(workflow, governance.InvalidTransition, StateRegistered, []flow.Rule[State, Verb]{
	{Verb: VerbAccept, From: []State{StateRegistered}, To: StateAccepted},
	{Verb: VerbDecline, From: []State{StateRegistered}, To: StateDeclined},
	{Verb: VerbRefuse, From: []State{StateRegistered, StateAccepted}, To: StateRefused},
	{Verb: VerbAssign, From: []State{StateAccepted, StateMediating}},
	{Verb: VerbHold, From: []State{StateAccepted, StateMediating}, To: StateMediating},
	{Verb: VerbExtend, From: []State{StateAccepted, StateMediating}},
	{Verb: VerbAgree, From: []State{StateMediating}, To: StateAgreed},
	{Verb: VerbSign, From: []State{StateAgreed}},
	{Verb: VerbSignMediator, From: []State{StateAgreed}},
	{Verb: VerbSeal, From: []State{StateAgreed}},
	{Verb: VerbTerminate, From: []State{StateAccepted, StateMediating, StateAgreed}, To: StateTerminated},
	{Verb: VerbPerform, From: []State{StateAgreed}, To: StatePerformed},
	{Verb: VerbBreach, From: []State{StateAgreed}, To: StateUnperformed},
	{Verb: VerbApplyConfirmation, From: []State{StateAgreed, StateUnperformed}},
	{Verb: VerbRule, From: []State{StateAgreed, StatePerformed, StateUnperformed, StateVisited}},
	{Verb: VerbVisit, From: []State{StatePerformed, StateUnperformed, StateTerminated}, To: StateVisited},
	{Verb: VerbClose, From: []State{StateVisited, StateTerminated}, To: StateClosed},
	{Verb: VerbGradeRisk, From: open},
	{Verb: VerbReportPolice, From: open},
	{Verb: VerbDefuse, From: open},
})

// Transition is one rule of the case workflow: Verb moves a case from any
// state in From to To; a zero To keeps it where it was.
type Transition struct {
	Verb Verb
	From []State
	To   State
}

// CaseTransitions returns the case workflow's table, in the order case.mmd
// draws it. Cases start in StateRegistered; declined, refused and closed
// are final.
func CaseTransitions() []Transition {
	rules := caseFlow.Rules()
	out := make([]Transition, len(rules))
	for i, r := range rules {
		out[i] = Transition{Verb: r.Verb, From: r.From, To: r.To}
	}
	return out
}

// Step is one entry of a case's history: at what instant who took which
// verb, from which state to which, and the note given with it. The first
// step registers the case and has no From.
//
// The actor is the committee for its own steps — its unit's code once it
// has accepted the case, ActorCommittee before — a party's key (the
// person's ID, or the organisation's credit code) for a party's refusal or
// signature, the mediator's person ID for the mediator's signature, the
// court for its rulings, and ActorParties for the joint application for
// judicial confirmation. The note is what the caller gave, except where
// the library writes it: an assignment names the mediator, an application
// names the court, and a ruling carries the ruling's token (Ruling.String:
// "accepted", "confirmed", …; read it back with Ruling.UnmarshalText to
// show its label).
type Step struct {
	At    time.Time `json:"at"`
	Actor string    `json:"actor,omitempty"`
	Verb  Verb      `json:"verb"`
	From  State     `json:"from,omitzero"`
	To    State     `json:"to"`
	Note  string    `json:"note,omitempty"`
}

// StepError is the error of a verb the table allows but whose conditions
// are not met (a mediator who is a party, an oral agreement where a written
// one is required, an application for confirmation after the deadline).
// It unwraps to a *governance.TransitionError, and so to
// governance.ErrInvalidTransition, and to each of its problems, so
// errors.Is(err, governance.Problem{Code: "dispute.confirmation.too_late"})
// works.
type StepError struct {
	Verb     Verb
	State    State
	Problems governance.Problems
}

// Error names the verb, the state and the problems, in English.
func (e *StepError) Error() string {
	return "dispute: " + workflow + ": cannot " + e.Verb.String() + " in state " + e.State.String() + ": " + e.Problems.Error()
}

// Unwrap returns the transition error and the problems.
func (e *StepError) Unwrap() []error {
	return []error{
		&governance.TransitionError{Workflow: workflow, Verb: e.Verb.String(), State: e.State.String()},
		e.Problems,
	}
}

// historyCap is the history a case has room for without growing: the usual
// written case — registered, accepted, a mediator, a session, the
// agreement, three signatures and the seal, performed, visited and closed —
// takes twelve steps.
const historyCap = 12

// Case is a dispute before a people's mediation committee, from registration
// (登记) to the closed file (结案归档). Its fields are unexported; it changes
// only through its verbs, each of which applies completely — new state, one
// new history step — or returns an error wrapping
// governance.ErrInvalidTransition and changes nothing. Load a stored case
// with RestoreCase or json.Unmarshal. Use a case through its pointer: a
// case and what it records are one allocation, and a copy of the value
// would share the original's storage (go vet reports such copies).
type Case struct {
	_ noCopy
	// summary read by Tally, kept together at the front.
	outcome   Outcome
	accepted  bool
	group     bool
	prevented bool

	in   Intake
	r    Proceedings
	room room
}

// Register validates the intake and the policy and opens the case in
// StateRegistered at at. The case keeps a copy of both: later changes to
// either do not reach it. The error is governance.Problems listing every
// problem.
func Register(in Intake, p Policy, at time.Time) (*Case, error) {
	ps := in.Validate()
	for _, q := range p.Validate() {
		q.Path = governance.Field("policy", q.Path)
		ps = append(ps, q)
	}
	if at.IsZero() {
		ps = append(ps, governance.Errorf("dispute.step.time_missing", "at"))
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	c := &Case{
		outcome: OutcomePending,
		group:   in.People >= p.GroupFromPeople,
		r:       Proceedings{Policy: p, State: StateRegistered},
	}
	c.keepIntake(in)
	c.room.steps[0] = Step{At: at, Actor: ActorCommittee, Verb: VerbRegister, To: StateRegistered}
	c.r.History = c.room.steps[:1]
	return c, nil
}

// begin checks the conditions every verb shares: the table allows verb in
// the current state, at is set and not before the last step, and no police
// report is pending unless verb is the report. It returns the state verb
// leads to and the problems found so far, to which the verb adds its own.
func (c *Case) begin(verb Verb, at time.Time) (State, governance.Problems, error) {
	to, err := caseFlow.Next(c.r.State, verb)
	if err != nil {
		return 0, nil, err
	}
	var ps governance.Problems
	if at.IsZero() {
		ps = append(ps, governance.Errorf("dispute.step.time_missing", "at"))
	} else if last := c.r.History[len(c.r.History)-1].At; at.Before(last) {
		ps = append(ps, governance.Errorf("dispute.step.time_backwards", "at", last))
	}
	if c.r.ReportPending && verb != VerbReportPolice {
		ps = append(ps, governance.Errorf("dispute.risk.report_pending", "risk"))
	}
	return to, ps, nil
}

// reject returns the error of a verb whose conditions are not met.
func (c *Case) reject(verb Verb, ps governance.Problems) error {
	return &StepError{Verb: verb, State: c.r.State, Problems: ps.Sorted()}
}

// commit appends the step and moves the case to its new state. Verbs call
// it last, after every check and after every other change, none of which
// can fail.
func (c *Case) commit(verb Verb, to State, at time.Time, actor, note string) {
	c.r.History = append(c.r.History, Step{At: at, Actor: actor, Verb: verb, From: c.r.State, To: to, Note: note})
	c.r.State = to
}

// actor is who takes the committee's steps: the accepting committee's
// unit, or ActorCommittee before acceptance.
func (c *Case) actor() string {
	if c.r.Committee == "" {
		return ActorCommittee
	}
	return string(c.r.Committee)
}

// validParty reports whether i indexes a party.
func (c *Case) validParty(i int) bool { return i >= 0 && i < len(c.in.Parties) }

// Accept records that committee accepts the case (受理) and sets the
// mediation's due date: MediationMonths from the day of acceptance
// (see Due).
func (c *Case) Accept(committee Committee, at time.Time) error {
	to, ps, err := c.begin(VerbAccept, at)
	if err != nil {
		return err
	}
	if !committee.Unit.IsValid() {
		ps = append(ps, governance.Errorf("dispute.committee.unit_invalid", "committee.unit", string(committee.Unit)))
	}
	if ps != nil {
		return c.reject(VerbAccept, ps)
	}
	c.r.Committee = committee.Unit
	c.r.Due = periodEnd(at, c.r.Policy.MediationMonths, 0)
	c.accepted = true
	c.commit(VerbAccept, to, at, c.actor(), "")
	return nil
}

// Declination is the committee's refusal to accept a dispute (不予受理).
type Declination struct {
	At     time.Time     `json:"at"`
	Reason DeclineReason `json:"reason"`
	Note   string        `json:"note,omitempty"`
}

// Decline records that the committee does not accept the dispute, for
// reason. The case is final.
func (c *Case) Decline(reason DeclineReason, note string, at time.Time) error {
	to, ps, err := c.begin(VerbDecline, at)
	if err != nil {
		return err
	}
	if !reason.IsValid() {
		ps = append(ps, governance.Errorf("dispute.decline.reason_invalid", "reason"))
	}
	if ps != nil {
		return c.reject(VerbDecline, ps)
	}
	c.r.Declination = &Declination{At: at, Reason: reason, Note: note}
	c.outcome = OutcomeDeclined
	c.commit(VerbDecline, to, at, c.actor(), note)
	return nil
}

// Refusal records that a party explicitly refused mediation before it
// began (人民调解法 §17: 当事人一方明确拒绝调解的，不得调解).
type Refusal struct {
	At time.Time `json:"at"`
	// Party indexes the intake's parties.
	Party int    `json:"party"`
	Note  string `json:"note,omitempty"`
}

// Refuse records that party (an index into the intake's parties) explicitly
// refused mediation. Mediation does not proceed: the case is final, with
// the outcome OutcomeRefused. A party who ends mediation once it has begun
// terminates it instead (Terminate, TerminationReasonPartyRefused).
func (c *Case) Refuse(party int, note string, at time.Time) error {
	to, ps, err := c.begin(VerbRefuse, at)
	if err != nil {
		return err
	}
	if !c.validParty(party) {
		ps = append(ps, governance.Errorf("dispute.party.index_invalid", "party", party))
	}
	if ps != nil {
		return c.reject(VerbRefuse, ps)
	}
	c.r.Refusal = &Refusal{At: at, Party: party, Note: note}
	c.outcome = OutcomeRefused
	c.commit(VerbRefuse, to, at, c.in.Parties[party].key(), note)
	return nil
}

// Extend extends the mediation's due date by the policy's ExtensionMonths,
// at the request of the parties listed in requestedBy (indexes into the
// intake's parties), which must be all of them; a case is extended at most
// Policy.Extensions times (司法部 2002 art. 33; 宁波 2018 art. 27).
func (c *Case) Extend(requestedBy []int, at time.Time) error {
	to, ps, err := c.begin(VerbExtend, at)
	if err != nil {
		return err
	}
	if c.Extensions() >= c.r.Policy.Extensions {
		ps = append(ps, governance.Errorf("dispute.extend.exhausted", "extensions", c.r.Policy.Extensions))
	}
	ps = c.checkParties(ps, "requestedBy", requestedBy)
	for i := range c.in.Parties {
		if !slices.Contains(requestedBy, i) {
			ps = append(ps, governance.Errorf("dispute.extend.party_missing", "requestedBy", i))
		}
	}
	if ps != nil {
		return c.reject(VerbExtend, ps)
	}
	c.r.Due = periodEnd(c.r.Due.AddDate(0, 0, -1), c.r.Policy.ExtensionMonths, 0)
	c.commit(VerbExtend, to, at, c.actor(), "")
	return nil
}

// checkParties adds a problem for every index in idx that names no party or
// names one twice.
func (c *Case) checkParties(ps governance.Problems, path string, idx []int) governance.Problems {
	for i, p := range idx {
		switch {
		case !c.validParty(p):
			ps = append(ps, governance.Errorf("dispute.party.index_invalid", governance.Index(path, i), p))
		case slices.Contains(idx[:i], p):
			ps = append(ps, governance.Errorf("dispute.party.index_twice", governance.Index(path, i), p))
		}
	}
	return ps
}

// Visit records the follow-up visit (回访) after performance, non-performance
// or termination.
type Visit struct {
	At   time.Time `json:"at"`
	Note string    `json:"note,omitempty"`
}

// Visit records the follow-up visit (回访) with what was found.
func (c *Case) Visit(note string, at time.Time) error {
	to, ps, err := c.begin(VerbVisit, at)
	if err != nil {
		return err
	}
	if ps != nil {
		return c.reject(VerbVisit, ps)
	}
	c.r.Visit = Visit{At: at, Note: note}
	c.commit(VerbVisit, to, at, c.actor(), note)
	return nil
}

// Close closes and files the case (结案归档) after the follow-up visit, or
// after termination. A case whose application for judicial confirmation
// awaits the court's decision cannot be closed. Closed is final.
func (c *Case) Close(at time.Time) error {
	to, ps, err := c.begin(VerbClose, at)
	if err != nil {
		return err
	}
	if cf := c.r.Confirmation; cf != nil && cf.Pending() {
		ps = append(ps, governance.Errorf("dispute.close.confirmation_pending", "confirmation"))
	}
	if ps != nil {
		return c.reject(VerbClose, ps)
	}
	c.commit(VerbClose, to, at, c.actor(), "")
	return nil
}

// ID returns the case's register number.
func (c *Case) ID() string { return c.in.ID }

// Intake returns a copy of what was registered.
func (c *Case) Intake() Intake { return c.in.clone() }

// Policy returns the policy the case runs under.
func (c *Case) Policy() Policy { return c.r.Policy }

// State returns where the case stands.
func (c *Case) State() State { return c.r.State }

// Outcome returns how the case ended, or OutcomePending.
func (c *Case) Outcome() Outcome { return c.outcome }

// Registered returns the instant the case was registered.
func (c *Case) Registered() time.Time { return c.r.History[0].At }

// Committee returns the unit of the committee that accepted the case, or ""
// before acceptance.
func (c *Case) Committee() governance.Code { return c.r.Committee }

// Due returns when the mediation is due, as extended; zero before
// acceptance. The period is MediationMonths counted from the day after
// acceptance (the day of acceptance is not counted; a month without the
// corresponding day ends on its last day: 民法典 arts. 201–202). Due is
// the midnight that ends the period's last day — 00:00 of the next day, in
// the location of the instant of acceptance — so the case is overdue from
// that instant on; LastDay(c.Due()) is the last day itself. Accepted on
// 2025-01-31, a case is due at 2025-03-01 00:00: its last day is
// 2025-02-28.
func (c *Case) Due() time.Time { return c.r.Due }

// Overdue reports whether the case has been accepted, is not yet agreed,
// terminated or refused, and now is at or past its due instant.
func (c *Case) Overdue(now time.Time) bool {
	return (c.r.State == StateAccepted || c.r.State == StateMediating) && !now.Before(c.r.Due)
}

// Extensions returns how many times the case was extended.
func (c *Case) Extensions() int {
	n := 0
	for _, s := range c.r.History {
		if s.Verb == VerbExtend {
			n++
		}
	}
	return n
}

// Group reports whether the case is a group dispute: at least the policy's
// GroupFromPeople people involved.
func (c *Case) Group() bool { return c.group }

// History returns a copy of the case's steps, oldest first.
func (c *Case) History() []Step { return clone(c.r.History) }

// Verbs yields the verbs the table allows in the case's current state; each
// may still refuse on its own conditions.
func (c *Case) Verbs() iter.Seq[Verb] { return caseFlow.Verbs(c.r.State) }

// CaseDiagram returns the mediation case workflow as a Mermaid state diagram, generated from the
// transition table (the checked-in case.mmd).
func CaseDiagram() string { return caseFlow.Mermaid() }
