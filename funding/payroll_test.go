package funding

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

func TestPayslip(t *testing.T) {
	s := DefaultPayScale()
	head := staff("2015-01-01", governance.EducationMaster, years(2015, P, P, P, P, P, P, P, P, P, E)...)
	head.Posts[0] = Tenure{From: day("2015-01-01"), Post: PostHead, SecretaryDirector: true}
	head.Certificate = governance.CertificateSenior
	newcomer := staff("2025-03-01", governance.EducationBachelor)
	newcomer.Certificate = governance.CertificateIntermediate
	failed := staff("2020-01-01", governance.EducationSecondary, years(2020, P, P, P, P, F)...)

	for _, tc := range []struct {
		name  string
		w     Worker
		month string
		want  Payslip
	}{
		{"head, secretary and director, excellent last year", head, "2025-02-14", Payslip{
			Person: "w1", Unit: community, Month: day("2025-02-01"), Post: PostHead, Grade: 12, Band: E,
			// grade 7+2 (master) + 3 steps (2018, 2021, 2024) = 12: 3400 × 1.55
			PostPay: MustParseMoney("5270.00"), Basic: MustParseMoney("4216.00"), Performance: MustParseMoney("1264.80"),
			Certificate: Yuan(300), SecretaryDirector: Yuan(300), Total: MustParseMoney("6080.80"),
		}},
		{"newcomer on probation, unassessed", newcomer, "2025-05-31", Payslip{
			Person: "w1", Unit: community, Month: day("2025-05-01"), Post: PostStaff, Grade: 2, Band: P,
			PostPay: MustParseMoney("3570.00"), Basic: MustParseMoney("2856.00"), Performance: MustParseMoney("714.00"),
			Probation: MustParseMoney("-714.00"), Certificate: Yuan(200), Total: MustParseMoney("3056.00"),
		}},
		{"probation over after three months", newcomer, "2025-06-01", Payslip{
			Person: "w1", Unit: community, Month: day("2025-06-01"), Post: PostStaff, Grade: 2, Band: P,
			PostPay: MustParseMoney("3570.00"), Basic: MustParseMoney("2856.00"), Performance: MustParseMoney("714.00"),
			Certificate: Yuan(200), Total: MustParseMoney("3770.00"),
		}},
		{"failed last year: no performance part", failed, "2025-01-01", Payslip{
			Person: "w1", Unit: community, Month: day("2025-01-01"), Post: PostStaff, Grade: 2, Band: F,
			PostPay: MustParseMoney("3570.00"), Basic: MustParseMoney("2856.00"), Performance: Money{},
			Total: MustParseMoney("2856.00"),
		}},
	} {
		got, err := s.Payslip(tc.w, day(tc.month))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
		var sum Money
		for _, l := range got.Lines() {
			sum = sum.Add(l.Amount)
		}
		if !sum.Equal(got.Total) {
			t.Errorf("%s: lines add up to %s, total %s", tc.name, sum, got.Total)
		}
		b, _ := json.Marshal(got)
		var back Payslip
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(got, back); diff != "" {
			t.Errorf("%s: JSON round trip (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestPayslipErrors(t *testing.T) {
	s := DefaultPayScale()
	w := staff("2025-03-02", governance.EducationBachelor)
	if _, err := s.Payslip(w, day("2025-03-31")); !asProblems(err).Has("funding.worker.not_employed") {
		t.Errorf("hired on the 2nd, paid from the next month: %v", err)
	}
	if _, err := s.Payslip(Worker{}, day("2025-03-31")); !asProblems(err).Has("funding.worker.hired_on_invalid") {
		t.Errorf("invalid worker: %v", err)
	}
	huge := s
	huge.Base = MaxMoney()
	if _, err := huge.Payslip(w, day("2025-04-01")); err == nil {
		t.Error("a payslip beyond the range succeeded")
	}
	wild := s
	wild.BasicShare = MustParseRate("-4") // basic −8.4e14, the rest 1.05e15: beyond the range
	wild.Base = Yuan(200_000_000_000_000)
	if _, err := wild.Payslip(w, day("2025-04-01")); !asProblems(err).Has("funding.payslip.out_of_range") {
		t.Errorf("an unvalidated share: %v", err)
	}
	huge.Certificates = map[governance.Certificate]Money{governance.CertificateNone: MaxMoney()}
	huge.Base = Yuan(1)
	if _, err := huge.Payslip(w, day("2025-04-01")); err == nil || !asProblems(err).Has("funding.payslip.out_of_range") {
		t.Errorf("allowance beyond the range: %v", err)
	}
}

func TestPayslipLines(t *testing.T) {
	p := Payslip{Basic: Yuan(10), Performance: Yuan(2), Certificate: Yuan(1)}
	want := []Line{{LineBasic, Yuan(10)}, {LinePerformance, Yuan(2)}, {LineCertificate, Yuan(1)}}
	if diff := cmp.Diff(want, p.Lines()); diff != "" {
		t.Errorf("Lines (-want +got):\n%s", diff)
	}
}

func TestRaiseCost(t *testing.T) {
	got, err := RaiseCost(1947, Yuan(100), 12)
	if err != nil || !got.Equal(Yuan(2_336_400)) {
		t.Errorf("RaiseCost = %v, %v", got, err)
	}
	if _, err := RaiseCost(-1, Yuan(100), 12); err == nil {
		t.Error("negative workers accepted")
	}
	if _, err := RaiseCost(1, Yuan(100), -12); err == nil {
		t.Error("negative months accepted")
	}
	if _, err := RaiseCost(1<<40, Yuan(1<<30), 12); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("overflow: %v", err)
	}
	if _, err := RaiseCost(1, MaxMoney(), 2); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("overflow per worker: %v", err)
	}
}

var sinkPayslip Payslip

func BenchmarkPayslip(b *testing.B) {
	b.ReportAllocs()
	s := DefaultPayScale()
	w := staff("2005-03-01", governance.EducationBachelor, years(2005, make40(P)[:20]...)...)
	w.Certificate = governance.CertificateJunior
	w.Posts = append(w.Posts, Tenure{From: day("2015-01-01"), Post: PostDeputy})
	month := day("2025-06-01")
	for b.Loop() {
		p, err := s.Payslip(w, month)
		if err != nil {
			b.Fatal(err)
		}
		sinkPayslip = p
	}
}

func TestOnProbation(t *testing.T) {
	for _, tc := range []struct {
		month, hired string
		want         bool
	}{
		{"2025-03-01", "2025-03-01", true},
		{"2025-05-01", "2025-03-01", true},
		{"2025-06-01", "2025-03-01", false}, // three payslips: March, April, May
		{"2025-06-01", "2025-03-02", true},  // hired on the 2nd: paid April, May, June
		{"2025-07-01", "2025-03-02", false},
		{"2025-02-01", "2024-11-30", true}, // ends on 28 February
		{"2025-03-01", "2024-11-30", false},
		{"2026-01-01", "2025-10-15", true}, // across the year
		{"2026-02-01", "2025-10-15", false},
	} {
		if got := onProbation(day(tc.month), day(tc.hired), 3); got != tc.want {
			t.Errorf("onProbation(%s, hired %s) = %v", tc.month, tc.hired, got)
		}
	}
	if onProbation(day("2025-03-01"), day("2025-03-01"), 0) {
		t.Error("no probation months, still on probation")
	}
}
