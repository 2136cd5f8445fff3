package governance_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// The 2025 National Day and Mid-Autumn holiday runs from 1 to 8 October;
// Sunday 28 September and Saturday 11 October are make-up workdays (调休).
// A matter received on 30 September with 5 workdays to answer is due on
// 14 October: the count skips the eight days off, counts the make-up
// Saturday, and never counts the day the matter came in.
//
// Source: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号).
func ExampleCalendar_AddWorkdays_nationalDay2025() {
	cal := governance.China()
	for d := governance.MustParseDate("2025-09-27"); !d.After(governance.MustParseDate("2025-10-14")); d = d.AddDays(1) {
		kind := "rest"
		if cal.IsWorkday(d) {
			kind = "work"
		}
		fmt.Println(d, d.Weekday().String()[:3], kind)
	}

	cst := time.FixedZone("CST", 8*3600)
	received := time.Date(2025, time.September, 30, 10, 0, 0, 0, cst)
	due, err := cal.AddWorkdays(received, 5)
	if err != nil {
		panic(err)
	}
	fmt.Println("received", received.Format("2006-01-02 15:04"), "due", due.Format("2006-01-02 15:04 Mon"))
	n, _ := cal.WorkdaysBetween(received, due)
	fmt.Println("workdays between:", n)
	// Output:
	// 2025-09-27 Sat rest
	// 2025-09-28 Sun work
	// 2025-09-29 Mon work
	// 2025-09-30 Tue work
	// 2025-10-01 Wed rest
	// 2025-10-02 Thu rest
	// 2025-10-03 Fri rest
	// 2025-10-04 Sat rest
	// 2025-10-05 Sun rest
	// 2025-10-06 Mon rest
	// 2025-10-07 Tue rest
	// 2025-10-08 Wed rest
	// 2025-10-09 Thu work
	// 2025-10-10 Fri work
	// 2025-10-11 Sat work
	// 2025-10-12 Sun rest
	// 2025-10-13 Mon work
	// 2025-10-14 Tue work
	// received 2025-09-30 10:00 due 2025-10-14 10:00 Tue
	// workdays between: 5
}

// The 2026 Spring Festival holiday runs from 15 to 23 February, nine days;
// Saturday 14 February and Saturday 28 February are make-up workdays.
// Counting back works too: to apply "at least 3 workdays ahead" of
// 25 February, apply by 13 February.
//
// Source: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
func ExampleCalendar_IsWorkday_springFestival2026() {
	cal := governance.China()
	for _, s := range []string{"2026-02-13", "2026-02-14", "2026-02-15", "2026-02-23", "2026-02-24", "2026-02-28", "2026-03-01"} {
		d := governance.MustParseDate(s)
		fmt.Println(d, d.Weekday().String()[:3], cal.IsWorkday(d))
	}
	start := time.Date(2026, time.February, 25, 9, 0, 0, 0, time.UTC)
	latest, _ := cal.AddWorkdays(start, -3)
	fmt.Println("apply by", latest.Format("2006-01-02 Mon"))
	// Output:
	// 2026-02-13 Fri true
	// 2026-02-14 Sat true
	// 2026-02-15 Sun false
	// 2026-02-23 Mon false
	// 2026-02-24 Tue true
	// 2026-02-28 Sat true
	// 2026-03-01 Sun false
	// apply by 2026-02-13 Fri
}

// The calendar never guesses a year the State Council has not published:
// IsWorkday says false, Workday says why, and a user who has the notice adds
// the year as data. (The 2027 days off below are illustrative, not an
// official schedule.)
func ExampleCalendar_With() {
	cal := governance.China()
	jan4 := governance.MustParseDate("2027-01-04")
	_, err := cal.Workday(jan4)
	fmt.Println(errors.Is(err, governance.ErrNotCovered), err)

	var y2027 governance.CalendarYear
	y2027.Year = 2027
	y2027.Source = "国务院办公厅关于2027年部分节假日安排的通知"
	y2027.Rest = []governance.DayRange{{First: governance.MustParseDate("2027-01-01"), Last: governance.MustParseDate("2027-01-03")}}
	ext, err := cal.With(y2027)
	if err != nil {
		panic(err)
	}
	ok, err := ext.Workday(jan4)
	fmt.Println(ok, err)
	// Output:
	// true governance: calendar does not cover the year 2027
	// true <nil>
}
