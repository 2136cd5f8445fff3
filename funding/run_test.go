package funding

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

var (
	benxi     = governance.MustParseCode("210500000000")
	pingshan  = governance.MustParseCode("210502000000")
	communty2 = governance.MustParseCode("210502001002")
	elsewhere = governance.MustParseCode("120101001001")
)

func testScales() Scales {
	raised := DefaultPayScale()
	raised.Base = Yuan(3500)
	return Scales{
		benxi: DefaultPaySchedule(),
		pingshan: governance.Schedule[PayScale]{{
			From: day("2025-01-01"), Value: raised, Source: "a district raise (test)",
		}},
	}
}

func TestScalesAt(t *testing.T) {
	sc := testScales()
	for _, tc := range []struct {
		unit governance.Code
		on   string
		base string // "" when none
	}{
		{community, "2024-06-01", "3400.00"}, // the district's scale is not yet in force: the city's
		{community, "2025-06-01", "3500.00"},
		{benxi, "2025-06-01", "3400.00"},
		{community, "2022-12-31", ""},
		{elsewhere, "2025-06-01", ""},
	} {
		s, ok := sc.At(tc.unit, day(tc.on))
		if got := map[bool]string{true: s.Base.String(), false: ""}[ok]; got != tc.base {
			t.Errorf("At(%s, %s) = %q, want %q", tc.unit, tc.on, got, tc.base)
		}
	}
	sc[""] = DefaultPaySchedule()
	if s, ok := sc.At(elsewhere, day("2025-06-01")); !ok || !s.Base.Equal(Yuan(3400)) {
		t.Errorf("the default scale does not apply: %v %v", s.Base, ok)
	}
}

func TestScalesValidate(t *testing.T) {
	sc := testScales()
	if ps := sc.Validate(); len(ps) != 0 {
		t.Errorf("Validate: %v", ps)
	}
	bad := DefaultPayScale()
	bad.YearsPerStep = 0
	sc["21"] = governance.Schedule[PayScale]{{From: day("2025-01-01"), Until: day("2024-01-01"), Value: bad, Source: "x"}}
	var got []string
	for _, p := range sc.Validate() {
		got = append(got, p.Path+" "+p.Code)
	}
	want := []string{
		"21 funding.scales.unit_invalid",
		"21[0].until governance.schedule.span.empty",
		"21[0].value.yearsPerStep funding.pay_scale.years_per_step_invalid",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

func TestScalesJSON(t *testing.T) {
	sc := testScales()
	sc[""] = DefaultPaySchedule()
	data, err := json.Marshal(sc)
	if err != nil {
		t.Fatal(err)
	}
	var back Scales
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sc, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestRunPayroll(t *testing.T) {
	sc := testScales()
	a := staff("2023-01-01", governance.EducationBachelor, years(2023, P, P)...)
	a.Person = "a"
	b := staff("2024-09-01", governance.EducationSecondary)
	b.Person, b.Unit = "b", communty2
	c := staff("2020-01-01", governance.EducationMaster)
	c.Person, c.Posts[0].Post = "c", PostHead
	notYet := staff("2025-07-01", governance.EducationSecondary)
	notYet.Person = "not-yet"
	gone := staff("2020-01-01", governance.EducationSecondary)
	gone.Person, gone.LeftOn = "gone", day("2025-01-01")
	lost := staff("2020-01-01", governance.EducationSecondary)
	lost.Person, lost.Unit = "lost", elsewhere
	broken := staff("2020-01-01", governance.EducationSecondary)
	broken.Person = ""
	overGraded := staff("2020-01-01", governance.EducationSecondary)
	overGraded.Person, overGraded.Grade = "over", 14

	run := RunPayroll(day("2025-06-15"), []Worker{a, b, notYet, lost, c, gone, broken, overGraded}, sc)

	var people []string
	var sum Money
	for _, p := range run.Payslips {
		people = append(people, fmt.Sprintf("%s %s %d %s", p.Person, p.Post, p.Grade, p.Total))
		sum = sum.Add(p.Total)
	}
	// a base of 3,500 from the district's scale; b's probation ended on 2024-12-01
	wantPeople := []string{"a staff 2 3675.00", "b staff 1 3500.00", "c head 9 4900.00"}
	if diff := cmp.Diff(wantPeople, people); diff != "" {
		t.Errorf("payslips (-want +got):\n%s", diff)
	}
	if !sum.Equal(run.Total) || run.Workers != 3 || run.Month != day("2025-06-01") {
		t.Errorf("total %s, workers %d, month %s; payslips add up to %s", run.Total, run.Workers, run.Month, sum)
	}
	wantUnits := []UnitTotal{
		{community, 2, MustParseMoney("8575.00")},
		{communty2, 1, MustParseMoney("3500.00")},
	}
	if diff := cmp.Diff(wantUnits, run.Units); diff != "" {
		t.Errorf("units (-want +got):\n%s", diff)
	}
	wantPosts := []PostTotal{{PostHead, 1, MustParseMoney("4900.00")}, {PostStaff, 2, MustParseMoney("7175.00")}}
	if diff := cmp.Diff(wantPosts, run.Posts); diff != "" {
		t.Errorf("posts (-want +got):\n%s", diff)
	}
	var problems []string
	for _, p := range run.Problems {
		problems = append(problems, p.Path+" "+p.Code)
	}
	wantProblems := []string{
		"roster[3] funding.payroll.no_scale",
		"roster[6].person funding.worker.person_missing",
		"roster[7].grade funding.grade.out_of_range",
	}
	if diff := cmp.Diff(wantProblems, problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}

	b2, err := json.Marshal(run)
	if err != nil {
		t.Fatal(err)
	}
	var back Payroll
	if err := json.Unmarshal(b2, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(run.Payslips, back.Payslips); diff != "" {
		t.Errorf("payslips' JSON round trip (-want +got):\n%s", diff)
	}
}

func TestRunPayrollInvalidScale(t *testing.T) {
	bad := DefaultPayScale()
	bad.Bands = nil
	sc := Scales{"": {{From: day("2020-01-01"), Value: bad, Source: "x"}}}
	run := RunPayroll(day("2025-06-01"), []Worker{staff("2020-01-01", 0), staff("2021-01-01", 0)}, sc)
	if len(run.Problems) != 2 || !run.Problems.Has("funding.payroll.scale_invalid") || len(run.Payslips) != 0 {
		t.Errorf("problems %v, payslips %d", run.Problems, len(run.Payslips))
	}
}

// roster returns n workers spread over 1,000 communities of one district,
// hired over twenty years, with assessments and certificates.
func roster(n int) []Worker {
	out := make([]Worker, n)
	bands := []Band{P, P, P, E, B, P, F}
	for i := range out {
		hired := governance.MustDate(2000+i%20, time.Month(1+i%12), 1+i%28)
		code, _ := governance.ParseCode(fmt.Sprintf("210502%03d%03d", 1+i/1000%50, 1+i%20))
		w := Worker{
			Person:      governance.PersonID(fmt.Sprintf("w%06d", i)),
			Unit:        code,
			HiredOn:     hired,
			Education:   governance.Education(1 + i%5),
			Certificate: governance.Certificate(1 + i%4),
			Posts:       []Tenure{{From: hired, Post: Post(1 + i%3), SecretaryDirector: i%3 == 0 && i%2 == 0}},
		}
		for y := hired.Year; y < 2025; y++ {
			w.Assessments = append(w.Assessments, Assessment{y, bands[(i+y)%len(bands)]})
		}
		out[i] = w
	}
	return out
}

func BenchmarkRunPayroll100k(b *testing.B) {
	b.ReportAllocs()
	workers := roster(100_000)
	sc := Scales{benxi: DefaultPaySchedule()}
	month := day("2025-06-01")
	for b.Loop() {
		run := RunPayroll(month, workers, sc)
		if len(run.Problems) != 0 || run.Workers != len(workers) {
			b.Fatalf("%d problems, %d workers: %v", len(run.Problems), run.Workers, run.Problems[:1])
		}
	}
}
