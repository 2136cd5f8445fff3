package governance

import (
	"fmt"
	"iter"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Level is a level of administration, from the province (省) down to the
// grid (网格). Compounds, buildings and entrances lie below the grid but are
// places, not levels.
type Level uint8

// Levels, top down.
const (
	LevelUnknown Level = iota
	LevelProvince
	LevelCity
	LevelCounty    // 区县: district, county, county-level city, zone
	LevelStreet    // 乡级: street, town, township
	LevelCommunity // 村级: urban community, village
	LevelGrid
)

var levelTokens = enum.Tokens[Level]{"unknown", "province", "city", "county", "street", "community", "grid"}

// String returns the level's token.
func (l Level) String() string { return levelTokens.String(l) }

// IsValid reports whether l is a known level.
func (l Level) IsValid() bool { return levelTokens.Valid(l) }

// MarshalText returns the level's token.
func (l Level) MarshalText() ([]byte, error) { return levelTokens.Marshal("level", l) }

// UnmarshalText sets l from its token.
func (l *Level) UnmarshalText(b []byte) error { return levelTokens.Unmarshal("level", l, b) }

// Label returns the level's name in the language matched for tag.
func (l Level) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.level", l.String())
}

// Levels yields every valid level, top down.
func Levels() iter.Seq[Level] { return levelTokens.All() }

// Child returns the level directly below l (LevelUnknown below the grid).
func (l Level) Child() Level {
	if !l.IsValid() || l == LevelGrid {
		return LevelUnknown
	}
	return l + 1
}

// digits is the length of the significant prefix of a code at the level.
var levelDigits = [...]int{LevelProvince: 2, LevelCity: 4, LevelCounty: 6, LevelStreet: 9, LevelCommunity: 12, LevelGrid: 15}

// UnitKind says what kind of unit a code names, as its segments tell
// (RULES.md §1) — or, for a grid, whether it is comprehensive or exclusive.
type UnitKind uint8

// Unit kinds.
const (
	KindUnknown       UnitKind = iota
	KindProvince               // 省级
	KindCity                   // 地级
	KindDistrict               // 市辖区: county segment 01–20
	KindCounty                 // 县: 21–70
	KindZone                   // 开发区/园区: 71–80
	KindCountyCity             // 县级市: 81–99
	KindStreet                 // 街道: township segment 001–099
	KindTown                   // 镇: 100–199
	KindTownship               // 乡: 200–299
	KindOtherTownship          // 农场、林场、园区等乡级单位: 400–599
	KindCommunity              // 居委会 (urban community): village segment 001–199
	KindVillage                // 村委会: 200–399
	KindGrid                   // 综合网格
	KindExclusiveGrid          // 专属网格: schools, hospitals, parks, markets, enterprises
)

var kindTokens = enum.Tokens[UnitKind]{
	"unknown", "province", "city", "district", "county", "zone", "county_city",
	"street", "town", "township", "other_township", "community", "village",
	"grid", "exclusive_grid",
}

var kindLevels = [...]Level{
	KindProvince: LevelProvince, KindCity: LevelCity,
	KindDistrict: LevelCounty, KindCounty: LevelCounty, KindZone: LevelCounty, KindCountyCity: LevelCounty,
	KindStreet: LevelStreet, KindTown: LevelStreet, KindTownship: LevelStreet, KindOtherTownship: LevelStreet,
	KindCommunity: LevelCommunity, KindVillage: LevelCommunity,
	KindGrid: LevelGrid, KindExclusiveGrid: LevelGrid,
}

// String returns the kind's token.
func (k UnitKind) String() string { return kindTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k UnitKind) IsValid() bool { return kindTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k UnitKind) MarshalText() ([]byte, error) { return kindTokens.Marshal("unit kind", k) }

// UnmarshalText sets k from its token.
func (k *UnitKind) UnmarshalText(b []byte) error { return kindTokens.Unmarshal("unit kind", k, b) }

// Label returns the kind's name in the language matched for tag.
func (k UnitKind) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.unit_kind", k.String())
}

// UnitKinds yields every valid kind.
func UnitKinds() iter.Seq[UnitKind] { return kindTokens.All() }

// Level returns the level at which units of this kind sit.
func (k UnitKind) Level() Level {
	if !k.IsValid() {
		return LevelUnknown
	}
	return kindLevels[k]
}

// Rural reports whether the kind is rural: a town, township, other
// township-level unit or a village.
func (k UnitKind) Rural() bool {
	return k == KindTown || k == KindTownship || k == KindOtherTownship || k == KindVillage
}

// Code is a statistical division code (统计用区划代码) in canonical form: 12
// digits (2 province, 2 city, 2 county, 3 township, 3 village) for every level
// down to the community, and 15 digits — the community's code and a
// sequence 001–999 — for a grid. Build one with ParseCode; a Code made by
// conversion is not checked and reports LevelUnknown if malformed.
type Code string

// CodeError says why a string is not a division code.
type CodeError struct {
	Value  string
	Reason string
}

func (e *CodeError) Error() string {
	return fmt.Sprintf("governance: parsing division code %q: %s", e.Value, e.Reason)
}

const zeros = "000000000000"

// ParseCode parses a division code of 2, 4, 6, 9 or 12 digits, or a 15-digit
// grid code, and returns it in canonical form (120101 → 120101000000). It
// checks that no non-zero segment follows a zero one, that the county,
// township and village segments lie in the ranges of RULES.md §1, and that a
// grid belongs to a community.
func ParseCode(s string) (Code, error) {
	switch len(s) {
	case 2, 4, 6, 9, 12, 15:
	default:
		return "", &CodeError{s, "want 2, 4, 6, 9, 12 or 15 digits"}
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", &CodeError{s, "not all digits"}
		}
	}
	c := Code(s)
	if len(s) < 12 {
		c = Code(s + zeros[len(s):])
	}
	if reason := c.check(); reason != "" {
		return "", &CodeError{s, reason}
	}
	return c, nil
}

// MustParseCode is ParseCode for tests and constants; it panics on error.
func MustParseCode(s string) Code {
	c, err := ParseCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// segment boundaries: province, city, county, township, village, grid.
var segEnds = [...]int{2, 4, 6, 9, 12, 15}

func zeroRun(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '0' {
			return false
		}
	}
	return true
}

func num(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// check validates a 12- or 15-digit string of digits; it returns why not.
func (c Code) check() string {
	s := string(c)
	if zeroRun(s[0:2]) {
		return "province segment is 00"
	}
	start, seenZero := 2, false
	for _, end := range segEnds[1:] {
		if end > len(s) {
			break
		}
		z := zeroRun(s[start:end])
		if seenZero && !z {
			return "non-zero segment after a zero segment"
		}
		seenZero = seenZero || z
		start = end
	}
	if len(s) == 15 {
		if zeroRun(s[12:15]) {
			return "grid sequence must be 001–999"
		}
		if zeroRun(s[9:12]) {
			return "a grid must belong to a community"
		}
	}
	if c.Kind() == KindUnknown {
		switch c.Level() {
		case LevelStreet:
			return "township segment outside 001–299 and 400–599"
		case LevelCommunity:
			return "village segment outside 001–399"
		}
		return "unknown kind"
	}
	return ""
}

// Level returns the level of the code: that of its last non-zero segment.
func (c Code) Level() Level {
	s := string(c)
	switch {
	case len(s) == 15:
		return LevelGrid
	case len(s) != 12:
		return LevelUnknown
	case s[9:12] != "000":
		return LevelCommunity
	case s[6:9] != "000":
		return LevelStreet
	case s[4:6] != "00":
		return LevelCounty
	case s[2:4] != "00":
		return LevelCity
	case s[0:2] != "00":
		return LevelProvince
	}
	return LevelUnknown
}

// Parent returns the code of the unit directly above (a grid's community);
// "" for a province or a malformed code.
func (c Code) Parent() Code {
	switch c.Level() {
	case LevelGrid:
		return c[:12]
	case LevelCommunity:
		return c[:9] + "000"
	case LevelStreet:
		return c[:6] + "000000"
	case LevelCounty:
		return c[:4] + "00000000"
	case LevelCity:
		return c[:2] + "0000000000"
	}
	return ""
}

// Ancestor returns the code of the unit at level l that contains c, or "" if
// l is not above or at c's level.
func (c Code) Ancestor(l Level) Code {
	cl := c.Level()
	if cl == LevelUnknown || !l.IsValid() || l > cl {
		return ""
	}
	if l == LevelGrid {
		return c
	}
	n := levelDigits[l]
	return c[:n] + Code(zeros[n:])
}

// Contains reports whether d is c or lies under c.
func (c Code) Contains(d Code) bool {
	l := c.Level()
	if l == LevelUnknown || len(d) < len(c) {
		return false
	}
	n := levelDigits[l]
	return c[:n] == d[:n] && d.Level() >= l
}

// Kind returns what the code's segments say the unit is (RULES.md §1). A
// grid code is KindGrid; whether a grid is exclusive is recorded on its Unit.
func (c Code) Kind() UnitKind {
	s := string(c)
	switch c.Level() {
	case LevelProvince:
		return KindProvince
	case LevelCity:
		return KindCity
	case LevelCounty:
		switch n := num(s[4:6]); {
		case n <= 20:
			return KindDistrict
		case n <= 70:
			return KindCounty
		case n <= 80:
			return KindZone
		default:
			return KindCountyCity
		}
	case LevelStreet:
		switch n := num(s[6:9]); {
		case n <= 99:
			return KindStreet
		case n <= 199:
			return KindTown
		case n <= 299:
			return KindTownship
		case n >= 400 && n <= 599:
			return KindOtherTownship
		}
	case LevelCommunity:
		switch n := num(s[9:12]); {
		case n <= 199:
			return KindCommunity
		case n <= 399:
			return KindVillage
		}
	case LevelGrid:
		return KindGrid
	}
	return KindUnknown
}

// IsValid reports whether c is a well-formed canonical code.
func (c Code) IsValid() bool {
	if len(c) != 12 && len(c) != 15 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return c.check() == ""
}

// String returns the canonical code.
func (c Code) String() string { return string(c) }

// MarshalText returns the canonical code.
func (c Code) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText parses any accepted form and stores the canonical one; empty
// text is the empty Code. On error c is unchanged.
func (c *Code) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = ""
		return nil
	}
	v, err := ParseCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// GridCode returns the code of grid seq (1–999) of a community.
func GridCode(community Code, seq int) (Code, error) {
	if community.Level() != LevelCommunity || !community.IsValid() {
		return "", &CodeError{string(community), "not a community code"}
	}
	if seq < 1 || seq > 999 {
		return "", &CodeError{fmt.Sprintf("%s%03d", community, seq), "grid sequence must be 001–999"}
	}
	return Code(fmt.Sprintf("%s%03d", community, seq)), nil
}
