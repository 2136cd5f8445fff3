package dispute

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// wholeCase takes a case from registration to close: accepted, one
// mediator, one session, a written agreement signed and sealed, performed,
// visited and closed — twelve steps, the room a case has for its history.
func wholeCase(in Intake, p Policy, cm Committee, start time.Time) *Case {
	h := func(n int) time.Time { return start.Add(time.Duration(n) * time.Hour) }
	c, err := Register(in, p, start)
	if err != nil {
		panic(err)
	}
	must(c.Accept(cm, h(1)))
	must(c.Assign(cm, Mediator{Person: "m1"}, h(1)))
	must(c.Hold(Session{Parties: []int{0, 1}, Mediators: []governance.PersonID{"m1"}}, h(2)))
	must(c.Agree(Agreement{Form: FormWritten, Facts: "漏水", Terms: "赔偿", Manner: "现金", PerformBy: h(48)}, h(3)))
	must(c.Sign(0, h(3)))
	must(c.Sign(1, h(3)))
	must(c.SignMediator("m1", h(3)))
	must(c.Seal(h(3)))
	must(c.Perform("", h(24)))
	must(c.Visit("", h(72)))
	must(c.Close(h(72)))
	return c
}

// quickCase is the shortest agreed case: an oral agreement performed on the
// spot, visited and closed — eight steps.
func quickCase(in Intake, p Policy, cm Committee, start time.Time) *Case {
	c, err := Register(in, p, start)
	if err != nil {
		panic(err)
	}
	must(c.Accept(cm, start))
	must(c.Assign(cm, Mediator{Person: "m1"}, start))
	must(c.Hold(Session{Parties: []int{0, 1}, Mediators: []governance.PersonID{"m1"}}, start))
	must(c.Agree(Agreement{Form: FormOral, Terms: "道歉", Manner: "当面", Immediate: true}, start))
	must(c.Perform("", start))
	must(c.Visit("", start))
	must(c.Close(start))
	return c
}

// The target: a whole case from registration to close in 2 µs.
func BenchmarkWholeCase(b *testing.B) {
	in, p, cm := testIntake(), DefaultPolicy(), testCommittee()
	b.ReportAllocs()
	for b.Loop() {
		wholeCase(in, p, cm, t0)
	}
}

func BenchmarkQuickCase(b *testing.B) {
	in, p, cm := testIntake(), DefaultPolicy(), testCommittee()
	b.ReportAllocs()
	for b.Loop() {
		quickCase(in, p, cm, t0)
	}
}

// manyCases returns n cases of every category, channel and source, mostly
// agreed and performed, some terminated, some left accepted.
func manyCases(n int) []*Case {
	p, cm := DefaultPolicy(), testCommittee()
	categories := slices.Collect(Categories())
	channels := slices.Collect(Channels())
	bodies := slices.Collect(Bodies())
	cases := make([]*Case, n)
	for i := range cases {
		in := testIntake()
		in.ID = fmt.Sprint(i)
		in.Category = categories[i%len(categories)]
		in.Channel = channels[i%len(channels)]
		in.People = 2 + i%7
		if i%3 == 0 {
			in.Source = SourceReferral
			in.Referral.Body = bodies[i%len(bodies)]
			if in.Referral.Body == BodyWorkOrder {
				in.Referral.WorkOrder = "WO"
			}
		}
		switch i % 10 {
		case 0:
			c, _ := Register(in, p, t0)
			must(c.Accept(cm, t0))
			cases[i] = c
		case 1:
			c, _ := Register(in, p, t0)
			must(c.Accept(cm, t0))
			must(c.Assign(cm, Mediator{Person: "m1"}, t0))
			must(c.Terminate(Termination{Reason: TerminationReasonPrevented, Routes: []Route{RouteLitigation}}, t0))
			cases[i] = c
		default:
			cases[i] = wholeCase(in, p, cm, t0)
		}
	}
	return cases
}

// The target: Tally of 1,000,000 cases in 80 ms.
func BenchmarkTally1M(b *testing.B) {
	cases := manyCases(1_000_000)
	b.ReportAllocs()
	for b.Loop() {
		Tally(slices.Values(cases))
	}
}
