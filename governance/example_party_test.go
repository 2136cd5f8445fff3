package governance_test

import (
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// The kind of organisation a unit's members form: a branch from 3 full
// members (fewer: a joint branch with other units), a general branch from
// 50 members, a basic committee from 100 — "50人以上" includes 50
// (中国共产党支部工作条例(试行) 2018; RULES.md §4).
func ExamplePartyRules_KindFor() {
	r := governance.DefaultPartyRules()
	for _, members := range []int{2, 3, 49, 50, 99, 100} {
		k := r.KindFor(members)
		fmt.Printf("%3d members → %s (%s)\n", members, k.Label(language.SimplifiedChinese), k.Label(language.English))
	}
	// Output:
	//   2 members → 联合党支部 (joint party branch)
	//   3 members → 党支部 (party branch)
	//  49 members → 党支部 (party branch)
	//  50 members → 党总支 (general party branch)
	//  99 members → 党总支 (general party branch)
	// 100 members → 基层党委 (basic party committee)
}

// Every grid has a party branch or group, and every community a
// committee, general branch or branch; a building group under a grid
// branch is allowed (RULES.md §4; Benxi report: 1,776 organisations for
// 1,770 grids).
func ExampleCheckParty_coverage() {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "220102001000", Name: "某街道"})
	_ = h.Add(governance.Unit{Code: "220102001001", Name: "某社区"})
	_ = h.Add(governance.Unit{Code: "220102001001001", Name: "第一网格"})
	_ = h.Add(governance.Unit{Code: "220102001001002", Name: "第二网格"})
	elected := governance.MustParseDate("2023-05-01")
	orgs := []governance.PartyOrg{
		{ID: "c", Kind: governance.OrgCommittee, Unit: "220102001001", FullMembers: 140, ElectedOn: elected},
		{ID: "g1", Kind: governance.OrgBranch, Unit: "220102001001001", Parent: "c", FullMembers: 20, CommitteeSize: 5, ElectedOn: elected},
		{ID: "g1-3", Kind: governance.OrgGroup, Name: "3号楼党小组", Unit: "220102001001001", Parent: "g1", FullMembers: 6},
	}
	for _, p := range governance.CheckParty(h, orgs, governance.DefaultPartyRules(), governance.MustParseDate("2025-06-30")) {
		fmt.Println(p.Message(language.SimplifiedChinese))
		fmt.Println(p.Message(language.English))
	}
	// Output:
	// units[220102001001002]: 网格 220102001001002 没有党组织
	// units[220102001001002]: grid 220102001001002 has no party organisation
}

// A community's or village's organisations serve 5-year terms, the others
// 3; the term runs out on the anniversary of the election (中国共产党支部
// 工作条例(试行) 2018; RULES.md §4).
func ExampleCheckParty_termExpiry() {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "220102001000", Name: "某街道"})
	_ = h.Add(governance.Unit{Code: "220102001001", Name: "某社区"})
	orgs := []governance.PartyOrg{
		{ID: "street", Kind: governance.OrgCommittee, Unit: "220102001000", FullMembers: 300,
			ElectedOn: governance.MustParseDate("2022-09-01")},
		{ID: "community", Kind: governance.OrgBranch, Unit: "220102001001", Parent: "street", FullMembers: 30,
			CommitteeSize: 5, ElectedOn: governance.MustParseDate("2021-05-01")},
	}
	rules := governance.DefaultPartyRules()
	for _, on := range []string{"2025-08-31", "2025-09-01", "2026-04-30", "2026-05-01"} {
		fmt.Println(on)
		for _, p := range governance.CheckParty(h, orgs, rules, governance.MustParseDate(on)) {
			fmt.Println("  " + p.Message(language.SimplifiedChinese))
			fmt.Println("  " + p.Message(language.English))
		}
	}
	// Output:
	// 2025-08-31
	// 2025-09-01
	//   orgs[0].electedOn: 2022-09-01 选举产生的委员会任期已于 2025-09-01 届满
	//   orgs[0].electedOn: the term from the election of 2022-09-01 ran out on 2025-09-01
	// 2026-04-30
	//   orgs[0].electedOn: 2022-09-01 选举产生的委员会任期已于 2025-09-01 届满
	//   orgs[0].electedOn: the term from the election of 2022-09-01 ran out on 2025-09-01
	// 2026-05-01
	//   orgs[0].electedOn: 2022-09-01 选举产生的委员会任期已于 2025-09-01 届满
	//   orgs[0].electedOn: the term from the election of 2022-09-01 ran out on 2025-09-01
	//   orgs[1].electedOn: 2021-05-01 选举产生的委员会任期已于 2026-05-01 届满
	//   orgs[1].electedOn: the term from the election of 2021-05-01 ran out on 2026-05-01
}

// A branch with 7 or more full members has a committee of 3 to 5, at most 7
// (中国共产党支部工作条例(试行) 2018; RULES.md §4).
func ExampleCheckParty_branchCommittee() {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "220102001001", Name: "某社区"})
	elected := governance.MustParseDate("2024-05-01")
	orgs := []governance.PartyOrg{
		{ID: "six", Kind: governance.OrgBranch, Unit: "220102001001", FullMembers: 6, ElectedOn: elected},
		{ID: "seven", Kind: governance.OrgBranch, Unit: "220102001001", FullMembers: 7, ElectedOn: elected},
		{ID: "eight", Kind: governance.OrgBranch, Unit: "220102001001", FullMembers: 40, CommitteeSize: 8, ElectedOn: elected},
	}
	for _, p := range governance.CheckParty(h, orgs, governance.DefaultPartyRules(), governance.MustParseDate("2025-06-30")) {
		fmt.Println(p.Message(language.SimplifiedChinese))
		fmt.Println(p.Message(language.English))
	}
	// Output:
	// orgs[1].committeeSize: 正式党员 7 名，达到 7 名应设立委员会
	// orgs[1].committeeSize: 7 full members (7 or more) require a committee
	// orgs[2].committeeSize: 委员会 8 人，应为 3 至 7 人
	// orgs[2].committeeSize: a committee of 8, not 3 to 7
}

// A unit with fewer than 3 full members joins a joint branch, which covers
// generally at most 5 units (中国共产党支部工作条例(试行) 2018; RULES.md §4).
func ExampleCheckParty_jointBranch() {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "220102001001", Name: "某社区"})
	var covers []governance.Code
	for seq := 1; seq <= 6; seq++ {
		g, _ := governance.GridCode("220102001001", seq)
		_ = h.Add(governance.Unit{Code: g, Name: fmt.Sprintf("第%d网格", seq)})
		covers = append(covers, g)
	}
	orgs := []governance.PartyOrg{
		{ID: "joint", Kind: governance.OrgJointBranch, Unit: "220102001001", FullMembers: 11, CommitteeSize: 3,
			Covers: covers, ElectedOn: governance.MustParseDate("2024-05-01")},
	}
	for _, p := range governance.CheckParty(h, orgs, governance.DefaultPartyRules(), governance.MustParseDate("2025-06-30")) {
		fmt.Println(p.Severity, p.Message(language.SimplifiedChinese))
		fmt.Println(p.Severity, p.Message(language.English))
	}
	// Output:
	// warning orgs[0].covers: 联合党支部覆盖 6 个单位，超过一般上限 5 个
	// warning orgs[0].covers: the joint branch covers 6 units, more than the usual 5
}
