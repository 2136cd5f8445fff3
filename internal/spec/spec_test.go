package spec

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// domains are the packages whose rule constructors must be specified.
var domains = []string{"governance", "grid", "dispute", "volunteer", "funding"}

// ruleSuffixes name the result types that make a parameterless exported
// function a named rule constructor (NationalStaffingRule, DefaultPayScale …).
var ruleSuffixes = []string{"Rule", "Rules", "Policy", "Scale"}

type constructor struct{ pkg, name string }

// constructors returns every exported function without parameters whose name
// starts with "Default" or whose single result is a rule type.
func constructors(t *testing.T) []constructor {
	t.Helper()
	var out []constructor
	for _, pkg := range domains {
		for _, f := range parseDir(t, pkg, false) {
			for _, d := range f.Decls {
				fn, ok := d.(*ast.FuncDecl)
				if !ok || fn.Recv != nil || !fn.Name.IsExported() || fn.Type.Params.NumFields() != 0 {
					continue
				}
				if strings.HasPrefix(fn.Name.Name, "Default") || returnsRule(fn) {
					out = append(out, constructor{pkg, fn.Name.Name})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].pkg+out[i].name < out[j].pkg+out[j].name })
	return out
}

func returnsRule(fn *ast.FuncDecl) bool {
	if fn.Type.Results == nil || fn.Type.Results.NumFields() != 1 {
		return false
	}
	id, ok := fn.Type.Results.List[0].Type.(*ast.Ident)
	if !ok {
		return false
	}
	for _, s := range ruleSuffixes {
		if strings.HasSuffix(id.Name, s) {
			return true
		}
	}
	return false
}

func parseDir(t *testing.T, pkg string, tests bool) []*ast.File {
	t.Helper()
	dir := filepath.Join("..", "..", pkg)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") != tests {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// examplesCalling returns the names of the constructors that some Example
// function of pkg calls.
func examplesCalling(t *testing.T, pkg string) map[string]bool {
	called := make(map[string]bool)
	for _, f := range parseDir(t, pkg, true) {
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "Example") {
				continue
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				switch f := call.Fun.(type) {
				case *ast.SelectorExpr:
					if x, ok := f.X.(*ast.Ident); ok && x.Name == pkg {
						called[f.Sel.Name] = true
					}
				case *ast.Ident:
					called[f.Name] = true
				}
				return true
			})
		}
	}
	return called
}

func TestEveryRuleHasAnExample(t *testing.T) {
	cs := constructors(t)
	if len(cs) == 0 {
		t.Fatal("no rule constructors found")
	}
	calls := make(map[string]map[string]bool)
	for _, c := range cs {
		if calls[c.pkg] == nil {
			calls[c.pkg] = examplesCalling(t, c.pkg)
		}
		if !calls[c.pkg][c.name] {
			t.Errorf("%s.%s has no Example that calls it", c.pkg, c.name)
		}
	}
}

func TestEveryRuleIsInTheReadme(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range constructors(t) {
		if !strings.Contains(string(readme), "`"+c.pkg+"."+c.name+"`") {
			t.Errorf("README.md's table of rules lacks `%s.%s`", c.pkg, c.name)
		}
	}
}

// TestReadmeExamplesExist fails when the README names an example that no
// package defines, so that the table of rules cannot point at nothing.
func TestReadmeExamplesExist(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defined := make(map[string]bool)
	for _, pkg := range domains {
		for _, f := range parseDir(t, pkg, true) {
			for _, d := range f.Decls {
				if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && strings.HasPrefix(fn.Name.Name, "Example") {
					defined[fn.Name.Name] = true
				}
			}
		}
	}
	names := regexp.MustCompile("`(Example[A-Za-z0-9_]+)`").FindAllStringSubmatch(string(readme), -1)
	for _, m := range names {
		if !defined[m[1]] {
			t.Errorf("README.md names %s, which no package defines", m[1])
		}
	}
	if len(names) == 0 {
		t.Error("README.md names no examples")
	}
}
