package grid

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

func TestCheckSizing(t *testing.T) {
	h, err := governance.NewHierarchy(governance.Unit{Code: governance.MustParseCode("110105001"), Name: "street"})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []governance.Unit{
		{Code: "110105001001", Name: "community"},
		{Code: "110105001001001", Name: "at min", Households: 300, Residents: 2000},
		{Code: "110105001001002", Name: "at max", Households: 500, Residents: 2500},
		{Code: "110105001001003", Name: "just below", Households: 299, Residents: 2001},
		{Code: "110105001001004", Name: "unrecorded"},
		{Code: "110105001001005", Name: "school", Kind: governance.KindExclusiveGrid, Households: 1, Residents: 9000},
		{Code: "110105001201", Name: "village"},
		{Code: "110105001201001", Name: "rural ok", Households: 350, Residents: 2400},
		{Code: "110105001201002", Name: "rural big", Households: 400, Residents: 2501},
	} {
		if err := h.Add(u); err != nil {
			t.Fatal(err)
		}
	}
	want := governance.Problems{
		governance.Warnf(codeResidentsAboveUsul, "units[110105001001002].residents", "110105001001002", 2500, 2000),
		governance.Errorf(codeHouseholdsBelowMin, "units[110105001001003].households", "110105001001003", 299, 300),
		governance.Warnf(codeResidentsAboveUsul, "units[110105001001003].residents", "110105001001003", 2001, 2000),
		governance.Warnf(codeHouseholdsNone, "units[110105001001004].households", "110105001001004"),
		governance.Errorf(codeHouseholdsAboveMax, "units[110105001201002].households", "110105001201002", 400, 350),
		governance.Errorf(codeResidentsAboveMax, "units[110105001201002].residents", "110105001201002", 2501, 2500),
	}
	if diff := cmp.Diff(want, CheckSizing(h, DefaultSizingPolicy())); diff != "" {
		t.Errorf("CheckSizing (-want +got):\n%s", diff)
	}
	if ps := CheckSizing(nil, DefaultSizingPolicy()); len(ps) != 0 {
		t.Errorf("nil hierarchy: %v", ps)
	}
}

func TestSizingPolicyValidate(t *testing.T) {
	if ps := DefaultSizingPolicy().Validate(); len(ps) != 0 {
		t.Errorf("default policy: %v", ps)
	}
	p := DefaultSizingPolicy()
	p.Urban.MinHouseholds = 600
	p.Rural.UsualResidents = 3000
	want := governance.Problems{
		governance.Errorf(codeBandInvalid, "rural"),
		governance.Errorf(codeBandInvalid, "urban"),
	}
	if diff := cmp.Diff(want, p.Validate()); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

func TestSizingPolicyJSON(t *testing.T) {
	p := DefaultSizingPolicy()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q SizingPolicy
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, q); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestCheckSizingModel: CheckSizing reports exactly the comprehensive
// grids a direct reading of the bands finds out of range.
func TestCheckSizingModel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := genStreet(4, 6).Draw(t, "hierarchy")
		p := DefaultSizingPolicy()
		if rapid.Bool().Draw(t, "custom") {
			p.Urban = Band{MinHouseholds: rapid.IntRange(0, 400).Draw(t, "min"), MaxHouseholds: 400 + rapid.IntRange(1, 200).Draw(t, "max"), MaxResidents: 2000}
		}
		var want []finding
		for u := range h.AtLevel(governance.LevelGrid) {
			if u.Kind == governance.KindExclusiveGrid {
				continue
			}
			b := p.Urban
			if parent, _ := h.Parent(u.Code); parent.Kind == governance.KindVillage {
				b = p.Rural
			}
			hp, rp := "units["+string(u.Code)+"].households", "units["+string(u.Code)+"].residents"
			switch {
			case u.Households == 0:
				want = append(want, finding{hp, codeHouseholdsNone})
			case u.Households < b.MinHouseholds:
				want = append(want, finding{hp, codeHouseholdsBelowMin})
			case u.Households > b.MaxHouseholds:
				want = append(want, finding{hp, codeHouseholdsAboveMax})
			}
			switch {
			case u.Residents > b.MaxResidents:
				want = append(want, finding{rp, codeResidentsAboveMax})
			case b.UsualResidents > 0 && u.Residents > b.UsualResidents:
				want = append(want, finding{rp, codeResidentsAboveUsul})
			}
		}
		var got []finding
		for _, p := range CheckSizing(h, p) {
			got = append(got, finding{p.Path, p.Code})
		}
		want = sortFindings(want)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(finding{})); diff != "" {
			t.Fatalf("CheckSizing (-want +got):\n%s", diff)
		}
	})
}

// TestGridsNeededMinimal: the grids needed hold the households with none
// above the maximum, and one fewer would not.
func TestGridsNeededMinimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := Band{MaxHouseholds: rapid.IntRange(1, 1000).Draw(t, "max")}
		households := rapid.IntRange(-10, 1_000_000).Draw(t, "households")
		n := b.GridsNeeded(households)
		if households <= 0 {
			if n != 0 {
				t.Fatalf("GridsNeeded(%d) = %d", households, n)
			}
			return
		}
		if n*b.MaxHouseholds < households || (n-1)*b.MaxHouseholds >= households {
			t.Fatalf("GridsNeeded(%d) with max %d = %d", households, b.MaxHouseholds, n)
		}
	})
}
