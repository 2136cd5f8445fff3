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
		n := len(ps)
		ps = sizeGrid(ps, u, band)
		sortUnit(ps[n:])
	}
	return ps
}

// sizeGrid appends the problems of one grid against its band.
func sizeGrid(ps governance.Problems, u governance.Unit, b Band) governance.Problems {
	hh, rs := u.Households, u.Residents
	households := unitReport{code: u.Code, field: "households"}
	switch {
	case hh == 0:
		ps = households.add(ps, governance.SeverityWarning, codeHouseholdsNone)
	case hh < b.MinHouseholds:
		ps = households.add(ps, governance.SeverityError, codeHouseholdsBelowMin, hh, b.MinHouseholds)
	case hh > b.MaxHouseholds:
		ps = households.add(ps, governance.SeverityError, codeHouseholdsAboveMax, hh, b.MaxHouseholds)
	}
	residents := unitReport{code: u.Code, field: "residents", arg: households.arg}
	switch {
	case rs > b.MaxResidents:
		ps = residents.add(ps, governance.SeverityError, codeResidentsAboveMax, rs, b.MaxResidents)
	case b.UsualResidents > 0 && rs > b.UsualResidents:
		ps = residents.add(ps, governance.SeverityWarning, codeResidentsAboveUsul, rs, b.UsualResidents)
	}
	return ps
}

// unitReport builds the problems of one field of a unit: their path
// ("units[<code>].<field>") and first argument (the unit's code) are made
// once, when the first problem is found, and shared.
type unitReport struct {
	code  governance.Code
	field string
	path  string
	arg   any
}

// add appends the problem code with the unit's code and the args as its
// arguments.
func (r *unitReport) add(ps governance.Problems, sev governance.Severity, code string, args ...any) governance.Problems {
	if r.path == "" {
		r.path = "units[" + string(r.code) + "]." + r.field
	}
	if r.arg == nil {
		r.arg = string(r.code)
	}
	all := make([]any, 0, 1+len(args))
	all = append(append(all, r.arg), args...)
	return append(ps, governance.Problem{Code: code, Path: r.path, Severity: sev, Args: all})
}
