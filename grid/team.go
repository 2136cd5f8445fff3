package grid

import (
	"iter"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// ChiefTier is a tier of the grid-chief system (网格长制): the chief grid
// chief (总网格长), the area chiefs (片区网格长) and the grid chiefs (网格长).
type ChiefTier uint8

// Grid-chief tiers, top down.
const (
	ChiefTierUnknown ChiefTier = iota
	ChiefTierGeneral           // 总网格长: the head of the street (Xibei)
	ChiefTierArea              // 片区网格长: a street leader over an area of communities
	ChiefTierGrid              // 网格长: the community secretary
)

var chiefTierTokens = enum.Tokens[ChiefTier]{"unknown", "general", "area", "grid"}

// String returns the tier's token.
func (t ChiefTier) String() string { return chiefTierTokens.String(t) }

// IsValid reports whether t is a known tier.
func (t ChiefTier) IsValid() bool { return chiefTierTokens.Valid(t) }

// MarshalText returns the tier's token.
func (t ChiefTier) MarshalText() ([]byte, error) { return chiefTierTokens.Marshal("chief tier", t) }

// UnmarshalText sets t from its token.
func (t *ChiefTier) UnmarshalText(b []byte) error {
	return chiefTierTokens.Unmarshal("chief tier", t, b)
}

// Label returns the tier's name in the language matched for tag.
func (t ChiefTier) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.chief_tier", t.String())
}

// ChiefTiers yields every tier, top down.
func ChiefTiers() iter.Seq[ChiefTier] { return chiefTierTokens.All() }

// ChiefRule says that every unit at Level needs a grid chief (a post of
// governance.RoleGridChief) of the tier. Tiers sharing a level add up: a
// street holding both the general and the area tier needs two chiefs.
type ChiefRule struct {
	Tier  ChiefTier        `json:"tier"`
	Level governance.Level `json:"level"`
}

// TeamPolicy is who a grid's team must include. Each field is one model
// from the reports; a city combines the ones it uses.
type TeamPolicy struct {
	// WorkerRoles are the posts that count as the grid's worker (网格员);
	// every grid needs at least one.
	WorkerRoles []governance.Role `json:"workerRoles"`
	// Police: every grid also needs a grid police officer (网格警员), the
	// "2" of Zhangzhou's "2+N" with the worker; the N specialised teams are
	// not counted.
	Police bool `json:"police,omitempty"`
	// Chain lists the posts below the worker that every comprehensive grid
	// with households needs at least one of (Benxi: building head 楼栋长,
	// entrance head 单元长).
	Chain []governance.Role `json:"chain,omitempty"`
	// HouseholdsPerLiaison: one household liaison (联户长, 十联户) is needed
	// per this many households of the grid, rounded up; 0 needs none.
	HouseholdsPerLiaison int `json:"householdsPerLiaison,omitempty"`
	// Chiefs lists the grid-chief tiers and the level each sits at.
	Chiefs []ChiefRule `json:"chiefs,omitempty"`
	Source string      `json:"source,omitempty"`
}

// DefaultTeamPolicy returns the baseline every model shares: each grid has a
// grid worker, full- or part-time (一格一员).
//
// # Source
//
// RULES.md §6 and §12 (report): every city of the source material staffs
// each grid with at least one grid worker (Benxi 1,701 full-time workers
// for 1,770 grids; Xibei 103 full-time and 7 part-time for 110 grids).
func DefaultTeamPolicy() TeamPolicy {
	return TeamPolicy{
		WorkerRoles: []governance.Role{governance.RoleGridWorker, governance.RoleGridWorkerPartTime},
		Source:      "RULES.md §6, §12 (report): one grid worker per grid",
	}
}

// BenxiTeamPolicy returns Benxi's chain: grid worker → building head →
// entrance head.
//
// # Source
//
// Benxi city report (RULES.md §6, report).
func BenxiTeamPolicy() TeamPolicy {
	p := DefaultTeamPolicy()
	p.Chain = []governance.Role{governance.RoleBuildingHead, governance.RoleEntranceHead}
	p.Source = "Benxi (report): grid worker → building head → entrance head"
	return p
}

// ZhangzhouTeamPolicy returns Zhangzhou's "2+N": a grid worker and a grid
// police officer in every grid, plus N specialised teams.
//
// # Source
//
// Zhangzhou city report (RULES.md §6, report).
func ZhangzhouTeamPolicy() TeamPolicy {
	p := DefaultTeamPolicy()
	p.Police = true
	p.Source = `Zhangzhou (report): "2+N" — a grid worker and a police officer, plus N specialised teams`
	return p
}

// XibeiTeamPolicy returns Guiyang Xibei street's model: household liaisons
// at about one per ten households (十联户) and three tiers of grid chief —
// the street head as chief grid chief and street leaders as area chiefs,
// both posted at the street, and community secretaries as grid chiefs.
//
// # Source
//
// Guiyang Xibei street report (RULES.md §6, report): 589 liaisons for 110
// grids; three levels of grid chief.
func XibeiTeamPolicy() TeamPolicy {
	p := DefaultTeamPolicy()
	p.HouseholdsPerLiaison = 10
	p.Chiefs = []ChiefRule{
		{Tier: ChiefTierGeneral, Level: governance.LevelStreet},
		{Tier: ChiefTierArea, Level: governance.LevelStreet},
		{Tier: ChiefTierGrid, Level: governance.LevelCommunity},
	}
	p.Source = "Guiyang Xibei (report): household liaisons, one per about ten households; three levels of grid chief"
	return p
}

// team problem codes.
const (
	codeTeamPolicyRole    = "grid.team_policy.role_invalid"
	codeTeamPolicyChief   = "grid.team_policy.chief_invalid"
	codeTeamPolicyLiaison = "grid.team_policy.liaison_invalid"
	codeWorkerMissing     = "grid.team.worker_missing"
	codePoliceMissing     = "grid.team.police_missing"
	codeBuildingHead      = "grid.team.building_head_missing"
	codeEntranceHead      = "grid.team.entrance_head_missing"
	codeChainRoleMissing  = "grid.team.role_missing"
	codeLiaisonsBelow     = "grid.team.liaisons_below"
	codeGeneralChief      = "grid.team.general_chief_missing"
	codeAreaChief         = "grid.team.area_chief_missing"
	codeGridChief         = "grid.team.grid_chief_missing"
)

// chiefCodes is the problem code of each missing tier.
var chiefCodes = [...]string{
	ChiefTierGeneral: codeGeneralChief,
	ChiefTierArea:    codeAreaChief,
	ChiefTierGrid:    codeGridChief,
}

// Validate reports invalid roles, a policy without worker roles, a negative
// liaison ratio and chief rules with an unknown tier or a level that is not
// above the grid.
func (p TeamPolicy) Validate() governance.Problems {
	var ps governance.Problems
	if len(p.WorkerRoles) == 0 {
		ps = append(ps, governance.Errorf(codeTeamPolicyRole, "workerRoles"))
	}
	for i, r := range p.WorkerRoles {
		if !r.IsValid() {
			ps = append(ps, governance.Errorf(codeTeamPolicyRole, governance.Index("workerRoles", i)))
		}
	}
	if len(p.Chain) > 32 {
		ps = append(ps, governance.Errorf(codeTeamPolicyRole, "chain"))
	}
	for i, r := range p.Chain {
		if !r.IsValid() {
			ps = append(ps, governance.Errorf(codeTeamPolicyRole, governance.Index("chain", i)))
		}
	}
	if p.HouseholdsPerLiaison < 0 {
		ps = append(ps, governance.Errorf(codeTeamPolicyLiaison, "householdsPerLiaison"))
	}
	for i, c := range p.Chiefs {
		if !c.Tier.IsValid() || !c.Level.IsValid() || c.Level == governance.LevelGrid {
			ps = append(ps, governance.Errorf(codeTeamPolicyChief, governance.Index("chiefs", i)))
		}
	}
	return ps.Sorted()
}

// crew counts the active posts of one unit that a team policy asks about.
type crew struct {
	workers, police, liaisons, chiefs int32
	chain                             uint32 // bit i: a post of Chain[i]
}

// CheckTeams reports, for the posts active on the day, every grid of h
// without a worker, a "2+N" grid without its police officer, a grid missing
// a post of the chain, a grid with fewer household liaisons than the policy
// asks, and every unit at a chief level missing a grid chief of a tier.
// Posts at units outside h are ignored. The problems are sorted.
//
// The check is one pass over the posts and one over the hierarchy; posts
// listed in unit-code order (as a register sorted by unit lists them) are
// matched without sorting.
func CheckTeams(h *governance.Hierarchy, posts []governance.Post, p TeamPolicy, on governance.Date) governance.Problems {
	roles := newRoleBits(p)
	held := activePosts(posts, roles, on)
	var chiefsAt [governance.LevelGrid + 1][]ChiefTier
	for _, c := range p.Chiefs {
		if c.Level < governance.LevelGrid && c.Tier.IsValid() {
			chiefsAt[c.Level] = append(chiefsAt[c.Level], c.Tier)
		}
	}
	var ps governance.Problems
	j := 0 // the next post to match, in held
	for u := range h.Units() {
		l := u.Code.Level()
		if l != governance.LevelGrid && len(chiefsAt[l]) == 0 {
			continue
		}
		k, ok := unitKey(u.Code)
		if !ok {
			continue
		}
		for j < len(held) && held[j].key < k {
			j++ // a post at a unit outside h
		}
		var c crew
		for ; j < len(held) && held[j].key == k; j++ {
			roles.count(&c, held[j].role)
		}
		n := len(ps)
		if l == governance.LevelGrid {
			ps = checkGridTeam(ps, u, c, p)
		} else {
			tiers := chiefsAt[l]
			r := unitReport{code: u.Code, field: "team"}
			for _, t := range tiers[min(int(c.chiefs), len(tiers)):] {
				ps = r.add(ps, governance.SeverityError, chiefCodes[t])
			}
		}
		sortUnit(ps[n:])
	}
	return ps
}

// sortUnit sorts the problems of one unit. The hierarchy yields units in
// the order their paths sort in, so the problems of a check come out
// sorted when each unit's are.
func sortUnit(ps governance.Problems) {
	if len(ps) > 1 {
		ps.Sorted()
	}
}

// unitKey numbers a canonical code so that numbers order as the hierarchy
// does, each unit before the units under it: a 15-digit grid code is its
// digits, a 12-digit code its digits followed by 000 (which no grid
// sequence is).
func unitKey(c governance.Code) (uint64, bool) {
	if len(c) != 12 && len(c) != 15 {
		return 0, false
	}
	var k uint64
	for i := 0; i < len(c); i++ {
		d := c[i] - '0'
		if d > 9 {
			return 0, false
		}
		k = k*10 + uint64(d)
	}
	if len(c) == 12 {
		k *= 1000
	}
	return k, true
}

// roleBits says, by role, what a post counts for in a team policy.
type roleBits struct {
	worker  [256]bool
	counted [256]bool
	chain   [256]uint32 // bit i: the role is Chain[i]
}

func newRoleBits(p TeamPolicy) *roleBits {
	r := new(roleBits)
	for _, role := range p.WorkerRoles {
		r.worker[role], r.counted[role] = true, true
	}
	for i, role := range p.Chain {
		if i < 32 {
			r.chain[role] |= 1 << i
			r.counted[role] = true
		}
	}
	for _, role := range []governance.Role{governance.RoleGridPolice, governance.RoleHouseholdLiaison, governance.RoleGridChief} {
		r.counted[role] = true
	}
	return r
}

// count adds a post of the role to the crew.
func (r *roleBits) count(c *crew, role governance.Role) {
	if r.worker[role] {
		c.workers++
	}
	c.chain |= r.chain[role]
	switch role {
	case governance.RoleGridPolice:
		c.police++
	case governance.RoleHouseholdLiaison:
		c.liaisons++
	case governance.RoleGridChief:
		c.chiefs++
	}
}

// heldPost is an active post that counts, keyed by its unit.
type heldPost struct {
	key  uint64
	role governance.Role
}

// activePosts returns the posts held on the day that the policy counts,
// in unit-key order.
func activePosts(posts []governance.Post, roles *roleBits, on governance.Date) []heldPost {
	var (
		held    = make([]heldPost, 0, len(posts))
		last    governance.Code
		lastKey uint64
		valid   bool
		sorted  = true
	)
	for i := range posts {
		post := &posts[i]
		if !roles.counted[post.Role] || !post.ActiveOn(on) {
			continue
		}
		if post.Unit != last || len(held) == 0 {
			last = post.Unit
			lastKey, valid = unitKey(post.Unit)
		}
		if !valid {
			continue
		}
		if n := len(held); n > 0 && held[n-1].key > lastKey {
			sorted = false
		}
		held = append(held, heldPost{lastKey, post.Role})
	}
	if !sorted {
		held = radixSort(held)
	}
	return held
}

// radix sort of held posts by key: keys are below 10^15 < 2^55, so five
// passes of eleven bits order them in time linear in the number of posts.
const (
	radixBits    = 11
	radixBuckets = 1 << radixBits
	radixPasses  = 5
)

// radixSort returns the posts sorted by key, stably; it may reuse a's
// storage.
func radixSort(a []heldPost) []heldPost {
	var counts [radixPasses][radixBuckets]int32
	for i := range a {
		k := a[i].key
		for p := range radixPasses {
			counts[p][k>>(p*radixBits)&(radixBuckets-1)]++
		}
	}
	src, dst := a, make([]heldPost, len(a))
	for p := range radixPasses {
		c := &counts[p]
		shift := p * radixBits
		if int(c[src[0].key>>shift&(radixBuckets-1)]) == len(src) {
			continue // every key has the same digit here
		}
		var sum int32
		for i := range c {
			c[i], sum = sum, sum+c[i]
		}
		for i := range src {
			d := src[i].key >> shift & (radixBuckets - 1)
			dst[c[d]] = src[i]
			c[d]++
		}
		src, dst = dst, src
	}
	return src
}

// checkGridTeam appends the problems of one grid's team.
func checkGridTeam(ps governance.Problems, u governance.Unit, c crew, p TeamPolicy) governance.Problems {
	r := unitReport{code: u.Code, field: "team"}
	if c.workers == 0 {
		ps = r.add(ps, governance.SeverityError, codeWorkerMissing)
	}
	if p.Police && c.police == 0 {
		ps = r.add(ps, governance.SeverityError, codePoliceMissing)
	}
	if u.Households <= 0 {
		return ps
	}
	if u.Kind != governance.KindExclusiveGrid {
		for i, role := range p.Chain {
			if i < 32 && c.chain&(1<<i) == 0 {
				ps = r.add(ps, governance.SeverityError, chainCode(role), role.String())
			}
		}
	}
	if n := p.HouseholdsPerLiaison; n > 0 {
		if need := (u.Households + n - 1) / n; int(c.liaisons) < need {
			ps = r.add(ps, governance.SeverityWarning, codeLiaisonsBelow, int(c.liaisons), need)
		}
	}
	return ps
}

// chainCode is the problem code for a missing post of the chain.
func chainCode(r governance.Role) string {
	switch r {
	case governance.RoleBuildingHead:
		return codeBuildingHead
	case governance.RoleEntranceHead:
		return codeEntranceHead
	}
	return codeChainRoleMissing
}
