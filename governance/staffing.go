package governance

import (
	"math"
	"math/bits"
	"slices"
	"strings"
)

// Problem codes of staffing.
const (
	codeStaffingShort    = "governance.staffing.short"
	codeStaffingAboveMax = "governance.staffing.above_max"
	codeRuleNegative     = "governance.staffing_rule.negative"
	codeRuleSteps        = "governance.staffing_rule.steps_unordered"
	codeRuleRole         = "governance.staffing_rule.role_invalid"
	codeRuleEmpty        = "governance.staffing_rule.empty"
)

// StaffingRule says how many community workers (社区工作者) a community
// needs for its households and residents. Each measure that is set gives a
// number; the largest applies, capped by Max. Every division rounds up: a
// part of a band still needs its worker, and an exact multiple needs no
// more (3,000 households at one per 300 need 10, 3,001 need 11).
//
// The zero rule requires nobody. A rule marshals to and from JSON; a city
// keeps its own in a file.
type StaffingRule struct {
	// Core is the fixed posts every community has: the 4 of Tianjin's "4+N".
	Core int `json:"core,omitempty"`
	// HouseholdsPerWorker adds one worker to Core per this many households
	// (rounded up): the 300 of Tianjin's "N".
	HouseholdsPerWorker int `json:"householdsPerWorker,omitempty"`
	// PerTenThousandResidents requires at least this many workers per
	// 10,000 residents (rounded up).
	PerTenThousandResidents int `json:"perTenThousandResidents,omitempty"`
	// PerTenThousandHouseholds requires at least this many workers per
	// 10,000 households (rounded up).
	PerTenThousandHouseholds int `json:"perTenThousandHouseholds,omitempty"`
	// Steps is a table of households to workers, ascending: a community
	// needs the workers of the highest step whose Households it reaches.
	Steps []StaffingStep `json:"steps,omitempty"`
	// TailAbove and TailHouseholdsPerWorker continue the table: above
	// TailAbove households, one worker more than the step at TailAbove per
	// TailHouseholdsPerWorker households (rounded up). Zero: no tail.
	TailAbove               int `json:"tailAbove,omitempty"`
	TailHouseholdsPerWorker int `json:"tailHouseholdsPerWorker,omitempty"`
	// Max caps what a community may have; zero: no cap. Required never
	// exceeds it, and CheckStaffing warns of a community above it.
	Max int `json:"max,omitempty"`
	// Counts is the roles whose posts count as community workers; empty
	// means CommunityWorkerRoles. A city that counts its full-time grid
	// workers adds RoleGridWorker.
	Counts []Role `json:"counts,omitempty"`
	// Source names the document the numbers come from.
	Source string `json:"source,omitempty"`
}

// StaffingStep is one row of a step table: from Households households on,
// Workers workers.
type StaffingStep struct {
	Households int `json:"households"`
	Workers    int `json:"workers"`
}

// tenThousand is the base of the per-10,000 ratios, part of their names.
const tenThousand = 10000

// CommunityWorkerRoles returns the roles that count as community workers
// when a rule does not say: the members of the community party organisation
// and of the residents' committee — secretary, director, their deputies,
// committee members — and full-time community workers. Posts do not record
// whether a member is full-time: a city whose committee members are
// part-time leaves RoleCommitteeMember out of its rule's Counts.
//
// # Source
//
// RULES.md §5, after 中办/国办《关于加强社区工作者队伍建设的意见》 2024.
// Full-time grid workers count only where the city says so.
func CommunityWorkerRoles() []Role {
	return []Role{
		RoleSecretary, RoleDirector, RoleDeputySecretary, RoleDeputyDirector,
		RoleCommitteeMember, RoleCommunityWorker,
	}
}

// NationalStaffingRule requires at least 18 community workers per 10,000
// residents.
//
// The national ratio is set for a city's or county's headcount as a whole;
// applied per community, as CheckStaffing does, it shows where the workers
// are missing.
//
// # Source
//
// 中共中央办公厅、国务院办公厅《关于加强社区工作者队伍建设的意见》 2024;
// also the 2025 target of 国办发〔2021〕56号 (RULES.md §5).
func NationalStaffingRule() StaffingRule {
	return StaffingRule{
		PerTenThousandResidents: 18,
		Counts:                  CommunityWorkerRoles(),
		Source:                  "中办/国办《关于加强社区工作者队伍建设的意见》2024",
	}
}

// BenxiStaffingRule requires at least 18 community workers per 10,000
// households; Benxi reports reaching 22.
//
// # Source
//
// The Benxi city report *(report)*, RULES.md §5.
func BenxiStaffingRule() StaffingRule {
	return StaffingRule{
		PerTenThousandHouseholds: 18,
		Counts:                   CommunityWorkerRoles(),
		Source:                   "本溪市报告 (report)",
	}
}

// TianjinStaffingRule is Tianjin's "4+N": four core posts — a secretary who
// is also director, a full-time deputy secretary and two full-time deputy
// directors — and N, one community worker per 300 households, rounded up.
//
// # Source
//
// The Tianjin Heping district report *(report; local)*, RULES.md §5.
func TianjinStaffingRule() StaffingRule {
	return StaffingRule{
		Core:                4,
		HouseholdsPerWorker: 300,
		Counts:              CommunityWorkerRoles(),
		Source:              "天津市和平区报告“4+N” (report; local)",
	}
}

// TaiyuanStaffingRule sets full-time workers by households: under 2,000,
// 3; from 2,000, 4; from 3,000, 5; from 4,000 to 5,000, 6; above 5,000 one
// more per 500 households or part of 500; at most 17 per community.
//
// # Source
//
// Taiyuan's community-worker rules *(local)*, RULES.md §5. The source gives
// bands "2,000–3,000 → 4; 3,000–4,000 → 5"; a shared boundary belongs to the
// higher band, except 5,000, which the source puts in the band of 6 by
// starting the tail "above 5,000".
func TaiyuanStaffingRule() StaffingRule {
	return StaffingRule{
		Steps: []StaffingStep{
			{Households: 0, Workers: 3},
			{Households: 2000, Workers: 4},
			{Households: 3000, Workers: 5},
			{Households: 4000, Workers: 6},
		},
		TailAbove:               5000,
		TailHouseholdsPerWorker: 500,
		Max:                     17,
		Counts:                  CommunityWorkerRoles(),
		Source:                  "太原市社区工作者配备标准 (local)",
	}
}

// Required returns the community workers a community of these households
// and residents needs: the largest number any measure of the rule gives,
// capped by Max. Negative figures count as zero; a number too large for an
// int saturates, so Required is monotonic in both arguments.
func (r StaffingRule) Required(households, residents int) int {
	households, residents = max(households, 0), max(residents, 0)
	n := 0
	if r.Core > 0 || r.HouseholdsPerWorker > 0 {
		n = addSat(max(r.Core, 0), divUp(households, r.HouseholdsPerWorker))
	}
	n = max(n,
		mulDivUp(residents, r.PerTenThousandResidents, tenThousand),
		mulDivUp(households, r.PerTenThousandHouseholds, tenThousand),
		r.stepped(households))
	if r.Max > 0 {
		n = min(n, r.Max)
	}
	return n
}

// stepped returns what the step table and its tail require.
func (r StaffingRule) stepped(households int) int {
	n := r.step(households)
	if r.TailHouseholdsPerWorker > 0 && households > r.TailAbove {
		over := households - max(r.TailAbove, 0)
		n = max(n, addSat(r.step(r.TailAbove), divUp(over, r.TailHouseholdsPerWorker)))
	}
	return n
}

// step returns the workers of the highest step reached; taking the largest
// over every step reached keeps it monotonic even if the table is not
// ordered (Validate reports that).
func (r StaffingRule) step(households int) int {
	n := 0
	for _, s := range r.Steps {
		if households >= s.Households {
			n = max(n, s.Workers)
		}
	}
	return n
}

// divUp returns ⌈a/b⌉ for a ≥ 0, and 0 when b ≤ 0 (the measure is unset).
func divUp(a, b int) int {
	if b <= 0 || a <= 0 {
		return 0
	}
	return a/b + min(a%b, 1)
}

// mulDivUp returns ⌈a·b/c⌉ for a ≥ 0 and c > 0, saturating at math.MaxInt; 0
// when b ≤ 0.
func mulDivUp(a, b, c int) int {
	if a <= 0 || b <= 0 {
		return 0
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	lo, carry := bits.Add64(lo, uint64(c-1), 0)
	hi += carry
	if hi >= uint64(c) {
		return math.MaxInt
	}
	q, _ := bits.Div64(hi, lo, uint64(c))
	if q > math.MaxInt {
		return math.MaxInt
	}
	return int(q)
}

// addSat adds two non-negative ints, saturating at math.MaxInt.
func addSat(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

// counts returns the set of roles whose posts count, as a table by role.
func (r StaffingRule) counts() (set [256]bool) {
	roles := r.Counts
	if len(roles) == 0 {
		roles = CommunityWorkerRoles()
	}
	for _, role := range roles {
		set[role] = true
	}
	return set
}

// Validate reports every problem of the rule: a negative number, steps not
// in ascending order of households, a role that is not valid in Counts, and
// (as a warning) a rule that sets no measure and so requires nobody.
func (r StaffingRule) Validate() Problems {
	return r.validate("").Sorted()
}

func (r StaffingRule) validate(at string) Problems {
	var ps Problems
	for _, f := range []struct {
		name string
		v    int
	}{
		{"core", r.Core},
		{"householdsPerWorker", r.HouseholdsPerWorker},
		{"perTenThousandResidents", r.PerTenThousandResidents},
		{"perTenThousandHouseholds", r.PerTenThousandHouseholds},
		{"tailAbove", r.TailAbove},
		{"tailHouseholdsPerWorker", r.TailHouseholdsPerWorker},
		{"max", r.Max},
	} {
		if f.v < 0 {
			ps = append(ps, Errorf(codeRuleNegative, Field(at, f.name), f.v))
		}
	}
	for i, s := range r.Steps {
		step := Field(at, Index("steps", i))
		if s.Households < 0 {
			ps = append(ps, Errorf(codeRuleNegative, Field(step, "households"), s.Households))
		}
		if s.Workers < 0 {
			ps = append(ps, Errorf(codeRuleNegative, Field(step, "workers"), s.Workers))
		}
		if i > 0 && s.Households <= r.Steps[i-1].Households {
			ps = append(ps, Errorf(codeRuleSteps, Field(step, "households"), s.Households, r.Steps[i-1].Households))
		}
	}
	for i, role := range r.Counts {
		if !role.IsValid() {
			ps = append(ps, Errorf(codeRuleRole, Field(at, Index("counts", i)), role.String()))
		}
	}
	if r.Core <= 0 && r.HouseholdsPerWorker <= 0 && r.PerTenThousandResidents <= 0 &&
		r.PerTenThousandHouseholds <= 0 && len(r.Steps) == 0 && r.TailHouseholdsPerWorker <= 0 {
		ps = append(ps, Warnf(codeRuleEmpty, at))
	}
	return ps
}

// StaffingReport is what CheckStaffing finds: every community of the
// hierarchy in code order, and the totals over them.
type StaffingReport struct {
	On          Date                `json:"on"`
	Communities []CommunityStaffing `json:"communities"`
	// Required, Actual and Short are the sums over the communities; Short
	// adds only what short communities lack, so an overstaffed community
	// does not hide a short one.
	Required int `json:"required"`
	Actual   int `json:"actual"`
	Short    int `json:"short"`
	// ShortCommunities counts the communities below what they require.
	ShortCommunities int `json:"shortCommunities"`
	// SecretaryDirectors counts the communities led by a secretary who is
	// also director (一肩挑).
	SecretaryDirectors int `json:"secretaryDirectors"`
	// FirstSecretaries counts the communities with a first secretary.
	FirstSecretaries int `json:"firstSecretaries"`
}

// SecretaryDirectorRatio returns the share of communities led by a
// secretary who is also director (一肩挑), from 0 to 1; 0 when there is no
// community.
func (r StaffingReport) SecretaryDirectorRatio() float64 {
	if len(r.Communities) == 0 {
		return 0
	}
	return float64(r.SecretaryDirectors) / float64(len(r.Communities))
}

// CommunityStaffing is one community's line of a StaffingReport.
type CommunityStaffing struct {
	Unit       Code `json:"unit"`
	Households int  `json:"households"`
	Residents  int  `json:"residents"`
	Required   int  `json:"required"`
	// Actual counts the people holding a counting post in the community or
	// one of its grids on the day, each person once.
	Actual int `json:"actual"`
	// Short is Required − Actual when positive, else 0.
	Short int `json:"short"`
	// SecretaryDirector says one person holds the community's secretary and
	// director posts (一肩挑).
	SecretaryDirector bool `json:"secretaryDirector"`
	// FirstSecretary says the community has a first secretary (第一书记).
	FirstSecretary bool `json:"firstSecretary"`
}

// CheckStaffing measures every community of the hierarchy on day on
// against the rule. A community's households and residents are its own
// figures, or the sums of its grids' where it records none
// (Hierarchy.Figures). Its workers are the people who hold, on that day, a
// post of a counting role (StaffingRule.Counts) at the community or at one
// of its grids in the hierarchy; a person holding several such posts — a
// secretary who is also director — counts once.
//
// It returns one problem per short community, with the required and actual
// numbers in its arguments, and a warning per community above the rule's
// Max. A rule with errors (see StaffingRule.Validate) is reported under
// "rule" with an empty report: nothing is measured by it. It is one pass
// over the posts and one over the communities.
func CheckStaffing(h *Hierarchy, posts []Post, rule StaffingRule, on Date) (StaffingReport, Problems) {
	report := StaffingReport{On: on}
	ps := rule.validate("rule")
	if ps.Err() != nil {
		return report, ps.Sorted()
	}
	nodes := h.communityNodes()
	slots := make(map[Code]int32, len(nodes)) // each community's slot in the report
	for slot, node := range nodes {
		slots[h.unitAt(node).Code] = int32(slot)
	}
	report.Communities = make([]CommunityStaffing, len(nodes))
	counts := rule.counts()
	order, at := fileStaffing(h, posts, &counts, slots, len(nodes), on)

	var persons, secretaries, directors []PersonID
	for slot, node := range nodes {
		c := &report.Communities[slot]
		c.Unit = h.unitAt(node).Code
		c.Households, c.Residents = h.figures(node)
		c.Required = rule.Required(c.Households, c.Residents)
		persons, secretaries, directors = persons[:0], secretaries[:0], directors[:0]
		for _, k := range order[at[slot]:at[slot+1]] {
			p := &posts[k]
			if counts[p.Role] {
				persons = append(persons, p.Person)
			}
			if p.Unit != c.Unit {
				continue
			}
			switch p.Role {
			case RoleSecretary:
				secretaries = append(secretaries, p.Person)
			case RoleDirector:
				directors = append(directors, p.Person)
			case RoleFirstSecretary:
				c.FirstSecretary = true
			}
		}
		c.Actual = countDistinct(persons)
		c.Short = max(c.Required-c.Actual, 0)
		c.SecretaryDirector = anyShared(secretaries, directors)
		report.add(c)
		if c.Short > 0 {
			ps = append(ps, Errorf(codeStaffingShort, unitPath(c.Unit), string(c.Unit), c.Required, c.Actual))
		}
		if rule.Max > 0 && c.Actual > rule.Max {
			ps = append(ps, Warnf(codeStaffingAboveMax, unitPath(c.Unit), string(c.Unit), rule.Max, c.Actual))
		}
	}
	return report, ps.Sorted()
}

// fileStaffing files under their community's slot the posts active on day
// on that count or that mark a secretary, director or first secretary, at
// the community or at one of its grids in the hierarchy. It returns the
// posts' indexes grouped by slot (a counting sort): slot s holds
// order[at[s]:at[s+1]].
func fileStaffing(h *Hierarchy, posts []Post, counts *[256]bool, slots map[Code]int32, n int, on Date) (order, at []int32) {
	slotOf := make([]int32, len(posts))
	at = make([]int32, n+1)
	for k := range posts {
		slotOf[k] = -1
		p := &posts[k]
		if !counts[p.Role] && p.Role != RoleSecretary && p.Role != RoleDirector && p.Role != RoleFirstSecretary {
			continue
		}
		if !p.ActiveOn(on) {
			continue
		}
		community := p.Unit
		if p.Unit.Level() == LevelGrid {
			community = p.Unit.Parent()
		}
		s, ok := slots[community]
		if !ok || (community != p.Unit && !h.Has(p.Unit)) {
			continue
		}
		slotOf[k] = s
		at[s+1]++
	}
	for s := 1; s <= n; s++ {
		at[s] += at[s-1]
	}
	order = make([]int32, at[n])
	next := slices.Clone(at[:n])
	for k, s := range slotOf {
		if s >= 0 {
			order[next[s]] = int32(k)
			next[s]++
		}
	}
	return order, at
}

// unitAt reads the hierarchy's node i (found with lookup): the checks over
// a province keep their state per unit in slices indexed like the nodes
// instead of in maps keyed by code.
func (h *Hierarchy) unitAt(i int32) *Unit { return &h.nodes[i].unit }

// communityNodes returns the nodes of the communities and villages in code
// order, reading the nodes directly rather than walking the tree.
func (h *Hierarchy) communityNodes() []int32 {
	var nodes []int32
	for i := range int32(h.Len()) {
		if h.unitAt(i).Kind.Level() == LevelCommunity {
			nodes = append(nodes, i)
		}
	}
	byCode := func(a, b int32) int { return strings.Compare(string(h.unitAt(a).Code), string(h.unitAt(b).Code)) }
	if !slices.IsSortedFunc(nodes, byCode) {
		slices.SortFunc(nodes, byCode)
	}
	return nodes
}

// add adds a community's line to the totals.
func (r *StaffingReport) add(c *CommunityStaffing) {
	r.Required += c.Required
	r.Actual += c.Actual
	r.Short += c.Short
	if c.Short > 0 {
		r.ShortCommunities++
	}
	if c.SecretaryDirector {
		r.SecretaryDirectors++
	}
	if c.FirstSecretary {
		r.FirstSecretaries++
	}
}

// countDistinct returns how many different IDs ids holds; it sorts ids.
func countDistinct(ids []PersonID) int {
	slices.Sort(ids)
	return len(slices.Compact(ids))
}

// anyShared reports whether any ID is in both lists, which are short.
func anyShared(a, b []PersonID) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
