package governance

import (
	"iter"
	"slices"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Role is the post a person holds in a unit.
type Role uint8

// Roles.
const (
	RoleUnknown            Role = iota
	RoleSecretary               // 书记: of a community party organisation, or a street's working committee
	RoleDirector                // 主任: of a residents' or villagers' committee, or a street office (街道办主任)
	RoleDeputySecretary         // 副书记
	RoleDeputyDirector          // 副主任
	RoleCommitteeMember         // 委员: member of the community party committee or residents' committee
	RoleCommunityWorker         // 专职社区工作者
	RoleGridWorker              // 专职网格员
	RoleGridWorkerPartTime      // 兼职网格员
	RoleGridPolice              // 网格警员 (社区民警)
	RoleGridChief               // 网格长: every tier of grid chief, told apart by the level of the post (see DefaultRoleLevels)
	RoleBuildingHead            // 楼栋长
	RoleEntranceHead            // 单元长
	RoleHouseholdLiaison        // 联户长 (十联户)
	RoleFirstSecretary          // 第一书记 (sent by a higher unit)
	RoleLegalAdvisor            // 法律顾问 (一社区一法律顾问)
	RoleMediator                // 人民调解员
	RoleSpecialist              // 专员: environment, safety and other specialists attached to grids
)

var roleTokens = enum.Tokens[Role]{
	"unknown", "secretary", "director", "deputy_secretary", "deputy_director",
	"committee_member", "community_worker", "grid_worker", "grid_worker_part_time",
	"grid_police", "grid_chief", "building_head", "entrance_head", "household_liaison",
	"first_secretary", "legal_advisor", "mediator", "specialist",
}

// String returns the role's token.
func (r Role) String() string { return roleTokens.String(r) }

// IsValid reports whether r is a known role.
func (r Role) IsValid() bool { return roleTokens.Valid(r) }

// MarshalText returns the role's token.
func (r Role) MarshalText() ([]byte, error) { return roleTokens.Marshal("role", r) }

// UnmarshalText sets r from its token.
func (r *Role) UnmarshalText(b []byte) error { return roleTokens.Unmarshal("role", r, b) }

// Label returns the role's name in the language matched for tag.
func (r Role) Label(tag language.Tag) string { return i18n.Label(tag, "governance.role", r.String()) }

// Roles yields every valid role.
func Roles() iter.Seq[Role] { return roleTokens.All() }

// RoleLevels says at which unit levels a post of each role may sit. A role
// missing from the table may sit nowhere. It marshals to JSON as an object
// of role tokens to lists of level tokens:
//
//	{"grid_worker": ["grid"], "secretary": ["street", "community"]}
type RoleLevels map[Role][]Level

// DefaultRoleLevels returns where each role sits in the model of the
// reports. The three tiers of grid chief (网格长制) are one role,
// RoleGridChief, told apart by where the post sits: at a county or a
// street, the chief grid chief (总网格长) and the area chiefs (片区长, street
// leaders over several communities, posted at the street); at a community,
// the secretary as grid chief of all its grids; at a grid, a grid chief of
// that grid alone. Which tiers a city has, and at which level, is the grid
// package's team policy. A street's head is a director at the street
// (街道办主任); its working committee's secretary is a secretary at the
// street.
//
// # Source
//
// Residents' and villagers' committees and their directors, deputies and
// members: 城市居民委员会组织法 and 村民委员会组织法 (RULES.md §3). Party
// secretaries of communities and of street working committees: 中国共产党
// 支部工作条例(试行) 2018 (RULES.md §4). Grid roles *(report)*: Benxi's
// grid worker, building head and entrance head; Zhangzhou's "2+N" grid
// worker and police officer; Guiyang Xibei's three tiers of grid chief and
// household liaisons (十联户) (RULES.md §6). First secretaries, one per
// community *(report, Benxi; RULES.md §5)*. Where a role may sit beyond
// what the reports show (a mediator at a grid, a specialist at a
// community) the table is *illustrative*: a city replaces it.
func DefaultRoleLevels() RoleLevels {
	street, community, grid := LevelStreet, LevelCommunity, LevelGrid
	return RoleLevels{
		RoleSecretary:          {street, community},
		RoleDirector:           {street, community},
		RoleDeputySecretary:    {street, community},
		RoleDeputyDirector:     {street, community},
		RoleCommitteeMember:    {community},
		RoleCommunityWorker:    {community},
		RoleGridWorker:         {grid},
		RoleGridWorkerPartTime: {grid},
		RoleGridPolice:         {community, grid},
		RoleGridChief:          {LevelCounty, street, community, grid},
		RoleBuildingHead:       {grid},
		RoleEntranceHead:       {grid},
		RoleHouseholdLiaison:   {grid},
		RoleFirstSecretary:     {community},
		RoleLegalAdvisor:       {street, community},
		RoleMediator:           {street, community, grid},
		RoleSpecialist:         {community, grid},
	}
}

// Allows reports whether a post of role r may sit at level l.
func (rl RoleLevels) Allows(r Role, l Level) bool {
	return slices.Contains(rl[r], l)
}

// mask returns the table as one bit per level for each role, so that a
// check over many posts tests a bit instead of scanning a list.
func (rl RoleLevels) mask() (m [256]uint16) {
	for r, ls := range rl {
		for _, l := range ls {
			if l.IsValid() {
				m[r] |= 1 << l
			}
		}
	}
	return m
}

// Levels returns the levels at which a post of the role may sit by
// DefaultRoleLevels, top down; nil for an invalid role.
func (r Role) Levels() []Level {
	return slices.Clone(defaultRoleLevels[r])
}

// defaultRoleLevels is read, never written.
var defaultRoleLevels = DefaultRoleLevels()
