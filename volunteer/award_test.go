package volunteer

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"pgregory.net/rapid"
)

func TestAwardDiagram(t *testing.T) {
	testkit.Golden(t, "star_award.mmd", awardFlow.Mermaid())
}

// hoursLedger returns a ledger in which volunteer v served hours whole
// hours in 2025, in four-hour activities from 6 January (and one shorter
// one for the rest), organised by community-a.
func hoursLedger(t tb, v governance.PersonID, hours int) *Ledger {
	t.Helper()
	l := NewLedger()
	start := time.Date(2025, 1, 6, 9, 0, 0, 0, shanghai)
	for i := 0; hours > 0; i++ {
		h := min(hours, 4)
		a := Activity{ID: ActivityID(fmt.Sprintf("act-%d", i)), Name: "service", Kind: KindElderly, Organiser: "community-a",
			Start: start.AddDate(0, 0, i), End: start.AddDate(0, 0, i).Add(4 * time.Hour)}
		if err := l.AddActivity(a); err != nil {
			t.Fatal(err)
		}
		mustGrant(t, l, Service{Volunteer: v, Activity: a.ID, Duration: time.Duration(h) * time.Hour, Recorder: clerk, Key: fmt.Sprintf("k-%d", i)}, a.End)
		hours -= h
	}
	return l
}

func TestNominate(t *testing.T) {
	p := DefaultPolicy()
	at := time.Date(2025, 9, 1, 9, 0, 0, 0, shanghai)
	l := hoursLedger(t, "v1", 320)
	a, err := Nominate(Nomination{Volunteer: "v1", Body: "federation", Held: StarOne}, l, p, at)
	if err != nil {
		t.Fatal(err)
	}
	if a.Star() != StarTwo || a.Hours() != 320*time.Hour || a.State() != AwardEligible {
		t.Errorf("award = %v %v %v", a.Star(), a.Hours(), a.State())
	}
	for _, tc := range []struct {
		name string
		n    Nomination
		l    *Ledger
		want []string
	}{
		{"already held", Nomination{Volunteer: "v1", Body: "federation", Held: StarTwo}, l, []string{"volunteer.award.not_reached held"}},
		{"nobody", Nomination{Held: Star(9)}, nil, []string{
			"volunteer.award.body_missing body",
			"volunteer.award.held_invalid held",
			"volunteer.award.ledger_missing ledger",
			"volunteer.award.volunteer_missing volunteer",
		}},
	} {
		_, err := Nominate(tc.n, tc.l, p, at)
		var ps governance.Problems
		errors.As(err, &ps)
		if d := cmp.Diff(tc.want, codes(ps)); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, d)
		}
	}
	if _, err := l.Falsify(Finding{Volunteer: "v1", Entries: []EntryID{1}, Years: 1, Reason: "forged", Recorder: Recorder{Org: "ca", Person: "i"}}, p, at.AddDate(0, 0, -1)); err != nil {
		t.Fatal(err)
	}
	if _, err := Nominate(Nomination{Volunteer: "v1", Body: "federation", Held: StarOne}, l, p, at); !errors.Is(err, governance.Problem{Code: "volunteer.award.banned"}) {
		t.Errorf("banned volunteer nominated: %v", err)
	}
}

func TestAwardLife(t *testing.T) {
	p := DefaultPolicy()
	cal := governance.China()
	l := hoursLedger(t, "v1", 104)
	// Published on Monday 29 September 2025: the workdays after it are
	// 30 September, 9, 10, 11 (a Saturday made a workday) and 13 October.
	pub := time.Date(2025, 9, 29, 10, 0, 0, 0, shanghai)
	a, err := Nominate(Nomination{Volunteer: "v1", Body: "federation"}, l, p, pub.Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		do   func() error
		want error
		st   AwardState
	}{
		{"confer unpublished", func() error { return a.Confer(l, pub) }, governance.ErrInvalidTransition, AwardEligible},
		{"publish before the nomination", func() error { return a.Publish(cal, pub.Add(-2*time.Hour)) }, ErrTimeOrder, AwardEligible},
		{"publish", func() error { return a.Publish(cal, pub) }, nil, AwardPublished},
		{"object without a note", func() error { return a.Object("resident-x", "", pub.Add(24*time.Hour)) }, governance.Problem{Code: "volunteer.step.note_missing"}, AwardPublished},
		{"object", func() error { return a.Object("resident-x", "hours of May look high", pub.Add(24*time.Hour)) }, nil, AwardObjected},
		{"confer while objected", func() error { return a.Confer(l, pub.AddDate(0, 1, 0)) }, governance.ErrInvalidTransition, AwardObjected},
		{"dismiss", func() error { return a.Dismiss("sign-in sheets checked", pub.Add(48*time.Hour)) }, nil, AwardPublished},
		{"confer on the last workday", func() error { return a.Confer(l, time.Date(2025, 10, 13, 23, 59, 0, 0, shanghai)) }, ErrPublication, AwardPublished},
		{"confer the day after", func() error { return a.Confer(l, time.Date(2025, 10, 14, 0, 0, 0, 0, shanghai)) }, nil, AwardAwarded},
		{"withdraw once awarded", func() error { return a.Withdraw("x", time.Date(2025, 10, 15, 0, 0, 0, 0, shanghai)) }, governance.ErrInvalidTransition, AwardAwarded},
		{"revoke", func() error { return a.Revoke("falsified hours found", time.Date(2025, 11, 1, 0, 0, 0, 0, shanghai)) }, nil, AwardRevoked},
	}
	for _, s := range steps {
		before := a.Record()
		err := s.do()
		if s.want == nil && err != nil || s.want != nil && !errors.Is(err, s.want) {
			t.Fatalf("%s: err = %v, want %v", s.name, err, s.want)
		}
		if a.State() != s.st {
			t.Fatalf("%s: state %v, want %v", s.name, a.State(), s.st)
		}
		if err != nil {
			if d := cmp.Diff(before, a.Record()); d != "" {
				t.Fatalf("%s: refused but changed (-want +got):\n%s", s.name, d)
			}
		}
	}
	if want := time.Date(2025, 10, 14, 0, 0, 0, 0, shanghai); !a.PublishedUntil().Equal(want) {
		t.Errorf("published until %v, want %v", a.PublishedUntil(), want)
	}
	if got := len(a.History()); got != 6 {
		t.Errorf("history has %d steps, want 6", got)
	}
}

func TestConferRereadsLedger(t *testing.T) {
	p := DefaultPolicy()
	cal := governance.China()
	l := hoursLedger(t, "v1", 101)
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, shanghai)
	a, err := Nominate(Nomination{Volunteer: "v1", Body: "federation"}, l, p, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Publish(cal, at); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Void(1, "not served", clerk, at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	err = a.Confer(l, at.AddDate(0, 1, 0))
	if !errors.Is(err, governance.Problem{Code: "volunteer.award.not_reached"}) || a.State() != AwardPublished {
		t.Errorf("confer below the level: %v, %v", err, a.State())
	}
	if err := a.Publish(cal, time.Date(2030, 1, 1, 0, 0, 0, 0, shanghai)); !errors.Is(err, governance.ErrInvalidTransition) {
		t.Errorf("publish twice: %v", err)
	}
	b, _ := Nominate(Nomination{Volunteer: "v1", Body: "federation"}, hoursLedger(t, "v1", 101), p, at)
	if err := b.Publish(cal, time.Date(2026, 12, 31, 9, 0, 0, 0, shanghai)); !errors.Is(err, governance.ErrNotCovered) || b.State() != AwardEligible {
		t.Errorf("publication beyond the calendar: %v, %v", err, b.State())
	}
}

func TestAwardJSON(t *testing.T) {
	a := publishedAward(t)
	if err := a.Object("x", "why", a.PublishedUntil()); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back StarAward
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(a.Record(), back.Record()); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
	for _, tc := range []struct {
		name   string
		change func(r *AwardRecord)
		want   string
	}{
		{"empty history", func(r *AwardRecord) { r.History = nil }, "volunteer.record.history_empty"},
		{"state", func(r *AwardRecord) { r.State = AwardAwarded }, "volunteer.record.state_mismatch"},
		{"step", func(r *AwardRecord) { r.History[1].Verb = AwardConfer }, "volunteer.record.step_invalid"},
		{"time", func(r *AwardRecord) { r.History[2].At = r.History[0].At.Add(-time.Hour) }, "volunteer.record.step_out_of_order"},
		{"hours", func(r *AwardRecord) { r.Hours = "10h" }, "volunteer.record.hours_invalid"},
		{"until", func(r *AwardRecord) { r.PublishedUntil = time.Time{} }, "volunteer.record.deadline_invalid"},
		{"star", func(r *AwardRecord) { r.Nomination.Held = r.Star }, "volunteer.award.held_invalid"},
	} {
		r := a.Record()
		tc.change(&r)
		if _, err := RestoreStarAward(r); !errors.Is(err, governance.Problem{Code: tc.want}) {
			t.Errorf("%s: err = %v, want %s", tc.name, err, tc.want)
		}
	}
}

func publishedAward(t tb) *StarAward {
	t.Helper()
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, shanghai)
	a, err := Nominate(Nomination{Volunteer: "v1", Body: "federation"}, hoursLedger(t, "v1", 101), DefaultPolicy(), at)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Publish(governance.China(), at); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestAwardStateMachine runs random verbs at random instants against a
// model of the table: an allowed verb moves the state and adds one step;
// any other leaves the award exactly as it was.
func TestAwardStateMachine(t *testing.T) {
	next := map[AwardState]map[AwardVerb]AwardState{
		AwardEligible:  {AwardPublish: AwardPublished, AwardWithdraw: AwardWithdrawn},
		AwardPublished: {AwardObject: AwardObjected, AwardConfer: AwardAwarded, AwardWithdraw: AwardWithdrawn},
		AwardObjected:  {AwardDismiss: AwardPublished, AwardSustain: AwardWithdrawn, AwardWithdraw: AwardWithdrawn},
		AwardAwarded:   {AwardRevoke: AwardRevoked},
	}
	cal := governance.China()
	rapid.Check(t, func(t *rapid.T) {
		l := hoursLedger(t, "v1", 101)
		now := time.Date(2025, 3, 3, 9, 0, 0, 0, shanghai)
		a, err := Nominate(Nomination{Volunteer: "v1", Body: "federation"}, l, DefaultPolicy(), now)
		if err != nil {
			t.Fatal(err)
		}
		state, steps := AwardEligible, 1
		try := func(t *rapid.T, v AwardVerb, do func(at time.Time, note string) error) {
			at := now.Add(time.Duration(rapid.IntRange(-2, 200).Draw(t, "hours")) * time.Hour)
			note := rapid.SampledFrom([]string{"", "note"}).Draw(t, "note")
			if note == "" && v != AwardPublish && v != AwardConfer {
				at = now // only the missing note can fail
			}
			before := a.Record()
			err := do(at, note)
			to, allowed := next[state][v]
			ok := allowed && !at.Before(now) && (note != "" || v == AwardPublish || v == AwardConfer)
			if v == AwardConfer && allowed && at.Before(a.PublishedUntil()) {
				ok = false
			}
			if ok != (err == nil) {
				t.Fatalf("%v from %v at %v: err = %v, model says ok = %v", v, state, at, err, ok)
			}
			if err != nil {
				if d := cmp.Diff(before, a.Record()); d != "" {
					t.Fatalf("%v refused but changed (-want +got):\n%s", v, d)
				}
				return
			}
			state, now = to, at
			steps++
		}
		t.Repeat(map[string]func(*rapid.T){
			"publish": func(t *rapid.T) {
				try(t, AwardPublish, func(at time.Time, _ string) error { return a.Publish(cal, at) })
			},
			"object": func(t *rapid.T) {
				try(t, AwardObject, func(at time.Time, note string) error { return a.Object("resident", note, at) })
			},
			"dismiss": func(t *rapid.T) {
				try(t, AwardDismiss, func(at time.Time, note string) error { return a.Dismiss(note, at) })
			},
			"sustain": func(t *rapid.T) {
				try(t, AwardSustain, func(at time.Time, note string) error { return a.Sustain(note, at) })
			},
			"confer": func(t *rapid.T) { try(t, AwardConfer, func(at time.Time, _ string) error { return a.Confer(l, at) }) },
			"withdraw": func(t *rapid.T) {
				try(t, AwardWithdraw, func(at time.Time, note string) error { return a.Withdraw(note, at) })
			},
			"revoke": func(t *rapid.T) {
				try(t, AwardRevoke, func(at time.Time, note string) error { return a.Revoke(note, at) })
			},
			"": func(t *rapid.T) {
				if a.State() != state || len(a.History()) != steps {
					t.Fatalf("state %v with %d steps, model %v with %d", a.State(), len(a.History()), state, steps)
				}
				if _, err := RestoreStarAward(a.Record()); err != nil {
					t.Fatalf("record does not restore: %v", err)
				}
			},
		})
	})
}

func FuzzStarAwardUnmarshalJSON(f *testing.F) {
	a := publishedAward(f)
	b, _ := json.Marshal(a)
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		var a StarAward
		if err := json.Unmarshal(data, &a); err != nil {
			return
		}
		out, err := json.Marshal(&a)
		if err != nil {
			t.Fatalf("accepted award does not marshal: %v", err)
		}
		var back StarAward
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled award does not unmarshal: %v\n%s", err, out)
		}
		if d := cmp.Diff(a.Record(), back.Record()); d != "" {
			t.Fatalf("round trip (-want +got):\n%s", d)
		}
	})
}
