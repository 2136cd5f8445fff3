package volunteer

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

var (
	clerk = Recorder{Org: "community-a", Person: "clerk-1"}
	day0  = time.Date(2025, 3, 1, 9, 0, 0, 0, shanghai)
)

// fixtureActivities are three activities: two by community-a (one through
// team t1) on 1 and 2 March, one by community-b on 1 April, each 4 hours.
func fixtureActivities() []Activity {
	mk := func(id ActivityID, org OrgID, team TeamID, start time.Time) Activity {
		return Activity{ID: id, Name: "service " + string(id), Kind: KindElderly, Organiser: org, Team: team,
			Community: "350203001001", Place: "activity room", Start: start, End: start.Add(4 * time.Hour)}
	}
	return []Activity{
		mk("a1", "community-a", "t1", day0),
		mk("a2", "community-a", "", day0.AddDate(0, 0, 1)),
		mk("b1", "community-b", "t2", day0.AddDate(0, 1, 0)),
	}
}

// tb is what fixtures need of a *testing.T, *testing.F or *rapid.T.
type tb interface {
	Helper()
	Fatal(args ...any)
}

func fixtureLedger(t tb) *Ledger {
	t.Helper()
	l := NewLedger()
	for _, a := range fixtureActivities() {
		if err := l.AddActivity(a); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

func grant(v governance.PersonID, a ActivityID, d time.Duration, key string) Service {
	org := OrgID("community-a")
	if a == "b1" {
		org = "community-b"
	}
	return Service{Volunteer: v, Activity: a, Duration: d, Recorder: Recorder{Org: org, Person: "clerk-1"}, Key: key}
}

func mustGrant(t tb, l *Ledger, s Service, at time.Time) Entry {
	t.Helper()
	e, err := l.Grant(s, at)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestZeroLedger(t *testing.T) {
	var l Ledger
	if l.Total("v1", governance.Date{}, governance.Date{}) != 0 || l.Len() != 0 || len(l.Totals(governance.Date{}, governance.Date{})) != 0 {
		t.Error("zero ledger is not empty")
	}
	if _, ok := l.BanOn("v1", governance.MustDate(2025, 1, 1)); ok {
		t.Error("zero ledger has a ban")
	}
	for _, a := range fixtureActivities() {
		if err := l.AddActivity(a); err != nil {
			t.Fatal(err)
		}
	}
	mustGrant(t, &l, grant("v1", "a1", time.Hour, "k"), day0)
	if got := l.TeamTotal("t1", governance.Date{}, governance.Date{}); got != time.Hour {
		t.Errorf("team total %v", got)
	}
}

// TestGrow: making room changes nothing a reader sees, and the keys stay
// found after the table is resized.
func TestGrow(t *testing.T) {
	l := fullLedger(t)
	before := l.Record()
	l.Grow(100000)
	l.Grow(-1)
	if d := cmp.Diff(before, l.Record()); d != "" {
		t.Errorf("Grow changed the ledger (-want +got):\n%s", d)
	}
	for _, k := range []string{"k1", "k2", "k3", "k2b"} {
		if id := l.findKey(k, l.hash(k)); id == 0 {
			t.Errorf("key %s lost", k)
		}
	}
	var zero Ledger
	zero.Grow(10)
	if zero.Len() != 0 {
		t.Error("Grow added entries")
	}
}

func TestGrantProblems(t *testing.T) {
	at := day0.AddDate(0, 2, 0)
	for _, tc := range []struct {
		name string
		s    Service
		at   time.Time
		want []string
	}{
		{"ok", grant("v1", "a1", 2*time.Hour, "k"), at, nil},
		{"everything missing", Service{}, time.Time{}, []string{
			"volunteer.grant.activity_unknown activity",
			"volunteer.ledger.at_invalid at",
			"volunteer.grant.duration_not_positive duration",
			"volunteer.grant.key_missing key",
			"volunteer.grant.recorder_missing recorder.person",
			"volunteer.grant.volunteer_missing volunteer",
		}},
		{"longer than the activity", grant("v1", "a1", 4*time.Hour+time.Second, "k"), at, []string{
			"volunteer.grant.duration_exceeds_activity duration",
		}},
		{"not the organiser: whoever organises records", Service{Volunteer: "v1", Activity: "b1", Duration: time.Hour,
			Recorder: clerk, Key: "k"}, at, []string{"volunteer.grant.not_organiser recorder.org"}},
		{"negative", grant("v1", "a1", -time.Hour, "k"), at, []string{"volunteer.grant.duration_not_positive duration"}},
		{"before the activity", grant("v1", "a1", time.Hour, "k"), day0.Add(-time.Minute), []string{"volunteer.grant.before_activity at"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := fixtureLedger(t)
			before := l.Record()
			_, err := l.Grant(tc.s, tc.at)
			var ps governance.Problems
			if err != nil && !errors.As(err, &ps) {
				t.Fatalf("error %v is not Problems", err)
			}
			if d := cmp.Diff(tc.want, codes(ps)); d != "" {
				t.Errorf("problems (-want +got):\n%s", d)
			}
			if err != nil {
				if d := cmp.Diff(before, l.Record()); d != "" {
					t.Errorf("a refused grant changed the ledger (-want +got):\n%s", d)
				}
			}
		})
	}
}

func TestGrantIdempotent(t *testing.T) {
	l := fixtureLedger(t)
	first := mustGrant(t, l, grant("v1", "a1", 2*time.Hour, "k1"), day0.Add(5*time.Hour))
	// A repeat writes its entry while the key's slot loads and takes it
	// back: nothing of it may stay behind.
	text, chain := l.texts.size(), l.people[l.entries.at(first.ID).vol].grants
	again := mustGrant(t, l, grant("v1", "a1", 2*time.Hour, "k1"), day0.Add(6*time.Hour))
	if d := cmp.Diff(first, again); d != "" {
		t.Errorf("repeat (-want +got):\n%s", d)
	}
	if l.Len() != 1 {
		t.Errorf("Len = %d after a repeat, want 1", l.Len())
	}
	for _, s := range []Service{
		grant("v2", "a1", 2*time.Hour, "k1"),
		grant("v1", "a2", 2*time.Hour, "k1"),
		grant("v1", "a1", 3*time.Hour, "k1"),
		{Volunteer: "v1", Activity: "a1", Duration: 2 * time.Hour, Recorder: Recorder{Org: "community-a", Person: "clerk-2"}, Key: "k1"},
	} {
		_, err := l.Grant(s, day0.Add(7*time.Hour))
		if !errors.Is(err, governance.Problem{Code: "volunteer.grant.key_conflict"}) {
			t.Errorf("%+v: err = %v, want a key conflict", s, err)
		}
	}
	if l.Len() != 1 {
		t.Errorf("Len = %d after conflicts, want 1", l.Len())
	}
	if l.texts.size() != text || l.people[l.entries.at(first.ID).vol].grants != chain {
		t.Errorf("repeats left text (%d bytes, was %d) or a grant chain (%+v, was %+v) behind",
			l.texts.size(), text, l.people[l.entries.at(first.ID).vol].grants, chain)
	}
	next := mustGrant(t, l, grant("v1", "a1", time.Hour, "k2"), day0.Add(8*time.Hour))
	if next.ID != 2 || next.Key != "k2" || l.Total("v1", governance.Date{}, governance.Date{}) != 3*time.Hour {
		t.Errorf("the grant after the repeats: %+v, total %v", next, l.Total("v1", governance.Date{}, governance.Date{}))
	}
	if e, _ := l.Entry(2); e.Key != "k2" {
		t.Errorf("entry 2 reads back key %q", e.Key)
	}
}

func TestVoidAndCorrect(t *testing.T) {
	l := fixtureLedger(t)
	at := day0.AddDate(0, 2, 0)
	g := mustGrant(t, l, grant("v1", "a1", 3*time.Hour, "k1"), at)
	mustGrant(t, l, grant("v1", "a2", time.Hour, "k2"), at)

	v, err := l.Void(g.ID, "entered twice", clerk, at.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Total("v1", governance.Date{}, governance.Date{}); got != time.Hour {
		t.Errorf("total after the void = %v, want 1h", got)
	}
	again, err := l.Void(g.ID, "entered twice", clerk, at.Add(2*time.Hour))
	if err != nil || again.ID != v.ID {
		t.Errorf("repeated void = %v, %v; want the first void %d", again.ID, err, v.ID)
	}
	_, err = l.Void(g.ID, "another reason", clerk, at.Add(2*time.Hour))
	if !errors.Is(err, governance.Problem{Code: "volunteer.void.already_void"}) {
		t.Errorf("second void err = %v", err)
	}
	_, err = l.Void(v.ID, "void a void", clerk, at.Add(2*time.Hour))
	if !errors.Is(err, governance.Problem{Code: "volunteer.void.not_grant"}) {
		t.Errorf("void of a void err = %v", err)
	}
	_, err = l.Void(2, "not ours", Recorder{Org: "community-b", Person: "x"}, at.Add(2*time.Hour))
	if !errors.Is(err, governance.Problem{Code: "volunteer.grant.not_organiser"}) {
		t.Errorf("void by another body err = %v", err)
	}

	c := Correction{Entry: 2, Duration: 2 * time.Hour, Reason: "the volunteer stayed two hours", Recorder: clerk, Key: "k2-fix"}
	fixed, err := l.Correct(c, at.Add(3*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if fixed.Corrects != 2 || fixed.Duration != 2*time.Hour || fixed.Volunteer != "v1" || fixed.Activity != "a2" {
		t.Errorf("correction = %+v", fixed)
	}
	if got := l.Total("v1", governance.Date{}, governance.Date{}); got != 2*time.Hour {
		t.Errorf("total after the correction = %v, want 2h", got)
	}
	n := l.Len()
	if again, err := l.Correct(c, at.Add(4*time.Hour)); err != nil || again.ID != fixed.ID || l.Len() != n {
		t.Errorf("repeated correction = %v, %v", again.ID, err)
	}
	c.Duration = 3 * time.Hour
	if _, err := l.Correct(c, at.Add(4*time.Hour)); !errors.Is(err, governance.Problem{Code: "volunteer.grant.key_conflict"}) {
		t.Errorf("conflicting correction err = %v", err)
	}
	c2 := Correction{Entry: fixed.ID, Duration: 5 * time.Hour, Reason: "r", Recorder: clerk, Key: "k3"}
	if _, err := l.Correct(c2, at.Add(4*time.Hour)); !errors.Is(err, governance.Problem{Code: "volunteer.grant.duration_exceeds_activity"}) {
		t.Errorf("correction longer than the activity err = %v", err)
	}
	if l.Len() != n {
		t.Errorf("refused corrections changed the ledger: %d entries, want %d", l.Len(), n)
	}
}

func TestFalsify(t *testing.T) {
	l := fixtureLedger(t)
	p := DefaultPolicy()
	at := day0.AddDate(0, 2, 0)
	g1 := mustGrant(t, l, grant("v1", "a1", 3*time.Hour, "k1"), at)
	g2 := mustGrant(t, l, grant("v1", "a2", 3*time.Hour, "k2"), at)
	g3 := mustGrant(t, l, grant("v2", "a2", 3*time.Hour, "k3"), at)
	authority := Recorder{Org: "civil-affairs", Person: "inspector"}

	_, err := l.Falsify(Finding{Volunteer: "v1", Entries: []EntryID{g1.ID, g3.ID}, Years: 4, Reason: "x", Recorder: authority}, p, at)
	want := []string{"volunteer.finding.entry_not_volunteers entries[1]", "volunteer.finding.years_out_of_range years"}
	var ps governance.Problems
	errors.As(err, &ps)
	if d := cmp.Diff(want, codes(ps)); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
	if l.Len() != 3 {
		t.Fatalf("a refused finding changed the ledger")
	}

	found := time.Date(2025, 6, 10, 10, 0, 0, 0, shanghai)
	b, err := l.Falsify(Finding{Volunteer: "v1", Entries: []EntryID{g1.ID}, Years: 2, Reason: "sign-in sheet forged", Recorder: authority}, p, found)
	if err != nil {
		t.Fatal(err)
	}
	wantBan := Ban{Volunteer: "v1", From: governance.MustDate(2025, 6, 10), Until: governance.MustDate(2027, 6, 10), Finding: 4}
	if d := cmp.Diff(wantBan, b); d != "" {
		t.Errorf("ban (-want +got):\n%s", d)
	}
	if got := l.Total("v1", governance.Date{}, governance.Date{}); got != 3*time.Hour {
		t.Errorf("total = %v, want only the true 3h", got)
	}
	if _, ok := l.BanOn("v1", governance.MustDate(2027, 6, 9)); !ok {
		t.Error("no ban on the last day")
	}
	if _, ok := l.BanOn("v1", governance.MustDate(2027, 6, 10)); ok {
		t.Error("ban on the day it ends")
	}
	if _, ok := l.BanOn("v2", governance.MustDate(2026, 1, 1)); ok {
		t.Error("ban on another volunteer")
	}
	e, _ := l.Entry(5)
	wantVoid := Entry{ID: 5, Kind: EntryVoid, At: found.UTC(), Volunteer: "v1", Recorder: authority, Activity: "a1",
		Voids: g1.ID, Finding: 4, Reason: "sign-in sheet forged"}
	if d := cmp.Diff(wantVoid, e); d != "" {
		t.Errorf("void (-want +got):\n%s", d)
	}
	_ = g2
}

func TestTotals(t *testing.T) {
	l := fixtureLedger(t)
	at := day0.AddDate(0, 2, 0)
	mustGrant(t, l, grant("v1", "a1", 3*time.Hour, "k1"), at)
	mustGrant(t, l, grant("v1", "a2", 2*time.Hour, "k2"), at)
	mustGrant(t, l, grant("v2", "a1", time.Hour, "k3"), at)
	mustGrant(t, l, grant("v2", "b1", 4*time.Hour, "k4"), at)
	if _, err := l.Void(3, "wrong volunteer", clerk, at); err != nil {
		t.Fatal(err)
	}
	march, april := governance.MustDate(2025, 3, 1), governance.MustDate(2025, 4, 1)
	for _, tc := range []struct {
		name        string
		got, want   time.Duration
		from, until governance.Date
	}{
		{name: "v1 all", got: l.Total("v1", governance.Date{}, governance.Date{}), want: 5 * time.Hour},
		{name: "v1 first day only", got: l.Total("v1", march, march.AddDays(1)), want: 3 * time.Hour},
		{name: "v2 march (voided)", got: l.Total("v2", march, april), want: 0},
		{name: "v2 from april", got: l.Total("v2", april, governance.Date{}), want: 4 * time.Hour},
		{name: "nobody", got: l.Total("v9", governance.Date{}, governance.Date{}), want: 0},
		{name: "team t1", got: l.TeamTotal("t1", governance.Date{}, governance.Date{}), want: 3 * time.Hour},
		{name: "team t2 march", got: l.TeamTotal("t2", march, april), want: 0},
		{name: "team t2", got: l.TeamTotal("t2", governance.Date{}, governance.Date{}), want: 4 * time.Hour},
		{name: "no team", got: l.TeamTotal("", governance.Date{}, governance.Date{}), want: 0},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, tc.got, tc.want)
		}
	}
	want := []Total{{Volunteer: "v1", Hours: 5 * time.Hour, Grants: 2}, {Volunteer: "v2", Hours: 4 * time.Hour, Grants: 1}}
	if d := cmp.Diff(want, l.Totals(governance.Date{}, governance.Date{})); d != "" {
		t.Errorf("Totals (-want +got):\n%s", d)
	}
	if got := l.Totals(march, april); len(got) != 1 || got[0].Volunteer != "v1" {
		t.Errorf("Totals in March = %v", got)
	}
}

func TestAddActivity(t *testing.T) {
	l := fixtureLedger(t)
	a := fixtureActivities()[0]
	if err := l.AddActivity(a); err != nil {
		t.Errorf("same activity again: %v", err)
	}
	a.Start = a.Start.In(time.UTC)
	if err := l.AddActivity(a); err != nil {
		t.Errorf("same instants in another zone: %v", err)
	}
	a.End = a.End.Add(time.Hour)
	if err := l.AddActivity(a); !errors.Is(err, governance.Problem{Code: "volunteer.activity.changed"}) {
		t.Errorf("changed activity err = %v", err)
	}
	var ps governance.Problems
	errors.As(l.AddActivity(Activity{ID: "x", Start: day0, End: day0}), &ps)
	want := []string{
		"volunteer.activity.end_not_after_start end",
		"volunteer.activity.kind_invalid kind",
		"volunteer.activity.name_missing name",
		"volunteer.activity.organiser_missing organiser",
	}
	if d := cmp.Diff(want, codes(ps)); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}

// fullLedger has every kind of entry: grants, a void, a correction, a
// finding and its voids.
func fullLedger(t tb) *Ledger {
	l := fixtureLedger(t)
	at := day0.AddDate(0, 2, 0)
	mustGrant(t, l, grant("v1", "a1", 3*time.Hour, "k1"), at)
	mustGrant(t, l, grant("v1", "a2", 150*time.Minute, "k2"), at)
	mustGrant(t, l, grant("v2", "b1", 4*time.Hour, "k3"), at)
	if _, err := l.Void(1, "wrong day", clerk, at.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Correct(Correction{Entry: 2, Duration: 2 * time.Hour, Reason: "asked by the volunteer", Recorder: clerk, Key: "k2b"}, at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Falsify(Finding{Volunteer: "v2", Entries: []EntryID{3}, Years: 1, Reason: "forged",
		Recorder: Recorder{Org: "civil-affairs", Person: "inspector"}}, DefaultPolicy(), at.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLedgerJSON(t *testing.T) {
	l := fullLedger(t)
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var back Ledger
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(l.Record(), back.Record()); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
	b2, _ := json.Marshal(&back)
	if string(b) != string(b2) {
		t.Errorf("second marshal differs:\n%s\n%s", b, b2)
	}
	// The restored ledger keeps working: keys, voids and totals.
	if _, err := back.Grant(grant("v1", "a1", time.Hour, "k1"), day0); !errors.Is(err, governance.Problem{Code: "volunteer.grant.key_conflict"}) {
		t.Errorf("restored keys: err = %v", err)
	}
	if back.Total("v1", governance.Date{}, governance.Date{}) != l.Total("v1", governance.Date{}, governance.Date{}) {
		t.Error("restored totals differ")
	}
}

func TestRestoreLedgerRejects(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(r *LedgerRecord)
		want   string
	}{
		{"activity repeated", func(r *LedgerRecord) { r.Activities = append(r.Activities, r.Activities[0]) }, "volunteer.activity.repeated"},
		{"activity invalid", func(r *LedgerRecord) { r.Activities[0].Kind = 0 }, "volunteer.activity.kind_invalid"},
		{"IDs out of order", func(r *LedgerRecord) { r.Entries[1].ID = 7 }, "volunteer.ledger.id_out_of_order"},
		{"entry removed", func(r *LedgerRecord) { r.Entries = r.Entries[1:] }, "volunteer.ledger.id_out_of_order"},
		{"key repeated", func(r *LedgerRecord) { r.Entries[1].Key = "k1" }, "volunteer.grant.key_conflict"},
		{"grant by another body", func(r *LedgerRecord) { r.Entries[0].Recorder.Org = "community-b" }, "volunteer.grant.not_organiser"},
		{"grant too long", func(r *LedgerRecord) { r.Entries[0].Duration = 5 * time.Hour }, "volunteer.grant.duration_exceeds_activity"},
		{"grant before the activity", func(r *LedgerRecord) { r.Entries[0].At = day0.Add(-time.Hour) }, "volunteer.grant.before_activity"},
		{"grant with a reason", func(r *LedgerRecord) { r.Entries[0].Reason = "x" }, "volunteer.ledger.field_unexpected"},
		{"voided by mismatch", func(r *LedgerRecord) { r.Entries[0].VoidedBy = 0 }, "volunteer.ledger.voided_by_mismatch"},
		{"void of a void", func(r *LedgerRecord) { r.Entries[4].Voids = 4 }, "volunteer.void.not_grant"},
		{"void of another volunteer", func(r *LedgerRecord) { r.Entries[3].Volunteer = "v2" }, "volunteer.ledger.void_unmatched"},
		{"correction unpaired", func(r *LedgerRecord) { r.Entries[5].Corrects = 1 }, "volunteer.ledger.correction_unpaired"},
		{"finding without reason", func(r *LedgerRecord) { r.Entries[6].Reason = "" }, "volunteer.finding.reason_missing"},
		{"ban ends first", func(r *LedgerRecord) { r.Entries[6].BanUntil = r.Entries[6].BanFrom }, "volunteer.ledger.ban_invalid"},
		{"finding void by someone else", func(r *LedgerRecord) { r.Entries[7].Recorder.Person = "x" }, "volunteer.ledger.finding_unmatched"},
		{"kind unknown", func(r *LedgerRecord) { r.Entries[2].Kind = 0 }, "volunteer.ledger.kind_invalid"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := fullLedger(t).Record()
			tc.change(&r)
			_, err := RestoreLedger(r)
			if !errors.Is(err, governance.Problem{Code: tc.want}) {
				t.Errorf("err = %v, want %s", err, tc.want)
			}
		})
	}
}

// ledgerOp is one operation of the property tests, drawn from few values
// so that keys repeat, voids hit voided grants and recorders are wrong.
type ledgerOp struct {
	Kind     int // 0–3 grant, 4 void, 5 correct, 6 falsify
	Vol      governance.PersonID
	Act      ActivityID
	Minutes  int
	Key      string
	Entry    EntryID
	Org      OrgID
	Reason   string
	Years    int
	AtMinute int
}

func drawOp(t *rapid.T, label string) ledgerOp {
	return ledgerOp{
		Kind:     rapid.IntRange(0, 6).Draw(t, label+".kind"),
		Vol:      rapid.SampledFrom([]governance.PersonID{"v1", "v2", "v3"}).Draw(t, label+".vol"),
		Act:      rapid.SampledFrom([]ActivityID{"a1", "a2", "b1", "zz"}).Draw(t, label+".act"),
		Minutes:  rapid.IntRange(-30, 300).Draw(t, label+".minutes"),
		Key:      rapid.SampledFrom([]string{"k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"}).Draw(t, label+".key"),
		Entry:    EntryID(rapid.IntRange(0, 12).Draw(t, label+".entry")),
		Org:      rapid.SampledFrom([]OrgID{"community-a", "community-b", "community-a", "civil-affairs"}).Draw(t, label+".org"),
		Reason:   rapid.SampledFrom([]string{"wrong", "twice", ""}).Draw(t, label+".reason"),
		Years:    rapid.IntRange(0, 4).Draw(t, label+".years"),
		AtMinute: rapid.IntRange(0, 10).Draw(t, label+".at"),
	}
}

// apply runs op on l and returns the error.
func (op ledgerOp) apply(l *Ledger, at time.Time) error {
	d := time.Duration(op.Minutes) * time.Minute
	by := Recorder{Org: op.Org, Person: "clerk"}
	var err error
	switch {
	case op.Kind <= 3:
		_, err = l.Grant(Service{Volunteer: op.Vol, Activity: op.Act, Duration: d, Recorder: by, Key: op.Key}, at)
	case op.Kind == 4:
		_, err = l.Void(op.Entry, op.Reason, by, at)
	case op.Kind == 5:
		_, err = l.Correct(Correction{Entry: op.Entry, Duration: d, Reason: op.Reason, Recorder: by, Key: op.Key}, at)
	default:
		_, err = l.Falsify(Finding{Volunteer: op.Vol, Entries: []EntryID{op.Entry}, Years: op.Years, Reason: op.Reason, Recorder: by}, DefaultPolicy(), at)
	}
	return err
}

// TestLedgerProperties runs random operations and checks after each one
// that no entry was removed or changed (but for a grant being voided),
// that every volunteer's total is the sum of the grants in force, and
// that the ledger round-trips through its record; at the end, replaying
// the same operations on a new ledger gives the same ledger.
func TestLedgerProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fixtureLedger(t)
		ops := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) ledgerOp { return drawOp(t, "op") }), 0, 40).Draw(t, "ops")
		at := day0.AddDate(0, 2, 0)
		var prev []Entry
		for i, op := range ops {
			at = at.Add(time.Duration(op.AtMinute) * time.Minute)
			before := l.Record()
			err := op.apply(l, at)
			now := l.Record()
			if err != nil {
				if d := cmp.Diff(before, now); d != "" {
					t.Fatalf("op %d %+v refused (%v) but changed the ledger (-want +got):\n%s", i, op, err, d)
				}
			}
			if len(now.Entries) < len(prev) {
				t.Fatalf("op %d removed entries", i)
			}
			for j, e := range prev {
				got := now.Entries[j]
				if e.VoidedBy == 0 {
					got.VoidedBy = 0
				}
				if d := cmp.Diff(e, got); d != "" {
					t.Fatalf("op %d changed entry %d (-want +got):\n%s", i, e.ID, d)
				}
			}
			prev = now.Entries
			sums := map[governance.PersonID]time.Duration{}
			for _, e := range now.Entries {
				if e.InForce() {
					sums[e.Volunteer] += e.Duration
				}
			}
			for _, v := range []governance.PersonID{"v1", "v2", "v3"} {
				if got := l.Total(v, governance.Date{}, governance.Date{}); got != sums[v] {
					t.Fatalf("op %d: total of %s = %v, sum of grants in force = %v", i, v, got, sums[v])
				}
			}
		}
		back, err := RestoreLedger(l.Record())
		if err != nil {
			t.Fatalf("restore: %v", err)
		}
		if d := cmp.Diff(l.Record(), back.Record()); d != "" {
			t.Fatalf("restore (-want +got):\n%s", d)
		}
		replay := fixtureLedger(t)
		at = day0.AddDate(0, 2, 0)
		for _, op := range ops {
			at = at.Add(time.Duration(op.AtMinute) * time.Minute)
			_ = op.apply(replay, at)
		}
		if d := cmp.Diff(l.Record(), replay.Record()); d != "" {
			t.Fatalf("replay (-want +got):\n%s", d)
		}
	})
}

func FuzzLedgerUnmarshalJSON(f *testing.F) {
	b, err := json.Marshal(fullLedger(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"activities":[],"entries":[]}`))
	f.Add([]byte(`{"entries":[{"id":1,"kind":"finding","volunteer":"v","recorder":{"org":"o","person":"p"},"at":"2025-01-01T00:00:00Z","reason":"r","banFrom":"2025-01-01","banUntil":"2026-01-01"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var l Ledger
		if err := json.Unmarshal(data, &l); err != nil {
			return
		}
		out, err := json.Marshal(&l)
		if err != nil {
			t.Fatalf("accepted ledger does not marshal: %v", err)
		}
		var back Ledger
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled ledger does not unmarshal: %v\n%s", err, out)
		}
		if d := cmp.Diff(l.Record(), back.Record()); d != "" {
			t.Fatalf("round trip (-want +got):\n%s", d)
		}
	})
}

func FuzzEntryUnmarshalJSON(f *testing.F) {
	for e := range fullLedger(f).Entries() {
		b, _ := json.Marshal(e)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var e Entry
		if err := json.Unmarshal(data, &e); err != nil {
			return
		}
		out, err := json.Marshal(e)
		if err != nil {
			return // an enum the entry cannot write, such as kind "unknown"
		}
		var back Entry
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled entry does not unmarshal: %v\n%s", err, out)
		}
		if d := cmp.Diff(e, back); d != "" {
			t.Fatalf("round trip (-want +got):\n%s", d)
		}
	})
}

// TestStorable checks the bounds of the instants the ledger keeps, to the
// nanosecond and in any zone.
func TestStorable(t *testing.T) {
	for _, tc := range []struct {
		t    time.Time
		want bool
	}{
		{time.Time{}, false},
		{time.Date(1899, 12, 31, 23, 59, 59, 999999999, time.UTC), false},
		{time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{time.Date(1900, 1, 1, 7, 59, 59, 999999999, shanghai), false},
		{time.Date(1900, 1, 1, 8, 0, 0, 0, shanghai), true},
		{time.Date(2199, 12, 31, 23, 59, 59, 999999999, time.UTC), true},
		{time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC), false},
	} {
		if got := storable(tc.t); got != tc.want {
			t.Errorf("storable(%v) = %v, want %v", tc.t, got, tc.want)
		}
	}
}
