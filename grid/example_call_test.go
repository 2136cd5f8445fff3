package grid_test

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"golang.org/x/text/language"
)

// streetDuties is a street's duty list with two whistle items
// ("街乡吹哨、部门报到" items, 46 on Jilin's list) and one ordinary item.
func streetDuties() *governance.Duties {
	d, err := governance.NewDuties(governance.DutyList{
		Level: governance.LevelStreet,
		From:  governance.MustParseDate("2025-01-01"),
		Items: []governance.DutyItem{
			{ID: "JD-031", Title: "违法建设查处", Kind: governance.DutyAssisting, Level: governance.LevelStreet, Department: "district-enforcement", Whistle: true},
			{ID: "JD-032", Title: "占道经营整治", Kind: governance.DutyAssisting, Level: governance.LevelStreet, Department: "district-enforcement", Whistle: true},
			{ID: "JD-001", Title: "辖区党建", Kind: governance.DutyStatutory, Level: governance.LevelStreet},
		},
		Source: "街道职责清单（示例）",
	})
	must(err)
	return d
}

// A street blows the whistle (吹哨) for an item on its whistle list; the
// departments summoned must report within 30 minutes (Pinggu) and stay
// until the matter is done. A department that reports late, or has not
// reported once the 30 minutes are up, is late.
//
// Source: RULES.md §8 (吹哨报到; Pinggu's 30 minutes; Heping's five
// categories).
func ExampleCall_Late() {
	p := grid.DefaultCallPolicy()
	c, err := grid.Raise(grid.CallRequest{
		ID:          "JW-2025-118",
		Street:      governance.MustParseCode("110105001"),
		Kind:        grid.WhistleEnforcement,
		Category:    grid.CallEnforcement,
		Item:        "JD-031",
		Summary:     "小区内违法加盖",
		Caller:      "建外街道 李主任",
		Departments: []grid.Department{"district-enforcement", "district-planning", "district-housing-bureau"},
	}, streetDuties(), p, at(time.November, 3, 14, 0))
	must(err)
	fmt.Println("report by", c.Deadline().Format("15:04"))
	must(c.Report("district-enforcement", at(time.November, 3, 14, 20)))
	fmt.Println("14:25 late:", c.Late(at(time.November, 3, 14, 25)))
	must(c.Report("district-planning", at(time.November, 3, 14, 45)))
	fmt.Println("14:50 late:", c.Late(at(time.November, 3, 14, 50)))
	must(c.Close("已拆除", at(time.November, 3, 17, 0)))
	fmt.Println(c.State().Label(language.SimplifiedChinese), c.State().Label(language.English))
	// Output:
	// report by 14:30
	// 14:25 late: []
	// 14:50 late: [district-planning district-housing-bureau]
	// 已办结 closed
}

// A call may only be raised for an item on the street's whistle list; when
// the request names no department, the item's owning department is
// summoned.
//
// Source: RULES.md §7 and §8 (the duty lists; Jilin's 46 whistle items).
func ExampleRaise_whistleListOnly() {
	req := grid.CallRequest{
		Street:   governance.MustParseCode("110105001"),
		Kind:     grid.WhistleResident,
		Category: grid.CallServingPeople,
		Summary:  "背街小巷占道经营",
		Caller:   "建外街道 李主任",
	}
	for _, item := range []governance.DutyID{"JD-032", "JD-001", "JD-999"} {
		req.Item = item
		c, err := grid.Raise(req, streetDuties(), grid.DefaultCallPolicy(), at(time.November, 3, 9, 0))
		if err != nil {
			fmt.Println(item, "refused: not a whistle item:", errors.Is(err, governance.ErrNotWhistle),
				"not on the list:", errors.Is(err, governance.ErrNotOnList))
			continue
		}
		fmt.Println(item, "summons", c.Summons()[0].Department)
	}
	// Output:
	// JD-032 summons district-enforcement
	// JD-001 refused: not a whistle item: true not on the list: false
	// JD-999 refused: not a whistle item: false not on the list: true
}

// A department's timeliness over a period, and the street's assessment of
// it, which weighs 40% of the department's assessment in Heping.
//
// Source: RULES.md §8 (Heping, report).
func ExampleTimelinessOf() {
	p := grid.DefaultCallPolicy()
	var calls []*grid.Call
	for day, reported := range []int{10, 25, 40} { // minutes after the whistle
		c, err := grid.Raise(grid.CallRequest{
			Street: governance.MustParseCode("110105001"), Kind: grid.WhistleResident, Category: grid.CallDisputeResolution,
			Item: "JD-032", Summary: "占道经营", Caller: "街道",
			Departments: []grid.Department{"district-enforcement", "district-market-bureau"},
		}, streetDuties(), p, at(time.November, 3+day, 9, 0))
		must(err)
		must(c.Report("district-enforcement", at(time.November, 3+day, 9, reported)))
		calls = append(calls, c)
	}
	for _, t := range grid.TimelinessOf(slices.Values(calls), at(time.November, 1, 0, 0), at(time.December, 1, 0, 0)) {
		fmt.Printf("%s summoned %d, on time %d, late %d, missing %d, rate %.2f\n", t.Department, t.Summoned, t.OnTime, t.Late, t.Missing, t.Rate)
	}
	street := 100 * 2.0 / 3.0 // the street scores the enforcement bureau by its rate
	fmt.Printf("assessment %.1f\n", p.Assess(street, 90))
	// Output:
	// district-enforcement summoned 3, on time 2, late 1, missing 0, rate 0.67
	// district-market-bureau summoned 3, on time 0, late 0, missing 3, rate 0.00
	// assessment 80.7
}
