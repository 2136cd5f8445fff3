package dispute

import (
	"time"

	"github.com/jiceng/jiceng/governance"
)

// Confirmation is the parties' joint application to a court for judicial
// confirmation of their agreement (司法确认, 人民调解法 §33) and the court's
// steps on it, with the court's time limits computed from the policy when
// each step was recorded.
type Confirmation struct {
	Court   string    `json:"court"`
	Applied time.Time `json:"applied"`
	// AcceptBy is when the court's time to accept or not runs out:
	// CourtAcceptDays after the day of the application, as the midnight
	// that ends the last of them (LastDay gives that day).
	AcceptBy time.Time `json:"acceptBy"`
	Accepted time.Time `json:"accepted,omitzero"`
	// DecideBy is when the court's time to confirm or reject runs out:
	// CourtDecideDays after the day of acceptance, plus CourtExtensionDays
	// if the court extended it, as the midnight that ends the last day
	// (LastDay gives that day).
	DecideBy time.Time `json:"decideBy,omitzero"`
	Extended bool      `json:"extended,omitempty"`
	// Decided is when the court ended the matter: not accepted, confirmed
	// or rejected.
	Decided time.Time `json:"decided,omitzero"`
	// Ruling is the court's latest step; zero until the first.
	Ruling Ruling `json:"ruling,omitzero"`
}

// Pending reports whether the court has not yet ended the matter.
func (cf Confirmation) Pending() bool { return cf.Decided.IsZero() }

// CourtOverdue reports whether at now the court is past its time to accept
// or, having accepted, to decide.
func (cf Confirmation) CourtOverdue(now time.Time) bool {
	switch {
	case !cf.Pending():
		return false
	case cf.Accepted.IsZero():
		return !now.Before(cf.AcceptBy)
	}
	return !now.Before(cf.DecideBy)
}

// ConfirmationDeadline returns when the window to apply for judicial
// confirmation closes: at the end of the Policy.ConfirmationDays-th day
// after the day the agreement took effect (人民调解法 §33: 自调解协议生效之日起
// 三十日内; the day of effect is not counted). The instant is the midnight
// that ends that day, in the location of the instant of effect: an
// application at it or later is too late, and LastDay of it is the last
// day to apply. In effect on 2025-03-11, the window closes at 2025-04-11
// 00:00; the last day is 2025-04-10. The bool is false when no agreement
// is in effect, or the agreement concerns a relationship the court does
// not confirm (Policy.Unconfirmable).
func (c *Case) ConfirmationDeadline() (time.Time, bool) {
	eff, ok := c.Effective()
	if !ok || c.r.Agreement.Concerns&c.r.Policy.Unconfirmable != 0 {
		return time.Time{}, false
	}
	return periodEnd(eff, 0, c.r.Policy.ConfirmationDays), true
}

// ApplyForConfirmation records the parties' joint application to court for
// judicial confirmation of their agreement; the history step's actor is
// ActorParties and its note names the court. It is refused when the
// agreement is not in effect, when it concerns an identity, adoption or
// marriage relationship itself (Policy.Unconfirmable), when the window has
// closed (ConfirmationDeadline), and when an application was already made.
func (c *Case) ApplyForConfirmation(court string, at time.Time) error {
	to, ps, err := c.begin(VerbApplyConfirmation, at)
	if err != nil {
		return err
	}
	if court == "" {
		ps = append(ps, governance.Errorf("dispute.confirmation.court_missing", "court"))
	}
	if c.r.Confirmation != nil {
		ps = append(ps, governance.Errorf("dispute.confirmation.twice", "confirmation"))
	}
	eff, ok := c.Effective()
	switch {
	case !ok:
		ps = append(ps, governance.Errorf("dispute.agreement.not_in_effect", "agreement"))
	case c.r.Agreement.Concerns&c.r.Policy.Unconfirmable != 0:
		ps = append(ps, governance.Errorf("dispute.confirmation.excluded", "agreement.concerns"))
	default:
		if deadline := periodEnd(eff, 0, c.r.Policy.ConfirmationDays); !at.Before(deadline) {
			ps = append(ps, governance.Errorf("dispute.confirmation.too_late", "at", LastDay(deadline), c.r.Policy.ConfirmationDays))
		}
	}
	if ps != nil {
		return c.reject(VerbApplyConfirmation, ps)
	}
	c.r.Confirmation = &Confirmation{
		Court:    court,
		Applied:  at,
		AcceptBy: periodEnd(at, 0, c.r.Policy.CourtAcceptDays),
	}
	c.commit(VerbApplyConfirmation, to, at, ActorParties, court)
	return nil
}

// RecordRuling records the court's step on the application: first accepted
// or not accepted; once accepted, an extension of its time (once, where the
// policy allows one), then confirmed or rejected. The history step names
// the court as its actor and carries the ruling's token as its note.
func (c *Case) RecordRuling(r Ruling, at time.Time) error {
	to, ps, err := c.begin(VerbRule, at)
	if err != nil {
		return err
	}
	cf := c.r.Confirmation
	switch {
	case !r.IsValid():
		ps = append(ps, governance.Errorf("dispute.ruling.invalid", "ruling"))
	case cf == nil:
		ps = append(ps, governance.Errorf("dispute.confirmation.not_applied", "confirmation"))
	case cf.Ruling == RulingUnknown && r != RulingAccepted && r != RulingNotAccepted:
		ps = append(ps, governance.Errorf("dispute.ruling.before_acceptance", "ruling", r))
	case !rulingAllowed(*cf, r, c.r.Policy):
		ps = append(ps, governance.Errorf("dispute.ruling.out_of_order", "ruling", r, cf.Ruling))
	}
	if ps != nil {
		return c.reject(VerbRule, ps)
	}
	switch r {
	case RulingAccepted:
		cf.Accepted = at
		cf.DecideBy = periodEnd(at, 0, c.r.Policy.CourtDecideDays)
	case RulingExtended:
		cf.Extended = true
		cf.DecideBy = periodEnd(cf.DecideBy.AddDate(0, 0, -1), 0, c.r.Policy.CourtExtensionDays)
	default:
		cf.Decided = at
	}
	cf.Ruling = r
	c.commit(VerbRule, to, at, cf.Court, r.String())
	return nil
}

// rulingAllowed reports whether the court may take step r after cf's steps.
func rulingAllowed(cf Confirmation, r Ruling, p Policy) bool {
	switch cf.Ruling {
	case RulingUnknown:
		return r == RulingAccepted || r == RulingNotAccepted
	case RulingAccepted:
		return r == RulingConfirmed || r == RulingRejected || (r == RulingExtended && p.CourtExtensionDays > 0)
	case RulingExtended:
		return r == RulingConfirmed || r == RulingRejected
	}
	return false
}

// Confirmation returns the case's application for judicial confirmation,
// and false when none was made.
func (c *Case) Confirmation() (Confirmation, bool) {
	if c.r.Confirmation == nil {
		return Confirmation{}, false
	}
	return *c.r.Confirmation, true
}
