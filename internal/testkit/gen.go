package testkit

import (
	"fmt"
	"time"

	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

// Segment generators: the ranges of RULES.md §1 that ParseCode accepts,
// with their boundaries and the round numbers whose trailing zeros code
// arithmetic gets wrong drawn often.
var (
	provinceSeg = segment([2]int{1, 99}, 10, 22, 90)
	citySeg     = segment([2]int{1, 99}, 10, 90)
	countySeg   = segment([2]int{1, 99}, 10, 20, 21, 70, 71, 80, 81, 90)
	townshipSeg = rapid.OneOf(
		segment([2]int{1, 299}, 10, 99, 100, 110, 199, 200, 210, 299),
		segment([2]int{400, 599}, 400, 500, 599),
	)
	villageSeg = segment([2]int{1, 399}, 10, 100, 199, 200, 210, 300, 399)
	gridSeg    = segment([2]int{1, 999}, 10, 100, 990, 999)
)

// segment draws from the range, or one of the values given, or its ends.
func segment(r [2]int, often ...int) *rapid.Generator[int] {
	return rapid.OneOf(rapid.IntRange(r[0], r[1]), rapid.SampledFrom(append(often, r[0], r[1])))
}

// codeLevels are the levels a code can have, top down.
var codeLevels = []governance.Level{
	governance.LevelProvince, governance.LevelCity, governance.LevelCounty,
	governance.LevelStreet, governance.LevelCommunity, governance.LevelGrid,
}

// childSegment draws the segment that a child of a unit at level l adds,
// formatted to its width.
func childSegment(t *rapid.T, l governance.Level) string {
	switch l {
	case governance.LevelUnknown:
		return fmt.Sprintf("%02d", provinceSeg.Draw(t, "province"))
	case governance.LevelProvince:
		return fmt.Sprintf("%02d", citySeg.Draw(t, "city"))
	case governance.LevelCity:
		return fmt.Sprintf("%02d", countySeg.Draw(t, "county"))
	case governance.LevelCounty:
		return fmt.Sprintf("%03d", townshipSeg.Draw(t, "township"))
	case governance.LevelStreet:
		return fmt.Sprintf("%03d", villageSeg.Draw(t, "village"))
	case governance.LevelCommunity:
		return fmt.Sprintf("%03d", gridSeg.Draw(t, "grid"))
	}
	panic(fmt.Sprintf("testkit: no level below %s", l))
}

// significant is the number of digits of a code at level l that are not
// padding.
func significant(l governance.Level) int {
	return [...]int{0, 2, 4, 6, 9, 12, 15}[l]
}

// child returns the canonical code of a child of parent ("" for a province)
// with the segment seg.
func child(parent governance.Code, seg string) governance.Code {
	prefix := string(parent)[:significant(parent.Level())]
	s := prefix + seg
	if len(s) < 12 {
		s += "000000000000"[len(s):]
	}
	return governance.Code(s)
}

// ChildCode generates valid codes of units directly under parent, which must
// be a valid code above the grid level.
func ChildCode(parent governance.Code) *rapid.Generator[governance.Code] {
	return rapid.Custom(func(t *rapid.T) governance.Code {
		return child(parent, childSegment(t, parent.Level()))
	})
}

// Code generates valid canonical codes at level l (LevelProvince to
// LevelGrid), every segment drawn from the ranges ParseCode accepts.
func Code(l governance.Level) *rapid.Generator[governance.Code] {
	if !l.IsValid() {
		panic(fmt.Sprintf("testkit: no codes at level %s", l))
	}
	return rapid.Custom(func(t *rapid.T) governance.Code {
		var c governance.Code
		for _, at := range codeLevels {
			if at > l {
				break
			}
			c = child(c, childSegment(t, c.Level()))
		}
		return c
	})
}

// AnyCode generates valid canonical codes at every level.
func AnyCode() *rapid.Generator[governance.Code] {
	return rapid.Custom(func(t *rapid.T) governance.Code {
		return Code(rapid.SampledFrom(codeLevels).Draw(t, "level")).Draw(t, "code")
	})
}

// DateIn generates valid dates in the years from through to, inclusive.
func DateIn(from, to int) *rapid.Generator[governance.Date] {
	return rapid.Custom(func(t *rapid.T) governance.Date {
		y := rapid.IntRange(from, to).Draw(t, "year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
		d := rapid.IntRange(1, last).Draw(t, "day")
		return governance.MustDate(y, m, d)
	})
}

// Date generates valid dates in the years 1–9999 that Date supports.
func Date() *rapid.Generator[governance.Date] { return DateIn(1, 9999) }

// Unit generates a unit with code c: a name, the kind the code says (or,
// for a grid, sometimes exclusive) and figures that may be zero (not
// recorded).
func Unit(c governance.Code) *rapid.Generator[governance.Unit] {
	return rapid.Custom(func(t *rapid.T) governance.Unit {
		u := governance.Unit{Code: c, Name: "单位" + string(c)}
		if c.Level() == governance.LevelGrid && rapid.Bool().Draw(t, "exclusive") {
			u.Kind = governance.KindExclusiveGrid
		}
		if rapid.Bool().Draw(t, "recorded") {
			u.Households = rapid.IntRange(0, 800).Draw(t, "households")
			u.Residents = rapid.IntRange(0, 2500).Draw(t, "residents")
		}
		return u
	})
}

// Hierarchy generates a valid hierarchy: a root at a random level from the
// province to the community and up to max further units, each under a unit
// already present, so that siblings arrive in random code order. Every unit
// comes from Unit.
func Hierarchy(max int) *rapid.Generator[*governance.Hierarchy] {
	return rapid.Custom(func(t *rapid.T) *governance.Hierarchy {
		rootLevel := rapid.SampledFrom(codeLevels[:5]).Draw(t, "root level")
		root := Code(rootLevel).Draw(t, "root")
		h, err := governance.NewHierarchy(Unit(root).Draw(t, "root unit"))
		if err != nil {
			panic(err)
		}
		parents := []governance.Code{root}
		n := rapid.IntRange(0, max).Draw(t, "units")
		for range n {
			p := rapid.SampledFrom(parents).Draw(t, "parent")
			c := ChildCode(p).Draw(t, "code")
			if h.Has(c) {
				continue
			}
			if err := h.Add(Unit(c).Draw(t, "unit")); err != nil {
				panic(err)
			}
			if c.Level() != governance.LevelGrid {
				parents = append(parents, c)
			}
		}
		return h
	})
}
