package volunteer

import (
	"testing"

	"github.com/jiceng/jiceng/internal/testkit"
)

func TestLabels(t *testing.T) {
	testkit.Labels(t, "volunteer.star", Stars())
	testkit.Labels(t, "volunteer.kind", Kinds())
	testkit.Labels(t, "volunteer.entry_kind", EntryKinds())
	testkit.Labels(t, "volunteer.award_state", AwardStates())
	testkit.Labels(t, "volunteer.award_verb", AwardVerbs())
	testkit.Labels(t, "volunteer.order_state", OrderStates())
	testkit.Labels(t, "volunteer.order_verb", OrderVerbs())
	testkit.Labels(t, "volunteer.assignee_kind", AssigneeKinds())
	testkit.Labels(t, "volunteer.satisfaction", Satisfactions())
	testkit.Labels(t, "volunteer.measure", Measures())
}

// textEnum is what every enumeration of the package implements.
type textEnum interface {
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
}

// TestEnumText: every valid value marshals to its token and back; the
// invalid ones do not marshal; unknown tokens do not unmarshal and leave
// the value alone.
func TestEnumText(t *testing.T) {
	roundTrip(t, Stars(), func() *Star { return new(Star) }, Star(6))
	roundTrip(t, Kinds(), func() *Kind { return new(Kind) }, KindUnknown)
	roundTrip(t, EntryKinds(), func() *EntryKind { return new(EntryKind) }, EntryUnknown)
	roundTrip(t, AwardStates(), func() *AwardState { return new(AwardState) }, AwardStateUnknown)
	roundTrip(t, AwardVerbs(), func() *AwardVerb { return new(AwardVerb) }, AwardVerbUnknown)
	roundTrip(t, OrderStates(), func() *OrderState { return new(OrderState) }, OrderStateUnknown)
	roundTrip(t, OrderVerbs(), func() *OrderVerb { return new(OrderVerb) }, OrderVerbUnknown)
	roundTrip(t, AssigneeKinds(), func() *AssigneeKind { return new(AssigneeKind) }, AssigneeUnknown)
	roundTrip(t, Satisfactions(), func() *Satisfaction { return new(Satisfaction) }, SatisfactionUnknown)
	roundTrip(t, Measures(), func() *Measure { return new(Measure) }, MeasureUnknown)
}

func roundTrip[E interface {
	~uint8
	textEnum
}, P interface {
	*E
	UnmarshalText([]byte) error
}](t *testing.T, all func(func(E) bool), fresh func() P, invalid E) {
	t.Helper()
	for e := range all {
		b, err := e.MarshalText()
		if err != nil || string(b) != e.String() || !e.IsValid() {
			t.Errorf("%v: MarshalText = %q, %v", e, b, err)
		}
		p := fresh()
		if err := p.UnmarshalText(b); err != nil || *p != e {
			t.Errorf("%v: UnmarshalText(%q) = %v, %v", e, b, *p, err)
		}
	}
	if _, err := invalid.MarshalText(); err == nil || invalid.IsValid() {
		t.Errorf("invalid %v marshals", invalid)
	}
	if invalid.String() == "" {
		t.Errorf("invalid value has no string")
	}
	p := fresh()
	*p = invalid
	if err := p.UnmarshalText([]byte("no_such_token")); err == nil || *p != invalid {
		t.Errorf("unknown token accepted: %v", *p)
	}
}

// FuzzEnumUnmarshalText: for every enumeration, text that unmarshals
// marshals back to the same text.
func FuzzEnumUnmarshalText(f *testing.F) {
	for _, s := range []string{"none", "five", "safety", "grant", "published", "confer", "taken", "team", "basically", "hours", "unknown", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzText(t, s, new(Star))
		fuzzText(t, s, new(Kind))
		fuzzText(t, s, new(EntryKind))
		fuzzText(t, s, new(AwardState))
		fuzzText(t, s, new(AwardVerb))
		fuzzText(t, s, new(OrderState))
		fuzzText(t, s, new(OrderVerb))
		fuzzText(t, s, new(AssigneeKind))
		fuzzText(t, s, new(Satisfaction))
		fuzzText(t, s, new(Measure))
	})
}

type textCodec interface {
	UnmarshalText([]byte) error
	MarshalText() ([]byte, error)
}

func fuzzText(t *testing.T, s string, v textCodec) {
	t.Helper()
	if err := v.UnmarshalText([]byte(s)); err != nil {
		return
	}
	b, err := v.MarshalText()
	if err != nil || string(b) != s {
		t.Fatalf("%T: %q unmarshals but marshals to %q, %v", v, s, b, err)
	}
}
