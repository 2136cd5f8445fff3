package dispute

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// CaseRecord is the storage form of a case: everything it holds, with
// exported fields, and its parties' identity numbers and phones in full.
// Case.Record returns it and RestoreCase checks it and builds the case
// again; its JSON is what storage keeps, and Case.UnmarshalJSON reads it.
// A case's own JSON (Case.MarshalJSON) has the same shape but masks the
// numbers, as every automatic rendering of personal data does: it is for
// display and logs, and does not read back once a party carries a number.
// Treat a CaseRecord as personal data.
type CaseRecord struct {
	Intake IntakeRecord `json:"intake"`
	Proceedings
}

// Proceedings is what a case records besides its intake: the policy it runs
// under, where it stands, what its steps recorded, and the history.
// Optional parts are nil, or zero, until the step that records them.
type Proceedings struct {
	// Policy is the policy the case was registered under.
	Policy Policy `json:"policy"`
	State  State  `json:"state"`
	// Risk is the case's risk grade; zero when never graded.
	Risk Risk `json:"risk,omitzero"`
	// ReportPending: the case was raised to a grade that requires a police
	// report, and none has been recorded since.
	ReportPending bool `json:"reportPending,omitempty"`
	// Committee is the unit of the committee that accepted the case.
	Committee governance.Code `json:"committee,omitempty"`
	// Due is when the mediation is due: the midnight that ends its last
	// day (see Case.Due).
	Due          time.Time          `json:"due,omitzero"`
	Declination  *Declination       `json:"declination,omitempty"`
	Refusal      *Refusal           `json:"refusal,omitempty"`
	Mediators    []Assignment       `json:"mediators,omitempty"`
	Sessions     []HeldSession      `json:"sessions,omitempty"`
	Agreement    *AgreementRecord   `json:"agreement,omitempty"`
	Termination  *TerminationRecord `json:"termination,omitempty"`
	Performance  Performance        `json:"performance,omitzero"`
	Visit        Visit              `json:"visit,omitzero"`
	Confirmation *Confirmation      `json:"confirmation,omitempty"`
	Reports      []ReportRecord     `json:"reports,omitempty"`
	// Defused is when the case was recorded as kept from turning criminal.
	Defused time.Time `json:"defused,omitzero"`
	History []Step    `json:"history"`
}

// clone returns a deep copy of r.
func (r Proceedings) clone() Proceedings {
	r.Declination = clonePtr(r.Declination)
	r.Refusal = clonePtr(r.Refusal)
	r.Mediators = clone(r.Mediators)
	for i := range r.Mediators {
		r.Mediators[i].ChosenBy = clone(r.Mediators[i].ChosenBy)
	}
	r.Sessions = clone(r.Sessions)
	for i := range r.Sessions {
		r.Sessions[i].Session = r.Sessions[i].Session.clone()
	}
	if r.Agreement != nil {
		a := r.Agreement.clone()
		r.Agreement = &a
	}
	if r.Termination != nil {
		t := *r.Termination
		t.Termination = t.Termination.clone()
		r.Termination = &t
	}
	r.Confirmation = clonePtr(r.Confirmation)
	r.Reports = clone(r.Reports)
	r.History = clone(r.History)
	return r
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// Record returns the storage form of the case, with the parties' numbers
// revealed; it shares nothing with the case.
func (c *Case) Record() CaseRecord {
	return CaseRecord{Intake: c.in.record(), Proceedings: c.r.clone()}
}

// RestoreCase builds a case from its storage form after checking its
// structure: a valid intake, whose identity numbers and phones parse, and
// a valid policy; a history that starts with the registration, follows the
// transition table step by step in time order and ends in the record's
// state; and parts that match the history — an agreement exactly when one
// was reached, a signature for each signing step, a mediator for each
// assignment, and so on. It does not re-check the conditions the verbs
// checked when they were taken (those depended on the time and on the
// committee then). The error is governance.Problems listing every problem.
// The case shares nothing with r.
func RestoreCase(r CaseRecord) (*Case, error) {
	in, err := checkRecord(r)
	if err != nil {
		return nil, err
	}
	c := new(Case)
	c.load(in, r.Proceedings)
	return c, nil
}

// checkRecord checks r as RestoreCase describes and returns its intake.
func checkRecord(r CaseRecord) (Intake, error) {
	in, ps := r.Intake.restore()
	ps = append(ps, in.Validate()...)
	for i := range ps {
		ps[i].Path = governance.Field("intake", ps[i].Path)
	}
	for _, p := range r.Policy.Validate() {
		p.Path = governance.Field("policy", p.Path)
		ps = append(ps, p)
	}
	ps = checkHistory(ps, r.Proceedings)
	if len(ps) == 0 {
		ps = checkParts(ps, r.Proceedings, len(in.Parties))
	}
	if len(ps) > 0 {
		return Intake{}, ps.Sorted()
	}
	return in, nil
}

// load sets c to the case of a checked intake and proceedings, sharing
// nothing with them.
func (c *Case) load(in Intake, r Proceedings) {
	*c = Case{
		outcome:   OutcomePending,
		group:     in.People >= r.Policy.GroupFromPeople,
		prevented: !r.Defused.IsZero(),
	}
	c.keepIntake(in)
	c.keepProceedings(r)
	for _, s := range r.History {
		switch s.Verb {
		case VerbAccept:
			c.accepted = true
		case VerbDecline:
			c.outcome = OutcomeDeclined
		case VerbRefuse:
			c.outcome = OutcomeRefused
		case VerbAgree:
			c.outcome = OutcomeAgreed
		case VerbTerminate:
			c.outcome = OutcomeTerminated
		case VerbPerform:
			c.outcome = OutcomePerformed
		case VerbBreach:
			c.outcome = OutcomeUnperformed
		}
	}
}

// checkHistory checks that the history starts with the registration,
// follows the table in time order and ends in r.State.
func checkHistory(ps governance.Problems, r Proceedings) governance.Problems {
	h := r.History
	if len(h) == 0 {
		return append(ps, governance.Errorf("dispute.record.history_empty", "history"))
	}
	if first := h[0]; first.Verb != VerbRegister || first.From != StateUnknown || first.To != StateRegistered || first.At.IsZero() {
		ps = append(ps, governance.Errorf("dispute.record.history_start", governance.Index("history", 0)))
	}
	for i := 1; i < len(h); i++ {
		path := governance.Index("history", i)
		s, prev := h[i], h[i-1]
		if s.From != prev.To {
			ps = append(ps, governance.Errorf("dispute.record.history_chain", path, s.From, prev.To))
		}
		if to, err := caseFlow.Next(s.From, s.Verb); err != nil || to != s.To {
			ps = append(ps, governance.Errorf("dispute.record.history_step", path, s.Verb, s.From, s.To))
		}
		if s.At.IsZero() || s.At.Before(prev.At) {
			ps = append(ps, governance.Errorf("dispute.record.history_time", governance.Field(path, "at")))
		}
	}
	if last := h[len(h)-1].To; r.State != last {
		ps = append(ps, governance.Errorf("dispute.record.state_mismatch", "state", r.State, last))
	}
	return ps
}

// checkParts checks that the record's parts match its (well-formed)
// history and its number of parties.
func checkParts(ps governance.Problems, r Proceedings, parties int) governance.Problems {
	var n [numVerbs]int
	for _, s := range r.History {
		n[s.Verb]++
	}
	mismatch := func(path string, ok bool) {
		if !ok {
			ps = append(ps, governance.Errorf("dispute.record.history_mismatch", path))
		}
	}
	validParty := func(i int) bool { return i >= 0 && i < parties }
	validParties := func(idx []int) bool {
		for _, i := range idx {
			if !validParty(i) {
				return false
			}
		}
		return true
	}

	accepted := n[VerbAccept] > 0
	mismatch("committee", accepted == r.Committee.IsValid() && (accepted || r.Committee == ""))
	mismatch("due", accepted != r.Due.IsZero())
	mismatch("history", n[VerbExtend] <= r.Policy.Extensions)
	mismatch("declination", (n[VerbDecline] > 0) == (r.Declination != nil) &&
		(r.Declination == nil || r.Declination.Reason.IsValid()))
	mismatch("refusal", (n[VerbRefuse] > 0) == (r.Refusal != nil) &&
		(r.Refusal == nil || validParty(r.Refusal.Party)))
	mismatch("mediators", n[VerbAssign] == len(r.Mediators) && !slices.ContainsFunc(r.Mediators, func(a Assignment) bool {
		return a.Person == "" || !validParties(a.ChosenBy)
	}))
	mismatch("sessions", n[VerbHold] == len(r.Sessions) && !slices.ContainsFunc(r.Sessions, func(s HeldSession) bool {
		return !validParties(s.Parties)
	}))
	mismatch("agreement", (n[VerbAgree] > 0) == (r.Agreement != nil) && agreementMatches(r.Agreement, n, parties))
	mismatch("termination", (n[VerbTerminate] > 0) == (r.Termination != nil) &&
		(r.Termination == nil || r.Termination.Reason.IsValid() && validParties(r.Termination.Parties)))
	mismatch("performance", (n[VerbPerform]+n[VerbBreach] > 0) == !r.Performance.At.IsZero() &&
		r.Performance.Performed == (n[VerbPerform] > 0))
	mismatch("visit", (n[VerbVisit] > 0) == !r.Visit.At.IsZero())
	mismatch("confirmation", (n[VerbApplyConfirmation] > 0) == (r.Confirmation != nil) &&
		n[VerbRule] == rulings(r.Confirmation))
	mismatch("reports", n[VerbReportPolice] == len(r.Reports))
	mismatch("defused", (n[VerbDefuse] > 0) == !r.Defused.IsZero())
	mismatch("risk", (n[VerbGradeRisk] > 0) == r.Risk.IsValid())
	needsReport := r.Policy.Risk.For(r.Risk).PoliceReport
	last := r.History[len(r.History)-1].Verb
	mismatch("reportPending", !r.ReportPending || needsReport && last == VerbGradeRisk)
	mismatch("reports", r.ReportPending || !needsReport || len(r.Reports) > 0)
	return ps
}

// agreementMatches reports whether a written agreement's signatures and
// seal match the signing steps, and an oral one has none.
func agreementMatches(a *AgreementRecord, n [numVerbs]int, parties int) bool {
	if a == nil {
		return n[VerbSign]+n[VerbSignMediator]+n[VerbSeal] == 0
	}
	if !a.Form.IsValid() || a.Reached.IsZero() {
		return false
	}
	if a.Form == FormOral {
		return len(a.PartySigned) == 0 && a.MediatorSigned.IsZero() && a.Sealed.IsZero() &&
			n[VerbSign]+n[VerbSignMediator]+n[VerbSeal] == 0
	}
	signed := 0
	for _, t := range a.PartySigned {
		if !t.IsZero() {
			signed++
		}
	}
	return len(a.PartySigned) == parties && signed == n[VerbSign] &&
		(n[VerbSignMediator] > 0) == !a.MediatorSigned.IsZero() &&
		(n[VerbSignMediator] > 0) == (a.MediatorSignedBy != "") &&
		(n[VerbSeal] > 0) == !a.Sealed.IsZero()
}

// rulings returns the number of court steps cf records.
func rulings(cf *Confirmation) int {
	if cf == nil {
		return 0
	}
	switch cf.Ruling {
	case RulingUnknown:
		return 0
	case RulingAccepted, RulingNotAccepted:
		return 1
	case RulingExtended:
		return 2
	}
	if cf.Extended {
		return 3
	}
	return 2
}

// caseJSON is a case's JSON: the shape of its record, with the intake as an
// Intake, whose persons mask their numbers.
type caseJSON struct {
	Intake Intake `json:"intake"`
	*Proceedings
}

// MarshalJSON writes the case as its record, but with the parties' identity
// numbers and phones masked: a case's JSON is an automatic rendering, for
// display and logs. Storage writes Record's JSON instead.
func (c *Case) MarshalJSON() ([]byte, error) {
	return json.Marshal(caseJSON{Intake: c.in, Proceedings: &c.r})
}

// UnmarshalJSON reads a record (the JSON of a CaseRecord) and restores it
// with RestoreCase; on error c is unchanged. The case's own JSON reads back
// as well while no party carries an identity number or phone; masked
// numbers are refused.
func (c *Case) UnmarshalJSON(b []byte) error {
	var r CaseRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	in, err := checkRecord(r)
	if err != nil {
		return err
	}
	c.load(in, r.Proceedings)
	return nil
}

// numVerbs sizes tables indexed by verb.
const numVerbs = int(VerbDefuse) + 1
