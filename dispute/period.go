package dispute

import (
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// periodEnd returns the instant a period of months and then days ends when
// it runs from at: the day of at is not counted, a period of months ends on
// the corresponding day of the last month or, lacking it, on that month's
// last day, and the period ends when its last day does — at midnight
// starting the next day in at's location (民法典 arts. 200–202).
func periodEnd(at time.Time, months, days int) time.Time {
	y, m, d := at.Date()
	n := int(m) - 1 + months
	y += n / 12
	m = time.Month(n%12 + 1)
	if last := daysIn(y, m); d > last {
		d = last
	}
	return time.Date(y, m, d+days+1, 0, 0, 0, 0, at.Location())
}

// LastDay returns the last day of a period that ends at the instant end:
// the day, in end's location, of the instant just before end. The deadlines
// this package computes — Case.Due, Case.ConfirmationDeadline, a
// Confirmation's AcceptBy and DecideBy — are the midnight that ends their
// last day, so for them LastDay is the day before end's date: a mediation
// due at 2025-03-01 00:00 must be settled by the end of 2025-02-28. For an
// instant during a day (an agreement's PerformBy at 18:00) it is that day.
// The zero instant gives the zero Date.
func LastDay(end time.Time) governance.Date {
	if end.IsZero() {
		return governance.Date{}
	}
	return governance.DateOf(end.Add(-time.Nanosecond))
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// clone returns a copy of s, nil when s is empty, so that a copy reads the
// same as its JSON round trip.
func clone[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}
