package governance_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

// official is the State Council schedules typed in again from the notices,
// independent of the embedded data, as the naive model's exceptions.
var official = map[int]struct{ rest, work []string }{
	2024: {
		rest: []string{"01-01", "02-10/02-17", "04-04/04-06", "05-01/05-05", "06-10", "09-15/09-17", "10-01/10-07"},
		work: []string{"02-04", "02-18", "04-07", "04-28", "05-11", "09-14", "09-29", "10-12"},
	},
	2025: {
		rest: []string{"01-01", "01-28/02-04", "04-04/04-06", "05-01/05-05", "05-31/06-02", "10-01/10-08"},
		work: []string{"01-26", "02-08", "04-27", "09-28", "10-11"},
	},
	2026: {
		rest: []string{"01-01/01-03", "02-15/02-23", "04-04/04-06", "05-01/05-05", "06-19/06-21", "09-25/09-27", "10-01/10-07"},
		work: []string{"01-04", "02-14", "02-28", "05-09", "09-20", "10-10"},
	},
}

// naiveWorkday is the model: listed workdays work, listed rest days and
// weekends rest, other days work.
func naiveWorkday(d governance.Date) bool {
	sched := official[d.Year]
	md := d.String()[5:]
	for _, w := range sched.work {
		if w == md {
			return true
		}
	}
	for _, r := range sched.rest {
		first, last := r, r
		if len(r) > 5 {
			first, last = r[:5], r[6:]
		}
		if md >= first && md <= last {
			return false
		}
	}
	return d.Weekday() != time.Saturday && d.Weekday() != time.Sunday
}

var (
	firstDay = governance.MustParseDate("2024-01-01")
	lastDay  = governance.MustParseDate("2026-12-31")
)

func TestChinaAgreesWithNotices(t *testing.T) {
	cal := governance.China()
	rest := map[int]int{}
	for d := firstDay; !d.After(lastDay); d = d.AddDays(1) {
		got, err := cal.Workday(d)
		if err != nil {
			t.Fatalf("Workday(%v): %v", d, err)
		}
		if want := naiveWorkday(d); got != want {
			t.Errorf("Workday(%v) = %v, want %v", d, got, want)
		}
		if got != cal.IsWorkday(d) {
			t.Errorf("IsWorkday(%v) disagrees with Workday", d)
		}
		if !got {
			rest[d.Year]++
		}
	}
	// Rest days per year: weekends plus holidays minus make-up days.
	if diff := cmp.Diff(map[int]int{2024: 115, 2025: 117, 2026: 117}, rest); diff != "" {
		t.Errorf("rest days per year (-want +got):\n%s", diff)
	}
}

func TestChinaDataIsClean(t *testing.T) {
	for y := range governance.China().Years() {
		if ps := y.Validate(); len(ps) > 0 {
			t.Errorf("%d: %v", y.Year, ps)
		}
	}
}

func TestCalendarNotCovered(t *testing.T) {
	cal := governance.China()
	for _, d := range []string{"2023-12-31", "2027-01-01"} {
		day := governance.MustParseDate(d)
		if cal.Covers(day) {
			t.Errorf("Covers(%s) = true", d)
		}
		if cal.IsWorkday(day) {
			t.Errorf("IsWorkday(%s) = true outside the covered years", d)
		}
		_, err := cal.Workday(day)
		var nc *governance.NotCoveredError
		if !errors.Is(err, governance.ErrNotCovered) || !errors.As(err, &nc) || nc.Year != day.Year {
			t.Errorf("Workday(%s) error = %v", d, err)
		}
	}
	if !cal.Covers(firstDay) || !cal.Covers(lastDay) {
		t.Error("China does not cover 2024-01-01 or 2026-12-31")
	}
	if _, err := cal.Workday(governance.Date{Year: 2025, Month: 2, Day: 29}); err == nil {
		t.Error("Workday(2025-02-29) is not an error")
	}
	var zero governance.Calendar
	if zero.Covers(firstDay) || zero.IsWorkday(governance.MustParseDate("2025-03-03")) {
		t.Error("the zero Calendar covers a day")
	}
	var nilCal *governance.Calendar
	if _, err := nilCal.AddWorkdays(firstDay.In(time.UTC), 1); !errors.Is(err, governance.ErrNotCovered) {
		t.Errorf("nil calendar: %v", err)
	}
}

var shanghai = time.FixedZone("CST", 8*3600)

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, shanghai)
	if err != nil {
		panic(err)
	}
	return t
}

func TestAddWorkdays(t *testing.T) {
	cal := governance.China()
	for _, tc := range []struct {
		from string
		n    int
		want string
		year int // the uncovered year of the error, 0 for none
	}{
		{"2025-09-30 10:00", 0, "2025-09-30 10:00", 0},
		{"2025-10-03 10:00", 0, "2025-10-03 10:00", 0}, // n = 0 keeps a rest day
		{"2025-09-30 10:00", 1, "2025-10-09 10:00", 0},
		{"2025-09-30 10:00", 3, "2025-10-11 10:00", 0}, // the make-up Saturday
		{"2025-09-30 10:00", 5, "2025-10-14 10:00", 0},
		{"2025-09-26 18:30", 1, "2025-09-28 18:30", 0}, // the make-up Sunday
		{"2025-10-04 09:00", 1, "2025-10-09 09:00", 0}, // from a rest day
		{"2025-10-09 09:00", -1, "2025-09-30 09:00", 0},
		{"2025-10-05 09:00", -1, "2025-09-30 09:00", 0},
		{"2025-10-14 10:00", -5, "2025-09-30 10:00", 0},
		{"2024-12-31 17:00", 1, "2025-01-02 17:00", 0}, // across the year
		{"2025-01-02 17:00", -1, "2024-12-31 17:00", 0},
		{"2026-02-13 12:00", 1, "2026-02-14 12:00", 0},
		{"2026-02-14 12:00", 1, "2026-02-24 12:00", 0},
		{"2024-01-01 08:00", 250, "2024-12-30 08:00", 0},
		{"2026-12-30 08:00", 1, "2026-12-31 08:00", 0},
		{"2026-12-31 08:00", 1, "", 2027},
		{"2024-01-02 08:00", -1, "", 2023},
		{"2023-12-29 08:00", 1, "", 2023},
		{"2027-01-04 08:00", 0, "", 2027},
		{"2024-06-01 08:00", 1000, "", 2027},
		{"2024-06-01 08:00", 1 << 62, "", 2027},
		{"2026-06-01 08:00", -(1 << 62), "", 2023},
	} {
		got, err := cal.AddWorkdays(at(tc.from), tc.n)
		if tc.year != 0 {
			var nc *governance.NotCoveredError
			if !errors.As(err, &nc) || nc.Year != tc.year || !errors.Is(err, governance.ErrNotCovered) {
				t.Errorf("AddWorkdays(%s, %d) error = %v, want year %d not covered", tc.from, tc.n, err, tc.year)
			}
			continue
		}
		if err != nil {
			t.Errorf("AddWorkdays(%s, %d): %v", tc.from, tc.n, err)
			continue
		}
		if !got.Equal(at(tc.want)) || got.Location() != shanghai {
			t.Errorf("AddWorkdays(%s, %d) = %v, want %s", tc.from, tc.n, got, tc.want)
		}
	}
}

func TestWorkdaysBetween(t *testing.T) {
	cal := governance.China()
	for _, tc := range []struct {
		from, to string
		want     int
		err      bool
	}{
		{"2025-09-30 10:00", "2025-09-30 23:00", 0, false},
		{"2025-09-30 10:00", "2025-10-08 10:00", 0, false},
		{"2025-09-30 10:00", "2025-10-14 09:00", 5, false},
		{"2025-10-14 09:00", "2025-09-30 10:00", -5, false},
		{"2025-10-04 09:00", "2025-10-09 09:00", 1, false},
		{"2025-10-09 09:00", "2025-10-04 09:00", 0, false}, // Oct 4–8 holds no workday
		{"2025-10-09 09:00", "2025-09-30 09:00", -1, false},
		{"2024-01-01 00:00", "2026-12-31 00:00", 251 + 248 + 248, false},
		{"2026-12-31 00:00", "2024-01-01 00:00", -(251 + 248 + 248 - 1), false}, // 2026-12-31 is a workday, not counted backwards,
		{"2026-12-31 00:00", "2027-01-04 00:00", 0, true},
		{"2023-12-29 00:00", "2024-01-02 00:00", 0, true},
	} {
		got, err := cal.WorkdaysBetween(at(tc.from), at(tc.to))
		if tc.err {
			if !errors.Is(err, governance.ErrNotCovered) {
				t.Errorf("WorkdaysBetween(%s, %s) error = %v, want not covered", tc.from, tc.to, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("WorkdaysBetween(%s, %s) = %d, %v; want %d", tc.from, tc.to, got, err, tc.want)
		}
	}
	// to is read in from's location: 2025-10-09 01:00 in Shanghai is still
	// 2025-10-08 in UTC, a rest day.
	got, err := cal.WorkdaysBetween(at("2025-09-30 10:00"), at("2025-10-09 01:00").UTC())
	if err != nil || got != 1 {
		t.Errorf("WorkdaysBetween across zones = %d, %v; want 1", got, err)
	}
}

func TestWorkdaysPerYear(t *testing.T) {
	cal := governance.China()
	for y, want := range map[int]int{2024: 251, 2025: 248, 2026: 248} {
		// from the last day of the previous year would be uncovered for
		// 2024, so count from 1 January and add it.
		from := governance.MustDate(y, time.January, 1)
		n, err := cal.WorkdaysBetween(from.In(time.UTC), governance.MustDate(y, time.December, 31).In(time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		if cal.IsWorkday(from) {
			n++
		}
		if n != want {
			t.Errorf("%d has %d workdays, want %d", y, n, want)
		}
	}
}

func TestNewCalendarProblems(t *testing.T) {
	d := governance.MustParseDate
	for _, tc := range []struct {
		name  string
		years []governance.CalendarYear
		want  []string // "path code"
	}{
		{"empty", nil, []string{"years governance.calendar.empty"}},
		{"clean", []governance.CalendarYear{{Year: 2027, Source: "notice", Rest: []governance.DayRange{governance.Day(d("2027-01-01"))}}}, nil},
		{"year out of range", []governance.CalendarYear{{Year: 0, Source: "x"}}, []string{"years[0].year governance.calendar.year.out_of_range"}},
		{"duplicate year", []governance.CalendarYear{{Year: 2027, Source: "x"}, {Year: 2027, Source: "x"}}, []string{"years[1].year governance.calendar.year.duplicate"}},
		{"day problems", []governance.CalendarYear{{
			Year:   2027,
			Source: "x",
			Rest: []governance.DayRange{
				{First: d("2027-02-05"), Last: d("2027-02-11")},
				{First: d("2027-02-10"), Last: d("2027-02-12")}, // overlaps on the 10th and 11th
				{First: d("2027-05-05"), Last: d("2027-05-01")},
				{First: d("2026-12-31"), Last: d("2027-01-01")},
				{},
			},
			Workdays: []governance.Date{d("2027-02-06"), d("2027-02-20"), d("2027-02-20"), d("2028-01-01"), d("2027-02-15")},
		}}, []string{
			"years[0].rest[1] governance.calendar.day.duplicate",
			"years[0].rest[1] governance.calendar.day.duplicate",
			"years[0].rest[2] governance.calendar.range.reversed",
			"years[0].rest[3] governance.calendar.day.outside_year",
			"years[0].rest[4] governance.calendar.day.invalid",
			"years[0].rest[4] governance.calendar.day.invalid",
			"years[0].workdays[0] governance.calendar.day.rest_and_workday",
			"years[0].workdays[2] governance.calendar.day.duplicate",
			"years[0].workdays[3] governance.calendar.day.outside_year",
			"years[0].workdays[4] governance.calendar.workday.not_weekend",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cal, err := governance.NewCalendar(tc.years...)
			var got []string
			var ps governance.Problems
			if errors.As(err, &ps) {
				for _, p := range ps {
					got = append(got, p.Path+" "+p.Code)
				}
			} else if err != nil {
				t.Fatalf("error is not Problems: %v", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if (err == nil) != (cal != nil) {
				t.Errorf("calendar %v with error %v", cal, err)
			}
		})
	}
}

func TestCalendarYearWarnings(t *testing.T) {
	y := governance.CalendarYear{Year: 2027, Workdays: []governance.Date{governance.MustParseDate("2027-02-15")}}
	ps := y.Validate()
	want := []string{"source governance.calendar.source.missing", "workdays[0] governance.calendar.workday.not_weekend"}
	var got []string
	for _, p := range ps {
		got = append(got, p.Path+" "+p.Code)
		if p.IsError() {
			t.Errorf("%v is an error, want a warning", p)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if _, err := governance.NewCalendar(y); err != nil {
		t.Errorf("warnings stop NewCalendar: %v", err)
	}
}

func TestCalendarWith(t *testing.T) {
	china := governance.China()
	y2027 := governance.CalendarYear{Year: 2027, Source: "notice", Rest: []governance.DayRange{governance.Day(governance.MustParseDate("2027-01-01"))}}
	ext, err := china.With(y2027)
	if err != nil {
		t.Fatal(err)
	}
	jan1 := governance.MustParseDate("2027-01-01")
	if china.Covers(jan1) || governance.China().Covers(jan1) {
		t.Error("With changed the calendar it extends")
	}
	if !ext.Covers(jan1) || ext.IsWorkday(jan1) || !ext.IsWorkday(governance.MustParseDate("2027-01-04")) {
		t.Error("the extended calendar does not know 2027")
	}
	got, err := ext.AddWorkdays(at("2026-12-31 09:00"), 1)
	if err != nil || !got.Equal(at("2027-01-04 09:00")) {
		t.Errorf("AddWorkdays into 2027 = %v, %v", got, err)
	}
	if _, err := ext.With(y2027); err == nil {
		t.Error("With accepted a year already covered")
	}
	// A gap is allowed, but counting across it is an error.
	gap, err := china.With(governance.CalendarYear{Year: 2028, Source: "notice"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = gap.WorkdaysBetween(at("2026-12-31 09:00"), at("2028-01-03 09:00"))
	var nc *governance.NotCoveredError
	if !errors.As(err, &nc) || nc.Year != 2027 {
		t.Errorf("counting across a gap: %v", err)
	}
	if _, err := gap.AddWorkdays(at("2026-12-31 09:00"), 2); !errors.As(err, &nc) || nc.Year != 2027 {
		t.Errorf("adding across a gap: %v", err)
	}
	// Years returns copies.
	for y := range china.Years() {
		if len(y.Rest) > 0 {
			y.Rest[0] = governance.DayRange{}
		}
	}
	if cy, _ := china.Year(2025); cy.Rest[0] != governance.Day(governance.MustParseDate("2025-01-01")) {
		t.Error("Years handed out the calendar's own slices")
	}
}

func TestChinaIsNotShared(t *testing.T) {
	a := governance.China()
	if err := json.Unmarshal([]byte(`{"years":[{"year":2030,"source":"x"}]}`), a); err != nil {
		t.Fatal(err)
	}
	if !governance.China().Covers(governance.MustParseDate("2025-01-01")) {
		t.Error("decoding into one China() changed another")
	}
	if b := governance.China(); a == b {
		t.Error("China() returns the same pointer twice")
	}
}

func TestCalendarJSONRoundTrip(t *testing.T) {
	cal := governance.China()
	b, err := json.Marshal(cal)
	if err != nil {
		t.Fatal(err)
	}
	var back governance.Calendar
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	var want, got []governance.CalendarYear
	for y := range cal.Years() {
		want = append(want, y)
	}
	for y := range back.Years() {
		got = append(got, y)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// A bad document leaves the calendar unchanged.
	if err := json.Unmarshal([]byte(`{"years":[{"year":2027,"rest":["2027-02-30"]}]}`), &back); err == nil {
		t.Error("accepted 2027-02-30")
	}
	if err := json.Unmarshal([]byte(`{"years":[{"year":2027,"rest":["2026-02-03"]}]}`), &back); err == nil {
		t.Error("accepted a day outside its year")
	}
	if !back.Covers(governance.MustParseDate("2025-05-05")) {
		t.Error("a failed decode changed the calendar")
	}
	var zero governance.Calendar
	if b, _ := json.Marshal(zero); string(b) != `{"years":[]}` {
		t.Errorf("zero calendar marshals to %s", b)
	}
}

func TestDayRangeText(t *testing.T) {
	for _, tc := range []struct {
		in, out string
		ok      bool
	}{
		{"2025-01-28/2025-02-04", "2025-01-28/2025-02-04", true},
		{"2025-01-01", "2025-01-01", true},
		{"2025-01-01/2025-01-01", "2025-01-01", true},
		{"", "", true},
		{"2025-01-01/", "", false},
		{"/2025-01-01", "", false},
		{"2025-01-01/2025-01-02/2025-01-03", "", false},
		{"2025-02-29", "", false},
	} {
		var r governance.DayRange
		err := r.UnmarshalText([]byte(tc.in))
		if (err == nil) != tc.ok {
			t.Errorf("UnmarshalText(%q) error = %v", tc.in, err)
			continue
		}
		if tc.ok && r.String() != tc.out {
			t.Errorf("UnmarshalText(%q) prints %q, want %q", tc.in, r.String(), tc.out)
		}
	}
}

// genCoveredTime draws an instant on a day of 2024–2026 in Shanghai time.
func genCoveredTime(t *rapid.T) time.Time {
	day := firstDay.AddDays(rapid.IntRange(0, firstDay.DaysUntil(lastDay)).Draw(t, "day"))
	min := rapid.IntRange(0, 24*60-1).Draw(t, "minute")
	return day.In(shanghai).Add(time.Duration(min) * time.Minute)
}

func TestAddWorkdaysProperties(t *testing.T) {
	cal := governance.China()
	rapid.Check(t, func(t *rapid.T) {
		start := genCoveredTime(t)
		n := rapid.IntRange(-300, 300).Draw(t, "n")
		got, err := cal.AddWorkdays(start, n)
		if errors.Is(err, governance.ErrNotCovered) {
			return // walked out of 2024–2026
		}
		if err != nil {
			t.Fatalf("AddWorkdays: %v", err)
		}
		h1, m1, s1 := start.Clock()
		h2, m2, s2 := got.Clock()
		if h1 != h2 || m1 != m2 || s1 != s2 {
			t.Fatalf("clock changed: %v → %v", start, got)
		}
		if n != 0 && !naiveWorkday(governance.DateOf(got)) {
			t.Fatalf("AddWorkdays(%v, %d) = %v, not a workday", start, n, got)
		}
		between, err := cal.WorkdaysBetween(start, got)
		if err != nil || between != n {
			t.Fatalf("WorkdaysBetween(%v, %v) = %d, %v; want %d", start, got, between, err, n)
		}
		// Monotonic: one more workday lands strictly later, unless it leaves
		// the covered years.
		next, err := cal.AddWorkdays(start, n+1)
		if err == nil && !next.After(got) {
			t.Fatalf("AddWorkdays(%v, %d) = %v is not after %v", start, n+1, next, got)
		}
		// The naive count of workdays in the walked span agrees.
		from, to := governance.DateOf(start), governance.DateOf(got)
		want := 0
		if n > 0 {
			for d := from.AddDays(1); !d.After(to); d = d.AddDays(1) {
				if naiveWorkday(d) {
					want++
				}
			}
		} else {
			for d := to; d.Before(from); d = d.AddDays(1) {
				if naiveWorkday(d) {
					want--
				}
			}
		}
		if want != n {
			t.Fatalf("the naive model counts %d workdays from %v to %v, want %d", want, from, to, n)
		}
	})
}

func TestWorkdaysBetweenProperties(t *testing.T) {
	cal := governance.China()
	rapid.Check(t, func(t *rapid.T) {
		a, b := genCoveredTime(t), genCoveredTime(t)
		n, err := cal.WorkdaysBetween(a, b)
		if err != nil {
			t.Fatal(err)
		}
		// Walking n workdays from a lands on b's day, or, when b's day is a
		// rest day, on the nearest workday before it (forward) or after it
		// (backward), within the covered years.
		got, err := cal.AddWorkdays(a, n)
		if err != nil {
			t.Fatal(err)
		}
		bd, gd := governance.DateOf(b), governance.DateOf(got)
		switch {
		case n == 0:
		case cal.IsWorkday(bd):
			if gd != bd {
				t.Fatalf("AddWorkdays(%v, %d) = %v, want day %v", a, n, got, bd)
			}
		default:
			lo, hi := gd, bd
			if n < 0 {
				lo, hi = bd, gd
			}
			for d := lo.AddDays(1); d.Before(hi); d = d.AddDays(1) {
				if cal.IsWorkday(d) {
					t.Fatalf("workday %v between %v and %v", d, lo, hi)
				}
			}
		}
	})
}

func FuzzCalendarJSON(f *testing.F) {
	china, _ := json.Marshal(governance.China())
	f.Add(china)
	f.Add([]byte(`{"years":[{"year":2027,"source":"x","rest":["2027-01-01/2027-01-03"],"workdays":["2027-01-09"]}]}`))
	f.Add([]byte(`{"years":[]}`))
	f.Add([]byte(`{"years":[{"year":2027,"rest":["2027-03-05/2027-03-01"]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var cal governance.Calendar
		if err := json.Unmarshal(b, &cal); err != nil {
			return
		}
		out, err := json.Marshal(cal)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back governance.Calendar
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%s does not decode: %v", out, err)
		}
		again, _ := json.Marshal(back)
		if string(again) != string(out) {
			t.Fatalf("round trip changed %s to %s", out, again)
		}
		for y := range cal.Years() {
			for d := governance.MustDate(y.Year, 1, 1); d.Year == y.Year; d = d.AddDays(1) {
				if cal.IsWorkday(d) != back.IsWorkday(d) {
					t.Fatalf("%v differs after a round trip", d)
				}
			}
		}
	})
}

func FuzzDayRangeText(f *testing.F) {
	f.Add("2025-01-28/2025-02-04")
	f.Add("2025-01-01")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		var r governance.DayRange
		if err := r.UnmarshalText([]byte(s)); err != nil {
			return
		}
		var back governance.DayRange
		if err := back.UnmarshalText([]byte(r.String())); err != nil || back != r {
			t.Fatalf("%q → %v → %v, %v", s, r, back, err)
		}
	})
}

func BenchmarkAddWorkdays15(b *testing.B) {
	cal := governance.China()
	start := at("2025-09-26 10:00")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.AddWorkdays(start, 15); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWorkdaysBetween(b *testing.B) {
	cal := governance.China()
	from, to := at("2025-09-26 10:00"), at("2025-10-24 10:00")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.WorkdaysBetween(from, to); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIsWorkday(b *testing.B) {
	cal := governance.China()
	d := governance.MustParseDate("2025-10-11")
	b.ReportAllocs()
	for b.Loop() {
		if !cal.IsWorkday(d) {
			b.Fatal("2025-10-11 is a workday")
		}
	}
}

// genCalendarYears draws consecutive years of made-up schedules: rest ranges
// that do not overlap and weekend workdays outside them.
func genCalendarYears(t *rapid.T) []governance.CalendarYear {
	first := rapid.IntRange(1999, 2101).Draw(t, "first")
	n := rapid.IntRange(1, 4).Draw(t, "years")
	var years []governance.CalendarYear
	for y := first; y < first+n; y++ {
		cy := governance.CalendarYear{Year: y, Source: "generated"}
		day := governance.MustDate(y, time.January, 1).AddDays(rapid.IntRange(0, 30).Draw(t, "start"))
		for day.Year == y && rapid.Bool().Draw(t, "more rest") {
			last := day.AddDays(rapid.IntRange(0, 9).Draw(t, "length"))
			if last.Year != y {
				break
			}
			cy.Rest = append(cy.Rest, governance.DayRange{First: day, Last: last})
			day = last.AddDays(rapid.IntRange(1, 90).Draw(t, "gap"))
		}
		inRest := func(d governance.Date) bool {
			for _, r := range cy.Rest {
				if r.Contains(d) {
					return true
				}
			}
			return false
		}
		for range rapid.IntRange(0, 8).Draw(t, "workdays") {
			d := governance.MustDate(y, time.January, 1).AddDays(rapid.IntRange(0, 364).Draw(t, "workday"))
			if (d.Weekday() == time.Saturday || d.Weekday() == time.Sunday) && !inRest(d) && !slices.Contains(cy.Workdays, d) {
				cy.Workdays = append(cy.Workdays, d)
			}
		}
		years = append(years, cy)
	}
	return years
}

// modelWorkday is the naive rule over any schedule data.
func modelWorkday(years []governance.CalendarYear, d governance.Date) bool {
	for _, y := range years {
		if y.Year != d.Year {
			continue
		}
		if slices.Contains(y.Workdays, d) {
			return true
		}
		for _, r := range y.Rest {
			if r.Contains(d) {
				return false
			}
		}
	}
	return d.Weekday() != time.Saturday && d.Weekday() != time.Sunday
}

func TestGeneratedCalendarProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		years := genCalendarYears(t)
		cal, err := governance.NewCalendar(years...)
		if err != nil {
			t.Fatalf("generated data rejected: %v", err)
		}
		first := governance.MustDate(years[0].Year, time.January, 1)
		last := governance.MustDate(years[len(years)-1].Year, time.December, 31)
		workdays := 0
		for d := first; !d.After(last); d = d.AddDays(1) {
			want := modelWorkday(years, d)
			if got := cal.IsWorkday(d); got != want {
				t.Fatalf("IsWorkday(%v) = %v, the model says %v", d, got, want)
			}
			if want {
				workdays++
			}
		}
		// Counting from the day before the first workday reaches the last
		// workday after exactly all of them, and no further.
		for d := first; !d.After(last); d = d.AddDays(1) {
			if cal.IsWorkday(d) {
				break
			}
			first = d
		}
		start := first.In(time.UTC)
		if !cal.IsWorkday(first) {
			if got, err := cal.WorkdaysBetween(start, last.In(time.UTC)); err != nil || got != workdays {
				t.Fatalf("WorkdaysBetween over all years = %d, %v; want %d", got, err, workdays)
			}
			end, err := cal.AddWorkdays(start, workdays)
			if err != nil || !cal.IsWorkday(governance.DateOf(end)) {
				t.Fatalf("AddWorkdays(%v, %d) = %v, %v", start, workdays, end, err)
			}
			if _, err := cal.AddWorkdays(start, workdays+1); !errors.Is(err, governance.ErrNotCovered) {
				t.Fatalf("AddWorkdays past the last workday: %v", err)
			}
		}
		// Random walks agree with the model.
		at := first.AddDays(rapid.IntRange(0, first.DaysUntil(last)).Draw(t, "at")).In(time.UTC)
		n := rapid.IntRange(-400, 400).Draw(t, "n")
		got, err := cal.AddWorkdays(at, n)
		if err != nil {
			return
		}
		count := 0
		from, to := governance.DateOf(at), governance.DateOf(got)
		for d := from.AddDays(1); !d.After(to); d = d.AddDays(1) {
			if modelWorkday(years, d) {
				count++
			}
		}
		for d := to; d.Before(from); d = d.AddDays(1) {
			if modelWorkday(years, d) {
				count--
			}
		}
		if count != n || n != 0 && !modelWorkday(years, to) {
			t.Fatalf("AddWorkdays(%v, %d) = %v: the model counts %d", at, n, got, count)
		}
	})
}
