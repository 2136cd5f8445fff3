package main

import (
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/internal/testkit"
)

// output runs the program in lang and returns what it printed.
func output(t *testing.T, lang string) string {
	t.Helper()
	var b strings.Builder
	if err := run(&b, lang); err != nil {
		t.Fatalf("run(%q): %v", lang, err)
	}
	return b.String()
}

// TestGolden pins the output in both languages; regenerate the files with
// JICENG_UPDATE=1 go test ./examples/mediation.
func TestGolden(t *testing.T) {
	for _, lang := range []string{"zh-Hans", "en"} {
		t.Run(lang, func(t *testing.T) {
			testkit.Golden(t, filepath.Join("testdata", lang+".golden"), output(t, lang))
		})
	}
}

// TestFallback: a language the program does not speak reads English, and
// any Chinese reads Simplified Chinese, as the library's labels do.
func TestFallback(t *testing.T) {
	for _, c := range []struct{ lang, as string }{{"fr", "en"}, {"en-GB", "en"}, {"zh-TW", "zh-Hans"}, {"zh", "zh-Hans"}} {
		if diff := cmp.Diff(output(t, c.as), output(t, c.lang)); diff != "" {
			t.Errorf("-lang %s differs from -lang %s (-want +got):\n%s", c.lang, c.as, diff)
		}
	}
}

func TestBadLanguage(t *testing.T) {
	if err := run(io.Discard, "not a language!"); err == nil {
		t.Error("run accepted a malformed language tag")
	}
}
