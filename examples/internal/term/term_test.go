package term

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "网格": 4, "A区1": 4, "１２": 4, "¥1,234.50": 9} {
		if got := Width(s); got != want {
			t.Errorf("Width(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestPad(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{{"网格", 6, "网格  "}, {"ab", 3, "ab "}, {"网格员", 4, "网格员"}, {"", 2, "  "}} {
		if got := Pad(tc.s, tc.n); got != tc.want {
			t.Errorf("Pad(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestAligned(t *testing.T) {
	got := Aligned([][]string{{"社区", "户数", "网格"}, {"东风社区", "1200"}, {"A", "35", "2"}})
	want := []string{
		"社区     户数 网格",
		"东风社区 1200",
		"A        35   2",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Aligned (-want +got):\n%s", d)
	}
}

func TestPick(t *testing.T) {
	for s, want := range map[string]int{"zh": 0, "zh-CN": 0, "zh-TW": 0, "zh-HK": 0, "en": 1, "fr": 1, "und": 1} {
		if got := Pick(language.MustParse(s)); got != want {
			t.Errorf("Pick(%s) = %d, want %d", s, got, want)
		}
	}
}
