package volunteer

import (
	"fmt"
	"testing"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// heping is a district's year of dual reporting at Heping's scale
// (report): 7,800 members and 479 units with agreements in 60 communities,
// 20,000 volunteers with 1,000,000 grants in about 5,000 activities, and
// 20,000 service orders completed.
type heping struct {
	rec        Records
	reports    []MemberReport
	agreements []Agreement
}

var hepingData *heping

func hepingYear(b *testing.B) *heping {
	if hepingData != nil {
		return hepingData
	}
	const (
		communities = 60
		units       = 479
		volunteers  = 20000
		members     = 7800
		grants      = 1_000_000
		orders      = 20000
	)
	community := func(i int) governance.Code {
		return governance.Code(fmt.Sprintf("120101%03d%03d", 1+i/10%6, 1+i%10))
	}
	h := &heping{rec: Records{Ledger: NewLedger()}}
	l := h.rec.Ledger
	l.Grow(grants)
	var acts []Activity
	addActivity := func(org OrgID, c governance.Code, n int) {
		start := time.Date(2025, time.Month(1+n%12), 1+n%28, 9, 0, 0, 0, shanghai)
		a := Activity{ID: ActivityID(fmt.Sprintf("%s-%d", org, n)), Name: "service", Kind: KindOther, Organiser: org,
			Community: c, Start: start, End: start.Add(4 * time.Hour)}
		if err := l.AddActivity(a); err != nil {
			b.Fatal(err)
		}
		acts = append(acts, a)
	}
	for u := range units {
		unit := OrgID(fmt.Sprintf("unit-%03d", u))
		for n := range 8 {
			addActivity(unit, community(u), n)
		}
		h.rec.Teams = append(h.rec.Teams, Team{ID: TeamID(fmt.Sprintf("team-%03d", u)), Name: "team", Kind: KindOther, Unit: unit})
		h.agreements = append(h.agreements, Agreement{Unit: unit, Community: community(u), Signed: governance.MustDate(2025, 1, 10),
			Needs: []string{"need"}, Resources: []string{"resource"}, Projects: []string{"project"},
			Assessment: []Target{{MeasureHours, 300}, {MeasureActivities, 6}, {MeasureOrders, 10}}})
	}
	for c := range communities {
		for n := range 20 {
			addActivity(OrgID(fmt.Sprintf("community-%02d", c)), community(c), n)
		}
	}
	vol := func(i int) governance.PersonID { return governance.PersonID(fmt.Sprintf("v%05d", i)) }
	for i := range members {
		h.reports = append(h.reports, MemberReport{Member: vol(i), Employer: OrgID(fmt.Sprintf("unit-%03d", i%units)),
			Community: community(i % communities), On: governance.MustDate(2025, 2, 1), Services: []string{"service"},
			Targets: []Target{{MeasureHours, 20}, {MeasureActivities, 2}, {MeasureOrders, 1}}})
	}
	at := time.Date(2026, 1, 5, 9, 0, 0, 0, shanghai)
	x := uint32(1)
	for i := range grants {
		x = x*1664525 + 1013904223 // a fixed pseudo-random walk over the activities
		a := &acts[int(x>>8)%len(acts)]
		_, err := l.Grant(Service{Volunteer: vol(i % volunteers), Activity: a.ID, Duration: time.Hour,
			Recorder: Recorder{Org: a.Organiser, Person: "clerk"}, Key: fmt.Sprint("k", i)}, at)
		if err != nil {
			b.Fatal(err)
		}
	}
	for i := range orders {
		n := need()
		n.Community = community(i % communities)
		placed := time.Date(2025, time.Month(1+i%12), 1+i%28, 9, 0, 0, 0, shanghai)
		n.WantedBy = governance.DateOf(placed).AddDays(3)
		o, err := Place(OrderID(fmt.Sprint("o", i)), n, DefaultPolicy(), placed)
		if err != nil {
			b.Fatal(err)
		}
		to := Assignee{Kind: AssigneePartyMember, Person: vol(i % members)}
		if i%2 == 1 {
			to = Assignee{Kind: AssigneeTeam, Team: TeamID(fmt.Sprintf("team-%03d", i%units))}
		}
		for _, err := range []error{o.Dispatch(to, placed.Add(time.Hour)), o.Take(placed.Add(2 * time.Hour)), o.Complete("done", placed.Add(5*time.Hour))} {
			if err != nil {
				b.Fatal(err)
			}
		}
		h.rec.Orders = append(h.rec.Orders, o)
	}
	hepingData = h
	return h
}

// BenchmarkCheckAll measures a district's yearly checks at Heping's scale:
// 7,800 member reports and 479 agreements against a 1,000,000-entry ledger
// and 20,000 orders, in one pass over each.
func BenchmarkCheckAll(b *testing.B) {
	h := hepingYear(b)
	b.ReportAllocs()
	for b.Loop() {
		members, units := CheckAll(2025, h.rec, h.reports, h.agreements)
		if len(members) != len(h.reports) || len(units) != len(h.agreements) || units[0].Lines[0].Done == 0 {
			b.Fatal("wrong checks")
		}
	}
}

// BenchmarkCheckOneByOne measures the same checks made one at a time, each
// agreement reading the whole ledger and each check every order: what
// CheckAll saves.
func BenchmarkCheckOneByOne(b *testing.B) {
	h := hepingYear(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range h.reports {
			r.Check(2025, h.rec)
		}
		for _, a := range h.agreements {
			a.Check(2025, h.rec)
		}
	}
}
