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

// grantFeed hands out the grants the Grant benchmarks record: a million
// distinct keys over 10,000 volunteers and 1,000 activities. The keys, the
// volunteers and the activities are each held back to back in one string,
// so that the collector has three objects to mark where a million separate
// keys would make every collection the benchmark triggers cost more than
// the grants it measures.
type grantFeed struct {
	vols []governance.PersonID
	acts []ActivityID
	keys string
	ends []uint32 // key i is keys[ends[i-1]:ends[i]]
	v, a int      // the next volunteer and activity
	next int      // the next key
}

func newGrantFeed(n int) *grantFeed {
	f := &grantFeed{vols: make([]governance.PersonID, 10000), acts: make([]ActivityID, 1000), ends: make([]uint32, n+1)}
	for i, s := range packed(len(f.vols), "v%06d") {
		f.vols[i] = governance.PersonID(s)
	}
	for i, s := range packed(len(f.acts), "a%d") {
		f.acts[i] = ActivityID(s)
	}
	var keys []byte
	for i := range n {
		keys = fmt.Appendf(keys, "key-%d", i)
		f.ends[i+1] = uint32(len(keys))
	}
	f.keys = string(keys)
	return f
}

// packed returns the n strings format makes of 0 to n-1, side by side in
// one allocation, as the fields of a decoded request lie.
func packed(n int, format string) []string {
	var all []byte
	starts := make([]int, n+1)
	for i := range n {
		all = fmt.Appendf(all, format, i)
		starts[i+1] = len(all)
	}
	s, out := string(all), make([]string, n)
	for i := range out {
		out[i] = s[starts[i]:starts[i+1]]
	}
	return out
}

// done reports whether every key has been handed out.
func (f *grantFeed) done() bool { return f.next == len(f.ends)-1 }

// service returns the next grant.
func (f *grantFeed) service() Service {
	s := Service{
		Volunteer: f.vols[f.v], Activity: f.acts[f.a], Duration: time.Hour,
		Recorder: Recorder{Org: "org", Person: "clerk"}, Key: f.keys[f.ends[f.next]:f.ends[f.next+1]],
	}
	f.next++
	if f.v++; f.v == len(f.vols) {
		f.v = 0
	}
	if f.a++; f.a == len(f.acts) {
		f.a = 0
	}
	return s
}

// restart hands out the same keys again, for a new ledger.
func (f *grantFeed) restart() { f.next, f.v, f.a = 0, 0, 0 }

// BenchmarkGrant measures one grant, amortized over a ledger growing to a
// million entries (target: 300 ns).
func BenchmarkGrant(b *testing.B) {
	f := newGrantFeed(1 << 20)
	l, _ := benchLedger(b, 0, 1)
	at := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		if f.done() {
			b.StopTimer()
			l, _ = benchLedger(b, 0, 1)
			f.restart()
			b.StartTimer()
		}
		if _, err := l.Grant(f.service(), at); err != nil {
			b.Fatal(err)
		}
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
	f := newGrantFeed(n)
	l := grown()
	at := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		if f.done() {
			b.StopTimer()
			l = grown()
			f.restart()
			b.StartTimer()
		}
		if _, err := l.Grant(f.service(), at); err != nil {
			b.Fatal(err)
		}
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
	i, stars := 0, 0
	for b.Loop() {
		stars += int(p.StarFor(totals[i&7]))
		i++
	}
	if stars == 0 {
		b.Fatal("no stars")
	}
}
