package governance_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"pgregory.net/rapid"
)

func TestParseCode(t *testing.T) {
	for _, tc := range []struct {
		in    string
		want  governance.Code
		level governance.Level
		kind  governance.UnitKind
	}{
		// every accepted length, canonicalised to 12 digits (15 for a grid)
		{"12", "120000000000", governance.LevelProvince, governance.KindProvince},
		{"1201", "120100000000", governance.LevelCity, governance.KindCity},
		{"120101", "120101000000", governance.LevelCounty, governance.KindDistrict},
		{"120101001", "120101001000", governance.LevelStreet, governance.KindStreet},
		{"120101001001", "120101001001", governance.LevelCommunity, governance.KindCommunity},
		{"120101001001001", "120101001001001", governance.LevelGrid, governance.KindGrid},
		{"120000000000", "120000000000", governance.LevelProvince, governance.KindProvince},
		{"120100", "120100000000", governance.LevelCity, governance.KindCity},
		// county segment: 01–20 市辖区, 21–70 县, 71–80 开发区, 81–99 县级市
		{"120101", "120101000000", governance.LevelCounty, governance.KindDistrict},
		{"120120", "120120000000", governance.LevelCounty, governance.KindDistrict},
		{"120121", "120121000000", governance.LevelCounty, governance.KindCounty},
		{"120170", "120170000000", governance.LevelCounty, governance.KindCounty},
		{"120171", "120171000000", governance.LevelCounty, governance.KindZone},
		{"120180", "120180000000", governance.LevelCounty, governance.KindZone},
		{"120181", "120181000000", governance.LevelCounty, governance.KindCountyCity},
		{"120199", "120199000000", governance.LevelCounty, governance.KindCountyCity},
		// township segment: 001–099 街道, 100–199 镇, 200–299 乡, 400–599 others
		{"120101001", "120101001000", governance.LevelStreet, governance.KindStreet},
		{"120101099", "120101099000", governance.LevelStreet, governance.KindStreet},
		{"120101100", "120101100000", governance.LevelStreet, governance.KindTown},
		{"120101199", "120101199000", governance.LevelStreet, governance.KindTown},
		{"120101200", "120101200000", governance.LevelStreet, governance.KindTownship},
		{"120101299", "120101299000", governance.LevelStreet, governance.KindTownship},
		{"120101400", "120101400000", governance.LevelStreet, governance.KindOtherTownship},
		{"120101599", "120101599000", governance.LevelStreet, governance.KindOtherTownship},
		// village segment: 001–199 居委会, 200–399 村委会
		{"120101001001", "120101001001", governance.LevelCommunity, governance.KindCommunity},
		{"120101001199", "120101001199", governance.LevelCommunity, governance.KindCommunity},
		{"120101001200", "120101001200", governance.LevelCommunity, governance.KindVillage},
		{"120101001399", "120101001399", governance.LevelCommunity, governance.KindVillage},
		// grid sequence 001–999
		{"120101001001999", "120101001001999", governance.LevelGrid, governance.KindGrid},
		{"220702100201001", "220702100201001", governance.LevelGrid, governance.KindGrid},
	} {
		got, err := governance.ParseCode(tc.in)
		if err != nil {
			t.Errorf("ParseCode(%q): %v", tc.in, err)
			continue
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ParseCode(%q) (-want +got):\n%s", tc.in, diff)
		}
		if l := got.Level(); l != tc.level {
			t.Errorf("%s.Level() = %s, want %s", got, l, tc.level)
		}
		if k := got.Kind(); k != tc.kind {
			t.Errorf("%s.Kind() = %s, want %s", got, k, tc.kind)
		}
		if k := got.Kind(); k.Level() != got.Level() {
			t.Errorf("%s: kind %s sits at %s, the code at %s", got, k, k.Level(), got.Level())
		}
	}
}

func TestParseCodeRejects(t *testing.T) {
	for _, tc := range []struct {
		in      string
		segment string // the CodeError's segment; "" for the whole string
	}{
		{"", ""},
		{"1", ""},
		{"120", ""},
		{"12010", ""},
		{"1201010", ""},
		{"12010100", ""},
		{"1201010010", ""},
		{"12010100100", ""},
		{"1201010010010", ""},
		{"12010100100100", ""},
		{"1201010010010011", ""},
		{"12010100100a", ""},
		{"12 101", ""},
		{"-12101", ""},
		{"１２", ""},
		// province segment 00
		{"00", "province"},
		{"000000000000", "province"},
		// a non-zero segment after a zero one
		{"120001", "city"},
		{"120000001000", "city"},
		{"120100001000", "county"},
		{"120101000001", "township"},
		{"120101000000001", "village"},
		// township segment outside 001–299 and 400–599, at every level below it
		{"120101300", "township"},
		{"120101399", "township"},
		{"120101600", "township"},
		{"120101999", "township"},
		{"120101350001", "township"},
		{"120101600001001", "township"},
		// village segment outside 001–399, at every level below it
		{"120101001400", "village"},
		{"120101001999", "village"},
		{"120101001450001", "village"},
		// a grid belongs to a community and has a sequence 001–999
		{"120101001000001", "village"},
		{"120101001001000", "grid"},
	} {
		got, err := governance.ParseCode(tc.in)
		var ce *governance.CodeError
		if !errors.As(err, &ce) {
			t.Errorf("ParseCode(%q) = %q, %v; want a *CodeError", tc.in, got, err)
			continue
		}
		if ce.Value != tc.in || ce.Segment != tc.segment {
			t.Errorf("ParseCode(%q): error %+v, want value %q and segment %q", tc.in, ce, tc.in, tc.segment)
		}
		if !strings.Contains(err.Error(), tc.in) {
			t.Errorf("ParseCode(%q): error %q does not name the value", tc.in, err)
		}
		if governance.Code(tc.in).IsValid() {
			t.Errorf("Code(%q).IsValid() = true", tc.in)
		}
	}
}

func TestCodeNavigation(t *testing.T) {
	const (
		grid      = governance.Code("120101001001002")
		community = governance.Code("120101001001")
		street    = governance.Code("120101001000")
		county    = governance.Code("120101000000")
		city      = governance.Code("120100000000")
		province  = governance.Code("120000000000")
	)
	t.Run("Parent", func(t *testing.T) {
		for _, tc := range []struct{ in, want governance.Code }{
			{grid, community},
			{community, street},
			{street, county},
			{county, city},
			{city, province},
			{province, ""},
			{"", ""},
			{"1201", ""},
			{"000000000000", ""},
		} {
			if got := tc.in.Parent(); got != tc.want {
				t.Errorf("%q.Parent() = %q, want %q", tc.in, got, tc.want)
			}
		}
	})
	t.Run("Ancestor", func(t *testing.T) {
		for _, tc := range []struct {
			in    governance.Code
			level governance.Level
			want  governance.Code
		}{
			{grid, governance.LevelGrid, grid},
			{grid, governance.LevelCommunity, community},
			{grid, governance.LevelStreet, street},
			{grid, governance.LevelCounty, county},
			{grid, governance.LevelCity, city},
			{grid, governance.LevelProvince, province},
			{street, governance.LevelStreet, street},
			{street, governance.LevelCity, city},
			{street, governance.LevelCommunity, ""},
			{street, governance.LevelUnknown, ""},
			{street, governance.Level(99), ""},
			{"", governance.LevelProvince, ""},
		} {
			if got := tc.in.Ancestor(tc.level); got != tc.want {
				t.Errorf("%q.Ancestor(%s) = %q, want %q", tc.in, tc.level, got, tc.want)
			}
		}
	})
	t.Run("Contains", func(t *testing.T) {
		for _, tc := range []struct {
			c, d governance.Code
			want bool
		}{
			{province, grid, true},
			{city, grid, true},
			{county, street, true},
			{street, community, true},
			{community, grid, true},
			{grid, grid, true},
			{street, street, true},
			{grid, community, false},
			{community, street, false},
			{street, "120101002001", false},
			{community, "120101001002001", false},
			{county, "120102001000", false},
			{province, "130101001001", false},
			{"", grid, false},
			{street, "", false},
			{street, "120101001", false},
			{"000000000000", grid, false},
			// a village segment ending in zeros: the whole segment counts
			{"120101001200", "120101001200001", true},
			{"120101001200", "120101002200001", false},
			{"120101001200", "120101001201001", false},
			{"120101100000", "120101101000", false},
			{"120110000000", "120111000000", false},
			{"120110000000", "120110001000", true},
			// segments of two digits ending in 0, and a township whose ninth digit is 0
			{"121000000000", "121100000000", false},
			{"121000000000", "121001000000", true},
			{"120101010000", "120101010001", true},
			{"120101010000", "120101011000", false},
			{"120101010000", "120101010000001", true},
			// a d of neither length is no code
			{street, "1201010010010", false},
			{street, "12010100100100", false},
		} {
			if got := tc.c.Contains(tc.d); got != tc.want {
				t.Errorf("%q.Contains(%q) = %t, want %t", tc.c, tc.d, got, tc.want)
			}
		}
	})
	t.Run("Level of malformed codes", func(t *testing.T) {
		for _, c := range []governance.Code{"", "12", "120101", "1201010010010", "000000000000"} {
			if l := c.Level(); l != governance.LevelUnknown {
				t.Errorf("%q.Level() = %s, want unknown", c, l)
			}
			if k := c.Kind(); k != governance.KindUnknown {
				t.Errorf("%q.Kind() = %s, want unknown", c, k)
			}
		}
	})
	t.Run("Compare", func(t *testing.T) {
		for _, tc := range []struct {
			a, b governance.Code
			want int
		}{
			{street, community, -1},
			{community, grid, -1},
			{grid, "120101001002", -1},
			{grid, grid, 0},
			{"120101002000", grid, 1},
		} {
			if got := tc.a.Compare(tc.b); got != tc.want {
				t.Errorf("%q.Compare(%q) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
		}
	})
}

func TestGridCode(t *testing.T) {
	for _, tc := range []struct {
		community governance.Code
		seq       int
		want      governance.Code
		wantErr   bool
	}{
		{"120101001001", 1, "120101001001001", false},
		{"120101001001", 42, "120101001001042", false},
		{"120101001001", 999, "120101001001999", false},
		{"120101001200", 7, "120101001200007", false},
		{"120101001001", 0, "", true},
		{"120101001001", 1000, "", true},
		{"120101001001", -1, "", true},
		{"120101001000", 1, "", true},
		{"120101001001001", 1, "", true},
		{"120101001400", 1, "", true},
		{"", 1, "", true},
	} {
		got, err := governance.GridCode(tc.community, tc.seq)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("GridCode(%q, %d) = %q, %v; want %q, error %t", tc.community, tc.seq, got, err, tc.want, tc.wantErr)
		}
		if err == nil && !got.IsValid() {
			t.Errorf("GridCode(%q, %d) = %q is not valid", tc.community, tc.seq, got)
		}
	}
}

func TestCodeText(t *testing.T) {
	type record struct {
		Unit governance.Code `json:"unit"`
	}
	for _, tc := range []struct {
		in, out string
		want    governance.Code
	}{
		{`{"unit":"120101"}`, `{"unit":"120101000000"}`, "120101000000"},
		{`{"unit":"120101001001001"}`, `{"unit":"120101001001001"}`, "120101001001001"},
		{`{"unit":""}`, `{"unit":""}`, ""},
	} {
		var r record
		if err := json.Unmarshal([]byte(tc.in), &r); err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		if diff := cmp.Diff(tc.want, r.Unit); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.in, diff)
		}
		b, err := json.Marshal(r)
		if err != nil || string(b) != tc.out {
			t.Errorf("marshal %s = %s, %v; want %s", tc.in, b, err, tc.out)
		}
	}
	r := record{Unit: "120101001001"}
	if err := json.Unmarshal([]byte(`{"unit":"120101300"}`), &r); err == nil || r.Unit != "120101001001" {
		t.Errorf("a rejected code left %q, %v", r.Unit, err)
	}
	if _, err := json.Marshal(record{Unit: "12x"}); err == nil {
		t.Error("a malformed code marshalled")
	}
	b, err := governance.Code("120101001001").AppendText([]byte("code "))
	if string(b) != "code 120101001001" || err != nil {
		t.Errorf("AppendText = %q, %v", b, err)
	}
}

func TestCodeLabels(t *testing.T) {
	testkit.Labels(t, "governance.level", governance.Levels())
	testkit.Labels(t, "governance.unit_kind", governance.UnitKinds())
	for k := range governance.UnitKinds() {
		if !k.Level().IsValid() {
			t.Errorf("kind %s has no level", k)
		}
	}
	for l := range governance.Levels() {
		want := l + 1
		if l == governance.LevelGrid {
			want = governance.LevelUnknown
		}
		if got := l.Child(); got != want {
			t.Errorf("%s.Child() = %s, want %s", l, got, want)
		}
	}
	for _, tc := range []struct {
		kind  governance.UnitKind
		rural bool
	}{
		{governance.KindStreet, false},
		{governance.KindTown, true},
		{governance.KindTownship, true},
		{governance.KindOtherTownship, true},
		{governance.KindCommunity, false},
		{governance.KindVillage, true},
		{governance.KindGrid, false},
	} {
		if got := tc.kind.Rural(); got != tc.rural {
			t.Errorf("%s.Rural() = %t", tc.kind, got)
		}
	}
}

// ancestors returns c and every code above it, bottom up, by Parent.
func ancestors(c governance.Code) []governance.Code {
	var out []governance.Code
	for ; c != ""; c = c.Parent() {
		out = append(out, c)
	}
	return out
}

func TestCodeProperties(t *testing.T) {
	t.Run("ParseCode round-trips", rapid.MakeCheck(func(t *rapid.T) {
		c := testkit.AnyCode().Draw(t, "c")
		got, err := governance.ParseCode(c.String())
		if err != nil || got != c {
			t.Fatalf("ParseCode(%q) = %q, %v", c, got, err)
		}
		// every shortened form down to the code's own level parses back
		short := strings.TrimRight(string(c), "0")
		for _, n := range []int{2, 4, 6, 9, 12} {
			if n < len(short) || n > len(c) {
				continue
			}
			if got, err := governance.ParseCode(string(c)[:n]); err != nil || got != c {
				t.Fatalf("ParseCode(%q) = %q, %v; want %q", string(c)[:n], got, err, c)
			}
		}
	}))
	t.Run("Parent chain", rapid.MakeCheck(func(t *rapid.T) {
		c := testkit.AnyCode().Draw(t, "c")
		chain := ancestors(c)
		if len(chain) != int(c.Level()) {
			t.Fatalf("%s at %s has %d ancestors (itself included)", c, c.Level(), len(chain))
		}
		for _, a := range chain {
			if !a.IsValid() {
				t.Fatalf("ancestor %q of %s is not valid", a, c)
			}
			if got := c.Ancestor(a.Level()); got != a {
				t.Fatalf("%s.Ancestor(%s) = %q, the parent chain says %q", c, a.Level(), got, a)
			}
			if a != c && a.Level() != c.Level()-governance.Level(len(chain)-len(ancestors(a))) {
				t.Fatalf("%s: ancestor %s at the wrong level", c, a)
			}
		}
	}))
	t.Run("Contains agrees with Parent chains", rapid.MakeCheck(func(t *rapid.T) {
		d := testkit.AnyCode().Draw(t, "d")
		var c governance.Code
		if rapid.Bool().Draw(t, "related") {
			c = rapid.SampledFrom(ancestors(d)).Draw(t, "ancestor")
		} else {
			c = testkit.AnyCode().Draw(t, "c")
		}
		want := false
		for _, a := range ancestors(d) {
			if a == c {
				want = true
			}
		}
		if got := c.Contains(d); got != want {
			t.Fatalf("%s.Contains(%s) = %t, the parent chain says %t", c, d, got, want)
		}
	}))
	t.Run("Kind agrees with Level", rapid.MakeCheck(func(t *rapid.T) {
		c := testkit.AnyCode().Draw(t, "c")
		if k := c.Kind(); !k.IsValid() || k.Level() != c.Level() {
			t.Fatalf("%s at %s has kind %s", c, c.Level(), k)
		}
	}))
}

func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"12", "1201", "120101", "120101001", "120101001001", "120101001001001",
		"120101300", "120101001400", "120101001001000", "120001", "00", "", "12x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := governance.ParseCode(s)
		if err != nil {
			var ce *governance.CodeError
			if !errors.As(err, &ce) || ce.Value != s {
				t.Fatalf("ParseCode(%q): error %v is not a *CodeError naming the value", s, err)
			}
			return
		}
		if !c.IsValid() || !c.Kind().IsValid() {
			t.Fatalf("ParseCode(%q) = %q: valid %t, kind %s", s, c, c.IsValid(), c.Kind())
		}
		if !strings.HasPrefix(string(c), s) || (len(s) >= 12 && string(c) != s) {
			t.Fatalf("ParseCode(%q) = %q is not its canonical form", s, c)
		}
		if back, err := governance.ParseCode(c.String()); err != nil || back != c {
			t.Fatalf("ParseCode(%q) = %q, %v", c, back, err)
		}
		if p := c.Parent(); p != "" && (!p.IsValid() || !p.Contains(c) || p.Level() != c.Level()-1) {
			t.Fatalf("%s has parent %q", c, p)
		}
	})
}

func FuzzCodeUnmarshalText(f *testing.F) {
	for _, s := range []string{"120101", "120101001001001", "", "120101300", "x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		const before = governance.Code("220102001001")
		c := before
		if err := c.UnmarshalText(b); err != nil {
			if c != before {
				t.Fatalf("rejected %q but changed the code to %q", b, c)
			}
			return
		}
		out, err := c.MarshalText()
		if err != nil {
			t.Fatalf("accepted %q as %q but cannot marshal it: %v", b, c, err)
		}
		var back governance.Code
		if err := back.UnmarshalText(out); err != nil || back != c {
			t.Fatalf("%q → %q → %q → %q, %v", b, c, out, back, err)
		}
	})
}

var benchSink governance.Code

// BenchmarkParseCode parses a community's code, a grid's and a county's
// short form (target: 60 ns, no allocations).
func BenchmarkParseCode(b *testing.B) {
	for _, s := range []string{"120101001001", "120101001001001", "120101"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c, err := governance.ParseCode(s)
				if err != nil {
					b.Fatal(err)
				}
				benchSink = c
			}
		})
	}
}

// BenchmarkCodeContains asks whether a unit lies under a street, a
// province and a community (target: 5 ns, no allocations).
func BenchmarkCodeContains(b *testing.B) {
	for _, tc := range []struct{ name, c, d string }{
		{"street contains grid", "120101001", "120101001002003"},
		{"street does not contain grid", "120101001", "120101002002003"},
		{"province contains community", "12", "120101001002"},
		{"community contains grid", "120101001002", "120101001002003"},
	} {
		c, d := governance.MustParseCode(tc.c), governance.MustParseCode(tc.d)
		want := strings.HasPrefix(tc.d, tc.c)
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if c.Contains(d) != want {
					b.Fatal("wrong")
				}
			}
		})
	}
}

// FuzzLevelKindSeverityText reads the tokens of the enums of codes and
// problems: a token read marshals back to itself; anything else is refused
// and leaves the value unchanged.
func FuzzLevelKindSeverityText(f *testing.F) {
	for _, s := range []string{"grid", "exclusive_grid", "county_city", "warning", "unknown", "", "Grid"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		l := governance.LevelStreet
		if err := l.UnmarshalText(b); err != nil && l != governance.LevelStreet {
			t.Fatalf("refused %q but changed the level to %s", b, l)
		} else if out, _ := l.MarshalText(); err == nil && string(out) != string(b) {
			t.Fatalf("level %q → %q", b, out)
		}
		k := governance.KindTown
		if err := k.UnmarshalText(b); err != nil && k != governance.KindTown {
			t.Fatalf("refused %q but changed the kind to %s", b, k)
		} else if out, _ := k.MarshalText(); err == nil && string(out) != string(b) {
			t.Fatalf("kind %q → %q", b, out)
		}
		s := governance.SeverityWarning
		if err := s.UnmarshalText(b); err != nil && s != governance.SeverityWarning {
			t.Fatalf("refused %q but changed the severity to %s", b, s)
		} else if out, _ := s.MarshalText(); err == nil && string(out) != string(b) {
			t.Fatalf("severity %q → %q", b, out)
		}
	})
}

func TestLevelDigits(t *testing.T) {
	c := governance.MustParseCode("220102003004005")
	for l, want := range map[governance.Level]int{
		governance.LevelUnknown: 0, governance.LevelProvince: 2, governance.LevelCity: 4, governance.LevelCounty: 6,
		governance.LevelStreet: 9, governance.LevelCommunity: 12, governance.LevelGrid: 15, governance.Level(99): 0,
	} {
		if got := l.Digits(); got != want {
			t.Errorf("%s.Digits() = %d, want %d", l, got, want)
		}
		if want > 0 && !strings.HasPrefix(string(c.Ancestor(l)), string(c[:want])) {
			t.Errorf("the ancestor at %s does not share the first %d digits", l, want)
		}
	}
}
