package governance

import (
	"encoding/json"
	"errors"
	"iter"
	"strings"
	"time"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/flow"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// AdmissionPolicy holds the numbers of the admission procedure (准入制度):
// how far ahead a department must apply and how soon the decision is due,
// both in workdays of the Calendar in force when the department applies.
type AdmissionPolicy struct {
	// LeadWorkdays: a department applies at least this many workdays
	// before the day the item is to start.
	LeadWorkdays int `json:"leadWorkdays"`
	// DecisionWorkdays: the decision is due this many workdays after the
	// application.
	DecisionWorkdays int    `json:"decisionWorkdays"`
	Source           string `json:"source,omitempty"`
}

// DefaultAdmissionPolicy returns the procedure of Beijing's Xicheng
// district: apply at least 30 workdays ahead; the decision within 15
// workdays.
//
// # Source
//
// 北京市西城区社区工作事项准入制度 (local: one district's procedure; RULES.md
// §7). Other cities set other numbers.
func DefaultAdmissionPolicy() AdmissionPolicy {
	return AdmissionPolicy{
		LeadWorkdays:     30,
		DecisionWorkdays: 15,
		Source:           "北京市西城区社区工作事项准入制度 (local)",
	}
}

// admission policy problem codes.
const (
	codeAdmissionPolicyLead     = "governance.admission_policy.lead_invalid"
	codeAdmissionPolicyDecision = "governance.admission_policy.decision_invalid"
)

// Validate reports every problem of the policy: a lead or decision time that
// is not positive.
func (p AdmissionPolicy) Validate() Problems {
	var ps Problems
	if p.LeadWorkdays < 1 {
		ps = append(ps, Errorf(codeAdmissionPolicyLead, "leadWorkdays", p.LeadWorkdays))
	}
	if p.DecisionWorkdays < 1 {
		ps = append(ps, Errorf(codeAdmissionPolicyDecision, "decisionWorkdays", p.DecisionWorkdays))
	}
	return ps.Sorted()
}

// LatestApplication returns the last day on which a department may apply for
// an item starting on start: the workday from which LeadWorkdays workdays on
// cal reach start, the start day counted when it is a workday. The error
// wraps ErrNotCovered when the count leaves the calendar's years.
func (p AdmissionPolicy) LatestApplication(cal *Calendar, start Date) (Date, error) {
	work, err := cal.Workday(start)
	if err != nil {
		return Date{}, err
	}
	n := p.LeadWorkdays
	if !work {
		// count back from the last workday before start
		n++
	}
	t, err := cal.AddWorkdays(start.In(time.UTC), -n)
	if err != nil {
		return Date{}, err
	}
	return DateOf(t), nil
}

// admissionWorkdaysAhead counts the workdays from the application at at up to and
// including start's day. An application made on a rest day counts as made
// on the next workday (受理顺延), which is itself not counted.
func admissionWorkdaysAhead(cal *Calendar, at time.Time, start Date) (int, error) {
	day := DateOf(at)
	n, err := cal.WorkdaysBetween(day.In(time.UTC), start.In(time.UTC))
	if err != nil {
		return 0, err
	}
	work, err := cal.Workday(day)
	if err != nil {
		return 0, err
	}
	if !work && day.Before(start) {
		n--
	}
	return n, nil
}

// AdmissionState is the state of an admission.
type AdmissionState uint8

// Admission states. AdmissionLapsed is reached by time alone: a temporary
// admission lapses on its end date, without a verb.
const (
	AdmissionStateUnknown  AdmissionState = iota
	AdmissionApplied                      // 已申请: awaiting the decision
	AdmissionAppliedUrgent                // 紧急申请: awaiting consent to a temporary admission
	AdmissionAdmitted                     // 准入: the item joins the units' lists from its start day
	AdmissionTemporary                    // 临时准入: admitted for a fixed period
	AdmissionRejected                     // 不予准入
	AdmissionRevoked                      // 撤销准入
	AdmissionLapsed                       // 临时准入期满: the temporary period has ended
)

var admissionStateTokens = enum.Tokens[AdmissionState]{
	"unknown", "applied", "applied_urgent", "admitted", "temporary", "rejected", "revoked", "lapsed",
}

// String returns the state's token.
func (s AdmissionState) String() string { return admissionStateTokens.String(s) }

// IsValid reports whether s is a known state.
func (s AdmissionState) IsValid() bool { return admissionStateTokens.Valid(s) }

// MarshalText returns the state's token.
func (s AdmissionState) MarshalText() ([]byte, error) {
	return admissionStateTokens.Marshal("admission state", s)
}

// UnmarshalText sets s from its token.
func (s *AdmissionState) UnmarshalText(b []byte) error {
	return admissionStateTokens.Unmarshal("admission state", s, b)
}

// Label returns the state's name in the language matched for tag.
func (s AdmissionState) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.admission_state", s.String())
}

// AdmissionStates yields every valid state.
func AdmissionStates() iter.Seq[AdmissionState] { return admissionStateTokens.All() }

// Pending reports whether the state awaits a decision.
func (s AdmissionState) Pending() bool {
	return s == AdmissionApplied || s == AdmissionAppliedUrgent
}

// AdmissionVerb is a step of the admission procedure.
type AdmissionVerb uint8

// Admission verbs.
const (
	AdmissionVerbUnknown          AdmissionVerb = iota
	AdmissionVerbApply                          // 申请: Apply
	AdmissionVerbApprove                        // 同意准入: Approve
	AdmissionVerbReject                         // 不予准入: Reject
	AdmissionVerbAdmitTemporarily               // 临时准入: AdmitTemporarily
	AdmissionVerbRevoke                         // 撤销: Revoke
)

var admissionVerbTokens = enum.Tokens[AdmissionVerb]{
	"unknown", "apply", "approve", "reject", "admit_temporarily", "revoke",
}

// String returns the verb's token.
func (v AdmissionVerb) String() string { return admissionVerbTokens.String(v) }

// IsValid reports whether v is a known verb.
func (v AdmissionVerb) IsValid() bool { return admissionVerbTokens.Valid(v) }

// MarshalText returns the verb's token.
func (v AdmissionVerb) MarshalText() ([]byte, error) {
	return admissionVerbTokens.Marshal("admission verb", v)
}

// UnmarshalText sets v from its token.
func (v *AdmissionVerb) UnmarshalText(b []byte) error {
	return admissionVerbTokens.Unmarshal("admission verb", v, b)
}

// Label returns the verb's name in the language matched for tag.
func (v AdmissionVerb) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.admission_verb", v.String())
}

// AdmissionVerbs yields every valid verb.
func AdmissionVerbs() iter.Seq[AdmissionVerb] { return admissionVerbTokens.All() }

// AdmissionTransition says that Verb moves an admission from any state in
// From to To. A transition with no From creates the admission: Apply starts
// it in AdmissionApplied, or in AdmissionAppliedUrgent for an urgent item.
// A transition with When and no Verb happens by itself when the condition
// holds: a temporary admission lapses on its end date.
type AdmissionTransition struct {
	Verb AdmissionVerb
	From []AdmissionState
	To   AdmissionState
	When string
}

// admissionFlow is the admission procedure as a transition table.
var admissionFlow = flow.New("admission", InvalidTransition, 0, []flow.Rule[AdmissionState, AdmissionVerb]{
	{Verb: AdmissionVerbApply, To: AdmissionApplied},
	{Verb: AdmissionVerbApply, To: AdmissionAppliedUrgent},
	{Verb: AdmissionVerbApprove, From: []AdmissionState{AdmissionApplied}, To: AdmissionAdmitted},
	{Verb: AdmissionVerbReject, From: []AdmissionState{AdmissionApplied, AdmissionAppliedUrgent}, To: AdmissionRejected},
	{Verb: AdmissionVerbAdmitTemporarily, From: []AdmissionState{AdmissionAppliedUrgent}, To: AdmissionTemporary},
	{Verb: AdmissionVerbRevoke, From: []AdmissionState{AdmissionAdmitted, AdmissionTemporary}, To: AdmissionRevoked},
	{When: "end date", From: []AdmissionState{AdmissionTemporary}, To: AdmissionLapsed},
})

// AdmissionTransitions returns the admission procedure (RULES.md §7) as a
// table: apply; approve or reject a regular application; admit an urgent one
// temporarily, with consent and an end date, or reject it; revoke an
// admission. A temporary admission lapses on its end date without a verb
// (AdmissionLapsed), and nothing leads out of a lapsed admission: to keep
// the item the department applies again. AdmissionDiagram draws it.
func AdmissionTransitions() []AdmissionTransition {
	rules := admissionFlow.Rules()
	out := make([]AdmissionTransition, len(rules))
	for i, r := range rules {
		out[i] = AdmissionTransition{Verb: r.Verb, From: r.From, To: r.To, When: r.When}
	}
	return out
}

// AdmissionDiagram returns the admission procedure as a Mermaid state
// diagram, generated from the table (the checked-in admission.mmd).
func AdmissionDiagram() string { return admissionFlow.Mermaid() }

// nextAdmissionState returns the state verb leads to from from, or a
// *TransitionError wrapping ErrInvalidTransition.
func nextAdmissionState(from AdmissionState, v AdmissionVerb) (AdmissionState, error) {
	return admissionFlow.Next(from, v)
}

// AdmissionStep is one entry of an admission's history.
type AdmissionStep struct {
	At    time.Time      `json:"at"`
	Actor string         `json:"actor"`
	Verb  AdmissionVerb  `json:"verb"`
	From  AdmissionState `json:"from,omitzero"` // zero for the application
	To    AdmissionState `json:"to"`
	Note  string         `json:"note,omitempty"`
}

// AdmissionRequest is a department's application to add a duty item to the
// lists of the units at the item's level under Scope (社区工作事项准入申请).
type AdmissionRequest struct {
	ID    string   `json:"id"`
	Item  DutyItem `json:"item"`
	Scope Code     `json:"scope"` // the area the admission is sought for: a district, a street
	// Applicant is the department that applies.
	Applicant Department `json:"applicant"`
	// Start is the day the item is to start in the units.
	Start Date `json:"start"`
	// Urgent marks an urgent item (突发、紧急事项): it need not be applied
	// for in advance but can only be admitted temporarily.
	Urgent bool   `json:"urgent,omitempty"`
	Reason string `json:"reason,omitempty"` // why the item is needed; required when urgent
}

// admission problem codes.
const (
	codeAdmissionIDMissing        = "governance.admission.id_missing"
	codeAdmissionItemNegative     = "governance.admission.item_negative"
	codeAdmissionScopeInvalid     = "governance.admission.scope_invalid"
	codeAdmissionScopeBelow       = "governance.admission.scope_below_level"
	codeAdmissionApplicantMissing = "governance.admission.applicant_missing"
	codeAdmissionStartMissing     = "governance.admission.start_missing"
	codeAdmissionReasonMissing    = "governance.admission.reason_missing"
	codeAdmissionTooLate          = "governance.admission.too_late"
	codeAdmissionActorMissing     = "governance.admission.actor_missing"
	codeAdmissionAtBeforeLast     = "governance.admission.at_before_last"
	codeAdmissionConsentMissing   = "governance.admission.consent_missing"
	codeAdmissionUntilInvalid     = "governance.admission.until_invalid"
	codeAdmissionDueMissing       = "governance.admission.due_missing"
	codeAdmissionHistoryEmpty     = "governance.admission.history_empty"
	codeAdmissionHistoryStart     = "governance.admission.history_start"
	codeAdmissionHistoryStep      = "governance.admission.history_step"
	codeAdmissionStateMismatch    = "governance.admission.state_mismatch"
	codeAdmissionTemporaryFields  = "governance.admission.temporary_fields"
)

// Validate reports every problem of the request itself (not its timing): a
// missing ID, applicant, start day or (for an urgent item) reason; an
// invalid item or one from the negative list; a scope that is not a valid
// code at or above the item's level.
func (r AdmissionRequest) Validate() Problems { return r.validate().Sorted() }

func (r AdmissionRequest) validate() Problems {
	var ps Problems
	if strings.TrimSpace(r.ID) == "" {
		ps = append(ps, Errorf(codeAdmissionIDMissing, "id"))
	}
	ps = append(ps, r.Item.validate("item")...)
	if r.Item.Kind == DutyNegative {
		ps = append(ps, Errorf(codeAdmissionItemNegative, "item.kind", string(r.Item.ID)))
	}
	switch {
	case !r.Scope.IsValid():
		ps = append(ps, Errorf(codeAdmissionScopeInvalid, "scope", string(r.Scope)))
	case r.Item.Level.IsValid() && r.Scope.Level() > r.Item.Level:
		ps = append(ps, Errorf(codeAdmissionScopeBelow, "scope", string(r.Scope), r.Item.Level.String()))
	}
	if strings.TrimSpace(string(r.Applicant)) == "" {
		ps = append(ps, Errorf(codeAdmissionApplicantMissing, "applicant"))
	}
	if r.Start.IsZero() {
		ps = append(ps, Errorf(codeAdmissionStartMissing, "start"))
	}
	if r.Urgent && strings.TrimSpace(r.Reason) == "" {
		ps = append(ps, Errorf(codeAdmissionReasonMissing, "reason"))
	}
	return ps
}

// Admission is one application to admit a duty item (准入) and what became
// of it: the workflow of AdmissionTransitions, with its history. Start one
// with Apply; load one from storage with RestoreAdmission.
type Admission struct {
	id        string
	item      DutyItem
	scope     Code
	applicant Department
	start     Date
	urgent    bool
	reason    string
	due       time.Time
	until     Date
	consent   string
	state     AdmissionState
	history   []AdmissionStep
}

// Apply files the request at instant at. A regular application must come at
// least p.LeadWorkdays workdays before the start day on cal, the calendar in
// force when applying (an application on a rest day counts from the next
// workday); an urgent one need not. The decision is due p.DecisionWorkdays
// workdays after at, at the same clock time. Every problem of the request is
// reported as Problems; a day outside the calendar's years is an error
// wrapping ErrNotCovered.
func Apply(r AdmissionRequest, p AdmissionPolicy, cal *Calendar, at time.Time) (*Admission, error) {
	if cal == nil {
		return nil, errors.New("governance: apply: nil calendar")
	}
	if err := p.Validate().Err(); err != nil {
		return nil, err
	}
	ps := r.validate()
	if !r.Urgent && !r.Start.IsZero() {
		n, err := admissionWorkdaysAhead(cal, at, r.Start)
		if err != nil {
			return nil, err
		}
		if n < p.LeadWorkdays {
			latest, err := p.LatestApplication(cal, r.Start)
			if err != nil {
				return nil, err
			}
			ps = append(ps, Errorf(codeAdmissionTooLate, "start", r.Start.String(), p.LeadWorkdays, latest.String(), DateOf(at).String()))
		}
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	due, err := cal.AddWorkdays(at, p.DecisionWorkdays)
	if err != nil {
		return nil, err
	}
	to := AdmissionApplied
	if r.Urgent {
		to = AdmissionAppliedUrgent
	}
	return &Admission{
		id: r.ID, item: r.Item, scope: r.Scope, applicant: r.Applicant, start: r.Start,
		urgent: r.Urgent, reason: r.Reason, due: due, state: to,
		history: []AdmissionStep{{At: at, Actor: string(r.Applicant), Verb: AdmissionVerbApply, To: to, Note: r.Reason}},
	}, nil
}

// ID returns the admission's ID.
func (a *Admission) ID() string { return a.id }

// Item returns the duty item applied for.
func (a *Admission) Item() DutyItem { return a.item }

// Scope returns the area the admission is for.
func (a *Admission) Scope() Code { return a.scope }

// Applicant returns the department that applied.
func (a *Admission) Applicant() Department { return a.applicant }

// Start returns the day the item is to start.
func (a *Admission) Start() Date { return a.start }

// Urgent reports whether the item was applied for as urgent.
func (a *Admission) Urgent() bool { return a.urgent }

// Reason returns why the item is needed, as the applicant said.
func (a *Admission) Reason() string { return a.reason }

// Applied returns the instant of the application.
func (a *Admission) Applied() time.Time { return a.history[0].At }

// Due returns the instant the decision is due.
func (a *Admission) Due() time.Time { return a.due }

// Until returns the end (exclusive) of a temporary admission; zero otherwise.
func (a *Admission) Until() Date { return a.until }

// Consent returns who consented to a temporary admission; empty otherwise.
func (a *Admission) Consent() string { return a.consent }

// State returns the state as the history records it. A temporary admission
// past its end date still records AdmissionTemporary; StateOn tells that it
// has lapsed.
func (a *Admission) State() AdmissionState { return a.state }

// History returns a copy of every step, the application first.
func (a *Admission) History() []AdmissionStep {
	return append([]AdmissionStep(nil), a.history...)
}

// Overdue reports whether the decision is still pending after its due
// instant.
func (a *Admission) Overdue(now time.Time) bool {
	return a.state.Pending() && now.After(a.due)
}

// StateOn returns the state at the end of day d: after every step taken on
// or before d (each step's day in its own instant's location), and
// AdmissionLapsed for a temporary admission on or after its end date.
// Before the application it is AdmissionStateUnknown.
func (a *Admission) StateOn(d Date) AdmissionState {
	s := AdmissionStateUnknown
	for _, st := range a.history {
		if DateOf(st.At).After(d) {
			break
		}
		s = st.To
	}
	if s == AdmissionTemporary && !d.Before(a.until) {
		return AdmissionLapsed
	}
	return s
}

// InForce reports whether the item is admitted for the units on day d: the
// admission was decided (for good or temporarily) on or before d, d is on
// or after the start day, and it has not been revoked or lapsed by d.
func (a *Admission) InForce(d Date) bool {
	s := a.StateOn(d)
	return (s == AdmissionAdmitted || s == AdmissionTemporary) && !d.Before(a.start)
}

// Lapsed reports whether the temporary admission has run out by day d.
func (a *Admission) Lapsed(d Date) bool { return a.StateOn(d) == AdmissionLapsed }

// stateAt is the state a verb at instant at starts from.
func (a *Admission) stateAt(at time.Time) AdmissionState {
	if a.state == AdmissionTemporary && !DateOf(at).Before(a.until) {
		return AdmissionLapsed
	}
	return a.state
}

// step applies verb at instant at, or changes nothing and returns why not.
// extra holds the problems of the verb's own arguments.
func (a *Admission) step(v AdmissionVerb, actor, note string, at time.Time, extra Problems) (AdmissionState, error) {
	from := a.stateAt(at)
	to, err := nextAdmissionState(from, v)
	if err != nil {
		return 0, err
	}
	ps := extra
	if strings.TrimSpace(actor) == "" {
		ps = append(ps, Errorf(codeAdmissionActorMissing, "actor"))
	}
	if last := a.history[len(a.history)-1].At; at.Before(last) {
		ps = append(ps, Errorf(codeAdmissionAtBeforeLast, "at", at.Format(time.RFC3339), last.Format(time.RFC3339)))
	}
	if len(ps) > 0 {
		return 0, ps.Sorted()
	}
	a.state = to
	a.history = append(a.history, AdmissionStep{At: at, Actor: actor, Verb: v, From: from, To: to, Note: note})
	return to, nil
}

// Approve admits the item from its start day (同意准入).
func (a *Admission) Approve(actor, note string, at time.Time) error {
	_, err := a.step(AdmissionVerbApprove, actor, note, at, nil)
	return err
}

// Reject refuses the item (不予准入); the reason is required.
func (a *Admission) Reject(actor, reason string, at time.Time) error {
	_, err := a.step(AdmissionVerbReject, actor, reason, at, admissionReasonProblems(reason))
	return err
}

// Revoke ends the admission from the day of at on (撤销); the reason is
// required.
func (a *Admission) Revoke(actor, reason string, at time.Time) error {
	_, err := a.step(AdmissionVerbRevoke, actor, reason, at, admissionReasonProblems(reason))
	return err
}

func admissionReasonProblems(reason string) Problems {
	if strings.TrimSpace(reason) == "" {
		return Problems{Errorf(codeAdmissionReasonMissing, "reason")}
	}
	return nil
}

// AdmitTemporarily admits an urgent item for a fixed period (临时准入): from
// its start day until the day until (exclusive), after which it lapses.
// consent names who consented (the community, the street's leading group);
// it is required, and until must fall after both the start day and the day
// of at.
func (a *Admission) AdmitTemporarily(until Date, consent, actor string, at time.Time) error {
	var ps Problems
	if strings.TrimSpace(consent) == "" {
		ps = append(ps, Errorf(codeAdmissionConsentMissing, "consent"))
	}
	if !until.IsValid() || !until.After(a.start) || !until.After(DateOf(at)) {
		ps = append(ps, Errorf(codeAdmissionUntilInvalid, "until", until.String(), a.start.String()))
	}
	_, err := a.step(AdmissionVerbAdmitTemporarily, actor, consent, at, ps)
	if err == nil {
		a.until, a.consent = until, consent
	}
	return err
}

// AdmissionRecord is the stored form of an Admission: what MarshalJSON
// writes and RestoreAdmission reads.
type AdmissionRecord struct {
	ID        string          `json:"id"`
	Item      DutyItem        `json:"item"`
	Scope     Code            `json:"scope"`
	Applicant Department      `json:"applicant"`
	Start     Date            `json:"start"`
	Urgent    bool            `json:"urgent,omitempty"`
	Reason    string          `json:"reason,omitempty"`
	Due       time.Time       `json:"due"`
	Until     Date            `json:"until,omitzero"`
	Consent   string          `json:"consent,omitempty"`
	State     AdmissionState  `json:"state"`
	History   []AdmissionStep `json:"history"`
}

// Record returns the admission's stored form (the history copied).
func (a *Admission) Record() AdmissionRecord {
	return AdmissionRecord{
		ID: a.id, Item: a.item, Scope: a.scope, Applicant: a.applicant, Start: a.start,
		Urgent: a.urgent, Reason: a.reason, Due: a.due, Until: a.until, Consent: a.consent,
		State: a.state, History: a.History(),
	}
}

// RestoreAdmission loads an admission from storage. It checks structure, not
// time: the request is valid (its lead time is not checked again), the due
// instant is set, the history starts with the application in the state its
// urgency gives, every later step is allowed by AdmissionTransitions from
// the state before it, in time order and not after a temporary admission
// lapsed, the state is the last step's, and the end date and consent are
// present exactly when the item was admitted temporarily. Every problem is
// reported.
func RestoreAdmission(r AdmissionRecord) (*Admission, error) {
	req := AdmissionRequest{ID: r.ID, Item: r.Item, Scope: r.Scope, Applicant: r.Applicant, Start: r.Start, Urgent: r.Urgent, Reason: r.Reason}
	ps := req.validate()
	if r.Due.IsZero() {
		ps = append(ps, Errorf(codeAdmissionDueMissing, "due"))
	}
	ps = append(ps, checkAdmissionHistory(r)...)
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	return &Admission{
		id: r.ID, item: r.Item, scope: r.Scope, applicant: r.Applicant, start: r.Start,
		urgent: r.Urgent, reason: r.Reason, due: r.Due, until: r.Until, consent: r.Consent,
		state: r.State, history: append([]AdmissionStep(nil), r.History...),
	}, nil
}

func checkAdmissionHistory(r AdmissionRecord) Problems {
	if len(r.History) == 0 {
		return Problems{Errorf(codeAdmissionHistoryEmpty, "history")}
	}
	var ps Problems
	first := r.History[0]
	want := AdmissionApplied
	if r.Urgent {
		want = AdmissionAppliedUrgent
	}
	if first.Verb != AdmissionVerbApply || first.From != AdmissionStateUnknown || first.To != want {
		ps = append(ps, Errorf(codeAdmissionHistoryStart, "history[0]", first.Verb.String(), first.To.String()))
	}
	temporary := false
	for i := 1; i < len(r.History); i++ {
		prev, st := r.History[i-1], r.History[i]
		p := Index("history", i)
		from := prev.To
		if from == AdmissionTemporary && !DateOf(st.At).Before(r.Until) {
			from = AdmissionLapsed
		}
		to, err := nextAdmissionState(st.From, st.Verb)
		if st.From != from || err != nil || to != st.To {
			ps = append(ps, Errorf(codeAdmissionHistoryStep, p, st.Verb.String(), st.From.String(), st.To.String()))
		}
		if st.At.Before(prev.At) {
			ps = append(ps, Errorf(codeAdmissionAtBeforeLast, Field(p, "at"), st.At.Format(time.RFC3339), prev.At.Format(time.RFC3339)))
		}
		if strings.TrimSpace(st.Actor) == "" {
			ps = append(ps, Errorf(codeAdmissionActorMissing, Field(p, "actor")))
		}
		if st.Verb == AdmissionVerbAdmitTemporarily {
			temporary = true
			if !DateOf(st.At).Before(r.Until) {
				ps = append(ps, Errorf(codeAdmissionUntilInvalid, "until", r.Until.String(), r.Start.String()))
			}
		}
	}
	if last := r.History[len(r.History)-1]; r.State != last.To {
		ps = append(ps, Errorf(codeAdmissionStateMismatch, "state", r.State.String(), last.To.String()))
	}
	if temporary != (!r.Until.IsZero()) || temporary != (strings.TrimSpace(r.Consent) != "") {
		ps = append(ps, Errorf(codeAdmissionTemporaryFields, "until"))
	}
	return ps
}

// MarshalJSON writes the admission's record.
func (a *Admission) MarshalJSON() ([]byte, error) { return json.Marshal(a.Record()) }

// UnmarshalJSON reads a record and restores it as RestoreAdmission does. On
// error a is unchanged.
func (a *Admission) UnmarshalJSON(b []byte) error {
	var r AdmissionRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	out, err := RestoreAdmission(r)
	if err != nil {
		return err
	}
	*a = *out
	return nil
}
