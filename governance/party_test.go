package governance_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"pgregory.net/rapid"
)

func TestOrgKindLabels(t *testing.T) {
	testkit.Labels(t, "governance.org_kind", governance.OrgKinds())
}

func FuzzOrgKindUnmarshalText(f *testing.F) {
	for k := range governance.OrgKinds() {
		f.Add(k.String())
	}
	f.Add("unknown")
	f.Fuzz(func(t *testing.T, s string) {
		var k governance.OrgKind
		if k.UnmarshalText([]byte(s)) != nil {
			if k != governance.OrgUnknown {
				t.Errorf("a rejected token changed the kind to %v", k)
			}
			return
		}
		b, err := k.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%q unmarshals to %v, which marshals to %q, %v", s, k, b, err)
		}
	})
}

func TestKindFor(t *testing.T) {
	r := governance.DefaultPartyRules()
	for _, tc := range []struct {
		members int
		want    governance.OrgKind
	}{
		{-1, governance.OrgJointBranch},
		{0, governance.OrgJointBranch},
		{2, governance.OrgJointBranch},
		{3, governance.OrgBranch},
		{49, governance.OrgBranch},
		{50, governance.OrgGeneralBranch},
		{99, governance.OrgGeneralBranch},
		{100, governance.OrgCommittee},
		{5000, governance.OrgCommittee},
	} {
		if got := r.KindFor(tc.members); got != tc.want {
			t.Errorf("KindFor(%d) = %v, want %v", tc.members, got, tc.want)
		}
	}
}

// orgSizedKinds is the order of the kinds KindFor chooses, smallest first.
var orgSizedKinds = []governance.OrgKind{
	governance.OrgJointBranch, governance.OrgBranch, governance.OrgGeneralBranch, governance.OrgCommittee,
}

func TestKindForMonotonic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := governance.DefaultPartyRules()
		if rapid.Bool().Draw(t, "custom") {
			r.BranchMinFull = rapid.IntRange(0, 200).Draw(t, "branch")
			r.GeneralBranchMin = rapid.IntRange(0, 200).Draw(t, "general")
			r.CommitteeMin = rapid.IntRange(0, 200).Draw(t, "committee")
		}
		m := rapid.IntRange(-5, 300).Draw(t, "members")
		d := rapid.IntRange(0, 300).Draw(t, "more")
		a, b := slices.Index(orgSizedKinds, r.KindFor(m)), slices.Index(orgSizedKinds, r.KindFor(m+d))
		if a < 0 || b < 0 || b < a {
			t.Fatalf("KindFor(%d) = %v, KindFor(%d) = %v", m, r.KindFor(m), m+d, r.KindFor(m+d))
		}
		if r.Validate().Err() != nil {
			return
		}
		var want governance.OrgKind
		switch {
		case m >= r.CommitteeMin:
			want = governance.OrgCommittee
		case m >= r.GeneralBranchMin:
			want = governance.OrgGeneralBranch
		case m >= r.BranchMinFull:
			want = governance.OrgBranch
		default:
			want = governance.OrgJointBranch
		}
		if got := r.KindFor(m); got != want {
			t.Fatalf("KindFor(%d) = %v, want %v by the thresholds", m, got, want)
		}
	})
}

func TestPartyRulesTermFor(t *testing.T) {
	r := governance.DefaultPartyRules()
	h := orgFixture(t)
	for _, tc := range []struct {
		unit governance.Code
		want int
	}{
		{orgDuofu, 5}, {orgVillage, 5}, {orgDuofuG1, 5}, {orgStreet, 3}, {orgTown, 3}, {orgDistrict, 3},
	} {
		u, _ := h.Unit(tc.unit)
		if got := r.TermFor(u); got != tc.want {
			t.Errorf("TermFor(%s) = %d, want %d", tc.unit, got, tc.want)
		}
	}
}

func TestPartyRulesValidate(t *testing.T) {
	if ps := governance.DefaultPartyRules().Validate(); len(ps) > 0 {
		t.Errorf("default rules: %v", ps)
	}
	r := governance.DefaultPartyRules()
	r.TermYears = -3
	r.GeneralBranchMin = 120
	r.BranchCommitteeMax = 4
	want := []orgProblem{
		{"governance.party_rules.unordered", "branchCommitteeMax", false, `["branchCommitteeUsual",5,"branchCommitteeMax",4]`},
		{"governance.party_rules.unordered", "committeeMin", false, `["generalBranchMin",120,"committeeMin",100]`},
		{"governance.party_rules.negative", "termYears", false, `[-3]`},
	}
	if diff := cmp.Diff(want, orgKeys(r.Validate())); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

func TestPartyRulesJSON(t *testing.T) {
	r := governance.DefaultPartyRules()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back governance.PartyRules
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func FuzzPartyRulesJSON(f *testing.F) {
	b, _ := json.Marshal(governance.DefaultPartyRules())
	f.Add(b)
	f.Add([]byte(`{"branchMinFull":-3,"gridCoverage":true}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r governance.PartyRules
		if json.Unmarshal(b, &r) != nil {
			return
		}
		_ = r.Validate()
		_ = r.KindFor(42)
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("accepted rules do not marshal: %v", err)
		}
		var back governance.PartyRules
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled rules do not unmarshal: %v", err)
		}
		if diff := cmp.Diff(r, back); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
}

func FuzzPartyOrgJSON(f *testing.F) {
	for _, o := range partyFixture() {
		b, _ := json.Marshal(o)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"x","kind":"group","unit":"110101","electedOn":"2024-02-29","covers":["11"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var o governance.PartyOrg
		if json.Unmarshal(b, &o) != nil {
			return
		}
		out, err := json.Marshal(o)
		if err != nil {
			t.Fatalf("accepted organisation does not marshal: %v", err)
		}
		var back governance.PartyOrg
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled organisation %s does not unmarshal: %v", out, err)
		}
		if diff := cmp.Diff(o, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
}

// partyFixture returns a sound set of organisations over orgFixture on
// 2025-06-30.
func partyFixture() []governance.PartyOrg {
	elected := orgDay("2021-05-01")
	return []governance.PartyOrg{
		{ID: "street", Kind: governance.OrgWorkingCommittee, Name: "东华门街道党工委", Unit: orgStreet},
		{ID: "duofu", Kind: governance.OrgCommittee, Name: "多福巷社区党委", Unit: orgDuofu, Parent: "street",
			FullMembers: 110, ProbationaryMembers: 10, ElectedOn: elected, CommitteeSize: 7},
		{ID: "duofu-1", Kind: governance.OrgBranch, Name: "第一网格党支部", Unit: orgDuofuG1, Parent: "duofu",
			FullMembers: 12, ElectedOn: elected, CommitteeSize: 5, Secretary: "wang"},
		{ID: "duofu-1-a", Kind: governance.OrgGroup, Name: "1号楼党小组", Unit: orgDuofuG1, Parent: "duofu-1", FullMembers: 4},
		{ID: "duofu-2", Kind: governance.OrgBranch, Name: "第二网格党支部", Unit: orgDuofuG2, Parent: "duofu",
			FullMembers: 5, ProbationaryMembers: 1, ElectedOn: elected},
		{ID: "yinzha", Kind: governance.OrgBranch, Name: "银闸社区党支部", Unit: orgYinzha, Parent: "street",
			FullMembers: 30, ElectedOn: orgDay("2022-03-01"), CommitteeSize: 5},
		{ID: "yinzha-1", Kind: governance.OrgGroup, Name: "第一网格党小组", Unit: orgYinzhaG1, Parent: "yinzha", FullMembers: 6},
		{ID: "town", Kind: governance.OrgCommittee, Name: "某镇党委", Unit: orgTown,
			FullMembers: 300, ElectedOn: orgDay("2023-10-01")},
		{ID: "village", Kind: governance.OrgJointBranch, Name: "某村联合党支部", Unit: orgVillage, Parent: "town",
			FullMembers: 4, ElectedOn: orgDay("2022-01-01"), Covers: []governance.Code{orgVillageG1}},
	}
}

func TestCheckParty(t *testing.T) {
	h := orgFixture(t)
	rules := governance.DefaultPartyRules()
	on := orgDay("2025-06-30")
	edit := func(i int, f func(o *governance.PartyOrg)) func([]governance.PartyOrg) []governance.PartyOrg {
		return func(orgs []governance.PartyOrg) []governance.PartyOrg {
			f(&orgs[i])
			return orgs
		}
	}
	for _, tc := range []struct {
		name string
		edit func([]governance.PartyOrg) []governance.PartyOrg
		on   string
		want []orgProblem
	}{
		{name: "sound"},
		{name: "the day before five years", on: "2026-04-30"},
		{
			name: "five-year terms of a community and its grids run out",
			on:   "2026-05-01",
			want: []orgProblem{
				{"governance.party.term_expired", "orgs[1].electedOn", false, `["2021-05-01","2026-05-01"]`},
				{"governance.party.term_expired", "orgs[2].electedOn", false, `["2021-05-01","2026-05-01"]`},
				{"governance.party.term_expired", "orgs[4].electedOn", false, `["2021-05-01","2026-05-01"]`},
			},
		},
		{
			name: "three-year term of a town committee",
			on:   "2026-10-01",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg { return orgs[5:9] },
			want: []orgProblem{
				{"governance.party.term_expired", "orgs[2].electedOn", false, `["2023-10-01","2026-10-01"]`},
				{"governance.party.grid_uncovered", "units[110101001001001]", false, `["110101001001001"]`},
				{"governance.party.grid_uncovered", "units[110101001001002]", false, `["110101001001002"]`},
				{"governance.party.community_uncovered", "units[110101001001]", false, `["110101001001"]`},
				{"governance.party.parent_missing", "orgs[0].parent", false, `["street"]`},
			},
		},
		{
			name: "an extension within a year keeps the term",
			on:   "2026-06-01",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg {
				for i := range orgs[1:5] {
					orgs[1+i].ExtendedUntil = orgDay("2026-11-01")
				}
				return orgs
			},
		},
		{
			name: "an extension beyond a year",
			edit: edit(4, func(o *governance.PartyOrg) { o.ExtendedUntil = orgDay("2027-06-01") }),
			want: []orgProblem{{"governance.party.extension_too_long", "orgs[4].extendedUntil", false, `["2027-06-01","2027-05-01"]`}},
		},
		{
			name: "no election date",
			edit: edit(4, func(o *governance.PartyOrg) { o.ElectedOn = governance.Date{} }),
			want: []orgProblem{{"governance.party.election_missing", "orgs[4].electedOn", true, `null`}},
		},
		{
			name: "a branch of two full members",
			edit: edit(4, func(o *governance.PartyOrg) { o.FullMembers = 2 }),
			want: []orgProblem{{"governance.party.full_below_min", "orgs[4].fullMembers", false, `["branch",2,3]`}},
		},
		{
			name: "a branch of 51 members",
			edit: edit(5, func(o *governance.PartyOrg) { o.FullMembers, o.ProbationaryMembers = 48, 3 }),
			want: []orgProblem{{"governance.party.members_above_kind", "orgs[5].fullMembers", true, `["branch",51,50]`}},
		},
		{
			name: "a branch of 50 members is within its limit",
			edit: edit(5, func(o *governance.PartyOrg) { o.FullMembers, o.ProbationaryMembers = 47, 3 }),
		},
		{
			name: "a general branch of 40 and one of 100",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg {
				orgs[5].Kind, orgs[5].FullMembers = governance.OrgGeneralBranch, 40
				orgs = append(orgs, governance.PartyOrg{ID: "big", Kind: governance.OrgGeneralBranch, Unit: orgStreet,
					Parent: "street", FullMembers: 100, ElectedOn: orgDay("2024-01-01"), CommitteeSize: 5})
				return orgs
			},
			want: []orgProblem{
				{"governance.party.members_below_kind", "orgs[5].fullMembers", true, `["general_branch",40,50]`},
				{"governance.party.members_above_kind", "orgs[9].fullMembers", true, `["general_branch",100,99]`},
				{"governance.party.parent_kind", "orgs[6].parent", false, `["group","general_branch"]`},
			},
		},
		{
			name: "a committee of 80",
			edit: edit(1, func(o *governance.PartyOrg) { o.FullMembers, o.ProbationaryMembers = 78, 2 }),
			want: []orgProblem{{"governance.party.members_below_kind", "orgs[1].fullMembers", true, `["committee",80,100]`}},
		},
		{
			name: "seven full members and no committee",
			edit: edit(4, func(o *governance.PartyOrg) { o.FullMembers = 7 }),
			want: []orgProblem{{"governance.party.committee_missing", "orgs[4].committeeSize", false, `[7,7]`}},
		},
		{
			name: "committees of 8, 2, 6, and larger than the full members",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg {
				orgs[2].CommitteeSize = 8
				orgs[4].CommitteeSize = 2
				orgs[5].CommitteeSize = 6
				orgs[8].CommitteeSize = 5
				return orgs
			},
			want: []orgProblem{
				{"governance.party.committee_size", "orgs[2].committeeSize", false, `[8,3,7]`},
				{"governance.party.committee_size", "orgs[4].committeeSize", false, `[2,3,7]`},
				{"governance.party.committee_above_usual", "orgs[5].committeeSize", true, `[6,5]`},
				{"governance.party.committee_exceeds_full", "orgs[8].committeeSize", false, `[5,4]`},
			},
		},
		{
			name: "covers on a branch; a joint branch covering six, unknown and outside units",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg {
				orgs[5].Covers = []governance.Code{orgYinzhaG1}
				orgs[8].Unit = orgTown
				orgs[8].Covers = []governance.Code{orgVillage, orgVillageG1, "110101100202", "110101100203", "110101100204", orgDuofuG1}
				return orgs
			},
			want: []orgProblem{
				{"governance.party.covers_not_joint", "orgs[5].covers", false, `["branch"]`},
				{"governance.party.covers_above_max", "orgs[8].covers", true, `[6,5]`},
				{"governance.party.covers_unknown", "orgs[8].covers[2]", false, `["110101100202"]`},
				{"governance.party.covers_unknown", "orgs[8].covers[3]", false, `["110101100203"]`},
				{"governance.party.covers_unknown", "orgs[8].covers[4]", false, `["110101100204"]`},
				{"governance.party.covers_outside", "orgs[8].covers[5]", false, `["110101001001001","110101100000"]`},
				// at the town, the joint branch has a three-year term
				{"governance.party.term_expired", "orgs[8].electedOn", false, `["2022-01-01","2025-01-01"]`},
			},
		},
		{
			name: "a grid without an organisation, a community with only a group",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg {
				orgs[5].Unit = orgYinzhaG1 // the community's branch moves to its grid
				orgs = append(orgs[:4], orgs[5:]...)
				return append(orgs, governance.PartyOrg{ID: "yinzha-g", Kind: governance.OrgGroup, Unit: orgYinzha, Parent: "yinzha"})
			},
			want: []orgProblem{
				{"governance.party.parent_unit", "orgs[4].parent", false, `["110101001002001","110101001000"]`},
				{"governance.party.parent_unit", "orgs[8].parent", false, `["110101001002","110101001002001"]`},
				{"governance.party.grid_uncovered", "units[110101001001002]", false, `["110101001001002"]`},
				{"governance.party.community_uncovered", "units[110101001002]", false, `["110101001002"]`},
			},
		},
		{
			name: "coverage not required",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg { return orgs[:1] },
			want: nil,
		},
		{
			name: "a parent missing, of the wrong kind, outside the community, below",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg {
				orgs[2].Parent = "street"   // a grid branch led from the street
				orgs[3].Parent = "duofu"    // a group led by a committee
				orgs[4].Parent = "nowhere"  // no such parent
				orgs[6].Parent = "duofu-1"  // a group in another community
				orgs[7].Parent = "yinzha-1" // a town committee under a group at a grid
				return orgs
			},
			want: []orgProblem{
				{"governance.party.parent_unit", "orgs[2].parent", false, `["110101001001001","110101001000"]`},
				{"governance.party.parent_kind", "orgs[3].parent", false, `["group","committee"]`},
				{"governance.party.parent_missing", "orgs[4].parent", false, `["nowhere"]`},
				{"governance.party.parent_unit", "orgs[6].parent", false, `["110101001002001","110101001001001"]`},
				{"governance.party.parent_kind", "orgs[7].parent", false, `["committee","group"]`},
				{"governance.party.parent_unit", "orgs[7].parent", false, `["110101100000","110101001002001"]`},
			},
		},
		{
			name: "a cycle of parents",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg {
				orgs[2].Parent = "duofu-1-a"
				orgs[1].Parent = "duofu"
				return orgs
			},
			want: []orgProblem{
				{"governance.party.parent_cycle", "orgs[1].parent", false, `["duofu"]`},
				{"governance.party.parent_cycle", "orgs[2].parent", false, `["duofu-1"]`},
				{"governance.party.parent_kind", "orgs[2].parent", false, `["branch","group"]`},
			},
		},
		{
			name: "IDs, kinds, units and members",
			edit: func(orgs []governance.PartyOrg) []governance.PartyOrg {
				return append(orgs,
					governance.PartyOrg{Kind: governance.OrgGroup, Unit: orgDuofuG1, Parent: "duofu-1"},
					governance.PartyOrg{ID: "town", Kind: governance.OrgGroup, Unit: orgDuofuG1, Parent: "duofu-1"},
					governance.PartyOrg{ID: "odd", Unit: orgDuofuG1},
					governance.PartyOrg{ID: "far", Kind: governance.OrgGroup, Unit: "110101001001009", FullMembers: -1},
					governance.PartyOrg{ID: "wc", Kind: governance.OrgWorkingCommittee, Unit: orgYinzha, ProbationaryMembers: -2},
				)
			},
			want: []orgProblem{
				{"governance.party.id_missing", "orgs[9].id", false, `null`},
				{"governance.party.id_duplicate", "orgs[10].id", false, `["town","orgs[7]"]`},
				{"governance.party.kind_invalid", "orgs[11].kind", false, `["unknown"]`},
				{"governance.party.members_negative", "orgs[12].fullMembers", false, `[-1]`},
				{"governance.party.unit_unknown", "orgs[12].unit", false, `["110101001001009"]`},
				{"governance.party.members_negative", "orgs[13].probationaryMembers", false, `[-2]`},
				{"governance.party.level_not_allowed", "orgs[13].unit", false, `["working_committee","community"]`},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			orgs := partyFixture()
			if tc.edit != nil {
				orgs = tc.edit(orgs)
			}
			when, r := on, rules
			if tc.on != "" {
				when = orgDay(tc.on)
			}
			if tc.name == "coverage not required" {
				r.GridCoverage, r.CommunityCoverage = false, false
			}
			got := orgKeys(governance.CheckParty(h, orgs, r, when))
			if diff := cmp.Diff(tc.want, got, cmpopts.SortSlices(func(a, b orgProblem) bool {
				return fmt.Sprint(a) < fmt.Sprint(b)
			})); diff != "" {
				t.Errorf("CheckParty (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckPartyInvalidRules(t *testing.T) {
	r := governance.DefaultPartyRules()
	r.BranchMax = -1
	ps := governance.CheckParty(orgFixture(t), partyFixture(), r, orgDay("2025-06-30"))
	// with broken rules nothing else is judged
	want := []orgProblem{{"governance.party_rules.negative", "rules.branchMax", false, `[-1]`}}
	if diff := cmp.Diff(want, orgKeys(ps)); diff != "" {
		t.Errorf("CheckParty (-want +got):\n%s", diff)
	}
}

func TestCheckPartySorted(t *testing.T) {
	ps := governance.CheckParty(orgFixture(t), nil, governance.DefaultPartyRules(), orgDay("2025-06-30"))
	if diff := cmp.Diff(orgKeys(slices.Clone(ps).Sorted()), orgKeys(ps)); diff != "" {
		t.Errorf("problems not sorted (-want +got):\n%s", diff)
	}
	if len(ps) != 7 {
		t.Errorf("got %d problems, want one per grid (4) and community (3): %v", len(ps), ps)
	}
}

// TestCheckPartyCoverage checks, over random organisations, that the
// coverage problems are exactly the grids with no organisation of their
// own and no joint branch covering them.
func TestCheckPartyCoverage(t *testing.T) {
	h := orgFixture(t)
	grids := []governance.Code{orgDuofuG1, orgDuofuG2, orgYinzhaG1, orgVillageG1}
	kinds := slices.Collect(governance.OrgKinds())
	rapid.Check(t, func(t *rapid.T) {
		var orgs []governance.PartyOrg
		covered := map[governance.Code]bool{}
		for i := range rapid.IntRange(0, 8).Draw(t, "orgs") {
			o := governance.PartyOrg{
				ID:   governance.OrgID(fmt.Sprint(i)),
				Kind: rapid.SampledFrom(kinds).Draw(t, "kind"),
				Unit: rapid.SampledFrom(append([]governance.Code{orgDuofu, orgYinzha, orgVillage}, grids...)).Draw(t, "unit"),
			}
			if o.Kind == governance.OrgJointBranch && rapid.Bool().Draw(t, "covers") {
				g := rapid.SampledFrom(grids).Draw(t, "covered")
				o.Covers = []governance.Code{g}
				if o.Unit.Contains(g) {
					covered[g] = true
				}
			}
			if o.Unit.Level() == governance.LevelGrid && o.Kind != governance.OrgWorkingCommittee {
				covered[o.Unit] = true
			}
			orgs = append(orgs, o)
		}
		var want []governance.Code
		for _, g := range grids {
			if !covered[g] {
				want = append(want, g)
			}
		}
		var got []governance.Code
		for _, p := range governance.CheckParty(h, orgs, governance.DefaultPartyRules(), orgDay("2025-01-01")) {
			if p.Code == "governance.party.grid_uncovered" {
				got = append(got, governance.Code(p.Args[0].(string)))
			}
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty(), cmpopts.SortSlices(func(a, b governance.Code) bool { return a < b })); diff != "" {
			t.Fatalf("uncovered grids (-want +got):\n%s", diff)
		}
	})
}

func BenchmarkCheckParty(b *testing.B) {
	m := orgProvince()
	rules := governance.DefaultPartyRules()
	b.ReportAllocs()
	for b.Loop() {
		if ps := governance.CheckParty(m.h, m.orgs, rules, m.on); ps.Has("governance.party.parent_missing") {
			b.Fatal(ps)
		}
	}
	b.ReportMetric(float64(len(m.orgs)), "orgs")
}
