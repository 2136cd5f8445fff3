package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/jiceng/jiceng/governance"
)

// The figures a generated grid records (illustrative, after RULES.md §6:
// urban comprehensive grids of 300–500 households, rural grids of about 300,
// and about 2.6 residents a household).
const (
	urbanHouseholdsMin = 300
	urbanHouseholdsMax = 500
	ruralHouseholdsMin = 200
	ruralHouseholdsMax = 400
	residentsPer100Min = 230 // residents per 100 households
	residentsPer100Max = 290
	exclusiveOneIn     = 20 // an urban community's grids after its first two are exclusive one time in this many
)

// ProvinceCode is the code of every generated province.
const ProvinceCode governance.Code = "220000000000"

// Province returns a synthetic province of scale s drawn from seed: the
// province (ProvinceCode, 示范省), its cities, counties, streets,
// communities and grids, every unit named, each level's count spread
// unevenly but exactly over the level above. City districts hold mostly
// streets and urban communities; counties and county-level cities mostly
// towns and townships with villages. Grids record households and residents
// (exclusive grids, 专属网格, none); communities record the sums of their
// grids, so the province validates without a problem; units above record
// nothing and take their figures from below (Hierarchy.Figures).
//
// Units are added in code order after one Grow, the way a bulk import
// would. Province panics when the scale cannot be laid out: a level with
// fewer units than the level above, or more than the code's segments allow
// under one parent (99 counties a city, 499 streets a county, 399
// communities a street, 999 grids a community).
func Province(seed uint64, s Scale) *governance.Hierarchy {
	r := NewRand(seed, StreamHierarchy)
	b := &builder{
		r:           r,
		counties:    spread(r, "counties", s.Counties, s.Cities, 99),
		streets:     spread(r, "streets", s.Streets, s.Counties, 499),
		communities: spread(r, "communities", s.Communities, s.Streets, 399),
		grids:       spread(r, "grids", s.Grids, s.Communities, 999),
	}
	b.makeGridNames()
	b.codes.Grow(15 * s.Units())
	h, err := governance.NewHierarchy(governance.Unit{Code: ProvinceCode, Name: "示范省"})
	if err != nil {
		panic(err)
	}
	h.Grow(s.Units() - 1)
	b.h = h
	for i := range s.Cities {
		b.city(i + 1)
	}
	return h
}

// builder holds the generator and the cursors of one Province call. Each
// level's counts are in the code order of the level above, which is the
// order the builder visits it in.
type builder struct {
	r     *rand.Rand
	h     *governance.Hierarchy
	codes strings.Builder // every code's digits, back to back; a code is a slice of them

	counties, streets, communities, grids []int32 // children per parent
	countyAt, streetAt, communityAt       int     // cursors into them

	gridNames, exclusiveNames []string   // 第N网格, 第N专属网格 by N, shared
	figures                   []gridFigs // scratch: one community's grids
}

type gridFigs struct {
	exclusive             bool
	households, residents int
}

// spread deals total units over parents, at least one and at most most
// each, the rest at random.
func spread(r *rand.Rand, what string, total, parents, most int) []int32 {
	if parents < 1 || total < parents || total > parents*most {
		panic(fmt.Sprintf("synth: cannot lay out %d %s over %d parents (1–%d each)", total, what, parents, most))
	}
	counts := make([]int32, parents)
	for i := range counts {
		counts[i] = 1
	}
	for range total - parents {
		for {
			p := r.IntN(parents)
			if counts[p] < int32(most) {
				counts[p]++
				break
			}
		}
	}
	return counts
}

// makeGridNames names grid sequences up to the largest community's once.
func (b *builder) makeGridNames() {
	most := int32(0)
	for _, n := range b.grids {
		most = max(most, n)
	}
	b.gridNames = make([]string, most+1)
	b.exclusiveNames = make([]string, most+1)
	for i := 1; i <= int(most); i++ {
		n := strconv.Itoa(i)
		b.gridNames[i] = "第" + n + "网格"
		b.exclusiveNames[i] = "第" + n + "专属网格"
	}
}

// code returns parent's code with the segment at digits [from, from+width)
// set to seg: a 12-digit code, or a 15-digit one for a grid (from 12).
// Codes are written one after another into one builder grown once, so
// that they share one allocation.
func (b *builder) code(parent governance.Code, from, width, seg int) governance.Code {
	at := b.codes.Len()
	b.codes.WriteString(string(parent[:from]))
	var digits [3]byte
	for i := width - 1; i >= 0; i-- {
		digits[i] = byte('0' + seg%10)
		seg /= 10
	}
	b.codes.Write(digits[:width])
	if end := from + width; end < 12 {
		b.codes.WriteString(zeros[:12-end])
	}
	return governance.Code(b.codes.String()[at:])
}

const zeros = "000000000000"

func (b *builder) add(u governance.Unit) {
	if err := b.h.Add(u); err != nil {
		panic(err)
	}
}

func (b *builder) city(seq int) {
	code := b.code(ProvinceCode, 2, 2, seq)
	b.add(governance.Unit{Code: code, Name: PlaceName(b.r, "市"), Kind: governance.KindCity})
	n := int(b.counties[seq-1])
	// About two in five city districts, one in six county-level cities, the
	// rest counties and, past fifty of them, development zones, then more
	// county-level cities: 99 in all fit in the county segment.
	districts := min(20, max(1, n*2/5))
	cities := min(19, n/6)
	counties := min(50, n-districts-cities)
	zones := min(10, n-districts-cities-counties)
	cities = n - districts - counties - zones
	b.run(code, 4, 2, districts, 1, governance.KindDistrict, b.county)
	b.run(code, 4, 2, counties, 21, governance.KindCounty, b.county)
	b.run(code, 4, 2, zones, 71, governance.KindZone, b.county)
	b.run(code, 4, 2, cities, 81, governance.KindCountyCity, b.county)
}

// run adds n units of one kind under parent, with segments first, first+1,
// …, each by visit.
func (b *builder) run(parent governance.Code, from, width, n, first int, kind governance.UnitKind, visit func(governance.Code, governance.UnitKind)) {
	for i := range n {
		visit(b.code(parent, from, width, first+i), kind)
	}
}

// suffix is the last part of the name of a unit of each kind.
var suffix = [...]string{
	governance.KindDistrict: "区", governance.KindCounty: "县",
	governance.KindZone: "开发区", governance.KindCountyCity: "市",
	governance.KindStreet: "街道", governance.KindTown: "镇",
	governance.KindTownship: "乡", governance.KindOtherTownship: "农场",
	governance.KindCommunity: "社区", governance.KindVillage: "村",
}

// streetShares are the chances, in percent, of a street, town, township or
// other township-level unit under each kind of county.
var streetShares = [...][4]int{
	governance.KindDistrict:   {80, 20, 0, 0},
	governance.KindCounty:     {20, 55, 25, 0},
	governance.KindCountyCity: {35, 50, 15, 0},
	governance.KindZone:       {50, 0, 0, 50},
}

var streetKinds = [4]struct {
	kind      governance.UnitKind
	first, to int
}{
	{governance.KindStreet, 1, 99},
	{governance.KindTown, 100, 199},
	{governance.KindTownship, 200, 299},
	{governance.KindOtherTownship, 400, 599},
}

func (b *builder) county(code governance.Code, kind governance.UnitKind) {
	b.add(governance.Unit{Code: code, Name: PlaceName(b.r, suffix[kind]), Kind: kind})
	n := int(b.streets[b.countyAt])
	b.countyAt++
	var per [4]int
	deal(b.r, n, streetShares[kind], &per, func(k int) int { return streetKinds[k].to - streetKinds[k].first + 1 })
	for k, sk := range streetKinds {
		b.run(code, 6, 3, per[k], sk.first, sk.kind, b.township)
	}
}

// deal splits n between kinds by shares (percent), sending a unit whose
// kind is full to the next kind with room.
func deal(r *rand.Rand, n int, shares [4]int, per *[4]int, room func(int) int) {
	for range n {
		x, k := r.IntN(100), 0
		for k < 3 && x >= shares[k] {
			x -= shares[k]
			k++
		}
		for per[k] >= room(k) {
			k = (k + 1) % 4
		}
		per[k]++
	}
}

// villageShare is the chance, in percent, that a unit at the village level
// under each kind of township is a village rather than an urban community.
var villageShare = [...]int{
	governance.KindStreet:        10,
	governance.KindTown:          75,
	governance.KindTownship:      100,
	governance.KindOtherTownship: 50,
}

func (b *builder) township(code governance.Code, kind governance.UnitKind) {
	b.add(governance.Unit{Code: code, Name: PlaceName(b.r, suffix[kind]), Kind: kind})
	n := int(b.communities[b.streetAt])
	b.streetAt++
	villages := 0
	for range n {
		if b.r.IntN(100) < villageShare[kind] {
			villages++
		}
	}
	// 199 urban communities and 200 villages fit under one township.
	villages = max(min(villages, 200), n-199)
	b.run(code, 9, 3, n-villages, 1, governance.KindCommunity, b.village)
	b.run(code, 9, 3, villages, 200, governance.KindVillage, b.village)
}

// village adds a community or village and its grids; it records the sums of
// its grids' figures.
func (b *builder) village(code governance.Code, kind governance.UnitKind) {
	n := int(b.grids[b.communityAt])
	b.communityAt++
	rural := kind == governance.KindVillage
	b.figures = b.figures[:0]
	var households, residents int
	for i := range n {
		f := gridFigs{exclusive: !rural && i >= 2 && b.r.IntN(exclusiveOneIn) == 0}
		if !f.exclusive {
			lo, hi := urbanHouseholdsMin, urbanHouseholdsMax
			if rural {
				lo, hi = ruralHouseholdsMin, ruralHouseholdsMax
			}
			f.households = lo + b.r.IntN(hi-lo+1)
			f.residents = f.households * (residentsPer100Min + b.r.IntN(residentsPer100Max-residentsPer100Min+1)) / 100
		}
		households += f.households
		residents += f.residents
		b.figures = append(b.figures, f)
	}
	b.add(governance.Unit{Code: code, Name: PlaceName(b.r, suffix[kind]), Kind: kind, Households: households, Residents: residents})
	for i, f := range b.figures {
		u := governance.Unit{Code: b.code(code, 12, 3, i+1), Name: b.gridNames[i+1], Kind: governance.KindGrid, Households: f.households, Residents: f.residents}
		if f.exclusive {
			u.Kind, u.Name = governance.KindExclusiveGrid, b.exclusiveNames[i+1]
		}
		b.add(u)
	}
}
