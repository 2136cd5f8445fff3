package volunteer

import (
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// Records is what a yearly check reads: the ledger, the service orders and
// the teams (to know which teams belong to a unit).
type Records struct {
	Ledger *Ledger
	Orders []*Order
	Teams  []Team
}

// CheckLine compares one promise with what was done.
type CheckLine struct {
	Measure  Measure `json:"measure"`
	Promised int     `json:"promised"`
	Done     int     `json:"done"`
	Met      bool    `json:"met"`
}

// Check is a yearly check of a member's report or a unit's agreement: one
// line per promise, in the order promised, and whether all were met.
type Check struct {
	Subject   string          `json:"subject"` // the member or the unit
	Community governance.Code `json:"community"`
	Year      int             `json:"year"`
	Lines     []CheckLine     `json:"lines"`
	Met       bool            `json:"met"`
}

// Check compares what the member did in the home community in the
// calendar year with the promises: hours granted to the member in force in
// activities in the community, those activities, and the community's
// service orders the member completed (taken as a party member or a
// volunteer, completed in the year). It reads only the member's own
// ledger entries, and every order; to check many reports, use CheckAll.
func (r MemberReport) Check(year int, rec Records) Check {
	members, _ := CheckAll(year, rec, []MemberReport{r}, nil)
	return members[0]
}

// Check compares what the unit did in the community in the calendar year
// with the agreement's assessment: hours in force in activities the unit
// organised in the community, those activities with hours, and the
// community's service orders completed by the unit's teams. It reads the
// whole ledger and every order; to check many agreements, use CheckAll.
func (a Agreement) Check(year int, rec Records) Check {
	_, units := CheckAll(year, rec, nil, []Agreement{a})
	return units[0]
}

// CheckAll makes the yearly checks of many reports and agreements at once:
// members[i] is reports[i].Check(year, rec) and units[j] is
// agreements[j].Check(year, rec). It reads each ledger entry at most once
// and each order once, however many reports and agreements there are, so
// that checking a district — Heping's 7,800 members and 479 units
// (report) — costs about what checking one unit does. When only reports
// are checked and their members' entries are a small part of the ledger,
// it reads just those entries.
func CheckAll(year int, rec Records, reports []MemberReport, agreements []Agreement) (members, units []Check) {
	c := newChecker(year, rec.Ledger)
	mt := make([]int32, len(reports))
	for i, r := range reports {
		mt[i] = c.member(r.Member, r.Community)
	}
	ut := make([]int32, len(agreements))
	for i, a := range agreements {
		ut[i] = c.unit(a.Unit, a.Community)
	}
	c.readLedger()
	c.readOrders(rec.Orders, rec.Teams)

	n := 0
	for _, r := range reports {
		n += len(r.Targets)
	}
	for _, a := range agreements {
		n += len(a.Assessment)
	}
	lines := make([]CheckLine, n)
	members = make([]Check, len(reports))
	for i, r := range reports {
		members[i] = c.tallies[mt[i]].check(string(r.Member), r.Community, year, r.Targets, &lines)
	}
	units = make([]Check, len(agreements))
	for i, a := range agreements {
		units[i] = c.tallies[ut[i]].check(string(a.Unit), a.Community, year, a.Assessment, &lines)
	}
	return members, units
}

// tally is what one member or unit did in one community in one year.
type tally struct {
	hours      time.Duration
	activities int
	orders     int
}

func (t tally) of(m Measure) int {
	switch m {
	case MeasureHours:
		return int(t.hours / time.Hour)
	case MeasureActivities:
		return t.activities
	case MeasureOrders:
		return t.orders
	}
	return 0
}

// check compares the tally with the targets; its lines are taken from the
// front of *lines.
func (t tally) check(subject string, c governance.Code, year int, targets []Target, lines *[]CheckLine) Check {
	n := len(targets)
	out := Check{Subject: subject, Community: c, Year: year, Lines: (*lines)[:n:n], Met: true}
	*lines = (*lines)[n:]
	for i, tg := range targets {
		done := t.of(tg.Measure)
		out.Lines[i] = CheckLine{Measure: tg.Measure, Promised: tg.Value, Done: done, Met: done >= tg.Value}
		out.Met = out.Met && out.Lines[i].Met
	}
	return out
}

// subject is a member or a unit in a community: what one tally is kept
// for.
type subject struct {
	id        string
	community governance.Code
}

// checker tallies what the members and units of many yearly checks did,
// reading the ledger and the orders once. A member's grants reach its
// tallies through routes by volunteer index and community; a unit's through
// the activities it organised.
type checker struct {
	l       *Ledger
	year    int
	lo, hi  int32 // the year's days
	tallies []tally
	last    []uint32 // per tally: the activity of its last grant counted, + 1
	pairs   []uint64 // tally<<32 | activity of the members' grants counted, to count activities
	members map[subject]int32
	units   map[subject]int32
	// unitOf maps an activity's index to the tally of the unit that
	// organised it + 1 (0: none checked); served marks the activities with
	// a grant counted for their unit.
	unitOf []int32
	served []bool
	// first maps a member's volunteer index to its first route + 1;
	// routes[r].next chains the member's other communities.
	first  map[uint32]int32
	vols   []uint32 // the keys of first, in the order reported
	routes []route
	// places numbers the communities reported to from 1; placeOf is each
	// activity's community's number, 0 when no report names it.
	places  map[governance.Code]int32
	placeOf []int32
}

type route struct {
	place int32 // the community's number
	tally int32
	next  int32 // the next route + 1; 0 ends the chain
}

func newChecker(year int, l *Ledger) *checker {
	lo, hi := span(governance.MustDate(year, time.January, 1), governance.MustDate(year+1, time.January, 1))
	return &checker{
		l: l, year: year, lo: lo, hi: hi,
		members: make(map[subject]int32), units: make(map[subject]int32), first: make(map[uint32]int32),
		places: make(map[governance.Code]int32),
	}
}

func (c *checker) newTally() int32 {
	c.tallies = append(c.tallies, tally{})
	c.last = append(c.last, 0)
	return int32(len(c.tallies) - 1)
}

// member returns the tally of member p in community cc, routing the
// member's grants to it.
func (c *checker) member(p governance.PersonID, cc governance.Code) int32 {
	k := subject{string(p), cc}
	if t, ok := c.members[k]; ok {
		return t
	}
	t := c.newTally()
	c.members[k] = t
	if c.l == nil {
		return t
	}
	if vi, ok := c.l.knownPerson(p); ok {
		head, seen := c.first[vi]
		if !seen {
			c.vols = append(c.vols, vi)
		}
		place, ok := c.places[cc]
		if !ok {
			place = int32(len(c.places) + 1)
			c.places[cc] = place
		}
		c.routes = append(c.routes, route{place: place, tally: t, next: head})
		c.first[vi] = int32(len(c.routes))
	}
	return t
}

// unit returns the tally of unit u in community cc.
func (c *checker) unit(u OrgID, cc governance.Code) int32 {
	k := subject{string(u), cc}
	if t, ok := c.units[k]; ok {
		return t
	}
	t := c.newTally()
	c.units[k] = t
	return t
}

// readLedger counts the grants in force in the year: the whole ledger in
// order, or only the members' entries when no unit is checked and those
// are few.
func (c *checker) readLedger() {
	l := c.l
	if l == nil || len(c.tallies) == 0 {
		return
	}
	if len(c.units) > 0 {
		c.unitOf = make([]int32, len(l.acts))
		c.served = make([]bool, len(l.acts))
		for i := range l.acts {
			a := &l.acts[i].a
			if t, ok := c.units[subject{string(a.Organiser), a.Community}]; ok {
				c.unitOf[i] = t + 1
			}
		}
	}
	if len(c.routes) > 0 {
		c.placeOf = make([]int32, len(l.acts))
		for i := range l.acts {
			c.placeOf[i] = c.places[l.acts[i].a.Community]
		}
	}
	mine := 0
	for _, vi := range c.vols {
		mine += int(l.people[vi].grants.n)
	}
	if c.unitOf == nil && mine*memberShare < l.entries.len() {
		for _, vi := range c.vols {
			for e := range l.grantsOf(vi) {
				c.grant(e, c.first[vi])
			}
		}
	} else {
		first := make([]int32, len(l.people))
		for vi, r := range c.first {
			first[vi] = r
		}
		for _, e := range l.entries.all() {
			c.grant(e, first[e.vol])
		}
	}
	for a, ok := range c.served {
		if ok {
			c.tallies[c.unitOf[a]-1].activities++
		}
	}
	c.countActivities()
}

// memberShare: the members' own entries are read through the index when
// they are fewer than one in memberShare of the ledger; scattered reads cost
// several times a read in order.
const memberShare = 4

// grant counts entry e, if it is a grant in force in the year, for the
// unit that organised its activity and for the member routes, from r on,
// that name the activity's community.
func (c *checker) grant(e *entry, r int32) {
	if e.kind != EntryGrant || e.void != 0 {
		return
	}
	if d := c.l.days[e.act]; d < c.lo || d >= c.hi {
		return
	}
	if c.unitOf != nil && c.unitOf[e.act] != 0 {
		c.tallies[c.unitOf[e.act]-1].hours += time.Duration(e.dur)
		c.served[e.act] = true
	}
	for r != 0 {
		rt := &c.routes[r-1]
		if rt.place == c.placeOf[e.act] {
			t := rt.tally
			c.tallies[t].hours += time.Duration(e.dur)
			if c.last[t] != e.act+1 {
				c.last[t] = e.act + 1
				c.pairs = append(c.pairs, uint64(t)<<32|uint64(e.act))
			}
		}
		r = rt.next
	}
}

// countActivities counts each member tally's distinct activities from the
// pairs: a counting sort by tally, then each tally's activities marked
// once. (A unit's activities are its served ones: each activity has one
// organiser.)
func (c *checker) countActivities() {
	start := make([]int32, len(c.tallies)+1)
	for _, p := range c.pairs {
		start[p>>32+1]++
	}
	for t := range c.tallies {
		start[t+1] += start[t]
	}
	next := append([]int32(nil), start[:len(c.tallies)]...)
	acts := make([]uint32, len(c.pairs))
	for _, p := range c.pairs {
		t := p >> 32
		acts[next[t]] = uint32(p)
		next[t]++
	}
	mark := make([]int32, len(c.l.acts)) // the tally that last counted the activity, + 1
	for t := range c.tallies {
		for _, a := range acts[start[t]:start[t+1]] {
			if mark[a] != int32(t)+1 {
				mark[a] = int32(t) + 1
				c.tallies[t].activities++
			}
		}
	}
}

// readOrders counts the orders completed in the year: for the member who
// took one as a party member or a volunteer, and for the units whose team
// took one, each in the order's community.
func (c *checker) readOrders(orders []*Order, teams []Team) {
	owners := make(map[TeamID][]OrgID)
	if len(c.units) > 0 {
		checked := make(map[OrgID]bool)
		for k := range c.units {
			checked[OrgID(k.id)] = true
		}
		for _, tm := range teams {
			if checked[tm.Unit] && !slices.Contains(owners[tm.ID], tm.Unit) {
				owners[tm.ID] = append(owners[tm.ID], tm.Unit)
			}
		}
	}
	for _, o := range orders {
		if !inYear(o.Completed(), c.year) {
			continue
		}
		a, cc := o.assignee, o.need.Community
		if a.Kind != AssigneeTeam {
			if t, ok := c.members[subject{string(a.Person), cc}]; ok {
				c.tallies[t].orders++
			}
			continue
		}
		for _, u := range owners[a.Team] {
			if t, ok := c.units[subject{string(u), cc}]; ok {
				c.tallies[t].orders++
			}
		}
	}
}

// inYear reports whether instant t falls in the calendar year, on its own
// location's calendar.
func inYear(t time.Time, year int) bool { return !t.IsZero() && t.Year() == year }
