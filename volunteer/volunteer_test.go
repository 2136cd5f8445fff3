package volunteer

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

// Identity numbers with valid check characters: an adult born 1990-03-15
// and a minor born 2010-05-01.
var (
	adultID = governance.MustParseResidentID("350203199003150030")
	minorID = governance.MustParseResidentID("110105201005010018")
)

func adult() Volunteer {
	return Volunteer{
		Person:     governance.Person{ID: "v-adult", Name: "陈一", IDNumber: adultID},
		Registered: governance.MustDate(2024, 1, 10), Skills: []string{"first aid"},
	}
}

func minor() Volunteer {
	return Volunteer{
		Person:     governance.Person{ID: "v-minor", Name: "林二", IDNumber: minorID},
		Registered: governance.MustDate(2024, 9, 1), Via: "school-league",
		Guardian: Guardian{Name: "林父", ConsentOn: governance.MustDate(2024, 9, 1)},
	}
}

func TestAgeOn(t *testing.T) {
	v := minor()
	for _, tc := range []struct {
		day  governance.Date
		want int
	}{
		{governance.MustDate(2028, 4, 30), 17},
		{governance.MustDate(2028, 5, 1), 18},
		{governance.MustDate(2025, 7, 1), 15},
	} {
		if got, ok := v.AgeOn(tc.day); !ok || got != tc.want {
			t.Errorf("AgeOn(%v) = %d, %v; want %d", tc.day, got, ok, tc.want)
		}
	}
	p := DefaultPolicy()
	if !v.MinorOn(governance.MustDate(2028, 4, 30), p) || v.MinorOn(governance.MustDate(2028, 5, 1), p) {
		t.Error("minority does not end on the 18th birthday")
	}
	if _, ok := (Volunteer{}).AgeOn(governance.MustDate(2025, 1, 1)); ok {
		t.Error("age without an identity number")
	}
}

func TestVolunteerValidate(t *testing.T) {
	p := DefaultPolicy()
	noConsent := minor()
	noConsent.Guardian = Guardian{}
	for _, tc := range []struct {
		name string
		v    Volunteer
		want []string
	}{
		{"adult", adult(), nil},
		{"minor with consent", minor(), nil},
		{"minor without consent is a warning", noConsent, []string{"volunteer.volunteer.minor_without_consent guardian"}},
		{"empty", Volunteer{Skills: []string{""}, Guardian: Guardian{ConsentOn: governance.MustDate(2024, 1, 1)}}, []string{
			"volunteer.volunteer.guardian_unnamed guardian.name",
			"volunteer.volunteer.id_missing person.id",
			"volunteer.volunteer.id_number_missing person.idNumber",
			"volunteer.volunteer.name_missing person.name",
			"volunteer.volunteer.registered_invalid registered",
			"volunteer.volunteer.skill_empty skills[0]",
		}},
		{"before birth", func() Volunteer { v := minor(); v.Registered = governance.MustDate(2009, 1, 1); return v }(),
			[]string{"volunteer.volunteer.registered_before_birth registered"}},
	} {
		ps := tc.v.Validate(p)
		if d := cmp.Diff(tc.want, codes(ps)); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, d)
		}
		if tc.name == "minor without consent is a warning" && ps.Err() != nil {
			t.Errorf("%s: Err = %v", tc.name, ps.Err())
		}
	}
}

func TestEligibility(t *testing.T) {
	p := DefaultPolicy()
	start := time.Date(2025, 7, 20, 8, 0, 0, 0, shanghai)
	rescue := Activity{ID: "flood", Name: "flood rescue", Kind: KindSafety, Organiser: "street", Start: start, End: start.Add(8 * time.Hour),
		Risky: true, EmergencyRescue: true, Insured: true}
	plain := Activity{ID: "read", Name: "reading to children", Kind: KindOther, Organiser: "street", Start: start, End: start.Add(2 * time.Hour)}
	uninsured := rescue
	uninsured.Insured, uninsured.EmergencyRescue = false, false
	noConsent := minor()
	noConsent.Guardian.ConsentOn = governance.Date{}
	lateConsent := minor()
	lateConsent.Guardian.ConsentOn = governance.MustDate(2025, 7, 21)
	unregistered := adult()
	unregistered.Registered = governance.MustDate(2025, 8, 1)
	ban := Ban{Volunteer: "v-adult", From: governance.MustDate(2025, 1, 1), Until: governance.MustDate(2026, 1, 1), Finding: 9}
	otherBan := ban
	otherBan.Volunteer = "someone"
	for _, tc := range []struct {
		name string
		v    Volunteer
		a    Activity
		bans []Ban
		want []string
		ok   bool
	}{
		{"adult in a rescue", adult(), rescue, nil, nil, true},
		{"minor reading", minor(), plain, nil, nil, true},
		{"minor in a rescue", minor(), rescue, nil, []string{"volunteer.eligibility.minor_in_rescue activity.emergencyRescue"}, false},
		{"minor without consent, uninsured risk, rescue", noConsent, func() Activity { a := rescue; a.Insured = false; return a }(), nil, []string{
			"volunteer.eligibility.minor_in_rescue activity.emergencyRescue",
			"volunteer.eligibility.risk_uninsured activity.insured",
			"volunteer.eligibility.minor_without_consent guardian",
		}, false},
		{"consent after the day", lateConsent, plain, nil, []string{"volunteer.eligibility.minor_without_consent guardian"}, false},
		{"uninsured risk", adult(), uninsured, nil, []string{"volunteer.eligibility.risk_uninsured activity.insured"}, false},
		{"not yet registered", unregistered, plain, nil, []string{"volunteer.eligibility.not_registered registered"}, false},
		{"no identity number", Volunteer{Person: governance.Person{ID: "x"}, Registered: governance.MustDate(2020, 1, 1)}, plain, nil,
			[]string{"volunteer.eligibility.age_unknown person.idNumber"}, false},
		{"star ban is a warning", adult(), plain, []Ban{otherBan, ban}, []string{"volunteer.eligibility.star_banned person.id"}, true},
		{"ban over", adult(), func() Activity {
			a := plain
			a.Start = a.Start.AddDate(1, 0, 0)
			a.End = a.End.AddDate(1, 0, 0)
			return a
		}(), []Ban{ban}, nil, true},
	} {
		ps := Eligibility(tc.v, tc.a, tc.bans, p)
		if d := cmp.Diff(tc.want, codes(ps)); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, d)
		}
		if (ps.Err() == nil) != tc.ok {
			t.Errorf("%s: Err = %v, want ok %v", tc.name, ps.Err(), tc.ok)
		}
	}
	relaxed := p
	relaxed.MinorsInRescue, relaxed.MinorNeedsConsent, relaxed.RiskNeedsInsurance = true, false, false
	if ps := Eligibility(noConsent, uninsured, nil, relaxed); len(ps) > 0 {
		t.Errorf("a policy without the rules still reports %v", ps)
	}
}

func TestTeamValidate(t *testing.T) {
	good := Team{ID: "xibei-safety", Name: "平安守护队", Kind: KindSafety, Unit: "xibei-street", Community: "520115001001",
		Leader: "a", Members: []governance.PersonID{"a", "b"}}
	if ps := good.Validate(); len(ps) > 0 || !good.Has("b") || good.Has("c") {
		t.Errorf("good team: %v", ps)
	}
	bad := Team{Community: "x", Leader: "z", Members: []governance.PersonID{"a", "", "a"}}
	want := []string{
		"volunteer.team.community_invalid community",
		"volunteer.team.id_missing id",
		"volunteer.team.kind_invalid kind",
		"volunteer.team.leader_not_member leader",
		"volunteer.team.member_missing members[1]",
		"volunteer.team.member_repeated members[2]",
		"volunteer.team.name_missing name",
		"volunteer.team.unit_missing unit",
	}
	if d := cmp.Diff(want, codes(bad.Validate())); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}

// exactPeople compares identity numbers and phones as the values they are.
var exactPeople = cmp.Options{
	cmp.Comparer(func(a, b governance.ResidentID) bool { return a == b }),
	cmp.Comparer(func(a, b governance.Phone) bool { return a == b }),
}

const wangID = "11010519491231002X"

func wang() Volunteer {
	return Volunteer{
		Person: governance.Person{
			ID: "v-wang", Name: "王芳", IDNumber: governance.MustParseResidentID(wangID),
			Phone: governance.MustParsePhone("13812345678"), Party: governance.PartyFull, Education: governance.EducationBachelor,
		},
		Registered: governance.MustDate(2023, 4, 2), Via: "heping-federation", Skills: []string{"first aid", "sign language"},
	}
}

// TestVolunteerRecordRoundTrip checks that the storage form keeps
// everything through JSON while the volunteer's own JSON stays masked.
func TestVolunteerRecordRoundTrip(t *testing.T) {
	for _, v := range []Volunteer{wang(), minor(), {Person: governance.Person{ID: "v-bare", Name: "无号"}}} {
		b, err := json.Marshal(v.Record())
		if err != nil {
			t.Fatal(err)
		}
		var r VolunteerRecord
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		got, err := RestoreVolunteer(r)
		if err != nil {
			t.Fatalf("%s: %v", v.Person.ID, err)
		}
		if d := cmp.Diff(v, got, exactPeople); d != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", v.Person.ID, d)
		}
	}
	v := wang()
	if !strings.Contains(string(mustJSON(t, v.Record())), wangID) {
		t.Error("the record does not keep the identity number")
	}
	masked := string(mustJSON(t, v))
	if strings.Contains(masked, wangID) || strings.Contains(masked, "12345678") || !strings.Contains(masked, `"110*************2X"`) {
		t.Errorf("Volunteer's JSON shows personal data: %s", masked)
	}
	if err := json.Unmarshal([]byte(masked), new(Volunteer)); err == nil {
		t.Error("a masked identity number was read back")
	}
	r := v.Record()
	r.Skills[0] = "changed"
	if v.Skills[0] != "first aid" {
		t.Error("the record shares the skills with the volunteer")
	}
}

func TestRestoreVolunteerProblems(t *testing.T) {
	r := wang().Record()
	r.Person.IDNumber, r.Person.Phone = "110105194912310021", "2381234567"
	_, err := RestoreVolunteer(r)
	var ps governance.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v, want Problems", err)
	}
	want := []string{"governance.person.id_number_invalid person.idNumber", "governance.person.phone_invalid person.phone"}
	if d := cmp.Diff(want, codes(ps)); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}

func mustJSON(t tb, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzRestoreVolunteer checks that a record read from any JSON either is
// refused or restores to a volunteer whose record is the same.
func FuzzRestoreVolunteer(f *testing.F) {
	for _, v := range []Volunteer{wang(), minor()} {
		f.Add(mustJSON(f, v.Record()))
	}
	f.Add([]byte(`{"person":{"id":"x","name":"y","idNumber":"110*************2X"},"registered":"2025-01-01"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r VolunteerRecord
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		v, err := RestoreVolunteer(r)
		if err != nil {
			return
		}
		back, err := RestoreVolunteer(v.Record())
		if err != nil {
			t.Fatalf("restored volunteer's record is refused: %v", err)
		}
		if d := cmp.Diff(v, back, exactPeople); d != "" {
			t.Fatalf("round trip (-want +got):\n%s", d)
		}
	})
}
