package governance

import (
	"errors"
	"iter"
	"slices"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Permission is something a post allows its holder to do within its unit.
type Permission uint8

// Permissions.
const (
	PermissionUnknown              Permission = iota
	PermissionViewPeople                      // 查看人员信息: residents, households, workers
	PermissionViewSensitive                   // 查看敏感信息: key persons (重点人员), the assisted, the disabled
	PermissionEditPeople                      // 维护人员信息: record and correct the people register
	PermissionManageWorkOrders                // 办理工单: take, handle and answer appeals and events
	PermissionCallDepartments                 // 吹哨: call departments to report (街乡吹哨、部门报到)
	PermissionApproveAdmission                // 审批准入: decide on duty items for the units below
	PermissionApprovePayroll                  // 审核薪酬: approve community workers' pay
	PermissionManageBudgets                   // 管理预算: budgets and their changes
	PermissionRecordMediation                 // 记录调解: register and record mediation cases
	PermissionRecordVolunteerHours            // 记录志愿服务时长
)

var permissionTokens = enum.Tokens[Permission]{
	"unknown", "view_people", "view_sensitive", "edit_people", "manage_work_orders",
	"call_departments", "approve_admission", "approve_payroll", "manage_budgets",
	"record_mediation", "record_volunteer_hours",
}

// String returns the permission's token.
func (p Permission) String() string { return permissionTokens.String(p) }

// IsValid reports whether p is a known permission.
func (p Permission) IsValid() bool { return permissionTokens.Valid(p) }

// MarshalText returns the permission's token.
func (p Permission) MarshalText() ([]byte, error) { return permissionTokens.Marshal("permission", p) }

// UnmarshalText sets p from its token.
func (p *Permission) UnmarshalText(b []byte) error {
	return permissionTokens.Unmarshal("permission", p, b)
}

// Label returns the permission's name in the language matched for tag.
func (p Permission) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.permission", p.String())
}

// Permissions yields every valid permission.
func Permissions() iter.Seq[Permission] { return permissionTokens.All() }

// Grant gives the holders of a role the permissions, within the unit of
// their post, when the post sits at one of Levels (any level when empty).
type Grant struct {
	Role        Role         `json:"role,omitzero"`
	Levels      []Level      `json:"levels,omitempty"`
	Permissions []Permission `json:"permissions"`
}

// AccessPolicy is a city's table of who may do what: a post carries the
// permissions of every grant for its role and level. A permission reaches
// the post's unit and everything under it, and nothing else.
type AccessPolicy struct {
	Grants []Grant `json:"grants"`
	Source string  `json:"source,omitempty"`
}

// DefaultAccessPolicy returns an illustrative table built on one principle:
// people's data is seen where the work with them is done. Community leaders
// see and keep their community's people; street and county leaders see
// people and decide on money and admissions; the grid worker and the grid
// police officer see their grid's people. Sensitive data (key persons) is
// seen only by the grid worker and grid police of that grid and the
// secretary of its community — a street secretary sees people but not
// sensitive data. Building and entrance heads and household liaisons are
// volunteers and hold no permission on the register.
//
// # Source
//
// Illustrative (RULES.md §6: the Xibei street's key information; the "2+N"
// grid team of Zhangzhou). No national table exists; a city replaces this
// with its own.
func DefaultAccessPolicy() AccessPolicy {
	var (
		grid      = []Level{LevelGrid}
		community = []Level{LevelCommunity}
		street    = []Level{LevelStreet}
		above     = []Level{LevelCounty, LevelCity, LevelProvince}
		local     = []Level{LevelStreet, LevelCommunity}
	)
	return AccessPolicy{
		Grants: []Grant{
			{RoleSecretary, community, []Permission{PermissionViewPeople, PermissionViewSensitive, PermissionEditPeople, PermissionManageWorkOrders, PermissionRecordMediation, PermissionRecordVolunteerHours}},
			{RoleSecretary, street, []Permission{PermissionViewPeople, PermissionManageWorkOrders, PermissionCallDepartments, PermissionApprovePayroll, PermissionManageBudgets}},
			{RoleSecretary, above, []Permission{PermissionViewPeople, PermissionApproveAdmission, PermissionManageBudgets}},
			{RoleDirector, community, []Permission{PermissionViewPeople, PermissionEditPeople, PermissionManageWorkOrders, PermissionRecordMediation, PermissionRecordVolunteerHours}},
			{RoleDirector, street, []Permission{PermissionViewPeople, PermissionManageWorkOrders, PermissionCallDepartments, PermissionApprovePayroll, PermissionManageBudgets}},
			{RoleDirector, above, []Permission{PermissionViewPeople, PermissionApproveAdmission, PermissionManageBudgets}},
			{RoleDeputySecretary, local, []Permission{PermissionViewPeople, PermissionManageWorkOrders, PermissionRecordMediation, PermissionRecordVolunteerHours}},
			{RoleDeputyDirector, local, []Permission{PermissionViewPeople, PermissionManageWorkOrders, PermissionRecordMediation, PermissionRecordVolunteerHours}},
			{RoleCommitteeMember, community, []Permission{PermissionViewPeople, PermissionRecordVolunteerHours}},
			{RoleCommunityWorker, community, []Permission{PermissionViewPeople, PermissionManageWorkOrders, PermissionRecordVolunteerHours}},
			{RoleGridWorker, grid, []Permission{PermissionViewPeople, PermissionViewSensitive, PermissionEditPeople, PermissionManageWorkOrders, PermissionRecordVolunteerHours}},
			{RoleGridWorkerPartTime, grid, []Permission{PermissionViewPeople, PermissionManageWorkOrders}},
			{RoleGridPolice, grid, []Permission{PermissionViewPeople, PermissionViewSensitive, PermissionRecordMediation}},
			{RoleGridPolice, community, []Permission{PermissionViewPeople, PermissionRecordMediation}},
			{RoleGridChief, nil, []Permission{PermissionViewPeople, PermissionManageWorkOrders}},
			{RoleFirstSecretary, community, []Permission{PermissionViewPeople, PermissionManageWorkOrders}},
			{RoleLegalAdvisor, nil, []Permission{PermissionRecordMediation}},
			{RoleMediator, nil, []Permission{PermissionRecordMediation}},
			{RoleSpecialist, nil, []Permission{PermissionManageWorkOrders}},
		},
		Source: "illustrative",
	}
}

// access policy problem codes.
const (
	codeAccessRoleInvalid       = "governance.access.role_invalid"
	codeAccessLevelInvalid      = "governance.access.level_invalid"
	codeAccessPermissionInvalid = "governance.access.permission_invalid"
	codeAccessPermissionsEmpty  = "governance.access.permissions_empty"
	codeAccessForbidden         = "governance.access.forbidden"
)

// Validate reports every problem of the table: an invalid role, level or
// permission, and a grant without permissions.
func (p AccessPolicy) Validate() Problems {
	var ps Problems
	for i, g := range p.Grants {
		path := Index("grants", i)
		if !g.Role.IsValid() {
			ps = append(ps, Errorf(codeAccessRoleInvalid, Field(path, "role")))
		}
		for j, l := range g.Levels {
			if !l.IsValid() {
				ps = append(ps, Errorf(codeAccessLevelInvalid, Index(Field(path, "levels"), j)))
			}
		}
		if len(g.Permissions) == 0 {
			ps = append(ps, Errorf(codeAccessPermissionsEmpty, Field(path, "permissions"), g.Role))
		}
		for j, perm := range g.Permissions {
			if !perm.IsValid() {
				ps = append(ps, Errorf(codeAccessPermissionInvalid, Index(Field(path, "permissions"), j)))
			}
		}
	}
	return ps.Sorted()
}

// Carries reports whether a post of role at a unit of level l carries perm.
func (p AccessPolicy) Carries(role Role, l Level, perm Permission) bool {
	for i := range p.Grants {
		g := &p.Grants[i]
		if g.Role == role && (len(g.Levels) == 0 || slices.Contains(g.Levels, l)) && slices.Contains(g.Permissions, perm) {
			return true
		}
	}
	return false
}

// ErrForbidden is wrapped by the error Authorize returns when no post
// allows the permission on the target.
var ErrForbidden = errors.New("forbidden")

// ForbiddenError says which permission was refused on which unit and day. It
// wraps ErrForbidden.
type ForbiddenError struct {
	Permission Permission
	Target     Code
	On         Date
}

// Error returns the English text.
func (e *ForbiddenError) Error() string { return "governance: " + e.Message(language.English) }

// Unwrap returns ErrForbidden.
func (e *ForbiddenError) Unwrap() error { return ErrForbidden }

// Message returns the refusal in the language matched for tag.
func (e *ForbiddenError) Message(tag language.Tag) string {
	return i18n.Text(tag, codeAccessForbidden, e.Permission.Label(tag), string(e.Target), e.On.String())
}

// Authorize allows perm on the target unit on day on when one of the posts
// allows it: a post active on that day, whose unit contains the target (is
// it or lies above it), and whose role at that unit's level carries the
// permission in the policy. A malformed target is refused. Otherwise it
// returns a *ForbiddenError wrapping ErrForbidden. The allowed path does
// not allocate.
func (p AccessPolicy) Authorize(posts []Post, perm Permission, target Code, on Date) error {
	if authzWellFormed(target) {
		for i := range posts {
			if l, ok := authzReaches(&posts[i], target, on); ok && p.Carries(posts[i].Role, l, perm) {
				return nil
			}
		}
	}
	return &ForbiddenError{Permission: perm, Target: target, On: on}
}

// authzDigits is the number of significant digits of a code at each level;
// authzSegment numbers the segment each digit of a code belongs to.
var (
	authzDigits  = [...]int{LevelProvince: 2, LevelCity: 4, LevelCounty: 6, LevelStreet: 9, LevelCommunity: 12, LevelGrid: 15}
	authzSegment = [15]uint8{0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5}
)

// authzWellFormed reports whether c has the structure of a canonical code:
// 12 or 15 digits, its non-zero segments first and its zero segments last
// (a 15-digit grid code has none). It is the part of Code.IsValid that
// containment needs, without the kind ranges, in one pass cheap enough for
// every authorization.
func authzWellFormed(c Code) bool {
	if len(c) != 12 && len(c) != 15 {
		return false
	}
	var mask uint8 // bit k: segment k is not all zeros
	for i := 0; i < len(c); i++ {
		d := c[i] - '0'
		if d > 9 {
			return false
		}
		if d != 0 {
			mask |= 1 << authzSegment[i]
		}
	}
	if len(c) == 15 {
		return mask == 1<<6-1
	}
	return mask != 0 && mask&(mask+1) == 0
}

// authzReaches reports whether the post is active on day on and its unit
// contains target, which must be well formed, and returns the level of the
// post's unit. For a well-formed target, sharing the significant digits of
// the post's unit is containment.
func authzReaches(post *Post, target Code, on Date) (Level, bool) {
	if !post.ActiveOn(on) {
		return LevelUnknown, false
	}
	l := post.Unit.Level()
	if l == LevelUnknown {
		return LevelUnknown, false
	}
	n := authzDigits[l]
	return l, len(target) >= n && post.Unit[:n] == target[:n]
}

// grantTable is a policy compiled for look-up: the permissions (one bit
// each) of a role at a level.
type grantTable [][LevelGrid + 1]uint32

func compileGrants(gs []Grant) grantTable {
	var t grantTable
	for _, g := range gs {
		for len(t) <= int(g.Role) {
			t = append(t, [LevelGrid + 1]uint32{})
		}
		for l := range Levels() {
			if len(g.Levels) > 0 && !slices.Contains(g.Levels, l) {
				continue
			}
			for _, p := range g.Permissions {
				if p < 32 {
					t[g.Role][l] |= 1 << p
				}
			}
		}
	}
	return t
}

func (t grantTable) carries(r Role, l Level, p Permission) bool {
	return int(r) < len(t) && l <= LevelGrid && p < 32 && t[r][l]&(1<<p) != 0
}

// defaultGrants is the default policy compiled, built once and never
// changed.
var defaultGrants = compileGrants(DefaultAccessPolicy().Grants)

// Authorize is DefaultAccessPolicy().Authorize without building the table
// on every call: it allows perm on target on day on through one of the
// posts, or returns a *ForbiddenError wrapping ErrForbidden.
func Authorize(posts []Post, perm Permission, target Code, on Date) error {
	if authzWellFormed(target) {
		for i := range posts {
			if l, ok := authzReaches(&posts[i], target, on); ok && defaultGrants.carries(posts[i].Role, l, perm) {
				return nil
			}
		}
	}
	return &ForbiddenError{Permission: perm, Target: target, On: on}
}
