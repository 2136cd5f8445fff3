package governance_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"pgregory.net/rapid"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    governance.Date
		wantErr string // the DateParseError's reason
	}{
		{in: "2025-10-01", want: governance.Date{Year: 2025, Month: time.October, Day: 1}},
		{in: "2024-02-29", want: governance.Date{Year: 2024, Month: time.February, Day: 29}},
		{in: "2000-02-29", want: governance.Date{Year: 2000, Month: time.February, Day: 29}},
		{in: "0001-01-01", want: governance.Date{Year: 1, Month: time.January, Day: 1}},
		{in: "9999-12-31", want: governance.Date{Year: 9999, Month: time.December, Day: 31}},
		{in: "2023-02-29", wantErr: "day out of range"},
		{in: "1900-02-29", wantErr: "day out of range"},
		{in: "2025-04-31", wantErr: "day out of range"},
		{in: "2025-01-00", wantErr: "day out of range"},
		{in: "2025-01-32", wantErr: "day out of range"},
		{in: "2025-00-10", wantErr: "month out of range"},
		{in: "2025-13-10", wantErr: "month out of range"},
		{in: "0000-01-01", wantErr: "year out of range"},
		{in: "", wantErr: "want YYYY-MM-DD"},
		{in: "2025-1-01", wantErr: "want YYYY-MM-DD"},
		{in: "2025/01/01", wantErr: "want YYYY-MM-DD"},
		{in: "20250101", wantErr: "want YYYY-MM-DD"},
		{in: "2025-01-01T00:00:00Z", wantErr: "want YYYY-MM-DD"},
		{in: "+025-01-01", wantErr: "want YYYY-MM-DD"},
		{in: "2025-0a-01", wantErr: "want YYYY-MM-DD"},
		{in: "２０２５-01-01", wantErr: "want YYYY-MM-DD"},
	} {
		got, err := governance.ParseDate(tc.in)
		var pe *governance.DateParseError
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("ParseDate(%q): %v", tc.in, err)
		case tc.wantErr != "" && !errors.As(err, &pe):
			t.Errorf("ParseDate(%q) = %v, %v; want a *DateParseError", tc.in, got, err)
		case tc.wantErr != "":
			if diff := cmp.Diff(&governance.DateParseError{Value: tc.in, Reason: tc.wantErr}, pe); diff != "" {
				t.Errorf("ParseDate(%q) error (-want +got):\n%s", tc.in, diff)
			}
		default:
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseDate(%q) (-want +got):\n%s", tc.in, diff)
			}
			if s := got.String(); s != tc.in {
				t.Errorf("ParseDate(%q).String() = %q", tc.in, s)
			}
		}
	}
}

func TestNewDate(t *testing.T) {
	if _, err := governance.NewDate(2023, time.February, 29); err == nil {
		t.Error("NewDate(2023-02-29) accepted")
	}
	got, err := governance.NewDate(2024, time.February, 29)
	if diff := cmp.Diff(governance.MustParseDate("2024-02-29"), got); err != nil || diff != "" {
		t.Errorf("NewDate(2024-02-29): %v (-want +got):\n%s", err, diff)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustDate(2025-02-30) did not panic")
		}
	}()
	governance.MustDate(2025, time.February, 30)
}

func TestDateText(t *testing.T) {
	type record struct {
		From  governance.Date `json:"from"`
		Until governance.Date `json:"until,omitzero"`
	}
	for _, tc := range []struct {
		name string
		in   record
		json string
	}{
		{"both", record{governance.MustParseDate("2024-02-29"), governance.MustParseDate("2025-01-01")}, `{"from":"2024-02-29","until":"2025-01-01"}`},
		{"open", record{From: governance.MustParseDate("2025-10-01")}, `{"from":"2025-10-01"}`},
		{"zero", record{}, `{"from":""}`},
	} {
		b, err := json.Marshal(tc.in)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.json, string(b)); diff != "" {
			t.Errorf("%s: marshal (-want +got):\n%s", tc.name, diff)
		}
		var back record
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.in, back); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", tc.name, diff)
		}
	}

	// An invalid date cannot be written, since it could not be read back.
	if _, err := json.Marshal(record{From: governance.Date{Year: 2023, Month: time.February, Day: 29}}); err == nil {
		t.Error("marshalling 2023-02-29 succeeded")
	}
	b, err := governance.MustParseDate("2025-10-01").AppendText([]byte("day "))
	if string(b) != "day 2025-10-01" || err != nil {
		t.Errorf("AppendText = %q, %v", b, err)
	}

	// A rejected text leaves the date unchanged.
	d := governance.MustParseDate("2025-10-01")
	for _, bad := range []string{`"2023-02-29"`, `"tomorrow"`, `20251001`} {
		if err := json.Unmarshal([]byte(bad), &d); err == nil {
			t.Errorf("unmarshalling %s succeeded", bad)
		}
		if d != governance.MustParseDate("2025-10-01") {
			t.Errorf("unmarshalling %s changed the date to %v", bad, d)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := governance.MustParseDate
	for _, tc := range []struct {
		name string
		got  governance.Date
		want governance.Date
	}{
		{"AddDays over a leap day", d("2024-02-28").AddDays(2), d("2024-03-01")},
		{"AddDays over a common February", d("2023-02-28").AddDays(1), d("2023-03-01")},
		{"AddDays back over a year", d("2025-01-01").AddDays(-1), d("2024-12-31")},
		{"AddDays zero", d("2025-10-01").AddDays(0), d("2025-10-01")},
		{"AddMonths overflows as time does", d("2025-01-31").AddMonths(1), d("2025-03-03")},
		{"AddMonths back", d("2025-03-31").AddMonths(-1), d("2025-03-03")},
		{"AddYears from a leap day", d("2024-02-29").AddYears(1), d("2025-03-01")},
		{"AddYears to a leap day", d("2024-02-29").AddYears(4), d("2028-02-29")},
		{"DateOf keeps the zone's day", governance.DateOf(time.Date(2025, 9, 30, 23, 30, 0, 0, time.FixedZone("CST", 8*3600))), d("2025-09-30")},
	} {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	for _, tc := range []struct {
		a, b          string
		compare, days int
	}{
		{"2025-10-01", "2025-10-01", 0, 0},
		{"2025-10-01", "2025-10-08", -1, 7},
		{"2025-10-08", "2025-10-01", 1, -7},
		{"2024-12-31", "2025-01-01", -1, 1},
		{"2024-01-01", "2025-01-01", -1, 366},
		{"2025-02-01", "2025-01-31", 1, -1},
	} {
		a, b := d(tc.a), d(tc.b)
		if got := a.Compare(b); got != tc.compare {
			t.Errorf("%s.Compare(%s) = %d, want %d", a, b, got, tc.compare)
		}
		if got := a.DaysUntil(b); got != tc.days {
			t.Errorf("%s.DaysUntil(%s) = %d, want %d", a, b, got, tc.days)
		}
		if a.Before(b) != (tc.compare < 0) || a.After(b) != (tc.compare > 0) {
			t.Errorf("%s Before/After %s disagree with Compare", a, b)
		}
	}
	if got := d("2025-10-01").Weekday(); got != time.Wednesday {
		t.Errorf("2025-10-01 is a %s, want Wednesday", got)
	}
	if got := d("2025-10-01").In(time.UTC); !got.Equal(time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("In(UTC) = %v", got)
	}
}

func TestDateWithin(t *testing.T) {
	d := governance.MustParseDate
	from, until := d("2025-01-01"), d("2025-02-01")
	for _, tc := range []struct {
		day         string
		from, until governance.Date
		want        bool
	}{
		{"2024-12-31", from, until, false},
		{"2025-01-01", from, until, true},
		{"2025-01-31", from, until, true},
		{"2025-02-01", from, until, false},
		{"1900-01-01", governance.Date{}, until, true},
		{"9999-12-31", from, governance.Date{}, true},
		{"2024-12-31", from, governance.Date{}, false},
	} {
		if got := d(tc.day).Within(tc.from, tc.until); got != tc.want {
			t.Errorf("%s.Within(%v, %v) = %t, want %t", tc.day, tc.from, tc.until, got, tc.want)
		}
	}
}

// midnight is d at midnight UTC, the reference the properties compare with.
func midnight(d governance.Date) time.Time { return d.In(time.UTC) }

func TestDateProperties(t *testing.T) {
	t.Run("AddDays agrees with time.AddDate", rapid.MakeCheck(func(t *rapid.T) {
		// ±300,000 days is about 821 years: from 1000–9000 the result stays
		// within the years Date supports.
		d := testkit.DateIn(1000, 9000).Draw(t, "d")
		n := rapid.IntRange(-300000, 300000).Draw(t, "n")
		want := midnight(d).AddDate(0, 0, n)
		if got := d.AddDays(n); got != governance.DateOf(want) {
			t.Fatalf("%s.AddDays(%d) = %s, want %s", d, n, got, governance.DateOf(want))
		}
	}))
	t.Run("DaysUntil inverts AddDays", rapid.MakeCheck(func(t *rapid.T) {
		d := testkit.Date().Draw(t, "d")
		o := testkit.Date().Draw(t, "o")
		n := d.DaysUntil(o)
		if got := d.AddDays(n); got != o {
			t.Fatalf("%s.AddDays(%s.DaysUntil(%s) = %d) = %s", d, d, o, n, got)
		}
		if got := o.DaysUntil(d.AddDays(n)); got != 0 {
			t.Fatalf("round trip off by %d", got)
		}
	}))
	t.Run("Compare agrees with time", rapid.MakeCheck(func(t *rapid.T) {
		a := testkit.Date().Draw(t, "a")
		b := testkit.Date().Draw(t, "b")
		if got, want := a.Compare(b), midnight(a).Compare(midnight(b)); got != want {
			t.Fatalf("%s.Compare(%s) = %d, time says %d", a, b, got, want)
		}
		if got, want := a.DaysUntil(b), int((midnight(b).Unix()-midnight(a).Unix())/86400); got != want {
			t.Fatalf("%s.DaysUntil(%s) = %d, time says %d", a, b, got, want)
		}
	}))
	t.Run("Weekday agrees with time", rapid.MakeCheck(func(t *rapid.T) {
		d := testkit.Date().Draw(t, "d")
		if got, want := d.Weekday(), midnight(d).Weekday(); got != want {
			t.Fatalf("%s.Weekday() = %s, want %s", d, got, want)
		}
	}))
	t.Run("text round trip", rapid.MakeCheck(func(t *rapid.T) {
		d := testkit.Date().Draw(t, "d")
		b, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back governance.Date
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Fatalf("%s → %q → %v, %v", d, b, back, err)
		}
		if p, err := governance.ParseDate(d.String()); err != nil || p != d {
			t.Fatalf("ParseDate(%q) = %v, %v", d, p, err)
		}
	}))
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-10-01", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2025-13-01", "", "2025-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := governance.ParseDate(s)
		if err != nil {
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = %v, which is not valid", s, d)
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if got := governance.DateOf(d.In(time.UTC)); got != d {
			t.Fatalf("DateOf(%q.In(UTC)) = %v", s, got)
		}
	})
}

func FuzzDateUnmarshalText(f *testing.F) {
	for _, s := range []string{"2025-10-01", "2024-02-29", "2023-02-29", "", "x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		before := governance.MustParseDate("2025-10-01")
		d := before
		if err := d.UnmarshalText(b); err != nil {
			if d != before {
				t.Fatalf("rejected %q but changed the date to %v", b, d)
			}
			return
		}
		out, err := d.MarshalText()
		if err != nil {
			t.Fatalf("accepted %q as %v but cannot marshal it: %v", b, d, err)
		}
		if string(out) != string(b) {
			t.Fatalf("%q → %v → %q", b, d, out)
		}
	})
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := governance.ParseDate("2025-10-01"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDateAddDays(b *testing.B) {
	b.ReportAllocs()
	d := governance.MustParseDate("2025-10-01")
	n := 0
	for b.Loop() {
		n += d.AddDays(400).Day
	}
	if n == 0 {
		b.Fatal("no days")
	}
}
