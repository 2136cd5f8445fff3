package volunteer_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/volunteer"
	"golang.org/x/text/language"
)

// weekly returns a ledger in which li-ming served four hours every week of
// 2025 from 6 January until the hours reach total.
func weekly(total int) *volunteer.Ledger {
	l := volunteer.NewLedger()
	clerk := volunteer.Recorder{Org: "xibei-community", Person: "clerk-wang"}
	start := time.Date(2025, 1, 6, 9, 0, 0, 0, cst)
	for i := 0; i*4 < total; i++ {
		a := volunteer.Activity{
			ID: volunteer.ActivityID(fmt.Sprintf("visit-%02d", i)), Name: "visiting elderly residents living alone",
			Kind: volunteer.KindElderly, Organiser: "xibei-community",
			Start: start.AddDate(0, 0, 7*i), End: start.AddDate(0, 0, 7*i).Add(4 * time.Hour),
		}
		check(l.AddActivity(a))
		_, err := l.Grant(volunteer.Service{Volunteer: "li-ming", Activity: a.ID, Duration: 4 * time.Hour, Recorder: clerk, Key: string(a.ID)}, a.End)
		check(err)
	}
	return l
}

// A star award is published for at least five workdays (公示) before it is
// conferred, counted on the State Council's calendar (the provinces'
// star-recognition rules; 国办发明电〔2024〕12号 for 2025). Published on
// Monday 29 September 2025, the five workdays after it are 30 September,
// 9 and 10 October, Saturday 11 October (a make-up workday, 调休) and 13
// October: the National Day holiday of 1–8 October does not count.
func ExampleStarAward_Publish_nationalDay2025() {
	l := weekly(104)
	a, err := volunteer.Nominate(volunteer.Nomination{Volunteer: "li-ming", Body: "district-volunteer-federation"},
		l, volunteer.DefaultPolicy(), time.Date(2025, 9, 26, 15, 0, 0, 0, cst))
	check(err)
	fmt.Println(a.Star().Label(language.SimplifiedChinese), a.Hours())

	check(a.Publish(governance.China(), time.Date(2025, 9, 29, 10, 0, 0, 0, cst)))
	fmt.Println("published until", a.PublishedUntil().Format("2006-01-02 15:04 Mon"))

	err = a.Confer(l, time.Date(2025, 10, 13, 17, 0, 0, 0, cst))
	fmt.Println("13 October:", errors.Is(err, volunteer.ErrPublication), a.State())
	check(a.Confer(l, time.Date(2025, 10, 14, 9, 0, 0, 0, cst)))
	fmt.Println("14 October:", a.State().Label(language.English), "/", a.State().Label(language.SimplifiedChinese))
	// Output:
	// 一星级志愿者 104h0m0s
	// published until 2025-10-14 00:00 Tue
	// 13 October: true published
	// 14 October: awarded / 已认定
}

// An objection during publication stops the award until the body decides:
// sustained, the award is withdrawn (the provinces' star-recognition
// rules).
func ExampleStarAward_Sustain() {
	l := weekly(104)
	a, err := volunteer.Nominate(volunteer.Nomination{Volunteer: "li-ming", Body: "district-volunteer-federation"},
		l, volunteer.DefaultPolicy(), time.Date(2025, 11, 3, 9, 0, 0, 0, cst))
	check(err)
	check(a.Publish(governance.China(), time.Date(2025, 11, 3, 10, 0, 0, 0, cst)))
	check(a.Object("resident-zhou", "the May visits did not happen", time.Date(2025, 11, 5, 10, 0, 0, 0, cst)))
	check(a.Sustain("sign-in sheets for May are missing", time.Date(2025, 11, 12, 10, 0, 0, 0, cst)))
	for _, s := range a.History() {
		fmt.Printf("%s %-29s %-8s → %s\n", s.At.Format("01-02 15:04"), s.Actor, s.Verb, s.To.Label(language.SimplifiedChinese))
	}
	// Output:
	// 11-03 09:00 district-volunteer-federation nominate → 符合条件
	// 11-03 10:00 district-volunteer-federation publish  → 公示中
	// 11-05 10:00 resident-zhou                 object   → 异议处理中
	// 11-12 10:00 district-volunteer-federation sustain  → 已撤回
}
