package governance_test

import (
	"fmt"
	"strings"

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

// A post of each role sits only at the levels the table lists: a grid
// worker (专职网格员) at a grid, never at the community above it; the
// secretary and the director at a community or, as the heads of its
// working committee and office, at a street; a committee member only at a
// community; the grid chief (网格长) at every tier from the county down to
// the grid, but not at a city.
//
// Source: DefaultRoleLevels — 城市居民委员会组织法 and 村民委员会组织法
// (RULES.md §3); 中国共产党支部工作条例(试行) 2018 (RULES.md §4); the grid
// roles of the Benxi, Zhangzhou and Guiyang Xibei reports (RULES.md §6);
// first secretaries, Benxi report (RULES.md §5); illustrative beyond the
// reports.
func ExampleDefaultRoleLevels_gridWorkerAtGrid() {
	levels := governance.DefaultRoleLevels()
	for _, r := range []governance.Role{
		governance.RoleSecretary, governance.RoleCommitteeMember, governance.RoleFirstSecretary,
		governance.RoleGridWorker, governance.RoleBuildingHead, governance.RoleGridChief,
	} {
		var en, zh []string
		for _, l := range levels[r] {
			en = append(en, l.Label(language.English))
			zh = append(zh, l.Label(language.SimplifiedChinese))
		}
		fmt.Printf("%-22s %-31s %s：%s\n", r.Label(language.English), strings.Join(en, ", "),
			r.Label(language.SimplifiedChinese), strings.Join(zh, "、"))
	}
	for _, c := range []struct {
		role  governance.Role
		level governance.Level
	}{
		{governance.RoleGridWorker, governance.LevelGrid},
		{governance.RoleGridWorker, governance.LevelCommunity},
		{governance.RoleCommitteeMember, governance.LevelStreet},
		{governance.RoleGridChief, governance.LevelCounty},
		{governance.RoleGridChief, governance.LevelCity},
	} {
		fmt.Printf("%s at a %s: %v\n", c.role.Label(language.English), c.level.Label(language.English), levels.Allows(c.role, c.level))
	}
	// Output:
	// secretary              street, community               书记：乡级（街道）、村级（社区）
	// committee member       community                       委员：村级（社区）
	// first secretary        community                       第一书记：村级（社区）
	// full-time grid worker  grid                            专职网格员：网格
	// building head          grid                            楼栋长：网格
	// grid chief             county, street, community, grid 网格长：县级、乡级（街道）、村级（社区）、网格
	// full-time grid worker at a grid: true
	// full-time grid worker at a community: false
	// committee member at a street: false
	// grid chief at a county: true
	// grid chief at a city: false
}

// The roster is checked against rules that are data: by default a grid
// worker posted to a community rather than to one of its grids is refused.
// A city that posts its grid workers at the community changes the table,
// not the code, and the same roster passes.
//
// Source: DefaultRosterRules, whose levels are DefaultRoleLevels (RULES.md
// §3–§6; the grid roles from the Benxi, Zhangzhou and Guiyang Xibei
// reports).
func ExampleDefaultRosterRules_gridWorkerAtCommunity() {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "520113001000", Name: "西北街道"})
	_ = h.Add(governance.Unit{Code: "520113001001", Name: "某社区"})
	_ = h.Add(governance.Unit{Code: "520113001001001", Name: "第一网格"})
	from := governance.MustParseDate("2024-01-01")
	people := []governance.Person{{ID: "chen", Name: "陈静"}, {ID: "liu", Name: "刘洋"}, {ID: "wu", Name: "吴敏"}}
	posts := []governance.Post{
		{Person: "chen", Role: governance.RoleSecretary, Unit: "520113001001", From: from},
		{Person: "liu", Role: governance.RoleGridWorker, Unit: "520113001001001", From: from},
		{Person: "wu", Role: governance.RoleGridWorker, Unit: "520113001001", From: from},
	}

	rules := governance.DefaultRosterRules()
	for _, p := range rules.Check(h, people, posts) {
		fmt.Println(p.Message(language.SimplifiedChinese))
		fmt.Println(p.Message(language.English))
	}

	rules.Levels[governance.RoleGridWorker] = append(rules.Levels[governance.RoleGridWorker], governance.LevelCommunity)
	fmt.Println("with grid workers at the community:", len(rules.Check(h, people, posts)), "problems")
	// Output:
	// posts[2].unit: 专职网格员不能设在村级（社区）单位 520113001001
	// posts[2].unit: no full-time grid worker may sit at 520113001001, a community
	// with grid workers at the community: 0 problems
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
