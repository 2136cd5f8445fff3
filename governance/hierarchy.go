package governance

import (
	"encoding/json"
	"errors"
	"iter"
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

// Hierarchy is a tree of units under one root, which may sit at any level
// (a province for a provincial platform, a street for a street's). Every
// other unit hangs under the unit its code names as parent, so the tree is
// the tree of the codes. Look-ups by code are O(1); children are kept in
// code order whatever the order they were added in.
//
// Build one with NewHierarchy and Add; a nil or zero Hierarchy is empty and
// accepts no unit. A Hierarchy is not safe for concurrent Add; reading it
// from several goroutines is safe once it is built.
type Hierarchy struct {
	nodes []node
	index map[Code]int32
	last  int32 // the node added last: Add looks for a parent above it first
}

// node is a unit and its place in the tree; the children form a list in
// code order through first and next, so adding a unit allocates nothing
// beyond the node itself.
type node struct {
	unit   Unit
	parent int32 // -1 for the root
	first  int32 // first child, -1 for none
	last   int32 // last child, -1 for none
	next   int32 // next sibling, -1 for none
}

// Problem codes of the hierarchy.
const (
	codeUnitCode     = "governance.unit.code_invalid"
	codeUnitDup      = "governance.unit.duplicate"
	codeUnitParent   = "governance.unit.parent_missing"
	codeUnitOutside  = "governance.unit.outside_root"
	codeUnitKind     = "governance.unit.kind_mismatch"
	codeUnitName     = "governance.unit.name_empty"
	codeUnitNegative = "governance.unit.figure_negative"
	codeUnitSum      = "governance.unit.households_mismatch"
	codeNoRoot       = "governance.hierarchy.no_root"
)

// errNoUnits is returned when JSON holds no unit at all.
var errNoUnits = errors.New("governance: hierarchy: no units")

// NewHierarchy returns a hierarchy with root as its only unit. The root's
// code must be valid and its kind consistent with the code (see Add); the
// error is Problems.
func NewHierarchy(root Unit) (*Hierarchy, error) {
	root, ps := normalise(root)
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	h := &Hierarchy{index: make(map[Code]int32)}
	h.nodes = append(h.nodes, node{unit: root, parent: -1, first: -1, last: -1, next: -1})
	h.index[root.Code] = 0
	return h, nil
}

// Grow makes room for n more units, so that adding them allocates nothing
// in the hierarchy itself. Builders that know their size (an import, a
// generated model) call it once before adding.
func (h *Hierarchy) Grow(n int) {
	if h == nil || n <= 0 {
		return
	}
	if cap(h.nodes)-len(h.nodes) < n {
		nodes := make([]node, len(h.nodes), len(h.nodes)+n)
		copy(nodes, h.nodes)
		h.nodes = nodes
	}
	index := make(map[Code]int32, len(h.nodes)+n)
	for c, i := range h.index {
		index[c] = i
	}
	h.index = index
}

// unitPath is the path of a unit in problems: units[<code>].
func unitPath(c Code) string { return "units[" + string(c) + "]" }

// codePath is the path of a unit's code.
func codePath(c Code) string { return unitPath(c) + ".code" }

// normalise checks u's code, fills in the kind from the code and checks
// that they agree: a grid may be comprehensive or exclusive.
func normalise(u Unit) (Unit, Problems) {
	if !u.Code.IsValid() {
		return u, Problems{Errorf(codeUnitCode, codePath(u.Code), string(u.Code))}
	}
	return withKind(u)
}

// withKind fills in the kind of a unit with a valid code, or reports that
// the recorded kind is not the one the code says.
func withKind(u Unit) (Unit, Problems) {
	want := u.Code.Kind()
	switch {
	case u.Kind == KindUnknown:
		u.Kind = want
	case u.Kind == want, want == KindGrid && u.Kind == KindExclusiveGrid:
	default:
		return u, Problems{Errorf(codeUnitKind, unitPath(u.Code)+".kind", string(u.Code), u.Kind, want)}
	}
	return u, nil
}

// Add inserts u under its parent, the unit u.Code.Parent() names. It
// reports every reason to refuse u: a malformed code; a kind that is not
// the one the code says (a grid's may be KindGrid or KindExclusiveGrid); a
// code already present; a code outside the root; a parent not present.
// Since a code's parent sits one level above it, a unit added is always at
// the child level of its parent: a grid under a community, never directly
// under a street.
//
// On error the hierarchy is unchanged and the error is Problems, sorted.
// Adding in code order (a parent before its children, siblings in order)
// is fastest; any order that puts parents first gives the same hierarchy.
func (h *Hierarchy) Add(u Unit) error {
	if h == nil || len(h.nodes) == 0 {
		return Problems{Errorf(codeNoRoot, codePath(u.Code), string(u.Code))}
	}
	if !u.Code.IsValid() {
		return Problems{Errorf(codeUnitCode, codePath(u.Code), string(u.Code))}
	}
	u, ps := withKind(u)
	root := h.nodes[0].unit.Code
	var parent, prev int32
	switch {
	case u.Code == root:
		ps = append(ps, Errorf(codeUnitDup, codePath(u.Code), string(u.Code)))
	case !root.Contains(u.Code):
		ps = append(ps, Errorf(codeUnitOutside, codePath(u.Code), string(u.Code), string(root)))
	default:
		var found, dup bool
		if parent, found = h.findParent(u.Code); !found {
			ps = append(ps, Errorf(codeUnitParent, codePath(u.Code), string(u.Code), string(u.Code.Parent())))
		} else if prev, dup = h.position(parent, u.Code); dup {
			// A unit present lies under its parent: the siblings tell.
			ps = append(ps, Errorf(codeUnitDup, codePath(u.Code), string(u.Code)))
		}
	}
	if len(ps) > 0 {
		return ps.Sorted()
	}
	h.link(u, parent, prev)
	return nil
}

// findParent returns the node of c's parent. A unit added in code order has
// its parent among the ancestors of the unit added before it, so those are
// searched first, without hashing; the index is the fallback.
func (h *Hierarchy) findParent(c Code) (int32, bool) {
	want := c.Level() - 1
	for i := h.last; i >= 0; i = h.nodes[i].parent {
		pc := h.nodes[i].unit.Code
		if l := pc.Level(); l <= want {
			if l == want && pc.Contains(c) {
				return i, true
			}
			break
		}
	}
	if want == LevelCommunity {
		i, ok := h.index[c[:12]]
		return i, ok
	}
	var key [12]byte
	n := copy(key[:], c[:levelDigits[want]])
	copy(key[n:], zeros)
	i, ok := h.index[Code(key[:])]
	return i, ok
}

// position returns the child of parent after which c belongs in code order
// (-1: first), and whether c is a child already.
func (h *Hierarchy) position(parent int32, c Code) (prev int32, dup bool) {
	p := &h.nodes[parent]
	if p.first < 0 {
		return -1, false
	}
	if last := h.nodes[p.last].unit.Code; last <= c {
		return p.last, last == c
	}
	prev, k := int32(-1), p.first
	for k >= 0 && h.nodes[k].unit.Code < c {
		prev, k = k, h.nodes[k].next
	}
	return prev, k >= 0 && h.nodes[k].unit.Code == c
}

// link appends u's node and links it under parent after the child prev
// (-1: first).
func (h *Hierarchy) link(u Unit, parent, prev int32) {
	i := int32(len(h.nodes))
	h.nodes = append(h.nodes, node{unit: u, parent: parent, first: -1, last: -1, next: -1})
	h.index[u.Code] = i
	h.last = i
	p := &h.nodes[parent]
	n := &h.nodes[i]
	if prev < 0 {
		n.next, p.first = p.first, i
	} else {
		n.next, h.nodes[prev].next = h.nodes[prev].next, i
	}
	if n.next < 0 {
		p.last = i
	}
}

// Root returns the root unit (the zero Unit for an empty hierarchy).
func (h *Hierarchy) Root() Unit {
	if h == nil || len(h.nodes) == 0 {
		return Unit{}
	}
	return h.nodes[0].unit
}

// lookup returns the node index of c.
func (h *Hierarchy) lookup(c Code) (int32, bool) {
	if h == nil {
		return 0, false
	}
	i, ok := h.index[c]
	return i, ok
}

// Unit returns the unit with code c.
func (h *Hierarchy) Unit(c Code) (Unit, bool) {
	i, ok := h.lookup(c)
	if !ok {
		return Unit{}, false
	}
	return h.nodes[i].unit, true
}

// Has reports whether the hierarchy holds a unit with code c.
func (h *Hierarchy) Has(c Code) bool {
	_, ok := h.lookup(c)
	return ok
}

// Parent returns the unit directly above c; false for the root or an unknown
// code.
func (h *Hierarchy) Parent(c Code) (Unit, bool) {
	i, ok := h.lookup(c)
	if !ok || h.nodes[i].parent < 0 {
		return Unit{}, false
	}
	return h.nodes[h.nodes[i].parent].unit, true
}

// Children yields the units directly under c, in code order; nothing for an
// unknown code.
func (h *Hierarchy) Children(c Code) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		i, ok := h.lookup(c)
		if !ok {
			return
		}
		for k := h.nodes[i].first; k >= 0; k = h.nodes[k].next {
			if !yield(h.nodes[k].unit) {
				return
			}
		}
	}
}

// Descendants yields every unit below c (not c itself) in pre-order: depth
// first, children in code order, each unit before the units under it — which
// is also the order of the codes. It yields nothing for an unknown code.
func (h *Hierarchy) Descendants(c Code) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		if i, ok := h.lookup(c); ok {
			h.walk(i, yield)
		}
	}
}

// walk yields the units below top in pre-order without recursion.
func (h *Hierarchy) walk(top int32, yield func(Unit) bool) {
	i := h.nodes[top].first
	for i >= 0 {
		if !yield(h.nodes[i].unit) {
			return
		}
		if f := h.nodes[i].first; f >= 0 {
			i = f
			continue
		}
		for i != top && h.nodes[i].next < 0 {
			i = h.nodes[i].parent
		}
		if i == top {
			return
		}
		i = h.nodes[i].next
	}
}

// Units yields every unit, the root first, then its descendants in
// pre-order.
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
// recorded figure or, where it has none (zero), the sum of its children's
// figures taken the same way. So a street that records nothing counts what
// its communities record, and a community that records nothing counts its
// grids. An unknown code has no figures.
func (h *Hierarchy) Figures(c Code) (households, residents int) {
	i, ok := h.lookup(c)
	if !ok {
		return 0, 0
	}
	return h.figures(i)
}

func (h *Hierarchy) figures(i int32) (households, residents int) {
	u := &h.nodes[i].unit
	households, residents = u.Households, u.Residents
	if households != 0 && residents != 0 {
		return households, residents
	}
	var hs, rs int
	for k := h.nodes[i].first; k >= 0; k = h.nodes[k].next {
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

// Validate reports every problem of the units' data, sorted: an empty name,
// negative households or residents, and (as a warning) a community whose
// recorded households differ from the sum of its grids' recorded
// households. A grid with no households recorded counts as none (an
// exclusive grid such as a school may have none). Sizing grids against the
// grid policy is the grid package's concern, not this one's. Paths name
// units by code: "units[120101001001].name".
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
		if u.Households == 0 || n.first < 0 || u.Kind.Level() != LevelCommunity {
			continue
		}
		sum, recorded := 0, false
		for k := n.first; k >= 0; k = h.nodes[k].next {
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

// Equal reports whether h and o hold the same units in the same tree,
// whatever the order they were added in. go-cmp uses it.
func (h *Hierarchy) Equal(o *Hierarchy) bool {
	if h.Len() != o.Len() {
		return false
	}
	next, stop := iter.Pull(o.Units())
	defer stop()
	for u := range h.Units() {
		v, ok := next()
		if !ok || u != v {
			return false
		}
	}
	return true
}

// hierarchyJSON is the stored form: the units in pre-order, root first.
type hierarchyJSON struct {
	Units []Unit `json:"units"`
}

// MarshalJSON writes the hierarchy as {"units": [...]}, the root first and
// every unit before the units under it, so that it can be read back unit by
// unit.
func (h *Hierarchy) MarshalJSON() ([]byte, error) {
	units := make([]Unit, 0, h.Len())
	for u := range h.Units() {
		units = append(units, u)
	}
	return json.Marshal(hierarchyJSON{units})
}

// UnmarshalJSON reads the form MarshalJSON writes: the first unit is the
// root and every other unit comes after its parent. It reports every
// problem Add finds, as Problems; on any error h is unchanged. JSON null
// leaves h unchanged too, as encoding/json expects.
func (h *Hierarchy) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var in hierarchyJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	if len(in.Units) == 0 {
		return errNoUnits
	}
	out, err := NewHierarchy(in.Units[0])
	if err != nil {
		return err
	}
	out.Grow(len(in.Units) - 1)
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
