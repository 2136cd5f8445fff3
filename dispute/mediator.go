package dispute

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// Mediator is a member of the committee put on a case (人民调解员): named
// by the committee, or chosen by parties (人民调解法 §19, §23).
type Mediator struct {
	Person governance.PersonID `json:"person"`
	// ChosenBy lists the parties (indexes into the intake's parties) who
	// asked for this mediator; empty when the committee named them.
	ChosenBy []int `json:"chosenBy,omitempty"`
}

// Assignment is a mediator on a case, as recorded.
type Assignment struct {
	Person   governance.PersonID `json:"person"`
	Name     string              `json:"name"`
	ChosenBy []int               `json:"chosenBy,omitempty"`
	At       time.Time           `json:"at"`
}

// Assign puts a mediator on the case. The mediator must be a member of
// committee, which must be the committee that accepted the case, and may
// not be a party or related to one (Party.Related) — the committee must
// then name someone else (回避). Parties who asked for the mediator are
// recorded (人民调解法 §23). The history step's note names the mediator.
func (c *Case) Assign(committee Committee, m Mediator, at time.Time) error {
	to, ps, err := c.begin(VerbAssign, at)
	if err != nil {
		return err
	}
	if committee.Unit != c.r.Committee {
		ps = append(ps, governance.Errorf("dispute.mediator.other_committee", "committee.unit", string(committee.Unit), string(c.r.Committee)))
	}
	member, ok := committee.Member(m.Person)
	if !ok || m.Person == "" {
		ps = append(ps, governance.Errorf("dispute.mediator.not_member", "mediator.person", string(m.Person)))
	}
	for i, p := range c.in.Parties {
		switch is, related := p.isOrRelated(m.Person); {
		case m.Person == "":
		case is:
			ps = append(ps, governance.Errorf("dispute.mediator.is_party", "mediator.person", i))
		case related:
			ps = append(ps, governance.Errorf("dispute.mediator.related", "mediator.person", i))
		}
	}
	if slices.ContainsFunc(c.r.Mediators, func(a Assignment) bool { return a.Person == m.Person }) {
		ps = append(ps, governance.Errorf("dispute.mediator.twice", "mediator.person", string(m.Person)))
	}
	ps = c.checkParties(ps, "mediator.chosenBy", m.ChosenBy)
	if ps != nil {
		return c.reject(VerbAssign, ps)
	}
	if c.r.Mediators == nil {
		c.r.Mediators = c.room.mediators[:0]
	}
	c.r.Mediators = append(c.r.Mediators, Assignment{
		Person: m.Person, Name: member.Name, ChosenBy: c.keepInts(m.ChosenBy), At: at,
	})
	c.commit(VerbAssign, to, at, c.actor(), cmp.Or(member.Name, string(m.Person)))
	return nil
}

// Mediators returns a copy of the case's mediators, in the order assigned.
func (c *Case) Mediators() []Assignment {
	out := clone(c.r.Mediators)
	for i := range out {
		out[i].ChosenBy = clone(out[i].ChosenBy)
	}
	return out
}

// isMediator reports whether person is assigned to the case.
func (c *Case) isMediator(person governance.PersonID) bool {
	return person != "" && slices.ContainsFunc(c.r.Mediators, func(a Assignment) bool { return a.Person == person })
}

// Session is a mediation session (调解会): who attended and whether it was
// public — the parties choose (人民调解法 §23).
type Session struct {
	// Parties who attended (indexes into the intake's parties).
	Parties []int `json:"parties"`
	// Mediators who attended; each must be assigned to the case.
	Mediators []governance.PersonID `json:"mediators"`
	Public    bool                  `json:"public"`
	Note      string                `json:"note,omitempty"`
}

// HeldSession is a session as recorded, with when it was held.
type HeldSession struct {
	Session
	At time.Time `json:"at"`
}

func (s Session) clone() Session {
	s.Parties = clone(s.Parties)
	s.Mediators = clone(s.Mediators)
	return s
}

// Hold records a session held at at. At least one assigned mediator and one
// party must attend. The first session starts the mediation.
func (c *Case) Hold(s Session, at time.Time) error {
	to, ps, err := c.begin(VerbHold, at)
	if err != nil {
		return err
	}
	if len(s.Mediators) == 0 {
		ps = append(ps, governance.Errorf("dispute.session.no_mediator", "session.mediators"))
	}
	for i, m := range s.Mediators {
		switch {
		case !c.isMediator(m):
			ps = append(ps, governance.Errorf("dispute.session.not_mediator", governance.Index("session.mediators", i), string(m)))
		case slices.Contains(s.Mediators[:i], m):
			ps = append(ps, governance.Errorf("dispute.session.mediator_twice", governance.Index("session.mediators", i), string(m)))
		}
	}
	if len(s.Parties) == 0 {
		ps = append(ps, governance.Errorf("dispute.session.no_party", "session.parties"))
	}
	ps = c.checkParties(ps, "session.parties", s.Parties)
	if ps != nil {
		return c.reject(VerbHold, ps)
	}
	// The case keeps copies of the lists and of the note, and nothing of s
	// itself, so that the caller's lists need not leave its stack.
	note := strings.Clone(s.Note)
	if c.r.Sessions == nil {
		c.r.Sessions = c.room.sessions[:0]
	}
	c.r.Sessions = append(c.r.Sessions, HeldSession{At: at, Session: Session{
		Parties: c.keepInts(s.Parties), Mediators: c.keepIDs(s.Mediators), Public: s.Public, Note: note,
	}})
	c.commit(VerbHold, to, at, c.actor(), note)
	return nil
}

// Sessions returns a copy of the case's sessions, oldest first.
func (c *Case) Sessions() []HeldSession {
	out := clone(c.r.Sessions)
	for i := range out {
		out[i].Session = out[i].Session.clone()
	}
	return out
}
