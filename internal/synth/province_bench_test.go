package synth_test

import (
	"iter"
	"testing"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"github.com/jiceng/jiceng/internal/synth"
)

// BenchmarkValidateJilin times the whole validation of the Jilin-scale
// model of seed 1 (82,070 units, about 290,000 people, 310,000 posts and
// 82,000 party organisations), built once before the timed loop: "all" is
// the validation issue 8 states — hierarchy, staffing, party coverage,
// sizing and teams — with one sort of all their problems; "all_with_roster"
// adds the roster check of people and posts; the others are one check
// each, so the figure per check is visible.
func BenchmarkValidateJilin(b *testing.B) {
	m := jilinModel()
	stated := func(name string) bool { return name != "roster" }
	all := func(name string) bool { return true }
	for _, v := range []struct {
		name string
		keep func(string) bool
	}{{"all", stated}, {"all_with_roster", all}} {
		b.Run(v.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var ps governance.Problems
				for _, c := range checks {
					if v.keep(c.name) {
						ps = append(ps, c.run(m)...)
					}
				}
				ps.Sorted()
			}
		})
	}
	for _, c := range checks {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.run(m)
			}
		})
	}
}

// BenchmarkNewModelJilin times drawing the Jilin-scale model: the
// hierarchy, the roster and the party organisations.
func BenchmarkNewModelJilin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		synth.NewModel(1, synth.Jilin, modelDay)
	}
}

// ordersPerYear is the size of the year the rates benchmarks measure.
const ordersPerYear = 20_000_000

// ringSize is how many distinct orders the year's stream cycles through:
// 65,536 orders, about 56 MB with their histories, more than the
// machine's per-core caches hold, so that most orders come from memory as
// in a stream, not from a cache that has just seen them.
const ringSize = 1 << 16

// generated is the share of the year BenchmarkRatesYear20M/generate draws
// and plays: 200,000 orders, so that the benchmark stays short.
const generated = ordersPerYear / 100

// BenchmarkRatesYear20M times the rates of a year of 20,000,000 work
// orders over the Jilin-scale province, streamed so that memory does not
// grow with the year. The year is a ring of 65,536 orders — a year of
// appeals drawn by synth.Appeals over the Jilin grids and played through
// the work-order workflow (dispatch, returns, acceptance, suspensions,
// resolution or termination, reviews with their feedback, reopenings,
// closing; about four in five end the year reviewed), built before the
// timer starts — yielded round and round until 20,000,000 have been
// yielded. What is timed is the library's reading of the orders, not
// their loading:
//
//   - measure: grid.Measure over the year;
//   - by_street: grid.MeasureBy keyed by grid.ByUnit(governance.LevelStreet),
//     the rates of each of the 1,000 streets;
//   - by_street_prefix: the same grouping keyed by the first nine digits of
//     the order's unit, which names its street without building a code;
//   - generate: 200,000 orders (a hundredth of the year) drawn, opened,
//     played and measured one by one, none kept: the cost of making the
//     orders, which a stream from storage pays in its own way.
//
// Each reports ns/order besides ns/op.
func BenchmarkRatesYear20M(b *testing.B) {
	h := jilinHierarchy()
	ring := playAll(b, 1, h, ringSize)
	p := grid.DefaultPolicy()
	want := grid.Measure(cycle(ring, ordersPerYear), p).Reviewed
	if want < ordersPerYear/2 {
		b.Fatalf("%d of %d orders reviewed", want, ordersPerYear)
	}
	b.Run("measure", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if r := grid.Measure(cycle(ring, ordersPerYear), p); r.Reviewed != want {
				b.Fatalf("%d orders reviewed, want %d", r.Reviewed, want)
			}
		}
		perOrder(b, ordersPerYear)
	})
	byStreet := func(b *testing.B, key func(*grid.WorkOrder) (governance.Code, bool)) {
		b.ReportAllocs()
		for b.Loop() {
			if g := grid.MeasureBy(cycle(ring, ordersPerYear), p, key); len(g) != synth.Jilin.Streets {
				b.Fatalf("%d streets, want %d", len(g), synth.Jilin.Streets)
			}
		}
		perOrder(b, ordersPerYear)
	}
	b.Run("by_street", func(b *testing.B) { byStreet(b, grid.ByUnit(governance.LevelStreet)) })
	b.Run("by_street_prefix", func(b *testing.B) { byStreet(b, streetPrefix) })
	b.Run("generate", func(b *testing.B) {
		pl := newPlayer()
		b.ReportAllocs()
		for b.Loop() {
			grid.Measure(played(b, pl, synth.Appeals(1, h, year, generated)), p)
		}
		perOrder(b, generated)
	})
}

// streetPrefix keys an order by the street digits of its unit (a 9-digit
// code), slicing the unit's code rather than building the street's.
func streetPrefix(w *grid.WorkOrder) (governance.Code, bool) {
	return w.Intake().Unit[:9], true
}

// perOrder reports the time per order of a benchmark that handled n
// orders an iteration.
func perOrder(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/order")
}

// jilinHierarchy is the Jilin-scale province of seed 1, built once.
var jilinHierarchy = func() func() *governance.Hierarchy {
	var h *governance.Hierarchy
	return func() *governance.Hierarchy {
		if h == nil {
			h = synth.Province(1, synth.Jilin)
		}
		return h
	}
}()

// cycle yields n orders: ring[0], ring[1], … and round again.
func cycle(ring []*grid.WorkOrder, n int) iter.Seq[*grid.WorkOrder] {
	return func(yield func(*grid.WorkOrder) bool) {
		for i := 0; i < n; i += len(ring) {
			for _, w := range ring[:min(len(ring), n-i)] {
				if !yield(w) {
					return
				}
			}
		}
	}
}

// played yields the orders of the appeals, each opened and played as it
// comes: nothing is kept.
func played(tb testing.TB, pl *player, appeals iter.Seq[*synth.Appeal]) iter.Seq[*grid.WorkOrder] {
	return func(yield func(*grid.WorkOrder) bool) {
		for a := range appeals {
			w, err := pl.play(a)
			if err != nil {
				tb.Fatal(err)
			}
			if !yield(w) {
				return
			}
		}
	}
}
