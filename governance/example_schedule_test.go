package governance_test

import (
	"encoding/json"
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// A rule that changes over time is a Schedule: each value with the span it
// is in force, Until exclusive, so the day of the change belongs to the new
// value. Benxi raised the community workers' monthly base to 3,400 yuan from
// 2023-01-01; the earlier 3,000 and its start are illustrative.
//
// Source: RULES.md §11 (Benxi, local report); the 3,000-yuan entry is
// illustrative.
func ExampleSchedule_At_basePayChange() {
	d := governance.MustParseDate
	base := governance.Schedule[int]{
		{From: d("2020-01-01"), Until: d("2023-01-01"), Value: 3000, Source: "illustrative"},
		{From: d("2023-01-01"), Value: 3400, Source: "Benxi (local report)"},
	}
	fmt.Println(base.Validate().Err())
	for _, on := range []string{"2019-12-31", "2022-12-31", "2023-01-01", "2025-10-01"} {
		v, ok := base.At(d(on))
		fmt.Println(on, v, ok)
	}
	b, _ := json.Marshal(base)
	fmt.Println(string(b))
	// Output:
	// <nil>
	// 2019-12-31 0 false
	// 2022-12-31 3000 true
	// 2023-01-01 3400 true
	// 2025-10-01 3400 true
	// [{"from":"2020-01-01","until":"2023-01-01","value":3000,"source":"illustrative"},{"from":"2023-01-01","value":3400,"source":"Benxi (local report)"}]
}

// Validate reports every problem of a schedule at once: here two entries
// both claim 2023, and one names no source.
func ExampleSchedule_Validate() {
	d := governance.MustParseDate
	base := governance.Schedule[int]{
		{From: d("2020-01-01"), Value: 3000},
		{From: d("2023-01-01"), Value: 3400, Source: "Benxi (local report)"},
	}
	for _, p := range base.Validate() {
		fmt.Println(p.Severity, p.Message(language.SimplifiedChinese))
		fmt.Println(p.Severity, p.Message(language.English))
	}
	// Output:
	// warning [0].source: 未注明依据（文件名称、文号）
	// warning [0].source: names no source (the document and its number)
	// error [1].from: 与第 0 条（从 0 起算）重叠，自 2023-01-01 起
	// error [1].from: overlaps entry 0 (counting from 0) from 2023-01-01
}
