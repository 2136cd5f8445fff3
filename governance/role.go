package governance

import (
	"iter"

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
	RoleGridChief               // 网格长 (community secretary as grid chief; area chief at a street; chief grid chief at a county)
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
