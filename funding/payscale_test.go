package funding

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"github.com/shopspring/decimal"
)

func TestEnumLabels(t *testing.T) {
	testkit.Labels(t, "funding.post", Posts())
	testkit.Labels(t, "funding.band", Bands())
	testkit.Labels(t, "funding.reason", Reasons())
	testkit.Labels(t, "funding.line", LineKinds())
}

func TestPostOf(t *testing.T) {
	want := map[governance.Role]Post{
		governance.RoleSecretary:       PostHead,
		governance.RoleDirector:        PostHead,
		governance.RoleDeputySecretary: PostDeputy,
		governance.RoleDeputyDirector:  PostDeputy,
		governance.RoleCommitteeMember: PostStaff,
		governance.RoleCommunityWorker: PostStaff,
		governance.RoleGridWorker:      PostStaff,
	}
	for r := range governance.Roles() {
		if got := PostOf(r); got != want[r] {
			t.Errorf("PostOf(%s) = %s, want %s", r, got, want[r])
		}
	}
	if PostOf(governance.RoleUnknown) != PostUnknown {
		t.Error("PostOf(unknown) is a post")
	}
}

func TestDefaultPayScaleValid(t *testing.T) {
	if ps := DefaultPayScale().Validate(); len(ps) != 0 {
		t.Errorf("DefaultPayScale has problems: %v", ps)
	}
	for _, r := range DefaultGradeRanges() {
		lo, hi, ok := DefaultPayScale().Range(r.Post)
		if !ok || lo != r.Lowest || hi != r.Highest {
			t.Errorf("Range(%s) = %d, %d, %v", r.Post, lo, hi, ok)
		}
	}
}

func TestPayScaleValidate(t *testing.T) {
	s := DefaultPayScale()
	s.Base = Money{}
	s.Posts = []PostGrades{
		{Post: PostHead, Lowest: 7, Highest: 8, Coefficients: []Rate{Percent(130), Percent(120)}},
		{Post: PostHead, Lowest: 3, Highest: 2},
		{Post: PostStaff, Lowest: 1, Highest: 2, Coefficients: []Rate{Percent(100)}},
		{Post: PostUnknown, Lowest: 1, Highest: 1, Coefficients: []Rate{Percent(0)}},
	}
	s.YearsPerStep = 0
	s.EarlyStep = EarlyStep{Years: 0, MaxSteps: 2}
	s.Uplift = map[governance.Education]int{governance.EducationMaster: -1}
	s.Certificates = map[governance.Certificate]Money{governance.CertificateSenior: Yuan(-1)}
	s.SecretaryDirector = Yuan(-300)
	s.BasicShare = Percent(101)
	s.Bands = map[Band]BandRule{BandPass: {Counts: true, Performance: Percent(-1)}}
	s.Unassessed = BandUnknown
	s.Probation = Probation{Months: -1, Rate: Percent(80)}
	s.Rounding = RoundingUnknown
	var got []string
	for _, p := range s.Validate() {
		got = append(got, p.Path+" "+p.Code)
	}
	want := []string{
		"bands funding.pay_scale.band_missing",
		"bands funding.pay_scale.band_missing",
		"bands funding.pay_scale.band_missing",
		"bands.pass funding.pay_scale.band_invalid",
		"base funding.pay_scale.base_not_positive",
		"certificates.senior funding.pay_scale.allowance_invalid",
		"earlyStep funding.pay_scale.early_step_invalid",
		"posts funding.pay_scale.post_missing",
		"posts[0].coefficients[1] funding.pay_scale.coefficient_decreasing",
		"posts[1] funding.pay_scale.range_invalid",
		"posts[1].post funding.pay_scale.post_invalid",
		"posts[2].coefficients funding.pay_scale.coefficients_count",
		"posts[3].coefficients[0] funding.pay_scale.coefficient_invalid",
		"posts[3].post funding.pay_scale.post_invalid",
		"probation funding.pay_scale.probation_invalid",
		"rounding funding.pay_scale.rounding_invalid",
		"secretaryDirector funding.pay_scale.allowance_invalid",
		"basicShare funding.pay_scale.share_invalid",
		"unassessed funding.pay_scale.band_missing",
		"uplift.master funding.pay_scale.uplift_invalid",
		"yearsPerStep funding.pay_scale.years_per_step_invalid",
	}
	if diff := cmp.Diff(slices.Sorted(slices.Values(want)), got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	if ps := s.Validate(); len(ps.Warnings()) != 1 || ps.Err() == nil {
		t.Errorf("warnings %v", ps.Warnings())
	}
}

func TestGrade(t *testing.T) {
	s := DefaultPayScale()
	for _, tc := range []struct {
		post  Post
		years int
		edu   governance.Education
		want  int
	}{
		{PostStaff, 0, governance.EducationSecondary, 1},
		{PostStaff, 0, governance.EducationCollege, 1},
		{PostStaff, 0, governance.EducationBachelor, 2},
		{PostStaff, 0, governance.EducationMaster, 3},
		{PostStaff, 0, governance.EducationDoctor, 4},
		{PostStaff, 2, governance.EducationSecondary, 1},
		{PostStaff, 3, governance.EducationSecondary, 2},
		{PostStaff, 6, governance.EducationBachelor, 4},
		{PostStaff, 100, governance.EducationDoctor, 12},
		{PostStaff, -5, governance.EducationSecondary, 1},
		{PostDeputy, 0, governance.EducationMaster, 6},
		{PostHead, 0, governance.EducationUnknown, 7},
		{PostHead, 33, governance.EducationBachelor, 18},
		{PostUnknown, 3, governance.EducationBachelor, 0},
	} {
		if got := s.Grade(tc.post, tc.years, tc.edu); got != tc.want {
			t.Errorf("Grade(%s, %d, %s) = %d, want %d", tc.post, tc.years, tc.edu, got, tc.want)
		}
	}
}

func TestMonthly(t *testing.T) {
	s := DefaultPayScale()
	for _, tc := range []struct {
		post  Post
		grade int
		want  string
		code  string
	}{
		{PostStaff, 1, "3400.00", ""},
		{PostStaff, 12, "5270.00", ""},
		{PostDeputy, 4, "3910.00", ""},
		{PostHead, 7, "4420.00", ""},
		{PostHead, 18, "6290.00", ""},
		{PostStaff, 13, "", "funding.grade.out_of_range"},
		{PostHead, 6, "", "funding.grade.out_of_range"},
		{PostUnknown, 1, "", "funding.pay_scale.post_not_paid"},
	} {
		got, err := s.Monthly(tc.post, tc.grade)
		if tc.code != "" {
			var p governance.Problem
			if !errors.As(err, &p) || p.Code != tc.code {
				t.Errorf("Monthly(%s, %d) = %v, %v; want %s", tc.post, tc.grade, got, err, tc.code)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("Monthly(%s, %d) = %v, %v; want %s", tc.post, tc.grade, got, err, tc.want)
		}
	}
}

func TestCoefficientsByGrade(t *testing.T) {
	list := IllustrativeCoefficients(18)
	if got := list[17].String(); got != "1.85" {
		t.Errorf("grade 18 = %s", got)
	}
	for _, bad := range []GradeRange{{PostHead, 0, 3}, {PostHead, 5, 4}, {PostHead, 7, 19}} {
		if _, err := CoefficientsByGrade(list, []GradeRange{bad}); err == nil {
			t.Errorf("CoefficientsByGrade(%v) succeeded", bad)
		}
	}
	posts, err := CoefficientsByGrade(list, DefaultGradeRanges())
	if err != nil {
		t.Fatal(err)
	}
	posts[0].Coefficients[0] = Percent(1)
	if list[6].Equal(Percent(1)) {
		t.Error("the table shares the list's memory")
	}
}

func TestPayScaleJSON(t *testing.T) {
	s := DefaultPayScale()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	saved := decimal.MarshalJSONWithoutQuotes
	decimal.MarshalJSONWithoutQuotes = true
	defer func() { decimal.MarshalJSONWithoutQuotes = saved }()
	again, err := json.Marshal(s)
	if err != nil || string(again) != string(b) {
		t.Errorf("JSON depends on decimal's settings:\n%s\n%s", b, again)
	}
	var back PayScale
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	const head = `{"base":"3400.00","posts":[{"post":"head","lowest":7,"highest":18,"coefficients":["1.3","1.35",`
	if string(b[:len(head)]) != head {
		t.Errorf("JSON starts %s", b[:len(head)])
	}
}

func FuzzPayScaleJSON(f *testing.F) {
	b, _ := json.Marshal(DefaultPayScale())
	f.Add(b)
	f.Add([]byte(`{"base":3400}`))
	f.Add([]byte(`{"bands":{"great":{"counts":true}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var s PayScale
		if err := json.Unmarshal(b, &s); err != nil {
			return
		}
		_ = s.Validate()
		// an unvalidated scale may refuse, but never panic
		w := staff("2015-03-01", governance.EducationMaster, years(2015, E, E, P, P, F, B, P, E, E, P)...)
		w.Posts = append(w.Posts, Tenure{From: day("2020-01-01"), Post: PostHead, SecretaryDirector: true})
		_, _ = s.Payslip(w, day("2025-06-01"))
		_, _ = s.Progression(w, day("2025-06-01"))
		_, _ = s.Monthly(PostHead, 9)
		_ = s.Grade(PostStaff, 7, governance.EducationBachelor)
		out, err := json.Marshal(s)
		if err != nil {
			return // an unknown enum key decoded as zero cannot be written back
		}
		var back PayScale
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%s does not decode: %v", out, err)
		}
		if diff := cmp.Diff(s, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}
