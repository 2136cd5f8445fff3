package volunteer

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

const home governance.Code = "350203001001"

func agreement() Agreement {
	return Agreement{
		Unit: "power-supply", Community: home, Signed: governance.MustDate(2025, 1, 15),
		Needs: []string{"elderly care"}, Resources: []string{"electricians"}, Projects: []string{"free wiring checks"},
		Assessment: []Target{{MeasureHours, 10}, {MeasureActivities, 2}, {MeasureOrders, 1}},
	}
}

func memberReport() MemberReport {
	return MemberReport{
		Member: "member-lin", Employer: "power-supply", Community: home, On: governance.MustDate(2025, 2, 1),
		Services: []string{"wiring checks"}, Targets: []Target{{MeasureHours, 6}, {MeasureOrders, 1}},
	}
}

func TestDualValidate(t *testing.T) {
	if ps := agreement().Validate(); len(ps) > 0 {
		t.Errorf("agreement: %v", ps)
	}
	if ps := memberReport().Validate(); len(ps) > 0 {
		t.Errorf("report: %v", ps)
	}
	bad := Agreement{Community: "350203001", Needs: []string{""}, Assessment: []Target{{MeasureHours, 0}, {MeasureHours, 1}, {0, 1}}}
	want := []string{
		"volunteer.policy.not_positive assessment[0].value",
		"volunteer.dual.measure_repeated assessment[1].measure",
		"volunteer.dual.measure_invalid assessment[2].measure",
		"volunteer.dual.community_invalid community",
		"volunteer.dual.field_missing needs[0]",
		"volunteer.dual.field_missing projects",
		"volunteer.dual.field_missing resources",
		"volunteer.dual.day_invalid signed",
		"volunteer.dual.field_missing unit",
	}
	if d := cmp.Diff(want, codes(bad.Validate())); d != "" {
		t.Errorf("agreement problems (-want +got):\n%s", d)
	}
	want = []string{
		"volunteer.dual.field_missing employer",
		"volunteer.dual.field_missing member",
		"volunteer.dual.day_invalid on",
		"volunteer.dual.field_missing services",
	}
	if d := cmp.Diff(want, codes(MemberReport{Community: home}.Validate())); d != "" {
		t.Errorf("report problems (-want +got):\n%s", d)
	}
}

// dualRecords: in 2025 the member served 4 h and 3 h in two activities of
// the unit in the home community (one grant of 2 h voided), 5 h elsewhere,
// and 9 h in 2024; took and completed one order in the community; the
// unit's team completed one order in 2025 and one in 2024.
func dualRecords(t *testing.T) Records {
	l := NewLedger()
	mk := func(id ActivityID, org OrgID, c governance.Code, start time.Time) {
		if err := l.AddActivity(Activity{ID: id, Name: string(id), Kind: KindOther, Organiser: org, Community: c,
			Start: start, End: start.Add(10 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 9, 0, 0, 0, shanghai) }
	mk("w1", "power-supply", home, d(2025, 3, 1))
	mk("w2", "power-supply", home, d(2025, 9, 1))
	mk("x1", "power-supply", "350203001002", d(2025, 4, 1))
	mk("old", "power-supply", home, d(2024, 12, 31))
	by := Recorder{Org: "power-supply", Person: "clerk"}
	for i, g := range []struct {
		a ActivityID
		v governance.PersonID
		h int
	}{{"w1", "member-lin", 4}, {"w2", "member-lin", 3}, {"w2", "member-lin", 2}, {"x1", "member-lin", 5}, {"old", "member-lin", 9}, {"w1", "worker-2", 4}} {
		mustGrant(t, l, Service{Volunteer: g.v, Activity: g.a, Duration: time.Duration(g.h) * time.Hour, Recorder: by, Key: fmt.Sprint(i)}, d(2026, 1, 1))
	}
	if _, err := l.Void(3, "entered twice", by, d(2026, 1, 2)); err != nil {
		t.Fatal(err)
	}
	order := func(id OrderID, a Assignee, day time.Time) *Order {
		n := need()
		n.Community, n.WantedBy = home, governance.DateOf(day).AddDays(3)
		o, err := Place(id, n, DefaultPolicy(), day)
		if err != nil {
			t.Fatal(err)
		}
		for _, err := range []error{o.Dispatch(a, day.Add(time.Hour)), o.Take(day.Add(2 * time.Hour)), o.Complete("done", day.Add(3*time.Hour))} {
			if err != nil {
				t.Fatal(err)
			}
		}
		return o
	}
	open, _ := Place("open", need(), DefaultPolicy(), d(2025, 6, 1))
	return Records{
		Ledger: l,
		Orders: []*Order{
			order("o1", Assignee{Kind: AssigneePartyMember, Person: "member-lin"}, d(2025, 5, 1)),
			order("o2", Assignee{Kind: AssigneeTeam, Team: "power-team"}, d(2025, 6, 1)),
			order("o3", Assignee{Kind: AssigneeTeam, Team: "power-team"}, d(2024, 6, 1)),
			order("o4", Assignee{Kind: AssigneeTeam, Team: "other-team"}, d(2025, 6, 1)),
			open,
		},
		Teams: []Team{{ID: "power-team", Unit: "power-supply"}, {ID: "other-team", Unit: "other"}},
	}
}

func TestDualChecks(t *testing.T) {
	rec := dualRecords(t)
	got := memberReport().Check(2025, rec)
	want := Check{Subject: "member-lin", Community: home, Year: 2025, Lines: []CheckLine{
		{Measure: MeasureHours, Promised: 6, Done: 7, Met: true},
		{Measure: MeasureOrders, Promised: 1, Done: 1, Met: true},
	}, Met: true}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("member check (-want +got):\n%s", d)
	}
	got = agreement().Check(2025, rec)
	want = Check{Subject: "power-supply", Community: home, Year: 2025, Lines: []CheckLine{
		{Measure: MeasureHours, Promised: 10, Done: 11, Met: true},
		{Measure: MeasureActivities, Promised: 2, Done: 2, Met: true},
		{Measure: MeasureOrders, Promised: 1, Done: 1, Met: true},
	}, Met: true}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("unit check (-want +got):\n%s", d)
	}
	got = agreement().Check(2024, rec)
	if got.Met || got.Lines[0].Done != 9 || got.Lines[1].Done != 1 || got.Lines[2].Done != 1 {
		t.Errorf("2024 check = %+v", got)
	}
	if got := agreement().Check(2025, Records{}); got.Met || got.Lines[0].Done != 0 {
		t.Errorf("check without records = %+v", got)
	}
}
