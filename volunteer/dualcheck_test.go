package volunteer

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

var (
	checkCommunities = []governance.Code{"350203001001", "350203001002", "350203002001"}
	checkOrgs        = []OrgID{"power-supply", "tax-bureau", "hospital"}
	checkPeople      = []governance.PersonID{"p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"}
	checkTeams       = []TeamID{"t1", "t2", "t3"}
)

// drawRecords draws a ledger of activities in 2024–2026 with grants, voids
// and corrections, orders in every state, and teams, some listed twice or
// under two units.
func drawRecords(t *rapid.T) Records {
	var rec Records
	for i := range rapid.IntRange(0, 5).Draw(t, "teams") {
		rec.Teams = append(rec.Teams, Team{
			ID:   rapid.SampledFrom(checkTeams).Draw(t, fmt.Sprint("team", i)),
			Unit: rapid.SampledFrom(checkOrgs).Draw(t, fmt.Sprint("team.unit", i)),
		})
	}
	day := func(label string) time.Time {
		d := governance.MustDate(2024, time.January, 1).AddDays(rapid.IntRange(0, 3*365).Draw(t, label))
		return d.In(shanghai).Add(time.Duration(rapid.IntRange(0, 23).Draw(t, label+".hour")) * time.Hour)
	}
	if !rapid.Bool().Draw(t, "noLedger") {
		l := NewLedger()
		var acts []Activity
		for i := range rapid.IntRange(1, 8).Draw(t, "activities") {
			start := day(fmt.Sprint("activity", i))
			a := Activity{
				ID: ActivityID(fmt.Sprint("a", i)), Name: "service", Kind: KindOther,
				Organiser: rapid.SampledFrom(checkOrgs).Draw(t, fmt.Sprint("organiser", i)),
				Community: rapid.SampledFrom(append([]governance.Code{""}, checkCommunities...)).Draw(t, fmt.Sprint("community", i)),
				Start:     start, End: start.Add(4 * time.Hour),
			}
			if err := l.AddActivity(a); err != nil {
				t.Fatal(err)
			}
			acts = append(acts, a)
		}
		for i := range rapid.IntRange(0, 40).Draw(t, "ops") {
			a := rapid.SampledFrom(acts).Draw(t, fmt.Sprint("op.activity", i))
			by := Recorder{Org: a.Organiser, Person: "clerk"}
			d := time.Duration(rapid.IntRange(1, 240).Draw(t, fmt.Sprint("op.minutes", i))) * time.Minute
			id := EntryID(rapid.IntRange(1, l.Len()+1).Draw(t, fmt.Sprint("op.entry", i)))
			if e, err := l.Entry(id); err == nil {
				by.Org = e.Recorder.Org
			}
			key := fmt.Sprint("k", i)
			switch rapid.IntRange(0, 5).Draw(t, fmt.Sprint("op", i)) {
			case 0:
				_, _ = l.Void(id, "wrong", by, a.End)
			case 1:
				_, _ = l.Correct(Correction{Entry: id, Duration: d, Reason: "fix", Recorder: by, Key: key}, a.End)
			default:
				v := rapid.SampledFrom(checkPeople).Draw(t, fmt.Sprint("op.volunteer", i))
				_, _ = l.Grant(Service{Volunteer: v, Activity: a.ID, Duration: d, Recorder: by, Key: key}, a.End)
			}
		}
		rec.Ledger = l
	}
	for i := range rapid.IntRange(0, 8).Draw(t, "orders") {
		n := need()
		n.Community = rapid.SampledFrom(checkCommunities).Draw(t, fmt.Sprint("order.community", i))
		at := day(fmt.Sprint("order", i))
		n.WantedBy = governance.DateOf(at).AddDays(3)
		o, err := Place(OrderID(fmt.Sprint("o", i)), n, DefaultPolicy(), at)
		if err != nil {
			t.Fatal(err)
		}
		var to Assignee
		switch rapid.IntRange(0, 2).Draw(t, fmt.Sprint("order.kind", i)) {
		case 0:
			to = Assignee{Kind: AssigneePartyMember, Person: rapid.SampledFrom(checkPeople).Draw(t, fmt.Sprint("order.person", i))}
		case 1:
			to = Assignee{Kind: AssigneeVolunteer, Person: rapid.SampledFrom(checkPeople).Draw(t, fmt.Sprint("order.person", i))}
		default:
			to = Assignee{Kind: AssigneeTeam, Team: rapid.SampledFrom(checkTeams).Draw(t, fmt.Sprint("order.team", i))}
		}
		steps := []func(time.Time) error{
			func(at time.Time) error { return o.Dispatch(to, at) },
			o.Take,
			func(at time.Time) error { return o.Complete("done", at) },
			func(at time.Time) error { return o.Rate(SatisfactionSatisfied, "", at) },
		}
		for _, step := range steps[:rapid.IntRange(0, len(steps)).Draw(t, fmt.Sprint("order.steps", i))] {
			at = at.Add(time.Duration(rapid.IntRange(1, 30).Draw(t, fmt.Sprint("order.after", i))) * time.Hour)
			if err := step(at); err != nil {
				t.Fatal(err)
			}
		}
		rec.Orders = append(rec.Orders, o)
	}
	return rec
}

func drawTargets(t *rapid.T, label string) []Target {
	var ts []Target
	for i := range rapid.IntRange(0, 4).Draw(t, label) {
		ts = append(ts, Target{
			Measure: rapid.SampledFrom([]Measure{MeasureHours, MeasureActivities, MeasureOrders, MeasureUnknown}).Draw(t, fmt.Sprint(label, ".measure", i)),
			Value:   rapid.IntRange(0, 6).Draw(t, fmt.Sprint(label, ".value", i)),
		})
	}
	return ts
}

// modelCheck is the yearly check as the doc comments state it, from the
// exported API only: the grants in force in the year, in activities in the
// community (and organised by the unit), and the orders in the community
// completed in the year by the member, or by one of the unit's teams.
func modelCheck(year int, rec Records, member governance.PersonID, unit OrgID, c governance.Code, targets []Target) Check {
	subject := string(member)
	if unit != "" {
		subject = string(unit)
	}
	var hours time.Duration
	acts := map[ActivityID]bool{}
	if rec.Ledger != nil {
		for e := range rec.Ledger.Entries() {
			a, _ := rec.Ledger.Activity(e.Activity)
			if !e.InForce() || a.Day().Year != year || a.Community != c ||
				(unit == "" && e.Volunteer != member) || (unit != "" && a.Organiser != unit) {
				continue
			}
			hours += e.Duration
			acts[e.Activity] = true
		}
	}
	orders := 0
	for _, o := range rec.Orders {
		a, done := o.Assignee(), o.Completed()
		if o.Need().Community != c || done.IsZero() || done.Year() != year {
			continue
		}
		ours := unit == "" && a.Kind != AssigneeTeam && a.Person == member
		for _, tm := range rec.Teams {
			ours = ours || unit != "" && a.Kind == AssigneeTeam && tm.ID == a.Team && tm.Unit == unit
		}
		if ours {
			orders++
		}
	}
	out := Check{Subject: subject, Community: c, Year: year, Lines: []CheckLine{}, Met: true}
	for _, tg := range targets {
		done := map[Measure]int{MeasureHours: int(hours / time.Hour), MeasureActivities: len(acts), MeasureOrders: orders}[tg.Measure]
		out.Lines = append(out.Lines, CheckLine{Measure: tg.Measure, Promised: tg.Value, Done: done, Met: done >= tg.Value})
		out.Met = out.Met && done >= tg.Value
	}
	return out
}

// TestCheckAllMatchesEach checks that the batch gives every report and
// agreement the check it gets alone, and that both are what the rules say.
func TestCheckAllMatchesEach(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rec := drawRecords(t)
		year := rapid.IntRange(2023, 2027).Draw(t, "year")
		var reports []MemberReport
		for i := range rapid.IntRange(0, 6).Draw(t, "reports") {
			reports = append(reports, MemberReport{
				Member:    rapid.SampledFrom(append(checkPeople, "clerk", "nobody")).Draw(t, fmt.Sprint("member", i)),
				Community: rapid.SampledFrom(checkCommunities).Draw(t, fmt.Sprint("report.community", i)),
				Targets:   drawTargets(t, fmt.Sprint("report.targets", i)),
			})
		}
		var agreements []Agreement
		for i := range rapid.IntRange(0, 6).Draw(t, "agreements") {
			agreements = append(agreements, Agreement{
				Unit:       rapid.SampledFrom(checkOrgs).Draw(t, fmt.Sprint("unit", i)),
				Community:  rapid.SampledFrom(checkCommunities).Draw(t, fmt.Sprint("agreement.community", i)),
				Assessment: drawTargets(t, fmt.Sprint("agreement.targets", i)),
			})
		}
		members, units := CheckAll(year, rec, reports, agreements)
		onlyMembers, none := CheckAll(year, rec, reports, nil)
		if len(members) != len(reports) || len(units) != len(agreements) || len(none) != 0 {
			t.Fatalf("CheckAll returned %d and %d checks for %d reports and %d agreements", len(members), len(units), len(reports), len(agreements))
		}
		for i, r := range reports {
			alone := r.Check(year, rec)
			if d := cmp.Diff(alone, members[i]); d != "" {
				t.Fatalf("report %d: batch differs from alone (-alone +batch):\n%s", i, d)
			}
			if d := cmp.Diff(alone, onlyMembers[i]); d != "" {
				t.Fatalf("report %d: batch of reports differs from alone (-alone +batch):\n%s", i, d)
			}
			if d := cmp.Diff(modelCheck(year, rec, r.Member, "", r.Community, r.Targets), alone); d != "" {
				t.Fatalf("report %d (-model +got):\n%s", i, d)
			}
		}
		for i, a := range agreements {
			alone := a.Check(year, rec)
			if d := cmp.Diff(alone, units[i]); d != "" {
				t.Fatalf("agreement %d: batch differs from alone (-alone +batch):\n%s", i, d)
			}
			if d := cmp.Diff(modelCheck(year, rec, "", a.Unit, a.Community, a.Assessment), alone); d != "" {
				t.Fatalf("agreement %d (-model +got):\n%s", i, d)
			}
		}
	})
}

// TestCheckAllReadsMembersThroughTheirEntries checks that a batch of
// reports alone, whose members hold few of the ledger's entries, gives the
// checks the whole ledger gives.
func TestCheckAllReadsMembersThroughTheirEntries(t *testing.T) {
	rec := dualRecords(t)
	l := rec.Ledger
	if err := l.AddActivity(Activity{ID: "busy", Name: "busy", Kind: KindOther, Organiser: "other", Community: home,
		Start: time.Date(2025, 7, 1, 9, 0, 0, 0, shanghai), End: time.Date(2025, 7, 1, 13, 0, 0, 0, shanghai)}); err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		mustGrant(t, l, Service{Volunteer: governance.PersonID(fmt.Sprint("other-", i)), Activity: "busy", Duration: time.Hour,
			Recorder: Recorder{Org: "other", Person: "clerk"}, Key: fmt.Sprint("busy-", i)}, time.Date(2025, 7, 2, 9, 0, 0, 0, shanghai))
	}
	r := memberReport()
	r.Targets = append(r.Targets, Target{MeasureActivities, 3})
	got := r.Check(2025, rec)
	want := Check{Subject: "member-lin", Community: home, Year: 2025, Lines: []CheckLine{
		{Measure: MeasureHours, Promised: 6, Done: 7, Met: true},
		{Measure: MeasureOrders, Promised: 1, Done: 1, Met: true},
		{Measure: MeasureActivities, Promised: 3, Done: 2, Met: false},
	}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("member check (-want +got):\n%s", d)
	}
	// with an agreement the whole ledger is read; the member's check is the same
	members, _ := CheckAll(2025, rec, []MemberReport{r}, []Agreement{agreement()})
	if d := cmp.Diff(want, members[0]); d != "" {
		t.Errorf("member check beside an agreement (-want +got):\n%s", d)
	}
}
