package governance_test

import (
	"errors"
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// Sensitive people data (key persons, 重点人员) is seen only by the grid
// worker and grid police of that grid and the secretary of its community; a
// street secretary sees the street's people but not their sensitive data.
// The table is DefaultAccessPolicy, illustrative: a city that decides
// otherwise gives AccessPolicy.Authorize its own table.
func ExampleAuthorize_gridWorkerVersusStreetSecretary() {
	from := governance.MustParseDate("2024-01-01")
	gridWorker := []governance.Post{{Person: "w1", Role: governance.RoleGridWorker, Unit: governance.MustParseCode("220102001001001"), From: from}}
	streetSecretary := []governance.Post{{Person: "s1", Role: governance.RoleSecretary, Unit: governance.MustParseCode("220102001"), From: from}}
	ownGrid := governance.MustParseCode("220102001001001")
	otherGrid := governance.MustParseCode("220102001001002")
	on := governance.MustParseDate("2025-10-09")

	show := func(who string, posts []governance.Post, perm governance.Permission, target governance.Code) {
		err := governance.Authorize(posts, perm, target, on)
		verdict := "allowed"
		if err != nil {
			verdict = "forbidden"
		}
		fmt.Printf("%-16s %-14s %s: %s\n", who, perm, target, verdict)
	}
	show("grid worker", gridWorker, governance.PermissionViewSensitive, ownGrid)
	show("grid worker", gridWorker, governance.PermissionViewSensitive, otherGrid)
	show("street secretary", streetSecretary, governance.PermissionViewPeople, otherGrid)
	show("street secretary", streetSecretary, governance.PermissionViewSensitive, otherGrid)

	err := governance.Authorize(streetSecretary, governance.PermissionViewSensitive, otherGrid, on)
	if fe, ok := err.(*governance.ForbiddenError); ok {
		fmt.Println(fe.Message(language.SimplifiedChinese))
		fmt.Println(fe.Message(language.English))
	}

	// When the post ends, so does the permission.
	gridWorker[0].Until = governance.MustParseDate("2025-10-01")
	show("former worker", gridWorker, governance.PermissionViewPeople, ownGrid)
	// Output:
	// grid worker      view_sensitive 220102001001001: allowed
	// grid worker      view_sensitive 220102001001002: forbidden
	// street secretary view_people    220102001001002: allowed
	// street secretary view_sensitive 220102001001002: forbidden
	// 无权在 220102001001002 范围内查看敏感人员信息（2025-10-09）
	// not allowed to view sensitive people data in 220102001001002 on 2025-10-09
	// former worker    view_people    220102001001001: forbidden
}

// People's data is seen where the work with them is done: the grid worker
// sees and keeps the register of their own grid, sensitive data (key
// persons, 重点人员) included; the community secretary sees the same for
// the whole community; the street secretary sees the street's people and
// approves pay and budgets, but never sensitive data. A permission reaches
// the post's unit and what lies under it, nothing beside it.
//
// Source: DefaultAccessPolicy, illustrative (RULES.md §6: the Xibei
// street's key information; Zhangzhou's "2+N" grid team). No national table
// exists; a city replaces it with its own.
func ExampleDefaultAccessPolicy_gridWorkerAndStreetSecretary() {
	policy := governance.DefaultAccessPolicy()
	fmt.Printf("%-27s %-12s %-12s %s\n", "permission", "grid worker", "community", "street")
	fmt.Printf("%-27s %-12s %-12s %s\n", "", "at a grid", "secretary", "secretary")
	yes := map[bool]string{true: "yes", false: "no"}
	for _, perm := range []governance.Permission{
		governance.PermissionViewPeople, governance.PermissionViewSensitive, governance.PermissionEditPeople,
		governance.PermissionApprovePayroll, governance.PermissionManageBudgets,
	} {
		fmt.Printf("%-27s %-12s %-12s %-9s %s\n", perm.Label(language.English),
			yes[policy.Carries(governance.RoleGridWorker, governance.LevelGrid, perm)],
			yes[policy.Carries(governance.RoleSecretary, governance.LevelCommunity, perm)],
			yes[policy.Carries(governance.RoleSecretary, governance.LevelStreet, perm)],
			perm.Label(language.SimplifiedChinese))
	}

	from := governance.MustParseDate("2024-01-01")
	on := governance.MustParseDate("2025-10-09")
	gridWorker := []governance.Post{{Person: "w1", Role: governance.RoleGridWorker, Unit: "220102001001001", From: from}}
	streetSecretary := []governance.Post{{Person: "s1", Role: governance.RoleSecretary, Unit: "220102001000", From: from}}
	for _, c := range []struct {
		who    string
		posts  []governance.Post
		target governance.Code
	}{
		{"grid worker, own grid", gridWorker, "220102001001001"},
		{"grid worker, next grid", gridWorker, "220102001001002"},
		{"street secretary, own street", streetSecretary, "220102001001002"},
		{"street secretary, next street", streetSecretary, "220102002001001"},
	} {
		err := policy.Authorize(c.posts, governance.PermissionViewPeople, c.target, on)
		verdict := "allowed"
		if err != nil {
			verdict = "forbidden"
		}
		fmt.Printf("%-29s view people in %s: %s\n", c.who, c.target, verdict)
	}
	var fe *governance.ForbiddenError
	if errors.As(policy.Authorize(gridWorker, governance.PermissionViewSensitive, "220102001001002", on), &fe) {
		fmt.Println(fe.Message(language.SimplifiedChinese))
		fmt.Println(fe.Message(language.English))
	}
	// Output:
	// permission                  grid worker  community    street
	//                             at a grid    secretary    secretary
	// view people                 yes          yes          yes       查看人员信息
	// view sensitive people data  yes          yes          no        查看敏感人员信息
	// edit people                 yes          yes          no        维护人员信息
	// approve payroll             no           no           yes       审核薪酬
	// manage budgets              no           no           yes       管理预算
	// grid worker, own grid         view people in 220102001001001: allowed
	// grid worker, next grid        view people in 220102001001002: forbidden
	// street secretary, own street  view people in 220102001001002: allowed
	// street secretary, next street view people in 220102002001001: forbidden
	// 无权在 220102001001002 范围内查看敏感人员信息（2025-10-09）
	// not allowed to view sensitive people data in 220102001001002 on 2025-10-09
}
