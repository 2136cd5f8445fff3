package governance_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"pgregory.net/rapid"
)

// admRequest is a regular application for a community item in the
// district, starting on Monday 2025-11-03.
func admRequest() governance.AdmissionRequest {
	return governance.AdmissionRequest{
		ID: "XC-2025-017",
		Item: governance.DutyItem{
			ID: "A1", Title: "燃气安全入户检查", Kind: governance.DutyAssisting,
			Level: governance.LevelCommunity, Department: "区城市管理委员会",
		},
		Scope: dutyDistrict, Applicant: "区城市管理委员会",
		Start:  governance.MustParseDate("2025-11-03"),
		Reason: "冬季供暖前燃气安全排查",
	}
}

func TestApplyLeadTime(t *testing.T) {
	cal := governance.China()
	p := governance.DefaultAdmissionPolicy()
	for _, tc := range []struct {
		name   string
		at     string
		start  string
		urgent bool
		want   string // a problem code, "covered" for ErrNotCovered, "" for none
	}{
		{"on the latest day", "2025-09-16 17:30", "2025-11-03", false, ""},
		{"a workday later", "2025-09-17 08:00", "2025-11-03", false, "governance.admission.too_late"},
		{"a rest day before the latest", "2025-09-13 10:00", "2025-11-03", false, ""},
		{"the rest day after the latest counts from the next workday", "2025-09-20 10:00", "2025-11-03", false, "governance.admission.too_late"},
		{"a make-up workday counts", "2025-09-15 10:00", "2025-11-03", false, ""},
		{"urgent, no lead", "2025-10-30 10:00", "2025-10-31", true, ""},
		{"start in the past", "2025-10-30 10:00", "2025-10-01", false, "governance.admission.too_late"},
		{"outside the calendar", "2025-10-30 10:00", "2027-06-01", false, "covered"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := admRequest()
			r.Start = governance.MustParseDate(tc.start)
			r.Urgent = tc.urgent
			a, err := governance.Apply(r, p, cal, dutyAt(tc.at))
			switch tc.want {
			case "":
				if err != nil {
					t.Fatalf("Apply: %v", err)
				}
				want := governance.AdmissionApplied
				if tc.urgent {
					want = governance.AdmissionAppliedUrgent
				}
				if a.State() != want {
					t.Errorf("state %s, want %s", a.State(), want)
				}
			case "covered":
				if !errors.Is(err, governance.ErrNotCovered) {
					t.Errorf("Apply = %v, want ErrNotCovered", err)
				}
			default:
				var ps governance.Problems
				if !errors.As(err, &ps) || !ps.Has(tc.want) {
					t.Errorf("Apply = %v, want %s", err, tc.want)
				}
			}
		})
	}
}

func TestApplyReportsEveryProblem(t *testing.T) {
	r := governance.AdmissionRequest{
		Item:   governance.DutyItem{ID: "N", Title: "t", Kind: governance.DutyNegative, Level: governance.LevelCommunity},
		Scope:  dutyGrid,
		Start:  governance.MustParseDate("2025-10-31"),
		Urgent: true,
	}
	_, err := governance.Apply(r, governance.DefaultAdmissionPolicy(), governance.China(), dutyAt("2025-10-30 10:00"))
	var ps governance.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Apply = %v", err)
	}
	want := []string{
		"applicant governance.admission.applicant_missing",
		"id governance.admission.id_missing",
		"item.kind governance.admission.item_negative",
		"reason governance.admission.reason_missing",
		"scope governance.admission.scope_below_level",
	}
	if diff := cmp.Diff(want, dutyProblemKeys(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if _, err := governance.Apply(admRequest(), governance.AdmissionPolicy{}, governance.China(), dutyAt("2025-09-01 10:00")); err == nil {
		t.Error("Apply with an empty policy succeeded")
	}
	if _, err := governance.Apply(admRequest(), governance.DefaultAdmissionPolicy(), nil, dutyAt("2025-09-01 10:00")); err == nil {
		t.Error("Apply without a calendar succeeded")
	}
}

func TestAdmissionPolicyValidate(t *testing.T) {
	got := dutyProblemKeys(governance.AdmissionPolicy{LeadWorkdays: 0, DecisionWorkdays: -1}.Validate())
	want := []string{
		"decisionWorkdays governance.admission_policy.decision_invalid",
		"leadWorkdays governance.admission_policy.lead_invalid",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	if ps := governance.DefaultAdmissionPolicy().Validate(); len(ps) > 0 {
		t.Errorf("default policy: %v", ps)
	}
}

// TestLatestApplication checks LatestApplication against Apply: on the
// latest day an application is in time, on the day after it is late.
func TestLatestApplication(t *testing.T) {
	cal := governance.China()
	p := governance.DefaultAdmissionPolicy()
	rapid.Check(t, func(t *rapid.T) {
		start := testkit.DateIn(2024, 2026).Filter(func(d governance.Date) bool {
			return !d.Before(governance.MustParseDate("2024-04-01"))
		}).Draw(t, "start")
		latest, err := p.LatestApplication(cal, start)
		if err != nil {
			t.Fatal(err)
		}
		if !cal.IsWorkday(latest) {
			t.Fatalf("latest day %s is not a workday", latest)
		}
		hour := rapid.IntRange(0, 23).Draw(t, "hour")
		r := admRequest()
		r.Start = start
		apply := func(d governance.Date) error {
			_, err := governance.Apply(r, p, cal, d.In(dutyZone).Add(time.Duration(hour)*time.Hour))
			return err
		}
		if err := apply(latest); err != nil {
			t.Fatalf("applying on the latest day %s: %v", latest, err)
		}
		if err := apply(latest.AddDays(-rapid.IntRange(1, 30).Draw(t, "earlier"))); err != nil {
			t.Fatalf("applying before the latest day %s: %v", latest, err)
		}
		var ps governance.Problems
		if err := apply(latest.AddDays(1)); !errors.As(err, &ps) || !ps.Has("governance.admission.too_late") {
			t.Fatalf("applying the day after the latest day %s: %v", latest, err)
		}
	})
}

func TestAdmissionDecisionDue(t *testing.T) {
	// Applied on Friday 2025-09-26: the 15 workdays run over the National
	// Day holiday (10-01 to 10-08) and the make-up workdays 09-28 and 10-11.
	r := admRequest()
	r.Start = governance.MustParseDate("2025-12-01")
	a, err := governance.Apply(r, governance.DefaultAdmissionPolicy(), governance.China(), dutyAt("2025-09-26 10:00"))
	if err != nil {
		t.Fatal(err)
	}
	if want := dutyAt("2025-10-23 10:00"); !a.Due().Equal(want) {
		t.Errorf("Due = %v, want %v", a.Due(), want)
	}
	for _, tc := range []struct {
		now  string
		want bool
	}{{"2025-10-23 10:00", false}, {"2025-10-23 10:01", true}} {
		if got := a.Overdue(dutyAt(tc.now)); got != tc.want {
			t.Errorf("Overdue(%s) = %v, want %v", tc.now, got, tc.want)
		}
	}
	if err := a.Approve("区社区建设领导小组", "", dutyAt("2025-10-24 09:00")); err != nil {
		t.Fatal(err)
	}
	if a.Overdue(dutyAt("2025-11-01 10:00")) {
		t.Error("a decided admission is overdue")
	}
}

func TestAdmissionVerbs(t *testing.T) {
	type step struct {
		verb string
		at   string
		want error // ErrInvalidTransition, a problem, or nil
	}
	tooEarly := governance.Problem{Code: "governance.admission.at_before_last"}
	noReason := governance.Problem{Code: "governance.admission.reason_missing"}
	noConsent := governance.Problem{Code: "governance.admission.consent_missing"}
	for _, tc := range []struct {
		name   string
		urgent bool
		steps  []step
		final  governance.AdmissionState
	}{
		{"approve then revoke", false, []step{
			{"approve", "2025-09-10 09:00", nil},
			{"approve", "2025-09-11 09:00", governance.ErrInvalidTransition},
			{"reject", "2025-09-11 09:00", governance.ErrInvalidTransition},
			{"revoke-noreason", "2025-12-01 09:00", noReason},
			{"revoke", "2025-12-01 09:00", nil},
			{"revoke", "2025-12-02 09:00", governance.ErrInvalidTransition},
		}, governance.AdmissionRevoked},
		{"reject", false, []step{
			{"reject-noreason", "2025-09-05 09:00", noReason},
			{"reject", "2025-09-05 09:00", nil},
			{"approve", "2025-09-06 09:00", governance.ErrInvalidTransition},
		}, governance.AdmissionRejected},
		{"regular cannot be temporary", false, []step{
			{"temporary", "2025-09-05 09:00", governance.ErrInvalidTransition},
		}, governance.AdmissionApplied},
		{"urgent cannot be approved for good", true, []step{
			{"approve", "2025-09-05 09:00", governance.ErrInvalidTransition},
			{"temporary-noconsent", "2025-09-05 09:00", noConsent},
			{"temporary", "2025-09-05 09:00", nil},
			{"revoke", "2025-09-04 09:00", tooEarly},
			{"revoke", "2025-12-31 23:59", nil},
		}, governance.AdmissionRevoked},
		{"lapsed cannot be revoked", true, []step{
			{"temporary", "2025-09-05 09:00", nil},
			{"revoke", "2026-01-01 00:00", governance.ErrInvalidTransition},
		}, governance.AdmissionTemporary},
		{"time before the application", false, []step{
			{"approve", "2025-08-31 09:00", tooEarly},
		}, governance.AdmissionApplied},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := admRequest()
			r.Urgent = tc.urgent
			a, err := governance.Apply(r, governance.DefaultAdmissionPolicy(), governance.China(), dutyAt("2025-09-01 09:00"))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.steps {
				before := a.Record()
				var err error
				switch s.verb {
				case "approve":
					err = a.Approve("区社区建设领导小组", "", dutyAt(s.at))
				case "reject":
					err = a.Reject("区社区建设领导小组", "与社区职责无关", dutyAt(s.at))
				case "reject-noreason":
					err = a.Reject("区社区建设领导小组", " ", dutyAt(s.at))
				case "revoke":
					err = a.Revoke("区社区建设领导小组", "事项取消", dutyAt(s.at))
				case "revoke-noreason":
					err = a.Revoke("区社区建设领导小组", "", dutyAt(s.at))
				case "temporary":
					err = a.AdmitTemporarily(governance.MustParseDate("2026-01-01"), "社区居委会", "街道工委", dutyAt(s.at))
				case "temporary-noconsent":
					err = a.AdmitTemporarily(governance.MustParseDate("2026-01-01"), "", "街道工委", dutyAt(s.at))
				}
				if s.want == nil {
					if err != nil {
						t.Fatalf("%s at %s: %v", s.verb, s.at, err)
					}
					continue
				}
				if !errors.Is(err, s.want) {
					t.Fatalf("%s at %s = %v, want %v", s.verb, s.at, err, s.want)
				}
				if diff := cmp.Diff(before, a.Record()); diff != "" {
					t.Fatalf("refused %s changed the admission (-before +after):\n%s", s.verb, diff)
				}
			}
			if a.State() != tc.final {
				t.Errorf("final state %s, want %s", a.State(), tc.final)
			}
		})
	}
}

func TestAdmissionTemporaryTimeline(t *testing.T) {
	r := admRequest()
	r.Urgent, r.Start = true, governance.MustParseDate("2025-07-21")
	a, err := governance.Apply(r, governance.DefaultAdmissionPolicy(), governance.China(), dutyAt("2025-07-18 16:00"))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.AdmitTemporarily(governance.MustParseDate("2025-08-01"), "社区居委会", "街道工委", dutyAt("2025-07-19 09:00")); err != nil {
		t.Fatal(err)
	}
	type day struct {
		state   governance.AdmissionState
		inForce bool
		lapsed  bool
	}
	want := map[string]day{
		"2025-07-17": {governance.AdmissionStateUnknown, false, false},
		"2025-07-18": {governance.AdmissionAppliedUrgent, false, false},
		"2025-07-19": {governance.AdmissionTemporary, false, false},
		"2025-07-21": {governance.AdmissionTemporary, true, false},
		"2025-07-31": {governance.AdmissionTemporary, true, false},
		"2025-08-01": {governance.AdmissionLapsed, false, true},
	}
	got := map[string]day{}
	for d := range want {
		on := governance.MustParseDate(d)
		got[d] = day{a.StateOn(on), a.InForce(on), a.Lapsed(on)}
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(day{})); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
	if a.State() != governance.AdmissionTemporary || a.Until() != governance.MustParseDate("2025-08-01") || a.Consent() != "社区居委会" {
		t.Errorf("recorded %s until %s consent %q", a.State(), a.Until(), a.Consent())
	}
	if err := a.AdmitTemporarily(governance.MustParseDate("2025-09-01"), "x", "y", dutyAt("2025-07-20 09:00")); !errors.Is(err, governance.ErrInvalidTransition) {
		t.Errorf("second temporary admission: %v", err)
	}
	// The end date must fall after the start and the decision.
	b, _ := governance.Apply(r, governance.DefaultAdmissionPolicy(), governance.China(), dutyAt("2025-07-18 16:00"))
	for _, until := range []string{"2025-07-21", "2025-07-19"} {
		err := b.AdmitTemporarily(governance.MustParseDate(until), "社区居委会", "街道工委", dutyAt("2025-07-19 09:00"))
		var ps governance.Problems
		if !errors.As(err, &ps) || !ps.Has("governance.admission.until_invalid") {
			t.Errorf("until %s: %v", until, err)
		}
	}
}

func TestAdmissionDiagram(t *testing.T) {
	testkit.Golden(t, "admission.mmd", governance.AdmissionDiagram())
}

// TestAdmissionTransitionsAreWhatTheVerbsDo checks the exported table against
// the workflow for every state and verb: a verb is allowed exactly where a
// transition leads it, and a refusal wraps ErrInvalidTransition.
func TestAdmissionTransitionsAreWhatTheVerbsDo(t *testing.T) {
	table := governance.AdmissionTransitions()
	for s := range governance.AdmissionStates() {
		for v := range governance.AdmissionVerbs() {
			var want governance.AdmissionState
			for _, tr := range table {
				if tr.Verb == v && slices.Contains(tr.From, s) {
					want = tr.To
				}
			}
			got, err := governance.NextAdmissionState(s, v)
			if got != want || (err == nil) != (want != 0) {
				t.Errorf("%s from %s: table %s; admission %s, %v", v, s, want, got, err)
			}
			if err != nil && !errors.Is(err, governance.ErrInvalidTransition) {
				t.Errorf("%s from %s: %v does not wrap ErrInvalidTransition", v, s, err)
			}
		}
	}
	// The exported table is a copy.
	tr := governance.AdmissionTransitions()
	tr[2].From[0] = governance.AdmissionRevoked
	if governance.AdmissionTransitions()[2].From[0] == governance.AdmissionRevoked {
		t.Error("AdmissionTransitions shares its slices")
	}
}

// lifecycle returns an urgent admission taken through a temporary admission
// and its revocation, and a regular one approved.
func lifecycle(t testing.TB) []*governance.Admission {
	t.Helper()
	u := admRequest()
	u.ID, u.Urgent, u.Start = "XC-2025-018", true, governance.MustParseDate("2025-10-09")
	a, err := governance.Apply(u, governance.DefaultAdmissionPolicy(), governance.China(), dutyAt("2025-09-30 18:00"))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.AdmitTemporarily(governance.MustParseDate("2025-11-01"), "社区居委会", "街道工委", time.Date(2025, 10, 1, 2, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if err := a.Revoke("街道工委", "险情解除", dutyAt("2025-10-20 09:00")); err != nil {
		t.Fatal(err)
	}
	b, err := governance.Apply(admRequest(), governance.DefaultAdmissionPolicy(), governance.China(), dutyAt("2025-09-01 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Approve("区社区建设领导小组", "同意", dutyAt("2025-09-10 09:00")); err != nil {
		t.Fatal(err)
	}
	return []*governance.Admission{a, b}
}

func TestAdmissionJSONRoundTrip(t *testing.T) {
	for _, a := range lifecycle(t) {
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back governance.Admission
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%v\n%s", err, b)
		}
		if diff := cmp.Diff(a.Record(), back.Record()); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
		if !strings.Contains(string(b), `"verb":"apply"`) || strings.Contains(string(b), `"from":""`) {
			t.Errorf("unexpected JSON: %s", b)
		}
	}
}

func TestRestoreAdmissionReportsEveryProblem(t *testing.T) {
	good := lifecycle(t)[0].Record()
	for _, tc := range []struct {
		name   string
		change func(r *governance.AdmissionRecord)
		want   []string
	}{
		{"unchanged", func(*governance.AdmissionRecord) {}, nil},
		{"empty history", func(r *governance.AdmissionRecord) { r.History = nil }, []string{"history governance.admission.history_empty"}},
		{"request and due", func(r *governance.AdmissionRecord) {
			r.ID, r.Due, r.Scope = "", time.Time{}, "1"
		}, []string{
			"due governance.admission.due_missing",
			"id governance.admission.id_missing",
			"scope governance.admission.scope_invalid",
		}},
		{"urgency and first step disagree", func(r *governance.AdmissionRecord) { r.Urgent = false }, []string{
			"history[0] governance.admission.history_start",
		}},
		{"a step the table does not allow", func(r *governance.AdmissionRecord) {
			r.History[1].Verb = governance.AdmissionVerbApprove
		}, []string{
			"history[1] governance.admission.history_step",
			"until governance.admission.temporary_fields",
		}},
		{"a broken chain", func(r *governance.AdmissionRecord) {
			r.History[2].From = governance.AdmissionAdmitted
		}, []string{"history[2] governance.admission.history_step"}},
		{"steps out of order, no actor", func(r *governance.AdmissionRecord) {
			r.History[2].At = r.History[0].At.Add(-time.Hour)
			r.History[2].Actor = ""
		}, []string{
			"history[2].actor governance.admission.actor_missing",
			"history[2].at governance.admission.at_before_last",
		}},
		{"revoked after the lapse", func(r *governance.AdmissionRecord) {
			r.Until = governance.MustParseDate("2025-10-15")
		}, []string{"history[2] governance.admission.history_step"}},
		{"state", func(r *governance.AdmissionRecord) { r.State = governance.AdmissionAdmitted }, []string{"state governance.admission.state_mismatch"}},
		{"temporary fields", func(r *governance.AdmissionRecord) { r.Consent = "" }, []string{"until governance.admission.temporary_fields"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := good
			r.History = slices.Clone(good.History)
			tc.change(&r)
			a, err := governance.RestoreAdmission(r)
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(good, a.Record()); diff != "" {
					t.Errorf("restored (-want +got):\n%s", diff)
				}
				return
			}
			var ps governance.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("RestoreAdmission = %v, want problems", err)
			}
			if diff := cmp.Diff(tc.want, dutyProblemKeys(ps)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAdmissionUnmarshalKeepsValueOnError(t *testing.T) {
	a := lifecycle(t)[1]
	before := a.Record()
	if err := json.Unmarshal([]byte(`{"id":"x","history":[]}`), a); err == nil {
		t.Fatal("accepted an admission without history")
	}
	if diff := cmp.Diff(before, a.Record()); diff != "" {
		t.Errorf("failed unmarshal changed the admission (-before +after):\n%s", diff)
	}
}

// admModel is the state-machine test's picture of an admission.
type admModel struct {
	state governance.AdmissionState
	start governance.Date
	until governance.Date
	last  time.Time // the last step's instant
	clock time.Time // now, never before last
	steps int
}

// admTable is the procedure of RULES.md §7 written out independently of the
// implementation: verb → from → to.
var admTable = map[string]map[governance.AdmissionState]governance.AdmissionState{
	"approve":   {governance.AdmissionApplied: governance.AdmissionAdmitted},
	"reject":    {governance.AdmissionApplied: governance.AdmissionRejected, governance.AdmissionAppliedUrgent: governance.AdmissionRejected},
	"temporary": {governance.AdmissionAppliedUrgent: governance.AdmissionTemporary},
	"revoke":    {governance.AdmissionAdmitted: governance.AdmissionRevoked, governance.AdmissionTemporary: governance.AdmissionRevoked},
}

// admVerbs names the verb each action records.
var admVerbs = map[string]governance.AdmissionVerb{
	"approve":   governance.AdmissionVerbApprove,
	"reject":    governance.AdmissionVerbReject,
	"temporary": governance.AdmissionVerbAdmitTemporarily,
	"revoke":    governance.AdmissionVerbRevoke,
}

func TestAdmissionStateMachine(t *testing.T) {
	cal := governance.China()
	policy := governance.DefaultAdmissionPolicy()
	base := time.Date(2025, 1, 2, 9, 0, 0, 0, dutyZone)
	actors := rapid.SampledFrom([]string{"区社区建设领导小组", "街道工委", "区社区建设领导小组", "街道工委", "", " "})
	texts := rapid.SampledFrom([]string{"理由", "社区居委会", "理由", ""})
	rapid.Check(t, func(t *rapid.T) {
		r := admRequest()
		r.Urgent = rapid.Bool().Draw(t, "urgent")
		now := base.Add(time.Duration(rapid.IntRange(0, 300*24).Draw(t, "hours")) * time.Hour)
		if r.Urgent {
			r.Start = governance.DateOf(now).AddDays(rapid.IntRange(-3, 30).Draw(t, "start"))
		} else {
			r.Start = governance.DateOf(now).AddDays(rapid.IntRange(70, 120).Draw(t, "start"))
		}
		a, err := governance.Apply(r, policy, cal, now)
		if err != nil {
			t.Fatal(err)
		}
		m := &admModel{state: a.State(), start: r.Start, last: now, clock: now, steps: 1}
		if want := map[bool]governance.AdmissionState{false: governance.AdmissionApplied, true: governance.AdmissionAppliedUrgent}[r.Urgent]; m.state != want {
			t.Fatalf("applied in %s, want %s", m.state, want)
		}

		// instant draws the time of a step: mostly forward, sometimes back.
		instant := func(t *rapid.T) time.Time {
			return m.last.Add(time.Duration(rapid.IntRange(-24*60, 30*24*60).Draw(t, "minutes")) * time.Minute)
		}
		// act runs a verb and checks it against the model.
		act := func(t *rapid.T, verb string, at time.Time, actor string, argsOK bool, do func() error) {
			from := m.state
			if from == governance.AdmissionTemporary && !governance.DateOf(at).Before(m.until) {
				from = governance.AdmissionLapsed
			}
			to, allowed := admTable[verb][from]
			ok := allowed && strings.TrimSpace(actor) != "" && !at.Before(m.last) && argsOK
			before := a.Record()
			err := do()
			if !ok {
				if err == nil {
					t.Fatalf("%s from %s at %v by %q succeeded", verb, from, at, actor)
				}
				if got := errors.Is(err, governance.ErrInvalidTransition); got != !allowed {
					t.Fatalf("%s from %s: error %v, invalid transition %v, want %v", verb, from, err, got, !allowed)
				}
				if diff := cmp.Diff(before, a.Record()); diff != "" {
					t.Fatalf("refused %s changed the admission (-before +after):\n%s", verb, diff)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s from %s at %v: %v", verb, from, at, err)
			}
			m.state, m.last, m.steps = to, at, m.steps+1
			if m.clock.Before(at) {
				m.clock = at
			}
			h := a.History()
			last := h[len(h)-1]
			if last.From != from || last.To != to || !last.At.Equal(at) || last.Actor != actor || last.Verb != admVerbs[verb] {
				t.Fatalf("last step %+v after %s", last, verb)
			}
		}

		t.Repeat(map[string]func(*rapid.T){
			"approve": func(t *rapid.T) {
				at, actor := instant(t), actors.Draw(t, "actor")
				act(t, "approve", at, actor, true, func() error { return a.Approve(actor, "", at) })
			},
			"reject": func(t *rapid.T) {
				at, actor, reason := instant(t), actors.Draw(t, "actor"), texts.Draw(t, "reason")
				act(t, "reject", at, actor, reason != "", func() error { return a.Reject(actor, reason, at) })
			},
			"revoke": func(t *rapid.T) {
				at, actor, reason := instant(t), actors.Draw(t, "actor"), texts.Draw(t, "reason")
				act(t, "revoke", at, actor, reason != "", func() error { return a.Revoke(actor, reason, at) })
			},
			"temporary": func(t *rapid.T) {
				at, actor, consent := instant(t), actors.Draw(t, "actor"), texts.Draw(t, "consent")
				until := m.start.AddDays(rapid.IntRange(-2, 10).Draw(t, "until"))
				ok := consent != "" && until.After(m.start) && until.After(governance.DateOf(at))
				act(t, "temporary", at, actor, ok, func() error { return a.AdmitTemporarily(until, consent, actor, at) })
				if a.State() == governance.AdmissionTemporary && m.until.IsZero() {
					m.until = until
				}
			},
			"wait": func(t *rapid.T) {
				m.clock = m.clock.Add(time.Duration(rapid.IntRange(0, 40*24).Draw(t, "wait")) * time.Hour)
			},
			"": func(t *rapid.T) {
				if a.State() != m.state || len(a.History()) != m.steps || a.Until() != m.until {
					t.Fatalf("admission in %s with %d steps until %s, model %s with %d until %s", a.State(), len(a.History()), a.Until(), m.state, m.steps, m.until)
				}
				if got, want := a.Overdue(m.clock), m.state.Pending() && m.clock.After(a.Due()); got != want {
					t.Fatalf("Overdue(%v) = %v, want %v", m.clock, got, want)
				}
				day := governance.DateOf(m.clock)
				want := m.state
				if want == governance.AdmissionTemporary && !day.Before(m.until) {
					want = governance.AdmissionLapsed
				}
				if got := a.StateOn(day); got != want {
					t.Fatalf("StateOn(%s) = %s, want %s", day, got, want)
				}
				if got, want := a.InForce(day), (want == governance.AdmissionAdmitted || want == governance.AdmissionTemporary) && !day.Before(m.start); got != want {
					t.Fatalf("InForce(%s) = %v, want %v", day, got, want)
				}
				b, err := json.Marshal(a)
				if err != nil {
					t.Fatal(err)
				}
				var back governance.Admission
				if err := json.Unmarshal(b, &back); err != nil {
					t.Fatalf("%v\n%s", err, b)
				}
				if diff := cmp.Diff(a.Record(), back.Record()); diff != "" {
					t.Fatalf("JSON round trip (-want +got):\n%s", diff)
				}
			},
		})
	})
}

func FuzzAdmissionJSON(f *testing.F) {
	for _, a := range lifecycle(f) {
		b, _ := json.Marshal(a)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"x","history":[{"at":"2025-01-01T00:00:00Z","verb":"apply","to":"applied"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var a governance.Admission
		if err := json.Unmarshal(data, &a); err != nil {
			return
		}
		out, err := json.Marshal(&a)
		if err != nil {
			t.Fatalf("accepted admission does not marshal: %v", err)
		}
		var back governance.Admission
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled admission does not unmarshal: %v\n%s", err, out)
		}
		if diff := cmp.Diff(a.Record(), back.Record()); diff != "" {
			t.Errorf("round trip (-first +second):\n%s", diff)
		}
	})
}

func FuzzAdmissionPolicyJSON(f *testing.F) {
	b, _ := json.Marshal(governance.DefaultAdmissionPolicy())
	f.Add(b)
	f.Add([]byte(`{"leadWorkdays":-1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p governance.AdmissionPolicy
		if err := json.Unmarshal(data, &p); err != nil {
			return
		}
		_ = p.Validate()
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back governance.AdmissionPolicy
		if err := json.Unmarshal(out, &back); err != nil || back != p {
			t.Errorf("round trip %+v → %s → %+v, %v", p, out, back, err)
		}
	})
}

func FuzzAdmissionEnumText(f *testing.F) {
	for _, s := range []string{"applied", "applied_urgent", "lapsed", "apply", "admit_temporarily", "unknown", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var st governance.AdmissionState
		if st.UnmarshalText([]byte(s)) == nil {
			if out, err := st.MarshalText(); err != nil || string(out) != s {
				t.Errorf("state %q round trips to %q, %v", s, out, err)
			}
		}
		var v governance.AdmissionVerb
		if v.UnmarshalText([]byte(s)) == nil {
			if out, err := v.MarshalText(); err != nil || string(out) != s {
				t.Errorf("verb %q round trips to %q, %v", s, out, err)
			}
		}
	})
}

func BenchmarkAdmissionLifecycle(b *testing.B) {
	cal := governance.China()
	p := governance.DefaultAdmissionPolicy()
	r := admRequest()
	applied, decided, revoked := dutyAt("2025-09-01 09:00"), dutyAt("2025-09-10 09:00"), dutyAt("2025-12-01 09:00")
	b.ReportAllocs()
	for b.Loop() {
		a, err := governance.Apply(r, p, cal, applied)
		if err != nil {
			b.Fatal(err)
		}
		if err := a.Approve("区社区建设领导小组", "", decided); err != nil {
			b.Fatal(err)
		}
		if err := a.Revoke("区社区建设领导小组", "事项取消", revoked); err != nil {
			b.Fatal(err)
		}
	}
}
