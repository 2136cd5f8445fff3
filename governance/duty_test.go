package governance_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"golang.org/x/text/language"
)

func TestDutyLabels(t *testing.T) {
	testkit.Labels(t, "governance.duty_kind", governance.DutyKinds())
	testkit.Labels(t, "governance.responsibility", governance.Responsibilities())
	testkit.Labels(t, "governance.admission_state", governance.AdmissionStates())
	testkit.Labels(t, "governance.admission_verb", governance.AdmissionVerbs())
	testkit.Labels(t, "governance.permission", governance.Permissions())
}

func TestDutyKindResponsibility(t *testing.T) {
	want := map[governance.DutyKind]governance.Responsibility{
		governance.DutyStatutory:   governance.ResponsibilityMain,
		governance.DutyAssisting:   governance.ResponsibilityAssist,
		governance.DutyNegative:    governance.ResponsibilityUnknown,
		governance.DutyKindUnknown: governance.ResponsibilityUnknown,
	}
	for k, r := range want {
		if got := k.Responsibility(); got != r {
			t.Errorf("%s.Responsibility() = %s, want %s", k, got, r)
		}
	}
}

// problemKeys reduces problems to "path code" for comparison.
func dutyProblemKeys(ps governance.Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Path + " " + p.Code
	}
	return out
}

var (
	dutyCommunity     = governance.MustParseCode("220102001001")
	dutyCommunity2    = governance.MustParseCode("220102001002")
	dutyStreet        = governance.MustParseCode("220102001")
	dutyDistrict      = governance.MustParseCode("220102")
	dutyOtherDistrict = governance.MustParseCode("220103")
	dutyGrid          = governance.MustParseCode("220102001001001")
)

func dutyItem(id, title string, k governance.DutyKind, l governance.Level) governance.DutyItem {
	it := governance.DutyItem{ID: governance.DutyID(id), Title: title, Kind: k, Level: l}
	if k == governance.DutyAssisting {
		it.Department = "区民政局"
	}
	return it
}

func TestDutyListValidate(t *testing.T) {
	d := governance.MustParseDate
	for _, tc := range []struct {
		name string
		list governance.DutyList
		want []string
	}{
		{
			name: "valid",
			list: governance.DutyList{Level: governance.LevelCommunity, Scope: dutyDistrict, From: d("2025-01-01"), Items: []governance.DutyItem{
				dutyItem("C1", "居民信息采集", governance.DutyStatutory, governance.LevelCommunity),
				dutyItem("C2", "低保初审协助", governance.DutyAssisting, governance.LevelCommunity),
				dutyItem("N1", "开具无犯罪证明", governance.DutyNegative, governance.LevelCommunity),
			}},
		},
		{
			name: "every problem",
			list: governance.DutyList{Level: governance.LevelCommunity, Scope: dutyGrid, From: d("2025-01-01"), Until: d("2025-01-01"), Items: []governance.DutyItem{
				dutyItem("C1", "居民信息采集", governance.DutyStatutory, governance.LevelCommunity),
				dutyItem("C1", "", governance.DutyKindUnknown, governance.LevelUnknown),
				dutyItem("", "街道事项", governance.DutyStatutory, governance.LevelStreet),
				{ID: "C4", Title: "协助事项", Kind: governance.DutyAssisting, Level: governance.LevelCommunity},
				{ID: "N1", Title: "居民信息采集", Kind: governance.DutyNegative, Level: governance.LevelCommunity, Whistle: true, Department: "区公安分局"},
				dutyItem("C1", "重复且冲突", governance.DutyNegative, governance.LevelCommunity),
			}},
			want: []string{
				"items[1].id governance.duty.id_duplicate",
				"items[1].kind governance.duty.kind_invalid",
				"items[1].level governance.duty.level_invalid",
				"items[1].title governance.duty.title_empty",
				"items[2].id governance.duty.id_missing",
				"items[2].level governance.duty.level_mismatch",
				"items[3].department governance.duty.department_missing",
				"items[4].kind governance.duty.kind_conflict",
				"items[4].whistle governance.duty.whistle_negative",
				"items[5].id governance.duty.id_duplicate",
				"items[5].kind governance.duty.kind_conflict",
				"scope governance.duty_list.scope_below_level",
				"until governance.duty_list.until_before_from",
			},
		},
		{
			name: "list header",
			list: governance.DutyList{Scope: "12x"},
			want: []string{
				"from governance.duty_list.from_missing",
				"level governance.duty_list.level_invalid",
				"scope governance.duty_list.scope_invalid",
			},
		},
		{
			name: "whistle item needs a department",
			list: governance.DutyList{Level: governance.LevelStreet, From: d("2025-01-01"), Items: []governance.DutyItem{
				{ID: "S1", Title: "违法建设查处", Kind: governance.DutyStatutory, Level: governance.LevelStreet, Whistle: true},
			}},
			want: []string{"items[0].department governance.duty.department_missing"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := dutyProblemKeys(tc.list.Validate())
			if diff := cmp.Diff(tc.want, got, dutyCmpEmpty); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

// cmpEmpty treats nil and empty slices as equal.
var dutyCmpEmpty = cmp.Comparer(func(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
})

func TestDutyListOf(t *testing.T) {
	l := jilinStreetList()
	var got []governance.DutyID
	for it := range l.Of(governance.DutyNegative) {
		got = append(got, it.ID)
	}
	if diff := cmp.Diff([]governance.DutyID{"N1"}, got); diff != "" {
		t.Errorf("Of(negative) (-want +got):\n%s", diff)
	}
}

func TestNewDutiesReportsEveryProblem(t *testing.T) {
	d := governance.MustParseDate
	a := governance.DutyList{Level: governance.LevelCommunity, Scope: dutyDistrict, From: d("2025-01-01"), Until: d("2026-01-01")}
	b := governance.DutyList{Level: governance.LevelCommunity, Scope: dutyDistrict, From: d("2025-06-01")}
	c := governance.DutyList{Level: governance.LevelCommunity, Scope: dutyDistrict, From: d("2026-01-01")}
	e := governance.DutyList{Level: governance.LevelCommunity, Scope: dutyOtherDistrict, From: d("2025-01-01")}
	bad := governance.DutyList{Level: governance.LevelCommunity}
	_, err := governance.NewDuties(a, b, c, e, bad)
	var ps governance.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("NewDuties error = %v, want Problems", err)
	}
	want := []string{
		"lists[1].from governance.duty_list.overlap",
		"lists[2].from governance.duty_list.overlap",
		"lists[4].from governance.duty_list.from_missing",
	}
	if diff := cmp.Diff(want, dutyProblemKeys(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if _, err := governance.NewDuties(a, c, e); err != nil {
		t.Errorf("consecutive lists and other scopes: %v", err)
	}
}

// jilinStreetList is a street list in the manner of Jilin's: statutory
// items, whistle items and a negative item.
func jilinStreetList() governance.DutyList {
	return governance.DutyList{
		Level: governance.LevelStreet, Scope: dutyDistrict, From: governance.MustParseDate("2025-01-01"),
		Source: "吉林省街道职责清单 (report)",
		Items: []governance.DutyItem{
			{ID: "S1", Title: "违法建设查处", Kind: governance.DutyStatutory, Level: governance.LevelStreet, Department: "区城管执法局", Whistle: true, OrderCategory: "city.illegal_building"},
			{ID: "S2", Title: "街道党工委建设", Kind: governance.DutyStatutory, Level: governance.LevelStreet},
			{ID: "S3", Title: "食品安全检查", Kind: governance.DutyAssisting, Level: governance.LevelStreet, Department: "区市场监管局"},
			{ID: "N1", Title: "招商引资指标", Kind: governance.DutyNegative, Level: governance.LevelStreet},
		},
	}
}

func dutyCommunityList() governance.DutyList {
	return governance.DutyList{
		Level: governance.LevelCommunity, Scope: dutyDistrict, From: governance.MustParseDate("2025-01-01"),
		Source: "社区工作事项清单 108+N (report)",
		Items: []governance.DutyItem{
			{ID: "C1", Title: "居民信息采集", Kind: governance.DutyStatutory, Level: governance.LevelCommunity, OrderCategory: "people.registration"},
			{ID: "C2", Title: "低保申请初审协助", Kind: governance.DutyAssisting, Level: governance.LevelCommunity, Department: "区民政局"},
			{ID: "N2", Title: "开具无犯罪记录证明", Kind: governance.DutyNegative, Level: governance.LevelCommunity},
		},
	}
}

// newDuties returns a register with the street and community lists and
// three admissions for item A1 in the district: rejected, then admitted; and
// item A2, pending.
func newTestDuties(t testing.TB) *governance.Duties {
	t.Helper()
	d, err := governance.NewDuties(jilinStreetList(), dutyCommunityList())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var dutyZone = time.FixedZone("CST", 8*3600)

func dutyAt(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, dutyZone)
	if err != nil {
		panic(err)
	}
	return t
}

func dutyApply(t testing.TB, id string, it governance.DutyItem, start string, applied string, urgent bool) *governance.Admission {
	t.Helper()
	r := governance.AdmissionRequest{
		ID: id, Item: it, Scope: dutyDistrict, Applicant: "区应急管理局",
		Start: governance.MustParseDate(start), Urgent: urgent, Reason: "安全生产检查",
	}
	a, err := governance.Apply(r, governance.DefaultAdmissionPolicy(), governance.China(), dutyAt(applied))
	if err != nil {
		t.Fatalf("Apply %s: %v", id, err)
	}
	return a
}

func TestAssign(t *testing.T) {
	d := newTestDuties(t)
	a1 := governance.DutyItem{ID: "A1", Title: "燃气安全入户检查", Kind: governance.DutyStatutory, Level: governance.LevelCommunity}
	rejected := dutyApply(t, "ADM-1", a1, "2025-11-03", "2025-08-01 09:00", false)
	if err := rejected.Reject("区社区建设领导小组", "材料不全", dutyAt("2025-08-05 09:00")); err != nil {
		t.Fatal(err)
	}
	admitted := dutyApply(t, "ADM-2", a1, "2025-11-03", "2025-09-01 09:00", false)
	if err := admitted.Approve("区社区建设领导小组", "", dutyAt("2025-09-10 09:00")); err != nil {
		t.Fatal(err)
	}
	a2 := governance.DutyItem{ID: "A2", Title: "防汛物资清点", Kind: governance.DutyAssisting, Level: governance.LevelCommunity, Department: "区应急管理局"}
	pending := dutyApply(t, "ADM-3", a2, "2025-11-03", "2025-09-01 09:00", false)
	for _, a := range []*governance.Admission{rejected, admitted, pending} {
		if err := d.Track(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Track(admitted); err == nil {
		t.Error("tracking the same admission twice succeeded")
	}

	on := governance.MustParseDate
	main, assist := governance.ResponsibilityMain, governance.ResponsibilityAssist
	for _, tc := range []struct {
		name    string
		item    governance.DutyID
		unit    governance.Code
		as      governance.Responsibility
		on      governance.Date
		want    error
		wantAdm string
	}{
		{"statutory as main", "C1", dutyCommunity, main, on("2025-06-01"), nil, ""},
		{"statutory assisted", "C1", dutyCommunity, assist, on("2025-06-01"), nil, ""},
		{"assisting as assist", "C2", dutyCommunity, assist, on("2025-06-01"), nil, ""},
		{"assisting as main (§17)", "C2", dutyCommunity, main, on("2025-06-01"), governance.ErrAssistOnly, ""},
		{"negative list", "N2", dutyCommunity, assist, on("2025-06-01"), governance.ErrProhibited, ""},
		{"before the list", "C1", dutyCommunity, main, on("2024-12-31"), governance.ErrNotOnList, ""},
		{"other district", "C1", governance.MustParseCode("220103001001"), main, on("2025-06-01"), governance.ErrNotOnList, ""},
		{"street item at a community", "S1", dutyCommunity, main, on("2025-06-01"), governance.ErrNotOnList, ""},
		{"community item at a grid", "C1", dutyGrid, main, on("2025-06-01"), governance.ErrNotOnList, ""},
		{"street item", "S1", dutyStreet, main, on("2025-06-01"), nil, ""},
		{"street negative", "N1", dutyStreet, main, on("2025-06-01"), governance.ErrProhibited, ""},
		{"unknown item", "X9", dutyCommunity, main, on("2025-06-01"), governance.ErrNotOnList, ""},
		{"admitted, from its start", "A1", dutyCommunity, main, on("2025-11-03"), nil, "ADM-2"},
		{"admitted, other community", "A1", dutyCommunity2, main, on("2025-11-03"), nil, "ADM-2"},
		{"admitted, before its start", "A1", dutyCommunity, main, on("2025-11-02"), governance.ErrNotAdmitted, ""},
		{"admitted, before the decision", "A1", dutyCommunity, main, on("2025-09-09"), governance.ErrNotAdmitted, ""},
		{"admitted, outside its scope", "A1", governance.MustParseCode("220103001001"), main, on("2025-11-03"), governance.ErrNotOnList, ""},
		{"pending", "A2", dutyCommunity, assist, on("2025-11-03"), governance.ErrNotAdmitted, ""},
		{"invalid unit", "C1", "22010200100x", main, on("2025-06-01"), governance.ErrInvalidAssignment, ""},
		{"invalid responsibility", "C1", dutyCommunity, governance.ResponsibilityUnknown, on("2025-06-01"), governance.ErrInvalidAssignment, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := d.Assign(tc.item, tc.unit, tc.as, tc.on)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("Assign = %v, want %v", err, tc.want)
			}
			if err != nil {
				var ae *governance.AssignError
				if !errors.As(err, &ae) || ae.Item != tc.item || ae.Unit != tc.unit || ae.On != tc.on {
					t.Errorf("error %#v does not name the item, unit and day", err)
				}
				if got != (governance.Assignment{}) {
					t.Errorf("refused assignment returned %+v", got)
				}
				return
			}
			if got.Item.ID != tc.item || got.Unit != tc.unit || got.As != tc.as || got.On != tc.on || got.Admission != tc.wantAdm {
				t.Errorf("Assign = %+v", got)
			}
		})
	}

	// MayAssign asks in the part the item's kind gives it.
	for id, want := range map[governance.DutyID]error{"C1": nil, "C2": nil, "N2": governance.ErrProhibited, "X9": governance.ErrNotOnList} {
		if err := d.MayAssign(id, dutyCommunity, on("2025-06-01")); !errors.Is(err, want) || (want == nil) != (err == nil) {
			t.Errorf("MayAssign(%s) = %v, want %v", id, err, want)
		}
	}
	// The refusal of a pending item names the admission and its state.
	_, err := d.Assign("A2", dutyCommunity, assist, on("2025-11-03"))
	var ae *governance.AssignError
	if !errors.As(err, &ae) || ae.Admission != "ADM-3" || ae.State != governance.AdmissionApplied {
		t.Errorf("pending refusal = %#v", err)
	}
	// The latest admission is the one reported when none is in force.
	_, err = d.Assign("A1", dutyCommunity, main, on("2025-09-09"))
	if !errors.As(err, &ae) || ae.Admission != "ADM-2" || ae.State != governance.AdmissionApplied {
		t.Errorf("refusal before the decision = %#v", err)
	}
	// Admissions not yet applied for on the day do not count.
	_, err = d.Assign("A1", dutyCommunity, main, on("2025-08-20"))
	if !errors.As(err, &ae) || ae.Admission != "ADM-1" || ae.State != governance.AdmissionRejected {
		t.Errorf("refusal after the first rejection = %#v", err)
	}
	if _, err := d.Assign("A1", dutyCommunity, main, on("2025-07-31")); !errors.Is(err, governance.ErrNotOnList) {
		t.Errorf("before any application: %v, want ErrNotOnList", err)
	}
}

func TestAssignNegativeWinsOverAdmission(t *testing.T) {
	d := newTestDuties(t)
	it := governance.DutyItem{ID: "N2", Title: "开具无犯罪记录证明", Kind: governance.DutyStatutory, Level: governance.LevelCommunity}
	a := dutyApply(t, "ADM-N", it, "2025-11-03", "2025-09-01 09:00", false)
	if err := a.Approve("区社区建设领导小组", "", dutyAt("2025-09-02 09:00")); err != nil {
		t.Fatal(err)
	}
	if err := d.Track(a); err != nil {
		t.Fatal(err)
	}
	if err := d.MayAssign("N2", dutyCommunity, governance.MustParseDate("2025-12-01")); !errors.Is(err, governance.ErrProhibited) {
		t.Errorf("MayAssign = %v, want ErrProhibited", err)
	}
}

func TestWhistleItem(t *testing.T) {
	d := newTestDuties(t)
	on := governance.MustParseDate("2025-06-01")
	for _, tc := range []struct {
		name string
		item governance.DutyID
		unit governance.Code
		want error
	}{
		{"whistle item from the street", "S1", dutyStreet, nil},
		{"whistle item from a grid", "S1", dutyGrid, nil},
		{"not a whistle item", "S2", dutyCommunity, governance.ErrNotWhistle},
		{"negative item", "N1", dutyStreet, governance.ErrProhibited},
		{"community item", "C1", dutyCommunity, governance.ErrNotOnList},
		{"above the street", "S1", dutyDistrict, governance.ErrInvalidAssignment},
	} {
		t.Run(tc.name, func(t *testing.T) {
			it, err := d.WhistleItem(tc.item, tc.unit, on)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("WhistleItem = %v, want %v", err, tc.want)
			}
			if err == nil && (it.ID != tc.item || it.Department != "区城管执法局") {
				t.Errorf("WhistleItem = %+v", it)
			}
		})
	}
}

func TestAssignErrorMessages(t *testing.T) {
	d := newTestDuties(t)
	_, err := d.Assign("C2", dutyCommunity, governance.ResponsibilityMain, governance.MustParseDate("2025-06-01"))
	var ae *governance.AssignError
	if !errors.As(err, &ae) {
		t.Fatal(err)
	}
	want := []string{
		"governance.assign.assist_only",
		"item C2 is an assisting item and may not be the main responsibility of 220102001001 (2025-06-01)",
		"事项 C2 为协助办理事项，不得作为 220102001001 的主责（2025-06-01）",
		"governance: item C2 is an assisting item and may not be the main responsibility of 220102001001 (2025-06-01)",
	}
	got := []string{ae.Code(), ae.Message(language.English), ae.Message(language.Chinese), ae.Error()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages (-want +got):\n%s", diff)
	}
}

func TestDutyListJSONRoundTrip(t *testing.T) {
	l := jilinStreetList()
	l.Until = governance.MustParseDate("2027-01-01")
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var back governance.DutyList
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestDutiesListsAreCopies(t *testing.T) {
	l := dutyCommunityList()
	d, err := governance.NewDuties(l)
	if err != nil {
		t.Fatal(err)
	}
	l.Items[2].Kind = governance.DutyStatutory // the caller's slice changes after the fact
	if err := d.MayAssign("N2", dutyCommunity, governance.MustParseDate("2025-06-01")); !errors.Is(err, governance.ErrProhibited) {
		t.Errorf("register saw the caller's change: %v", err)
	}
	for got := range d.Lists() {
		got.Items[0].Title = "changed"
	}
	for got := range d.Lists() {
		if got.Items[0].Title == "changed" {
			t.Error("Lists yields the register's own items")
		}
	}
}

func FuzzDutyListJSON(f *testing.F) {
	b, _ := json.Marshal(jilinStreetList())
	f.Add(b)
	f.Add([]byte(`{"level":"community","scope":"220102","from":"2025-01-01","items":[{"id":"x","title":"t","kind":"negative","level":"community"}]}`))
	f.Add([]byte(`{"level":"grid","items":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var l governance.DutyList
		if err := json.Unmarshal(data, &l); err != nil {
			return
		}
		_ = l.Validate()
		out, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("accepted list does not marshal: %v", err)
		}
		var back governance.DutyList
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled list does not unmarshal: %v\n%s", err, out)
		}
		if diff := cmp.Diff(l, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("round trip (-first +second):\n%s", diff)
		}
	})
}

func FuzzDutyEnumText(f *testing.F) {
	for _, s := range []string{"statutory", "assisting", "negative", "main", "assist", "unknown", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var k governance.DutyKind
		if k.UnmarshalText([]byte(s)) == nil {
			if out, err := k.MarshalText(); err != nil || string(out) != s {
				t.Errorf("duty kind %q round trips to %q, %v", s, out, err)
			}
		}
		var r governance.Responsibility
		if r.UnmarshalText([]byte(s)) == nil {
			if out, err := r.MarshalText(); err != nil || string(out) != s {
				t.Errorf("responsibility %q round trips to %q, %v", s, out, err)
			}
		}
	})
}
