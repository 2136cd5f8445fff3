// Package synth builds deterministic synthetic models of a province —
// cities, counties, streets, communities and grids with names, households
// and residents — for benchmarks, examples and tests. Nothing in it is real
// data: the shapes follow the source reports (grids of about 300–500
// households, about 2.6 residents a household, rural villages under towns
// and townships), the numbers come from a seeded generator.
//
// Every function takes a seed and is a pure function of its arguments: the
// same seed and scale give the same model on every machine and every run.
// There is no package state; each call makes its own *rand.Rand (math/rand/v2
// PCG) with NewRand.
//
// The model is a *governance.Hierarchy, so code that adds to it — posts and
// people, party organisations — takes the hierarchy and walks it with
// Units, AtLevel or Descendants, drawing from NewRand(seed, stream) with a
// stream of its own so that it never disturbs the numbers drawn here.
package synth

import (
	"math/rand/v2"
)

// Scale is the size of a synthetic province: how many units it has at each
// level below the province. Every parent gets at least one child, so each
// count must be at least the one above it.
type Scale struct {
	Cities      int // 地级: prefecture-level cities
	Counties    int // 县级: districts, counties, county-level cities, zones
	Streets     int // 乡级: streets, towns, townships
	Communities int // 村级: urban communities and villages
	Grids       int // 网格: comprehensive and exclusive grids
}

// Units returns the number of units of a province of this scale, the
// province itself included.
func (s Scale) Units() int { return 1 + s.Cities + s.Counties + s.Streets + s.Communities + s.Grids }

// Named scales. Treat them as constants.
var (
	// Jilin is about the size of Jilin province as the source reports
	// describe it: 9 cities, 60 counties, about 1,000 streets, 12,000
	// communities and 69,000 grids (report; rounded).
	Jilin = Scale{Cities: 9, Counties: 60, Streets: 1000, Communities: 12000, Grids: 69000}

	// Bench is the province of the governance benchmarks, the size their
	// targets are stated for: 9 cities, 70 counties, 1,000 streets, 12,000
	// communities, 70,000 grids.
	Bench = Scale{Cities: 9, Counties: 70, Streets: 1000, Communities: 12000, Grids: 70000}

	// Small is a province small enough to print: one city, two counties,
	// four streets, twelve communities, sixty grids.
	Small = Scale{Cities: 1, Counties: 2, Streets: 4, Communities: 12, Grids: 60}
)

// Streams of the generator, one per purpose, so that adding a purpose never
// changes what another draws. Other files of the package take streams from
// StreamUser upwards.
const (
	StreamHierarchy uint64 = 1
	StreamUser      uint64 = 16
)

// NewRand returns the generator for a seed and a stream (see StreamUser).
func NewRand(seed, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream))
}

// syllables make place names: two of them and a suffix (长兴街道, 新丰村).
var syllables = []string{
	"长", "春", "吉", "林", "松", "原", "白", "山", "通", "化", "辽", "源", "四", "平",
	"延", "安", "和", "兴", "隆", "东", "西", "南", "北", "新", "丰", "永", "宁", "富",
	"华", "明", "光", "红", "旗", "胜", "利", "建", "设", "友", "谊", "民", "主", "幸",
	"福", "青", "年", "朝", "阳", "双", "德", "惠", "榆", "树", "桦", "甸", "蛟", "河",
	"舒", "兰", "磐", "石", "梨", "伊", "江", "湖", "泉", "城", "家", "屯", "岭", "沟",
}

// PlaceName returns a place name of two syllables followed by suffix
// ("街道", "社区", "村").
func PlaceName(r *rand.Rand, suffix string) string {
	return syllables[r.IntN(len(syllables))] + syllables[r.IntN(len(syllables))] + suffix
}

var (
	surnames = []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "曾"}
	given    = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "玉兰", "志强", "海燕", "春梅", "国庆", "红", "文"}
)

// PersonName returns a person's name: a common surname and a given name of
// one or two characters.
func PersonName(r *rand.Rand) string {
	return surnames[r.IntN(len(surnames))] + given[r.IntN(len(given))]
}
