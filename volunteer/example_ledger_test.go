package volunteer_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/volunteer"
	"golang.org/x/text/language"
)

var cst = time.FixedZone("CST", 8*60*60)

// patrol is a four-hour evening patrol organised by a community.
func patrol() volunteer.Activity {
	start := time.Date(2025, 5, 10, 18, 0, 0, 0, cst)
	return volunteer.Activity{
		ID: "patrol-0510", Name: "evening safety patrol", Kind: volunteer.KindPatrol,
		Organiser: "xibei-community", Team: "xibei-safety", Community: "520115001001",
		Place: "Xibei street", Start: start, End: start.Add(4 * time.Hour),
	}
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}

// A retried request is harmless: the same idempotency key with the same
// content returns the first entry, and the ledger does not grow; the same
// key for anything else is refused. Only the organiser records its
// activity's hours (谁组织谁记录, 民政部 2021 志愿服务记录与证明出具办法).
func ExampleLedger_Grant_idempotent() {
	l := volunteer.NewLedger()
	check(l.AddActivity(patrol()))
	clerk := volunteer.Recorder{Org: "xibei-community", Person: "clerk-wang"}
	s := volunteer.Service{Volunteer: "li-ming", Activity: "patrol-0510", Duration: 3 * time.Hour, Recorder: clerk, Key: "sheet-0510-07"}

	first, err := l.Grant(s, time.Date(2025, 5, 11, 9, 0, 0, 0, cst))
	check(err)
	retry, err := l.Grant(s, time.Date(2025, 5, 11, 9, 5, 0, 0, cst))
	check(err)
	fmt.Println("first:", first.ID, first.Duration, "retry:", retry.ID, "entries:", l.Len())

	s.Duration = 4 * time.Hour
	_, err = l.Grant(s, time.Date(2025, 5, 11, 9, 6, 0, 0, cst))
	fmt.Println(err)

	s.Key, s.Recorder = "other-key", volunteer.Recorder{Org: "street-office", Person: "zhao"}
	_, err = l.Grant(s, time.Date(2025, 5, 11, 9, 7, 0, 0, cst))
	fmt.Println(err.(governance.Problems).Messages(language.SimplifiedChinese)[0])
	// Output:
	// first: 1 3h0m0s retry: 1 entries: 1
	// key: idempotency key sheet-0510-07 was used for entry 1 with different content
	// recorder.org: street-office不是活动组织方xibei-community，不得记录（谁组织谁记录）
}

// A wrong grant is voided, never deleted: the void is a new entry with its
// reason, and the grant stays in the ledger out of force. A correction on
// the volunteer's request voids and grants anew (民政部 2021
// 志愿服务记录与证明出具办法).
func ExampleLedger_Void() {
	l := volunteer.NewLedger()
	check(l.AddActivity(patrol()))
	clerk := volunteer.Recorder{Org: "xibei-community", Person: "clerk-wang"}
	at := time.Date(2025, 5, 11, 9, 0, 0, 0, cst)
	g, err := l.Grant(volunteer.Service{Volunteer: "li-ming", Activity: "patrol-0510", Duration: 4 * time.Hour, Recorder: clerk, Key: "a"}, at)
	check(err)
	_, err = l.Grant(volunteer.Service{Volunteer: "li-ming", Activity: "patrol-0510", Duration: 4 * time.Hour, Recorder: clerk, Key: "b"}, at)
	check(err)

	_, err = l.Void(2, "entered twice", clerk, at.Add(time.Hour))
	check(err)
	_, err = l.Correct(volunteer.Correction{Entry: g.ID, Duration: 3 * time.Hour, Reason: "left an hour early, at the volunteer's request", Recorder: clerk, Key: "a-fix"}, at.Add(2*time.Hour))
	check(err)

	for e := range l.Entries() {
		fmt.Printf("%d %-5s in force: %-5v voids: %d corrects: %d %v", e.ID, e.Kind, e.InForce(), e.Voids, e.Corrects, e.Duration)
		if e.Reason != "" {
			fmt.Print(" ", e.Reason)
		}
		fmt.Println()
	}
	fmt.Println("total:", l.Total("li-ming", governance.Date{}, governance.Date{}))
	// Output:
	// 1 grant in force: false voids: 0 corrects: 0 4h0m0s
	// 2 grant in force: false voids: 0 corrects: 0 4h0m0s
	// 3 void  in force: false voids: 2 corrects: 0 0s entered twice
	// 4 void  in force: false voids: 1 corrects: 0 0s left an hour early, at the volunteer's request
	// 5 grant in force: true  voids: 0 corrects: 1 3h0m0s
	// total: 3h0m0s
}

// A finding of falsified hours voids the false grants and bars the
// volunteer from star levels for one to three years (the provinces'
// star-recognition rules); the hours of the ban's years are still
// recorded.
func ExampleLedger_Falsify() {
	l := volunteer.NewLedger()
	check(l.AddActivity(patrol()))
	clerk := volunteer.Recorder{Org: "xibei-community", Person: "clerk-wang"}
	g, err := l.Grant(volunteer.Service{Volunteer: "li-ming", Activity: "patrol-0510", Duration: 4 * time.Hour, Recorder: clerk, Key: "a"}, time.Date(2025, 5, 11, 9, 0, 0, 0, cst))
	check(err)

	ban, err := l.Falsify(volunteer.Finding{
		Volunteer: "li-ming", Entries: []volunteer.EntryID{g.ID}, Years: 2, Reason: "sign-in sheet forged",
		Recorder: volunteer.Recorder{Org: "district-civil-affairs", Person: "inspector-chen"},
	}, volunteer.DefaultPolicy(), time.Date(2025, 7, 1, 10, 0, 0, 0, cst))
	check(err)
	fmt.Println("barred from", ban.From, "until", ban.Until)
	fmt.Println("total:", l.Total("li-ming", governance.Date{}, governance.Date{}), "entries:", l.Len())

	_, err = l.Falsify(volunteer.Finding{Volunteer: "li-ming", Entries: []volunteer.EntryID{g.ID}, Years: 5, Reason: "again",
		Recorder: volunteer.Recorder{Org: "district-civil-affairs", Person: "inspector-chen"}}, volunteer.DefaultPolicy(), time.Date(2025, 7, 2, 10, 0, 0, 0, cst))
	fmt.Println(errors.Is(err, governance.Problem{Code: "volunteer.finding.years_out_of_range"}), err)
	// Output:
	// barred from 2025-07-01 until 2027-07-01
	// total: 0s entries: 3
	// true years: a ban of 5 years must be between 1 and 3 years
}
