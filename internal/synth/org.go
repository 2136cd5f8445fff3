package synth

import (
	"math/rand/v2"
	"strconv"

	"github.com/jiceng/jiceng/governance"
)

// Streams of the people, posts and party organisations drawn over a
// hierarchy.
const (
	StreamRoster = StreamUser + iota
	StreamParty
)

// The shape of a generated roster (illustrative, after RULES.md §5 and §6:
// Heping's secretaries who are also directors, Benxi's first secretaries
// and one grid worker a grid, Zhangzhou's police officers in grids, Xibei's
// household liaisons).
const (
	secretaryDirectorPercent = 70  // communities whose secretary is also director (一肩挑)
	firstSecretaryPercent    = 40  // communities with a first secretary
	gridPolicePercent        = 20  // grids with a police officer of their own
	buildingHeadPercent      = 40  // grids with a building head on the roster
	liaisonPercent           = 10  // grids with a household liaison (rural grids: twice as often)
	partTimeWorkerPercent    = 5   // grids whose worker is part-time
	predecessorPercent       = 10  // grid workers who replaced someone
	householdsPerWorker      = 300 // community workers drawn around one per this many households
	postYears                = 8   // posts started up to this many years before the day
	daysPerYear              = 365
)

// Roster returns the people and the posts they hold over the hierarchy as
// on day on, drawn from seed:
//
//   - at every street: a secretary, a director who is also the chief grid
//     chief (Xibei: the street head), a deputy secretary and a mediator;
//   - at every community or village: a secretary who is also its grid
//     chief, a director — the secretary in seven communities of ten
//     (一肩挑) —, a deputy secretary, one or two deputy directors, one to
//     three committee members, community workers up to one per 300
//     households, often fewer, a legal advisor, a
//     mediator, and in four communities of ten a first secretary;
//   - at every grid: a grid worker (part-time in one grid of twenty; one in
//     ten replaced a predecessor whose post has ended), a building head
//     in two grids of five, and now and then a household liaison and a
//     police officer.
//
// On the benchmark province (Bench) that is about 300,000 posts. Every
// post starts before on; the posts of predecessors end before it. The
// people carry names and party, education and certificate levels, no
// identity number or phone. The same seed and hierarchy give the same
// roster.
func Roster(seed uint64, h *governance.Hierarchy, on governance.Date) ([]governance.Person, []governance.Post) {
	g := &roster{r: NewRand(seed, StreamRoster), on: on}
	for street := range h.AtLevel(governance.LevelStreet) {
		g.street(street)
		for c := range h.Children(street.Code) {
			g.community(c)
			for grid := range h.Children(c.Code) {
				g.grid(grid)
			}
		}
	}
	return g.people, g.posts
}

type roster struct {
	r      *rand.Rand
	on     governance.Date
	people []governance.Person
	posts  []governance.Post
}

// person registers a new person; secretaries and the like are full party
// members, others draw their status.
func (g *roster) person(member bool) governance.PersonID {
	id := governance.PersonID("p" + strconv.Itoa(len(g.people)+1))
	p := governance.Person{
		ID:          id,
		Name:        PersonName(g.r),
		Party:       governance.PartyFull,
		Education:   governance.Education(1 + g.r.IntN(5)),
		Certificate: governance.Certificate(1 + g.r.IntN(4)),
	}
	if !member {
		p.Party = []governance.PartyStatus{governance.PartyNone, governance.PartyNone, governance.PartyProbationary, governance.PartyFull}[g.r.IntN(4)]
	}
	g.people = append(g.people, p)
	return id
}

// since returns a day up to postYears before on.
func (g *roster) since() governance.Date {
	return g.on.AddDays(-1 - g.r.IntN(postYears*daysPerYear))
}

func (g *roster) post(p governance.PersonID, role governance.Role, unit governance.Code) {
	g.posts = append(g.posts, governance.Post{Person: p, Role: role, Unit: unit, From: g.since()})
}

func (g *roster) street(u governance.Unit) {
	g.post(g.person(true), governance.RoleSecretary, u.Code)
	head := g.person(true)
	g.post(head, governance.RoleDirector, u.Code)
	g.post(head, governance.RoleGridChief, u.Code)
	g.post(g.person(true), governance.RoleDeputySecretary, u.Code)
	g.post(g.person(false), governance.RoleMediator, u.Code)
}

func (g *roster) community(u governance.Unit) {
	c := u.Code
	secretary := g.person(true)
	g.post(secretary, governance.RoleSecretary, c)
	g.post(secretary, governance.RoleGridChief, c)
	director := secretary
	if g.r.IntN(100) >= secretaryDirectorPercent {
		director = g.person(false)
	}
	g.post(director, governance.RoleDirector, c)
	g.post(g.person(true), governance.RoleDeputySecretary, c)
	for range 1 + g.r.IntN(2) {
		g.post(g.person(false), governance.RoleDeputyDirector, c)
	}
	for range 1 + g.r.IntN(3) {
		g.post(g.person(false), governance.RoleCommitteeMember, c)
	}
	workers := (u.Households+householdsPerWorker-1)/householdsPerWorker - g.r.IntN(5)
	for range max(workers, 0) {
		g.post(g.person(false), governance.RoleCommunityWorker, c)
	}
	g.post(g.person(false), governance.RoleLegalAdvisor, c)
	g.post(g.person(false), governance.RoleMediator, c)
	if g.r.IntN(100) < firstSecretaryPercent {
		g.post(g.person(true), governance.RoleFirstSecretary, c)
	}
}

func (g *roster) grid(u governance.Unit) {
	role := governance.RoleGridWorker
	if g.r.IntN(100) < partTimeWorkerPercent {
		role = governance.RoleGridWorkerPartTime
	}
	worker := governance.Post{Person: g.person(false), Role: role, Unit: u.Code, From: g.since()}
	if g.r.IntN(100) < predecessorPercent {
		before := worker.From.AddDays(-1 - g.r.IntN(postYears*daysPerYear))
		g.posts = append(g.posts, governance.Post{Person: g.person(false), Role: role, Unit: u.Code, From: before, Until: worker.From})
	}
	g.posts = append(g.posts, worker)
	if g.r.IntN(100) < buildingHeadPercent {
		g.post(g.person(false), governance.RoleBuildingHead, u.Code)
	}
	liaisons := liaisonPercent
	if u.Code.Parent().Kind() == governance.KindVillage {
		liaisons *= 2
	}
	if g.r.IntN(100) < liaisons {
		g.post(g.person(false), governance.RoleHouseholdLiaison, u.Code)
	}
	if g.r.IntN(100) < gridPolicePercent {
		g.post(g.person(false), governance.RoleGridPolice, u.Code)
	}
}

// The shape of generated party organisations (illustrative, after RULES.md
// §4: Benxi's organisation in every grid, Heping's grid branches under
// community committees, Jilin's building groups).
const (
	gridMembersMax      = 40 // full members of a grid, drawn from 0
	smallGridPercent    = 6  // grids with fewer than 3 full members, pooled in joint branches
	uncoveredPermille   = 3  // grids left without an organisation
	buildingGroupPerMil = 20 // grid branches with a building group under them
	officeMembersMax    = 12 // members of a community's own office
	probationaryPercent = 5  // of full members, roughly, on probation
	overdueDays         = 30 // elections fall within the term and this many days before on
)

// PartyOrgs returns the party organisations over the hierarchy as on day
// on, drawn from seed: a working committee at every street and a committee
// at every town or township (with no parent: their county committees lie
// outside the data); at every community or village the kind its members
// call for (PartyRules.KindFor of the defaults), led by the street's
// organisation; in every grid a branch (a committee of five from seven
// full members) — or, in a community small enough for one branch, a group
// under it — and the grids with fewer than three full members pooled in
// joint branches of up to five grids at the community. One grid branch in
// fifty has a building group; three grids in a thousand have nothing.
// Elections fall within the term and a month before on, so a few terms
// have run out.
//
// On the benchmark province that is about 80,000 organisations. The same
// seed and hierarchy give the same organisations.
func PartyOrgs(seed uint64, h *governance.Hierarchy, on governance.Date) []governance.PartyOrg {
	g := &party{r: NewRand(seed, StreamParty), on: on, rules: governance.DefaultPartyRules()}
	for street := range h.AtLevel(governance.LevelStreet) {
		kind := governance.OrgCommittee
		if street.Kind == governance.KindStreet {
			kind = governance.OrgWorkingCommittee
		}
		at := g.add(governance.PartyOrg{Kind: kind, Name: street.Name + kindSuffix[kind], Unit: street.Code})
		total := 0
		for c := range h.Children(street.Code) {
			total += g.community(h, c, g.orgs[at].ID)
		}
		g.members(at, total+g.r.IntN(officeMembersMax)+1)
	}
	return g.orgs
}

type party struct {
	r     *rand.Rand
	on    governance.Date
	rules governance.PartyRules
	orgs  []governance.PartyOrg
	grids []gridDraw // scratch: one community's grids
}

type gridDraw struct {
	unit governance.Unit
	full int
}

// add appends an organisation with a new ID and an election date within
// its term and a month before on, and returns its index.
func (g *party) add(o governance.PartyOrg) int {
	o.ID = governance.OrgID("o" + strconv.Itoa(len(g.orgs)+1))
	if o.Kind != governance.OrgGroup && o.Kind != governance.OrgWorkingCommittee {
		years := g.rules.TermYears
		if l := o.Unit.Level(); l == governance.LevelCommunity || l == governance.LevelGrid {
			years = g.rules.CommunityTermYears
		}
		o.ElectedOn = g.on.AddDays(-1 - g.r.IntN(years*daysPerYear+overdueDays))
	}
	g.orgs = append(g.orgs, o)
	return len(g.orgs) - 1
}

// members sets an organisation's members from its full members, with a
// few on probation, and a committee where the rules call for one.
func (g *party) members(at, full int) {
	o := &g.orgs[at]
	o.FullMembers = full
	o.ProbationaryMembers = g.r.IntN(full*probationaryPercent/100 + 1)
	switch {
	case o.Kind == governance.OrgCommittee || o.Kind == governance.OrgWorkingCommittee:
		o.CommitteeSize = 7
	case o.Kind == governance.OrgGroup:
	case full >= g.rules.CommitteeFromFull:
		o.CommitteeSize = g.rules.BranchCommitteeMin + g.r.IntN(g.rules.BranchCommitteeUsual-g.rules.BranchCommitteeMin+1)
	}
}

// community adds a community's organisation and its grids' and returns
// the community's full members.
func (g *party) community(h *governance.Hierarchy, c governance.Unit, parent governance.OrgID) int {
	g.grids = g.grids[:0]
	total := g.r.IntN(officeMembersMax) + 1
	for grid := range h.Children(c.Code) {
		full := 3 + g.r.IntN(gridMembersMax-2)
		if g.r.IntN(100) < smallGridPercent {
			full = g.r.IntN(3)
		}
		g.grids = append(g.grids, gridDraw{grid, full})
		total += full
	}
	kind := g.rules.KindFor(total)
	at := g.add(governance.PartyOrg{Kind: kind, Name: c.Name + kindSuffix[kind], Unit: c.Code, Parent: parent})
	g.members(at, total)
	id := g.orgs[at].ID
	if kind == governance.OrgBranch || kind == governance.OrgJointBranch {
		for _, d := range g.grids {
			if g.r.IntN(1000) >= uncoveredPermille {
				o := g.add(governance.PartyOrg{Kind: governance.OrgGroup, Name: d.unit.Name + "党小组", Unit: d.unit.Code, Parent: id})
				g.members(o, d.full)
			}
		}
		return total
	}
	var pool []governance.Code
	pooled := 0
	for _, d := range g.grids {
		switch {
		case g.r.IntN(1000) < uncoveredPermille:
		case d.full < g.rules.BranchMinFull:
			pool = append(pool, d.unit.Code)
			pooled += d.full
		default:
			o := g.add(governance.PartyOrg{Kind: governance.OrgBranch, Name: d.unit.Name + "党支部", Unit: d.unit.Code, Parent: id})
			g.members(o, d.full)
			if g.r.IntN(1000) < buildingGroupPerMil {
				b := g.add(governance.PartyOrg{Kind: governance.OrgGroup, Name: "楼栋党小组", Unit: d.unit.Code, Parent: g.orgs[o].ID})
				g.members(b, min(d.full, 3+g.r.IntN(5)))
			}
		}
		if len(pool) == g.rules.JointBranchMaxUnits {
			g.joint(c, id, pool, pooled)
			pool, pooled = nil, 0
		}
	}
	if len(pool) > 0 {
		g.joint(c, id, pool, pooled)
	}
	return total
}

// joint adds a joint branch at community c covering the pooled grids; it
// has at least the full members a branch needs, the community's cadres
// joining it where the grids' own are fewer.
func (g *party) joint(c governance.Unit, parent governance.OrgID, covers []governance.Code, full int) {
	at := g.add(governance.PartyOrg{Kind: governance.OrgJointBranch, Name: c.Name + "联合党支部", Unit: c.Code, Parent: parent, Covers: covers})
	g.members(at, max(full, g.rules.BranchMinFull))
}

// kindSuffix names an organisation after its unit.
var kindSuffix = [...]string{
	governance.OrgCommittee:        "党委",
	governance.OrgWorkingCommittee: "党工委",
	governance.OrgGeneralBranch:    "党总支",
	governance.OrgBranch:           "党支部",
	governance.OrgJointBranch:      "联合党支部",
	governance.OrgGroup:            "党小组",
}
