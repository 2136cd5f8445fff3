// Package testkit holds helpers shared by the library's tests: golden files
// for generated artefacts such as the Mermaid diagrams, the label check every
// enum runs, and rapid generators for governance values.
package testkit

import (
	"bytes"
	"iter"
	"os"
	"testing"

	"github.com/jiceng/jiceng/internal/i18n"
)

// UpdateEnv is the environment variable that makes Golden rewrite the files
// instead of comparing: JICENG_UPDATE=1 go test ./...
const UpdateEnv = "JICENG_UPDATE"

// Golden compares got with the checked-in file at path and fails when they
// differ; with JICENG_UPDATE=1 it writes got to the file instead.
func Golden(t testing.TB, path, got string) {
	t.Helper()
	if os.Getenv(UpdateEnv) == "1" {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with %s=1 to create it)", err, UpdateEnv)
	}
	if !bytes.Equal(want, []byte(got)) {
		t.Errorf("%s is out of date; run with %s=1 to regenerate it.\ngot:\n%s", path, UpdateEnv, got)
	}
}

// Enum is what Labels checks: a token and a label prefix in the catalog.
type Enum interface {
	~uint8
	String() string
	MarshalText() ([]byte, error)
}

// Labels fails when any value of an enum lacks zh-Hans or en text under
// prefix+"."+token in the catalog, or does not survive a text round trip
// as its token.
func Labels[E Enum, P interface {
	*E
	UnmarshalText([]byte) error
}](t testing.TB, prefix string, all iter.Seq[E]) {
	t.Helper()
	n := 0
	for e := range all {
		n++
		key := prefix + "." + e.String()
		if entry, ok := i18n.Lookup(key); !ok || entry.ZH == "" || entry.EN == "" {
			t.Errorf("label %s lacks zh-Hans or en text", key)
		}
		b, err := e.MarshalText()
		var back E
		if err != nil || string(b) != e.String() || P(&back).UnmarshalText(b) != nil || back != e {
			t.Errorf("%s: text round trip gave %q, %v, %v", key, b, back, err)
		}
	}
	if n == 0 {
		t.Errorf("enum %s has no values", prefix)
	}
}
