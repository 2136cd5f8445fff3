package governance

import (
	"encoding/json"
	"fmt"
	"iter"
	"slices"
)

// Unit is one unit of the hierarchy: a province, city, county, street,
// community or grid. Kind left zero is taken from Code.Kind(); a grid may
// instead be recorded as KindExclusiveGrid (专属网格). Households and
// Residents are the unit's own recorded figures; zero means "not recorded"
// (see Hierarchy.Figures).
type Unit struct {
	Code       Code     `json:"code"`
	Name       string   `json:"name"`
	Kind       UnitKind `json:"kind"`
	Households int      `json:"households,omitempty"`
	Residents  int      `json:"residents,omitempty"`
}

// Level returns the unit's level.
func (u Unit) Level() Level { return u.Code.Level() }

// Hierarchy is a tree of units under one root, which may sit at any level.
// Look-ups by code are O(1); children are kept in code order. The zero
// Hierarchy is empty; build one with NewHierarchy.
type Hierarchy struct {
	nodes []node
	index map[Code]int32
}

type node struct {
	unit     Unit
	parent   int32
	children []int32
}

// unit problem codes.
const (
	codeUnitCode     = "governance.unit.code_invalid"
	codeUnitDup      = "governance.unit.duplicate"
	codeUnitParent   = "governance.unit.parent_missing"
	codeUnitOutside  = "governance.unit.outside_root"
	codeUnitKind     = "governance.unit.kind_mismatch"
	codeUnitName     = "governance.unit.name_empty"
	codeUnitNegative = "governance.unit.figure_negative"
	codeUnitSum      = "governance.unit.households_mismatch"
)

// NewHierarchy returns a hierarchy with root as its only unit.
func NewHierarchy(root Unit) (*Hierarchy, error) {
	root, ps := normalise(root)
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	h := &Hierarchy{index: make(map[Code]int32)}
	h.nodes = append(h.nodes, node{unit: root, parent: -1})
	h.index[root.Code] = 0
	return h, nil
}

func unitPath(c Code) string { return "units[" + string(c) + "]" }

// normalise fills in the kind from the code and checks that they agree.
func normalise(u Unit) (Unit, Problems) {
	if !u.Code.IsValid() {
		return u, Problems{Errorf(codeUnitCode, unitPath(u.Code)+".code", string(u.Code))}
	}
	want := u.Code.Kind()
	switch {
	case u.Kind == KindUnknown:
		u.Kind = want
	case u.Kind == want, want == KindGrid && u.Kind == KindExclusiveGrid:
	default:
		return u, Problems{Errorf(codeUnitKind, unitPath(u.Code)+".kind", u.Kind.String(), want.String())}
	}
	return u, nil
}

// Add inserts u under its parent. The parent (u.Code.Parent()) must be
// present, the code new and inside the root, and the kind consistent with
// the code. On error the hierarchy is unchanged and the error is Problems.
func (h *Hierarchy) Add(u Unit) error {
	u, ps := normalise(u)
	if len(ps) > 0 {
		return ps
	}
	path := unitPath(u.Code)
	if _, dup := h.index[u.Code]; dup {
		return Problems{Errorf(codeUnitDup, path+".code", string(u.Code))}
	}
	if !h.Root().Code.Contains(u.Code) {
		return Problems{Errorf(codeUnitOutside, path+".code", string(u.Code), string(h.Root().Code))}
	}
	parent := u.Code.Parent()
	pi, ok := h.index[parent]
	if !ok {
		return Problems{Errorf(codeUnitParent, path+".code", string(u.Code), string(parent))}
	}
	i := int32(len(h.nodes))
	h.nodes = append(h.nodes, node{unit: u, parent: pi})
	h.index[u.Code] = i
	kids := h.nodes[pi].children
	at := len(kids)
	if at > 0 && h.nodes[kids[at-1]].unit.Code > u.Code {
		at, _ = slices.BinarySearchFunc(kids, u.Code, func(k int32, c Code) int {
			return compareCode(h.nodes[k].unit.Code, c)
		})
	}
	h.nodes[pi].children = slices.Insert(kids, at, i)
	return nil
}

func compareCode(a, b Code) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Root returns the root unit (the zero Unit for an empty hierarchy).
func (h *Hierarchy) Root() Unit {
	if h == nil || len(h.nodes) == 0 {
		return Unit{}
	}
	return h.nodes[0].unit
}

// Unit returns the unit with code c.
func (h *Hierarchy) Unit(c Code) (Unit, bool) {
	if h == nil {
		return Unit{}, false
	}
	i, ok := h.index[c]
	if !ok {
		return Unit{}, false
	}
	return h.nodes[i].unit, true
}

// Has reports whether the hierarchy holds a unit with code c.
func (h *Hierarchy) Has(c Code) bool {
	if h == nil {
		return false
	}
	_, ok := h.index[c]
	return ok
}

// Parent returns the unit directly above c; false for the root or an unknown
// code.
func (h *Hierarchy) Parent(c Code) (Unit, bool) {
	if h == nil {
		return Unit{}, false
	}
	i, ok := h.index[c]
	if !ok || h.nodes[i].parent < 0 {
		return Unit{}, false
	}
	return h.nodes[h.nodes[i].parent].unit, true
}

// Children yields the units directly under c, in code order.
func (h *Hierarchy) Children(c Code) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		if h == nil {
			return
		}
		i, ok := h.index[c]
		if !ok {
			return
		}
		for _, k := range h.nodes[i].children {
			if !yield(h.nodes[k].unit) {
				return
			}
		}
	}
}

// Descendants yields every unit below c (not c itself), depth first in code
// order: each unit comes before the units under it.
func (h *Hierarchy) Descendants(c Code) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		if h == nil {
			return
		}
		i, ok := h.index[c]
		if !ok {
			return
		}
		h.walk(i, yield)
	}
}

func (h *Hierarchy) walk(i int32, yield func(Unit) bool) bool {
	for _, k := range h.nodes[i].children {
		if !yield(h.nodes[k].unit) || !h.walk(k, yield) {
			return false
		}
	}
	return true
}

// Units yields every unit, the root first, depth first in code order.
func (h *Hierarchy) Units() iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		if h == nil || len(h.nodes) == 0 {
			return
		}
		if yield(h.nodes[0].unit) {
			h.walk(0, yield)
		}
	}
}

// AtLevel yields the units at level l, in code order.
func (h *Hierarchy) AtLevel(l Level) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for u := range h.Units() {
			if u.Code.Level() == l && !yield(u) {
				return
			}
		}
	}
}

// Len returns the number of units, the root included.
func (h *Hierarchy) Len() int {
	if h == nil {
		return 0
	}
	return len(h.nodes)
}

// Figures returns the households and residents of c: each is the unit's own
// recorded figure, or, where it has none (zero), the sum of its children's
// figures, taken the same way.
func (h *Hierarchy) Figures(c Code) (households, residents int) {
	i, ok := h.index[c]
	if !ok {
		return 0, 0
	}
	return h.figures(i)
}

func (h *Hierarchy) figures(i int32) (households, residents int) {
	u := h.nodes[i].unit
	households, residents = u.Households, u.Residents
	if households != 0 && residents != 0 {
		return households, residents
	}
	var hs, rs int
	for _, k := range h.nodes[i].children {
		a, b := h.figures(k)
		hs += a
		rs += b
	}
	if households == 0 {
		households = hs
	}
	if residents == 0 {
		residents = rs
	}
	return households, residents
}

// Validate reports every problem of the units' data: an empty name,
// negative households or residents, and (as a warning) a community whose
// recorded households differ from the sum of its grids' recorded households.
// Sizing against grid policy is the grid package's concern.
func (h *Hierarchy) Validate() Problems {
	var ps Problems
	if h == nil {
		return ps
	}
	for i := range h.nodes {
		n := &h.nodes[i]
		u := &n.unit
		if u.Name == "" {
			ps = append(ps, Errorf(codeUnitName, unitPath(u.Code)+".name", string(u.Code)))
		}
		if u.Households < 0 {
			ps = append(ps, Errorf(codeUnitNegative, unitPath(u.Code)+".households", string(u.Code), u.Households))
		}
		if u.Residents < 0 {
			ps = append(ps, Errorf(codeUnitNegative, unitPath(u.Code)+".residents", string(u.Code), u.Residents))
		}
		if u.Code.Level() != LevelCommunity || u.Households == 0 || len(n.children) == 0 {
			continue
		}
		sum, recorded := 0, false
		for _, k := range n.children {
			if g := h.nodes[k].unit.Households; g != 0 {
				sum += g
				recorded = true
			}
		}
		if recorded && sum != u.Households {
			ps = append(ps, Warnf(codeUnitSum, unitPath(u.Code)+".households", string(u.Code), u.Households, sum))
		}
	}
	return ps.Sorted()
}

// MarshalJSON writes the hierarchy as {"units": [...]}, the root first and
// every unit before the units under it, so that it can be read back unit by
// unit.
func (h *Hierarchy) MarshalJSON() ([]byte, error) {
	units := make([]Unit, 0, h.Len())
	for u := range h.Units() {
		units = append(units, u)
	}
	return json.Marshal(struct {
		Units []Unit `json:"units"`
	}{units})
}

// UnmarshalJSON reads the form MarshalJSON writes: the first unit is the
// root and every other unit follows its parent. Every problem is reported;
// on error h is unchanged.
func (h *Hierarchy) UnmarshalJSON(b []byte) error {
	var in struct {
		Units []Unit `json:"units"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	if len(in.Units) == 0 {
		return fmt.Errorf("governance: hierarchy has no units")
	}
	out, err := NewHierarchy(in.Units[0])
	if err != nil {
		return err
	}
	var ps Problems
	for _, u := range in.Units[1:] {
		if err := out.Add(u); err != nil {
			ps = append(ps, err.(Problems)...)
		}
	}
	if len(ps) > 0 {
		return ps.Sorted()
	}
	*h = *out
	return nil
}
