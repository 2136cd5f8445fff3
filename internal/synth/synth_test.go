package synth_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
)

func count(h *governance.Hierarchy) map[governance.Level]int {
	n := make(map[governance.Level]int)
	for u := range h.Units() {
		n[u.Level()]++
	}
	return n
}

func TestProvince(t *testing.T) {
	for _, tc := range []struct {
		name  string
		scale synth.Scale
	}{
		{"small", synth.Small},
		{"jilin", synth.Jilin},
		{"one of each", synth.Scale{Cities: 1, Counties: 1, Streets: 1, Communities: 1, Grids: 1}},
		{"dense", synth.Scale{Cities: 1, Counties: 99, Streets: 99 * 30, Communities: 99 * 30 * 3, Grids: 99 * 30 * 3 * 4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := synth.Province(7, tc.scale)
			want := map[governance.Level]int{
				governance.LevelProvince:  1,
				governance.LevelCity:      tc.scale.Cities,
				governance.LevelCounty:    tc.scale.Counties,
				governance.LevelStreet:    tc.scale.Streets,
				governance.LevelCommunity: tc.scale.Communities,
				governance.LevelGrid:      tc.scale.Grids,
			}
			if diff := cmp.Diff(want, count(h)); diff != "" {
				t.Errorf("units per level (-want +got):\n%s", diff)
			}
			if h.Len() != tc.scale.Units() {
				t.Errorf("Len() = %d, want %d", h.Len(), tc.scale.Units())
			}
			if ps := h.Validate(); len(ps) > 0 {
				t.Errorf("Validate() = %v", ps[:min(len(ps), 5)])
			}
			for u := range h.Units() {
				if u.Name == "" || !u.Code.IsValid() || u.Kind.Level() != u.Level() {
					t.Fatalf("unit %+v", u)
				}
				if u.Level() != governance.LevelGrid {
					continue
				}
				perHousehold := float64(u.Residents) / float64(u.Households)
				switch {
				case u.Kind == governance.KindExclusiveGrid:
					if u.Households != 0 || u.Residents != 0 {
						t.Errorf("exclusive grid %s records %d households", u.Code, u.Households)
					}
				case u.Households < 200 || u.Households > 500 || perHousehold < 2.29 || perHousehold > 2.9:
					t.Errorf("grid %s: %d households, %d residents", u.Code, u.Households, u.Residents)
				}
			}
		})
	}
}

func TestProvinceDeterministic(t *testing.T) {
	a, b := synth.Province(1, synth.Small), synth.Province(1, synth.Small)
	if !a.Equal(b) {
		t.Error("the same seed gave two provinces")
	}
	if a.Equal(synth.Province(2, synth.Small)) {
		t.Error("two seeds gave the same province")
	}
}

func TestProvinceShape(t *testing.T) {
	h := synth.Province(1, synth.Bench)
	if h.Len() != synth.Bench.Units() || len(h.Validate()) != 0 {
		t.Errorf("%d units, %d problems", h.Len(), len(h.Validate()))
	}
	kinds := make(map[governance.UnitKind]int)
	for u := range h.Units() {
		kinds[u.Kind]++
	}
	for _, k := range []governance.UnitKind{governance.KindDistrict, governance.KindCounty, governance.KindCountyCity,
		governance.KindStreet, governance.KindTown, governance.KindTownship,
		governance.KindCommunity, governance.KindVillage, governance.KindGrid, governance.KindExclusiveGrid} {
		if kinds[k] == 0 {
			t.Errorf("no unit of kind %s", k)
		}
	}
	households, residents := h.Figures(synth.ProvinceCode)
	if per := float64(residents) / float64(households); per < 2.5 || per > 2.7 {
		t.Errorf("%d residents in %d households: %.2f a household, want about 2.6", residents, households, per)
	}
	if per := households / synth.Bench.Grids; per < 280 || per > 420 {
		t.Errorf("%d households a grid", per)
	}
}

func TestProvinceRejectsImpossibleScales(t *testing.T) {
	for _, s := range []synth.Scale{
		{},
		{Cities: 2, Counties: 1, Streets: 1, Communities: 1, Grids: 1},
		{Cities: 1, Counties: 100, Streets: 100, Communities: 100, Grids: 100},
		{Cities: 1, Counties: 1, Streets: 1, Communities: 1, Grids: 1000},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Province(%+v) did not panic", s)
				}
			}()
			synth.Province(1, s)
		}()
	}
}

func TestNames(t *testing.T) {
	r := synth.NewRand(1, synth.StreamUser)
	if n := synth.PersonName(r); len([]rune(n)) < 2 || len([]rune(n)) > 3 {
		t.Errorf("PersonName = %q", n)
	}
	if n := synth.PlaceName(r, "社区"); len([]rune(n)) != 4 {
		t.Errorf("PlaceName = %q", n)
	}
}
