package synth_test

import (
	"fmt"
	"iter"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"github.com/jiceng/jiceng/internal/synth"
	"pgregory.net/rapid"
)

// player opens appeals as grid work orders and plays their scripts under
// one policy, calendar and router.
type player struct {
	policy   grid.Policy
	cal      *governance.Calendar
	router   grid.Router
	kinds    map[string]grid.Kind
	channels map[string]grid.Channel
	urgency  map[string]grid.Urgency
	verdicts map[string]grid.Satisfaction
	declines map[string]grid.DeclineReason
}

func newPlayer() *player {
	return &player{
		policy:   grid.DefaultPolicy(),
		cal:      governance.China(),
		router:   grid.DefaultRouter(),
		kinds:    byToken(grid.Kinds()),
		channels: byToken(grid.Channels()),
		urgency:  byToken(grid.Urgencies()),
		verdicts: byToken(grid.Satisfactions()),
		declines: byToken(grid.DeclineReasons()),
	}
}

// byToken indexes an enum's values by their tokens.
func byToken[E fmt.Stringer](all iter.Seq[E]) map[string]E {
	m := make(map[string]E)
	for e := range all {
		m[e.String()] = e
	}
	return m
}

// token returns the value of a token, or an error naming it.
func token[E any](m map[string]E, what, s string) (E, error) {
	e, ok := m[s]
	if !ok {
		return e, fmt.Errorf("unknown %s token %q", what, s)
	}
	return e, nil
}

// play opens the appeal as a work order and applies its steps, with the
// department the router gives its intake.
func (pl *player) play(a *synth.Appeal) (*grid.WorkOrder, error) {
	in := grid.Intake{Unit: a.Unit, Category: a.Category, Summary: a.Summary, Receiver: grid.Department(a.Receiver)}
	var errs [3]error
	in.Kind, errs[0] = token(pl.kinds, "kind", a.Kind)
	in.Channel, errs[1] = token(pl.channels, "channel", a.Channel)
	in.Urgency, errs[2] = token(pl.urgency, "urgency", a.Urgency)
	if err := firstError(errs[:]); err != nil {
		return nil, err
	}
	w, err := grid.Open(in, pl.policy, pl.cal, a.Opened)
	if err != nil {
		return nil, err
	}
	to, _ := pl.router.Route(in)
	for i, s := range a.Steps {
		if err := pl.apply(w, to, s); err != nil {
			return nil, fmt.Errorf("appeal %d, step %d (%s): %w", a.Seq, i, s.Verb, err)
		}
	}
	return w, nil
}

func (pl *player) apply(w *grid.WorkOrder, to grid.Department, s synth.Step) error {
	switch s.Verb {
	case "dispatch":
		return w.Dispatch(to, s.At)
	case "return":
		return w.Return(s.Note, s.At)
	case "accept":
		return w.Accept(s.At)
	case "suspend":
		return w.Suspend(s.Note, s.At)
	case "resume":
		return w.Resume(s.At)
	case "resolve":
		return w.Resolve(s.Note, s.At)
	case "terminate":
		return w.Terminate(string(w.Receiver()), s.Note, s.At)
	case "review":
		f := grid.Feedback{Contacted: s.Feedback.Contacted, Resolved: s.Feedback.Resolved}
		if s.Feedback.Satisfaction != "" {
			var err error
			if f.Satisfaction, err = token(pl.verdicts, "satisfaction", s.Feedback.Satisfaction); err != nil {
				return err
			}
		}
		return w.Review(f, s.At)
	case "reopen":
		return w.Reopen(s.Note, s.At)
	case "close":
		return w.Close(s.At)
	case "answer":
		return w.Answer(s.Note, s.At)
	case "decline":
		r, err := token(pl.declines, "decline reason", s.Note)
		if err != nil {
			return err
		}
		return w.Decline(r, s.At)
	}
	return fmt.Errorf("unknown verb %q", s.Verb)
}

func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// playAll plays a year of n appeals over h and returns the orders.
func playAll(tb testing.TB, seed uint64, h *governance.Hierarchy, n int) []*grid.WorkOrder {
	tb.Helper()
	pl := newPlayer()
	orders := make([]*grid.WorkOrder, 0, n)
	for a := range synth.Appeals(seed, h, year, n) {
		w, err := pl.play(a)
		if err != nil {
			tb.Fatal(err)
		}
		orders = append(orders, w)
	}
	return orders
}

// year is the year of the order tests and benchmarks: one the calendar
// covers, with the next, into which late orders' limits run.
const year = 2025

// mediumScale is a province of a few thousand grids, drawn in milliseconds.
var mediumScale = synth.Scale{Cities: 2, Counties: 6, Streets: 40, Communities: 400, Grids: 2_300}

// TestAppealsPlay plays a year of 20,000 appeals through the work-order
// workflow — every step must be one the order allows — and pins where the
// orders stand at the end of the year (state, and the verb that brought
// them there) and their rates under the default policy, so that a change
// of the mix shows here.
func TestAppealsPlay(t *testing.T) {
	h := synth.Province(2, mediumScale)
	orders := playAll(t, 2, h, 20_000)
	ends := make(map[string]int)
	for _, w := range orders {
		history := w.History()
		ends[w.State().String()+" by "+history[len(history)-1].Verb.String()]++
	}
	wantEnds := map[string]int{
		"closed by answer":        3_670, // consultations answered on the spot
		"closed by decline":       238,
		"closed by close":         15_666,
		"terminated by terminate": 135,
		// still open at the end of the year
		"received by open":       3,
		"dispatched by dispatch": 17,
		"dispatched by reopen":   1,
		"accepted by accept":     178,
		"accepted by resume":     3,
		"suspended by suspend":   5,
		"resolved by resolve":    66,
		"reviewed by review":     18,
	}
	if diff := cmp.Diff(wantEnds, ends); diff != "" {
		t.Errorf("where the orders stand at the end of the year (-want +got):\n%s", diff)
	}
	got := grid.Measure(slices.Values(orders), grid.DefaultPolicy())
	want := grid.Rates{
		Reviewed:         15_684,
		Response:         0.9485462892119357,
		Resolution:       0.9207472583524611,
		Satisfaction:     0.8701861769956644,
		Composite:        0.9033027288956899,
		OnTimeAcceptance: 0.9862917623055343,
		OnTimeResolution: 0.9637847487885743,
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("rates (-want +got):\n%s", diff)
	}
}

// TestAppealsShape checks what every appeal of a year promises: n of
// them, numbered and opened in order within the year, at grids of the
// hierarchy with residents, steps in order within the year, categories
// the default router knows.
func TestAppealsShape(t *testing.T) {
	h := synth.Province(3, mediumScale)
	start := time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC).Add(-8 * time.Hour)
	end := start.AddDate(1, 0, 0)
	router := grid.DefaultRouter()
	var last time.Time
	n := 0
	for a := range synth.Appeals(3, h, year, 5_000) {
		n++
		u, ok := h.Unit(a.Unit)
		switch {
		case a.Seq != n:
			t.Fatalf("appeal %d has number %d", n, a.Seq)
		case a.Opened.Before(start) || !a.Opened.Before(end) || !a.Opened.After(last):
			t.Fatalf("appeal %d opened at %s, after %s", a.Seq, a.Opened, last)
		case !ok || u.Level() != governance.LevelGrid || u.Residents == 0:
			t.Fatalf("appeal %d at %s (%+v)", a.Seq, a.Unit, u)
		case a.Summary == "" || a.Receiver == "":
			t.Fatalf("appeal %d: %+v", a.Seq, a)
		}
		if _, matched := router.Route(grid.Intake{Unit: a.Unit, Category: a.Category}); matched == (a.Category == "") {
			t.Errorf("appeal %d: category %q routed: %v", a.Seq, a.Category, matched)
		}
		at := a.Opened
		for _, s := range a.Steps {
			if s.At.Before(at) || !s.At.Before(end) {
				t.Fatalf("appeal %d: step %s at %s after %s", a.Seq, s.Verb, s.At, at)
			}
			at = s.At
		}
		last = a.Opened
	}
	if n != 5_000 {
		t.Errorf("%d appeals, want 5,000", n)
	}
}

// TestAppealsDeterministic checks that a seed gives the same appeals and
// another seed others, and that stopping early stops the stream.
func TestAppealsDeterministic(t *testing.T) {
	h := synth.Province(1, synth.Small)
	collect := func(seed uint64) []synth.Appeal {
		var out []synth.Appeal
		for a := range synth.Appeals(seed, h, year, 100) {
			c := *a
			c.Steps = slices.Clone(a.Steps) // valid until the next appeal
			out = append(out, c)
		}
		return out
	}
	first := collect(5)
	if diff := cmp.Diff(first, collect(5)); diff != "" {
		t.Errorf("seed 5 twice (-first +second):\n%s", diff)
	}
	if cmp.Equal(first, collect(6)) {
		t.Error("seeds 5 and 6 gave the same appeals")
	}
	n := 0
	for range synth.Appeals(5, h, year, 300) {
		if n++; n == 10 {
			break
		}
	}
	if n != 10 {
		t.Errorf("stopped after %d appeals, want 10", n)
	}
}

// TestAppealsBounded checks that drawing appeals allocates the same
// whatever their number: the stream reuses one appeal.
func TestAppealsBounded(t *testing.T) {
	h := synth.Province(1, synth.Small)
	allocs := func(n int) float64 {
		return testing.AllocsPerRun(3, func() {
			for range synth.Appeals(1, h, year, n) {
			}
		})
	}
	if few, many := allocs(100), allocs(20_000); many != few {
		t.Errorf("%v allocations for 100 appeals, %v for 20,000", few, many)
	}
}

// TestAppealsNoResidents checks that a hierarchy without residents to draw
// from is refused.
func TestAppealsNoResidents(t *testing.T) {
	h, err := governance.NewHierarchy(governance.Unit{Code: synth.ProvinceCode, Name: "示范省"})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if recover() == nil {
			t.Error("Appeals over no grid did not panic")
		}
	}()
	for range synth.Appeals(1, h, year, 1) {
	}
}

// TestAppealsAlwaysPlay checks, for any seed, that every script is one the
// work-order workflow allows under the default policy and calendar.
func TestAppealsAlwaysPlay(t *testing.T) {
	h := synth.Province(1, synth.Small)
	pl := newPlayer()
	rapid.Check(t, func(t *rapid.T) {
		seed := rapid.Uint64().Draw(t, "seed")
		y := rapid.IntRange(2024, 2025).Draw(t, "year")
		n := rapid.IntRange(1, 300).Draw(t, "n")
		for a := range synth.Appeals(seed, h, y, n) {
			if _, err := pl.play(a); err != nil {
				t.Fatal(err)
			}
		}
	})
}
