package governance_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// A department that wants communities to take on a new item applies at
// least 30 workdays before the item starts, and the decision is due within
// 15 workdays (Beijing Xicheng's admission procedure; local numbers, the
// defaults of DefaultAdmissionPolicy). For an item starting on Monday
// 3 November 2025 the National Day holiday (1–8 October, with the make-up
// workdays 28 September and 11 October; 国办发明电〔2024〕12号) moves the
// latest application day back to Tuesday 16 September: six weeks of
// weekdays would have said 22 September. Applied on that day, the decision
// is due on 13 October; a day later the application is too late.
func ExampleApply_xichengLeadTimeAcrossNationalDay() {
	cal := governance.China()
	policy := governance.DefaultAdmissionPolicy()
	start := governance.MustParseDate("2025-11-03")

	latest, err := policy.LatestApplication(cal, start)
	if err != nil {
		panic(err)
	}
	fmt.Println("start:", start, start.Weekday())
	fmt.Println("latest application:", latest, latest.Weekday())

	cst := time.FixedZone("CST", 8*3600)
	req := governance.AdmissionRequest{
		ID: "XC-2025-017",
		Item: governance.DutyItem{
			ID: "A1", Title: "燃气安全入户检查", Kind: governance.DutyAssisting,
			Level: governance.LevelCommunity, Department: "区城市管理委员会",
		},
		Scope:     governance.MustParseCode("110102"),
		Applicant: "区城市管理委员会",
		Start:     start,
	}
	a, err := governance.Apply(req, policy, cal, latest.In(cst).Add(17*time.Hour))
	if err != nil {
		panic(err)
	}
	fmt.Println("applied:", a.Applied().Format("2006-01-02 15:04"), a.State())
	fmt.Println("decision due:", a.Due().Format("2006-01-02 15:04 Mon"))
	fmt.Println("overdue on 2025-10-14:", a.Overdue(time.Date(2025, 10, 14, 9, 0, 0, 0, cst)))

	_, err = governance.Apply(req, policy, cal, latest.AddDays(1).In(cst).Add(9*time.Hour))
	var ps governance.Problems
	if errors.As(err, &ps) {
		fmt.Println(ps[0].Message(language.SimplifiedChinese))
		fmt.Println(ps[0].Message(language.English))
	}
	// Output:
	// start: 2025-11-03 Monday
	// latest application: 2025-09-16 Tuesday
	// applied: 2025-09-16 17:00 applied
	// decision due: 2025-10-13 17:00 Mon
	// overdue on 2025-10-14: true
	// start: 事项 2025-11-03 开始，应至少提前 30 个工作日申请，最迟 2025-09-16，2025-09-17 申请已逾期
	// start: for a start on 2025-11-03 the application is due at least 30 workdays ahead, by 2025-09-16; applying on 2025-09-17 is too late
}

// An urgent item may be admitted temporarily, for a fixed period and with
// consent; after the period it lapses and the community may refuse it again
// (RULES.md §7; Beijing Xicheng, local). Here a flood-season item is
// admitted from 21 July until 1 August 2025 (exclusive).
func ExampleAdmission_AdmitTemporarily_urgentItemLapses() {
	cst := time.FixedZone("CST", 8*3600)
	req := governance.AdmissionRequest{
		ID: "XC-2025-031",
		Item: governance.DutyItem{
			ID: "A7", Title: "汛期危旧房屋巡查", Kind: governance.DutyAssisting,
			Level: governance.LevelCommunity, Department: "区住房城乡建设委",
		},
		Scope:     governance.MustParseCode("110102"),
		Applicant: "区住房城乡建设委",
		Start:     governance.MustParseDate("2025-07-21"),
		Urgent:    true,
		Reason:    "强降雨预警",
	}
	a, err := governance.Apply(req, governance.DefaultAdmissionPolicy(), governance.China(), time.Date(2025, 7, 18, 16, 0, 0, 0, cst))
	if err != nil {
		panic(err)
	}
	// Approving an urgent item for good is not a step of the procedure.
	err = a.Approve("区社区建设工作领导小组", "", time.Date(2025, 7, 19, 9, 0, 0, 0, cst))
	fmt.Println("approve:", errors.Is(err, governance.ErrInvalidTransition))

	err = a.AdmitTemporarily(governance.MustParseDate("2025-08-01"), "社区居委会", "街道工委", time.Date(2025, 7, 19, 9, 0, 0, 0, cst))
	if err != nil {
		panic(err)
	}
	for _, d := range []string{"2025-07-20", "2025-07-21", "2025-07-31", "2025-08-01"} {
		on := governance.MustParseDate(d)
		fmt.Printf("%s %-9s in force %v\n", d, a.StateOn(on), a.InForce(on))
	}
	for _, s := range a.History() {
		fmt.Println(s.At.Format("2006-01-02 15:04"), s.Verb, s.From, "→", s.To, s.Actor, s.Note)
	}
	// Output:
	// approve: true
	// 2025-07-20 temporary in force false
	// 2025-07-21 temporary in force true
	// 2025-07-31 temporary in force true
	// 2025-08-01 lapsed    in force false
	// 2025-07-18 16:00 apply unknown → applied_urgent 区住房城乡建设委 强降雨预警
	// 2025-07-19 09:00 admit_temporarily applied_urgent → temporary 街道工委 社区居委会
}

// The admission procedure as a table (RULES.md §7): each verb and the
// states it leads from and to. A transition without a source creates the
// admission.
func ExampleAdmissionTransitions() {
	for _, t := range governance.AdmissionTransitions() {
		by := t.Verb.String()
		if t.When != "" {
			by = "(by itself, on the " + t.When + ")"
		}
		fmt.Println(by, t.From, "→", t.To)
	}
	// Output:
	// apply [] → applied
	// apply [] → applied_urgent
	// approve [applied] → admitted
	// reject [applied applied_urgent] → rejected
	// admit_temporarily [applied_urgent] → temporary
	// revoke [admitted temporary] → revoked
	// (by itself, on the end date) [temporary] → lapsed
}
