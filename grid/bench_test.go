package grid

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
)

// BenchmarkVerb measures one verb — a state change and its history entry —
// alternating Suspend and Resume on an order with an hour limit. Every 64
// verbs the order is wound back to its acceptance (the history cut to its
// first steps, keeping its capacity), so that the benchmark measures verbs,
// not a history growing without end nor instants leaving the calendar;
// growing a history costs one allocation each time it doubles.
func BenchmarkVerb(b *testing.B) { benchmarkVerb(b, UrgencyUrgent) }

// BenchmarkVerbWorkdays is BenchmarkVerb on a workday limit: every Resume
// counts the paused workdays and moves the due instant on the calendar.
func BenchmarkVerbWorkdays(b *testing.B) { benchmarkVerb(b, UrgencyNormal) }

func benchmarkVerb(b *testing.B, u Urgency) {
	w, err := Open(testIntake(u), DefaultPolicy(), governance.China(), t0)
	if err != nil {
		b.Fatal(err)
	}
	if err := errorsOf(w.Dispatch("d", t0), w.Accept(t0)); err != nil {
		b.Fatal(err)
	}
	at, n, due := t0, 0, w.due
	b.ReportAllocs()
	for b.Loop() {
		at = at.Add(time.Hour)
		var err error
		if w.state == StateAccepted {
			err = w.Suspend("waiting", at)
		} else {
			err = w.Resume(at)
		}
		if err != nil {
			b.Fatal(err)
		}
		if n++; n%64 == 0 { // after a Resume: accepted, not paused
			w.history, w.due, at = w.history[:3], due, t0
		}
	}
}

// BenchmarkLifecycle measures a full lifecycle of eight verbs on a workday
// limit: Open, Dispatch, Accept, Suspend, Resume, Resolve, Review, Close.
func BenchmarkLifecycle(b *testing.B) {
	cal := governance.China()
	p := DefaultPolicy()
	in := testIntake(UrgencyNormal)
	f := Feedback{Contacted: true, Resolved: true, Satisfaction: SatisfactionSatisfied}
	h := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }
	b.ReportAllocs()
	for b.Loop() {
		w, err := Open(in, p, cal, t0)
		if err != nil {
			b.Fatal(err)
		}
		if err := errorsOf(
			w.Dispatch("d", h(1)), w.Accept(h(2)), w.Suspend("s", h(3)), w.Resume(h(26)),
			w.Resolve("done", h(27)), w.Review(f, h(28)), w.Close(h(29)),
		); err != nil {
			b.Fatal(err)
		}
	}
}

func errorsOf(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// reviewedOrders returns n reviewed orders, a mix of feedback, units and
// departments, opened and handled as a month's orders are.
func reviewedOrders(b *testing.B, n int) []*WorkOrder {
	p := DefaultPolicy()
	units := []governance.Code{"110105001001001", "110105001001002", "110105001002001", "110105002001001"}
	feedback := []Feedback{
		{Contacted: true, Resolved: true, Satisfaction: SatisfactionSatisfied},
		{Contacted: true, Resolved: true, Satisfaction: SatisfactionBasically},
		{Contacted: true, Resolved: false, Satisfaction: SatisfactionDissatisfied},
		{Contacted: false, Resolved: true},
	}
	depts := []Department{"lighting", "water", "housing"}
	in := testIntake(UrgencyUrgent)
	out := make([]*WorkOrder, n)
	for i := range out {
		in.Unit = units[i%len(units)]
		start := t0.Add(time.Duration(i%1000) * time.Minute)
		w, err := Open(in, p, nil, start)
		if err != nil {
			b.Fatal(err)
		}
		if err := errorsOf(
			w.Dispatch(depts[i%len(depts)], start.Add(time.Minute)),
			w.Accept(start.Add(time.Duration(1+i%180)*time.Minute)),
			w.Resolve("done", start.Add(time.Duration(4+i%30)*time.Hour)),
			w.Review(feedback[i%len(feedback)], start.Add(40*time.Hour)),
		); err != nil {
			b.Fatal(err)
		}
		out[i] = w
	}
	return out
}

// BenchmarkMeasure measures the rates over 1,000,000 reviewed orders.
func BenchmarkMeasure(b *testing.B) {
	orders := reviewedOrders(b, 1_000_000)
	p := DefaultPolicy()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if r := Measure(slices.Values(orders), p); r.Reviewed != len(orders) {
			b.Fatal(r)
		}
	}
}

// BenchmarkMeasureByUnit groups 1,000,000 orders by community.
func BenchmarkMeasureByUnit(b *testing.B) {
	orders := reviewedOrders(b, 1_000_000)
	p := DefaultPolicy()
	key := ByUnit(governance.LevelCommunity)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		MeasureBy(slices.Values(orders), p, key)
	}
}

// benchProvince is the benchmark province of internal/synth: 70,000 grids.
func benchProvince(b *testing.B) (*governance.Hierarchy, []governance.Post, governance.Date) {
	on := governance.MustParseDate("2025-06-01")
	h := synth.Province(1, synth.Bench)
	_, posts := synth.Roster(1, h, on)
	return h, posts, on
}

// BenchmarkCheckSizing checks the 70,000 grids of the benchmark province.
func BenchmarkCheckSizing(b *testing.B) {
	h, _, _ := benchProvince(b)
	p := DefaultSizingPolicy()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		CheckSizing(h, p)
	}
}

// BenchmarkCheckTeams checks the teams of the 70,000 grids of the benchmark
// province under the default policy, one worker a grid: the daily check.
func BenchmarkCheckTeams(b *testing.B) {
	h, posts, on := benchProvince(b)
	p := DefaultTeamPolicy()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		CheckTeams(h, posts, p, on)
	}
}

// allModels is every team model at once: worker, "2+N" police, Benxi's
// chain, liaisons (one per 100 households, to keep the roster to a
// province's size) and Xibei's three tiers of chief.
func allModels() TeamPolicy {
	p := BenxiTeamPolicy()
	p.Police = true
	p.HouseholdsPerLiaison = 100
	p.Chiefs = XibeiTeamPolicy().Chiefs
	return p
}

// BenchmarkCheckTeamsAllModels checks every model at once over the
// benchmark province with a roster completed so that every grid meets
// them: about 800,000 posts, listed by unit.
func BenchmarkCheckTeamsAllModels(b *testing.B) {
	h, posts, on := benchProvince(b)
	p := allModels()
	from := governance.MustParseDate("2025-01-01")
	for u := range h.Units() {
		add := func(r governance.Role, n int) {
			for range n {
				posts = append(posts, governance.Post{Person: "x", Role: r, Unit: u.Code, From: from})
			}
		}
		switch u.Code.Level() {
		case governance.LevelStreet:
			add(governance.RoleGridChief, 1)
		case governance.LevelGrid:
			add(governance.RoleGridPolice, 1)
			add(governance.RoleBuildingHead, 1)
			add(governance.RoleEntranceHead, 1)
			add(governance.RoleHouseholdLiaison, (u.Households+99)/100)
		}
	}
	// a register lists posts by unit
	slices.SortStableFunc(posts, func(a, b governance.Post) int { return strings.Compare(string(a.Unit), string(b.Unit)) })
	b.Logf("%d units, %d posts, %d problems", h.Len(), len(posts), len(CheckTeams(h, posts, p, on)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		CheckTeams(h, posts, p, on)
	}
}

// BenchmarkCheckTeamsShuffled is BenchmarkCheckTeams with the posts in no
// order (as a register listing them by date of appointment would): the
// posts that count are sorted by unit first.
func BenchmarkCheckTeamsShuffled(b *testing.B) {
	h, posts, on := benchProvince(b)
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(posts), func(i, j int) { posts[i], posts[j] = posts[j], posts[i] })
	p := DefaultTeamPolicy()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		CheckTeams(h, posts, p, on)
	}
}

// BenchmarkCheckTeamsManyProblems checks every model against the plain
// generated roster, which meets few of them: about 235,000 problems, whose
// making dominates.
func BenchmarkCheckTeamsManyProblems(b *testing.B) {
	h, posts, on := benchProvince(b)
	p := allModels()
	b.Logf("%d units, %d posts, %d problems", h.Len(), len(posts), len(CheckTeams(h, posts, p, on)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		CheckTeams(h, posts, p, on)
	}
}
