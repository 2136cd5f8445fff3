package governance_test

import (
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
