package governance_test

import (
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// A roster check reports every problem: here a grid worker posted to a
// community rather than a grid, a post at a unit the hierarchy lacks, a
// person not in the register and the same post entered twice over
// overlapping spans. Holding two posts — a grid worker who is also a
// mediator — is allowed (DefaultRoleLevels: the reports' model of posts,
// RULES.md §3 and §6).
func ExampleCheckRoster() {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "210502001000", Name: "某街道"})
	_ = h.Add(governance.Unit{Code: "210502001001", Name: "某社区"})
	_ = h.Add(governance.Unit{Code: "210502001001001", Name: "第一网格"})
	people := []governance.Person{{ID: "wang", Name: "王芳"}, {ID: "li", Name: "李强"}}
	posts := []governance.Post{
		{Person: "li", Role: governance.RoleGridWorker, Unit: "210502001001001", From: governance.MustParseDate("2023-01-01")},
		{Person: "li", Role: governance.RoleMediator, Unit: "210502001001001", From: governance.MustParseDate("2023-01-01")},
		{Person: "wang", Role: governance.RoleGridWorker, Unit: "210502001001", From: governance.MustParseDate("2023-01-01")},
		{Person: "zhao", Role: governance.RoleBuildingHead, Unit: "210502001001009", From: governance.MustParseDate("2023-01-01")},
		{Person: "li", Role: governance.RoleGridWorker, Unit: "210502001001001", From: governance.MustParseDate("2024-03-01"),
			Until: governance.MustParseDate("2024-09-01")},
	}
	for _, p := range governance.CheckRoster(h, people, posts) {
		fmt.Println(p.Message(language.SimplifiedChinese))
		fmt.Println(p.Message(language.English))
	}
	// Output:
	// posts[2].unit: 专职网格员不能设在村级（社区）单位 210502001001
	// posts[2].unit: no full-time grid worker may sit at 210502001001, a community
	// posts[3].person: 任职人员 zhao 不在人员名册中
	// posts[3].person: person zhao is not among the people
	// posts[3].unit: 单位 210502001001009 不在层级中
	// posts[3].unit: unit 210502001001009 is not in the hierarchy
	// posts[4]: li 在 210502001001001 担任专职网格员的任期与 posts[0] 重叠
	// posts[4]: the post of li as full-time grid worker at 210502001001001 overlaps posts[0]
}

// The secretary of a community's party organisation who is also the
// director of its residents' committee (一肩挑) is recognised on the days
// both posts are held (Heping report: 100% of communities; RULES.md §5).
func ExampleSecretaryDirector() {
	posts := []governance.Post{
		{Person: "wang", Role: governance.RoleSecretary, Unit: "120101001001", From: governance.MustParseDate("2021-05-01")},
		{Person: "wang", Role: governance.RoleDirector, Unit: "120101001001", From: governance.MustParseDate("2021-07-01")},
	}
	for _, on := range []string{"2021-06-30", "2021-07-01"} {
		who, ok := governance.SecretaryDirector(posts, "120101001001", governance.MustParseDate(on))
		fmt.Println(on, who, ok)
	}
	// Output:
	// 2021-06-30  false
	// 2021-07-01 wang true
}
