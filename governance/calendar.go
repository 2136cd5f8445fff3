package governance

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"sync"
	"time"
)

// ErrNotCovered is wrapped by every error a Calendar returns for a day in a
// year it has no schedule for. The calendar never guesses such a year from
// the weekday rule: a deadline computed from a guess could be days wrong once
// the State Council publishes the year's schedule.
var ErrNotCovered = errors.New("governance: calendar does not cover the year")

// NotCoveredError names the year a Calendar has no schedule for. It wraps
// ErrNotCovered.
type NotCoveredError struct {
	Year int
}

// Error describes the error in English.
func (e *NotCoveredError) Error() string {
	return "governance: calendar does not cover the year " + strconv.Itoa(e.Year)
}

// Unwrap returns ErrNotCovered.
func (e *NotCoveredError) Unwrap() error { return ErrNotCovered }

// DayRange is a run of consecutive days, First and Last both included, as a
// holiday notice writes them ("1月28日至2月4日"). Its text form is
// "2025-01-28/2025-02-04", or a single date when First equals Last.
type DayRange struct {
	First, Last Date
}

// Day returns the range of the single day d.
func Day(d Date) DayRange { return DayRange{d, d} }

// Contains reports whether d lies in the range.
func (r DayRange) Contains(d Date) bool { return !d.Before(r.First) && !d.After(r.Last) }

// Days yields every day of the range in order; nothing when Last is before
// First or either end is not a valid day.
func (r DayRange) Days() iter.Seq[Date] {
	return func(yield func(Date) bool) {
		if !r.First.IsValid() || !r.Last.IsValid() {
			return
		}
		for d := r.First; !d.After(r.Last); d = d.AddDays(1) {
			if !yield(d) {
				return
			}
		}
	}
}

// String returns the text form: "2025-01-28/2025-02-04" or "2025-01-01".
func (r DayRange) String() string {
	b, _ := r.AppendText(nil)
	return string(b)
}

// AppendText implements encoding.TextAppender.
func (r DayRange) AppendText(b []byte) ([]byte, error) {
	b, _ = r.First.AppendText(b)
	if r.Last != r.First {
		b = append(b, '/')
		b, _ = r.Last.AppendText(b)
	}
	return b, nil
}

// MarshalText returns the text form.
func (r DayRange) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText parses "2006-01-02/2006-01-02" or a single "2006-01-02";
// empty text is the zero range. It checks each date but not their order
// (CalendarYear.Validate reports a reversed range). On error r is unchanged.
func (r *DayRange) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*r = DayRange{}
		return nil
	}
	first, last := s, s
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			first, last = s[:i], s[i+1:]
			break
		}
	}
	f, err := ParseDate(first)
	if err != nil {
		return err
	}
	l, err := ParseDate(last)
	if err != nil {
		return err
	}
	*r = DayRange{f, l}
	return nil
}

// CalendarYear is one year's official schedule of days off, as the State
// Council's annual notice (国务院办公厅关于某年部分节假日安排的通知) publishes
// it: the rest days of the statutory holidays (放假) and the weekend days that
// become workdays to make up for them (调休上班). Every other day follows the
// weekday rule: Monday to Friday work, Saturday and Sunday rest.
//
// Rest may list weekend days, as the notices do; Workdays lists only weekend
// days (a weekday listed there changes nothing and is reported as a warning).
type CalendarYear struct {
	Year     int        `json:"year"`
	Source   string     `json:"source"` // the notice, with its number and date
	Rest     []DayRange `json:"rest"`
	Workdays []Date     `json:"workdays"`
}

// Validate reports every problem of the year's data: a year outside 1–9999,
// a day that is not a real date or lies outside the year, a reversed range,
// a day listed twice, a day listed both as rest and as workday (errors); a
// missing source and a listed workday that is not a weekend day (warnings).
func (y CalendarYear) Validate() Problems { return y.validate("").Sorted() }

func (y CalendarYear) validate(path string) Problems {
	var ps Problems
	if y.Year < 1 || y.Year > 9999 {
		ps = append(ps, Errorf("governance.calendar.year.out_of_range", Field(path, "year"), strconv.Itoa(y.Year)))
		return ps
	}
	if y.Source == "" {
		ps = append(ps, Warnf("governance.calendar.source.missing", Field(path, "source"), strconv.Itoa(y.Year)))
	}
	const (
		listedRest = 1 << iota
		listedWork
	)
	var listed [366]uint8
	start := Date{y.Year, time.January, 1}.days()
	inYear := func(p string, d Date) bool {
		switch {
		case !d.IsValid():
			ps = append(ps, Errorf("governance.calendar.day.invalid", p, d.String()))
			return false
		case d.Year != y.Year:
			ps = append(ps, Errorf("governance.calendar.day.outside_year", p, d, strconv.Itoa(y.Year)))
			return false
		}
		return true
	}
	for i, r := range y.Rest {
		p := Index(Field(path, "rest"), i)
		okFirst, okLast := inYear(p, r.First), inYear(p, r.Last)
		if !okFirst || !okLast {
			continue
		}
		if r.Last.Before(r.First) {
			ps = append(ps, Errorf("governance.calendar.range.reversed", p, r.First, r.Last))
			continue
		}
		for d := range r.Days() {
			k := d.days() - start
			if listed[k]&listedRest != 0 {
				ps = append(ps, Errorf("governance.calendar.day.duplicate", p, d))
			}
			listed[k] |= listedRest
		}
	}
	for i, d := range y.Workdays {
		p := Index(Field(path, "workdays"), i)
		if !inYear(p, d) {
			continue
		}
		k := d.days() - start
		switch {
		case listed[k]&listedWork != 0:
			ps = append(ps, Errorf("governance.calendar.day.duplicate", p, d))
		case listed[k]&listedRest != 0:
			ps = append(ps, Errorf("governance.calendar.day.rest_and_workday", p, d))
		case !isWeekend(d.Weekday()):
			ps = append(ps, Warnf("governance.calendar.workday.not_weekend", p, d))
		}
		listed[k] |= listedWork
	}
	return ps
}

func isWeekend(w time.Weekday) bool { return w == time.Saturday || w == time.Sunday }

// clone returns a deep copy, so that no caller shares the calendar's slices.
func (y CalendarYear) clone() CalendarYear {
	y.Rest = slices.Clone(y.Rest)
	y.Workdays = slices.Clone(y.Workdays)
	return y
}

// calendarYear is a CalendarYear compiled for lookups: a bit per day and the
// ordinal of every workday, so that counting n workdays is an index, not a
// walk.
type calendarYear struct {
	data   CalendarYear
	year   int
	start  int       // days() of 1 January
	work   [6]uint64 // bit k: day k of the year (0 = 1 January) is a workday
	before [367]uint16
	// before[k] is the number of workdays among days 0…k-1.
	list []uint16 // list[i] is the day of the year of the i-th workday
}

func compileYear(y CalendarYear) *calendarYear {
	c := &calendarYear{data: y.clone(), year: y.Year, start: Date{y.Year, time.January, 1}.days()}
	n := 365
	if daysIn(y.Year, time.February) == 29 {
		n = 366
	}
	var rest, work [366]bool
	for _, r := range y.Rest {
		for d := range r.Days() {
			rest[d.days()-c.start] = true
		}
	}
	for _, d := range y.Workdays {
		work[d.days()-c.start] = true
	}
	c.list = make([]uint16, 0, n)
	for k := 0; k < n; k++ {
		w := (c.start + k + 4) % 7 // 1970-01-01 was a Thursday
		if work[k] || !(rest[k] || isWeekend(time.Weekday(w))) {
			c.work[k>>6] |= 1 << (k & 63)
			c.list = append(c.list, uint16(k))
		}
		c.before[k+1] = uint16(len(c.list))
	}
	return c
}

func (c *calendarYear) isWorkday(k int) bool { return c.work[k>>6]&(1<<(k&63)) != 0 }

// total returns the number of workdays in the year.
func (c *calendarYear) total() int { return len(c.list) }

// Calendar tells workdays from rest days for the years it has a schedule
// for. It is immutable: extending it (With) returns a new Calendar, so one
// value may be shared freely, also between goroutines. The zero Calendar
// covers no year.
//
// Asking about a day in a year the calendar does not cover is an error
// (ErrNotCovered), never a guess from the weekday rule. IsWorkday, which has
// no error result, reports false for such a day; callers that must tell
// "rest day" from "unknown" use Workday or Covers.
type Calendar struct {
	first int             // the year of years[0]
	years []*calendarYear // years[i] is the year first+i; nil: not covered
}

//go:embed calendar_data/china.json
var chinaJSON []byte

var chinaCalendar = sync.OnceValue(func() *Calendar {
	var c Calendar
	if err := json.Unmarshal(chinaJSON, &c); err != nil {
		panic("governance: embedded calendar: " + err.Error())
	}
	return &c
})

// China returns the calendar of the State Council's holiday schedules
// (部分节假日安排) for 2024, 2025 and 2026, with their make-up workdays (调休).
// Each call returns a new Calendar (sharing read-only tables), so no caller
// can change another's. Add a year the library does not know yet with With.
//
// # Source
//
// 国务院办公厅关于2024年部分节假日安排的通知 (2023-10-25);
// 国办发明电〔2024〕12号 (2024-11-12) for 2025;
// 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
// The data is embedded as JSON, the same form Calendar marshals to.
func China() *Calendar {
	c := *chinaCalendar()
	return &c
}

// NewCalendar returns a calendar of the given years, which need not be
// consecutive. It reports every problem of the data (see
// CalendarYear.Validate; also an empty list and a year given twice) as
// Problems; warnings alone do not stop it.
func NewCalendar(years ...CalendarYear) (*Calendar, error) {
	var c Calendar
	return c.With(years...)
}

// With returns a new calendar that covers c's years and the given ones; c is
// unchanged. A year c already covers is an error, as is every problem
// NewCalendar reports. Paths in the problems index the arguments
// ("years[0].rest[2]").
func (c *Calendar) With(years ...CalendarYear) (*Calendar, error) {
	var ps Problems
	if len(years) == 0 && c.len() == 0 {
		ps = append(ps, Errorf("governance.calendar.empty", "years"))
	}
	seen := make(map[int]bool)
	for y := range c.Years() {
		seen[y.Year] = true
	}
	for i, y := range years {
		p := Index("years", i)
		if seen[y.Year] {
			ps = append(ps, Errorf("governance.calendar.year.duplicate", Field(p, "year"), strconv.Itoa(y.Year)))
		}
		seen[y.Year] = true
		ps = append(ps, y.validate(p)...)
	}
	if err := ps.Sorted().Err(); err != nil {
		return nil, err
	}
	all := make([]*calendarYear, 0, c.len()+len(years))
	if c != nil {
		for _, y := range c.years {
			if y != nil {
				all = append(all, y) // compiled years are never changed: share them
			}
		}
	}
	for _, y := range years {
		all = append(all, compileYear(y))
	}
	slices.SortFunc(all, func(a, b *calendarYear) int { return a.year - b.year })
	out := &Calendar{first: all[0].year, years: make([]*calendarYear, all[len(all)-1].year-all[0].year+1)}
	for _, y := range all {
		out.years[y.year-out.first] = y
	}
	return out, nil
}

// len returns the number of years covered.
func (c *Calendar) len() int {
	n := 0
	if c != nil {
		for _, y := range c.years {
			if y != nil {
				n++
			}
		}
	}
	return n
}

// Years yields a copy of every covered year's schedule, earliest first.
func (c *Calendar) Years() iter.Seq[CalendarYear] {
	return func(yield func(CalendarYear) bool) {
		if c == nil {
			return
		}
		for _, y := range c.years {
			if y != nil && !yield(y.data.clone()) {
				return
			}
		}
	}
}

// Year returns a copy of the schedule for year y, if the calendar covers it.
func (c *Calendar) Year(y int) (CalendarYear, bool) {
	cy := c.year(y)
	if cy == nil {
		return CalendarYear{}, false
	}
	return cy.data.clone(), true
}

func (c *Calendar) year(y int) *calendarYear {
	if c == nil {
		return nil
	}
	i := y - c.first
	if i < 0 || i >= len(c.years) {
		return nil
	}
	return c.years[i]
}

// locate returns d's year and its day of the year (0 = 1 January), or an
// error when d is not a valid date or its year is not covered.
func (c *Calendar) locate(d Date) (*calendarYear, int, error) {
	if !d.IsValid() {
		return nil, 0, &DateParseError{Value: fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day), Reason: "no such day"}
	}
	y := c.year(d.Year)
	if y == nil {
		return nil, 0, &NotCoveredError{Year: d.Year}
	}
	return y, d.days() - y.start, nil
}

// Covers reports whether d is a valid date in a year the calendar has a
// schedule for.
func (c *Calendar) Covers(d Date) bool {
	_, _, err := c.locate(d)
	return err == nil
}

// Workday reports whether d is a workday: a weekday that is not a rest day
// of the schedule, or a weekend day the schedule makes a workday (调休). For
// a day in a year the calendar does not cover, the error wraps
// ErrNotCovered.
func (c *Calendar) Workday(d Date) (bool, error) {
	y, k, err := c.locate(d)
	if err != nil {
		return false, err
	}
	return y.isWorkday(k), nil
}

// IsWorkday reports whether d is a workday. It reports false for a day the
// calendar does not cover, which it cannot tell from a rest day: use Workday
// when that matters.
func (c *Calendar) IsWorkday(d Date) bool {
	ok, _ := c.Workday(d)
	return ok
}

// AddWorkdays returns the same clock time as t on the n-th workday after
// t's day, counting in t's location. t's own day is never counted, whether
// it is a workday or not: a matter received on Friday evening with 1 workday
// is due on Monday, and so is one received on Saturday.
//
// A negative n counts back: AddWorkdays(t, -n) is the n-th workday before
// t's day (the latest day to apply "at least n workdays ahead" of t). n = 0
// returns t itself, even on a rest day, so that WorkdaysBetween(t,
// AddWorkdays(t, n)) == n for every n.
//
// The count must stay within covered years: the error wraps ErrNotCovered and
// names the first year it would have to guess. The clock time is kept as
// time.Time.AddDate keeps it.
func (c *Calendar) AddWorkdays(t time.Time, n int) (time.Time, error) {
	d := DateOf(t)
	y, k, err := c.locate(d)
	if err != nil {
		return time.Time{}, err
	}
	var day int // the target's day of the year in y
	switch {
	case n == 0:
		return t, nil
	case n > 0:
		// avail: workdays in y after day k; then whole years.
		avail := y.total() - int(y.before[k+1])
		for n > avail {
			n -= avail
			next := y.year + 1
			if y = c.year(next); y == nil {
				return time.Time{}, &NotCoveredError{Year: next}
			}
			avail = y.total()
		}
		day = int(y.list[y.total()-avail+n-1])
	default:
		// avail: workdays in y before day k; then whole years.
		avail := int(y.before[k])
		for n < -avail {
			n += avail
			prev := y.year - 1
			if y = c.year(prev); y == nil {
				return time.Time{}, &NotCoveredError{Year: prev}
			}
			avail = y.total()
		}
		day = int(y.list[avail+n])
	}
	return t.AddDate(0, 0, y.start+day-d.days()), nil
}

// WorkdaysBetween counts the workdays passed on the way from from's day to
// to's day (to taken in from's location): from's day is never counted, to's
// day is. When to is later it is the number of workdays after from's day up
// to and including to's day; when to is earlier it is minus the number of
// workdays from to's day up to but excluding from's day; on the same day it
// is 0. It is the inverse of AddWorkdays: WorkdaysBetween(t,
// AddWorkdays(t, n)) == n. Clock times do not matter.
//
// Every day on the way must be covered; the error wraps ErrNotCovered.
func (c *Calendar) WorkdaysBetween(from, to time.Time) (int, error) {
	a, b := DateOf(from), DateOf(to.In(from.Location()))
	switch a.Compare(b) {
	case 0:
		if _, _, err := c.locate(a); err != nil {
			return 0, err
		}
		return 0, nil
	case -1:
		return c.count(a, b, 1)
	default:
		n, err := c.count(b, a, 0)
		return -n, err
	}
}

// count returns W(hi) - W(lo) for lo before hi, where W(d) is the number of
// workdays up to day d: before d with off 0, up to and including d with
// off 1.
func (c *Calendar) count(lo, hi Date, off int) (int, error) {
	ylo, klo, err := c.locate(lo)
	if err != nil {
		return 0, err
	}
	yhi, khi, err := c.locate(hi)
	if err != nil {
		return 0, err
	}
	n := int(yhi.before[khi+off]) - int(ylo.before[klo+off])
	for y := ylo.year; y < yhi.year; y++ {
		cy := c.year(y)
		if cy == nil {
			return 0, &NotCoveredError{Year: y}
		}
		n += cy.total()
	}
	return n, nil
}

// calendarJSON is the JSON form of a Calendar.
type calendarJSON struct {
	Years []CalendarYear `json:"years"`
}

// MarshalJSON returns {"years": [...]}, each year as CalendarYear marshals,
// earliest first.
func (c Calendar) MarshalJSON() ([]byte, error) {
	v := calendarJSON{Years: slices.Collect(c.Years())}
	if v.Years == nil {
		v.Years = []CalendarYear{}
	}
	return json.Marshal(v)
}

// UnmarshalJSON reads {"years": [...]} and checks it as NewCalendar does.
// On error c is unchanged.
func (c *Calendar) UnmarshalJSON(b []byte) error {
	var v calendarJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	out, err := NewCalendar(v.Years...)
	if err != nil {
		return err
	}
	*c = *out
	return nil
}
