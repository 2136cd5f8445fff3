package funding

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/internal/testkit"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

func TestParseMoney(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // String() of the result; "" when rejected
		err  error
	}{
		{"1234", "1234.00", nil},
		{"1234.5", "1234.50", nil},
		{"1234.50", "1234.50", nil},
		{"-12.30", "-12.30", nil},
		{"0", "0.00", nil},
		{"0.05", "0.05", nil},
		{"0.5", "0.50", nil},
		{"999999999999999.99", "999999999999999.99", nil},
		{"-999999999999999.99", "-999999999999999.99", nil},
		{"1000000000000000", "", ErrOutOfRange},
		{"1234.567", "", ErrInvalidAmount},
		{"1234.500", "", ErrInvalidAmount},
		{"1e3", "", ErrInvalidAmount},
		{"1,234.50", "", ErrInvalidAmount},
		{"+12", "", ErrInvalidAmount},
		{"-0", "", ErrInvalidAmount},
		{"-0.00", "", ErrInvalidAmount},
		{"007", "", ErrInvalidAmount},
		{"00.5", "", ErrInvalidAmount},
		{".5", "", ErrInvalidAmount},
		{"5.", "", ErrInvalidAmount},
		{"", "", ErrInvalidAmount},
		{"-", "", ErrInvalidAmount},
		{" 5", "", ErrInvalidAmount},
		{"5 ", "", ErrInvalidAmount},
		{"¥5", "", ErrInvalidAmount},
		{"１２", "", ErrInvalidAmount},
		{"1.2.3", "", ErrInvalidAmount},
		{"--1", "", ErrInvalidAmount},
		{"NaN", "", ErrInvalidAmount},
	} {
		got, err := ParseMoney(tc.in)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("ParseMoney(%q) = %v, %v; want error %v", tc.in, got, err, tc.err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Value != tc.in {
				t.Errorf("ParseMoney(%q) error %v is not a *ParseError naming the value", tc.in, err)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseMoney(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestConstructors(t *testing.T) {
	if got := Yuan(3400); got.String() != "3400.00" {
		t.Errorf("Yuan(3400) = %s", got)
	}
	if got := Fen(-5); got.String() != "-0.05" {
		t.Errorf("Fen(-5) = %s", got)
	}
	if _, err := FromFen(maxFen + 1); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("FromFen(max+1) = %v", err)
	}
	for name, f := range map[string]func(){
		"Yuan":      func() { Yuan(1_000_000_000_000_000) },
		"Fen":       func() { Fen(math.MinInt64) },
		"Add":       func() { MaxMoney().Add(Fen(1)) },
		"Sub":       func() { MaxMoney().Neg().Sub(Fen(1)) },
		"MustParse": func() { MustParseMoney("1.234") },
		"Percent":   func() { Percent(math.MaxInt64) },
		"MustRate":  func() { MustParseRate("1e3") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
}

func TestFromDecimal(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		err  error
	}{
		{"1234.5", "1234.50", nil},
		{"1.500", "1.50", nil},
		{"-0.01", "-0.01", nil},
		{"1e3", "1000.00", nil},
		{"1.005", "", ErrInvalidAmount},
		{"1e15", "", ErrOutOfRange},
		{"1e1000000", "", ErrOutOfRange},
		{"1e-1000000", "", ErrInvalidAmount},
		{"100e-4", "0.01", nil},
		{"0e-100", "0.00", nil},
	} {
		got, err := FromDecimal(decimal.RequireFromString(tc.in))
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("FromDecimal(%s) = %v, %v; want %v", tc.in, got, err, tc.err)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("FromDecimal(%s) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
		if !got.Decimal().Equal(decimal.RequireFromString(tc.in)) {
			t.Errorf("FromDecimal(%s).Decimal() = %s", tc.in, got.Decimal())
		}
	}
}

func TestArithmetic(t *testing.T) {
	a, b := MustParseMoney("1234.56"), MustParseMoney("-0.57")
	for _, tc := range []struct {
		name string
		got  any
		want any
	}{
		{"Add", a.Add(b).String(), "1233.99"},
		{"Sub", a.Sub(b).String(), "1235.13"},
		{"Neg", b.Neg().String(), "0.57"},
		{"Abs", b.Abs().String(), "0.57"},
		{"Cmp<", b.Cmp(a), -1},
		{"Cmp=", a.Cmp(MustParseMoney("1234.56")), 0},
		{"Cmp>", a.Cmp(b), 1},
		{"Equal", a.Equal(Fen(123456)), true},
		{"IsZero", Money{}.IsZero(), true},
		{"IsNegative", b.IsNegative(), true},
		{"IsPositive", a.IsPositive(), true},
		{"Sign", b.Sign(), -1},
		{"Min", a.Min(b).String(), "-0.57"},
		{"InFen", a.InFen(), int64(123456)},
		{"Grouped", MustParseMoney("-1234567.8").Grouped(), "-1,234,567.80"},
		{"GroupedSmall", MustParseMoney("123").Grouped(), "123.00"},
		{"GoString", a.GoString(), `funding.MustParseMoney("1234.56")`},
	} {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestMul(t *testing.T) {
	for _, tc := range []struct {
		m, r string
		mode Rounding
		want string
	}{
		{"3400", "1.05", RoundHalfUp, "3570.00"},
		{"0.05", "0.5", RoundHalfUp, "0.03"},   // 0.025 → 0.03
		{"0.05", "0.5", RoundHalfEven, "0.02"}, // 0.025 → 0.02
		{"0.07", "0.5", RoundHalfEven, "0.04"}, // 0.035 → 0.04
		{"-0.05", "0.5", RoundHalfUp, "-0.03"}, // away from zero
		{"-0.05", "0.5", RoundHalfEven, "-0.02"},
		{"0.01", "0.499999", RoundHalfUp, "0.00"},
		{"0.01", "0.500001", RoundHalfEven, "0.01"},
		{"100", "-0.2", RoundHalfUp, "-20.00"},
		{"999999999999999.99", "1", RoundHalfUp, "999999999999999.99"},
	} {
		got, err := MustParseMoney(tc.m).MulRound(MustParseRate(tc.r), tc.mode)
		if err != nil || got.String() != tc.want {
			t.Errorf("%s × %s (%s) = %v, %v; want %s", tc.m, tc.r, tc.mode, got, err, tc.want)
		}
	}
	if _, err := MaxMoney().Mul(MustParseRate("1.000001")); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("overflowing Mul = %v", err)
	}
	if _, err := MaxMoney().Mul(MustParseRate("1000000")); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("overflowing Mul (high word) = %v", err)
	}
	if _, err := Yuan(1).MulRound(Percent(50), RoundingUnknown); err == nil {
		t.Error("MulRound with an unknown mode succeeded")
	}
	if got, err := Yuan(100).Times(-3); err != nil || got.String() != "-300.00" {
		t.Errorf("Times = %v, %v", got, err)
	}
	if _, err := MaxMoney().Times(2); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("overflowing Times = %v", err)
	}
	if _, err := Fen(2).Times(math.MinInt64); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Times(MinInt64) = %v", err)
	}
}

func TestMoneyJSON(t *testing.T) {
	type doc struct {
		Amount Money `json:"amount"`
		Rate   Rate  `json:"rate"`
	}
	check := func() {
		t.Helper()
		b, err := json.Marshal(doc{MustParseMoney("1234.5"), MustParseRate("1.05")})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := string(b), `{"amount":"1234.50","rate":"1.05"}`; got != want {
			t.Errorf("JSON = %s, want %s", got, want)
		}
	}
	check()
	// shopspring/decimal's process-wide switch must not change our JSON.
	saved := decimal.MarshalJSONWithoutQuotes
	decimal.MarshalJSONWithoutQuotes = true
	defer func() { decimal.MarshalJSONWithoutQuotes = saved }()
	check()

	for _, bad := range []string{`1234.50`, `"1234.567"`, `"1,234"`, `true`, `"12\u0033"`, `""`, `"`} {
		m := Yuan(7)
		if err := json.Unmarshal([]byte(bad), &m); err == nil || !m.Equal(Yuan(7)) {
			t.Errorf("Unmarshal(%s) = %v, left %s", bad, err, m)
		}
	}
	for _, bad := range []string{`1.05`, `"1.0000001"`, `"1,234"`, `true`, `"1\u0033"`, `""`, `"`} {
		r := Percent(7)
		if err := json.Unmarshal([]byte(bad), &r); err == nil || !r.Equal(Percent(7)) {
			t.Errorf("Unmarshal rate (%s) = %v, left %s", bad, err, r)
		}
	}
	m := Yuan(7)
	if err := json.Unmarshal([]byte(`null`), &m); err != nil || !m.Equal(Yuan(7)) {
		t.Errorf("Unmarshal(null) = %v, %s", err, m)
	}
	var d doc
	if err := json.Unmarshal([]byte(`{"amount":"-0.50","rate":"0.8"}`), &d); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc{MustParseMoney("-0.5"), Percent(80)}, d); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
}

func TestRate(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"1.05", "1.05"}, {"0.800000", "0.8"}, {"2", "2"}, {"-0.25", "-0.25"},
		{"0.000001", "0.000001"}, {"1000000", "1000000"},
	} {
		r, err := ParseRate(tc.in)
		if err != nil || r.String() != tc.want {
			t.Errorf("ParseRate(%q) = %v, %v; want %s", tc.in, r, err, tc.want)
		}
		back, err := RateOf(r.Decimal())
		if err != nil || !back.Equal(r) {
			t.Errorf("RateOf(%s) = %v, %v", r.Decimal(), back, err)
		}
	}
	for _, bad := range []string{"1.0000001", "1000000.5", "10000000", "-0", "+1", "1e2", "", "1,5"} {
		if r, err := ParseRate(bad); err == nil {
			t.Errorf("ParseRate(%q) = %v", bad, r)
		}
	}
	if _, err := RateOf(decimal.RequireFromString("0.0000001")); !errors.Is(err, ErrInvalidAmount) {
		t.Errorf("RateOf(7 places) = %v", err)
	}
	for in, want := range map[string]error{"1e1000000": ErrOutOfRange, "1e-1000000": ErrInvalidAmount, "3e7": ErrOutOfRange, "1500e-9": ErrInvalidAmount} {
		if _, err := RateOf(decimal.RequireFromString(in)); !errors.Is(err, want) {
			t.Errorf("RateOf(%s) = %v", in, err)
		}
	}
	if r, err := RateOf(decimal.RequireFromString("1000e-9")); err != nil || r.String() != "0.000001" {
		t.Errorf("RateOf(1000e-9) = %v, %v", r, err)
	}
	if _, err := RateOf(decimal.RequireFromString("2e6")); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("RateOf(2e6) = %v", err)
	}
	a, b := MustParseRate("0.8"), MustParseRate("1.2")
	if a.Cmp(b) != -1 || b.Cmp(a) != 1 || a.Cmp(a) != 0 || !Percent(0).IsZero() || !MustParseRate("-1").IsNegative() {
		t.Error("Rate comparisons disagree")
	}
}

func TestDisplay(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		m    string
		want string
	}{
		{"zh-Hans", "1234.5", "¥1,234.50"},
		{"zh-TW", "1234567.89", "¥1,234,567.89"},
		{"en", "1234.5", "CN¥1,234.50"},
		{"fr", "-12.3", "-CN¥12.30"},
		{"zh", "0", "¥0.00"},
	} {
		if got := MustParseMoney(tc.m).Display(language.MustParse(tc.tag)); got != tc.want {
			t.Errorf("Display(%s, %s) = %q, want %q", tc.tag, tc.m, got, tc.want)
		}
	}
}

func TestRoundingLabels(t *testing.T) {
	testkit.Labels(t, "funding.rounding", Roundings())
	var r Rounding
	if err := r.UnmarshalText([]byte("half_even")); err != nil || r != RoundHalfEven {
		t.Errorf("UnmarshalText = %v, %v", r, err)
	}
	if b, err := RoundHalfUp.MarshalText(); err != nil || string(b) != "half_up" {
		t.Errorf("MarshalText = %s, %v", b, err)
	}
	if RoundHalfUp.Label(language.SimplifiedChinese) != "四舍五入" {
		t.Errorf("label = %s", RoundHalfUp.Label(language.SimplifiedChinese))
	}
}

// genMoney draws amounts across the whole range, dense near zero.
func genMoney() *rapid.Generator[Money] {
	return rapid.Custom(func(t *rapid.T) Money {
		limit := rapid.SampledFrom([]int64{100, 1_000_000, 10_000_000_000, maxFen / 4}).Draw(t, "limit")
		return Money{rapid.Int64Range(-limit, limit).Draw(t, "fen")}
	})
}

func TestAdditionProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := genMoney().Draw(t, "a"), genMoney().Draw(t, "b"), genMoney().Draw(t, "c")
		if !a.Add(b).Add(c).Equal(a.Add(b.Add(c))) {
			t.Fatalf("(a+b)+c ≠ a+(b+c) for %s, %s, %s", a, b, c)
		}
		if !a.Add(b).Equal(b.Add(a)) {
			t.Fatalf("a+b ≠ b+a for %s, %s", a, b)
		}
		if !a.Add(a.Neg()).IsZero() || !a.Sub(b).Add(b).Equal(a) {
			t.Fatalf("no inverse for %s, %s", a, b)
		}
		if !a.Add(Money{}).Equal(a) {
			t.Fatalf("zero is not neutral for %s", a)
		}
	})
}

func TestMoneyTextRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := genMoney().Draw(t, "m")
		back, err := ParseMoney(m.String())
		if err != nil || !back.Equal(m) {
			t.Fatalf("ParseMoney(%s) = %v, %v", m, back, err)
		}
		d, err := FromDecimal(m.Decimal())
		if err != nil || !d.Equal(m) {
			t.Fatalf("FromDecimal(%s) = %v, %v", m.Decimal(), d, err)
		}
	})
}

func TestMulMatchesDecimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := Money{rapid.Int64Range(-1_000_000_000, 1_000_000_000).Draw(t, "fen")}
		r := Rate{rapid.Int64Range(-10*rateScale, 10*rateScale).Draw(t, "micro")}
		exact := m.Decimal().Mul(r.Decimal())
		up, err := m.Mul(r)
		if err != nil {
			t.Fatal(err)
		}
		// shopspring/decimal's Round is half away from zero; RoundBank half-even.
		if want := exact.Round(2); !up.Decimal().Equal(want) {
			t.Fatalf("%s × %s = %s, want %s", m, r, up, want)
		}
		even, err := m.MulRound(r, RoundHalfEven)
		if err != nil {
			t.Fatal(err)
		}
		if want := exact.RoundBank(2); !even.Decimal().Equal(want) {
			t.Fatalf("%s × %s half-even = %s, want %s", m, r, even, want)
		}
	})
}

func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"1234", "1234.5", "1234.50", "-12.30", "0", "-0", "007", "1e3", "999999999999999.99", "1000000000000000", ".5", "1,234"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		// whatever shopspring/decimal reads, FromDecimal takes or refuses
		// without panicking, and agrees with ParseMoney where both read it
		if d, derr := decimal.NewFromString(s); derr == nil && len(s) < 64 {
			fm, ferr := FromDecimal(d)
			if err == nil && (ferr != nil || !fm.Equal(m)) {
				t.Fatalf("FromDecimal(%s) = %v, %v; ParseMoney says %s", s, fm, ferr, m)
			}
		}
		if err != nil {
			return
		}
		back, err := ParseMoney(m.String())
		if err != nil || !back.Equal(m) {
			t.Fatalf("%q → %s → %v, %v", s, m, back, err)
		}
		if up, err := m.ToUppercase(); (err != nil) != m.IsNegative() || (err == nil && up == "") {
			t.Fatalf("ToUppercase(%s) = %q, %v", m, up, err)
		}
	})
}

func FuzzMoneyJSON(f *testing.F) {
	for _, s := range []string{`"1234.50"`, `1234.5`, `null`, `"-0.01"`, `"\u0031"`, `""`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var m Money
		if err := json.Unmarshal(b, &m); err != nil {
			return
		}
		out, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var back Money
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(m) {
			t.Fatalf("%s → %s → %v, %v", b, out, back, err)
		}
	})
}

func FuzzParseRate(f *testing.F) {
	for _, s := range []string{"1.05", "0.8", "1000000", "-0.000001", "1.0000001", "-0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRate(s)
		if err != nil {
			return
		}
		back, err := ParseRate(r.String())
		if err != nil || !back.Equal(r) {
			t.Fatalf("%q → %s → %v, %v", s, r, back, err)
		}
		var j Rate
		b, _ := json.Marshal(r)
		if err := json.Unmarshal(b, &j); err != nil || !j.Equal(r) {
			t.Fatalf("JSON %s → %v, %v", b, j, err)
		}
	})
}

func FuzzRateJSON(f *testing.F) {
	for _, s := range []string{`"1.05"`, `1.05`, `null`, `"-0.000001"`, `"\u0031"`, `"1e3"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var r Rate
		if err := json.Unmarshal(b, &r); err != nil {
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back Rate
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(r) {
			t.Fatalf("%s → %s → %v, %v", b, out, back, err)
		}
	})
}

var sink Money

func BenchmarkMoneyAdd(b *testing.B) {
	b.ReportAllocs()
	x, y := MustParseMoney("1234.56"), MustParseMoney("7.89")
	for b.Loop() {
		x = x.Add(y)
	}
	sink = x
}

func BenchmarkMoneyMul(b *testing.B) {
	b.ReportAllocs()
	x, r := Yuan(3400), MustParseRate("1.55")
	var out Money
	for b.Loop() {
		out, _ = x.Mul(r)
	}
	sink = out
}

func BenchmarkParseMoney(b *testing.B) {
	b.ReportAllocs()
	var out Money
	for b.Loop() {
		out, _ = ParseMoney("123456.78")
	}
	sink = out
}

func BenchmarkMoneyMarshalJSON(b *testing.B) {
	b.ReportAllocs()
	m := MustParseMoney("123456.78")
	for b.Loop() {
		_, _ = m.MarshalJSON()
	}
}
