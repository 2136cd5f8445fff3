package volunteer_test

import (
	"fmt"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/volunteer"
	"golang.org/x/text/language"
)

// A unit's co-building agreement with a community (共驻共建, dual reporting
// 双报到 as Heping practises it, report) has three lists — needs and
// resources, activities and services, assessment — and is checked each year
// against what the ledger and the service orders show the unit did in that
// community: here 3 of the 4 promised activities were held, so the year's
// promise is not met although the hours are.
func ExampleAgreement_Check_yearly() {
	const community governance.Code = "120101001001"
	a := volunteer.Agreement{
		Unit: "heping-tax-bureau", Community: community, Signed: governance.MustDate(2025, 1, 10),
		Needs:      []string{"help for small shops with e-invoicing"},
		Resources:  []string{"tax officers on Saturdays"},
		Projects:   []string{"monthly tax clinic", "invoice training"},
		Assessment: []volunteer.Target{{Measure: volunteer.MeasureHours, Value: 30}, {Measure: volunteer.MeasureActivities, Value: 4}, {Measure: volunteer.MeasureOrders, Value: 1}},
	}
	check(a.Validate().Err())

	l := volunteer.NewLedger()
	clerk := volunteer.Recorder{Org: "heping-tax-bureau", Person: "party-secretary"}
	for i, month := range []time.Month{time.March, time.June, time.October} {
		start := time.Date(2025, month, 15, 9, 0, 0, 0, cst)
		act := volunteer.Activity{ID: volunteer.ActivityID(fmt.Sprint("clinic-", month)), Name: "tax clinic", Kind: volunteer.KindEnterprise,
			Organiser: "heping-tax-bureau", Community: community, Start: start, End: start.Add(4 * time.Hour)}
		check(l.AddActivity(act))
		for j, v := range []string{"officer-a", "officer-b", "officer-c"} {
			_, err := l.Grant(volunteer.Service{Volunteer: governance.PersonID(v), Activity: act.ID, Duration: 4 * time.Hour,
				Recorder: clerk, Key: fmt.Sprint(i, "-", j)}, act.End)
			check(err)
		}
	}
	o, err := volunteer.Place("hp-1107", volunteer.Need{Resident: "shop-owner-zhang", Branch: "community-branch", Community: community,
		Kind: volunteer.KindEnterprise, Category: "tax", Place: "No. 12 Binjiang Road", Summary: "set up e-invoicing",
		WantedBy: governance.MustDate(2025, 11, 10)}, volunteer.DefaultPolicy(), time.Date(2025, 11, 7, 9, 0, 0, 0, cst))
	check(err)
	check(o.Dispatch(volunteer.Assignee{Kind: volunteer.AssigneeTeam, Team: "tax-service-team"}, time.Date(2025, 11, 7, 10, 0, 0, 0, cst)))
	check(o.Take(time.Date(2025, 11, 7, 11, 0, 0, 0, cst)))
	check(o.Complete("e-invoicing set up", time.Date(2025, 11, 8, 16, 0, 0, 0, cst)))

	c := a.Check(2025, volunteer.Records{
		Ledger: l, Orders: []*volunteer.Order{o},
		Teams: []volunteer.Team{{ID: "tax-service-team", Name: "税务服务队", Kind: volunteer.KindEnterprise, Unit: "heping-tax-bureau"}},
	})
	for _, line := range c.Lines {
		fmt.Printf("%-16s promised %2d, done %2d, met %-5v %s\n", line.Measure.Label(language.English), line.Promised, line.Done, line.Met, line.Measure.Label(language.SimplifiedChinese))
	}
	fmt.Println(c.Year, c.Subject, "met:", c.Met)
	// Output:
	// hours served     promised 30, done 36, met true  服务时长（小时）
	// activities       promised  4, done  3, met false 参与活动（次）
	// orders completed promised  1, done  1, met true  完成订单（件）
	// 2025 heping-tax-bureau met: false
}
