package governance_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// messageHierarchy is a street with one community and one grid.
func messageHierarchy(t *testing.T) *governance.Hierarchy {
	t.Helper()
	h, err := governance.NewHierarchy(governance.Unit{Code: "110101001000", Name: "街道"})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []governance.Unit{{Code: "110101001001", Name: "社区"}, {Code: "110101001001001", Name: "网格"}} {
		if err := h.Add(u); err != nil {
			t.Fatal(err)
		}
	}
	return h
}

// TestMessagesShowLabels pins the text of the problems that carry a role,
// a level, a kind of unit or organisation: a valid value reads as its
// label in each language, an invalid one as its token, never as a raw
// catalog key; and every problem still marshals to JSON.
func TestMessagesShowLabels(t *testing.T) {
	h := messageHierarchy(t)
	from := governance.MustParseDate("2024-01-01")
	on := governance.MustParseDate("2025-06-30")
	tests := []struct {
		name   string
		ps     func() governance.Problems
		zh, en []string
	}{
		{
			name: "roster",
			ps: func() governance.Problems {
				people := []governance.Person{{ID: "a"}}
				return governance.CheckRoster(h, people, []governance.Post{
					{Person: "a", Role: governance.RoleCommitteeMember, Unit: "110101001000", From: from},
					{Person: "a", Role: governance.Role(99), Unit: "110101001001", From: from},
					{Person: "a", Role: governance.RoleMediator, Unit: "110101001001", From: governance.Date{Year: 2024, Month: 2, Day: 30}},
				})
			},
			zh: []string{
				"posts[0].unit: 委员不能设在乡级（街道）单位 110101001000",
				"posts[1].role: 职务 unknown(99) 无效",
				"posts[2].from: 日期 2024-02-30 不存在",
			},
			en: []string{
				"posts[0].unit: no committee member may sit at 110101001000, a street",
				"posts[1].role: role unknown(99) is not valid",
				"posts[2].from: date 2024-02-30 does not exist",
			},
		},
		{
			name: "party",
			ps: func() governance.Problems {
				elected := governance.MustParseDate("2024-05-01")
				return governance.CheckParty(h, []governance.PartyOrg{
					{ID: "w", Kind: governance.OrgWorkingCommittee, Unit: "110101001001", FullMembers: 30, CommitteeSize: 5, ElectedOn: elected},
					{ID: "g", Kind: governance.OrgGroup, Unit: "110101001001001", FullMembers: 5},
					{ID: "b", Kind: governance.OrgBranch, Unit: "110101001001001", Parent: "g", FullMembers: 2, ElectedOn: elected, Covers: []governance.Code{"110101001001001"}},
				}, governance.DefaultPartyRules(), on)
			},
			zh: []string{
				"orgs[0].unit: 街道党工委不能设在村级（社区）单位",
				"orgs[2].covers: 只有联合党支部覆盖多个单位，此组织为党支部",
				"orgs[2].fullMembers: 党支部有正式党员 2 名，少于成立党支部所需的 3 名，应组建联合党支部",
				"orgs[2].parent: 党小组不能作为党支部的上级",
				"units[110101001001]: 社区 110101001001 没有党委、党总支或党支部",
			},
			en: []string{
				"orgs[0].unit: a street working committee may not sit at a community",
				"orgs[2].covers: only a joint branch covers units; this is a party branch",
				"orgs[2].fullMembers: the party branch has 2 full members, fewer than the 3 a branch needs: form a joint branch",
				"orgs[2].parent: a party group cannot lead a party branch",
				"units[110101001001]: community 110101001001 has no committee, general branch or branch",
			},
		},
		{
			name: "unit kinds",
			ps: func() governance.Problems {
				h := messageHierarchy(t)
				var ps governance.Problems
				for _, u := range []governance.Unit{
					{Code: "110101001002", Name: "村", Kind: governance.KindVillage},
					{Code: "110101001003", Name: "?", Kind: governance.UnitKind(99)},
				} {
					if err := h.Add(u); err != nil {
						ps = append(ps, err.(governance.Problems)...)
					}
				}
				return ps
			},
			zh: []string{
				"units[110101001002].kind: 单位 110101001002 登记的类别为村（村委会），而代码所示为社区（居委会）",
				"units[110101001003].kind: 单位 110101001003 登记的类别为unknown(99)，而代码所示为社区（居委会）",
			},
			en: []string{
				"units[110101001002].kind: the kind of unit 110101001002 is recorded as village (villagers' committee), but its code says community (residents' committee)",
				"units[110101001003].kind: the kind of unit 110101001003 is recorded as unknown(99), but its code says community (residents' committee)",
			},
		},
		{
			name: "duty list",
			ps: func() governance.Problems {
				return governance.DutyList{
					Level: governance.LevelStreet, Scope: "110101001001", From: from,
					Items: []governance.DutyItem{{ID: "C1", Title: "居民信息采集", Kind: governance.DutyStatutory, Level: governance.LevelCommunity}},
				}.Validate()
			},
			zh: []string{
				"items[0].level: 事项 C1 由村级（社区）承担，与乡级（街道）清单不符",
				"scope: 清单为乡级（街道）清单，适用范围 110101001001 却在该层级之下",
			},
			en: []string{
				"items[0].level: item C1 sits at the community level but the list is for the street level",
				"scope: the list's scope 110101001001 lies below the street level the list is for",
			},
		},
		{
			name: "access policy",
			ps: func() governance.Problems {
				return governance.AccessPolicy{Grants: []governance.Grant{
					{Role: governance.RoleGridWorker},
					{Role: governance.Role(99)},
				}}.Validate()
			},
			zh: []string{
				"grants[0].permissions: 对专职网格员的授权未列出任何权限",
				"grants[1].permissions: 对unknown(99)的授权未列出任何权限",
				"grants[1].role: 授权的岗位无效",
			},
			en: []string{
				"grants[0].permissions: the grant for full-time grid worker lists no permission",
				"grants[1].permissions: the grant for unknown(99) lists no permission",
				"grants[1].role: the grant's role is invalid",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := tt.ps()
			if diff := cmp.Diff(tt.zh, ps.Messages(language.SimplifiedChinese)); diff != "" {
				t.Errorf("zh-Hans (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.en, ps.Messages(language.English)); diff != "" {
				t.Errorf("en (-want +got):\n%s", diff)
			}
			if _, err := json.Marshal(ps); err != nil {
				t.Errorf("marshal: %v", err)
			}
		})
	}
}
