package testkit

import (
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Program tests an example program through its run function, which prints
// in the language named by its second argument:
//
//   - its output in zh-Hans and en is pinned by testdata/<lang>.golden
//     (JICENG_UPDATE=1 rewrites the files);
//   - a language it does not speak reads English and any Chinese reads
//     Simplified Chinese, as the library's labels do;
//   - a malformed language tag is an error.
func Program(t *testing.T, run func(w io.Writer, lang string) error) {
	t.Helper()
	output := func(t *testing.T, lang string) string {
		t.Helper()
		var b strings.Builder
		if err := run(&b, lang); err != nil {
			t.Fatalf("run(%q): %v", lang, err)
		}
		return b.String()
	}
	for _, lang := range []string{"zh-Hans", "en"} {
		t.Run("golden/"+lang, func(t *testing.T) {
			Golden(t, filepath.Join("testdata", lang+".golden"), output(t, lang))
		})
	}
	t.Run("fallback", func(t *testing.T) {
		for _, c := range []struct{ lang, as string }{{"fr", "en"}, {"en-GB", "en"}, {"zh-TW", "zh-Hans"}, {"zh", "zh-Hans"}} {
			if diff := cmp.Diff(output(t, c.as), output(t, c.lang)); diff != "" {
				t.Errorf("-lang %s differs from -lang %s (-want +got):\n%s", c.lang, c.as, diff)
			}
		}
	})
	t.Run("bad language", func(t *testing.T) {
		if err := run(io.Discard, "not a language!"); err == nil {
			t.Error("run accepted a malformed language tag")
		}
	})
}
