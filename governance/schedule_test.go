package governance_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

type entry = governance.Effective[int]

func TestScheduleAt(t *testing.T) {
	d := governance.MustParseDate
	s := governance.Schedule[int]{
		{From: d("2020-01-01"), Until: d("2023-01-01"), Value: 3000, Source: "a"},
		{From: d("2023-01-01"), Until: d("2024-01-01"), Value: 3400, Source: "b"},
		// a gap in 2024
		{From: d("2025-01-01"), Value: 3600, Source: "c"},
	}
	for _, tc := range []struct {
		on   string
		want int
		ok   bool
	}{
		{"2019-12-31", 0, false},
		{"2020-01-01", 3000, true},
		{"2022-12-31", 3000, true},
		{"2023-01-01", 3400, true},
		{"2023-12-31", 3400, true},
		{"2024-06-01", 0, false},
		{"2025-01-01", 3600, true},
		{"9999-12-31", 3600, true},
	} {
		got, ok := s.At(d(tc.on))
		if got != tc.want || ok != tc.ok {
			t.Errorf("At(%s) = %d, %v; want %d, %v", tc.on, got, ok, tc.want, tc.ok)
		}
	}
	if e, ok := s.Entry(d("2023-06-01")); !ok || e.Source != "b" {
		t.Errorf("Entry = %+v, %v", e, ok)
	}
	var empty governance.Schedule[int]
	if _, ok := empty.At(d("2025-01-01")); ok {
		t.Error("an empty schedule answers")
	}
	open := governance.Schedule[int]{{Value: 1, Source: "x"}}
	if v, ok := open.At(d("0001-01-01")); !ok || v != 1 {
		t.Error("an entry open at both ends does not cover every day")
	}
}

func TestScheduleValidate(t *testing.T) {
	d := governance.MustParseDate
	for _, tc := range []struct {
		name string
		s    governance.Schedule[int]
		want []string // "path code severity"
	}{
		{"clean", governance.Schedule[int]{
			{From: d("2020-01-01"), Until: d("2023-01-01"), Source: "a"},
			{From: d("2023-01-01"), Source: "b"},
		}, nil},
		{"warnings", governance.Schedule[int]{
			{Until: d("2023-01-01")},
		}, []string{"[0].from governance.schedule.from.missing warning", "[0].source governance.schedule.source.missing warning"}},
		{"unordered and overlapping", governance.Schedule[int]{
			{From: d("2023-01-01"), Source: "b"},
			{From: d("2020-01-01"), Until: d("2023-06-01"), Source: "a"},
		}, []string{"[1].from governance.schedule.overlap error", "[1].from governance.schedule.unordered error"}},
		{"unordered only", governance.Schedule[int]{
			{From: d("2023-01-01"), Source: "b"},
			{From: d("2020-01-01"), Until: d("2022-01-01"), Source: "a"},
		}, []string{"[1].from governance.schedule.unordered error"}},
		{"overlap", governance.Schedule[int]{
			{From: d("2020-01-01"), Until: d("2023-01-02"), Source: "a"},
			{From: d("2023-01-01"), Source: "b"},
		}, []string{"[1].from governance.schedule.overlap error"}},
		{"overlap hidden behind a shorter entry", governance.Schedule[int]{
			{From: d("2020-01-01"), Source: "open"},
			{From: d("2021-01-01"), Until: d("2021-02-01"), Source: "b"},
			{From: d("2022-01-01"), Until: d("2022-02-01"), Source: "c"},
		}, []string{"[1].from governance.schedule.overlap error", "[2].from governance.schedule.overlap error"}},
		{"same start", governance.Schedule[int]{
			{From: d("2020-01-01"), Until: d("2021-01-01"), Source: "a"},
			{From: d("2020-01-01"), Until: d("2021-01-01"), Source: "b"},
		}, []string{"[1].from governance.schedule.overlap error"}},
		{"empty and reversed spans", governance.Schedule[int]{
			{From: d("2020-01-01"), Until: d("2020-01-01"), Source: "a"},
			{From: d("2021-01-01"), Until: d("2020-06-01"), Source: "b"},
		}, []string{"[0].until governance.schedule.span.empty error", "[1].until governance.schedule.span.empty error"}},
		{"invalid dates", governance.Schedule[int]{
			{From: governance.Date{Year: 2023, Month: 2, Day: 29}, Until: governance.Date{Year: 2023, Month: 13, Day: 1}, Source: "a"},
		}, []string{"[0].from governance.schedule.date.invalid error", "[0].until governance.schedule.date.invalid error"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range tc.s.Validate() {
				got = append(got, p.Path+" "+p.Code+" "+p.Severity.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
	ps := governance.Schedule[int]{{Until: governance.MustParseDate("2020-01-01"), Source: "x"}}.ValidateIn("payScales")
	if len(ps) != 1 || ps[0].Path != "payScales[0].from" {
		t.Errorf("ValidateIn paths: %v", ps)
	}
}

func TestScheduleJSON(t *testing.T) {
	d := governance.MustParseDate
	s := governance.Schedule[int]{
		{From: d("2020-01-01"), Until: d("2023-01-01"), Value: 3000, Source: "a"},
		{From: d("2023-01-01"), Value: 3400, Source: "b"},
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	const want = `[{"from":"2020-01-01","until":"2023-01-01","value":3000,"source":"a"},{"from":"2023-01-01","value":3400,"source":"b"}]`
	if string(b) != want {
		t.Errorf("marshal = %s, want %s", b, want)
	}
	var back governance.Schedule[int]
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

var (
	dayMin = governance.MustParseDate("2019-01-01")
	dayMax = governance.MustParseDate("2026-12-31")
)

func genDay(t *rapid.T, label string) governance.Date {
	return dayMin.AddDays(rapid.IntRange(0, dayMin.DaysUntil(dayMax)).Draw(t, label))
}

// genValidSchedule draws ordered, non-overlapping entries with gaps, an
// open start and an open end sometimes.
func genValidSchedule(t *rapid.T) governance.Schedule[int] {
	n := rapid.IntRange(0, 8).Draw(t, "n")
	cuts := make([]governance.Date, 0, 2*n)
	day := dayMin
	for range 2 * n {
		day = day.AddDays(rapid.IntRange(1, 200).Draw(t, "step"))
		cuts = append(cuts, day)
	}
	var s governance.Schedule[int]
	for i := 0; i < n; i++ {
		e := entry{From: cuts[2*i], Until: cuts[2*i+1], Value: i, Source: "s"}
		if rapid.Bool().Draw(t, "abut") && i+1 < n {
			e.Until = cuts[2*i+2] // no gap to the next entry
		}
		s = append(s, e)
	}
	if n > 0 && rapid.Bool().Draw(t, "open start") {
		s[0].From = governance.Date{}
	}
	if n > 0 && rapid.Bool().Draw(t, "open end") {
		s[n-1].Until = governance.Date{}
	}
	return s
}

// genAnySchedule draws entries with no regard for order or overlap.
func genAnySchedule(t *rapid.T) governance.Schedule[int] {
	n := rapid.IntRange(0, 5).Draw(t, "n")
	var s governance.Schedule[int]
	for i := 0; i < n; i++ {
		e := entry{From: genDay(t, "from"), Value: i, Source: "s"}
		if !rapid.Bool().Draw(t, "open") {
			e.Until = genDay(t, "until")
		}
		s = append(s, e)
	}
	return s
}

// linearAt is the model: every entry that covers d.
func linearAt(s governance.Schedule[int], d governance.Date) []int {
	var out []int
	for _, e := range s {
		if d.Within(e.From, e.Until) {
			out = append(out, e.Value)
		}
	}
	return out
}

func TestScheduleAtProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genValidSchedule(t)
		if err := s.Validate().Err(); err != nil {
			t.Fatalf("a generated valid schedule is rejected: %v", err)
		}
		for range 20 {
			d := genDay(t, "day").AddDays(rapid.IntRange(-30, 2000).Draw(t, "beyond"))
			checkAt(t, s, d)
		}
		for _, e := range s { // the boundaries
			checkAt(t, s, e.From)
			if !e.Until.IsZero() {
				checkAt(t, s, e.Until.AddDays(-1))
				checkAt(t, s, e.Until)
			}
		}
	})
}

// TestScheduleValidateProperties: whatever Validate accepts has at most one
// entry for each day, and At finds it.
func TestScheduleValidateProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genAnySchedule(t)
		if s.Validate().Err() != nil {
			return
		}
		for d := dayMin.AddDays(-1); !d.After(dayMax.AddDays(1)); d = d.AddDays(7) {
			checkAt(t, s, d)
		}
	})
}

func checkAt(t *rapid.T, s governance.Schedule[int], d governance.Date) {
	want := linearAt(s, d)
	if len(want) > 1 {
		t.Fatalf("%v is covered by %d entries of a valid schedule %v", d, len(want), s)
	}
	got, ok := s.At(d)
	if ok != (len(want) == 1) || ok && got != want[0] {
		t.Fatalf("At(%v) = %d, %v; the linear scan finds %v in %v", d, got, ok, want, s)
	}
}

func BenchmarkScheduleAt(b *testing.B) {
	d := governance.MustParseDate
	var s governance.Schedule[int]
	from := d("2018-01-01")
	for i := range 8 {
		s = append(s, entry{From: from, Until: from.AddYears(1), Value: i, Source: "x"})
		from = from.AddYears(1)
	}
	on := d("2023-06-15")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := s.At(on); !ok {
			b.Fatal("not covered")
		}
	}
}
