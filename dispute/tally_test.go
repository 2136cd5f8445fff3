package dispute

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

// genCase draws a case of any kind and takes it along one of the paths a
// case can end on.
func genCase(t *rapid.T) *Case {
	in := testIntake()
	in.ID = fmt.Sprintf("C-%d", rapid.IntRange(1, 1<<20).Draw(t, "id"))
	in.Category = rapid.SampledFrom(slices.Collect(Categories())).Draw(t, "category")
	in.Channel = rapid.SampledFrom(slices.Collect(Channels())).Draw(t, "channel")
	in.Source = rapid.SampledFrom(slices.Collect(Sources())).Draw(t, "source")
	if in.Source == SourceReferral {
		in.Referral.Body = rapid.SampledFrom(slices.Collect(Bodies())).Draw(t, "body")
		if in.Referral.Body == BodyWorkOrder {
			in.Referral.WorkOrder = "WO-1"
		}
	}
	in.People = rapid.IntRange(2, 12).Draw(t, "people")
	c := mustRegister(in)
	cm := testCommittee()
	if rapid.IntRange(0, 4).Draw(t, "risk") == 0 {
		must(c.GradeRisk(RiskOrange, "", at(0, 1)))
		if rapid.Bool().Draw(t, "defused") {
			must(c.Defuse("", at(0, 1)))
		}
	}
	path := rapid.IntRange(0, 8).Draw(t, "path")
	switch path {
	case 0:
		return c
	case 1:
		must(c.Decline(DeclineReasonOutsideRemit, "", at(1)))
		return c
	case 2:
		must(c.Refuse(0, "", at(1)))
		return c
	}
	must(c.Accept(cm, at(1)))
	if path == 3 {
		return c
	}
	must(c.Assign(cm, Mediator{Person: "m1"}, at(1)))
	must(c.Hold(Session{Parties: []int{0, 1}, Mediators: []governance.PersonID{"m1"}}, at(2)))
	if path == 4 {
		must(c.Terminate(Termination{Reason: TerminationReasonNoAgreement, Routes: []Route{RouteLitigation}}, at(3)))
		return c
	}
	must(c.Agree(written(at(3)), at(3)))
	must(c.Sign(0, at(3)))
	must(c.Sign(1, at(3)))
	must(c.SignMediator("m1", at(3)))
	must(c.Seal(at(3)))
	switch path {
	case 5:
	case 6:
		must(c.Breach(RemedyLitigation, "", at(20)))
	default:
		must(c.Perform("", at(4)))
		if path == 8 {
			must(c.Visit("", at(5)))
			must(c.Close(at(5)))
		}
	}
	return c
}

// sum adds up the counts of every value of an enum.
func sum[E any](values func(func(E) bool), counts func(E) Counts) Counts {
	var s Counts
	for e := range values {
		s.add(counts(e))
	}
	return s
}

func TestTallyAddsUp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cases := rapid.SliceOfN(rapid.Custom(genCase), 0, 40).Draw(t, "cases")
		s := Tally(slices.Values(cases))
		total := s.Total
		if total.Registered != len(cases) {
			t.Fatalf("registered %d of %d", total.Registered, len(cases))
		}
		for name, by := range map[string]Counts{
			"category": sum(Categories(), s.Category),
			"channel":  sum(Channels(), s.Channel),
			"source":   sum(Sources(), s.Source),
		} {
			if by != total {
				t.Fatalf("by %s %+v, total %+v", name, by, total)
			}
		}
		outcomes := 0
		for o := range Outcomes() {
			outcomes += s.Outcome(o)
		}
		referrals := 0
		for b := range Bodies() {
			referrals += s.Referrals(b)
		}
		switch {
		case outcomes != total.Registered:
			t.Fatalf("outcomes add up to %d of %d", outcomes, total.Registered)
		case referrals != s.Source(SourceReferral).Registered:
			t.Fatalf("referrals %d, referred %d", referrals, s.Source(SourceReferral).Registered)
		case total.Agreed != s.Outcome(OutcomeAgreed)+s.Outcome(OutcomePerformed)+s.Outcome(OutcomeUnperformed),
			total.Performed != s.Outcome(OutcomePerformed),
			total.Terminated != s.Outcome(OutcomeTerminated):
			t.Fatalf("outcome counts do not match %+v", total)
		case total.Agreed+total.Terminated > total.Accepted, total.Accepted > total.Registered,
			total.Performed > total.Agreed, total.Prevented > total.Registered, total.Group > total.Registered:
			t.Fatalf("counts out of order: %+v", total)
		}
		if r := total.SuccessRate(); r < 0 || r > 1 {
			t.Fatalf("success rate %v", r)
		}
		var added Statistics
		for _, c := range cases {
			added.Add(c)
		}
		if added != s {
			t.Fatalf("Tally %+v, Add one by one %+v", s, added)
		}
		shuffled := rapid.Permutation(cases).Draw(t, "shuffled")
		if again := Tally(slices.Values(shuffled)); again != s {
			t.Fatalf("tally depends on order")
		}
	})
}

func TestTallyCounts(t *testing.T) {
	referred := testIntake()
	referred.ID, referred.Source, referred.People = "R", SourceReferral, 6
	referred.Referral = Referral{Body: BodyHotline12345}
	r := mustRegister(referred)
	must(r.GradeRisk(RiskRed, "", at(0, 1)))
	must(r.ReportToPolice(PoliceReport{Station: "某派出所"}, at(0, 2)))
	must(r.Defuse("", at(0, 3)))
	terminated := mediating()
	must(terminated.Terminate(Termination{Reason: TerminationReasonNoAgreement, Routes: []Route{RouteArbitration}}, at(1)))
	performed := agreedWritten()
	must(performed.Perform("", at(2)))
	s := Tally(slices.Values([]*Case{r, terminated, performed}))
	want := Counts{Registered: 3, Accepted: 2, Agreed: 1, Terminated: 1, Performed: 1, Prevented: 1, Group: 1}
	if diff := cmp.Diff(want, s.Total); diff != "" {
		t.Errorf("total (-want +got):\n%s", diff)
	}
	if got := s.Referrals(BodyHotline12345); got != 1 {
		t.Errorf("12345 referrals %d", got)
	}
	if got := s.Total.SuccessRate(); got != 0.5 {
		t.Errorf("success rate %v", got)
	}
	if (Counts{}).SuccessRate() != 0 || s.Category(0) != (Counts{}) || s.Outcome(0) != 0 || s.Referrals(0) != 0 {
		t.Errorf("invalid keys count")
	}
}
