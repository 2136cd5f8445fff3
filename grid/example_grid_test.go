package grid_test

import (
	"errors"
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"golang.org/x/text/language"
)

// street builds a street with one urban community and, under a town, one
// village, and the given grids (code suffix → households, residents).
func street(grids map[string][2]int, exclusive ...string) *governance.Hierarchy {
	h, err := governance.NewHierarchy(governance.Unit{Code: governance.MustParseCode("110105"), Name: "朝阳区"})
	must(err)
	for _, u := range []governance.Unit{
		{Code: governance.MustParseCode("110105001"), Name: "建外街道"},
		{Code: governance.MustParseCode("110105001001"), Name: "永安里社区"},
		{Code: governance.MustParseCode("110105101"), Name: "孙河镇"},
		{Code: governance.MustParseCode("110105101201"), Name: "上辛堡村"},
	} {
		must(h.Add(u))
	}
	for _, c := range sortedKeys(grids) {
		u := governance.Unit{Code: governance.MustParseCode(c), Name: "网格" + c[12:], Households: grids[c][0], Residents: grids[c][1]}
		for _, e := range exclusive {
			if e == c {
				u.Kind = governance.KindExclusiveGrid
			}
		}
		must(h.Add(u))
	}
	return h
}

func sortedKeys(m map[string][2]int) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}

// Urban comprehensive grids hold 300–500 households and at most 2,500
// residents (above 2,000 is a warning); rural grids, in villages, about 300
// households (250–350 here) and at most 2,500 residents. Exclusive grids —
// a school, a hospital — are not sized by households.
//
// Source: RULES.md §6; the rural tolerance is illustrative.
func ExampleCheckSizing() {
	h := street(map[string][2]int{
		"110105001001001": {420, 1300},
		"110105001001002": {280, 900},
		"110105001001003": {520, 2600},
		"110105001001004": {480, 2200},
		"110105001001005": {0, 0}, // a school's exclusive grid
		"110105101201001": {300, 1000},
		"110105101201002": {380, 1200},
	}, "110105001001005")
	ps := grid.CheckSizing(h, grid.DefaultSizingPolicy())
	for _, m := range ps.Messages(language.English) {
		fmt.Println(m)
	}
	for _, m := range ps.Messages(language.SimplifiedChinese) {
		fmt.Println(m)
	}
	// Output:
	// units[110105001001002].households: grid 110105001001002 has 280 households, below the minimum of 300
	// units[110105001001003].households: grid 110105001001003 has 520 households, above the maximum of 500
	// units[110105001001003].residents: grid 110105001001003 has 2,600 residents, above the maximum of 2,500
	// units[110105001001004].residents: grid 110105001001004 has 2,200 residents, above the usual 2,000
	// units[110105101201002].households: grid 110105101201002 has 380 households, above the maximum of 350
	// units[110105001001002].households: 网格 110105001001002 有 280 户，少于下限 300 户
	// units[110105001001003].households: 网格 110105001001003 有 520 户，超过上限 500 户
	// units[110105001001003].residents: 网格 110105001001003 有 2,600 人，超过上限 2,500 人
	// units[110105001001004].residents: 网格 110105001001004 有 2,200 人，超过一般标准 2,000 人
	// units[110105101201002].households: 网格 110105101201002 有 380 户，超过上限 350 户
}

// A re-division plans the fewest grids none of which is above the maximum:
// 1,770 Benxi grids of about 300 households hold about 531,000
// households, which urban grids of at most 500 would need 1,062 of.
//
// Source: RULES.md §6 and §12 (Benxi, report).
func ExampleGridsNeeded() {
	p := grid.DefaultSizingPolicy()
	for _, households := range []int{0, 500, 501, 1200, 531000} {
		fmt.Println(households, grid.GridsNeeded(households, p), p.Rural.GridsNeeded(households))
	}
	// Output:
	// 0 0 0
	// 500 1 2
	// 501 2 2
	// 1200 3 4
	// 531000 1062 1518
}

// post is a post held from 1 January 2025.
func post(person string, r governance.Role, unit string) governance.Post {
	return governance.Post{Person: governance.PersonID(person), Role: r, Unit: governance.MustParseCode(unit), From: governance.MustParseDate("2025-01-01")}
}

// Zhangzhou's "2+N": every grid has a grid worker and a grid police officer
// (the N specialised teams are not counted).
//
// Source: Zhangzhou city report (RULES.md §6).
func ExampleCheckTeams_zhangzhou2PlusN() {
	h := street(map[string][2]int{"110105001001001": {400, 1200}, "110105001001002": {350, 1000}})
	posts := []governance.Post{
		post("p1", governance.RoleGridWorker, "110105001001001"),
		post("p2", governance.RoleGridPolice, "110105001001001"),
		post("p3", governance.RoleGridWorkerPartTime, "110105001001002"),
	}
	on := governance.MustParseDate("2025-06-01")
	for _, m := range grid.CheckTeams(h, posts, grid.ZhangzhouTeamPolicy(), on).Messages(language.English) {
		fmt.Println(m)
	}
	fmt.Println(len(grid.CheckTeams(h, posts, grid.DefaultTeamPolicy(), on)))
	// Output:
	// units[110105001001002].team: grid 110105001001002 has no grid police officer ("2+N")
	// 0
}

// Benxi's chain: grid worker → building head → entrance head.
//
// Source: Benxi city report (RULES.md §6).
func ExampleCheckTeams_benxiChain() {
	h := street(map[string][2]int{"110105001001001": {300, 900}, "110105001001002": {310, 950}})
	posts := []governance.Post{
		post("p1", governance.RoleGridWorker, "110105001001001"),
		post("p2", governance.RoleBuildingHead, "110105001001001"),
		post("p3", governance.RoleEntranceHead, "110105001001001"),
		post("p4", governance.RoleBuildingHead, "110105001001002"),
	}
	for _, m := range grid.CheckTeams(h, posts, grid.BenxiTeamPolicy(), governance.MustParseDate("2025-06-01")).Messages(language.SimplifiedChinese) {
		fmt.Println(m)
	}
	// Output:
	// units[110105001001002].team: 网格 110105001001002 没有单元长
	// units[110105001001002].team: 网格 110105001001002 没有网格员
}

// Guiyang Xibei: household liaisons at about one per ten households (十联户,
// a warning when short) and three tiers of grid chief — the street head as
// chief grid chief and street leaders as area chiefs, posted at the street,
// and community secretaries as grid chiefs.
//
// Source: Guiyang Xibei street report (RULES.md §6).
func ExampleCheckTeams_xibeiLiaisonsAndChiefs() {
	h := street(map[string][2]int{"110105001001001": {95, 300}})
	posts := []governance.Post{
		post("p1", governance.RoleGridWorker, "110105001001001"),
		post("p2", governance.RoleGridChief, "110105001"),
		post("p3", governance.RoleGridChief, "110105001001"),
		post("p4", governance.RoleGridChief, "110105101201"),
	}
	for i := range 8 {
		posts = append(posts, post(fmt.Sprint("l", i), governance.RoleHouseholdLiaison, "110105001001001"))
	}
	for _, p := range grid.CheckTeams(h, posts, grid.XibeiTeamPolicy(), governance.MustParseDate("2025-06-01")) {
		fmt.Println(p.Severity, p.Message(language.English))
	}
	// Output:
	// error units[110105001000].team: 110105001000 has no area grid chief
	// warning units[110105001001001].team: grid 110105001001001 has 8 household liaisons; it needs 10
	// error units[110105101000].team: 110105101000 has no area grid chief
	// error units[110105101000].team: 110105101000 has no chief grid chief
}

// An item of work is handed down to a grid only if it stands on the grid's
// duty list or has been admitted for it (准入); Benxi has the county party
// committee and government approve every grid item.
//
// Source: RULES.md §7; Benxi city report.
func ExampleHandDown() {
	lists, err := governance.NewDuties(governance.DutyList{
		Level: governance.LevelGrid,
		From:  governance.MustParseDate("2025-01-01"),
		Items: []governance.DutyItem{
			{ID: "G-01", Title: "人口信息采集", Kind: governance.DutyStatutory, Level: governance.LevelGrid},
			{ID: "G-90", Title: "招商引资任务", Kind: governance.DutyNegative, Level: governance.LevelGrid},
		},
		Source: "本溪：网格事项准入清单（示例）",
	})
	must(err)
	g := governance.MustParseCode("110105001001001")
	on := governance.MustParseDate("2025-06-01")
	for _, t := range []grid.Task{
		{Item: "G-01", Grid: g, Duty: grid.DutyInformationCollection, On: on},
		{Item: "G-90", Grid: g, Duty: grid.DutyPolicyPublicity, On: on},
		{Item: "X-07", Grid: g, Duty: grid.DutyHazardScreening, On: on},
	} {
		err := grid.HandDown(lists, t)
		fmt.Println(t.Item, t.Duty.Label(language.SimplifiedChinese), err == nil,
			errors.Is(err, governance.ErrProhibited), errors.Is(err, governance.ErrNotOnList))
	}
	// Output:
	// G-01 信息采集 true false false
	// G-90 政策宣传 false true false
	// X-07 隐患排查 false false true
}
