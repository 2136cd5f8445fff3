package governance

import (
	"iter"
	"math/bits"
	"strconv"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Level is a level of administration, from the province (省) down to the
// grid (网格). Compounds (小区/村民小组), buildings (楼栋) and entrances (单元)
// lie below the grid but are places, not levels.
type Level uint8

// Levels, top down.
const (
	LevelUnknown   Level = iota
	LevelProvince        // 省级
	LevelCity            // 地级
	LevelCounty          // 县级: district, county, county-level city, zone
	LevelStreet          // 乡级: street, town, township
	LevelCommunity       // 村级: urban community, village
	LevelGrid            // 网格
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

// Digits returns the length of the significant prefix of a code at level l:
// 2 for a province, 4 for a city, 6, 9, 12, and 15 for a grid; 0 for an
// invalid level. Two codes lie in the same unit at level l exactly when
// their first l.Digits() digits agree.
func (l Level) Digits() int {
	if !l.IsValid() {
		return 0
	}
	return levelDigits[l]
}

// Child returns the level directly below l (LevelUnknown below the grid).
func (l Level) Child() Level {
	if !l.IsValid() || l == LevelGrid {
		return LevelUnknown
	}
	return l + 1
}

// levelDigits is the length of the significant prefix of a code at a level:
// the end of the level's own segment.
var levelDigits = [...]int{LevelProvince: 2, LevelCity: 4, LevelCounty: 6, LevelStreet: 9, LevelCommunity: 12, LevelGrid: 15}

// UnitKind says what kind of unit a code names, as its segments tell
// (RULES.md §1) — or, for a grid, whether it is comprehensive or exclusive.
type UnitKind uint8

// Unit kinds. The ranges are those of the statistical division code
// (统计用区划代码); see Code.Kind.
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
// sequence 001–999 — for a grid. The first six digits are the GB/T 2260
// administrative code.
//
// Build a Code with ParseCode (or GridCode); the empty Code means "no code".
// A Code made by conversion is not checked: IsValid tells whether it is
// well formed, and the other methods give meaningless but safe answers
// (never a panic) for a malformed one.
//
// Canonical codes compare as strings in the order of the hierarchy: a unit
// sorts before every unit under it, and siblings sort by their segment.
type Code string

// CodeError says why a string is not a division code: the value, the
// segment at fault ("province", "city", "county", "township", "village",
// "grid"; empty when the whole string is malformed) and the reason.
type CodeError struct {
	Value   string
	Segment string
	Reason  string
}

// Error describes the error in English.
func (e *CodeError) Error() string {
	if e.Segment == "" {
		return "governance: parsing division code " + strconv.Quote(e.Value) + ": " + e.Reason
	}
	return "governance: parsing division code " + strconv.Quote(e.Value) + ": " + e.Segment + " segment " + e.Reason
}

const zeros = "000000000000000"

// ParseCode parses a division code of 2, 4, 6, 9 or 12 digits, or a 15-digit
// grid code, and returns it in canonical form (120101 → 120101000000).
//
// It enforces RULES.md §1: the province segment is not 00; no non-zero
// segment follows a zero one; the township segment lies in 001–299 or
// 400–599 and the village segment in 001–399; a grid's community segment is
// not 000 and its sequence lies in 001–999. Every county segment 01–99 has a
// kind (see Code.Kind). The error is a *CodeError naming the segment.
//
// Canonical (12- or 15-digit) input is returned without allocating.
func ParseCode(s string) (Code, error) {
	switch len(s) {
	case 2, 4, 6, 9, 12, 15:
	default:
		return "", &CodeError{Value: s, Reason: "want 2, 4, 6, 9, 12 or 15 digits"}
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", &CodeError{Value: s, Reason: "not all digits"}
		}
	}
	if seg, reason := checkSegments(s); reason != "" {
		return "", &CodeError{Value: s, Segment: seg, Reason: reason}
	}
	if len(s) < 12 {
		return Code(s + zeros[len(s):12]), nil
	}
	return Code(s), nil
}

// MustParseCode is ParseCode for tests and constants; it panics on error.
func MustParseCode(s string) Code {
	c, err := ParseCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// segment returns the number in s[from:to], 0 where s is shorter. s holds
// digits only.
func segment(s string, from, to int) int {
	n := 0
	for i := from; i < to && i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// checkSegments checks a string of 2–15 digits, of one of the accepted
// lengths, segment by segment; it returns the segment at fault and why.
func checkSegments(s string) (seg, reason string) {
	var p, ci, co, t, v int
	if len(s) >= 12 {
		// The common case, canonical input, without a loop.
		_ = s[11]
		p = int(s[0]-'0')*10 + int(s[1]-'0')
		ci = int(s[2]-'0')*10 + int(s[3]-'0')
		co = int(s[4]-'0')*10 + int(s[5]-'0')
		t = int(s[6]-'0')*100 + int(s[7]-'0')*10 + int(s[8]-'0')
		v = int(s[9]-'0')*100 + int(s[10]-'0')*10 + int(s[11]-'0')
	} else {
		p, ci, co = segment(s, 0, 2), segment(s, 2, 4), segment(s, 4, 6)
		t, v = segment(s, 6, 9), segment(s, 9, 12)
	}
	switch {
	case p == 0:
		return "province", "is 00"
	case ci == 0 && co+t+v != 0:
		return "city", "is zero but a lower segment is not"
	case co == 0 && t+v != 0:
		return "county", "is zero but a lower segment is not"
	case t == 0 && v != 0:
		return "township", "is zero but a lower segment is not"
	case t >= 300 && t <= 399 || t >= 600:
		return "township", "is outside 001–299 and 400–599"
	case v >= 400:
		return "village", "is outside 001–399"
	}
	if len(s) == 15 {
		if v == 0 {
			return "village", "is 000: a grid belongs to a community"
		}
		if segment(s, 12, 15) == 0 {
			return "grid", "is outside 001–999"
		}
	}
	return "", ""
}

// Level returns the level of the code: that of its last non-zero segment
// (LevelGrid for a 15-digit code). It is LevelUnknown for a code that is
// neither 12 nor 15 characters long, or all zeros.
func (c Code) Level() Level {
	switch len(c) {
	case 15:
		return LevelGrid
	case 12:
	default:
		return LevelUnknown
	}
	switch {
	case c[9:12] != "000":
		return LevelCommunity
	case c[6:9] != "000":
		return LevelStreet
	case c[4:6] != "00":
		return LevelCounty
	case c[2:4] != "00":
		return LevelCity
	case c[0:2] != "00":
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

// Ancestor returns the code of the unit at level l that contains c (c itself
// when l is c's level), or "" when l is below c's level or not a level.
func (c Code) Ancestor(l Level) Code {
	cl := c.Level()
	switch {
	case cl == LevelUnknown || !l.IsValid() || l > cl:
		return ""
	case l == cl:
		return c
	}
	n := levelDigits[l]
	return c[:n] + Code(zeros[n:12])
}

// Contains reports whether d is c or lies under c. The empty Code contains
// nothing and lies under nothing; for other malformed codes the answer is
// meaningless (see Code). It allocates nothing and, being on the hot path of
// every check over a province, compares the codes a word at a time.
func (c Code) Contains(d Code) bool {
	if len(c) == 15 { // a grid contains only itself
		return len(d) == 15 && load8(string(c)) == load8(string(d)) && load8(string(c[7:])) == load8(string(d[7:]))
	}
	if len(c) != 12 || len(d) < 12 || len(d) != 12 && len(d) != 15 {
		return false
	}
	// c's significant prefix ends with its last non-zero segment; d lies
	// under c when it agrees with c on that prefix. Each code is read as a
	// little-endian word of its first 8 digits and one of its last 4, and
	// the prefix is the part of the two words that must agree.
	dd := string(d[:12])
	hi, lo := load8(string(c)), load4(string(c[8:]))
	dhi, dlo := hi^load8(dd), lo^load4(dd[8:])
	x := lo ^ fourZeros // digits 9–12, 0 where a digit is '0'
	if x > 0xff {       // digits 10–12 not all '0': a village-level code
		return dhi == 0 && dlo == 0
	}
	// Above the village level the first six digits are three segments of
	// two, and digits 7–9 are the township's. The prefix ends with the pair
	// of digits holding c's last non-zero digit; a non-zero ninth digit is
	// counted in the pair of digits 7–8, since their segment takes it in.
	// Shifting the first word left by 16 bits for each pair of digits past
	// the prefix drops what may differ (the leading zeros of c's non-zero
	// digits, rounded down to whole pairs). Digit 9 must agree when nothing
	// is dropped, that is when the township's pair ends the prefix.
	shift := uint(bits.LeadingZeros64(hi^eightZeros|uint64(x)<<56)) & 48
	return dhi<<shift|uint64(dlo&0xff)>>shift == 0
}

const (
	eightZeros = 0x3030303030303030 // "00000000" as a little-endian word
	fourZeros  = 0x30303030
)

// load8 and load4 read the first bytes of s as a little-endian word; the
// compiler turns them into single loads.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load4(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// Kind returns what the code's segments say the unit is (RULES.md §1):
//
//   - county segment: 01–20 市辖区 (KindDistrict), 21–70 县 (KindCounty),
//     71–80 开发区/园区 (KindZone), 81–99 县级市 (KindCountyCity);
//   - township segment: 001–099 街道 (KindStreet), 100–199 镇 (KindTown),
//     200–299 乡 (KindTownship), 400–599 other township-level units
//     (KindOtherTownship);
//   - village segment: 001–199 居委会 (KindCommunity), 200–399 村委会
//     (KindVillage).
//
// A grid code is KindGrid; whether a grid is exclusive (专属网格) is recorded
// on its Unit. A code outside the ranges is KindUnknown.
func (c Code) Kind() UnitKind {
	s := string(c)
	switch c.Level() {
	case LevelProvince:
		return KindProvince
	case LevelCity:
		return KindCity
	case LevelCounty:
		return countyKind(segment(s, 4, 6))
	case LevelStreet:
		return townshipKind(segment(s, 6, 9))
	case LevelCommunity:
		return villageKind(segment(s, 9, 12))
	case LevelGrid:
		return KindGrid
	}
	return KindUnknown
}

func countyKind(n int) UnitKind {
	switch {
	case n >= 1 && n <= 20:
		return KindDistrict
	case n >= 21 && n <= 70:
		return KindCounty
	case n >= 71 && n <= 80:
		return KindZone
	case n >= 81 && n <= 99:
		return KindCountyCity
	}
	return KindUnknown
}

func townshipKind(n int) UnitKind {
	switch {
	case n >= 1 && n <= 99:
		return KindStreet
	case n >= 100 && n <= 199:
		return KindTown
	case n >= 200 && n <= 299:
		return KindTownship
	case n >= 400 && n <= 599:
		return KindOtherTownship
	}
	return KindUnknown
}

func villageKind(n int) UnitKind {
	switch {
	case n >= 1 && n <= 199:
		return KindCommunity
	case n >= 200 && n <= 399:
		return KindVillage
	}
	return KindUnknown
}

// IsValid reports whether c is a well-formed canonical code: what ParseCode
// returns.
func (c Code) IsValid() bool {
	if len(c) != 12 && len(c) != 15 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	_, reason := checkSegments(string(c))
	return reason == ""
}

// String returns the code as it is (canonical for a code from ParseCode).
func (c Code) String() string { return string(c) }

// Compare returns -1, 0 or +1 as c sorts before, equal to or after d. For
// canonical codes this is the order of the hierarchy (see Code).
func (c Code) Compare(d Code) int {
	switch {
	case c < d:
		return -1
	case c > d:
		return 1
	}
	return 0
}

// AppendText implements encoding.TextAppender: it appends the canonical
// code, nothing for the empty Code, and fails for a malformed one, which
// could not be read back.
func (c Code) AppendText(b []byte) ([]byte, error) {
	if c != "" && !c.IsValid() {
		return b, &CodeError{Value: string(c), Reason: "cannot marshal a malformed code"}
	}
	return append(b, c...), nil
}

// MarshalText returns the canonical code (see AppendText).
func (c Code) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText parses any form ParseCode accepts and stores the canonical
// one; empty text is the empty Code. On error c is unchanged.
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

// GridCode returns the code of grid seq (1–999) of a community: the
// community's 12 digits followed by the sequence in three.
func GridCode(community Code, seq int) (Code, error) {
	if community.Level() != LevelCommunity || !community.IsValid() {
		return "", &CodeError{Value: string(community), Segment: "village", Reason: "is not a community's: a grid belongs to a community"}
	}
	if seq < 1 || seq > 999 {
		return "", &CodeError{Value: string(community) + "+" + strconv.Itoa(seq), Segment: "grid", Reason: "is outside 001–999"}
	}
	digits := [3]byte{byte('0' + seq/100), byte('0' + seq/10%10), byte('0' + seq%10)}
	return community + Code(digits[:]), nil
}
