package grid_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"golang.org/x/text/language"
)

// cst is Beijing time, fixed so that examples print the same everywhere.
var cst = time.FixedZone("CST", 8*3600)

func at(month time.Month, day, hour, minute int) time.Time {
	return time.Date(2025, month, day, hour, minute, 0, 0, cst)
}

func stamp(t time.Time) string { return t.Format("2006-01-02 15:04 Mon") }

// appeal is a resident's appeal about a broken street lamp in a grid of
// Beijing's Chaoyang district.
func appeal(u grid.Urgency) grid.Intake {
	return grid.Intake{
		ID:       "12345-20250930-0001",
		Kind:     grid.KindHelp,
		Channel:  grid.ChannelHotline,
		Urgency:  u,
		Unit:     governance.MustParseCode("110105001001001"),
		Category: "street_lamp",
		Summary:  "路灯不亮",
		Receiver: "12345-centre",
	}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// A normal appeal has 5 workdays (Jinan 2018, the default; Beijing's
// practice is 7 days). Received on 30 September 2025, the day before the
// National Day holiday (1–8 October, with Saturday 11 October a make-up
// workday), it is due on Tuesday 14 October at the same time of day; an
// emergency is due 2 hours after it came in, holiday or not.
//
// Source: RULES.md §8 (limits); 国办发明电〔2024〕12号 (the 2025 holidays).
func ExampleOpen_nationalDay2025() {
	cal := governance.China()
	p := grid.DefaultPolicy()
	for _, u := range []grid.Urgency{grid.UrgencyEmergency, grid.UrgencyUrgent, grid.UrgencyNormal, grid.UrgencyComplex} {
		w, err := grid.Open(appeal(u), p, cal, at(time.September, 30, 10, 0))
		must(err)
		fmt.Printf("%-9s %-5s due %s\n", u, w.Limit(), stamp(w.Due()))
	}
	// Output:
	// emergency 2h    due 2025-09-30 12:00 Tue
	// urgent    24h   due 2025-10-01 10:00 Wed
	// normal    5wd   due 2025-10-14 10:00 Tue
	// complex   15wd  due 2025-10-28 10:00 Tue
}

// Time on hold (挂账) does not count: the due instant moves later by the
// paused time, in the limit's unit — whole workdays for a workday limit.
// Suspended on Thursday and resumed the next Tuesday, the order lost three
// workdays (Friday, Monday, Tuesday), so it is due three workdays later.
//
// Source: RULES.md §8 (挂账, the clock stops).
func ExampleWorkOrder_Suspend_pauseMovesDue() {
	cal := governance.China()
	w, err := grid.Open(appeal(grid.UrgencyNormal), grid.DefaultPolicy(), cal, at(time.November, 3, 9, 0))
	must(err)
	fmt.Println("opened, due", stamp(w.Due()))
	must(w.Dispatch("street-lighting", at(time.November, 3, 9, 30)))
	must(w.Accept(at(time.November, 3, 10, 0)))
	must(w.Suspend("等待更换电缆", at(time.November, 6, 15, 0)))
	fmt.Println(w.State(), "overdue on 12 Nov:", w.Overdue(at(time.November, 12, 9, 0)))
	must(w.Resume(at(time.November, 11, 9, 0)))
	fmt.Println("resumed, due", stamp(w.Due()))

	// An hour limit moves by the paused duration itself.
	h, err := grid.Open(appeal(grid.UrgencyUrgent), grid.DefaultPolicy(), cal, at(time.November, 3, 9, 0))
	must(err)
	must(h.Dispatch("water-company", at(time.November, 3, 9, 10)))
	must(h.Accept(at(time.November, 3, 9, 20)))
	must(h.Suspend("停水检修", at(time.November, 3, 12, 0)))
	must(h.Resume(at(time.November, 3, 18, 30)))
	fmt.Println("urgent, due", stamp(h.Due()))
	// Output:
	// opened, due 2025-11-10 09:00 Mon
	// suspended overdue on 12 Nov: false
	// resumed, due 2025-11-13 09:00 Thu
	// urgent, due 2025-11-04 15:30 Tue
}

// A department the centre designated may not return the order (Weifang
// 2021); a department it merely dispatched to may, and the clock stops
// until the order is dispatched again.
//
// Source: RULES.md §8 (退单; designated bodies, 潍坊 2021).
func ExampleWorkOrder_Return_designatedRefused() {
	p := grid.DefaultPolicy()
	cal := governance.China()

	w, err := grid.Open(appeal(grid.UrgencyUrgent), p, cal, at(time.November, 3, 9, 0))
	must(err)
	must(w.Designate("street-lighting", at(time.November, 3, 9, 10)))
	err = w.Return("不属于本单位职责", at(time.November, 3, 10, 0))
	fmt.Println(errors.Is(err, grid.ErrDesignated), errors.Is(err, governance.ErrInvalidTransition), w.State())

	v, err := grid.Open(appeal(grid.UrgencyUrgent), p, cal, at(time.November, 3, 9, 0))
	must(err)
	must(v.Dispatch("district-housing-bureau", at(time.November, 3, 9, 10)))
	must(v.Return("不属于本单位职责", at(time.November, 3, 10, 0)))
	fmt.Println(v.State(), "due", stamp(v.Due()))
	must(v.Dispatch("street-lighting", at(time.November, 3, 11, 0)))
	fmt.Println(v.State(), "due", stamp(v.Due()))
	// Output:
	// true true dispatched
	// returned due 2025-11-04 09:00 Tue
	// dispatched due 2025-11-04 10:00 Tue
}

// A review that finds the caller dissatisfied sends the order back to the
// department to do again (退回再办); its limit counts afresh. A satisfied
// review closes it.
//
// Source: RULES.md §8.
func ExampleWorkOrder_Reopen_dissatisfied() {
	cal := governance.China()
	w, err := grid.Open(appeal(grid.UrgencyNormal), grid.DefaultPolicy(), cal, at(time.November, 3, 9, 0))
	must(err)
	must(w.Dispatch("street-lighting", at(time.November, 3, 9, 30)))
	must(w.Accept(at(time.November, 3, 10, 0)))
	must(w.Resolve("已更换灯泡", at(time.November, 4, 16, 0)))
	must(w.Review(grid.Feedback{Contacted: true, Resolved: false, Satisfaction: grid.SatisfactionDissatisfied}, at(time.November, 5, 10, 0)))
	must(w.Reopen("灯仍不亮", at(time.November, 5, 10, 5)))
	fmt.Println(w.State(), "due", stamp(w.Due()))
	must(w.Accept(at(time.November, 5, 11, 0)))
	must(w.Resolve("已修复线路", at(time.November, 6, 15, 0)))
	must(w.Review(grid.Feedback{Contacted: true, Resolved: true, Satisfaction: grid.SatisfactionSatisfied}, at(time.November, 7, 10, 0)))
	fmt.Println(w.Reopen("再查", at(time.November, 7, 10, 5)) != nil)
	must(w.Close(at(time.November, 7, 10, 10)))
	for _, s := range w.History() {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%s %-10s %-10s → %-10s %s %s", s.At.Format("01-02 15:04"), s.Verb, s.From, s.To, s.Actor, s.Note)))
	}
	// Output:
	// dispatched due 2025-11-12 10:05 Wed
	// true
	// 11-03 09:00 open       unknown    → received   12345-centre
	// 11-03 09:30 dispatch   received   → dispatched 12345-centre street-lighting
	// 11-03 10:00 accept     dispatched → accepted   street-lighting
	// 11-04 16:00 resolve    accepted   → resolved   street-lighting 已更换灯泡
	// 11-05 10:00 review     resolved   → reviewed   12345-centre contacted unresolved dissatisfied
	// 11-05 10:05 reopen     reviewed   → dispatched 12345-centre 灯仍不亮
	// 11-05 11:00 accept     dispatched → accepted   street-lighting
	// 11-06 15:00 resolve    accepted   → resolved   street-lighting 已修复线路
	// 11-07 10:00 review     resolved   → reviewed   12345-centre contacted resolved satisfied
	// 11-07 10:10 close      reviewed   → closed     12345-centre
}

// An extension needs an approver and a reason, which the caller is told,
// and moves the due instant by its own limit.
//
// Source: RULES.md §8.
func ExampleWorkOrder_Extend() {
	cal := governance.China()
	w, err := grid.Open(appeal(grid.UrgencyNormal), grid.DefaultPolicy(), cal, at(time.November, 3, 9, 0))
	must(err)
	must(w.Dispatch("district-housing-bureau", at(time.November, 3, 9, 30)))
	must(w.Accept(at(time.November, 3, 10, 0)))
	fmt.Println("due", stamp(w.Due()))
	err = w.Extend(grid.Limit{Workdays: 3}, "", "需协调产权单位", at(time.November, 7, 9, 0))
	fmt.Println(errors.Is(err, grid.ErrArgument))
	must(w.Extend(grid.Limit{Workdays: 3}, "区住建委 王主任", "需协调产权单位", at(time.November, 7, 9, 0)))
	fmt.Println("due", stamp(w.Due()))
	// Output:
	// due 2025-11-10 09:00 Mon
	// true
	// due 2025-11-13 09:00 Thu
}

// An overdue order is supervised (督办), up to the policy's highest level;
// an order on time is not.
//
// Source: RULES.md §8; the three levels are illustrative.
func ExampleWorkOrder_Supervise() {
	w, err := grid.Open(appeal(grid.UrgencyEmergency), grid.DefaultPolicy(), nil, at(time.November, 3, 9, 0))
	must(err)
	must(w.Dispatch("street-enforcement", at(time.November, 3, 9, 5)))
	fmt.Println(errors.Is(w.Supervise("区督查室", at(time.November, 3, 10, 0)), grid.ErrNotOverdue))
	for range 4 {
		err := w.Supervise("区督查室", at(time.November, 3, 12, 0))
		fmt.Println(w.Supervision(), err != nil)
	}
	// Output:
	// true
	// 1 false
	// 2 false
	// 3 false
	// 3 true
}

// A consultation answered on the spot is closed at once; an emergency is
// handed to 110, 119, 120 or 122 at once; an intake that is not accepted is
// declined with a notice to the caller, in the caller's language.
//
// Source: 北京市接诉即办工作条例 2021 (RULES.md §8).
func ExampleWorkOrder_Decline() {
	p := grid.DefaultPolicy()
	cal := governance.China()

	ask := appeal(grid.UrgencyNormal)
	ask.Kind = grid.KindConsultation
	a, err := grid.Open(ask, p, cal, at(time.November, 3, 9, 0))
	must(err)
	must(a.Answer("办理时间为工作日 9:00–17:00", at(time.November, 3, 9, 3)))
	fmt.Println("consultation:", a.State())

	fire, err := grid.Open(appeal(grid.UrgencyEmergency), p, cal, at(time.November, 3, 9, 0))
	must(err)
	must(fire.Transfer(grid.ServiceFire, at(time.November, 3, 9, 1)))
	s, _ := fire.Transferred()
	fmt.Println("emergency:", fire.State(), s.Label(language.English))

	suit, err := grid.Open(appeal(grid.UrgencyNormal), p, cal, at(time.November, 3, 9, 0))
	must(err)
	must(suit.Decline(grid.DeclineOtherChannel, at(time.November, 3, 9, 5)))
	r, _ := suit.Declined()
	fmt.Println("declined:", suit.State(), r)
	fmt.Println(r.Notice(language.SimplifiedChinese))
	fmt.Println(r.Notice(language.English))
	// Output:
	// consultation: closed
	// emergency: closed 119 fire
	// declined: closed other_channel
	// 您反映的事项应当通过诉讼、仲裁、纪检监察、行政复议、政府信息公开、信访等法定途径解决，本平台不予受理，请依法向有关机关提出。
	// Your matter is for litigation, arbitration, discipline inspection, administrative review, government information disclosure or the petition system; this platform cannot accept it. Please raise it with the competent body through that channel.
}

// A resolved order is reviewed at the latest when its limit expires; an
// order resolved late is due for review at once.
//
// Source: RULES.md §8 (review at the latest when the limit expires).
func ExampleDueForReview() {
	p := grid.DefaultPolicy()
	var orders []*grid.WorkOrder
	for i, resolved := range []time.Time{at(time.November, 3, 10, 0), at(time.November, 3, 12, 30)} {
		w, err := grid.Open(appeal(grid.UrgencyEmergency), p, nil, at(time.November, 3, 9, 0))
		must(err)
		must(w.Dispatch(grid.Department(fmt.Sprint("team-", i+1)), at(time.November, 3, 9, 5)))
		must(w.Accept(at(time.November, 3, 9, 10)))
		must(w.Resolve("处置完毕", resolved))
		orders = append(orders, w)
	}
	for _, now := range []time.Time{at(time.November, 3, 10, 30), at(time.November, 3, 12, 45)} {
		var due []string
		for w := range grid.DueForReview(slices.Values(orders), now) {
			d, _ := w.Department()
			due = append(due, string(d))
		}
		fmt.Println(now.Format("15:04"), due)
	}
	// Output:
	// 10:30 []
	// 12:45 [team-1 team-2]
}

// The rates of a small month, over the reviewed orders only (Beijing §32,
// with the formulas of practice): response = contacted / reviewed,
// resolution = resolved / reviewed, satisfaction = (satisfied + 0.9 ×
// basically satisfied) / reviewed, composite = 0.1 response + 0.5
// resolution + 0.4 satisfaction.
//
// Source: 北京市接诉即办工作条例 2021 §32; RULES.md §8.
func ExampleMeasure_smallMonth() {
	p := grid.DefaultPolicy()
	feedback := []grid.Feedback{
		{Contacted: true, Resolved: true, Satisfaction: grid.SatisfactionSatisfied},
		{Contacted: true, Resolved: true, Satisfaction: grid.SatisfactionSatisfied},
		{Contacted: true, Resolved: true, Satisfaction: grid.SatisfactionBasically},
		{Contacted: true, Resolved: false, Satisfaction: grid.SatisfactionDissatisfied},
		{Contacted: false, Resolved: true},
	}
	var orders []*grid.WorkOrder
	for i, f := range feedback {
		w, err := grid.Open(appeal(grid.UrgencyUrgent), p, nil, at(time.November, 3+i, 9, 0))
		must(err)
		must(w.Dispatch("street-lighting", at(time.November, 3+i, 9, 10)))
		signed := at(time.November, 3+i, 9, 10).Add([]time.Duration{20, 30, 60, 180, 240}[i] * time.Minute)
		must(w.Accept(signed)) // the last two sign more than 2 hours after dispatch
		resolved := at(time.November, 3+i, 15, 0)
		if i == 4 {
			resolved = at(time.November, 4+i, 12, 0) // 27 hours after opening: late
		}
		must(w.Resolve("处置完毕", resolved))
		must(w.Review(f, at(time.November, 5+i, 11, 0)))
		orders = append(orders, w)
	}
	open, err := grid.Open(appeal(grid.UrgencyUrgent), p, nil, at(time.November, 20, 9, 0))
	must(err)
	orders = append(orders, open) // not reviewed: not counted

	r := grid.Measure(slices.Values(orders), p)
	fmt.Printf("reviewed %d\nresponse %.2f\nresolution %.2f\nsatisfaction %.2f\ncomposite %.3f\non-time acceptance %.2f\non-time resolution %.2f\n",
		r.Reviewed, r.Response, r.Resolution, r.Satisfaction, r.Composite, r.OnTimeAcceptance, r.OnTimeResolution)
	// Output:
	// reviewed 5
	// response 0.80
	// resolution 0.80
	// satisfaction 0.58
	// composite 0.712
	// on-time acceptance 0.60
	// on-time resolution 0.80
}

// Rates are grouped by grid, community or street (the unit code's
// ancestor) and by department.
//
// Source: RULES.md §8.
func ExampleMeasureBy() {
	p := grid.DefaultPolicy()
	units := []string{"110105001001001", "110105001001002", "110105001002001", "110105002001001"}
	var orders []*grid.WorkOrder
	for i, u := range units {
		in := appeal(grid.UrgencyUrgent)
		in.Unit = governance.MustParseCode(u)
		w, err := grid.Open(in, p, nil, at(time.November, 3, 9, 0))
		must(err)
		must(w.Dispatch(grid.Department([]string{"lighting", "lighting", "water", "water"}[i]), at(time.November, 3, 9, 10)))
		must(w.Accept(at(time.November, 3, 9, 20)))
		must(w.Resolve("处置完毕", at(time.November, 3, 15, 0)))
		must(w.Review(grid.Feedback{Contacted: true, Resolved: i != 1, Satisfaction: grid.SatisfactionSatisfied}, at(time.November, 4, 10, 0)))
		orders = append(orders, w)
	}
	for _, g := range grid.MeasureBy(slices.Values(orders), p, grid.ByUnit(governance.LevelCommunity)) {
		fmt.Println(g.Key, g.Rates.Reviewed, g.Rates.Resolution)
	}
	for _, g := range grid.MeasureBy(slices.Values(orders), p, grid.ByUnit(governance.LevelStreet)) {
		fmt.Println(g.Key, g.Rates.Reviewed, g.Rates.Resolution)
	}
	for _, g := range grid.MeasureBy(slices.Values(orders), p, grid.ByDepartment) {
		fmt.Println(g.Key, g.Rates.Reviewed, g.Rates.Resolution)
	}
	// Output:
	// 110105001001 2 0.5
	// 110105001002 1 1
	// 110105002001 1 1
	// 110105001000 3 0.6666666666666666
	// 110105002000 1 1
	// lighting 2 0.5
	// water 2 1
}

// A matter whose category the dispatch table knows goes straight to the
// responsible body, by the level of the unit it is in; an unclear one goes
// to the district government.
//
// Source: RULES.md §8 (北京市接诉即办工作条例 2021); the table is
// illustrative.
func ExampleRouter_Route_unclearToDistrict() {
	r := grid.DefaultRouter()
	for _, c := range []struct{ category, unit string }{
		{"neighbour_dispute", "110105001001001"},
		{"neighbour_dispute", "110105001"},
		{"water", "110105001001"},
		{"noise_from_a_bar", "110105001001001"},
		{"", "110105001"},
	} {
		to, matched := r.Route(grid.Intake{Category: c.category, Unit: governance.MustParseCode(c.unit)})
		fmt.Printf("%-20q %-9s → %s (matched %v)\n", c.category, governance.MustParseCode(c.unit).Level(), to, matched)
	}
	// Output:
	// "neighbour_dispute"  grid      → community-mediation (matched true)
	// "neighbour_dispute"  street    → street-mediation (matched true)
	// "water"              community → water-company (matched true)
	// "noise_from_a_bar"   grid      → district-government (matched false)
	// ""                   street    → district-government (matched false)
}
