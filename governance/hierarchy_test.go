package governance_test

import (
	"encoding/json"
	"errors"
	"runtime"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
	"github.com/jiceng/jiceng/internal/testkit"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

// exampleStreet returns a street with two communities and three grids,
// added out of code order.
func exampleStreet(t testing.TB) *governance.Hierarchy {
	t.Helper()
	h, err := governance.NewHierarchy(governance.Unit{Code: "120101001000", Name: "劝业场街道"})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []governance.Unit{
		{Code: "120101001002", Name: "新兴社区", Households: 700},
		{Code: "120101001001", Name: "福明社区", Households: 800, Residents: 2000},
		{Code: "120101001001002", Name: "第2网格", Households: 420, Residents: 1100},
		{Code: "120101001002001", Name: "第1网格", Households: 700, Residents: 1800},
		{Code: "120101001001001", Name: "第1网格", Households: 380, Residents: 990},
		{Code: "120101001001003", Name: "第3专属网格", Kind: governance.KindExclusiveGrid},
	} {
		if err := h.Add(u); err != nil {
			t.Fatal(err)
		}
	}
	return h
}

func codes(units func(func(governance.Unit) bool)) []governance.Code {
	var out []governance.Code
	for u := range units {
		out = append(out, u.Code)
	}
	return out
}

// problemCodes returns the code and path of every problem in err.
func problemCodes(err error) []string {
	var ps governance.Problems
	if !errors.As(err, &ps) {
		return []string{"not Problems: " + err.Error()}
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Code + " @ " + p.Path
	}
	return out
}

func TestHierarchyAdd(t *testing.T) {
	for _, tc := range []struct {
		name string
		unit governance.Unit
		want []string // problem codes and paths; none when accepted
	}{
		{"community", governance.Unit{Code: "120101001003", Name: "三社区"}, nil},
		{"village under a street", governance.Unit{Code: "120101001200", Name: "村", Kind: governance.KindVillage}, nil},
		{"exclusive grid", governance.Unit{Code: "120101001001004", Name: "学校网格", Kind: governance.KindExclusiveGrid}, nil},
		{"comprehensive grid named", governance.Unit{Code: "120101001001004", Name: "网格", Kind: governance.KindGrid}, nil},
		{"malformed code", governance.Unit{Code: "120101001x01"},
			[]string{"governance.unit.code_invalid @ units[120101001x01].code"}},
		{"short code", governance.Unit{Code: "120101001"},
			[]string{"governance.unit.code_invalid @ units[120101001].code"}},
		{"duplicate", governance.Unit{Code: "120101001001", Name: "again"},
			[]string{"governance.unit.duplicate @ units[120101001001].code"}},
		{"the root again", governance.Unit{Code: "120101001000"},
			[]string{"governance.unit.duplicate @ units[120101001000].code"}},
		{"another street", governance.Unit{Code: "120101002001"},
			[]string{"governance.unit.outside_root @ units[120101002001].code"}},
		{"above the root", governance.Unit{Code: "120101000000"},
			[]string{"governance.unit.outside_root @ units[120101000000].code"}},
		{"parent missing", governance.Unit{Code: "120101001003001"},
			[]string{"governance.unit.parent_missing @ units[120101001003001].code"}},
		{"kind against the code", governance.Unit{Code: "120101001003", Kind: governance.KindVillage},
			[]string{"governance.unit.kind_mismatch @ units[120101001003].kind"}},
		{"grid as a community", governance.Unit{Code: "120101001001004", Kind: governance.KindCommunity},
			[]string{"governance.unit.kind_mismatch @ units[120101001001004].kind"}},
		{"every reason at once", governance.Unit{Code: "120101001001", Kind: governance.KindStreet},
			[]string{"governance.unit.duplicate @ units[120101001001].code", "governance.unit.kind_mismatch @ units[120101001001].kind"}},
		{"outside and orphaned", governance.Unit{Code: "130101001001001", Kind: governance.KindVillage},
			[]string{"governance.unit.outside_root @ units[130101001001001].code", "governance.unit.kind_mismatch @ units[130101001001001].kind"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := exampleStreet(t)
			before := slices.Collect(h.Units())
			err := h.Add(tc.unit)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("Add: %v", err)
				}
				got, ok := h.Unit(tc.unit.Code)
				if !ok || got.Kind != tc.unit.Code.Kind() && got.Kind != tc.unit.Kind {
					t.Errorf("Unit(%s) = %+v, %t", tc.unit.Code, got, ok)
				}
				if h.Len() != len(before)+1 {
					t.Errorf("Len() = %d after adding to %d", h.Len(), len(before))
				}
				return
			}
			if diff := cmp.Diff(tc.want, problemCodes(err)); diff != "" {
				t.Errorf("Add problems (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, slices.Collect(h.Units())); diff != "" {
				t.Errorf("a refused Add changed the hierarchy (-before +after):\n%s", diff)
			}
		})
	}
}

func TestHierarchyEmpty(t *testing.T) {
	for name, h := range map[string]*governance.Hierarchy{"nil": nil, "zero": {}} {
		err := h.Add(governance.Unit{Code: "120101001001"})
		if diff := cmp.Diff([]string{"governance.hierarchy.no_root @ units[120101001001].code"}, problemCodes(err)); diff != "" {
			t.Errorf("%s: Add (-want +got):\n%s", name, diff)
		}
		if h.Len() != 0 || h.Has("120101001001") || len(codes(h.Units())) != 0 || len(h.Validate()) != 0 {
			t.Errorf("%s hierarchy is not empty", name)
		}
		if _, ok := h.Unit("120101001001"); ok {
			t.Errorf("%s hierarchy has a unit", name)
		}
		if hs, rs := h.Figures("120101001001"); hs != 0 || rs != 0 {
			t.Errorf("%s hierarchy has figures", name)
		}
	}
	for _, tc := range []struct {
		root governance.Unit
		want []string
	}{
		{governance.Unit{Code: "1201"}, []string{"governance.unit.code_invalid @ units[1201].code"}},
		{governance.Unit{Code: "120100000000", Kind: governance.KindDistrict}, []string{"governance.unit.kind_mismatch @ units[120100000000].kind"}},
	} {
		h, err := governance.NewHierarchy(tc.root)
		if h != nil {
			t.Errorf("NewHierarchy(%+v) returned a hierarchy", tc.root)
		}
		if diff := cmp.Diff(tc.want, problemCodes(err)); diff != "" {
			t.Errorf("NewHierarchy(%+v) (-want +got):\n%s", tc.root, diff)
		}
	}
}

func TestHierarchyNavigation(t *testing.T) {
	h := exampleStreet(t)
	root := governance.Code("120101001000")
	for _, tc := range []struct {
		name string
		got  []governance.Code
		want []governance.Code
	}{
		{"children of the street in code order", codes(h.Children(root)), []governance.Code{"120101001001", "120101001002"}},
		{"children of a community in code order", codes(h.Children("120101001001")), []governance.Code{"120101001001001", "120101001001002", "120101001001003"}},
		{"children of a grid", codes(h.Children("120101001001001")), nil},
		{"children of an unknown code", codes(h.Children("120101001009")), nil},
		{"descendants in pre-order", codes(h.Descendants(root)), []governance.Code{
			"120101001001", "120101001001001", "120101001001002", "120101001001003",
			"120101001002", "120101001002001"}},
		{"descendants of a community", codes(h.Descendants("120101001002")), []governance.Code{"120101001002001"}},
		{"descendants of an unknown code", codes(h.Descendants("9")), nil},
		{"units, root first", codes(h.Units()), []governance.Code{
			"120101001000", "120101001001", "120101001001001", "120101001001002", "120101001001003",
			"120101001002", "120101001002001"}},
		{"grids", codes(h.AtLevel(governance.LevelGrid)), []governance.Code{"120101001001001", "120101001001002", "120101001001003", "120101001002001"}},
		{"streets", codes(h.AtLevel(governance.LevelStreet)), []governance.Code{"120101001000"}},
		{"cities", codes(h.AtLevel(governance.LevelCity)), nil},
	} {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	if h.Len() != 7 {
		t.Errorf("Len() = %d, want 7", h.Len())
	}
	if got := h.Root(); got.Code != root || got.Kind != governance.KindStreet {
		t.Errorf("Root() = %+v", got)
	}
	if p, ok := h.Parent("120101001001003"); !ok || p.Code != "120101001001" {
		t.Errorf("Parent(grid) = %+v, %t", p, ok)
	}
	if _, ok := h.Parent(root); ok {
		t.Error("the root has a parent")
	}
	u, ok := h.Unit("120101001001003")
	if diff := cmp.Diff(governance.Unit{Code: "120101001001003", Name: "第3专属网格", Kind: governance.KindExclusiveGrid}, u); !ok || diff != "" {
		t.Errorf("Unit (-want +got):\n%s", diff)
	}
	if got := u.Level(); got != governance.LevelGrid {
		t.Errorf("Level() = %s", got)
	}
	// Stopping early stops the walk.
	var first []governance.Code
	for u := range h.Descendants(root) {
		first = append(first, u.Code)
		if len(first) == 2 {
			break
		}
	}
	if diff := cmp.Diff([]governance.Code{"120101001001", "120101001001001"}, first); diff != "" {
		t.Errorf("stopped walk (-want +got):\n%s", diff)
	}
}

func TestHierarchyFigures(t *testing.T) {
	h := exampleStreet(t)
	for _, tc := range []struct {
		code                  governance.Code
		households, residents int
	}{
		{"120101001001001", 380, 990},
		{"120101001001003", 0, 0},
		{"120101001001", 800, 2000},  // recorded on the community
		{"120101001002", 700, 1800},  // households recorded, residents from the grid
		{"120101001000", 1500, 3800}, // nothing recorded: the communities' figures
		{"120101001009", 0, 0},       // unknown
	} {
		hs, rs := h.Figures(tc.code)
		if hs != tc.households || rs != tc.residents {
			t.Errorf("Figures(%s) = %d, %d; want %d, %d", tc.code, hs, rs, tc.households, tc.residents)
		}
	}
}

func TestHierarchyValidate(t *testing.T) {
	h := exampleStreet(t)
	for _, u := range []governance.Unit{
		{Code: "120101001003", Households: -5},
		{Code: "120101001003001", Name: "第1网格", Residents: -1},
		{Code: "120101001004", Name: "空社区", Households: 300},
		{Code: "120101001004001", Name: "第1网格", Households: 120},
		{Code: "120101001004002", Name: "第2网格"},
	} {
		if err := h.Add(u); err != nil {
			t.Fatal(err)
		}
	}
	ps := h.Validate()
	want := governance.Problems{
		// 380 + 420 on the grids against 800 recorded: no mismatch there
		governance.Errorf("governance.unit.figure_negative", "units[120101001003].households", "120101001003", -5),
		governance.Errorf("governance.unit.name_empty", "units[120101001003].name", "120101001003"),
		governance.Errorf("governance.unit.figure_negative", "units[120101001003001].residents", "120101001003001", -1),
		governance.Warnf("governance.unit.households_mismatch", "units[120101001004].households", "120101001004", 300, 120),
	}
	if diff := cmp.Diff(want, ps); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	if ps.Err() == nil {
		t.Error("Err() = nil with errors present")
	}

	// A community whose grids add up, or that records nothing, or whose grids
	// record nothing, is not reported; a mismatch alone is only a warning.
	ok := exampleStreet(t)
	if ps := ok.Validate(); len(ps) != 0 {
		t.Errorf("Validate() = %v", ps)
	}
	warn, _ := governance.NewHierarchy(governance.Unit{Code: "120101001001", Name: "社区", Households: 500})
	_ = warn.Add(governance.Unit{Code: "120101001001001", Name: "第1网格", Households: 400})
	ps = warn.Validate()
	if diff := cmp.Diff([]string{"governance.unit.households_mismatch @ units[120101001001].households"}, problemCodes(ps)); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	if ps.Err() != nil {
		t.Errorf("Err() = %v with only a warning", ps.Err())
	}
	if diff := cmp.Diff([]string{"units[120101001001].households: community 120101001001 records 500 households but its grids add up to 400"}, ps.Messages(language.English)); diff != "" {
		t.Errorf("message (-want +got):\n%s", diff)
	}
}

func TestHierarchyJSON(t *testing.T) {
	h := exampleStreet(t)
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"units":[` +
		`{"code":"120101001000","name":"劝业场街道","kind":"street"},` +
		`{"code":"120101001001","name":"福明社区","kind":"community","households":800,"residents":2000},` +
		`{"code":"120101001001001","name":"第1网格","kind":"grid","households":380,"residents":990},` +
		`{"code":"120101001001002","name":"第2网格","kind":"grid","households":420,"residents":1100},` +
		`{"code":"120101001001003","name":"第3专属网格","kind":"exclusive_grid"},` +
		`{"code":"120101001002","name":"新兴社区","kind":"community","households":700},` +
		`{"code":"120101001002001","name":"第1网格","kind":"grid","households":700,"residents":1800}]}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("MarshalJSON (-want +got):\n%s", diff)
	}
	var back governance.Hierarchy
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(h, &back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(slices.Collect(h.Units()), slices.Collect(back.Units())); diff != "" {
		t.Errorf("round trip units (-want +got):\n%s", diff)
	}

	// Short codes and missing kinds are read as Add reads them.
	var short governance.Hierarchy
	if err := json.Unmarshal([]byte(`{"units":[{"code":"120101001","name":"街道"},{"code":"120101001001","name":"社区"}]}`), &short); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]governance.Code{"120101001000", "120101001001"}, codes(short.Units())); diff != "" {
		t.Errorf("short codes (-want +got):\n%s", diff)
	}
}

func TestHierarchyUnmarshalJSONErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // problem codes, or the error's text when not Problems
	}{
		{"not JSON", `{"units":[`, []string{"not Problems: unexpected end of JSON input"}},
		{"no units", `{"units":[]}`, []string{"not Problems: governance: hierarchy: no units"}},
		{"no field", `{}`, []string{"not Problems: governance: hierarchy: no units"}},
		{"bad kind", `{"units":[{"code":"120101001","kind":"castle"}]}`, []string{`not Problems: unit kind: unknown token "castle"`}},
		{"bad root", `{"units":[{"code":"120101300","name":"x"}]}`, []string{`not Problems: governance: parsing division code "120101300": township segment is outside 001–299 and 400–599`}},
		{"child before parent", `{"units":[{"code":"120101001000","name":"s"},{"code":"120101001001001","name":"g"},{"code":"120101001001","name":"c"}]}`,
			[]string{"governance.unit.parent_missing @ units[120101001001001].code"}},
		{"every problem", `{"units":[{"code":"120101001000","name":"s"},{"code":"120101001001","name":"c"},{"code":"120101001001","name":"c"},{"code":"120101002001","name":"o"},{"code":"120101001001001","kind":"village"}]}`,
			[]string{
				"governance.unit.duplicate @ units[120101001001].code",
				"governance.unit.kind_mismatch @ units[120101001001001].kind",
				"governance.unit.outside_root @ units[120101002001].code",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := exampleStreet(t)
			before := exampleStreet(t)
			err := json.Unmarshal([]byte(tc.in), h)
			if err == nil {
				t.Fatal("accepted")
			}
			if diff := cmp.Diff(tc.want, problemCodes(err)); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, h); diff != "" {
				t.Errorf("a refused UnmarshalJSON changed the hierarchy (-want +got):\n%s", diff)
			}
		})
	}
	h := exampleStreet(t)
	if err := h.UnmarshalJSON([]byte("null")); err != nil || !h.Equal(exampleStreet(t)) {
		t.Errorf("UnmarshalJSON(null) = %v and changed the hierarchy", err)
	}
}

func TestHierarchyEqual(t *testing.T) {
	a := exampleStreet(t)
	b := exampleStreet(t)
	if !a.Equal(b) {
		t.Error("equal hierarchies differ")
	}
	_ = b.Add(governance.Unit{Code: "120101001003", Name: "三"})
	if a.Equal(b) || b.Equal(a) {
		t.Error("hierarchies of different sizes are equal")
	}
	c, _ := governance.NewHierarchy(governance.Unit{Code: "120101001000", Name: "劝业场街道"})
	d, _ := governance.NewHierarchy(governance.Unit{Code: "120101001000", Name: "劝业场"})
	if c.Equal(d) {
		t.Error("hierarchies with different names are equal")
	}
	var none *governance.Hierarchy
	if !none.Equal(&governance.Hierarchy{}) || none.Equal(a) {
		t.Error("empty hierarchies compare wrongly")
	}
}

// model is the hierarchy as a plain map from code to unit, the reference
// the properties check against.
type model map[governance.Code]governance.Unit

func (m model) figures(c governance.Code) (int, int) {
	u := m[c]
	var hs, rs int
	for _, k := range m {
		if k.Code.Parent() == c {
			a, b := m.figures(k.Code)
			hs += a
			rs += b
		}
	}
	if u.Households != 0 {
		hs = u.Households
	}
	if u.Residents != 0 {
		rs = u.Residents
	}
	return hs, rs
}

func TestHierarchyProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := testkit.Hierarchy(40).Draw(t, "h")
		root := h.Root().Code
		units := slices.Collect(h.Units())
		m := make(model)
		for _, u := range units {
			m[u.Code] = u
		}
		if len(m) != h.Len() || len(units) != h.Len() {
			t.Fatalf("%d units, %d distinct, Len %d", len(units), len(m), h.Len())
		}
		// Pre-order is code order, and every unit lies under the root.
		sorted := slices.SortedFunc(slices.Values(codes(h.Units())), governance.Code.Compare)
		if diff := cmp.Diff(sorted, codes(h.Units())); diff != "" {
			t.Fatalf("units not in code order (-sorted +got):\n%s", diff)
		}
		for _, u := range units[1:] {
			if !root.Contains(u.Code) {
				t.Fatalf("%s outside the root %s", u.Code, root)
			}
			p, ok := h.Parent(u.Code)
			if !ok || p.Code != u.Code.Parent() || p.Level().Child() != u.Level() {
				t.Fatalf("Parent(%s) = %s, %t", u.Code, p.Code, ok)
			}
			if !slices.Contains(codes(h.Children(p.Code)), u.Code) {
				t.Fatalf("%s is not among the children of %s", u.Code, p.Code)
			}
		}
		// Descendants are exactly the units the code contains.
		for _, u := range units {
			var want []governance.Code
			for _, v := range units {
				if v.Code != u.Code && u.Code.Contains(v.Code) {
					want = append(want, v.Code)
				}
			}
			if diff := cmp.Diff(want, codes(h.Descendants(u.Code))); diff != "" {
				t.Fatalf("Descendants(%s) (-want +got):\n%s", u.Code, diff)
			}
			hs, rs := h.Figures(u.Code)
			if whs, wrs := m.figures(u.Code); hs != whs || rs != wrs {
				t.Fatalf("Figures(%s) = %d, %d; want %d, %d", u.Code, hs, rs, whs, wrs)
			}
		}
		// Any parent-first order of adding gives the same hierarchy.
		order := rapid.Permutation(units[1:]).Draw(t, "order")
		slices.SortStableFunc(order, func(a, b governance.Unit) int { return int(a.Level()) - int(b.Level()) })
		again, err := governance.NewHierarchy(units[0])
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range order {
			if err := again.Add(u); err != nil {
				t.Fatal(err)
			}
		}
		if !again.Equal(h) {
			t.Fatalf("adding in another order gave %v", codes(again.Units()))
		}
		// JSON round-trips.
		b, err := json.Marshal(h)
		if err != nil {
			t.Fatal(err)
		}
		var back governance.Hierarchy
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(units, slices.Collect(back.Units())); diff != "" {
			t.Fatalf("JSON round trip (-want +got):\n%s", diff)
		}
	})
}

func FuzzHierarchyUnmarshalJSON(f *testing.F) {
	b, err := json.Marshal(exampleStreet(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"units":[{"code":"12","name":"省"},{"code":"1201","name":"市"},{"code":"120101","kind":"district"}]}`))
	f.Add([]byte(`{"units":[{"code":"120101001000"},{"code":"120101001001001"}]}`))
	f.Add([]byte(`{"units":[]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, in []byte) {
		h := exampleStreet(t)
		err := json.Unmarshal(in, h)
		if err != nil {
			if !h.Equal(exampleStreet(t)) {
				t.Fatalf("refused %q but changed the hierarchy", in)
			}
			return
		}
		out, err := json.Marshal(h)
		if err != nil {
			t.Fatalf("accepted %q but cannot marshal it: %v", in, err)
		}
		var back governance.Hierarchy
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("cannot read back %s: %v", out, err)
		}
		if !back.Equal(h) {
			t.Fatalf("%q → %s → %v", in, out, codes(back.Units()))
		}
		again, _ := json.Marshal(&back)
		if string(again) != string(out) {
			t.Fatalf("marshalling is not stable:\n%s\n%s", out, again)
		}
	})
}

// BenchmarkHierarchyBuild generates and builds the benchmark province —
// 9 cities, 70 counties, 1,000 streets, 12,000 communities, 70,000 grids —
// in every iteration: codes, names and figures included.
func BenchmarkHierarchyBuild(b *testing.B) {
	units := float64(synth.Bench.Units())
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		n += synth.Province(1, synth.Bench).Len()
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/units, "B/unit")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/units, "ns/unit")
	if n != b.N*synth.Bench.Units() {
		b.Fatalf("built %d units", n)
	}
}

func BenchmarkHierarchyValidate(b *testing.B) {
	h := synth.Province(1, synth.Bench)
	b.ReportAllocs()
	for b.Loop() {
		if ps := h.Validate(); len(ps) != 0 {
			b.Fatal(ps[0])
		}
	}
}

func BenchmarkHierarchyDescendants(b *testing.B) {
	h := synth.Province(1, synth.Bench)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for range h.Descendants(synth.ProvinceCode) {
			n++
		}
		if n != synth.Bench.Units()-1 {
			b.Fatalf("%d descendants", n)
		}
	}
}

func BenchmarkHierarchyUnit(b *testing.B) {
	h := synth.Province(1, synth.Bench)
	grids := codes(h.AtLevel(governance.LevelGrid))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, ok := h.Unit(grids[i%len(grids)]); !ok {
			b.Fatal("missing")
		}
	}
}
