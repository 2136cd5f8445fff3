package governance

import (
	"iter"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// OrgKind is the kind of a party organisation (党组织).
type OrgKind uint8

// Kinds of party organisation. From OrgCommittee to OrgJointBranch the
// kinds sized by membership run from the largest to the smallest; the
// street working committee is dispatched, not sized, and a party group
// sits inside a branch.
const (
	OrgUnknown          OrgKind = iota
	OrgCommittee                // 基层党委: a basic committee, 100 or more members
	OrgWorkingCommittee         // 街道党工委: a street's working committee, dispatched by the county committee
	OrgGeneralBranch            // 党总支: a general branch, 50 to 100 members
	OrgBranch                   // 党支部: a branch, at least 3 full members
	OrgJointBranch              // 联合支部: a joint branch of units with fewer than 3 full members each
	OrgGroup                    // 党小组: a party group inside a branch, one per grid or building
)

var orgKindTokens = enum.Tokens[OrgKind]{
	"unknown", "committee", "working_committee", "general_branch", "branch", "joint_branch", "group",
}

// String returns the kind's token.
func (k OrgKind) String() string { return orgKindTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k OrgKind) IsValid() bool { return orgKindTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k OrgKind) MarshalText() ([]byte, error) { return orgKindTokens.Marshal("org kind", k) }

// UnmarshalText sets k from its token.
func (k *OrgKind) UnmarshalText(b []byte) error {
	return orgKindTokens.Unmarshal("org kind", k, b)
}

// Label returns the kind's name in the language matched for tag.
func (k OrgKind) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.org_kind", k.String())
}

// OrgKinds yields every valid kind.
func OrgKinds() iter.Seq[OrgKind] { return orgKindTokens.All() }

// elected reports whether the kind elects a committee or secretary for a
// term; a working committee is appointed and a group chooses its leader.
func (k OrgKind) elected() bool {
	return k == OrgCommittee || k == OrgGeneralBranch || k == OrgBranch || k == OrgJointBranch
}

// branchLike reports whether the kind is a branch, joint branch or general
// branch: the organisations whose committee the branch rules size.
func (k OrgKind) branchLike() bool {
	return k == OrgGeneralBranch || k == OrgBranch || k == OrgJointBranch
}

// parentKinds says which kinds may lead each kind: a committee sits under a
// committee or working committee, a branch under any of those or a
// general branch, a group inside a branch (党章; 支部工作条例).
var parentKinds = [...][]OrgKind{
	OrgCommittee:        {OrgCommittee, OrgWorkingCommittee},
	OrgWorkingCommittee: {OrgCommittee},
	OrgGeneralBranch:    {OrgCommittee, OrgWorkingCommittee},
	OrgBranch:           {OrgCommittee, OrgWorkingCommittee, OrgGeneralBranch},
	OrgJointBranch:      {OrgCommittee, OrgWorkingCommittee, OrgGeneralBranch},
	OrgGroup:            {OrgBranch, OrgJointBranch},
}

// OrgID identifies a party organisation within one deployment.
type OrgID string

// PartyOrg is a party organisation: its kind, the unit it sits at, the
// organisation that leads it, its members and its committee.
type PartyOrg struct {
	ID OrgID `json:"id"`
	// Kind left zero is invalid; it marshals as absent so that such input
	// survives a round trip to be reported by CheckParty.
	Kind OrgKind `json:"kind,omitzero"`
	Name string  `json:"name"`
	// Unit is where the organisation sits: a street, a community, a grid.
	Unit Code `json:"unit"`
	// Parent is the organisation that leads it; empty for the top of the
	// data (its leader lies outside).
	Parent              OrgID `json:"parent,omitempty"`
	FullMembers         int   `json:"fullMembers"`
	ProbationaryMembers int   `json:"probationaryMembers,omitempty"`
	// Covers lists the units a joint branch (联合支部) covers.
	Covers []Code `json:"covers,omitempty"`
	// ElectedOn is the day the committee (or the secretary of a branch
	// without one) was elected; the term runs from it.
	ElectedOn Date `json:"electedOn,omitzero"`
	// ExtendedUntil is the end of an approved extension of the term (延期
	//换届), exclusive; zero: none.
	ExtendedUntil Date     `json:"extendedUntil,omitzero"`
	Secretary     PersonID `json:"secretary,omitempty"`
	// CommitteeSize is the number of committee members; zero: no committee.
	CommitteeSize int `json:"committeeSize,omitempty"`
}

// Members returns the full and probationary members together.
func (o PartyOrg) Members() int { return o.FullMembers + o.ProbationaryMembers }

// PartyRules are the thresholds party organisations are checked against.
// They marshal to and from JSON.
type PartyRules struct {
	// BranchMinFull is the full members a unit needs to form a branch;
	// units with fewer form a joint branch.
	BranchMinFull int `json:"branchMinFull"`
	// BranchMax is the members a branch generally has at most.
	BranchMax int `json:"branchMax"`
	// CommitteeFromFull is the full members from which a branch (or joint
	// or general branch) must have a committee rather than a secretary.
	CommitteeFromFull int `json:"committeeFromFull"`
	// BranchCommitteeMin, BranchCommitteeUsual and BranchCommitteeMax bound
	// the size of a branch's committee: 3 to 5, at most 7.
	BranchCommitteeMin   int `json:"branchCommitteeMin"`
	BranchCommitteeUsual int `json:"branchCommitteeUsual"`
	BranchCommitteeMax   int `json:"branchCommitteeMax"`
	// GeneralBranchMin is the members from which a general branch is
	// formed; CommitteeMin those from which a basic committee is.
	GeneralBranchMin int `json:"generalBranchMin"`
	CommitteeMin     int `json:"committeeMin"`
	// JointBranchMaxUnits is the units a joint branch generally covers at
	// most.
	JointBranchMaxUnits int `json:"jointBranchMaxUnits"`
	// CommunityTermYears is the term of the organisations of a community
	// or village and of its grids; TermYears that of the others.
	CommunityTermYears int `json:"communityTermYears"`
	TermYears          int `json:"termYears"`
	// MaxExtensionYears is how far an approved extension may run past the
	// end of the term.
	MaxExtensionYears int `json:"maxExtensionYears"`
	// GridCoverage requires a branch or group (or a joint branch covering
	// it) in every grid; CommunityCoverage a committee, general branch or
	// branch (or a joint branch) in every community.
	GridCoverage      bool `json:"gridCoverage"`
	CommunityCoverage bool `json:"communityCoverage"`
	// Source names the documents the numbers come from.
	Source string `json:"source,omitempty"`
}

// DefaultPartyRules returns the thresholds of the party's rules for its
// basic organisations.
//
// # Source
//
// 中国共产党支部工作条例(试行) 2018 and 党章 art. 31 (RULES.md §4): a branch
// from 3 full members, generally at most 50 members, with a committee of 3
// to 5 (at most 7) from 7 full members; a general branch from 50 members, a
// basic committee from 100; a joint branch covering generally at most 5
// units; terms of 5 years for community and village organisations and 3 for
// the others, extended with approval by at most 1 year. In the Chinese
// rules "50人以上" includes 50, so 50 members make a general branch while a
// branch of 50 is still within its limit. Coverage of every grid *(report,
// Benxi: 1,776 organisations for 1,770 grids)*.
func DefaultPartyRules() PartyRules {
	return PartyRules{
		BranchMinFull:        3,
		BranchMax:            50,
		CommitteeFromFull:    7,
		BranchCommitteeMin:   3,
		BranchCommitteeUsual: 5,
		BranchCommitteeMax:   7,
		GeneralBranchMin:     50,
		CommitteeMin:         100,
		JointBranchMaxUnits:  5,
		CommunityTermYears:   5,
		TermYears:            3,
		MaxExtensionYears:    1,
		GridCoverage:         true,
		CommunityCoverage:    true,
		Source:               "中国共产党支部工作条例(试行) 2018; 党章",
	}
}

// KindFor returns the kind of organisation a unit with this many members
// forms: a basic committee from CommitteeMin, a general branch from
// GeneralBranchMin, a branch from BranchMinFull, and below that a joint
// branch with other small units. The branch threshold counts full
// members, so pass the full members when deciding between a branch and a
// joint branch. KindFor never decreases as members grow.
func (r PartyRules) KindFor(members int) OrgKind {
	switch {
	case members >= r.CommitteeMin:
		return OrgCommittee
	case members >= r.GeneralBranchMin:
		return OrgGeneralBranch
	case members >= r.BranchMinFull:
		return OrgBranch
	}
	return OrgJointBranch
}

// TermFor returns the term, in years, of an organisation sitting at unit
// u: CommunityTermYears for a community, a village or a grid, TermYears
// otherwise.
func (r PartyRules) TermFor(u Unit) int {
	if l := u.Level(); l == LevelCommunity || l == LevelGrid {
		return r.CommunityTermYears
	}
	return r.TermYears
}

// Validate reports every problem of the rules: a negative number, and
// thresholds out of order (a branch from more members than a general
// branch, a committee's minimum above its maximum).
func (r PartyRules) Validate() Problems {
	return r.validate("").Sorted()
}

func (r PartyRules) validate(at string) Problems {
	var ps Problems
	for _, f := range []struct {
		name string
		v    int
	}{
		{"branchMinFull", r.BranchMinFull},
		{"branchMax", r.BranchMax},
		{"committeeFromFull", r.CommitteeFromFull},
		{"branchCommitteeMin", r.BranchCommitteeMin},
		{"branchCommitteeUsual", r.BranchCommitteeUsual},
		{"branchCommitteeMax", r.BranchCommitteeMax},
		{"generalBranchMin", r.GeneralBranchMin},
		{"committeeMin", r.CommitteeMin},
		{"jointBranchMaxUnits", r.JointBranchMaxUnits},
		{"communityTermYears", r.CommunityTermYears},
		{"termYears", r.TermYears},
		{"maxExtensionYears", r.MaxExtensionYears},
	} {
		if f.v < 0 {
			ps = append(ps, Errorf(codeRulesNegative, Field(at, f.name), f.v))
		}
	}
	for _, pair := range []struct {
		lo, hi         string
		low, high      int
		orderedIfEqual bool
	}{
		{"branchMinFull", "generalBranchMin", r.BranchMinFull, r.GeneralBranchMin, false},
		{"generalBranchMin", "committeeMin", r.GeneralBranchMin, r.CommitteeMin, false},
		{"branchCommitteeMin", "branchCommitteeUsual", r.BranchCommitteeMin, r.BranchCommitteeUsual, true},
		{"branchCommitteeUsual", "branchCommitteeMax", r.BranchCommitteeUsual, r.BranchCommitteeMax, true},
	} {
		if pair.low > pair.high || (pair.low == pair.high && !pair.orderedIfEqual) {
			ps = append(ps, Errorf(codeRulesUnordered, Field(at, pair.hi), pair.lo, pair.low, pair.hi, pair.high))
		}
	}
	return ps
}

// Problem codes of party organisations and their rules.
const (
	codeRulesNegative      = "governance.party_rules.negative"
	codeRulesUnordered     = "governance.party_rules.unordered"
	codeOrgID              = "governance.party.id_missing"
	codeOrgDuplicate       = "governance.party.id_duplicate"
	codeOrgKind            = "governance.party.kind_invalid"
	codeOrgUnit            = "governance.party.unit_unknown"
	codeOrgLevel           = "governance.party.level_not_allowed"
	codeOrgNegative        = "governance.party.members_negative"
	codeOrgFullBelow       = "governance.party.full_below_min"
	codeOrgBelowKind       = "governance.party.members_below_kind"
	codeOrgAboveKind       = "governance.party.members_above_kind"
	codeOrgCommittee       = "governance.party.committee_missing"
	codeOrgCommitteeSize   = "governance.party.committee_size"
	codeOrgCommitteeUsual  = "governance.party.committee_above_usual"
	codeOrgCommitteeFull   = "governance.party.committee_exceeds_full"
	codeOrgElection        = "governance.party.election_missing"
	codeOrgDate            = "governance.party.date_invalid"
	codeOrgExpired         = "governance.party.term_expired"
	codeOrgExtension       = "governance.party.extension_too_long"
	codeOrgCoversNotJoint  = "governance.party.covers_not_joint"
	codeOrgCoversMax       = "governance.party.covers_above_max"
	codeOrgCoversUnknown   = "governance.party.covers_unknown"
	codeOrgCoversOutside   = "governance.party.covers_outside"
	codeOrgParentMissing   = "governance.party.parent_missing"
	codeOrgParentKind      = "governance.party.parent_kind"
	codeOrgParentUnit      = "governance.party.parent_unit"
	codeOrgParentCycle     = "governance.party.parent_cycle"
	codeGridUncovered      = "governance.party.grid_uncovered"
	codeCommunityUncovered = "governance.party.community_uncovered"
)

// coverage flags, per unit.
const (
	coversGrid      uint8 = 1 << iota // a branch, group or joint branch in the grid
	coversCommunity                   // a committee, general or joint branch or branch in the community
)

// partyCheck is the state of one CheckParty run: the organisations'
// units and parents resolved once, and the coverage found.
type partyCheck struct {
	h       *Hierarchy
	orgs    []PartyOrg
	rules   PartyRules
	on      Date
	units   []int32 // each organisation's unit, as a node of h; -1 when unknown
	parents []int32 // each organisation's parent index; -1 for none or unknown
	covered []uint8 // coverage flags by node of h
	ps      Problems
}

func orgPath(i int, field string) string { return Field(Index("orgs", i), field) }

// CheckParty checks party organisations on day on against the rules and
// the unit hierarchy and returns every problem, sorted:
//
//   - an organisation without an ID or with another's ID, of an invalid
//     kind, at a unit not in the hierarchy, or a working committee
//     anywhere but at a street;
//   - size against kind: a branch or joint branch with fewer full members
//     than BranchMinFull (an error), a branch above BranchMax, a general
//     branch below GeneralBranchMin or from CommitteeMin on, a committee
//     below CommitteeMin (warnings: the rules say "generally" and allow
//     exceptions with approval);
//   - a branch-like organisation with CommitteeFromFull or more full
//     members and no committee; a committee smaller than BranchCommitteeMin
//     or larger than BranchCommitteeMax or than the full members (errors),
//     or larger than BranchCommitteeUsual (a warning);
//   - a term expired on day on: the term runs TermFor years from ElectedOn,
//     exclusive, and an approved extension (ExtendedUntil) may run at most
//     MaxExtensionYears further; an elected kind without ElectedOn is a
//     warning;
//   - a joint branch covering more than JointBranchMaxUnits units (a
//     warning), a covered unit not in the hierarchy or outside the joint
//     branch's unit, or Covers on anything but a joint branch;
//   - a parent that does not exist, of a kind that cannot lead this one,
//     at a unit that does not contain this one's (a parent sits at the
//     same unit or above), a grid's organisation led from outside its
//     community, and chains of parents that come round in a cycle;
//   - coverage: a grid with no organisation of its own and no joint branch
//     covering it, and a community with no committee, general branch,
//     branch or joint branch. A building group under a grid branch sits
//     at the grid too, which is allowed.
//
// Rules with errors (see PartyRules.Validate) are reported under "rules"
// and nothing else is judged by them. It is one pass over the
// organisations, one over their parents, and one over the hierarchy for
// coverage.
func CheckParty(h *Hierarchy, orgs []PartyOrg, rules PartyRules, on Date) Problems {
	if ps := rules.validate("rules"); ps.Err() != nil {
		return ps.Sorted()
	}
	c := &partyCheck{
		h: h, orgs: orgs, rules: rules, on: on,
		units:   make([]int32, len(orgs)),
		parents: make([]int32, len(orgs)),
		covered: make([]uint8, h.Len()),
	}
	ids := c.index()
	for i := range orgs {
		c.org(i)
	}
	for i := range orgs {
		c.parent(i, ids)
	}
	c.cycles()
	c.coverage()
	return c.ps.Sorted()
}

// index maps IDs to positions and reports missing and duplicate IDs.
func (c *partyCheck) index() map[OrgID]int32 {
	ids := make(map[OrgID]int32, len(c.orgs))
	for i := range c.orgs {
		id := c.orgs[i].ID
		if id == "" {
			c.ps = append(c.ps, Errorf(codeOrgID, orgPath(i, "id")))
			continue
		}
		if first, dup := ids[id]; dup {
			c.ps = append(c.ps, Errorf(codeOrgDuplicate, orgPath(i, "id"), string(id), Index("orgs", int(first))))
			continue
		}
		ids[id] = int32(i)
	}
	return ids
}

// org checks one organisation on its own and records what it covers.
func (c *partyCheck) org(i int) {
	o := &c.orgs[i]
	node, known := c.h.lookup(o.Unit)
	c.units[i] = -1
	if known {
		c.units[i] = node
	} else {
		c.ps = append(c.ps, Errorf(codeOrgUnit, orgPath(i, "unit"), string(o.Unit)))
	}
	if !o.Kind.IsValid() {
		c.ps = append(c.ps, Errorf(codeOrgKind, orgPath(i, "kind"), o.Kind.String()))
		return
	}
	if known {
		u := c.h.unitAt(node)
		if l := u.Code.Level(); o.Kind == OrgWorkingCommittee && l != LevelStreet {
			c.ps = append(c.ps, Errorf(codeOrgLevel, orgPath(i, "unit"), o.Kind, l))
		}
		c.term(i, u)
		c.cover(node, o.Kind)
	}
	c.size(i)
	c.committee(i)
	c.covers(i, known)
}

// size checks the members against the kind.
func (c *partyCheck) size(i int) {
	o, r := &c.orgs[i], &c.rules
	if o.FullMembers < 0 {
		c.ps = append(c.ps, Errorf(codeOrgNegative, orgPath(i, "fullMembers"), o.FullMembers))
	}
	if o.ProbationaryMembers < 0 {
		c.ps = append(c.ps, Errorf(codeOrgNegative, orgPath(i, "probationaryMembers"), o.ProbationaryMembers))
	}
	members, kind := o.Members(), o.Kind
	switch o.Kind {
	case OrgBranch, OrgJointBranch:
		if o.FullMembers < r.BranchMinFull {
			c.ps = append(c.ps, Errorf(codeOrgFullBelow, orgPath(i, "fullMembers"), kind, o.FullMembers, r.BranchMinFull))
		}
		if members > r.BranchMax {
			c.ps = append(c.ps, Warnf(codeOrgAboveKind, orgPath(i, "fullMembers"), kind, members, r.BranchMax))
		}
	case OrgGeneralBranch:
		if members < r.GeneralBranchMin {
			c.ps = append(c.ps, Warnf(codeOrgBelowKind, orgPath(i, "fullMembers"), kind, members, r.GeneralBranchMin))
		}
		if members >= r.CommitteeMin {
			c.ps = append(c.ps, Warnf(codeOrgAboveKind, orgPath(i, "fullMembers"), kind, members, r.CommitteeMin-1))
		}
	case OrgCommittee:
		if members < r.CommitteeMin {
			c.ps = append(c.ps, Warnf(codeOrgBelowKind, orgPath(i, "fullMembers"), kind, members, r.CommitteeMin))
		}
	}
}

// committee checks a branch-like organisation's committee.
func (c *partyCheck) committee(i int) {
	o, r := &c.orgs[i], &c.rules
	if !o.Kind.branchLike() {
		return
	}
	const field = "committeeSize"
	switch size := o.CommitteeSize; {
	case size == 0:
		if o.FullMembers >= r.CommitteeFromFull {
			c.ps = append(c.ps, Errorf(codeOrgCommittee, orgPath(i, field), o.FullMembers, r.CommitteeFromFull))
		}
	case size < r.BranchCommitteeMin || size > r.BranchCommitteeMax:
		c.ps = append(c.ps, Errorf(codeOrgCommitteeSize, orgPath(i, field), size, r.BranchCommitteeMin, r.BranchCommitteeMax))
	case size > o.FullMembers:
		c.ps = append(c.ps, Errorf(codeOrgCommitteeFull, orgPath(i, field), size, o.FullMembers))
	case size > r.BranchCommitteeUsual:
		c.ps = append(c.ps, Warnf(codeOrgCommitteeUsual, orgPath(i, field), size, r.BranchCommitteeUsual))
	}
}

// term checks that an elected organisation's term has not run out on c.on.
func (c *partyCheck) term(i int, u *Unit) {
	o, r := &c.orgs[i], &c.rules
	if !o.Kind.elected() {
		return
	}
	switch {
	case o.ElectedOn.IsZero():
		c.ps = append(c.ps, Warnf(codeOrgElection, orgPath(i, "electedOn")))
		return
	case !o.ElectedOn.IsValid():
		c.ps = append(c.ps, Errorf(codeOrgDate, orgPath(i, "electedOn"), o.ElectedOn.String()))
		return
	}
	ends := o.ElectedOn.AddYears(r.TermFor(*u))
	if o.ExtendedUntil.IsValid() {
		if latest := ends.AddYears(r.MaxExtensionYears); o.ExtendedUntil.After(latest) {
			c.ps = append(c.ps, Errorf(codeOrgExtension, orgPath(i, "extendedUntil"), o.ExtendedUntil, latest))
		}
		if o.ExtendedUntil.After(ends) {
			ends = o.ExtendedUntil
		}
	} else if !o.ExtendedUntil.IsZero() {
		c.ps = append(c.ps, Errorf(codeOrgDate, orgPath(i, "extendedUntil"), o.ExtendedUntil.String()))
	}
	if !c.on.Before(ends) {
		c.ps = append(c.ps, Errorf(codeOrgExpired, orgPath(i, "electedOn"), o.ElectedOn, ends))
	}
}

// cover records that an organisation of kind k at the unit of node covers
// it.
func (c *partyCheck) cover(node int32, k OrgKind) {
	switch c.h.unitAt(node).Code.Level() {
	case LevelGrid:
		if k != OrgWorkingCommittee {
			c.covered[node] |= coversGrid
		}
	case LevelCommunity:
		if k != OrgGroup && k != OrgWorkingCommittee {
			c.covered[node] |= coversCommunity
		}
	}
}

// covers checks a joint branch's covered units and records their coverage.
func (c *partyCheck) covers(i int, known bool) {
	o, r := &c.orgs[i], &c.rules
	if len(o.Covers) == 0 {
		return
	}
	if o.Kind != OrgJointBranch {
		c.ps = append(c.ps, Errorf(codeOrgCoversNotJoint, orgPath(i, "covers"), o.Kind))
		return
	}
	if len(o.Covers) > r.JointBranchMaxUnits {
		c.ps = append(c.ps, Warnf(codeOrgCoversMax, orgPath(i, "covers"), len(o.Covers), r.JointBranchMaxUnits))
	}
	for k, u := range o.Covers {
		node, ok := c.h.lookup(u)
		switch {
		case !ok:
			c.ps = append(c.ps, Errorf(codeOrgCoversUnknown, Field(Index("orgs", i), Index("covers", k)), string(u)))
		case known && !o.Unit.Contains(u):
			c.ps = append(c.ps, Errorf(codeOrgCoversOutside, Field(Index("orgs", i), Index("covers", k)), string(u), string(o.Unit)))
		default:
			c.cover(node, OrgJointBranch)
		}
	}
}

// parent checks that an organisation's parent exists, may lead it, and
// sits at a unit containing its own — for a grid's organisation, within
// the grid's community.
func (c *partyCheck) parent(i int, ids map[OrgID]int32) {
	c.parents[i] = -1
	o := &c.orgs[i]
	if o.Parent == "" {
		return
	}
	p, ok := ids[o.Parent]
	if !ok {
		c.ps = append(c.ps, Errorf(codeOrgParentMissing, orgPath(i, "parent"), string(o.Parent)))
		return
	}
	c.parents[i] = p
	parent := &c.orgs[p]
	if o.Kind.IsValid() && parent.Kind.IsValid() && !kindLeads(parent.Kind, o.Kind) {
		c.ps = append(c.ps, Errorf(codeOrgParentKind, orgPath(i, "parent"), o.Kind, parent.Kind))
	}
	if c.units[i] < 0 || c.units[p] < 0 {
		return
	}
	child, up := c.h.unitAt(c.units[i]).Code, c.h.unitAt(c.units[p]).Code
	if !up.Contains(child) || (child.Level() == LevelGrid && up.Level() < LevelCommunity) {
		c.ps = append(c.ps, Errorf(codeOrgParentUnit, orgPath(i, "parent"), string(child), string(up)))
	}
}

// kindLeads reports whether an organisation of kind parent may lead one
// of kind child.
func kindLeads(parent, child OrgKind) bool {
	for _, k := range parentKinds[child] {
		if k == parent {
			return true
		}
	}
	return false
}

// cycles reports every cycle of parents once, on its first organisation.
// Each organisation is visited once: a walk up the parents stops at an
// organisation already settled, and an organisation met again in the same
// walk closes a cycle.
func (c *partyCheck) cycles() {
	const (
		unseen uint8 = iota
		walking
		settled
	)
	state := make([]uint8, len(c.orgs))
	var walk []int32
	for start := range c.orgs {
		walk = walk[:0]
		i := int32(start)
		for i >= 0 && state[i] == unseen {
			state[i] = walking
			walk = append(walk, i)
			i = c.parents[i]
		}
		if i >= 0 && state[i] == walking {
			first := i
			for j := c.parents[i]; j != i; j = c.parents[j] {
				first = min(first, j)
			}
			c.ps = append(c.ps, Errorf(codeOrgParentCycle, orgPath(int(first), "parent"), string(c.orgs[first].ID)))
		}
		for _, j := range walk {
			state[j] = settled
		}
	}
}

// coverage reports the grids and communities without their organisation.
func (c *partyCheck) coverage() {
	if !c.rules.GridCoverage && !c.rules.CommunityCoverage {
		return
	}
	for node, flags := range c.covered {
		u := c.h.unitAt(int32(node))
		switch u.Code.Level() {
		case LevelGrid:
			if c.rules.GridCoverage && flags&coversGrid == 0 {
				c.ps = append(c.ps, Errorf(codeGridUncovered, unitPath(u.Code), string(u.Code)))
			}
		case LevelCommunity:
			if c.rules.CommunityCoverage && flags&coversCommunity == 0 {
				c.ps = append(c.ps, Errorf(codeCommunityUncovered, unitPath(u.Code), string(u.Code)))
			}
		}
	}
}
