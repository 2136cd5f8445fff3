package grid

import (
	"encoding/json"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// WorkOrderRecord is a work order as storage holds it: every field, the
// history included. Record returns it; RestoreWorkOrder rebuilds the order
// from it; the order's JSON form is the record's.
type WorkOrderRecord struct {
	Intake Intake `json:"intake"`
	State  State  `json:"state"`
	// Limit and Acceptance are the policy's limits for the urgency when the
	// order was opened; Acceptance is zero when there was none.
	Limit      Limit `json:"limit"`
	Acceptance Limit `json:"acceptance,omitzero"`
	// DesignatedMayNotReturn and MaxSupervision are the policy's, when the
	// order was opened.
	DesignatedMayNotReturn bool       `json:"designatedMayNotReturn,omitempty"`
	MaxSupervision         int        `json:"maxSupervision,omitempty"`
	Department             Department `json:"department,omitempty"`
	Designated             bool       `json:"designated,omitempty"`
	Due                    time.Time  `json:"due"`
	AcceptBy               time.Time  `json:"acceptBy,omitzero"`
	PausedAt               time.Time  `json:"pausedAt,omitzero"`
	ResolvedAt             time.Time  `json:"resolvedAt,omitzero"`
	LateAcceptance         bool       `json:"lateAcceptance,omitempty"`
	LateResolution         bool       `json:"lateResolution,omitempty"`
	// Feedback is the current review's; nil when there is none.
	Feedback    *Feedback     `json:"feedback,omitempty"`
	Supervision int           `json:"supervision,omitempty"`
	Declined    DeclineReason `json:"declined,omitzero"`
	Transferred Service       `json:"transferred,omitzero"`
	History     []Step        `json:"history"`
}

// Record returns the order as storage holds it; the history is a copy.
func (w *WorkOrder) Record() WorkOrderRecord {
	r := WorkOrderRecord{
		Intake:                 w.intake,
		State:                  w.state,
		Limit:                  w.limit,
		Acceptance:             w.acceptance,
		DesignatedMayNotReturn: w.flags&flagNoReturn != 0,
		MaxSupervision:         int(w.maxSuper),
		Department:             w.department,
		Designated:             w.flags&flagDesignated != 0,
		Due:                    w.due,
		AcceptBy:               w.acceptBy,
		PausedAt:               w.pausedAt,
		ResolvedAt:             w.resolvedAt,
		LateAcceptance:         w.flags&flagLateAccept != 0,
		LateResolution:         w.flags&flagLateResolve != 0,
		Supervision:            int(w.supervision),
		Declined:               w.declined,
		Transferred:            w.transferred,
		History:                w.History(),
	}
	if w.flags&flagReviewed != 0 {
		f := w.feedback
		r.Feedback = &f
	}
	return r
}

// record problem codes.
const (
	codeRecordLimit       = "grid.record.limit_invalid"
	codeRecordSupervision = "grid.record.supervision_invalid"
	codeRecordEmpty       = "grid.record.history_empty"
	codeRecordFirst       = "grid.record.first_step_invalid"
	codeRecordStep        = "grid.record.step_invalid"
	codeRecordTime        = "grid.record.step_out_of_order"
	codeRecordActor       = "grid.record.actor_empty"
	codeRecordDue         = "grid.record.due_missing"
	codeRecordState       = "grid.record.state_mismatch"
	codeRecordDueMismatch = "grid.record.due_mismatch"
	codeRecordField       = "grid.record.field_mismatch"
)

// RestoreWorkOrder rebuilds an order from storage. It checks structure, not
// the rules of time: the intake is valid; the limits are valid; the history
// starts with VerbOpen into StateReceived, each step is allowed by the
// transition table from the state the step before left, instants do not go
// back and lie within 1900–2199, every step has an actor and a due instant;
// the state and due
// instant are the last step's; and the fields that depend on the history
// agree with it (the department and designation of the last dispatch, the
// pause, the resolution, the review, the supervision level, the reason a
// declined order was declined and the service an order was transferred
// to). cal is the calendar for the order's workday arithmetic; it may be
// nil when the order's limits are in hours. Every problem is returned, as
// governance.Problems.
func RestoreWorkOrder(r WorkOrderRecord, cal *governance.Calendar) (*WorkOrder, error) {
	if ps := r.problems(cal); len(ps) > 0 {
		return nil, ps.Sorted()
	}
	w := new(WorkOrder)
	w.load(r, cal)
	return w, nil
}

// load fills w from a record that has passed problems.
func (w *WorkOrder) load(r WorkOrderRecord, cal *governance.Calendar) {
	*w = WorkOrder{
		state:       r.State,
		supervision: uint8(r.Supervision),
		maxSuper:    uint8(r.MaxSupervision),
		declined:    r.Declined,
		transferred: r.Transferred,
		limit:       r.Limit,
		acceptance:  r.Acceptance,
		department:  r.Department,
		due:         r.Due,
		acceptBy:    r.AcceptBy,
		pausedAt:    r.PausedAt,
		resolvedAt:  r.ResolvedAt,
		cal:         cal,
		loc:         r.History[0].At.Location(),
		intake:      r.Intake,
	}
	for _, f := range []struct {
		on   bool
		flag uint8
	}{
		{r.Designated, flagDesignated},
		{r.DesignatedMayNotReturn, flagNoReturn},
		{r.Feedback != nil, flagReviewed},
		{r.LateAcceptance, flagLateAccept},
		{r.LateResolution, flagLateResolve},
	} {
		if f.on {
			w.flags |= f.flag
		}
	}
	if r.Feedback != nil {
		w.feedback = *r.Feedback
	}
	w.history = make([]step, len(r.History), max(len(r.History), historyCap))
	for i, s := range r.History {
		w.history[i] = step{at: s.At.UnixNano(), due: s.Due.UnixNano(), actor: s.Actor, note: s.Note, verb: s.Verb, from: s.From, to: s.To}
	}
}

// problems returns every structural problem of the record.
func (r WorkOrderRecord) problems(cal *governance.Calendar) governance.Problems {
	var ps governance.Problems
	for _, p := range r.Intake.Validate() {
		p.Path = governance.Field("intake", p.Path)
		ps = append(ps, p)
	}
	if !r.Limit.IsValid() {
		ps = append(ps, governance.Errorf(codeRecordLimit, "limit", r.Limit.String()))
	}
	if r.Acceptance != (Limit{}) && !r.Acceptance.IsValid() {
		ps = append(ps, governance.Errorf(codeRecordLimit, "acceptance", r.Acceptance.String()))
	}
	if cal == nil && (r.Limit.Workdays > 0 || r.Acceptance.Workdays > 0) {
		ps = append(ps, governance.Errorf(codeOrderCalendar, "calendar"))
	}
	if r.MaxSupervision < 0 || r.MaxSupervision > 255 {
		ps = append(ps, governance.Errorf(codeRecordSupervision, "maxSupervision", r.MaxSupervision))
	}
	if len(r.History) == 0 {
		return append(ps, governance.Errorf(codeRecordEmpty, "history"))
	}
	ps = append(ps, r.historyProblems()...)
	return append(ps, r.fieldProblems()...)
}

// historyProblems checks the history step by step against the table.
func (r WorkOrderRecord) historyProblems() governance.Problems {
	var ps governance.Problems
	first := r.History[0]
	if first.Verb != VerbOpen || first.From != StateUnknown || first.To != StateReceived {
		ps = append(ps, governance.Errorf(codeRecordFirst, "history[0]", first.Verb.String(), first.To.String()))
	}
	for i, s := range r.History {
		path := governance.Index("history", i)
		if s.Actor == "" {
			ps = append(ps, governance.Errorf(codeRecordActor, governance.Field(path, "actor"), i))
		}
		if s.Due.IsZero() {
			ps = append(ps, governance.Errorf(codeRecordDue, governance.Field(path, "due"), i))
		} else if !inRange(s.Due) {
			ps = append(ps, governance.Errorf(codeOrderRange, governance.Field(path, "due"), s.Due.Format(time.RFC3339)))
		}
		if !inRange(s.At) {
			ps = append(ps, governance.Errorf(codeOrderRange, governance.Field(path, "at"), s.At.Format(time.RFC3339)))
		}
		if i == 0 {
			continue
		}
		prev := r.History[i-1]
		if s.At.Before(prev.At) {
			ps = append(ps, governance.Errorf(codeRecordTime, governance.Field(path, "at"), i))
		}
		if to, err := workOrderFlow.Next(s.From, s.Verb); err != nil || to != s.To || s.From != prev.To {
			ps = append(ps, governance.Errorf(codeRecordStep, path, i, s.Verb.String(), s.From.String(), s.To.String()))
		}
	}
	last := r.History[len(r.History)-1]
	if r.State != last.To {
		ps = append(ps, governance.Errorf(codeRecordState, "state", r.State.String(), last.To.String()))
	}
	if !r.Due.Equal(last.Due) {
		ps = append(ps, governance.Errorf(codeRecordDueMismatch, "due"))
	}
	return ps
}

// fieldProblems checks the fields the history determines.
func (r WorkOrderRecord) fieldProblems() governance.Problems {
	var (
		ps                          governance.Problems
		dispatch, pause, resolve    *Step
		review                      *Step
		supervisions                int
		last                        = &r.History[len(r.History)-1]
		mismatch                    = func(field string) { ps = append(ps, governance.Errorf(codeRecordField, field, field)) }
		reviewCurrent, pausedStates bool
	)
	for i := range r.History {
		s := &r.History[i]
		switch s.Verb {
		case VerbDispatch, VerbDesignate:
			dispatch = s
		case VerbReturn, VerbSuspend:
			pause = s
		case VerbResolve:
			resolve = s
		case VerbReview:
			review = s
		case VerbReopen:
			review, resolve = nil, nil
		case VerbSupervise:
			supervisions++
		}
	}
	switch r.State {
	case StateReviewed:
		reviewCurrent = true
	case StateClosed:
		reviewCurrent = last.Verb == VerbClose
	case StateReturned, StateSuspended:
		pausedStates = true
	}
	if dispatch == nil {
		if r.Department != "" || r.Designated {
			mismatch("department")
		}
	} else if string(r.Department) != dispatch.Note || r.Designated != (dispatch.Verb == VerbDesignate) {
		mismatch("department")
	}
	if pausedStates != !r.PausedAt.IsZero() || (pausedStates && (pause == nil || !pause.At.Equal(r.PausedAt))) {
		mismatch("pausedAt")
	}
	if resolve == nil {
		if !r.ResolvedAt.IsZero() {
			mismatch("resolvedAt")
		}
	} else if !resolve.At.Equal(r.ResolvedAt) {
		mismatch("resolvedAt")
	}
	switch {
	case reviewCurrent != (r.Feedback != nil):
		mismatch("feedback")
	case r.Feedback != nil && (!r.Feedback.IsValid() || review == nil || review.Note != r.Feedback.note()):
		mismatch("feedback")
	}
	if r.Supervision != supervisions || r.Supervision > r.MaxSupervision {
		mismatch("supervision")
	}
	if (last.Verb == VerbDecline) != (r.Declined != 0) || (r.Declined != 0 && last.Note != r.Declined.String()) {
		mismatch("declined")
	}
	if (last.Verb == VerbTransfer) != (r.Transferred != 0) || (r.Transferred != 0 && last.Note != r.Transferred.String()) {
		mismatch("transferred")
	}
	return ps
}

// MarshalJSON writes the order's record.
func (w *WorkOrder) MarshalJSON() ([]byte, error) { return json.Marshal(w.Record()) }

// UnmarshalJSON reads a record and restores the order as RestoreWorkOrder
// does, with the calendar the order had, or governance.China() when it had
// none. On error w is unchanged.
func (w *WorkOrder) UnmarshalJSON(b []byte) error {
	var r WorkOrderRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	cal := w.cal
	if cal == nil {
		cal = governance.China()
	}
	if ps := r.problems(cal); len(ps) > 0 {
		return ps.Sorted()
	}
	w.load(r, cal)
	return nil
}
