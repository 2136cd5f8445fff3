package volunteer

import (
	"fmt"
	"testing"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// benchLedger returns a ledger with n grants over 1,000 activities and
// volunteers volunteers.
func benchLedger(b *testing.B, n, volunteers int) (*Ledger, []governance.PersonID) {
	l := NewLedger()
	start := time.Date(2025, 1, 1, 9, 0, 0, 0, shanghai)
	for i := range 1000 {
		a := Activity{
			ID: ActivityID(fmt.Sprintf("a%d", i)), Name: "patrol", Kind: KindPatrol, Organiser: "org",
			Team: TeamID(fmt.Sprintf("t%d", i%50)), Start: start.Add(time.Duration(i) * 8 * time.Hour),
		}
		a.End = a.Start.Add(4 * time.Hour)
		if err := l.AddActivity(a); err != nil {
			b.Fatal(err)
		}
	}
	vols := make([]governance.PersonID, volunteers)
	for i := range vols {
		vols[i] = governance.PersonID(fmt.Sprintf("v%06d", i))
	}
	at := start.Add(10000 * time.Hour)
	for i := range n {
		_, err := l.Grant(Service{
			Volunteer: vols[i%volunteers], Activity: ActivityID(fmt.Sprintf("a%d", i%1000)),
			Duration: 2 * time.Hour, Recorder: Recorder{Org: "org", Person: "clerk"}, Key: fmt.Sprintf("k%d", i),
		}, at)
		if err != nil {
			b.Fatal(err)
		}
	}
	return l, vols
}

// BenchmarkGrant measures one grant, amortized over a growing ledger
// (target: 300 ns).
func BenchmarkGrant(b *testing.B) {
	l, vols := benchLedger(b, 0, 10000)
	acts := make([]ActivityID, 1000)
	for i := range acts {
		acts[i] = ActivityID(fmt.Sprintf("a%d", i))
	}
	keys := make([]string, 1<<20)
	for i := range keys {
		keys[i] = fmt.Sprintf("key-%d", i)
	}
	at := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if i == len(keys) {
			b.StopTimer()
			l, _ = benchLedger(b, 0, 1)
			i = 0
			b.StartTimer()
		}
		_, err := l.Grant(Service{
			Volunteer: vols[i%len(vols)], Activity: acts[i%len(acts)], Duration: time.Hour,
			Recorder: Recorder{Org: "org", Person: "clerk"}, Key: keys[i],
		}, at)
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkGrantGrown measures one grant into a ledger that made room for
// a million with Grow, as RestoreLedger and bulk loads do.
func BenchmarkGrantGrown(b *testing.B) {
	const n = 1 << 20
	grown := func() *Ledger {
		l, _ := benchLedger(b, 0, 1)
		l.Grow(n)
		return l
	}
	l := grown()
	vols := make([]governance.PersonID, 10000)
	for i := range vols {
		vols[i] = governance.PersonID(fmt.Sprintf("v%06d", i))
	}
	acts := make([]ActivityID, 1000)
	for i := range acts {
		acts[i] = ActivityID(fmt.Sprintf("a%d", i))
	}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("key-%d", i)
	}
	at := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if i == n {
			b.StopTimer()
			l = grown()
			i = 0
			b.StartTimer()
		}
		_, err := l.Grant(Service{
			Volunteer: vols[i%len(vols)], Activity: acts[i%len(acts)], Duration: time.Hour,
			Recorder: Recorder{Org: "org", Person: "clerk"}, Key: keys[i],
		}, at)
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkTotals measures every volunteer's totals for a year over
// 1,000,000 entries (target: 40 ms).
func BenchmarkTotals(b *testing.B) {
	l, _ := benchLedger(b, 1_000_000, 10000)
	from, until := governance.MustDate(2025, 1, 1), governance.MustDate(2026, 1, 1)
	b.ReportAllocs()
	for b.Loop() {
		if len(l.Totals(from, until)) != 10000 {
			b.Fatal("wrong totals")
		}
	}
}

// BenchmarkTotal measures one volunteer's total over 1,000,000 entries.
func BenchmarkTotal(b *testing.B) {
	l, vols := benchLedger(b, 1_000_000, 10000)
	from, until := governance.MustDate(2025, 1, 1), governance.MustDate(2026, 1, 1)
	b.ReportAllocs()
	for b.Loop() {
		if l.Total(vols[7], from, until) == 0 {
			b.Fatal("no total")
		}
	}
}

// BenchmarkTeamTotal measures one team's total over 1,000,000 entries.
func BenchmarkTeamTotal(b *testing.B) {
	l, _ := benchLedger(b, 1_000_000, 10000)
	b.ReportAllocs()
	for b.Loop() {
		if l.TeamTotal("t7", governance.Date{}, governance.Date{}) == 0 {
			b.Fatal("no total")
		}
	}
}

// BenchmarkStarFor measures the star level of a total (target: 10 ns).
func BenchmarkStarFor(b *testing.B) {
	p := DefaultPolicy()
	totals := [8]time.Duration{0, 99 * time.Hour, 100 * time.Hour, 300 * time.Hour, 650 * time.Hour, 999 * time.Hour, 1200 * time.Hour, 2000 * time.Hour}
	b.ReportAllocs()
	i := 0
	var s Star
	for b.Loop() {
		s += p.StarFor(totals[i&7])
		i++
	}
	if s == 0 {
		b.Fatal("no stars")
	}
}
