package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestLangMatching(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want language.Tag
	}{
		{"zh", language.SimplifiedChinese},
		{"zh-CN", language.SimplifiedChinese},
		{"zh-Hans", language.SimplifiedChinese},
		{"zh-TW", language.SimplifiedChinese},
		{"zh-HK", language.SimplifiedChinese},
		{"zh-Hant", language.SimplifiedChinese},
		{"en", language.English},
		{"en-GB", language.English},
		{"fr", language.English},
		{"ja", language.English},
		{"und", language.English},
	} {
		if got := Lang(language.MustParse(tc.in)); got != tc.want {
			t.Errorf("Lang(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestTextNeverRawKey(t *testing.T) {
	for _, tag := range []string{"zh-TW", "zh-HK", "fr", "en", "zh"} {
		got := Text(language.MustParse(tag), "governance.problem.test", 7)
		if got == "governance.problem.test" || !strings.Contains(got, "7") {
			t.Errorf("Text(%s) = %q", tag, got)
		}
	}
	if got := Text(language.English, "no.such.key"); got != "[no.such.key]" {
		t.Errorf("missing key renders %q", got)
	}
}

func TestEntriesComplete(t *testing.T) {
	if d := Duplicates(); len(d) > 0 {
		t.Errorf("keys defined twice: %v", d)
	}
	for _, tb := range tables {
		for _, e := range tb {
			if e.ZH == "" || e.EN == "" {
				t.Errorf("%s lacks zh-Hans or en text", e.Key)
			}
		}
	}
}

// codePattern matches problem codes and report keys: a package prefix and at
// least two more dotted segments. Enum label prefixes ("grid.state") have one
// dot and are checked by each package's label test instead.
var codePattern = regexp.MustCompile(`^(governance|grid|dispute|volunteer|funding|report)(\.[a-z0-9_]+){2,}$`)

// TestEveryCodeHasText scans the module's non-test sources for string
// literals that look like problem codes and fails for any the catalog lacks.
func TestEveryCodeHasText(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	seen := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		if strings.Contains(filepath.ToSlash(path), "internal/i18n/") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !codePattern.MatchString(s) {
				return true
			}
			seen++
			if e, ok := Lookup(s); !ok || e.ZH == "" || e.EN == "" {
				t.Errorf("%s: code %q has no zh-Hans and en text in the catalog", fset.Position(lit.Pos()), s)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d code literals checked", seen)
}
