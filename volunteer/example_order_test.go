package volunteer_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/volunteer"
	"golang.org/x/text/language"
)

// A service order's life (群众点单、支部下单、党员接单, Zhangzhou, report): a
// resident orders, the branch dispatches to a party member, who declines;
// dispatched again to a volunteer, it is taken within the policy's 24 hours
// (illustrative), completed, rated, and the hours go to the ledger under the
// order's ID. A second order, never taken, is overdue the day after the day
// wanted.
func ExampleOrder_life() {
	at := func(day, hour int) time.Time { return time.Date(2025, 6, day, hour, 0, 0, 0, cst) }
	p := volunteer.DefaultPolicy()
	n := volunteer.Need{
		Resident: "resident-chen", Branch: "branch-3", Community: "350203001001", Kind: volunteer.KindElderly,
		Category: "home repair", Place: "building 5, unit 2", Summary: "fix a leaking tap",
		WantedBy: governance.MustDate(2025, 6, 5),
	}
	o, err := volunteer.Place("zz-0603-01", n, p, at(3, 8))
	check(err)
	check(o.Dispatch(volunteer.Assignee{Kind: volunteer.AssigneePartyMember, Person: "member-lin"}, at(3, 9)))
	fmt.Println("take by", o.TakeBy().Format("01-02 15:04"), "due", o.Due().Format("01-02 15:04"))
	check(o.Decline("on a business trip", at(3, 11)))
	check(o.Dispatch(volunteer.Assignee{Kind: volunteer.AssigneeVolunteer, Person: "li-ming"}, at(3, 14)))
	check(o.Take(at(4, 8)))
	check(o.Complete("washer replaced", at(4, 10)))
	check(o.Rate(volunteer.SatisfactionSatisfied, "quick and tidy", at(4, 18)))
	for _, s := range o.History() {
		fmt.Printf("%s %-13s %-9s %s\n", s.At.Format("01-02 15:04"), s.Actor, s.Verb, s.To.Label(language.SimplifiedChinese))
	}

	l := volunteer.NewLedger()
	e, err := l.GrantOrder(o, "li-ming", 90*time.Minute, volunteer.Recorder{Org: "branch-3", Person: "secretary-he"}, at(5, 9))
	check(err)
	fmt.Println("granted", e.Duration, "for", e.Activity, "under key", e.Key)

	late, err := volunteer.Place("zz-0603-02", n, p, at(3, 9))
	check(err)
	orders := slices.Values([]*volunteer.Order{o, late})
	fmt.Println("overdue on 5 June 23:00:", len(volunteer.OverdueOrders(orders, at(5, 23))))
	for _, x := range volunteer.OverdueOrders(orders, at(6, 0)) {
		fmt.Println("overdue on 6 June:", x.ID(), x.State())
	}
	// Output:
	// take by 06-04 09:00 due 06-06 00:00
	// 06-03 08:00 resident-chen place     已点单
	// 06-03 09:00 branch-3      dispatch  已派单
	// 06-03 11:00 member-lin    decline   已点单
	// 06-03 14:00 branch-3      dispatch  已派单
	// 06-04 08:00 li-ming       take      已接单
	// 06-04 10:00 li-ming       complete  已完成
	// 06-04 18:00 resident-chen rate      已评价
	// granted 1h30m0s for order/zz-0603-01 under key zz-0603-01
	// overdue on 5 June 23:00: 0
	// overdue on 6 June: zz-0603-02 placed
}
