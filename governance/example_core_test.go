package governance_test

import (
	"errors"
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// ParseCode reads a statistical division code (统计用区划代码) of 2, 4, 6,
// 9 or 12 digits — 2 province, 2 city, 2 county, 3 township, 3 village;
// the first six are the GB/T 2260 administrative code — or a 15-digit grid
// code, and returns it in canonical form. The level is that of the last
// non-zero segment (RULES.md §1).
func ExampleParseCode() {
	for _, s := range []string{"12", "1201", "120101", "120101001", "120101001001", "120101001001003"} {
		c, err := governance.ParseCode(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-15s → %-15s %-9s %s / %s\n", s, c, c.Level(), c.Kind().Label(language.Chinese), c.Kind().Label(language.English))
	}
	// Output:
	// 12              → 120000000000    province  省 / province
	// 1201            → 120100000000    city      地级市 / city
	// 120101          → 120101000000    county    市辖区 / city district
	// 120101001       → 120101001000    street    街道 / street
	// 120101001001    → 120101001001    community 社区（居委会） / community (residents' committee)
	// 120101001001003 → 120101001001003 grid      综合网格 / comprehensive grid
}

// The segments of a division code say what kind of unit it names
// (统计用区划代码, RULES.md §1): county segment 01–20 市辖区, 21–70 县,
// 71–80 开发区, 81–99 县级市; township segment 001–099 街道, 100–199 镇,
// 200–299 乡, 400–599 other township-level units, 300–399 and 600–999
// unused; village segment 001–199 居委会, 200–399 村委会.
func ExampleCode_Kind() {
	for _, s := range []string{
		"220120", "220121", "220170", "220171", "220181",
		"220122099", "220122100", "220122299", "220122300", "220122400",
		"220122100199", "220122100200", "220122100400",
	} {
		c, err := governance.ParseCode(s)
		var ce *governance.CodeError
		if errors.As(err, &ce) {
			fmt.Printf("%-12s rejected: %s segment %s\n", s, ce.Segment, ce.Reason)
			continue
		}
		fmt.Printf("%-12s %s\n", s, c.Kind().Label(language.Chinese))
	}
	// Output:
	// 220120       市辖区
	// 220121       县
	// 220170       县
	// 220171       开发区（园区）
	// 220181       县级市
	// 220122099    街道
	// 220122100    镇
	// 220122299    乡
	// 220122300    rejected: township segment is outside 001–299 and 400–599
	// 220122400    其他乡级单位
	// 220122100199 社区（居委会）
	// 220122100200 村（村委会）
	// 220122100400 rejected: village segment is outside 001–399
}

// A unit contains the units whose codes lie under its own: the code alone
// answers, without a hierarchy.
func ExampleCode_Contains() {
	street := governance.MustParseCode("120101001")
	for _, s := range []string{"120101001", "120101001002", "120101001002007", "120101002001"} {
		fmt.Println(s, street.Contains(governance.MustParseCode(s)))
	}
	// Output:
	// 120101001 true
	// 120101001002 true
	// 120101001002007 true
	// 120101002001 false
}

// A hierarchy holds a street (街道), its communities (社区) and their grids
// (网格): children come in code order whatever order they were added in,
// descendants in pre-order, and a unit that records no figures counts its
// children's.
func ExampleHierarchy() {
	h, err := governance.NewHierarchy(governance.Unit{Code: governance.MustParseCode("120101001"), Name: "劝业场街道"})
	if err != nil {
		panic(err)
	}
	for _, u := range []governance.Unit{
		{Code: "120101001002", Name: "新兴社区"},
		{Code: "120101001001", Name: "福明社区", Households: 800},
		{Code: "120101001001002", Name: "第2网格", Households: 420, Residents: 1100},
		{Code: "120101001001001", Name: "第1网格", Households: 380, Residents: 990},
		{Code: "120101001002001", Name: "第1网格", Households: 460, Residents: 1200},
		{Code: "120101001002002", Name: "新兴小学", Kind: governance.KindExclusiveGrid},
	} {
		if err := h.Add(u); err != nil {
			panic(err)
		}
	}
	// A grid directly under the street is refused: it belongs to a community.
	fmt.Println(h.Add(governance.Unit{Code: "120101001003001", Name: "第1网格"}))

	fmt.Println("children:")
	for u := range h.Children("120101001000") {
		fmt.Println(" ", u.Code, u.Name)
	}
	fmt.Println("descendants:")
	for u := range h.Descendants("120101001000") {
		fmt.Println(" ", u.Code, u.Name, u.Kind.Label(language.Chinese))
	}
	households, residents := h.Figures("120101001000")
	fmt.Printf("%d units, %d households, %d residents\n", h.Len(), households, residents)
	fmt.Println("problems:", len(h.Validate()))
	// Output:
	// units[120101001003001].code: the parent 120101001003 of unit 120101001003001 is missing
	// children:
	//   120101001001 福明社区
	//   120101001002 新兴社区
	// descendants:
	//   120101001001 福明社区 社区（居委会）
	//   120101001001001 第1网格 综合网格
	//   120101001001002 第2网格 综合网格
	//   120101001002 新兴社区 社区（居委会）
	//   120101001002001 第1网格 综合网格
	//   120101001002002 新兴小学 专属网格
	// 7 units, 1260 households, 3290 residents
	// problems: 0
}

// Every problem has a permanent code, a path and text in zh-Hans and en;
// zh-TW and zh-HK read the Chinese text, any other language the English.
// Numbers are grouped as each language writes them.
func ExampleProblem_Message() {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "120101001001", Name: "福明社区", Households: 1200})
	_ = h.Add(governance.Unit{Code: "120101001001001", Name: "第1网格", Households: 1150})
	for _, p := range h.Validate() {
		fmt.Println(p.Code, p.Severity)
		for _, tag := range []language.Tag{language.SimplifiedChinese, language.English, language.MustParse("zh-TW"), language.French} {
			fmt.Printf("  %-7s %s\n", tag, p.Message(tag))
		}
	}
	// Output:
	// governance.unit.households_mismatch warning
	//   zh-Hans units[120101001001].households: 社区 120101001001 登记户数 1,200 与所辖网格户数之和 1,150 不一致
	//   en      units[120101001001].households: community 120101001001 records 1,200 households but its grids add up to 1,150
	//   zh-TW   units[120101001001].households: 社区 120101001001 登记户数 1,200 与所辖网格户数之和 1,150 不一致
	//   fr      units[120101001001].households: community 120101001001 records 1,200 households but its grids add up to 1,150
}

// Dates are days on the calendar, without a time of day or a zone: 29
// February exists only in leap years.
func ExampleParseDate() {
	for _, s := range []string{"2024-02-29", "2023-02-29"} {
		d, err := governance.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d, d.Weekday(), d.AddDays(1))
	}
	// Output:
	// 2024-02-29 Thursday 2024-03-01
	// governance: parsing date "2023-02-29": day out of range
}
