package governance_test

import (
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// Tianjin's "4+N": four core posts and one community worker per 300
// households, rounded up — an exact multiple needs no more (Tianjin Heping
// district report, local; RULES.md §5).
func ExampleStaffingRule_Required_tianjin4PlusN() {
	r := governance.TianjinStaffingRule()
	for _, households := range []int{0, 299, 300, 3000, 3001} {
		fmt.Printf("%5d households → %d\n", households, r.Required(households, 0))
	}
	// Output:
	//     0 households → 4
	//   299 households → 5
	//   300 households → 5
	//  3000 households → 14
	//  3001 households → 15
}

// At least 18 community workers per 10,000 residents, rounded up
// (中办/国办《关于加强社区工作者队伍建设的意见》 2024; RULES.md §5).
func ExampleStaffingRule_Required_national() {
	r := governance.NationalStaffingRule()
	for _, residents := range []int{3000, 10000, 25000, 25001} {
		fmt.Printf("%5d residents → %d\n", residents, r.Required(0, residents))
	}
	// Output:
	//  3000 residents → 6
	// 10000 residents → 18
	// 25000 residents → 45
	// 25001 residents → 46
}

// Benxi counts per household: at least 18 community workers per 10,000
// households, rounded up (Benxi city report; RULES.md §5).
func ExampleStaffingRule_Required_benxi() {
	r := governance.BenxiStaffingRule()
	for _, households := range []int{3000, 10000, 10001, 12345} {
		fmt.Printf("%5d households → %d\n", households, r.Required(households, 0))
	}
	// Output:
	//  3000 households → 6
	// 10000 households → 18
	// 10001 households → 19
	// 12345 households → 23
}

// Taiyuan's step table: under 2,000 households 3 workers, from 2,000 4,
// from 3,000 5, from 4,000 to 5,000 6, above 5,000 one more per 500 or part
// of 500, at most 17 per community (Taiyuan, local; RULES.md §5).
func ExampleStaffingRule_Required_taiyuanSteps() {
	r := governance.TaiyuanStaffingRule()
	for _, households := range []int{1999, 2000, 3000, 4000, 5000, 5001, 5500, 5501, 10500, 10501, 20000} {
		fmt.Printf("%5d households → %d\n", households, r.Required(households, 0))
	}
	// Output:
	//  1999 households → 3
	//  2000 households → 4
	//  3000 households → 5
	//  4000 households → 6
	//  5000 households → 6
	//  5001 households → 7
	//  5500 households → 7
	//  5501 households → 8
	// 10500 households → 17
	// 10501 households → 17
	// 20000 households → 17
}

// CheckStaffing counts, in every community, the people holding a counting
// post on the day — a secretary who is also director (一肩挑) once — and
// reports the communities short of what the rule requires (RULES.md §5:
// who counts as a community worker; Tianjin's "4+N").
func ExampleCheckStaffing() {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "120101001000", Name: "劝业场街道"})
	_ = h.Add(governance.Unit{Code: "120101001001", Name: "花园路社区"})
	_ = h.Add(governance.Unit{Code: "120101001001001", Name: "第一网格", Households: 600, Residents: 1500})
	_ = h.Add(governance.Unit{Code: "120101001001002", Name: "第二网格", Households: 300, Residents: 800})
	_ = h.Add(governance.Unit{Code: "120101001002", Name: "新疆路社区", Households: 300, Residents: 700})

	from := governance.MustParseDate("2021-05-01")
	post := func(p governance.PersonID, r governance.Role, u governance.Code) governance.Post {
		return governance.Post{Person: p, Role: r, Unit: u, From: from}
	}
	posts := []governance.Post{
		post("wang", governance.RoleSecretary, "120101001001"),
		post("wang", governance.RoleDirector, "120101001001"),
		post("li", governance.RoleDeputySecretary, "120101001001"),
		post("zhao", governance.RoleDeputyDirector, "120101001001"),
		post("qian", governance.RoleDeputyDirector, "120101001001"),
		post("sun", governance.RoleCommunityWorker, "120101001001"),
		post("zhou", governance.RoleCommunityWorker, "120101001001"),
		post("wu", governance.RoleCommunityWorker, "120101001001"),
		post("zheng", governance.RoleFirstSecretary, "120101001002"),
		post("feng", governance.RoleSecretary, "120101001002"),
		post("chen", governance.RoleDirector, "120101001002"),
	}
	report, ps := governance.CheckStaffing(h, posts, governance.TianjinStaffingRule(), governance.MustParseDate("2025-06-30"))
	for _, c := range report.Communities {
		fmt.Printf("%s: %d households, required %d, actual %d, short %d, 一肩挑 %v, first secretary %v\n",
			c.Unit, c.Households, c.Required, c.Actual, c.Short, c.SecretaryDirector, c.FirstSecretary)
	}
	fmt.Printf("total: required %d, actual %d, short %d; 一肩挑 in %.0f%% of communities\n",
		report.Required, report.Actual, report.Short, 100*report.SecretaryDirectorRatio())
	for _, p := range ps {
		fmt.Println(p.Message(language.SimplifiedChinese))
		fmt.Println(p.Message(language.English))
	}
	// Output:
	// 120101001001: 900 households, required 7, actual 7, short 0, 一肩挑 true, first secretary false
	// 120101001002: 300 households, required 5, actual 2, short 3, 一肩挑 false, first secretary true
	// total: required 12, actual 9, short 3; 一肩挑 in 50% of communities
	// units[120101001002]: 社区 120101001002 应配社区工作者 5 名，实有 2 名
	// units[120101001002]: community 120101001002 needs 5 community workers but has 2
}

// A city that counts its full-time grid workers as community workers adds
// them to the rule's Counts (RULES.md §5: "full-time grid workers where the
// city counts them").
func ExampleStaffingRule_Counts_gridWorkers() {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "120101001000", Name: "劝业场街道"})
	_ = h.Add(governance.Unit{Code: "120101001001", Name: "花园路社区", Households: 300})
	_ = h.Add(governance.Unit{Code: "120101001001001", Name: "第一网格"})
	from := governance.MustParseDate("2024-01-01")
	posts := []governance.Post{
		{Person: "wang", Role: governance.RoleSecretary, Unit: "120101001001", From: from},
		{Person: "li", Role: governance.RoleGridWorker, Unit: "120101001001001", From: from},
	}
	on := governance.MustParseDate("2025-01-01")
	rule := governance.TianjinStaffingRule()
	report, _ := governance.CheckStaffing(h, posts, rule, on)
	fmt.Println("by default:", report.Communities[0].Actual)
	rule.Counts = append(governance.CommunityWorkerRoles(), governance.RoleGridWorker)
	report, _ = governance.CheckStaffing(h, posts, rule, on)
	fmt.Println("with grid workers:", report.Communities[0].Actual)
	// Output:
	// by default: 1
	// with grid workers: 2
}
