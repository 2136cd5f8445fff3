package funding

import (
	"bytes"
	"encoding"
	"testing"
)

// textEnum is what every enum of the package is.
type textEnum interface {
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}

func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"head", "excellent", "basic_pass", "half_even", "early_step", "secretary_director", "block_grant", "county", "closed", "reverse", "unknown", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, e := range []textEnum{new(Post), new(Band), new(Reason), new(LineKind), new(Rounding), new(Class), new(Source), new(BudgetState), new(BudgetVerb)} {
			if err := e.UnmarshalText(b); err != nil {
				continue
			}
			out, err := e.MarshalText()
			if err != nil || !bytes.Equal(out, b) {
				t.Fatalf("%T: %q → %q, %v", e, b, out, err)
			}
		}
	})
}

func TestEnumsRejectUnknown(t *testing.T) {
	for _, e := range []textEnum{new(Post), new(Band), new(Reason), new(LineKind), new(Rounding), new(Class), new(Source), new(BudgetState), new(BudgetVerb)} {
		if err := e.UnmarshalText([]byte("unknown")); err == nil {
			t.Errorf("%T accepts unknown", e)
		}
		if _, err := e.MarshalText(); err == nil {
			t.Errorf("%T marshals its zero value", e)
		}
	}
	if Post(9).String() != "unknown(9)" || Post(9).IsValid() {
		t.Error("an out-of-range post")
	}
}
