package governance_test

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
	"pgregory.net/rapid"
)

func TestStaffingRuleRequired(t *testing.T) {
	national := governance.NationalStaffingRule()
	benxi := governance.BenxiStaffingRule()
	tianjin := governance.TianjinStaffingRule()
	taiyuan := governance.TaiyuanStaffingRule()
	for _, tc := range []struct {
		name                  string
		rule                  governance.StaffingRule
		households, residents int
		want                  int
	}{
		{"national exact", national, 0, 25000, 45},
		{"national rounds up", national, 0, 25001, 46},
		{"national small", national, 0, 3000, 6}, // 5.4
		{"national ignores households", national, 100000, 0, 0},
		{"benxi exact", benxi, 10000, 0, 18},
		{"benxi rounds up", benxi, 3000, 99999, 6}, // 5.4
		{"tianjin empty", tianjin, 0, 0, 4},
		{"tianjin one household", tianjin, 1, 0, 5},
		{"tianjin exact 3000", tianjin, 3000, 0, 14},
		{"tianjin 3001", tianjin, 3001, 0, 15},
		{"taiyuan 0", taiyuan, 0, 0, 3},
		{"taiyuan 1999", taiyuan, 1999, 0, 3},
		{"taiyuan 2000", taiyuan, 2000, 0, 4},
		{"taiyuan 2999", taiyuan, 2999, 0, 4},
		{"taiyuan 3000", taiyuan, 3000, 0, 5},
		{"taiyuan 4000", taiyuan, 4000, 0, 6},
		{"taiyuan 5000", taiyuan, 5000, 0, 6},
		{"taiyuan 5001", taiyuan, 5001, 0, 7},
		{"taiyuan 5500", taiyuan, 5500, 0, 7},
		{"taiyuan 5501", taiyuan, 5501, 0, 8},
		{"taiyuan 10500 reaches the cap", taiyuan, 10500, 0, 17},
		{"taiyuan 10501 capped", taiyuan, 10501, 0, 17},
		{"taiyuan 100000 capped", taiyuan, 100000, 0, 17},
		{"negative figures count as zero", tianjin, -5, -5, 4},
		{"zero rule", governance.StaffingRule{}, 5000, 5000, 0},
		{"largest applies", governance.StaffingRule{Core: 2, HouseholdsPerWorker: 1000, PerTenThousandResidents: 18}, 2000, 10000, 18},
		{"core without ratio", governance.StaffingRule{Core: 3}, 2000, 10000, 3},
		{"saturates", governance.StaffingRule{PerTenThousandResidents: math.MaxInt}, 0, math.MaxInt, math.MaxInt},
		{"saturating core", governance.StaffingRule{Core: math.MaxInt, HouseholdsPerWorker: 1}, 10, 0, math.MaxInt},
	} {
		if got := tc.rule.Required(tc.households, tc.residents); got != tc.want {
			t.Errorf("%s: Required(%d, %d) = %d, want %d", tc.name, tc.households, tc.residents, got, tc.want)
		}
	}
}

func TestStaffingRuleValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		rule governance.StaffingRule
		want []orgProblem
	}{
		{"national", governance.NationalStaffingRule(), nil},
		{"benxi", governance.BenxiStaffingRule(), nil},
		{"tianjin", governance.TianjinStaffingRule(), nil},
		{"taiyuan", governance.TaiyuanStaffingRule(), nil},
		{"empty", governance.StaffingRule{}, []orgProblem{{"governance.staffing_rule.empty", "", true, "null"}}},
		{
			"every problem",
			governance.StaffingRule{
				Core: -1, Max: -2,
				Steps:  []governance.StaffingStep{{Households: 100, Workers: 2}, {Households: 100, Workers: -3}},
				Counts: []governance.Role{governance.RoleSecretary, 0},
			},
			[]orgProblem{
				{"governance.staffing_rule.negative", "core", false, "[-1]"},
				{"governance.staffing_rule.role_invalid", "counts[1]", false, `["unknown"]`},
				{"governance.staffing_rule.negative", "max", false, "[-2]"},
				{"governance.staffing_rule.steps_unordered", "steps[1].households", false, "[100,100]"},
				{"governance.staffing_rule.negative", "steps[1].workers", false, "[-3]"},
			},
		},
	} {
		if diff := cmp.Diff(tc.want, orgKeys(tc.rule.Validate())); diff != "" {
			t.Errorf("%s: Validate (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestStaffingRuleJSON(t *testing.T) {
	for _, r := range []governance.StaffingRule{
		governance.NationalStaffingRule(), governance.BenxiStaffingRule(),
		governance.TianjinStaffingRule(), governance.TaiyuanStaffingRule(),
	} {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back governance.StaffingRule
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r, back); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	}
	var r governance.StaffingRule
	if err := json.Unmarshal([]byte(`{"counts":["secretary","nobody"]}`), &r); err == nil {
		t.Errorf("an unknown role token was accepted")
	}
}

func FuzzStaffingRuleJSON(f *testing.F) {
	for _, r := range []governance.StaffingRule{governance.TaiyuanStaffingRule(), governance.TianjinStaffingRule()} {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	f.Add([]byte(`{"core":-1,"steps":[{"households":5,"workers":1}],"counts":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r governance.StaffingRule
		if json.Unmarshal(b, &r) != nil {
			return
		}
		_ = r.Validate()
		_ = r.Required(3000, 9000)
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("accepted rule does not marshal: %v", err)
		}
		var back governance.StaffingRule
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled rule does not unmarshal: %v", err)
		}
		if diff := cmp.Diff(r, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
}

// genStaffingRule draws a rule with every measure possibly set.
func genStaffingRule(t *rapid.T) governance.StaffingRule {
	n := rapid.IntRange(0, 50)
	r := governance.StaffingRule{
		Core:                     n.Draw(t, "core"),
		HouseholdsPerWorker:      rapid.IntRange(0, 1000).Draw(t, "householdsPerWorker"),
		PerTenThousandResidents:  n.Draw(t, "perResidents"),
		PerTenThousandHouseholds: n.Draw(t, "perHouseholds"),
		TailAbove:                rapid.IntRange(0, 10000).Draw(t, "tailAbove"),
		TailHouseholdsPerWorker:  rapid.IntRange(0, 1000).Draw(t, "tailPer"),
		Max:                      n.Draw(t, "max"),
	}
	for range rapid.IntRange(0, 5).Draw(t, "steps") {
		r.Steps = append(r.Steps, governance.StaffingStep{
			Households: rapid.IntRange(0, 10000).Draw(t, "stepHouseholds"),
			Workers:    n.Draw(t, "stepWorkers"),
		})
	}
	return r
}

func TestStaffingRuleRequiredMonotonic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := genStaffingRule(t)
		figure := rapid.IntRange(-10, math.MaxInt/2)
		h, res := figure.Draw(t, "households"), figure.Draw(t, "residents")
		dh, dr := rapid.IntRange(0, 100000).Draw(t, "dh"), rapid.IntRange(0, 100000).Draw(t, "dr")
		base := r.Required(h, res)
		if more := r.Required(h+dh, res); more < base {
			t.Fatalf("Required(%d, %d) = %d < Required(%d, %d) = %d", h+dh, res, more, h, res, base)
		}
		if more := r.Required(h, res+dr); more < base {
			t.Fatalf("Required(%d, %d) = %d < Required(%d, %d) = %d", h, res+dr, more, h, res, base)
		}
		if r.Max > 0 && base > r.Max {
			t.Fatalf("Required = %d above Max %d", base, r.Max)
		}
		if base < 0 {
			t.Fatalf("Required = %d", base)
		}
	})
}

func TestCheckStaffing(t *testing.T) {
	h := orgFixture(t)
	on := orgDay("2025-06-30")
	from := orgDay("2021-01-01")
	post := func(p governance.PersonID, r governance.Role, u governance.Code) governance.Post {
		return governance.Post{Person: p, Role: r, Unit: u, From: from}
	}
	posts := []governance.Post{
		// 多福巷: 750 households from its grids → Tianjin 4 + 3 = 7.
		post("wang", governance.RoleSecretary, orgDuofu),
		post("wang", governance.RoleDirector, orgDuofu), // 一肩挑: counts once
		post("li", governance.RoleDeputySecretary, orgDuofu),
		post("zhao", governance.RoleDeputyDirector, orgDuofu),
		post("qian", governance.RoleDeputyDirector, orgDuofu),
		post("sun", governance.RoleCommunityWorker, orgDuofu),
		post("zhou", governance.RoleCommunityWorker, orgDuofu),
		post("wu", governance.RoleGridWorker, orgDuofuG1), // not counted by default
		post("zheng", governance.RoleFirstSecretary, orgDuofu),
		{Person: "feng", Role: governance.RoleCommunityWorker, Unit: orgDuofu, From: from, Until: on}, // left the day before
		{Person: "chen", Role: governance.RoleCommunityWorker, Unit: orgDuofu, From: on.AddDays(1)},   // starts the day after
		// 银闸: 3,000 households of its own → 14; secretary and director differ.
		post("chu", governance.RoleSecretary, orgYinzha),
		post("wei", governance.RoleDirector, orgYinzha),
		post("chu", governance.RoleCommunityWorker, orgYinzha),
		post("jiang", governance.RoleCommunityWorker, "110101001002009"), // no such grid
		post("shen", governance.RoleCommunityWorker, "110101001009"),     // no such community
		// 某村: 280 households → 5; its director is the only worker.
		post("han", governance.RoleDirector, orgVillage),
	}
	communityCounts := func(extra ...governance.Role) governance.StaffingRule {
		r := governance.TianjinStaffingRule()
		r.Counts = append(governance.CommunityWorkerRoles(), extra...)
		return r
	}
	for _, tc := range []struct {
		name    string
		rule    governance.StaffingRule
		want    []governance.CommunityStaffing
		total   [3]int // required, actual, short
		flags   [3]int // short communities, secretary-directors, first secretaries
		ratio   float64
		problem []orgProblem
	}{
		{
			name: "tianjin",
			rule: governance.TianjinStaffingRule(),
			want: []governance.CommunityStaffing{
				{Unit: orgDuofu, Households: 750, Residents: 1900, Required: 7, Actual: 6, Short: 1, SecretaryDirector: true, FirstSecretary: true},
				{Unit: orgYinzha, Households: 3000, Residents: 8000, Required: 14, Actual: 2, Short: 12},
				{Unit: orgVillage, Households: 280, Residents: 900, Required: 5, Actual: 1, Short: 4},
			},
			total: [3]int{26, 9, 17},
			flags: [3]int{3, 1, 1},
			ratio: 1.0 / 3,
			problem: []orgProblem{
				{"governance.staffing.short", "units[110101001001]", false, `["110101001001",7,6]`},
				{"governance.staffing.short", "units[110101001002]", false, `["110101001002",14,2]`},
				{"governance.staffing.short", "units[110101100201]", false, `["110101100201",5,1]`},
			},
		},
		{
			name: "grid workers counted, national ratio",
			rule: func() governance.StaffingRule {
				r := communityCounts(governance.RoleGridWorker)
				r.Core, r.HouseholdsPerWorker, r.PerTenThousandResidents = 0, 0, 18
				r.Max = 6
				return r
			}(),
			want: []governance.CommunityStaffing{
				{Unit: orgDuofu, Households: 750, Residents: 1900, Required: 4, Actual: 7, SecretaryDirector: true, FirstSecretary: true},
				{Unit: orgYinzha, Households: 3000, Residents: 8000, Required: 6, Actual: 2, Short: 4},
				{Unit: orgVillage, Households: 280, Residents: 900, Required: 2, Actual: 1, Short: 1},
			},
			total: [3]int{12, 10, 5},
			flags: [3]int{2, 1, 1},
			ratio: 1.0 / 3,
			problem: []orgProblem{
				{"governance.staffing.above_max", "units[110101001001]", true, `["110101001001",6,7]`},
				{"governance.staffing.short", "units[110101001002]", false, `["110101001002",6,2]`},
				{"governance.staffing.short", "units[110101100201]", false, `["110101100201",2,1]`},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			report, ps := governance.CheckStaffing(h, posts, tc.rule, on)
			if diff := cmp.Diff(tc.want, report.Communities); diff != "" {
				t.Errorf("communities (-want +got):\n%s", diff)
			}
			gotTotal := [3]int{report.Required, report.Actual, report.Short}
			gotFlags := [3]int{report.ShortCommunities, report.SecretaryDirectors, report.FirstSecretaries}
			if gotTotal != tc.total || gotFlags != tc.flags || report.On != on {
				t.Errorf("totals %v %v on %s, want %v %v on %s", gotTotal, gotFlags, report.On, tc.total, tc.flags, on)
			}
			if got := report.SecretaryDirectorRatio(); got != tc.ratio {
				t.Errorf("ratio %v, want %v", got, tc.ratio)
			}
			if diff := cmp.Diff(tc.problem, orgKeys(ps)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckStaffingInvalidRule(t *testing.T) {
	report, ps := governance.CheckStaffing(orgFixture(t), nil, governance.StaffingRule{Core: -1}, orgDay("2025-01-01"))
	if diff := cmp.Diff(governance.StaffingReport{On: orgDay("2025-01-01")}, report); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
	want := []orgProblem{
		{"governance.staffing_rule.empty", "rule", true, "null"},
		{"governance.staffing_rule.negative", "rule.core", false, "[-1]"},
	}
	if diff := cmp.Diff(want, orgKeys(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestStaffingReportEmpty(t *testing.T) {
	if got := (governance.StaffingReport{}).SecretaryDirectorRatio(); got != 0 {
		t.Errorf("empty report ratio %v", got)
	}
}

// TestCheckStaffingCountsOnce checks, over random posts, that every
// community's Actual is the number of different people holding a counting
// post there on the day — never a person twice.
func TestCheckStaffingCountsOnce(t *testing.T) {
	h := orgFixture(t)
	units := []governance.Code{orgStreet, orgDuofu, orgDuofuG1, orgDuofuG2, orgYinzha, orgYinzhaG1, orgVillage, orgVillageG1}
	community := map[governance.Code]governance.Code{
		orgDuofu: orgDuofu, orgDuofuG1: orgDuofu, orgDuofuG2: orgDuofu,
		orgYinzha: orgYinzha, orgYinzhaG1: orgYinzha, orgVillage: orgVillage, orgVillageG1: orgVillage,
	}
	roles := slices.Collect(governance.Roles())
	rapid.Check(t, func(t *rapid.T) {
		rule := governance.TianjinStaffingRule()
		rule.Counts = rapid.SliceOfDistinct(rapid.SampledFrom(roles), func(r governance.Role) governance.Role { return r }).Draw(t, "counts")
		counted := rule.Counts
		if len(counted) == 0 {
			counted = governance.CommunityWorkerRoles()
		}
		on := orgDay("2025-01-01").AddDays(rapid.IntRange(-400, 400).Draw(t, "on"))
		posts := rapid.SliceOf(rapid.Custom(func(t *rapid.T) governance.Post {
			from := orgDay("2024-01-01").AddDays(rapid.IntRange(0, 500).Draw(t, "from"))
			p := governance.Post{
				Person: governance.PersonID(rapid.SampledFrom([]string{"a", "b", "c", "d", "e"}).Draw(t, "person")),
				Role:   rapid.SampledFrom(roles).Draw(t, "role"),
				Unit:   rapid.SampledFrom(units).Draw(t, "unit"),
				From:   from,
			}
			if rapid.Bool().Draw(t, "ends") {
				p.Until = from.AddDays(rapid.IntRange(1, 500).Draw(t, "days"))
			}
			return p
		})).Draw(t, "posts")

		want := map[governance.Code]map[governance.PersonID]bool{}
		for _, p := range posts {
			c, ok := community[p.Unit]
			if !ok || !p.ActiveOn(on) || !slices.Contains(counted, p.Role) {
				continue
			}
			if want[c] == nil {
				want[c] = map[governance.PersonID]bool{}
			}
			want[c][p.Person] = true
		}
		report, _ := governance.CheckStaffing(h, posts, rule, on)
		for _, c := range report.Communities {
			if c.Actual != len(want[c.Unit]) {
				t.Fatalf("community %s: Actual %d, want %d distinct people", c.Unit, c.Actual, len(want[c.Unit]))
			}
		}
	})
}

func TestCommunityWorkerRolesFresh(t *testing.T) {
	a := governance.CommunityWorkerRoles()
	a[0] = governance.RoleMediator
	if b := governance.CommunityWorkerRoles(); b[0] != governance.RoleSecretary {
		t.Errorf("CommunityWorkerRoles shares its slice")
	}
}

func TestStaffingReportJSON(t *testing.T) {
	report, _ := governance.CheckStaffing(orgFixture(t), nil, governance.TianjinStaffingRule(), orgDay("2025-01-01"))
	b, err := json.Marshal(report)
	if err != nil {
		t.Fatal(err)
	}
	var back governance.StaffingReport
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(report, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if !bytes.Contains(b, []byte(`"secretaryDirector":false`)) {
		t.Errorf("JSON lacks lowerCamelCase fields: %s", b)
	}
}

func BenchmarkCheckStaffing(b *testing.B) {
	m := orgProvince()
	rule := governance.TianjinStaffingRule()
	b.ReportAllocs()
	for b.Loop() {
		report, _ := governance.CheckStaffing(m.h, m.posts, rule, m.on)
		if len(report.Communities) != synth.Bench.Communities {
			b.Fatalf("%d communities", len(report.Communities))
		}
	}
	b.ReportMetric(float64(len(m.posts)), "posts")
}
