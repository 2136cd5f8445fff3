package grid

import (
	"encoding"
	"reflect"
	"strings"
	"testing"

	"github.com/jiceng/jiceng/internal/testkit"
	"golang.org/x/text/language"
)

func TestLabels(t *testing.T) {
	testkit.Labels(t, "grid.grid_kind", GridKinds())
	testkit.Labels(t, "grid.duty", Duties())
	testkit.Labels(t, "grid.chief_tier", ChiefTiers())
	testkit.Labels(t, "grid.kind", Kinds())
	testkit.Labels(t, "grid.channel", Channels())
	testkit.Labels(t, "grid.urgency", Urgencies())
	testkit.Labels(t, "grid.decline", DeclineReasons())
	testkit.Labels(t, "grid.notice", DeclineReasons())
	testkit.Labels(t, "grid.service", Services())
	testkit.Labels(t, "grid.state", States())
	testkit.Labels(t, "grid.verb", Verbs())
	testkit.Labels(t, "grid.satisfaction", Satisfactions())
	testkit.Labels(t, "grid.whistle", WhistleKinds())
	testkit.Labels(t, "grid.call_category", CallCategories())
	testkit.Labels(t, "grid.call_state", CallStates())
	testkit.Labels(t, "grid.call_verb", CallVerbs())
}

// textEnum is what every enum of the package is.
type textEnum interface {
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
	Label(language.Tag) string
}

// elem returns the enum a decoder points to.
func elem(e encoding.TextUnmarshaler) textEnum {
	return reflect.ValueOf(e).Elem().Interface().(textEnum)
}

// enums returns, by name, a maker of a fresh pointer to every enum type.
func enums() map[string]func() encoding.TextUnmarshaler {
	return map[string]func() encoding.TextUnmarshaler{
		"grid_kind":     func() encoding.TextUnmarshaler { return new(GridKind) },
		"duty":          func() encoding.TextUnmarshaler { return new(Duty) },
		"chief_tier":    func() encoding.TextUnmarshaler { return new(ChiefTier) },
		"kind":          func() encoding.TextUnmarshaler { return new(Kind) },
		"channel":       func() encoding.TextUnmarshaler { return new(Channel) },
		"urgency":       func() encoding.TextUnmarshaler { return new(Urgency) },
		"decline":       func() encoding.TextUnmarshaler { return new(DeclineReason) },
		"service":       func() encoding.TextUnmarshaler { return new(Service) },
		"state":         func() encoding.TextUnmarshaler { return new(State) },
		"verb":          func() encoding.TextUnmarshaler { return new(Verb) },
		"satisfaction":  func() encoding.TextUnmarshaler { return new(Satisfaction) },
		"whistle":       func() encoding.TextUnmarshaler { return new(WhistleKind) },
		"call_category": func() encoding.TextUnmarshaler { return new(CallCategory) },
		"call_state":    func() encoding.TextUnmarshaler { return new(CallState) },
		"call_verb":     func() encoding.TextUnmarshaler { return new(CallVerb) },
	}
}

func TestEnumText(t *testing.T) {
	for name, mk := range enums() {
		// every token of 0..255 that marshals reads back to the same value.
		for i := range 256 {
			e := mk()
			reflect.ValueOf(e).Elem().SetUint(uint64(i))
			te := elem(e)
			b, err := te.MarshalText()
			if (err == nil) != te.IsValid() {
				t.Errorf("%s(%d): MarshalText error %v, IsValid %v", name, i, err, te.IsValid())
			}
			if i == 0 && te.String() != "unknown" {
				t.Errorf("%s zero value is %q, want unknown", name, te.String())
			}
			if !te.IsValid() {
				if !strings.HasPrefix(te.String(), "unknown") {
					t.Errorf("%s(%d) String = %q", name, i, te.String())
				}
				continue
			}
			back := mk()
			if err := back.UnmarshalText(b); err != nil {
				t.Errorf("%s: %q does not read back: %v", name, b, err)
			}
			if got := elem(back).String(); got != string(b) {
				t.Errorf("%s: %q reads back as %q", name, b, got)
			}
		}
		if err := mk().UnmarshalText([]byte("unknown")); err == nil {
			t.Errorf("%s accepts the token of the zero value", name)
		}
	}
}

// FuzzEnumText: whatever an enum's UnmarshalText accepts marshals back to
// the same token; nothing panics.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"received", "normal", "police_110", "dispute_resolution", "", "unknown", "basically"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, mk := range enums() {
			e := mk()
			if err := e.UnmarshalText([]byte(s)); err != nil {
				continue
			}
			b, err := elem(e).MarshalText()
			if err != nil || string(b) != s {
				t.Errorf("%s: %q reads but marshals to %q, %v", name, s, b, err)
			}
		}
	})
}
