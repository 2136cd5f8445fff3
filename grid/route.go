package grid

import (
	"github.com/jiceng/jiceng/governance"
)

// Route is one line of a router: matters of Category at a unit of Level go
// to Department. A zero Level matches any level the category has no line
// of its own for.
type Route struct {
	Category   string           `json:"category"`
	Level      governance.Level `json:"level,omitzero"`
	Department Department       `json:"department"`
}

// Router is a district's dispatch table (派单目录) as data: a clear
// responsibility goes straight to the responsible body; a matter whose
// category the table does not know — an unclear responsibility — goes to
// the district government (Fallback). The order's receiver stays
// responsible for it whatever the routing (首接负责制, Intake.Receiver).
type Router struct {
	Routes   []Route    `json:"routes"`
	Fallback Department `json:"fallback"`
	Source   string     `json:"source,omitempty"`
}

// DefaultRouter returns a small illustrative dispatch table: utilities to
// their companies, sanitation and street order to the street's
// comprehensive enforcement, neighbour disputes at a grid or community to
// the community's mediation committee, property management to the district
// housing bureau — and everything else to the district government.
//
// # Source
//
// RULES.md §8 (北京市接诉即办工作条例 2021): a clear responsibility goes
// straight to the responsible body, an unclear one to the district
// government. The categories and departments are illustrative; a district
// replaces them with its own dispatch table.
func DefaultRouter() Router {
	return Router{
		Routes: []Route{
			{Category: "water", Department: "water-company"},
			{Category: "power", Department: "power-company"},
			{Category: "gas", Department: "gas-company"},
			{Category: "heating", Department: "heating-company"},
			{Category: "sanitation", Level: governance.LevelStreet, Department: "street-enforcement"},
			{Category: "sanitation", Department: "street-enforcement"},
			{Category: "neighbour_dispute", Level: governance.LevelGrid, Department: "community-mediation"},
			{Category: "neighbour_dispute", Level: governance.LevelCommunity, Department: "community-mediation"},
			{Category: "neighbour_dispute", Level: governance.LevelStreet, Department: "street-mediation"},
			{Category: "property", Department: "district-housing-bureau"},
		},
		Fallback: "district-government",
		Source:   "RULES.md §8: unclear responsibility goes to the district government; categories illustrative",
	}
}

// Route returns the department the intake goes to: the line for its
// category at its unit's level, else the category's line for any level,
// else the district government. matched is false when the router fell
// back.
func (r Router) Route(in Intake) (to Department, matched bool) {
	level := in.Unit.Level()
	var anyLevel Department
	for _, l := range r.Routes {
		if l.Category != in.Category || in.Category == "" {
			continue
		}
		switch l.Level {
		case level:
			return l.Department, true
		case governance.LevelUnknown:
			if anyLevel == "" {
				anyLevel = l.Department
			}
		}
	}
	if anyLevel != "" {
		return anyLevel, true
	}
	return r.Fallback, false
}

// router problem codes.
const (
	codeRouterFallback   = "grid.router.fallback_missing"
	codeRouterCategory   = "grid.router.category_empty"
	codeRouterDepartment = "grid.router.department_empty"
	codeRouterLevel      = "grid.router.level_invalid"
	codeRouterDuplicate  = "grid.router.duplicate"
)

// Validate reports every problem of the router: no fallback, a line with
// an empty category or department, a level other than street, community or
// grid, and two lines for the same category and level.
func (r Router) Validate() governance.Problems {
	var ps governance.Problems
	if r.Fallback == "" {
		ps = append(ps, governance.Errorf(codeRouterFallback, "fallback"))
	}
	type key struct {
		category string
		level    governance.Level
	}
	seen := make(map[key]int, len(r.Routes))
	for i, l := range r.Routes {
		path := governance.Index("routes", i)
		if l.Category == "" {
			ps = append(ps, governance.Errorf(codeRouterCategory, governance.Field(path, "category")))
		}
		if l.Department == "" {
			ps = append(ps, governance.Errorf(codeRouterDepartment, governance.Field(path, "department"), l.Category))
		}
		switch l.Level {
		case governance.LevelUnknown, governance.LevelStreet, governance.LevelCommunity, governance.LevelGrid:
		default:
			ps = append(ps, governance.Errorf(codeRouterLevel, governance.Field(path, "level"), l.Category, l.Level.String()))
		}
		k := key{l.Category, l.Level}
		if j, dup := seen[k]; dup {
			ps = append(ps, governance.Errorf(codeRouterDuplicate, path, l.Category, j))
		} else {
			seen[k] = i
		}
	}
	return ps.Sorted()
}
