package dispute

import (
	"time"

	"github.com/jiceng/jiceng/governance"
)

// room is storage for what a usual case records, allocated with the case
// so that a case and everything it records are one allocation: the
// history's first historyCap steps, two parties, a mediator, a session, the
// agreement with two signatures, and a few short lists — the parties'
// related people, the sessions' attendance, the parties who chose a
// mediator. A list that outgrows its room moves to the heap as any slice
// does.
//
// Nothing outside the case points into its room: every accessor and Record
// copies. A Case is therefore never copied by value (a copy's lists would
// point into the original's room); UnmarshalJSON loads into the case
// itself.
type room struct {
	steps     [historyCap]Step
	parties   [minParties]Party
	mediators [1]Assignment
	sessions  [1]HeldSession
	agreement agreementBox
	ints      [4]int                 // sessions' parties, mediators' ChosenBy
	ids       [2]governance.PersonID // parties' Related, sessions' mediators
	usedInts  int
	usedIDs   int
}

// noCopy makes go vet's copylocks check report a copied Case.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// agreementBox holds an agreement with room for two parties' signatures.
type agreementBox struct {
	rec    AgreementRecord
	signed [2]time.Time
}

// into returns a copy of s in slots when it fits, and on the heap when it
// does not; nil when s is empty, so that a copy reads the same as its JSON
// round trip. Appending to the copy fills the rest of slots first.
func into[E any](slots, s []E) []E {
	if len(s) == 0 {
		return nil
	}
	var out []E
	if len(s) <= len(slots) {
		out = slots[:len(s)]
	} else {
		out = make([]E, len(s))
	}
	copy(out, s)
	return out
}

// keep returns a copy of s taken from the unused part of the shared slots
// (used counts what is taken), or on the heap when they are used up; nil
// when s is empty. The copy's capacity is its length, so appending to it
// never reaches a neighbour.
func keep[E any](slots []E, used *int, s []E) []E {
	n := len(s)
	if n == 0 {
		return nil
	}
	var out []E
	if *used+n <= len(slots) {
		out = slots[*used : *used+n : *used+n]
		*used += n
	} else {
		out = make([]E, n)
	}
	copy(out, s)
	return out
}

// keepInts keeps a short list of indexes in the case's room.
func (c *Case) keepInts(s []int) []int { return keep(c.room.ints[:], &c.room.usedInts, s) }

// keepIDs keeps a short list of person IDs in the case's room.
func (c *Case) keepIDs(s []governance.PersonID) []governance.PersonID {
	return keep(c.room.ids[:], &c.room.usedIDs, s)
}

// keepIntake sets the case's intake to a copy of in, its parties and their
// related people in the room where they fit.
func (c *Case) keepIntake(in Intake) {
	parties := in.Parties
	in.Parties = into(c.room.parties[:], parties)
	for i := range in.Parties {
		in.Parties[i].Related = c.keepIDs(parties[i].Related)
	}
	c.in = in
}

// keepProceedings sets the case's proceedings to a deep copy of p, its
// lists in the room where they fit. RestoreCase uses it, so that a restored
// case is laid out as a registered one.
func (c *Case) keepProceedings(p Proceedings) {
	c.r = p
	c.r.History = into(c.room.steps[:], p.History)
	c.r.Mediators = into(c.room.mediators[:], p.Mediators)
	for i := range c.r.Mediators {
		c.r.Mediators[i].ChosenBy = c.keepInts(p.Mediators[i].ChosenBy)
	}
	c.r.Sessions = into(c.room.sessions[:], p.Sessions)
	for i := range c.r.Sessions {
		c.r.Sessions[i].Parties = c.keepInts(p.Sessions[i].Parties)
		c.r.Sessions[i].Mediators = c.keepIDs(p.Sessions[i].Mediators)
	}
	if p.Agreement != nil {
		box := &c.room.agreement
		box.rec = *p.Agreement
		box.rec.PartySigned = into(box.signed[:], p.Agreement.PartySigned)
		c.r.Agreement = &box.rec
	}
	c.r.Declination = clonePtr(p.Declination)
	c.r.Refusal = clonePtr(p.Refusal)
	if p.Termination != nil {
		t := *p.Termination
		t.Termination = t.Termination.clone()
		c.r.Termination = &t
	}
	c.r.Confirmation = clonePtr(p.Confirmation)
	c.r.Reports = clone(p.Reports)
}
