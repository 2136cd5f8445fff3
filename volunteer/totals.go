package volunteer

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// Total is the hours a volunteer served over a period: the sum of the
// grants in force, and how many there are.
type Total struct {
	Volunteer governance.PersonID `json:"volunteer"`
	Hours     time.Duration       `json:"hours"`
	Grants    int                 `json:"grants"`
}

// span returns the day numbers of the period [from, until); a zero bound is
// open.
func span(from, until governance.Date) (lo, hi int32) {
	lo, hi = math.MinInt32, math.MaxInt32
	if !from.IsZero() {
		lo = dayNumber(from)
	}
	if !until.IsZero() {
		hi = dayNumber(until)
	}
	return lo, hi
}

// Total returns the hours volunteer v served on days from (inclusive) until
// (exclusive), a zero bound being open: the sum of v's grants in force for
// activities starting in the period. It reads only v's own entries.
func (l *Ledger) Total(v governance.PersonID, from, until governance.Date) time.Duration {
	vi, ok := l.knownPerson(v)
	if !ok {
		return 0
	}
	lo, hi := span(from, until)
	var total int64
	for e := range l.grantsOf(vi) {
		if d := l.days[e.act]; e.void == 0 && d >= lo && d < hi {
			total += e.dur
		}
	}
	return time.Duration(total)
}

// TeamTotal returns the hours served in the team's activities over the
// period, as Total does for a volunteer.
func (l *Ledger) TeamTotal(t TeamID, from, until governance.Date) time.Duration {
	ti, ok := l.team[t]
	if !ok || ti == 0 {
		return 0
	}
	lo, hi := span(from, until)
	var total int64
	for _, id := range l.byTeam[ti] {
		e := l.entries.at(id)
		if d := l.days[e.act]; e.void == 0 && d >= lo && d < hi {
			total += e.dur
		}
	}
	return time.Duration(total)
}

// Totals returns every volunteer's total over the period, as Total
// computes it, for the volunteers with at least one grant in force in the
// period, sorted by volunteer ID. It is one pass over the ledger.
func (l *Ledger) Totals(from, until governance.Date) []Total {
	lo, hi := span(from, until)
	sums := make([]int64, len(l.people))
	counts := make([]int32, len(l.people))
	for _, e := range l.entries.all() {
		if e.kind != EntryGrant || e.void != 0 {
			continue
		}
		if d := l.days[e.act]; d >= lo && d < hi {
			sums[e.vol] += e.dur
			counts[e.vol]++
		}
	}
	var out []Total
	for i, n := range counts {
		if n > 0 {
			out = append(out, Total{Volunteer: l.people[i].id, Hours: time.Duration(sums[i]), Grants: int(n)})
		}
	}
	slices.SortFunc(out, func(a, b Total) int { return cmp.Compare(a.Volunteer, b.Volunteer) })
	return out
}
