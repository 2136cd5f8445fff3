package volunteer

import (
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

// AwardState is where a star award (星级认定) stands.
type AwardState uint8

// Award states.
const (
	AwardStateUnknown AwardState = iota
	AwardEligible                // the hours reach the level; not yet published
	AwardPublished               // published for objections (公示)
	AwardObjected                // an objection is being examined
	AwardAwarded                 // conferred
	AwardWithdrawn               // withdrawn before it was conferred
	AwardRevoked                 // revoked after it was conferred
)

var awardStateTokens = enum.Tokens[AwardState]{"unknown", "eligible", "published", "objected", "awarded", "withdrawn", "revoked"}

// String returns the state's token.
func (s AwardState) String() string { return awardStateTokens.String(s) }

// IsValid reports whether s is a known state.
func (s AwardState) IsValid() bool { return awardStateTokens.Valid(s) }

// MarshalText returns the state's token.
func (s AwardState) MarshalText() ([]byte, error) {
	return awardStateTokens.Marshal("award state", s)
}

// UnmarshalText sets s from its token.
func (s *AwardState) UnmarshalText(b []byte) error {
	return awardStateTokens.Unmarshal("award state", s, b)
}

// Label returns the state's name in the language matched for tag.
func (s AwardState) Label(tag language.Tag) string {
	return i18n.Label(tag, "volunteer.award_state", s.String())
}

// AwardStates yields every valid state.
func AwardStates() iter.Seq[AwardState] { return awardStateTokens.All() }

// AwardVerb is what happens to a star award.
type AwardVerb uint8

// Award verbs. AwardNominate makes the first step and is not in the table.
const (
	AwardVerbUnknown AwardVerb = iota
	AwardNominate              // the hours reach a level: eligible
	AwardPublish               // 公示
	AwardObject                // 异议
	AwardDismiss               // the objection is not sustained: published again
	AwardSustain               // the objection is sustained: withdrawn
	AwardConfer                // 认定
	AwardWithdraw              // withdrawn before it was conferred
	AwardRevoke                // revoked after it was conferred
)

var awardVerbTokens = enum.Tokens[AwardVerb]{"unknown", "nominate", "publish", "object", "dismiss", "sustain", "confer", "withdraw", "revoke"}

// String returns the verb's token.
func (v AwardVerb) String() string { return awardVerbTokens.String(v) }

// IsValid reports whether v is a known verb.
func (v AwardVerb) IsValid() bool { return awardVerbTokens.Valid(v) }

// MarshalText returns the verb's token.
func (v AwardVerb) MarshalText() ([]byte, error) { return awardVerbTokens.Marshal("award verb", v) }

// UnmarshalText sets v from its token.
func (v *AwardVerb) UnmarshalText(b []byte) error {
	return awardVerbTokens.Unmarshal("award verb", v, b)
}

// Label returns the verb's name in the language matched for tag.
func (v AwardVerb) Label(tag language.Tag) string {
	return i18n.Label(tag, "volunteer.award_verb", v.String())
}

// AwardVerbs yields every valid verb.
func AwardVerbs() iter.Seq[AwardVerb] { return awardVerbTokens.All() }

var awardFlow = flow.New("star_award", governance.InvalidTransition, AwardEligible, []flow.Rule[AwardState, AwardVerb]{
	{Verb: AwardPublish, From: []AwardState{AwardEligible}, To: AwardPublished},
	{Verb: AwardObject, From: []AwardState{AwardPublished}, To: AwardObjected},
	{Verb: AwardDismiss, From: []AwardState{AwardObjected}, To: AwardPublished},
	{Verb: AwardSustain, From: []AwardState{AwardObjected}, To: AwardWithdrawn},
	{Verb: AwardConfer, From: []AwardState{AwardPublished}, To: AwardAwarded},
	{Verb: AwardWithdraw, From: []AwardState{AwardEligible, AwardPublished, AwardObjected}, To: AwardWithdrawn},
	{Verb: AwardRevoke, From: []AwardState{AwardAwarded}, To: AwardRevoked},
})

// AwardTransition says that Verb moves a star award from any state in From
// to To.
type AwardTransition struct {
	Verb AwardVerb
	From []AwardState
	To   AwardState
}

// AwardTransitions returns the star award's transition table, as
// star_award.mmd draws it. Every award starts eligible (the step
// AwardNominate).
func AwardTransitions() []AwardTransition {
	rules := awardFlow.Rules()
	out := make([]AwardTransition, len(rules))
	for i, r := range rules {
		out[i] = AwardTransition{Verb: r.Verb, From: r.From, To: r.To}
	}
	return out
}

// AwardStep is one entry of a star award's history.
type AwardStep struct {
	At    time.Time  `json:"at"`
	Actor string     `json:"actor"`
	Verb  AwardVerb  `json:"verb"`
	From  AwardState `json:"from,omitzero"` // zero for AwardNominate
	To    AwardState `json:"to"`
	Note  string     `json:"note,omitempty"`
}

// Nomination asks for a volunteer's next star level: the awarding body
// (a volunteer federation, a civil-affairs bureau) and the level the
// volunteer already holds.
type Nomination struct {
	Volunteer governance.PersonID `json:"volunteer"`
	Body      OrgID               `json:"body"`
	Held      Star                `json:"held"`
}

// StarAward is the award of a star level (星级志愿者认定): eligible when the
// ledger's hours reach the level, published for the policy's workdays
// (公示), then conferred if no objection stands — or withdrawn when an
// objection is sustained; a conferred star is revoked after a finding of
// falsified hours. Build one with Nominate; load one with RestoreStarAward
// or json.Unmarshal. A verb applies completely — new state, one history
// step — or returns an error and changes nothing.
type StarAward struct {
	nom       Nomination
	star      Star
	hours     time.Duration // the ledger's total when nominated
	threshold time.Duration // what the level needs
	workdays  int           // the publication period, from the policy
	until     time.Time     // the end of the publication period
	state     AwardState
	history   []AwardStep
}

// Nominate makes the award of the level the volunteer's ledger total
// reaches on at's day, for a volunteer without a ban in force then. The
// policy's thresholds and publication period are kept on the award. The
// problems: a missing volunteer or body, an invalid policy, a level not
// above the one held ("volunteer.award.not_reached"), a ban in force
// ("volunteer.award.banned").
func Nominate(n Nomination, l *Ledger, p Policy, at time.Time) (*StarAward, error) {
	ps := p.Validate()
	for i := range ps {
		ps[i].Path = governance.Field("policy", ps[i].Path)
	}
	if n.Volunteer == "" {
		ps = append(ps, governance.Errorf("volunteer.award.volunteer_missing", "volunteer"))
	}
	if n.Body == "" {
		ps = append(ps, governance.Errorf("volunteer.award.body_missing", "body"))
	}
	if !n.Held.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.award.held_invalid", "held", n.Held))
	}
	if at.IsZero() {
		ps = append(ps, governance.Errorf("volunteer.ledger.at_invalid", "at"))
	}
	if l == nil {
		ps = append(ps, governance.Errorf("volunteer.award.ledger_missing", "ledger"))
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	on := governance.DateOf(at)
	hours := l.Total(n.Volunteer, governance.Date{}, on.AddDays(1))
	star := p.StarFor(hours)
	if star <= n.Held {
		ps = append(ps, governance.Errorf("volunteer.award.not_reached", "held", hours.Hours(), int(n.Held)))
	}
	if b, ok := l.BanOn(n.Volunteer, on); ok {
		ps = append(ps, governance.Errorf("volunteer.award.banned", "volunteer", b.Until))
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	threshold, _ := p.Threshold(star)
	return &StarAward{
		nom: n, star: star, hours: hours, threshold: threshold, workdays: p.PublicationWorkdays,
		state:   AwardEligible,
		history: []AwardStep{{At: at, Actor: string(n.Body), Verb: AwardNominate, To: AwardEligible, Note: star.String()}},
	}, nil
}

// check returns the state verb v leads to at instant at, or the error.
func (a *StarAward) check(v AwardVerb, at time.Time) (AwardState, error) {
	to, err := awardFlow.Next(a.state, v)
	if err != nil {
		return 0, err
	}
	if !after(at, a.history[len(a.history)-1].At) {
		return 0, a.fail(v, ErrTimeOrder)
	}
	return to, nil
}

func (a *StarAward) fail(v AwardVerb, err error) error {
	return &StepError{Workflow: "star_award", Verb: v.String(), State: a.state.String(), Err: err}
}

func (a *StarAward) step(at time.Time, actor string, v AwardVerb, to AwardState, note string) {
	a.history = append(a.history, AwardStep{At: at, Actor: actor, Verb: v, From: a.state, To: to, Note: note})
	a.state = to
}

// Publish publishes the award at instant at with the calendar's workdays:
// the period runs to the end of the policy's n-th workday after at's day
// (at's own day does not count), so that the award is published for at
// least n full workdays. A calendar that does not cover the period is an
// error.
func (a *StarAward) Publish(cal *governance.Calendar, at time.Time) error {
	to, err := a.check(AwardPublish, at)
	if err != nil {
		return err
	}
	last, err := cal.AddWorkdays(at, a.workdays)
	if err != nil {
		return a.fail(AwardPublish, err)
	}
	a.until = governance.DateOf(last).AddDays(1).In(at.Location())
	a.step(at, string(a.nom.Body), AwardPublish, to, a.until.Format(time.RFC3339))
	return nil
}

// Object records an objection raised by objector during publication.
func (a *StarAward) Object(objector, note string, at time.Time) error {
	to, err := a.check(AwardObject, at)
	if err != nil {
		return err
	}
	ps := noted(note)
	if objector == "" {
		ps = append(ps, governance.Errorf("volunteer.step.actor_missing", "objector"))
	}
	if len(ps) > 0 {
		return a.fail(AwardObject, ps.Sorted())
	}
	a.step(at, objector, AwardObject, to, note)
	return nil
}

// Dismiss records that the body did not sustain the objection; the award
// is published again until the same end.
func (a *StarAward) Dismiss(note string, at time.Time) error {
	return a.decide(AwardDismiss, note, at)
}

// Sustain records that the body sustained the objection: the award is
// withdrawn.
func (a *StarAward) Sustain(note string, at time.Time) error {
	return a.decide(AwardSustain, note, at)
}

// Withdraw withdraws the award before it is conferred, for instance after
// a finding of falsified hours.
func (a *StarAward) Withdraw(note string, at time.Time) error {
	return a.decide(AwardWithdraw, note, at)
}

// Revoke revokes a conferred star, for instance after a finding of
// falsified hours.
func (a *StarAward) Revoke(note string, at time.Time) error {
	return a.decide(AwardRevoke, note, at)
}

// decide makes a step by the body that needs a note.
func (a *StarAward) decide(v AwardVerb, note string, at time.Time) error {
	to, err := a.check(v, at)
	if err != nil {
		return err
	}
	if ps := noted(note); len(ps) > 0 {
		return a.fail(v, ps)
	}
	a.step(at, string(a.nom.Body), v, to, note)
	return nil
}

// noted reports a missing note.
func noted(note string) governance.Problems {
	if note == "" {
		return governance.Problems{governance.Errorf("volunteer.step.note_missing", "note")}
	}
	return nil
}

// Confer confers the star at instant at, once the publication period has
// ended with no objection standing (ErrPublication before). The ledger is
// read again: a ban in force on at's day ("volunteer.award.banned") or a
// total fallen below the level after voids ("volunteer.award.not_reached")
// refuses it; withdraw the award then.
func (a *StarAward) Confer(l *Ledger, at time.Time) error {
	to, err := a.check(AwardConfer, at)
	if err != nil {
		return err
	}
	if at.Before(a.until) {
		return a.fail(AwardConfer, ErrPublication)
	}
	if l == nil {
		return a.fail(AwardConfer, governance.Problems{governance.Errorf("volunteer.award.ledger_missing", "ledger")})
	}
	on := governance.DateOf(at)
	var ps governance.Problems
	if hours := l.Total(a.nom.Volunteer, governance.Date{}, on.AddDays(1)); hours < a.threshold {
		ps = append(ps, governance.Errorf("volunteer.award.not_reached", "volunteer", hours.Hours(), int(a.star)-1))
	}
	if b, ok := l.BanOn(a.nom.Volunteer, on); ok {
		ps = append(ps, governance.Errorf("volunteer.award.banned", "volunteer", b.Until))
	}
	if len(ps) > 0 {
		return a.fail(AwardConfer, ps.Sorted())
	}
	a.step(at, string(a.nom.Body), AwardConfer, to, a.star.String())
	return nil
}

// Nomination returns what the award was made for.
func (a *StarAward) Nomination() Nomination { return a.nom }

// Star returns the level awarded.
func (a *StarAward) Star() Star { return a.star }

// Hours returns the ledger's total for the volunteer when nominated.
func (a *StarAward) Hours() time.Duration { return a.hours }

// State returns where the award stands.
func (a *StarAward) State() AwardState { return a.state }

// PublishedUntil returns the end of the publication period; zero before
// publication.
func (a *StarAward) PublishedUntil() time.Time { return a.until }

// History returns a copy of the award's steps.
func (a *StarAward) History() []AwardStep { return slices.Clone(a.history) }

// AwardRecord is a star award as storage holds it.
type AwardRecord struct {
	Nomination     Nomination  `json:"nomination"`
	Star           Star        `json:"star"`
	Hours          string      `json:"hours"`     // Go duration text: "312h30m0s"
	Threshold      string      `json:"threshold"` // Go duration text
	Workdays       int         `json:"workdays"`
	PublishedUntil time.Time   `json:"publishedUntil,omitzero"`
	State          AwardState  `json:"state"`
	History        []AwardStep `json:"history"`
}

// Record returns the award as storage holds it.
func (a *StarAward) Record() AwardRecord {
	return AwardRecord{
		Nomination: a.nom, Star: a.star, Hours: a.hours.String(), Threshold: a.threshold.String(),
		Workdays: a.workdays, PublishedUntil: a.until, State: a.state, History: a.History(),
	}
}

// RestoreStarAward rebuilds an award from storage, checking structure: a
// nomination with a volunteer and body, a valid level above the one held,
// hours that reach a positive threshold, a positive publication period, a
// history that starts with the nomination and follows the table with
// instants that do not go back, a publication end after the publication
// exactly when published,
// and the state of the last step. Every problem is returned, as
// governance.Problems. The ledger is not consulted.
func RestoreStarAward(r AwardRecord) (*StarAward, error) {
	var ps governance.Problems
	if r.Nomination.Volunteer == "" {
		ps = append(ps, governance.Errorf("volunteer.award.volunteer_missing", "nomination.volunteer"))
	}
	if r.Nomination.Body == "" {
		ps = append(ps, governance.Errorf("volunteer.award.body_missing", "nomination.body"))
	}
	if !r.Star.IsValid() || !r.Nomination.Held.IsValid() || r.Star <= r.Nomination.Held {
		ps = append(ps, governance.Errorf("volunteer.award.held_invalid", "star", r.Star))
	}
	hours, herr := time.ParseDuration(r.Hours)
	threshold, terr := time.ParseDuration(r.Threshold)
	if herr != nil || terr != nil || threshold <= 0 || hours < threshold {
		ps = append(ps, governance.Errorf("volunteer.record.hours_invalid", "hours", r.Hours, r.Threshold))
	}
	if r.Workdays <= 0 {
		ps = append(ps, governance.Errorf("volunteer.policy.not_positive", "workdays", r.Workdays))
	}
	ps = append(ps, checkHistory(r.History, AwardNominate, AwardEligible, r.State, awardFlow,
		func(s AwardStep) (time.Time, string, AwardVerb, AwardState, AwardState) {
			return s.At, s.Actor, s.Verb, s.From, s.To
		})...)
	i := slices.IndexFunc(r.History, func(s AwardStep) bool { return s.Verb == AwardPublish })
	if (i < 0) != r.PublishedUntil.IsZero() || i >= 0 && !r.PublishedUntil.After(r.History[i].At) {
		ps = append(ps, governance.Errorf("volunteer.record.deadline_invalid", "publishedUntil"))
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	return &StarAward{
		nom: r.Nomination, star: r.Star, hours: hours, threshold: threshold, workdays: r.Workdays,
		until: r.PublishedUntil, state: r.State, history: slices.Clone(r.History),
	}, nil
}

// checkHistory checks a workflow's history: a first step by the creating
// verb into the start state, each later step allowed by the table from the
// state the previous one left, instants that do not go back, an actor on
// every step, and the record's state as the last step's.
func checkHistory[S interface {
	flow.Token
	IsValid() bool
}, V flow.Token, Step any](h []Step, create V, start, state S, t *flow.Table[S, V],
	parts func(Step) (time.Time, string, V, S, S)) governance.Problems {
	var ps governance.Problems
	if len(h) == 0 {
		return append(ps, governance.Errorf("volunteer.record.history_empty", "history"))
	}
	var prevAt time.Time
	var prevTo S
	for i, s := range h {
		at, actor, v, from, to := parts(s)
		path := governance.Index("history", i)
		switch {
		case i == 0 && (v != create || from != 0 || to != start):
			ps = append(ps, governance.Errorf("volunteer.record.step_invalid", path, i))
		case i > 0:
			if next, err := t.Next(from, v); err != nil || next != to || from != prevTo {
				ps = append(ps, governance.Errorf("volunteer.record.step_invalid", path, i))
			}
			if at.Before(prevAt) {
				ps = append(ps, governance.Errorf("volunteer.record.step_out_of_order", governance.Field(path, "at"), i))
			}
		}
		if at.IsZero() || actor == "" {
			ps = append(ps, governance.Errorf("volunteer.record.step_invalid", path, i))
		}
		prevAt, prevTo = at, to
	}
	if state != prevTo {
		ps = append(ps, governance.Errorf("volunteer.record.state_mismatch", "state", state, prevTo))
	}
	return ps
}

// MarshalJSON writes the award's record.
func (a *StarAward) MarshalJSON() ([]byte, error) { return json.Marshal(a.Record()) }

// UnmarshalJSON reads a record and restores the award as RestoreStarAward
// does. On error a is unchanged.
func (a *StarAward) UnmarshalJSON(b []byte) error {
	var r AwardRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	out, err := RestoreStarAward(r)
	if err != nil {
		return err
	}
	*a = *out
	return nil
}

// AwardDiagram returns the star-award workflow as a Mermaid state diagram, generated from the
// transition table (the checked-in star_award.mmd).
func AwardDiagram() string { return awardFlow.Mermaid() }
