package grid

import (
	"cmp"
	"encoding/json"
	"errors"
	"iter"
	"maps"
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/flow"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// WhistleKind is why a street blows the whistle (吹哨).
type WhistleKind uint8

// The three kinds of whistle (RULES.md §8).
const (
	WhistleUnknown     WhistleKind = iota
	WhistleResident                // 群众诉求哨: a problem residents raise that the street cannot solve alone
	WhistleEnforcement             // 综合执法哨: comprehensive law enforcement
	WhistleEmergency               // 应急处置哨: an emergency
)

var whistleTokens = enum.Tokens[WhistleKind]{"unknown", "resident", "enforcement", "emergency"}

// String returns the kind's token.
func (k WhistleKind) String() string { return whistleTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k WhistleKind) IsValid() bool { return whistleTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k WhistleKind) MarshalText() ([]byte, error) { return whistleTokens.Marshal("whistle kind", k) }

// UnmarshalText sets k from its token.
func (k *WhistleKind) UnmarshalText(b []byte) error {
	return whistleTokens.Unmarshal("whistle kind", k, b)
}

// Label returns the kind's name in the language matched for tag.
func (k WhistleKind) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.whistle", k.String())
}

// WhistleKinds yields the three kinds of whistle.
func WhistleKinds() iter.Seq[WhistleKind] { return whistleTokens.All() }

// CallCategory is what a call is about, in Heping's five categories.
type CallCategory uint8

// Heping's five call categories (report).
const (
	CallCategoryUnknown   CallCategory = iota
	CallDisputeResolution              // 矛盾化解
	CallServingPeople                  // 服务群众
	CallKeyWork                        // 重点工作
	CallEnforcement                    // 综合执法
	CallEmergency                      // 应急处置
)

var callCategoryTokens = enum.Tokens[CallCategory]{
	"unknown", "dispute_resolution", "serving_people", "key_work", "enforcement", "emergency",
}

// String returns the category's token.
func (c CallCategory) String() string { return callCategoryTokens.String(c) }

// IsValid reports whether c is a known category.
func (c CallCategory) IsValid() bool { return callCategoryTokens.Valid(c) }

// MarshalText returns the category's token.
func (c CallCategory) MarshalText() ([]byte, error) {
	return callCategoryTokens.Marshal("call category", c)
}

// UnmarshalText sets c from its token.
func (c *CallCategory) UnmarshalText(b []byte) error {
	return callCategoryTokens.Unmarshal("call category", c, b)
}

// Label returns the category's name in the language matched for tag.
func (c CallCategory) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.call_category", c.String())
}

// CallCategories yields Heping's five categories.
func CallCategories() iter.Seq[CallCategory] { return callCategoryTokens.All() }

// CallState is where a call stands.
type CallState uint8

// Call states.
const (
	CallStateUnknown CallState = iota
	CallOpen                   // the whistle is blown; departments report and stay
	CallClosed                 // the matter is done
)

var callStateTokens = enum.Tokens[CallState]{"unknown", "open", "closed"}

// String returns the state's token.
func (s CallState) String() string { return callStateTokens.String(s) }

// IsValid reports whether s is a known state.
func (s CallState) IsValid() bool { return callStateTokens.Valid(s) }

// MarshalText returns the state's token.
func (s CallState) MarshalText() ([]byte, error) { return callStateTokens.Marshal("call state", s) }

// UnmarshalText sets s from its token.
func (s *CallState) UnmarshalText(b []byte) error {
	return callStateTokens.Unmarshal("call state", s, b)
}

// Label returns the state's name in the language matched for tag.
func (s CallState) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.call_state", s.String())
}

// CallStates yields every call state.
func CallStates() iter.Seq[CallState] { return callStateTokens.All() }

// CallVerb is a step of a call's history.
type CallVerb uint8

// Call verbs: the raising (Raise), a department's report (Report) and the
// closing (Close).
const (
	CallVerbUnknown CallVerb = iota
	CallVerbRaise            // 吹哨
	CallVerbReport           // 报到
	CallVerbClose            // 办结
)

var callVerbTokens = enum.Tokens[CallVerb]{"unknown", "raise", "report", "close"}

// String returns the verb's token.
func (v CallVerb) String() string { return callVerbTokens.String(v) }

// IsValid reports whether v is a known verb.
func (v CallVerb) IsValid() bool { return callVerbTokens.Valid(v) }

// MarshalText returns the verb's token.
func (v CallVerb) MarshalText() ([]byte, error) { return callVerbTokens.Marshal("call verb", v) }

// UnmarshalText sets v from its token.
func (v *CallVerb) UnmarshalText(b []byte) error {
	return callVerbTokens.Unmarshal("call verb", v, b)
}

// Label returns the verb's name in the language matched for tag.
func (v CallVerb) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.call_verb", v.String())
}

// CallVerbs yields every call verb.
func CallVerbs() iter.Seq[CallVerb] { return callVerbTokens.All() }

var callFlow = flow.New("call", governance.InvalidTransition, CallOpen, []flow.Rule[CallState, CallVerb]{
	{Verb: CallVerbReport, From: []CallState{CallOpen}},
	{Verb: CallVerbClose, From: []CallState{CallOpen}, To: CallClosed},
})

// CallTransition says that Verb moves a call from any state in From to To;
// a zero To keeps the call in its state.
type CallTransition struct {
	Verb CallVerb
	From []CallState
	To   CallState
}

// CallTransitions returns the call's transition table, as call.mmd draws
// it. Every call starts open (the step CallVerbRaise).
func CallTransitions() []CallTransition {
	rules := callFlow.Rules()
	out := make([]CallTransition, len(rules))
	for i, r := range rules {
		out[i] = CallTransition{Verb: r.Verb, From: r.From, To: r.To}
	}
	return out
}

// CallPolicy is how fast summoned departments must report and how much the
// street's assessment of them weighs.
type CallPolicy struct {
	// ReportWithinMinutes: a summoned department reports this many minutes
	// after the whistle at the latest.
	ReportWithinMinutes int `json:"reportWithinMinutes"`
	// StreetWeight is the share of the street's assessment in a
	// department's overall assessment (0–1).
	StreetWeight float64 `json:"streetWeight"`
	Source       string  `json:"source,omitempty"`
}

// DefaultCallPolicy returns a 30-minute report limit and a 40% weight for
// the street's assessment.
//
// # Source
//
// RULES.md §8: departments report within 30 minutes (Pinggu, Beijing,
// where "街乡吹哨、部门报到" began); the street's assessment of district
// departments weighs 40% (Tianjin Heping, report).
func DefaultCallPolicy() CallPolicy {
	return CallPolicy{
		ReportWithinMinutes: 30,
		StreetWeight:        0.4,
		Source:              "RULES.md §8: report within 30 minutes (Pinggu); street assessment weighs 40% (Heping, report)",
	}
}

// call policy problem codes.
const (
	codeCallPolicyMinutes = "grid.call_policy.minutes_invalid"
	codeCallPolicyWeight  = "grid.call_policy.weight_invalid"
)

// Validate reports a report limit that is not positive and a weight
// outside 0–1.
func (p CallPolicy) Validate() governance.Problems {
	var ps governance.Problems
	if p.ReportWithinMinutes <= 0 {
		ps = append(ps, governance.Errorf(codeCallPolicyMinutes, "reportWithinMinutes", p.ReportWithinMinutes))
	}
	if !(p.StreetWeight >= 0 && p.StreetWeight <= 1) {
		ps = append(ps, governance.Errorf(codeCallPolicyWeight, "streetWeight", p.StreetWeight))
	}
	return ps.Sorted()
}

// Assess returns a department's overall assessment: the street's score
// weighed by StreetWeight, the rest of the assessment by the remainder.
// Scores are on whatever scale the district uses (0–100).
func (p CallPolicy) Assess(street, rest float64) float64 {
	return p.StreetWeight*street + (1-p.StreetWeight)*rest
}

// CallRequest is what a street blows the whistle with.
type CallRequest struct {
	ID       string          `json:"id,omitempty"`
	Street   governance.Code `json:"street"` // the street (乡级) that calls
	Kind     WhistleKind     `json:"kind"`
	Category CallCategory    `json:"category"`
	// Item is the whistle item of the street's duty list the call is for.
	Item    governance.DutyID `json:"item"`
	Summary string            `json:"summary"`
	// Caller is who blew the whistle for the street.
	Caller string `json:"caller"`
	// Departments are the departments summoned; Raise summons the item's
	// owning department when none are given.
	Departments []Department `json:"departments,omitempty"`
}

// call request problem codes.
const (
	codeCallStreet     = "grid.call.street_invalid"
	codeCallKind       = "grid.call.kind_invalid"
	codeCallCategory   = "grid.call.category_invalid"
	codeCallItem       = "grid.call.item_missing"
	codeCallSummary    = "grid.call.summary_empty"
	codeCallCaller     = "grid.call.caller_empty"
	codeCallDepartment = "grid.call.department_invalid"
	codeCallNoneCalled = "grid.call.departments_missing"
	codeCallInstant    = "grid.call.instant_missing"
)

// Validate reports every problem of the request: a code that is not a
// valid street-level unit, an unknown kind or category, no item, an empty
// summary or caller, an empty or repeated department.
func (r CallRequest) Validate() governance.Problems {
	var ps governance.Problems
	if r.Street.Level() != governance.LevelStreet || !r.Street.IsValid() {
		ps = append(ps, governance.Errorf(codeCallStreet, "street", string(r.Street)))
	}
	if !r.Kind.IsValid() {
		ps = append(ps, governance.Errorf(codeCallKind, "kind", r.Kind.String()))
	}
	if !r.Category.IsValid() {
		ps = append(ps, governance.Errorf(codeCallCategory, "category", r.Category.String()))
	}
	if r.Item == "" {
		ps = append(ps, governance.Errorf(codeCallItem, "item"))
	}
	if r.Summary == "" {
		ps = append(ps, governance.Errorf(codeCallSummary, "summary"))
	}
	if r.Caller == "" {
		ps = append(ps, governance.Errorf(codeCallCaller, "caller"))
	}
	for i, d := range r.Departments {
		if d == "" || slices.Contains(r.Departments[:i], d) {
			ps = append(ps, governance.Errorf(codeCallDepartment, governance.Index("departments", i), string(d)))
		}
	}
	return ps.Sorted()
}

// Summons is a department summoned by a call and when it reported; Reported
// is zero until it does.
type Summons struct {
	Department Department `json:"department"`
	Reported   time.Time  `json:"reported,omitzero"`
}

// CallStep is one entry of a call's history.
type CallStep struct {
	At    time.Time `json:"at"`
	Actor string    `json:"actor"`
	Verb  CallVerb  `json:"verb"`
	From  CallState `json:"from,omitzero"` // zero for CallVerbRaise
	To    CallState `json:"to"`
	Note  string    `json:"note,omitempty"`
}

// Call is a street's whistle and the departments' reports (吹哨报到).
// Build one with Raise; load one with RestoreCall or json.Unmarshal. Like a
// work order, a verb applies completely or not at all.
type Call struct {
	req      CallRequest
	state    CallState
	deadline time.Time
	summons  []Summons
	history  []CallStep
}

// Errors of a call's verbs besides *governance.TransitionError.
var (
	// ErrNotSummoned: the department was not summoned by the call.
	ErrNotSummoned = errors.New("the department was not summoned by the call")
	// ErrReported: the department has already reported.
	ErrReported = errors.New("the department has already reported")
)

// Raise blows the whistle at instant at: the request must be valid, and its
// item must be one the street may call departments for on that day — it
// stands on, or is admitted to, the street's duty list as a whistle item
// (governance.Duties.WhistleItem; the error is its *governance.AssignError).
// When the request names no department, the item's owning department is
// summoned. Every department must report within the policy's minutes.
func Raise(req CallRequest, duties *governance.Duties, p CallPolicy, at time.Time) (*Call, error) {
	ps := req.Validate()
	if at.IsZero() {
		ps = append(ps, governance.Errorf(codeCallInstant, "at"))
	}
	if p.ReportWithinMinutes <= 0 {
		ps = append(ps, governance.Errorf(codeCallPolicyMinutes, "policy.reportWithinMinutes", p.ReportWithinMinutes))
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	if duties == nil {
		return nil, &governance.AssignError{Item: req.Item, Unit: req.Street, On: governance.DateOf(at), Err: governance.ErrNotOnList}
	}
	item, err := duties.WhistleItem(req.Item, req.Street, governance.DateOf(at))
	if err != nil {
		return nil, err
	}
	req.Departments = slices.Clone(req.Departments)
	if len(req.Departments) == 0 && item.Department != "" {
		req.Departments = []Department{item.Department}
	}
	if len(req.Departments) == 0 {
		return nil, governance.Problems{governance.Errorf(codeCallNoneCalled, "departments", string(req.Item))}
	}
	c := &Call{
		req:      req,
		state:    CallOpen,
		deadline: at.Add(time.Duration(p.ReportWithinMinutes) * time.Minute),
		summons:  make([]Summons, len(req.Departments)),
	}
	for i, d := range req.Departments {
		c.summons[i].Department = d
	}
	c.history = append(make([]CallStep, 0, len(req.Departments)+2),
		CallStep{At: at, Actor: req.Caller, Verb: CallVerbRaise, To: CallOpen, Note: string(req.Item)})
	return c, nil
}

func (c *Call) check(v CallVerb, at time.Time) (CallState, error) {
	to, err := callFlow.Next(c.state, v)
	if err != nil {
		return 0, err
	}
	if at.Before(c.history[len(c.history)-1].At) {
		return 0, &CallError{Verb: v, State: c.state, Err: ErrTimeOrder}
	}
	return to, nil
}

// CallError says why a call's verb was refused. The call is unchanged.
type CallError struct {
	Verb       CallVerb
	State      CallState
	Department Department
	Err        error
}

// Error describes the error in English.
func (e *CallError) Error() string {
	s := "grid: call: cannot " + e.Verb.String() + " in state " + e.State.String() + ": "
	if e.Department != "" {
		s += string(e.Department) + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns the cause.
func (e *CallError) Unwrap() error { return e.Err }

// Report records that the summoned department reported (报到) at at.
func (c *Call) Report(d Department, at time.Time) error {
	next, err := c.check(CallVerbReport, at)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(c.summons, func(s Summons) bool { return s.Department == d })
	switch {
	case i < 0:
		return &CallError{Verb: CallVerbReport, State: c.state, Department: d, Err: ErrNotSummoned}
	case !c.summons[i].Reported.IsZero():
		return &CallError{Verb: CallVerbReport, State: c.state, Department: d, Err: ErrReported}
	}
	c.summons[i].Reported = at
	c.step(at, string(d), CallVerbReport, next, "")
	return nil
}

// Close closes the call when the matter is done, with a note of the
// outcome; the street's caller is the actor.
func (c *Call) Close(note string, at time.Time) error {
	next, err := c.check(CallVerbClose, at)
	if err != nil {
		return err
	}
	if note == "" {
		return &CallError{Verb: CallVerbClose, State: c.state, Err: ErrArgument}
	}
	c.step(at, c.req.Caller, CallVerbClose, next, note)
	return nil
}

func (c *Call) step(at time.Time, actor string, v CallVerb, to CallState, note string) {
	c.history = append(c.history, CallStep{At: at, Actor: actor, Verb: v, From: c.state, To: to, Note: note})
	c.state = to
}

// Request returns the request the call was raised with (the departments
// are a copy).
func (c *Call) Request() CallRequest {
	r := c.req
	r.Departments = slices.Clone(r.Departments)
	return r
}

// State returns the call's state.
func (c *Call) State() CallState { return c.state }

// Raised returns the instant the whistle was blown (zero for the zero
// Call).
func (c *Call) Raised() time.Time {
	if len(c.history) == 0 {
		return time.Time{}
	}
	return c.history[0].At
}

// Deadline returns the instant by which every department must report.
func (c *Call) Deadline() time.Time { return c.deadline }

// Summons returns a copy of the departments summoned and their reports, in
// the order summoned.
func (c *Call) Summons() []Summons { return slices.Clone(c.summons) }

// History returns a copy of every step, the raising first.
func (c *Call) History() []CallStep { return slices.Clone(c.history) }

// Late returns the departments that did not report by the deadline, as it
// stands at now: those that reported after it and, once it has passed,
// those that have not reported. They come in the order summoned.
func (c *Call) Late(now time.Time) []Department {
	var late []Department
	for _, s := range c.summons {
		if c.late(s, now) {
			late = append(late, s.Department)
		}
	}
	return late
}

func (c *Call) late(s Summons, now time.Time) bool {
	if s.Reported.IsZero() {
		return now.After(c.deadline)
	}
	return s.Reported.After(c.deadline)
}

// Timeliness is how a department answered the calls of a period: how often
// it was summoned, and how often it reported on time, reported late, or
// had not reported when the period ended. Rate is OnTime / Summoned.
type Timeliness struct {
	Department Department `json:"department"`
	Summoned   int        `json:"summoned"`
	OnTime     int        `json:"onTime"`
	Late       int        `json:"late"`
	Missing    int        `json:"missing"`
	Rate       float64    `json:"rate"`
}

// TimelinessOf returns every department's timeliness over the calls raised
// in [from, until), as things stood at until, sorted by department. A
// department whose deadline had not passed at until and which had not
// reported counts as summoned only.
func TimelinessOf(calls iter.Seq[*Call], from, until time.Time) []Timeliness {
	byDept := make(map[Department]*Timeliness)
	for c := range calls {
		if r := c.Raised(); r.Before(from) || !r.Before(until) {
			continue
		}
		for _, s := range c.summons {
			t := byDept[s.Department]
			if t == nil {
				t = &Timeliness{Department: s.Department}
				byDept[s.Department] = t
			}
			t.Summoned++
			switch {
			case !s.Reported.IsZero() && s.Reported.Before(until):
				if s.Reported.After(c.deadline) {
					t.Late++
				} else {
					t.OnTime++
				}
			case until.After(c.deadline):
				t.Missing++
			}
		}
	}
	out := make([]Timeliness, 0, len(byDept))
	for _, t := range byDept {
		t.Rate = float64(t.OnTime) / float64(t.Summoned)
		out = append(out, *t)
	}
	slices.SortFunc(out, func(a, b Timeliness) int { return cmp.Compare(a.Department, b.Department) })
	return out
}

// CallRecord is a call as storage holds it.
type CallRecord struct {
	Request  CallRequest `json:"request"`
	State    CallState   `json:"state"`
	Deadline time.Time   `json:"deadline"`
	Summons  []Summons   `json:"summons"`
	History  []CallStep  `json:"history"`
}

// Record returns the call as storage holds it (copies).
func (c *Call) Record() CallRecord {
	return CallRecord{Request: c.Request(), State: c.state, Deadline: c.deadline, Summons: c.Summons(), History: c.History()}
}

// call record problem codes.
const (
	codeCallRecordSummons  = "grid.call_record.summons_mismatch"
	codeCallRecordEmpty    = "grid.call_record.history_empty"
	codeCallRecordFirst    = "grid.call_record.first_step_invalid"
	codeCallRecordStep     = "grid.call_record.step_invalid"
	codeCallRecordTime     = "grid.call_record.step_out_of_order"
	codeCallRecordState    = "grid.call_record.state_mismatch"
	codeCallRecordDeadline = "grid.call_record.deadline_invalid"
	codeCallRecordReport   = "grid.call_record.report_mismatch"
)

// RestoreCall rebuilds a call from storage, checking structure: a valid
// request with at least one department, summons naming the request's
// departments in order, a history that starts with the raising and follows
// the table, instants that do not go back, one report step per reported
// department at its instant, the state of the last step, and a deadline
// not before the raising. Every problem is returned, as
// governance.Problems. The duty lists are not consulted again.
func RestoreCall(r CallRecord) (*Call, error) {
	if ps := r.problems(); len(ps) > 0 {
		return nil, ps.Sorted()
	}
	return &Call{
		req:      r.Request,
		state:    r.State,
		deadline: r.Deadline,
		summons:  slices.Clone(r.Summons),
		history:  slices.Clone(r.History),
	}, nil
}

func (r CallRecord) problems() governance.Problems {
	var ps governance.Problems
	for _, p := range r.Request.Validate() {
		p.Path = governance.Field("request", p.Path)
		ps = append(ps, p)
	}
	if len(r.Request.Departments) == 0 {
		ps = append(ps, governance.Errorf(codeCallNoneCalled, "request.departments", string(r.Request.Item)))
	}
	if len(r.Summons) != len(r.Request.Departments) {
		ps = append(ps, governance.Errorf(codeCallRecordSummons, "summons"))
	} else {
		for i, s := range r.Summons {
			if s.Department != r.Request.Departments[i] {
				ps = append(ps, governance.Errorf(codeCallRecordSummons, governance.Index("summons", i)))
			}
		}
	}
	if len(r.History) == 0 {
		return append(ps, governance.Errorf(codeCallRecordEmpty, "history"))
	}
	first := r.History[0]
	if first.Verb != CallVerbRaise || first.From != CallStateUnknown || first.To != CallOpen || first.Actor == "" {
		ps = append(ps, governance.Errorf(codeCallRecordFirst, "history[0]"))
	}
	if r.Deadline.Before(first.At) {
		ps = append(ps, governance.Errorf(codeCallRecordDeadline, "deadline"))
	}
	reports := make(map[Department]time.Time)
	for i, s := range r.History[1:] {
		i++
		path := governance.Index("history", i)
		prev := r.History[i-1]
		if s.At.Before(prev.At) {
			ps = append(ps, governance.Errorf(codeCallRecordTime, governance.Field(path, "at"), i))
		}
		to, err := callFlow.Next(s.From, s.Verb)
		if err != nil || to != s.To || s.From != prev.To || s.Actor == "" {
			ps = append(ps, governance.Errorf(codeCallRecordStep, path, i))
			continue
		}
		if s.Verb == CallVerbReport {
			d := Department(s.Actor)
			if _, dup := reports[d]; dup {
				ps = append(ps, governance.Errorf(codeCallRecordReport, path, s.Actor))
			}
			reports[d] = s.At
		}
	}
	for i, s := range r.Summons {
		at, ok := reports[s.Department]
		if ok != !s.Reported.IsZero() || (ok && !at.Equal(s.Reported)) {
			ps = append(ps, governance.Errorf(codeCallRecordReport, governance.Index("summons", i), string(s.Department)))
		}
		delete(reports, s.Department)
	}
	for _, d := range slices.Sorted(maps.Keys(reports)) {
		ps = append(ps, governance.Errorf(codeCallRecordReport, "history", string(d)))
	}
	if last := r.History[len(r.History)-1]; r.State != last.To {
		ps = append(ps, governance.Errorf(codeCallRecordState, "state", r.State.String(), last.To.String()))
	}
	return ps
}

// MarshalJSON writes the call's record.
func (c *Call) MarshalJSON() ([]byte, error) { return json.Marshal(c.Record()) }

// UnmarshalJSON reads a record and restores the call as RestoreCall does.
// On error c is unchanged.
func (c *Call) UnmarshalJSON(b []byte) error {
	var r CallRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	out, err := RestoreCall(r)
	if err != nil {
		return err
	}
	*c = *out
	return nil
}

// CallDiagram returns the whistle-and-report call as a Mermaid state diagram, generated from the
// transition table (the checked-in call.mmd).
func CallDiagram() string { return callFlow.Mermaid() }
