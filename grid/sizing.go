package grid

import (
	"github.com/jiceng/jiceng/governance"
)

// Band is the size a comprehensive grid should have: households within
// [MinHouseholds, MaxHouseholds], residents at most MaxResidents, and — as a
// warning only — at most UsualResidents (0: no such warning).
type Band struct {
	MinHouseholds  int `json:"minHouseholds"`
	MaxHouseholds  int `json:"maxHouseholds"`
	UsualResidents int `json:"usualResidents,omitempty"`
	MaxResidents   int `json:"maxResidents"`
}

// GridsNeeded returns the fewest grids that hold the households with none
// above MaxHouseholds: the figure to plan a re-division with. It is 0 for no
// households and for a band without a maximum.
func (b Band) GridsNeeded(households int) int {
	if households <= 0 || b.MaxHouseholds <= 0 {
		return 0
	}
	return (households + b.MaxHouseholds - 1) / b.MaxHouseholds
}

// SizingPolicy is how large grids should be, urban and rural. A grid is
// rural when its community is a village (村委会).
type SizingPolicy struct {
	Urban  Band   `json:"urban"`
	Rural  Band   `json:"rural"`
	Source string `json:"source,omitempty"`
}

// DefaultSizingPolicy returns the national sizing of comprehensive grids:
// urban grids of 300–500 households with generally at most 2,000 and never
// more than 2,500 residents; rural grids of about 300 households (taken here
// as 250–350) with at most 2,500 residents.
//
// # Source
//
// The national and provincial guidance on grid governance as summarised in
// RULES.md §6: urban comprehensive grids 300–500 households, residents
// generally at most 2,000–2,500; rural about 300 households, at most 2,500
// residents. Benxi (report) draws its grids at about 300 households. The
// rural band's tolerance of 50 households either side of 300 is
// illustrative: the guidance says "about".
func DefaultSizingPolicy() SizingPolicy {
	return SizingPolicy{
		Urban:  Band{MinHouseholds: 300, MaxHouseholds: 500, UsualResidents: 2000, MaxResidents: 2500},
		Rural:  Band{MinHouseholds: 250, MaxHouseholds: 350, MaxResidents: 2500},
		Source: "RULES.md §6: urban 300–500 households, residents generally at most 2,000–2,500; rural about 300 households (±50 illustrative), at most 2,500 residents",
	}
}

// GridsNeeded returns how many urban grids the households need under p
// (see Band.GridsNeeded; use p.Rural.GridsNeeded for villages).
func GridsNeeded(households int, p SizingPolicy) int { return p.Urban.GridsNeeded(households) }

// sizing problem codes.
const (
	codeBandInvalid        = "grid.sizing.band_invalid"
	codeHouseholdsBelowMin = "grid.households.below_min"
	codeHouseholdsAboveMax = "grid.households.above_max"
	codeHouseholdsNone     = "grid.households.unrecorded"
	codeResidentsAboveMax  = "grid.residents.above_max"
	codeResidentsAboveUsul = "grid.residents.above_usual"
)

// Validate reports a band whose bounds are negative or out of order.
func (p SizingPolicy) Validate() governance.Problems {
	var ps governance.Problems
	for _, b := range []struct {
		name string
		band Band
	}{{"urban", p.Urban}, {"rural", p.Rural}} {
		x := b.band
		if x.MinHouseholds < 0 || x.MaxHouseholds <= 0 || x.MinHouseholds > x.MaxHouseholds ||
			x.MaxResidents <= 0 || x.UsualResidents < 0 || x.UsualResidents > x.MaxResidents {
			ps = append(ps, governance.Errorf(codeBandInvalid, b.name))
		}
	}
	return ps.Sorted()
}

// CheckSizing reports every comprehensive grid of h whose recorded size lies
// outside its band: households below the minimum or above the maximum,
// residents above the maximum (errors), residents above the usual figure and
// households not recorded (warnings). Exclusive grids are not sized by
// households and are skipped. The problems are sorted; paths name the grid
// as the hierarchy does ("units[<code>].households").
func CheckSizing(h *governance.Hierarchy, p SizingPolicy) governance.Problems {
	var ps governance.Problems
	var community governance.Unit
	for u := range h.Units() {
		switch u.Code.Level() {
		case governance.LevelCommunity:
			community = u
			continue
		case governance.LevelGrid:
		default:
			continue
		}
		if u.Kind == governance.KindExclusiveGrid {
			continue
		}
		if parent := u.Code.Parent(); parent != community.Code {
			community, _ = h.Unit(parent)
		}
		band := p.Urban
		if community.Kind == governance.KindVillage {
			band = p.Rural
		}
		ps = sizeGrid(ps, u, band)
	}
	return ps.Sorted()
}

// sizeGrid appends the problems of one grid against its band.
func sizeGrid(ps governance.Problems, u governance.Unit, b Band) governance.Problems {
	hh, rs := u.Households, u.Residents
	switch {
	case hh == 0:
		ps = append(ps, governance.Warnf(codeHouseholdsNone, unitField(u.Code, "households"), string(u.Code)))
	case hh < b.MinHouseholds:
		ps = append(ps, governance.Errorf(codeHouseholdsBelowMin, unitField(u.Code, "households"), string(u.Code), hh, b.MinHouseholds))
	case hh > b.MaxHouseholds:
		ps = append(ps, governance.Errorf(codeHouseholdsAboveMax, unitField(u.Code, "households"), string(u.Code), hh, b.MaxHouseholds))
	}
	switch {
	case rs > b.MaxResidents:
		ps = append(ps, governance.Errorf(codeResidentsAboveMax, unitField(u.Code, "residents"), string(u.Code), rs, b.MaxResidents))
	case b.UsualResidents > 0 && rs > b.UsualResidents:
		ps = append(ps, governance.Warnf(codeResidentsAboveUsul, unitField(u.Code, "residents"), string(u.Code), rs, b.UsualResidents))
	}
	return ps
}

// unitField is the path of a unit's field, as the hierarchy names units.
func unitField(c governance.Code, field string) string {
	return "units[" + string(c) + "]." + field
}
