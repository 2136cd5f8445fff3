package grid

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

func TestTeamPoliciesValid(t *testing.T) {
	for name, p := range map[string]TeamPolicy{
		"default": DefaultTeamPolicy(), "benxi": BenxiTeamPolicy(),
		"zhangzhou": ZhangzhouTeamPolicy(), "xibei": XibeiTeamPolicy(),
	} {
		if ps := p.Validate(); len(ps) != 0 {
			t.Errorf("%s: %v", name, ps)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var q TeamPolicy
		if err := json.Unmarshal(b, &q); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(p, q); diff != "" {
			t.Errorf("%s round trip (-want +got):\n%s", name, diff)
		}
	}
	bad := TeamPolicy{
		Chain:                []governance.Role{0},
		HouseholdsPerLiaison: -1,
		Chiefs:               []ChiefRule{{Tier: ChiefTierGrid, Level: governance.LevelGrid}, {Level: governance.LevelStreet}},
	}
	want := governance.Problems{
		governance.Errorf(codeTeamPolicyRole, "chain[0]"),
		governance.Errorf(codeTeamPolicyChief, "chiefs[0]"),
		governance.Errorf(codeTeamPolicyChief, "chiefs[1]"),
		governance.Errorf(codeTeamPolicyLiaison, "householdsPerLiaison"),
		governance.Errorf(codeTeamPolicyRole, "workerRoles"),
	}
	if diff := cmp.Diff(want, bad.Validate()); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

func TestCheckTeamsPostSpans(t *testing.T) {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "110105001001", Name: "community"})
	_ = h.Add(governance.Unit{Code: "110105001001001", Name: "grid", Households: 300})
	on := governance.MustParseDate("2025-06-01")
	for _, tc := range []struct {
		name        string
		from, until string
		missing     bool
	}{
		{"held", "2025-01-01", "", false},
		{"starts that day", "2025-06-01", "", false},
		{"ended the day before", "2024-01-01", "2025-06-01", true},
		{"not yet", "2025-06-02", "", true},
	} {
		p := governance.Post{Person: "x", Role: governance.RoleGridWorker, Unit: "110105001001001", From: governance.MustParseDate(tc.from)}
		if tc.until != "" {
			p.Until = governance.MustParseDate(tc.until)
		}
		got := CheckTeams(h, []governance.Post{p}, DefaultTeamPolicy(), on).Has(codeWorkerMissing)
		if got != tc.missing {
			t.Errorf("%s: worker missing = %v, want %v", tc.name, got, tc.missing)
		}
	}
}

// TestCheckTeamsModel compares CheckTeams with a direct count of the posts.
func TestCheckTeamsModel(t *testing.T) {
	roles := []governance.Role{
		governance.RoleGridWorker, governance.RoleGridWorkerPartTime, governance.RoleGridPolice,
		governance.RoleGridChief, governance.RoleBuildingHead, governance.RoleEntranceHead,
		governance.RoleHouseholdLiaison, governance.RoleSecretary,
	}
	rapid.Check(t, func(t *rapid.T) {
		h := genStreet(3, 4).Draw(t, "hierarchy")
		var units []governance.Code
		for u := range h.Units() {
			units = append(units, u.Code)
		}
		units = append(units, "110105009001001") // outside h
		on := governance.MustParseDate("2025-06-01")
		posts := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) governance.Post {
			p := governance.Post{
				Person: "p",
				Role:   rapid.SampledFrom(roles).Draw(t, "role"),
				Unit:   rapid.SampledFrom(units).Draw(t, "unit"),
				From:   governance.MustParseDate("2025-01-01"),
			}
			if rapid.IntRange(0, 4).Draw(t, "ended") == 0 {
				p.Until = governance.MustParseDate("2025-03-01")
			}
			return p
		}), 0, 60).Draw(t, "posts")
		p := DefaultTeamPolicy()
		p.Police = rapid.Bool().Draw(t, "police")
		if rapid.Bool().Draw(t, "chain") {
			p.Chain = BenxiTeamPolicy().Chain
		}
		if rapid.Bool().Draw(t, "liaisons") {
			p.HouseholdsPerLiaison = rapid.IntRange(1, 100).Draw(t, "per")
		}
		if rapid.Bool().Draw(t, "chiefs") {
			p.Chiefs = XibeiTeamPolicy().Chiefs
		}

		count := func(unit governance.Code, rs ...governance.Role) int {
			n := 0
			for _, post := range posts {
				if post.Unit == unit && post.ActiveOn(on) && slices.Contains(rs, post.Role) {
					n++
				}
			}
			return n
		}
		var want []finding
		for u := range h.Units() {
			path := "units[" + string(u.Code) + "].team"
			if u.Code.Level() != governance.LevelGrid {
				var tiers []ChiefTier
				for _, c := range p.Chiefs {
					if c.Level == u.Code.Level() {
						tiers = append(tiers, c.Tier)
					}
				}
				have := count(u.Code, governance.RoleGridChief)
				for i, tier := range tiers {
					if i >= have {
						want = append(want, finding{path, chiefCodes[tier]})
					}
				}
				continue
			}
			if count(u.Code, p.WorkerRoles...) == 0 {
				want = append(want, finding{path, codeWorkerMissing})
			}
			if p.Police && count(u.Code, governance.RoleGridPolice) == 0 {
				want = append(want, finding{path, codePoliceMissing})
			}
			if u.Households == 0 {
				continue
			}
			if u.Kind != governance.KindExclusiveGrid {
				for _, r := range p.Chain {
					if count(u.Code, r) == 0 {
						want = append(want, finding{path, chainCode(r)})
					}
				}
			}
			if n := p.HouseholdsPerLiaison; n > 0 && count(u.Code, governance.RoleHouseholdLiaison)*n < u.Households {
				want = append(want, finding{path, codeLiaisonsBelow})
			}
		}
		want = sortFindings(want)
		var got []finding
		for _, pr := range CheckTeams(h, posts, p, on) {
			got = append(got, finding{pr.Path, pr.Code})
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(finding{})); diff != "" {
			t.Fatalf("CheckTeams (-want +got):\n%s", diff)
		}
	})
}

// TestRadixSort: the radix sort orders posts by key as a stable sort does.
func TestRadixSort(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		keys := rapid.SliceOfN(rapid.Uint64Range(0, 999_999_999_999_999), 1, 300).Draw(t, "keys")
		var in []heldPost
		for i, k := range keys {
			in = append(in, heldPost{key: k, role: governance.Role(i % 256)})
		}
		want := slices.Clone(in)
		slices.SortStableFunc(want, func(a, b heldPost) int {
			switch {
			case a.key < b.key:
				return -1
			case a.key > b.key:
				return 1
			}
			return 0
		})
		if diff := cmp.Diff(want, radixSort(in), cmp.AllowUnexported(heldPost{})); diff != "" {
			t.Fatalf("(-want +got):\n%s", diff)
		}
	})
}

func TestUnitKeyOrder(t *testing.T) {
	codes := []governance.Code{"110105000000", "110105001000", "110105001001", "110105001001001", "110105001001999", "110105001002", "110105002000"}
	var last uint64
	for i, c := range codes {
		k, ok := unitKey(c)
		if !ok || (i > 0 && k <= last) {
			t.Errorf("unitKey(%s) = %d, %v after %d", c, k, ok, last)
		}
		last = k
	}
	for _, c := range []governance.Code{"", "11010500100", "11010500100x"} {
		if _, ok := unitKey(c); ok {
			t.Errorf("unitKey(%q) accepted", c)
		}
	}
}
