package dispute

import (
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// Termination is the end of a mediation without agreement (终止调解), and
// the routes the parties were told of (人民调解法 §26: 告知当事人可以依法
// 通过仲裁、行政、司法等途径维护自己的权利).
type Termination struct {
	Reason TerminationReason `json:"reason"`
	// Parties who refused or withdrew (indexes into the intake's parties):
	// required for those reasons, empty for the others.
	Parties []int `json:"parties,omitempty"`
	// Routes the parties were told of; at least one.
	Routes []Route `json:"routes"`
	Note   string  `json:"note,omitempty"`
}

// TerminationRecord is a termination as recorded, with its instant.
type TerminationRecord struct {
	Termination
	At time.Time `json:"at"`
}

func (t Termination) clone() Termination {
	t.Parties = clone(t.Parties)
	t.Routes = clone(t.Routes)
	return t
}

// Terminate ends the mediation without agreement: a party refuses to go on
// or withdraws (人民调解法 §23), no agreement is possible, or an event
// prevents mediation. The routes the parties were told of are recorded. A
// reached agreement can be terminated only while it is not yet in effect —
// a party will not sign.
func (c *Case) Terminate(t Termination, at time.Time) error {
	to, ps, err := c.begin(VerbTerminate, at)
	if err != nil {
		return err
	}
	ps = c.checkTermination(ps, t)
	if _, ok := c.Effective(); ok {
		ps = append(ps, governance.Errorf("dispute.termination.agreement_in_effect", "agreement"))
	}
	if ps != nil {
		return c.reject(VerbTerminate, ps)
	}
	c.r.Termination = &TerminationRecord{Termination: t.clone(), At: at}
	c.outcome = OutcomeTerminated
	c.commit(VerbTerminate, to, at, c.actor(), t.Note)
	return nil
}

func (c *Case) checkTermination(ps governance.Problems, t Termination) governance.Problems {
	byParty := t.Reason == TerminationReasonPartyRefused || t.Reason == TerminationReasonPartyWithdrew
	switch {
	case !t.Reason.IsValid():
		ps = append(ps, governance.Errorf("dispute.termination.reason_invalid", "termination.reason"))
	case byParty && len(t.Parties) == 0:
		ps = append(ps, governance.Errorf("dispute.termination.party_missing", "termination.parties"))
	case !byParty && len(t.Parties) > 0:
		ps = append(ps, governance.Errorf("dispute.termination.party_unexpected", "termination.parties"))
	}
	ps = c.checkParties(ps, "termination.parties", t.Parties)
	if len(t.Routes) == 0 {
		ps = append(ps, governance.Errorf("dispute.termination.routes_missing", "termination.routes"))
	}
	for i, r := range t.Routes {
		switch {
		case !r.IsValid():
			ps = append(ps, governance.Errorf("dispute.termination.route_invalid", governance.Index("termination.routes", i)))
		case slices.Contains(t.Routes[:i], r):
			ps = append(ps, governance.Errorf("dispute.termination.route_twice", governance.Index("termination.routes", i)))
		}
	}
	return ps
}

// Termination returns a copy of the case's termination, and false when it
// was not terminated.
func (c *Case) Termination() (TerminationRecord, bool) {
	if c.r.Termination == nil {
		return TerminationRecord{}, false
	}
	t := *c.r.Termination
	t.Termination = t.Termination.clone()
	return t, true
}

// Performance is whether an agreement was performed, and if not what
// followed.
type Performance struct {
	At        time.Time `json:"at"`
	Performed bool      `json:"performed"`
	// Remedy is what followed non-performance; zero when performed.
	Remedy Remedy `json:"remedy,omitzero"`
	Note   string `json:"note,omitempty"`
}

// Perform records that the agreement, which must be in effect, was
// performed.
func (c *Case) Perform(note string, at time.Time) error {
	to, ps, err := c.begin(VerbPerform, at)
	if err != nil {
		return err
	}
	ps = c.checkInEffect(ps)
	if ps != nil {
		return c.reject(VerbPerform, ps)
	}
	c.r.Performance = Performance{At: at, Performed: true, Note: note}
	c.outcome = OutcomePerformed
	c.commit(VerbPerform, to, at, c.actor(), note)
	return nil
}

// Breach records that the agreement, which must be in effect, was not
// performed, and what followed. Where performance was deferred, it can be
// recorded only once the deadline of performance has passed.
func (c *Case) Breach(remedy Remedy, note string, at time.Time) error {
	to, ps, err := c.begin(VerbBreach, at)
	if err != nil {
		return err
	}
	ps = c.checkInEffect(ps)
	if !remedy.IsValid() {
		ps = append(ps, governance.Errorf("dispute.breach.remedy_invalid", "remedy"))
	}
	if a := c.r.Agreement; a != nil && !a.Immediate && !at.After(a.PerformBy) {
		ps = append(ps, governance.Errorf("dispute.breach.before_deadline", "at", a.PerformBy))
	}
	if ps != nil {
		return c.reject(VerbBreach, ps)
	}
	c.r.Performance = Performance{At: at, Remedy: remedy, Note: note}
	c.outcome = OutcomeUnperformed
	c.commit(VerbBreach, to, at, c.actor(), note)
	return nil
}

func (c *Case) checkInEffect(ps governance.Problems) governance.Problems {
	if _, ok := c.Effective(); !ok {
		ps = append(ps, governance.Errorf("dispute.agreement.not_in_effect", "agreement"))
	}
	return ps
}

// Performance returns the case's performance record, and false before one
// is recorded.
func (c *Case) Performance() (Performance, bool) {
	return c.r.Performance, !c.r.Performance.At.IsZero()
}
