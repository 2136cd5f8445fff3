package governance

import (
	"fmt"
	"time"
)

// Date is a civil date — a day on the calendar with no time of day and no
// zone, as written in notices and registers ("2025-10-01"). Days, not
// instants, are what rules speak of: a post held from a day, a policy in
// force until a day, a holiday.
//
// The zero Date is "no date" (IsZero); it marshals to the empty string and
// back, so optional dates are tagged `json:",omitzero"`. A Date is
// comparable with ==; Compare, Before and After order dates. Build one
// with ParseDate, NewDate or DateOf; a Date made as a literal is not
// checked, and IsValid tells whether it is a real day in years 1–9999.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateParseError says why a string is not a date: the value and the reason
// ("want YYYY-MM-DD", "month out of range", "day out of range", "year out of
// range").
type DateParseError struct {
	Value  string
	Reason string
}

// Error describes the error in English.
func (e *DateParseError) Error() string {
	return fmt.Sprintf("governance: parsing date %q: %s", e.Value, e.Reason)
}

// NewDate returns the date, or an error when it is not a real calendar day
// (2023-02-29, 2025-04-31).
func NewDate(year int, month time.Month, day int) (Date, error) {
	d := Date{year, month, day}
	if !d.IsValid() {
		return Date{}, &DateParseError{Value: fmt.Sprintf("%04d-%02d-%02d", year, int(month), day), Reason: "no such day"}
	}
	return d, nil
}

// MustDate is NewDate for tests and constants; it panics on an invalid day.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses "2006-01-02": four-digit year, two-digit month and day,
// and a day that exists (leap years included).
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &DateParseError{Value: s, Reason: "want YYYY-MM-DD"}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &DateParseError{Value: s, Reason: "want YYYY-MM-DD"}
	}
	if y < 1 {
		return Date{}, &DateParseError{Value: s, Reason: "year out of range"}
	}
	if m < 1 || m > 12 {
		return Date{}, &DateParseError{Value: s, Reason: "month out of range"}
	}
	out := Date{y, time.Month(m), d}
	if !out.IsValid() {
		return Date{}, &DateParseError{Value: s, Reason: "day out of range"}
	}
	return out, nil
}

// MustParseDate is ParseDate for tests and constants; it panics on error.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// DateOf returns the day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real calendar day in years 1–9999.
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

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

// String returns "2006-01-02", or "" for the zero Date. An invalid Date
// prints its fields the same way ("2023-02-29").
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendDate(make([]byte, 0, 10)))
}

// appendDate appends the "2006-01-02" form of d to b.
func (d Date) appendDate(b []byte) []byte {
	b = appendInt(b, d.Year, 4)
	b = append(b, '-')
	b = appendInt(b, int(d.Month), 2)
	b = append(b, '-')
	return appendInt(b, d.Day, 2)
}

func appendInt(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	buf[i] = byte('0' + n)
	return append(b, buf[i:]...)
}

// AppendText implements encoding.TextAppender: it appends "2006-01-02",
// nothing for the zero Date, and fails for an invalid Date, which could not
// be read back.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	if !d.IsValid() {
		return b, &DateParseError{Value: d.String(), Reason: "cannot marshal an invalid date"}
	}
	return d.appendDate(b), nil
}

// MarshalText returns "2006-01-02", or empty for the zero Date (see
// AppendText).
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText parses "2006-01-02" as ParseDate does; empty text is the
// zero Date. On error d is unchanged.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// days returns the number of days since 1970-01-01 (proleptic Gregorian).
func (d Date) days() int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDays is the inverse of days.
func fromDays(z int) Date {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, time.Month(m), day}
}

// AddDays returns the date n days after d (before, for negative n). It agrees
// with time.Time.AddDate(0, 0, n) and allocates nothing.
func (d Date) AddDays(n int) Date { return fromDays(d.days() + n) }

// AddYears returns the same month and day n years later; 29 February becomes
// 1 March in a common year, as time.Time.AddDate does.
func (d Date) AddYears(n int) Date {
	y := d.Year + n
	if d.Month == time.February && d.Day == 29 && daysIn(y, time.February) == 28 {
		return Date{y, time.March, 1}
	}
	return Date{y, d.Month, d.Day}
}

// AddMonths returns the date n months later, normalised as
// time.Time.AddDate does (31 January + 1 month = 3 March in a common year).
func (d Date) AddMonths(n int) Date {
	return DateOf(d.In(time.UTC).AddDate(0, n, 0))
}

// DaysUntil returns the number of days from d to o (negative when o is
// earlier): d.AddDays(d.DaysUntil(o)) == o.
func (d Date) DaysUntil(o Date) int { return o.days() - d.days() }

// Compare returns -1, 0 or +1 as d is before, equal to or after o; it
// suits slices.SortFunc.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return sign(d.Year - o.Year)
	case d.Month != o.Month:
		return sign(int(d.Month) - int(o.Month))
	default:
		return sign(d.Day - o.Day)
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	w := (d.days() + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// In returns midnight at the start of d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Within reports whether d lies in [from, until): from inclusive, until
// exclusive, a zero bound open.
func (d Date) Within(from, until Date) bool {
	return (from.IsZero() || !d.Before(from)) && (until.IsZero() || d.Before(until))
}
