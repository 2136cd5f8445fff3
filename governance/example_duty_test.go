package governance_test

import (
	"errors"
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// exampleDuties builds a district's register: a community list with a
// statutory, an assisting and a negative item, and a street list with a
// whistle item (the manner of Jilin's street list, Tianjin Heping's
// "108+N" community list; RULES.md §7, report).
func exampleDuties() *governance.Duties {
	district := governance.MustParseCode("220102")
	from := governance.MustParseDate("2025-01-01")
	d, err := governance.NewDuties(
		governance.DutyList{
			Level: governance.LevelCommunity, Scope: district, From: from,
			Items: []governance.DutyItem{
				{ID: "C1", Title: "居民信息采集", Kind: governance.DutyStatutory, Level: governance.LevelCommunity},
				{ID: "C2", Title: "低保申请初审协助", Kind: governance.DutyAssisting, Level: governance.LevelCommunity, Department: "区民政局"},
				{ID: "N2", Title: "开具无犯罪记录证明", Kind: governance.DutyNegative, Level: governance.LevelCommunity, Basis: "公安机关办理无犯罪记录证明工作的意见"},
			},
		},
		governance.DutyList{
			Level: governance.LevelStreet, Scope: district, From: from,
			Items: []governance.DutyItem{
				{ID: "S1", Title: "违法建设查处", Kind: governance.DutyStatutory, Level: governance.LevelStreet, Department: "区城管执法局", Whistle: true},
				{ID: "S2", Title: "街道党工委建设", Kind: governance.DutyStatutory, Level: governance.LevelStreet},
			},
		},
	)
	if err != nil {
		panic(err)
	}
	return d
}

// An item on the negative list (负面清单) may not be handed to a community
// at all, and a task on no list may be refused by it (RULES.md §7; Beijing
// 接诉即办工作条例 §17).
func ExampleDuties_Assign_negativeList() {
	d := exampleDuties()
	community := governance.MustParseCode("220102001001")
	on := governance.MustParseDate("2025-06-02")

	for _, id := range []governance.DutyID{"C1", "N2", "X9"} {
		_, err := d.Assign(id, community, governance.ResponsibilityMain, on)
		var ae *governance.AssignError
		switch {
		case err == nil:
			fmt.Println(id, "assigned")
		case errors.As(err, &ae):
			fmt.Println(id, errors.Is(err, governance.ErrProhibited), errors.Is(err, governance.ErrNotOnList))
			fmt.Println(" ", ae.Message(language.SimplifiedChinese))
			fmt.Println(" ", ae.Message(language.English))
		}
	}
	// Output:
	// C1 assigned
	// N2 true false
	//   事项 N2 列入 220102001001 于 2025-06-02 施行的负面清单，不得交由其承担
	//   item N2 is on the negative list of 220102001001 in force on 2025-06-02 and may not be handed to it
	// X9 false true
	//   事项 X9 不在 220102001001 于 2025-06-02 施行的清单上，也未申请准入，可以拒绝
	//   item X9 is not on the list of 220102001001 in force on 2025-06-02 and was never applied for; it may be refused
}

// An assisting item (协助办理) may be handed to a community to assist the
// department that owns it, but may not be made its main responsibility
// (北京市接诉即办工作条例 §17).
func ExampleDuties_Assign_assistingNotMainResponsibility() {
	d := exampleDuties()
	community := governance.MustParseCode("220102001001")
	on := governance.MustParseDate("2025-06-02")

	a, err := d.Assign("C2", community, governance.ResponsibilityAssist, on)
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Item.ID, a.As, "for", a.Item.Department)

	_, err = d.Assign("C2", community, governance.ResponsibilityMain, on)
	fmt.Println(errors.Is(err, governance.ErrAssistOnly))
	var ae *governance.AssignError
	if errors.As(err, &ae) {
		fmt.Println(ae.Message(language.SimplifiedChinese))
		fmt.Println(ae.Message(language.English))
	}
	// MayAssign asks in the part the item's kind gives it.
	fmt.Println("may assign C2:", d.MayAssign("C2", community, on) == nil)
	// Output:
	// C2 assist for 区民政局
	// true
	// 事项 C2 为协助办理事项，不得作为 220102001001 的主责（2025-06-02）
	// item C2 is an assisting item and may not be the main responsibility of 220102001001 (2025-06-02)
	// may assign C2: true
}

// A street may call departments only for the items its list marks as
// whistle items — Jilin's 46 "street whistles, departments report" items
// (街乡吹哨、部门报到; RULES.md §7, report). The question can be asked from a
// grid or community: the list is that of its street.
func ExampleDuties_WhistleItem_jilin() {
	d := exampleDuties()
	grid := governance.MustParseCode("220102001001003")
	on := governance.MustParseDate("2025-06-02")

	if it, err := d.WhistleItem("S1", grid, on); err == nil {
		fmt.Println(it.ID, it.Title, "→", it.Department, "reports")
	}
	_, err := d.WhistleItem("S2", grid, on)
	fmt.Println("S2:", errors.Is(err, governance.ErrNotWhistle))
	// Output:
	// S1 违法建设查处 → 区城管执法局 reports
	// S2: true
}

// A duty list reports every problem at once: here a duplicate ID, one duty
// both on the negative list and among the statutory items, and an
// assisting item without the department it assists.
func ExampleDutyList_Validate() {
	l := governance.DutyList{
		Level: governance.LevelCommunity, From: governance.MustParseDate("2025-01-01"),
		Items: []governance.DutyItem{
			{ID: "C1", Title: "居民信息采集", Kind: governance.DutyStatutory, Level: governance.LevelCommunity},
			{ID: "C2", Title: "低保申请初审协助", Kind: governance.DutyAssisting, Level: governance.LevelCommunity},
			{ID: "C1", Title: "居民信息采集", Kind: governance.DutyNegative, Level: governance.LevelCommunity},
		},
	}
	for _, p := range l.Validate() {
		fmt.Println(p.Message(language.SimplifiedChinese))
		fmt.Println(p.Message(language.English))
	}
	// Output:
	// items[1].department: 协助办理事项或吹哨事项 C2 缺少责任部门
	// items[1].department: assisting or whistle item C2 names no owning department
	// items[2].id: 事项编号 C1 与 items[0] 重复
	// items[2].id: item ID C1 repeats items[0]
	// items[2].kind: 事项 C1 与 items[0] 是同一事项，却一个列入负面清单，一个列入履职清单
	// items[2].kind: item C1 is the same duty as items[0], yet one stands on the negative list and the other on a list of duties
}
