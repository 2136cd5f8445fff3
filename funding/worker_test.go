package funding

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

var community = governance.MustParseCode("210502001001")

func day(s string) governance.Date { return governance.MustParseDate(s) }

// years returns assessments of consecutive years from first.
func years(first int, bands ...Band) []Assessment {
	out := make([]Assessment, len(bands))
	for i, b := range bands {
		out[i] = Assessment{Year: first + i, Band: b}
	}
	return out
}

func staff(hired string, edu governance.Education, as ...Assessment) Worker {
	return Worker{
		Person:      "w1",
		Unit:        community,
		HiredOn:     day(hired),
		Education:   edu,
		Certificate: governance.CertificateNone,
		Posts:       []Tenure{{From: day(hired), Post: PostStaff}},
		Assessments: as,
	}
}

const (
	E = BandExcellent
	P = BandPass
	B = BandBasicPass
	F = BandFail
)

func TestGradeOn(t *testing.T) {
	s := DefaultPayScale()
	secondary, bachelor := governance.EducationSecondary, governance.EducationBachelor
	moved := staff("2000-01-01", secondary, years(2000, make40(P)[:25]...)...)
	moved.Posts = append(moved.Posts, Tenure{From: day("2021-06-01"), Post: PostDeputy}, Tenure{From: day("2023-03-01"), Post: PostHead})
	promoted := staff("2020-01-01", bachelor)
	promoted.Posts = append(promoted.Posts, Tenure{From: day("2020-06-01"), Post: PostDeputy})
	demoted := staff("2010-01-01", secondary)
	demoted.Posts = []Tenure{{From: day("2010-01-01"), Post: PostHead}, {From: day("2020-01-01"), Post: PostStaff}}
	demoted.Grade, demoted.GradedOn = 17, day("2019-01-01")
	placed := staff("2001-09-01", secondary, years(2023, P, P, P)...)
	placed.Grade, placed.GradedOn = 9, day("2023-01-01")

	for _, tc := range []struct {
		name  string
		w     Worker
		on    string
		post  Post
		grade int
	}{
		{"entry, secondary", staff("2020-07-01", secondary), "2020-07-01", PostStaff, 1},
		{"entry, bachelor", staff("2020-07-01", bachelor), "2020-07-01", PostStaff, 2},
		{"partial first year does not count", staff("2020-07-01", secondary, years(2020, P, P, P)...), "2023-01-01", PostStaff, 1},
		{"three full years", staff("2020-07-01", secondary, years(2020, P, P, P, P)...), "2024-01-01", PostStaff, 2},
		{"the day before the step", staff("2020-07-01", secondary, years(2020, P, P, P, P)...), "2023-12-31", PostStaff, 1},
		{"hired on 1 January: that year counts", staff("2020-01-01", secondary, years(2020, P, P, P)...), "2023-01-01", PostStaff, 2},
		{"a failing year does not count", staff("2020-01-01", secondary, years(2020, P, F, P)...), "2023-01-01", PostStaff, 1},
		{"…and the count goes on after it", staff("2020-01-01", secondary, years(2020, P, F, P, P)...), "2024-01-01", PostStaff, 2},
		{"a missing year does not count", staff("2020-01-01", secondary, Assessment{2020, P}, Assessment{2022, P}), "2023-01-01", PostStaff, 1},
		{"basic pass counts", staff("2020-01-01", secondary, years(2020, B, B, B)...), "2023-01-01", PostStaff, 2},
		{"two excellent years step early", staff("2020-01-01", secondary, years(2020, E, E)...), "2022-01-01", PostStaff, 2},
		{"excellent broken by a pass", staff("2020-01-01", secondary, years(2020, E, P)...), "2022-01-01", PostStaff, 1},
		{"excellent broken by a fail", staff("2020-01-01", secondary, years(2020, E, F, E)...), "2023-01-01", PostStaff, 1},
		{"early steps at most twice", staff("2020-01-01", secondary, years(2020, E, E, E, E, E, E)...), "2026-01-01", PostStaff, 3},
		{"…then regular steps", staff("2020-01-01", secondary, years(2020, E, E, E, E, E, E, E)...), "2027-01-01", PostStaff, 4},
		{"the years of a step are used once", staff("2020-01-01", secondary, years(2020, P, P, E, E)...), "2024-01-01", PostStaff, 2},
		{"…so an early step needs two more", staff("2020-01-01", secondary, years(2020, P, P, E, E, E)...), "2025-01-01", PostStaff, 3},
		{"never beyond the range", staff("1980-01-01", governance.EducationDoctor, years(1980, make40(P)...)...), "2020-06-01", PostStaff, 12},
		{"before the move", moved, "2021-05-31", PostStaff, 8},
		{"move keeps the coefficient", moved, "2021-06-01", PostDeputy, 8},
		{"move up to head keeps it too", moved, "2023-03-01", PostHead, 8},
		{"the count goes on across moves", moved, "2024-01-01", PostHead, 9},
		{"a move lands no lower than the entry grade", promoted, "2020-06-01", PostDeputy, 5},
		{"a recorded grade", placed, "2023-01-01", PostStaff, 9},
		{"progress from a recorded grade", placed, "2026-01-01", PostStaff, 10},
		{"before the recorded grade, from hiring", placed, "2010-01-01", PostStaff, 1},
		{"a move down lands at the top", demoted, "2020-01-01", PostStaff, 12},
	} {
		post, grade, err := s.GradeOn(tc.w, day(tc.on))
		if err != nil || post != tc.post || grade != tc.grade {
			pl, _ := s.Progression(tc.w, day(tc.on))
			t.Errorf("%s: GradeOn(%s) = %s %d, %v; want %s %d\n%v", tc.name, tc.on, post, grade, err, tc.post, tc.grade, pl)
		}
	}
}

func make40(b Band) []Band {
	out := make([]Band, 40)
	for i := range out {
		out[i] = b
	}
	return out
}

func TestGradeOnErrors(t *testing.T) {
	s := DefaultPayScale()
	w := staff("2020-01-01", governance.EducationSecondary)
	w.LeftOn = day("2022-01-01")
	for _, tc := range []struct {
		name string
		w    Worker
		on   string
		code string
	}{
		{"before hiring", w, "2019-12-31", "funding.worker.not_employed"},
		{"on leaving", w, "2022-01-01", "funding.worker.not_employed"},
		{"invalid worker", Worker{}, "2022-01-01", "funding.worker.person_missing"},
		{"recorded grade out of range", func() Worker { v := w; v.Grade = 13; return v }(), "2021-01-01", "funding.grade.out_of_range"},
	} {
		_, _, err := s.GradeOn(tc.w, day(tc.on))
		if ps := asProblems(err); !ps.Has(tc.code) {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
		}
	}
	noDeputy := DefaultPayScale()
	noDeputy.Posts = []PostGrades{noDeputy.Posts[0], noDeputy.Posts[2]}
	w.Posts = append(w.Posts, Tenure{From: day("2021-01-01"), Post: PostDeputy})
	if _, _, err := noDeputy.GradeOn(w, day("2021-06-01")); !asProblems(err).Has("funding.pay_scale.post_not_paid") {
		t.Errorf("staff not paid: %v", err)
	}
	deputy := staff("2020-01-01", 0)
	deputy.Posts[0].Post = PostDeputy
	if _, _, err := noDeputy.GradeOn(deputy, day("2021-06-01")); !asProblems(err).Has("funding.pay_scale.post_not_paid") {
		t.Errorf("deputy not paid: %v", err)
	}
}

func TestWorkerValidate(t *testing.T) {
	w := Worker{
		Unit:    "21",
		HiredOn: day("2020-05-01"),
		LeftOn:  day("2020-05-01"),
		Posts: []Tenure{
			{From: day("2020-06-01"), Post: PostStaff, SecretaryDirector: true},
			{From: day("2020-06-01"), Post: PostUnknown},
		},
		Assessments: []Assessment{{2019, P}, {2021, BandUnknown}, {2020, P}},
		Grade:       -1,
	}
	var got []string
	for _, p := range w.Validate() {
		got = append(got, p.Path+" "+p.Code)
	}
	want := []string{
		"assessments[0].year funding.worker.assessments_order",
		"assessments[1].band funding.worker.band_invalid",
		"assessments[2].year funding.worker.assessments_order",
		"grade funding.worker.grade_invalid",
		"leftOn funding.worker.left_before_hired",
		"person funding.worker.person_missing",
		"posts[0].from funding.worker.posts_start",
		"posts[0].secretaryDirector funding.worker.secretary_director_not_head",
		"posts[1].from funding.worker.posts_order",
		"posts[1].post funding.worker.post_invalid",
		"unit funding.worker.unit_invalid",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	if ps := (Worker{Person: "x", Unit: community, HiredOn: day("2020-01-01")}).Validate(); !ps.Has("funding.worker.posts_missing") {
		t.Errorf("no posts: %v", ps)
	}
	if ps := (Worker{Person: "x", Unit: community}).Validate(); !ps.Has("funding.worker.hired_on_invalid") {
		t.Errorf("no hiring day: %v", ps)
	}
}

func TestWorkerOf(t *testing.T) {
	p := governance.Person{ID: "p1", Name: "王芳", Education: governance.EducationMaster, Certificate: governance.CertificateJunior}
	post := governance.Post{Person: "p1", Role: governance.RoleDeputyDirector, Unit: community, From: day("2021-03-15")}
	w := WorkerOf(p, post)
	want := Worker{
		Person: "p1", Unit: community, HiredOn: day("2021-03-15"),
		Education: governance.EducationMaster, Certificate: governance.CertificateJunior,
		Posts: []Tenure{{From: day("2021-03-15"), Post: PostDeputy}},
	}
	if diff := cmp.Diff(want, w); diff != "" {
		t.Errorf("WorkerOf (-want +got):\n%s", diff)
	}
	if ps := w.Validate(); len(ps) != 0 {
		t.Errorf("Validate: %v", ps)
	}
}

// genWorker draws a valid worker: hired between 2000 and 2020, possibly
// moving up from staff to deputy to head, with assessments for most years.
func genWorker() *rapid.Generator[Worker] {
	return rapid.Custom(func(t *rapid.T) Worker {
		hired := governance.MustDate(rapid.IntRange(2000, 2020).Draw(t, "year"), time.Month(rapid.IntRange(1, 12).Draw(t, "month")), rapid.IntRange(1, 28).Draw(t, "day"))
		edu := rapid.SampledFrom([]governance.Education{governance.EducationSecondary, governance.EducationCollege, governance.EducationBachelor, governance.EducationMaster, governance.EducationDoctor}).Draw(t, "education")
		w := staff(hired.String(), edu)
		w.Posts[0].Post = rapid.SampledFrom([]Post{PostStaff, PostDeputy, PostHead}).Draw(t, "post")
		from := hired
		for p := w.Posts[0].Post - 1; p >= PostHead && rapid.Bool().Draw(t, "promoted"); p-- {
			from = from.AddDays(rapid.IntRange(1, 3000).Draw(t, "after"))
			w.Posts = append(w.Posts, Tenure{From: from, Post: p})
		}
		for y := hired.Year; y <= 2040; y++ {
			if rapid.IntRange(0, 9).Draw(t, "assessed") > 0 {
				w.Assessments = append(w.Assessments, Assessment{y, rapid.SampledFrom([]Band{E, E, P, P, P, B, F}).Draw(t, "band")})
			}
		}
		return w
	})
}

func TestGradeOnProperties(t *testing.T) {
	s := DefaultPayScale()
	rapid.Check(t, func(t *rapid.T) {
		w := genWorker().Draw(t, "worker")
		d1 := w.HiredOn.AddDays(rapid.IntRange(0, 15000).Draw(t, "d1"))
		d2 := d1.AddDays(rapid.IntRange(0, 5000).Draw(t, "d2"))
		p1, g1, err := s.GradeOn(w, d1)
		if err != nil {
			t.Fatal(err)
		}
		p2, g2, err := s.GradeOn(w, d2)
		if err != nil {
			t.Fatal(err)
		}
		for _, pg := range [][2]int{{int(p1), g1}, {int(p2), g2}} {
			lo, hi, _ := s.Range(Post(pg[0]))
			if pg[1] < lo || pg[1] > hi {
				t.Fatalf("grade %d outside %s's range %d–%d", pg[1], Post(pg[0]), lo, hi)
			}
		}
		c1, _ := s.Coefficient(p1, g1)
		c2, _ := s.Coefficient(p2, g2)
		if c2.Cmp(c1) < 0 || p1 == p2 && g2 < g1 {
			t.Fatalf("%s %d on %s, but %s %d on %s", p1, g1, d1, p2, g2, d2)
		}
		// progression: ordered, and its last placement is GradeOn's answer
		pl, err := s.Progression(w, d2)
		if err != nil || len(pl) == 0 {
			t.Fatal(err)
		}
		last := pl[len(pl)-1]
		if last.Post != p2 || last.Grade != g2 || last.On.After(d2) {
			t.Fatalf("progression ends at %v, GradeOn says %s %d", last, p2, g2)
		}
		early := 0
		for i, p := range pl {
			if i > 0 && p.On.Before(pl[i-1].On) {
				t.Fatalf("progression out of order: %v", pl)
			}
			if p.Reason == ReasonEarlyStep {
				early++
			}
		}
		if early > s.EarlyStep.MaxSteps {
			t.Fatalf("%d early steps", early)
		}
	})
}

func FuzzWorkerJSON(f *testing.F) {
	w := staff("2020-07-01", governance.EducationBachelor, years(2020, P, E)...)
	w.Grade, w.GradedOn = 3, day("2021-01-01")
	b, _ := json.Marshal(w)
	f.Add(b)
	f.Add([]byte(`{"person":"x","posts":[{"from":"2020-02-30","post":"boss"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var w Worker
		if err := json.Unmarshal(b, &w); err != nil {
			return
		}
		_ = w.Validate()
		_, _, _ = DefaultPayScale().GradeOn(w, day("2030-01-01"))
		_, _ = DefaultPayScale().Payslip(w, day("2030-01-01"))
		_ = RunPayroll(day("2030-01-01"), []Worker{w}, Scales{"": DefaultPaySchedule()})
		out, err := json.Marshal(w)
		if err != nil {
			return // a zero enum decoded from an absent field cannot be written back
		}
		var back Worker
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%s does not decode: %v", out, err)
		}
		if diff := cmp.Diff(w, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}
