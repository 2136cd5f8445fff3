package funding_test

import (
	"fmt"
	"time"

	"github.com/jiceng/jiceng/funding"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

var (
	street     = governance.MustParseCode("120101001000") // a street of Tianjin's Heping district
	community1 = governance.MustParseCode("120101001001")
	community2 = governance.MustParseCode("120101001002")
	cst        = time.FixedZone("CST", 8*3600)
)

func hepingBudget() *funding.Budget {
	b, err := funding.NewBudget(2025, street, []funding.BudgetLine{
		{ID: "block", Name: "街道统筹经费", Class: funding.ClassBlockGrant, Source: funding.SourceCounty, Approved: funding.Yuan(10_000_000)},
		{ID: "service", Name: "服务群众专项经费", Class: funding.ClassServiceFunds, Source: funding.SourceCity, Approved: funding.Yuan(600_000)},
		{ID: "party", Name: "党建工作经费", Class: funding.ClassPartyBuilding, Source: funding.SourceStreet, Approved: funding.Yuan(200_000)},
	}, "和平区财政局", time.Date(2025, 1, 6, 9, 0, 0, 0, cst))
	if err != nil {
		panic(err)
	}
	return b
}

// A unit spends only what it has been allocated — except a rigid
// expenditure reimbursed at cost (实报实销), which is recorded even beyond
// the allocation; the overrun flags the line for revision until a revision
// and a further allocation cover it.
//
// Source: RULES.md §11 (Heping: community funds budgeted by department,
// paid centrally; rigid expenditures reimbursed at cost).
func ExampleBudget_Spend_rigidOverrun() {
	b := hepingBudget()
	at := time.Date(2025, 1, 20, 10, 0, 0, 0, cst)
	day := governance.MustParseDate("2025-01-20")
	_ = b.Allot("service", community1, funding.Yuan(50_000), "街道财政所", at)
	_ = b.Spend(funding.Expenditure{Line: "service", Unit: community1, Amount: funding.Yuan(45_000), Day: day, Payee: "养老服务站"}, "社区", at)

	// an ordinary expenditure beyond what is left is refused …
	err := b.Spend(funding.Expenditure{Line: "service", Unit: community1, Amount: funding.Yuan(8_000), Day: day, Payee: "维修公司"}, "社区", at)
	fmt.Println(err.(governance.Problems).Messages(language.SimplifiedChinese)[0])
	// … a rigid one is recorded, and the line needs revision
	err = b.Spend(funding.Expenditure{Line: "service", Unit: community1, Amount: funding.Yuan(8_000), Day: day, Payee: "供暖公司", Rigid: true}, "社区", at)
	fmt.Println(err, b.NeedsRevision("service"))
	for _, p := range b.Problems() {
		fmt.Println(p.Severity, p.Message(language.SimplifiedChinese))
		fmt.Println(p.Severity, p.Message(language.English))
	}

	// the revision needs an approver and a reason; then the allocation grows
	fmt.Println(b.Revise("service", funding.Yuan(603_000), "", "", at.Add(time.Hour)))
	_ = b.Revise("service", funding.Yuan(603_000), "和平区财政局", "冬季供暖刚性支出", at.Add(time.Hour))
	_ = b.Allot("service", community1, funding.Yuan(3_000), "街道财政所", at.Add(time.Hour))
	fmt.Println(b.NeedsRevision("service"), len(b.Problems()), b.Executed())
	// Output:
	// amount: 支出8000.00元超过120101001001在科目"service"上剩余的指标5000.00元
	// <nil> true
	// warning lines[1]: 刚性支出实报实销，120101001001在科目"service"上超支3000.00元，需调整预算
	// warning lines[1]: rigid expenditures reimbursed at cost overran the allocation of 120101001001 on line "service" by 3000.00 yuan: the line needs revision
	// approver: a revision needs its approver; reason: a revision needs its reason
	// false 0 53000.00
}

// Nothing in a budget's history is deleted: a mistaken entry is corrected
// by a reversing entry (冲正) of the opposite amount, and the history shows
// both.
func ExampleBudget_Reverse_correctionEntry() {
	b := hepingBudget()
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, cst)
	_ = b.Allot("party", community2, funding.Yuan(20_000), "街道财政所", at)
	x := funding.Expenditure{Line: "party", Unit: community2, Amount: funding.Yuan(3_600), Day: governance.MustParseDate("2025-03-03"), Payee: "党员教育基地"}
	_ = b.Spend(x, "社区", at)
	_ = b.Spend(x, "社区", at.Add(time.Minute)) // paid twice by mistake
	_ = b.Reverse(4, "重复支付", "街道财政所", at.Add(time.Hour))
	for _, e := range b.History() {
		if e.Note == "" {
			e.Note = "–"
		}
		fmt.Printf("%d %-7s %s %11s %s\n", e.Seq, e.Verb, e.Verb.Label(language.SimplifiedChinese), e.Amount, e.Note)
	}
	fmt.Println("executed", b.Executed())
	fmt.Println(b.Reverse(4, "重复支付", "街道财政所", at.Add(2*time.Hour)))
	// Output:
	// 1 approve 批复 10800000.00 –
	// 2 allot   下达    20000.00 –
	// 3 spend   支出     3600.00 –
	// 4 spend   支出     3600.00 –
	// 5 reverse 冲正    -3600.00 重复支付
	// executed 3600.00
	// reverses: entry 4 is already reversed
}

// The execution report (预算执行情况) gives each line's approved, revised,
// allocated and executed amounts, and the same by funding source and by
// unit. Heping gives each street a block grant of 10 million yuan a year to
// use as it decides (权随责走、费随事转).
//
// Source: RULES.md §11 and §12 (Heping, report).
func ExampleBudget_Execution_hepingBlockGrant() {
	b := hepingBudget()
	at := time.Date(2025, 2, 10, 9, 0, 0, 0, cst)
	day := governance.MustParseDate("2025-06-30")
	parts, _ := funding.Allocate(funding.Yuan(6_000_000), []int64{3120, 2875}) // by households
	_ = b.Allot("block", community1, parts[0], "街道", at)
	_ = b.Allot("block", community2, parts[1], "街道", at)
	_ = b.Spend(funding.Expenditure{Line: "block", Unit: community1, Amount: funding.MustParseMoney("1250000"), Day: day, Payee: "社区服务中心改造"}, "社区", at)
	_ = b.Allot("party", street, funding.Yuan(80_000), "街道", at)
	_ = b.Spend(funding.Expenditure{Line: "party", Unit: street, Amount: funding.MustParseMoney("61234.5"), Day: day, Payee: "党群服务中心"}, "街道", at)

	x := b.Execution()
	zh := language.SimplifiedChinese
	for _, l := range x.Lines {
		fmt.Printf("%s/%s: 批复 %s 调整 %s 下达 %s 执行 %s\n", l.Class.Label(zh), l.Source.Label(zh), l.Approved, l.Revised, l.Allocated, l.Executed)
	}
	for _, s := range x.Sources {
		fmt.Printf("%s: executed %s of %s\n", s.Source.Label(language.English), s.Executed, s.Revised)
	}
	for _, u := range x.Units {
		fmt.Printf("%s: allotted %s, executed %s\n", u.Unit, u.Allocated, u.Executed)
	}
	fmt.Println("total executed", x.Total.Executed.Display(zh), "balance", x.Total.Balance().Display(zh))
	// Output:
	// 街道统筹经费/区（县）级财政: 批复 10000000.00 调整 10000000.00 下达 6000000.00 执行 1250000.00
	// 服务群众专项经费/市级财政: 批复 600000.00 调整 600000.00 下达 0.00 执行 0.00
	// 党建工作经费/街道财政: 批复 200000.00 调整 200000.00 下达 80000.00 执行 61234.50
	// city: executed 0.00 of 600000.00
	// county or district: executed 1250000.00 of 10000000.00
	// street: executed 61234.50 of 200000.00
	// 120101001000: allotted 80000.00, executed 61234.50
	// 120101001001: allotted 3122602.17, executed 1250000.00
	// 120101001002: allotted 2877397.83, executed 0.00
	// total executed ¥1,311,234.50 balance ¥9,488,765.50
}
