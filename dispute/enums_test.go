package dispute

import (
	"encoding"
	"fmt"
	"iter"
	"testing"

	"github.com/jiceng/jiceng/internal/testkit"
	"golang.org/x/text/language"
)

func TestLabels(t *testing.T) {
	testkit.Labels(t, "dispute.category", Categories())
	testkit.Labels(t, "dispute.source", Sources())
	testkit.Labels(t, "dispute.body", Bodies())
	testkit.Labels(t, "dispute.channel", Channels())
	testkit.Labels(t, "dispute.state", States())
	testkit.Labels(t, "dispute.verb", Verbs())
	testkit.Labels(t, "dispute.decline_reason", DeclineReasons())
	testkit.Labels(t, "dispute.form", Forms())
	testkit.Labels(t, "dispute.matter", Matters())
	testkit.Labels(t, "dispute.written_reason", WrittenReasons())
	testkit.Labels(t, "dispute.termination_reason", TerminationReasons())
	testkit.Labels(t, "dispute.route", Routes())
	testkit.Labels(t, "dispute.remedy", Remedies())
	testkit.Labels(t, "dispute.ruling", Rulings())
	testkit.Labels(t, "dispute.risk", Risks())
	testkit.Labels(t, "dispute.response", Responses())
	testkit.Labels(t, "dispute.outcome", Outcomes())
}

func TestLabelLanguages(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		want string
	}{
		{"zh-CN", "房屋租赁纠纷"},
		{"zh-TW", "房屋租赁纠纷"},
		{"en", "housing rental"},
		{"fr", "housing rental"},
	} {
		if got := CategoryHousingRental.Label(language.MustParse(tc.tag)); got != tc.want {
			t.Errorf("Label(%s) = %q, want %q", tc.tag, got, tc.want)
		}
	}
}

// textEnum is what every enum of the package is.
type textEnum[E any] interface {
	*E
	encoding.TextUnmarshaler
}

// checkText checks that every value of an enum round-trips through its
// token, that the zero value does not marshal and that an unknown token is
// refused without changing the value.
func checkText[E interface {
	~uint8
	fmt.Stringer
	encoding.TextMarshaler
	IsValid() bool
}, P textEnum[E]](t *testing.T, all iter.Seq[E]) {
	t.Helper()
	n := 0
	for e := range all {
		n++
		b, err := e.MarshalText()
		if err != nil || string(b) != e.String() {
			t.Errorf("%v: MarshalText = %q, %v", e, b, err)
		}
		var back E
		if err := P(&back).UnmarshalText(b); err != nil || back != e {
			t.Errorf("%v: UnmarshalText(%q) = %v, %v", e, b, back, err)
		}
		if !e.IsValid() {
			t.Errorf("%v: not valid", e)
		}
	}
	var zero E
	if _, err := zero.MarshalText(); err == nil || zero.IsValid() {
		t.Errorf("%T zero value marshals or is valid", zero)
	}
	if zero.String() != "unknown" || E(n+1).String() != fmt.Sprintf("unknown(%d)", n+1) {
		t.Errorf("%T: String of invalid values = %q, %q", zero, zero.String(), E(n+1).String())
	}
	first := E(1)
	if err := P(&first).UnmarshalText([]byte("no_such_token")); err == nil || first != E(1) {
		t.Errorf("%T: unknown token accepted or value changed to %v", first, first)
	}
}

func TestEnumText(t *testing.T) {
	checkText[Category](t, Categories())
	checkText[Source](t, Sources())
	checkText[Body](t, Bodies())
	checkText[Channel](t, Channels())
	checkText[State](t, States())
	checkText[Verb](t, Verbs())
	checkText[DeclineReason](t, DeclineReasons())
	checkText[Form](t, Forms())
	checkText[Matter](t, Matters())
	checkText[WrittenReason](t, WrittenReasons())
	checkText[TerminationReason](t, TerminationReasons())
	checkText[Route](t, Routes())
	checkText[Remedy](t, Remedies())
	checkText[Ruling](t, Rulings())
	checkText[Risk](t, Risks())
	checkText[Response](t, Responses())
	checkText[Outcome](t, Outcomes())
}

// fuzzText unmarshals b into a value of an enum; what is accepted must
// marshal back to b.
func fuzzText[E interface {
	~uint8
	encoding.TextMarshaler
}, P textEnum[E]](t *testing.T, b []byte) {
	var e E
	if err := P(&e).UnmarshalText(b); err != nil {
		if e != 0 {
			t.Errorf("%T: failed UnmarshalText(%q) changed the value", e, b)
		}
		return
	}
	out, err := e.MarshalText()
	if err != nil || string(out) != string(b) {
		t.Errorf("%T: %q read back as %q, %v", e, b, out, err)
	}
}

// FuzzEnumText runs every enum's UnmarshalText on the same input.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"marriage_family", "police_110", "red", "sign_mediator", "unknown", "", "Red", "re_mediation"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzText[Category](t, b)
		fuzzText[Source](t, b)
		fuzzText[Body](t, b)
		fuzzText[Channel](t, b)
		fuzzText[State](t, b)
		fuzzText[Verb](t, b)
		fuzzText[DeclineReason](t, b)
		fuzzText[Form](t, b)
		fuzzText[Matter](t, b)
		fuzzText[WrittenReason](t, b)
		fuzzText[TerminationReason](t, b)
		fuzzText[Route](t, b)
		fuzzText[Remedy](t, b)
		fuzzText[Ruling](t, b)
		fuzzText[Risk](t, b)
		fuzzText[Response](t, b)
		fuzzText[Outcome](t, b)
	})
}
