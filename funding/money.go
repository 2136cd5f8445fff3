package funding

import (
	"errors"
	"fmt"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"
)

// maxFen is the largest magnitude a Money holds: 999,999,999,999,999.99
// yuan, just under one thousand trillion (千万亿) — a million times any public
// budget, within what the uppercase form can write with units up to 亿, and
// small enough that the sum of two amounts never overflows int64.
const maxFen = 99_999_999_999_999_999

// maxIntDigits is the number of digits of maxFen's yuan part.
const maxIntDigits = 15

// ErrOutOfRange is wrapped by every error for an amount beyond ±MaxMoney().
var ErrOutOfRange = errors.New("funding: amount out of range")

// ErrInvalidAmount is wrapped by every error for text that is not an amount
// or a rate.
var ErrInvalidAmount = errors.New("funding: invalid amount")

// Money is an amount of renminbi with exactly two decimal places (元 and
// fen, 分). It is exact: inside it is a whole number of fen, so adding,
// comparing and allocating never round, and no float64 is ever involved.
// The zero value is 0.00 yuan.
//
// A Money lies within ±MaxMoney() (999,999,999,999,999.99 yuan). Parsing,
// the checked constructors and multiplication return ErrOutOfRange beyond
// it; Add, Sub and Neg panic, as integer division by zero does, because no
// sum of real amounts comes near the bound — a ledger that must never panic
// on foreign data checks its running totals against it (the budget ledger
// does).
//
// Money compares with Equal or Cmp; == also works (one representation per
// amount), unlike shopspring/decimal where 1.50 and 1.5 differ.
type Money struct {
	fen int64
}

// MaxMoney returns the largest amount a Money holds.
func MaxMoney() Money { return Money{maxFen} }

// Yuan returns n yuan. It panics when n is beyond the range (more than 15
// digits); it is meant for constants. Use ParseMoney or FromFen for input.
func Yuan(n int64) Money {
	if n > maxFen/100 || n < -maxFen/100 {
		panic(fmt.Errorf("%w: %d yuan", ErrOutOfRange, n))
	}
	return Money{n * 100}
}

// Fen returns n fen (分, hundredths of a yuan). It panics when n is beyond
// the range; FromFen is the checked form.
func Fen(n int64) Money {
	m, err := FromFen(n)
	if err != nil {
		panic(err)
	}
	return m
}

// FromFen returns n fen, or an error wrapping ErrOutOfRange. It is the
// constructor for amounts stored as whole fen.
func FromFen(n int64) (Money, error) {
	if n > maxFen || n < -maxFen {
		return Money{}, fmt.Errorf("%w: %d fen", ErrOutOfRange, n)
	}
	return Money{n}, nil
}

// FromDecimal returns d as Money. It rejects a value that is not a whole
// number of fen (1.005) and one beyond the range; a decimal written with
// more places whose extra digits are zero (1.500) is accepted, because it
// is the same amount.
func FromDecimal(d decimal.Decimal) (Money, error) {
	// exponents far out of range are refused before any arithmetic, which
	// would build a number of that many digits
	if d.IsZero() {
		return Money{}, nil
	}
	if exp := d.Exponent(); exp > maxIntDigits {
		return Money{}, fmt.Errorf("%w: %s", ErrOutOfRange, sci(d))
	} else if exp < -2 && -2-int64(exp) > int64(d.NumDigits()) {
		return Money{}, fmt.Errorf("%w: %s has more than two decimal places", ErrInvalidAmount, sci(d))
	}
	shifted := d.Shift(2)
	if !shifted.IsInteger() {
		return Money{}, fmt.Errorf("%w: %s has more than two decimal places", ErrInvalidAmount, d.String())
	}
	if shifted.Abs().GreaterThan(decimal.New(maxFen, 0)) {
		return Money{}, fmt.Errorf("%w: %s", ErrOutOfRange, d.String())
	}
	return Money{shifted.IntPart()}, nil
}

// sci writes d as coefficient and exponent ("1e-1000000"), which stays as
// short as the input however large the exponent.
func sci(d decimal.Decimal) string {
	return d.Coefficient().String() + "e" + strconv.Itoa(int(d.Exponent()))
}

// Decimal returns the amount as a decimal with exponent −2.
func (m Money) Decimal() decimal.Decimal { return decimal.New(m.fen, -2) }

// InFen returns the amount as a whole number of fen.
func (m Money) InFen() int64 { return m.fen }

// checked returns Money{n}, or panics beyond the range.
func checked(n int64) Money {
	if n > maxFen || n < -maxFen {
		panic(fmt.Errorf("%w: %d fen", ErrOutOfRange, n))
	}
	return Money{n}
}

// Add returns m + o. It panics when the sum leaves the range (see Money).
func (m Money) Add(o Money) Money { return checked(m.fen + o.fen) }

// Sub returns m − o. It panics when the difference leaves the range.
func (m Money) Sub(o Money) Money { return checked(m.fen - o.fen) }

// Neg returns −m. It never leaves the range.
func (m Money) Neg() Money { return Money{-m.fen} }

// Abs returns |m|.
func (m Money) Abs() Money {
	if m.fen < 0 {
		return Money{-m.fen}
	}
	return m
}

// addChecked returns m + o, or false when the sum leaves the range.
func (m Money) addChecked(o Money) (Money, bool) {
	s := m.fen + o.fen
	if s > maxFen || s < -maxFen {
		return Money{}, false
	}
	return Money{s}, true
}

// Times returns m × n exactly, or an error wrapping ErrOutOfRange.
func (m Money) Times(n int64) (Money, error) {
	hi, lo := bits.Mul64(uabs(m.fen), uabs(n))
	if hi != 0 || lo > maxFen {
		return Money{}, fmt.Errorf("%w: %s × %d", ErrOutOfRange, m, n)
	}
	if (m.fen < 0) != (n < 0) {
		return Money{-int64(lo)}, nil
	}
	return Money{int64(lo)}, nil
}

// Mul returns m × r rounded half-up to the fen (四舍五入: a half fen goes away
// from zero), or an error wrapping ErrOutOfRange.
func (m Money) Mul(r Rate) (Money, error) { return m.MulRound(r, RoundHalfUp) }

// MulRound returns m × r rounded to the fen by mode, or an error for an
// unknown mode or a product beyond the range. The product is computed
// exactly before the one rounding.
func (m Money) MulRound(r Rate, mode Rounding) (Money, error) {
	if !mode.IsValid() {
		return Money{}, fmt.Errorf("funding: multiplying %s: unknown rounding mode %d", m, uint8(mode))
	}
	hi, lo := bits.Mul64(uabs(m.fen), uabs(r.micro))
	if hi >= rateScale {
		return Money{}, fmt.Errorf("%w: %s × %s", ErrOutOfRange, m, r)
	}
	q, rem := bits.Div64(hi, lo, rateScale)
	if mode.roundsUp(q, rem, rateScale) {
		q++
	}
	if q > maxFen {
		return Money{}, fmt.Errorf("%w: %s × %s", ErrOutOfRange, m, r)
	}
	if (m.fen < 0) != (r.micro < 0) {
		return Money{-int64(q)}, nil
	}
	return Money{int64(q)}, nil
}

func uabs(n int64) uint64 {
	if n < 0 {
		return uint64(-n)
	}
	return uint64(n)
}

// Cmp returns −1, 0 or +1 as m is less than, equal to or greater than o.
func (m Money) Cmp(o Money) int {
	switch {
	case m.fen < o.fen:
		return -1
	case m.fen > o.fen:
		return 1
	}
	return 0
}

// Compare is Cmp, for slices.SortFunc and cmp-style APIs.
func (m Money) Compare(o Money) int { return m.Cmp(o) }

// Equal reports whether m and o are the same amount.
func (m Money) Equal(o Money) bool { return m.fen == o.fen }

// IsZero reports whether m is 0.00.
func (m Money) IsZero() bool { return m.fen == 0 }

// IsNegative reports whether m is below zero.
func (m Money) IsNegative() bool { return m.fen < 0 }

// IsPositive reports whether m is above zero.
func (m Money) IsPositive() bool { return m.fen > 0 }

// Sign returns −1, 0 or +1.
func (m Money) Sign() int { return m.Cmp(Money{}) }

// Min returns the smaller of m and o.
func (m Money) Min(o Money) Money {
	if o.fen < m.fen {
		return o
	}
	return m
}

// String returns the amount with two places and no grouping: "1234.50",
// "-12.30", "0.00".
func (m Money) String() string {
	var buf [24]byte
	return string(m.appendPlain(buf[:0]))
}

// GoString returns funding.MustParseMoney("1234.50").
func (m Money) GoString() string { return `funding.MustParseMoney("` + m.String() + `")` }

func (m Money) appendPlain(b []byte) []byte {
	f := m.fen
	if f < 0 {
		b = append(b, '-')
		f = -f
	}
	b = strconv.AppendInt(b, f/100, 10)
	c := f % 100
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

// AppendText appends String's form to b (encoding.TextAppender).
func (m Money) AppendText(b []byte) ([]byte, error) { return m.appendPlain(b), nil }

// MarshalText returns String's form.
func (m Money) MarshalText() ([]byte, error) { return m.appendPlain(nil), nil }

// UnmarshalText parses text as ParseMoney does. On error m is unchanged.
func (m *Money) UnmarshalText(text []byte) error {
	v, err := ParseMoney(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// MarshalJSON returns the amount as a quoted string with two places
// ("1234.50"), whatever shopspring/decimal's process-wide settings say.
func (m Money) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, '"')
	b = m.appendPlain(b)
	return append(b, '"'), nil
}

// UnmarshalJSON accepts a quoted amount as ParseMoney does. A bare number
// is rejected: it would have passed through a float64 somewhere. JSON null
// leaves m unchanged, as encoding/json does for other types. On error m is
// unchanged.
func (m *Money) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	s, ok := unquote(b)
	if !ok {
		return &ParseError{What: "money", Value: string(b), Reason: "want a quoted string such as \"1234.50\"", err: ErrInvalidAmount}
	}
	return m.UnmarshalText([]byte(s))
}

// unquote returns the content of a JSON string that needs no unescaping;
// amounts and rates never do, so an escape is simply not an amount.
func unquote(b []byte) (string, bool) {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return "", false
	}
	s := b[1 : len(b)-1]
	for _, c := range s {
		if c == '\\' || c == '"' || c < ' ' {
			return "", false
		}
	}
	return string(s), true
}

// ParseError says why a text is not an amount or a rate. It wraps
// ErrInvalidAmount or ErrOutOfRange.
type ParseError struct {
	What   string // "money" or "rate"
	Value  string
	Reason string
	err    error
}

// Error describes the error in English.
func (e *ParseError) Error() string {
	return fmt.Sprintf("funding: parsing %s %q: %s", e.What, e.Value, e.Reason)
}

// Unwrap returns ErrInvalidAmount or ErrOutOfRange.
func (e *ParseError) Unwrap() error { return e.err }

// ParseMoney parses an amount written as digits with an optional minus sign
// and at most two decimal places: "1234", "1234.5", "1234.50", "-12.30".
// Nothing else is an amount: no plus sign, exponent, thousands separator,
// space, currency sign or third place (which would have to be rounded, and
// parsing never rounds); no leading zeros ("007", but "0.50" is fine); no
// point without digits on both sides (".5", "5."); and no negative zero
// ("-0", "-0.00"), since zero has no sign and a "-0" usually betrays a
// formatting bug upstream. Amounts beyond ±MaxMoney() wrap ErrOutOfRange.
func ParseMoney(s string) (Money, error) {
	neg, whole, frac, places, reason := scanNumber(s, 2)
	if reason != "" {
		return Money{}, &ParseError{What: "money", Value: s, Reason: reason, err: ErrInvalidAmount}
	}
	if len(whole) > maxIntDigits {
		return Money{}, &ParseError{What: "money", Value: s, Reason: "beyond the range of an amount", err: ErrOutOfRange}
	}
	n := digitsValue(whole)*100 + scaleFrac(frac, places, 2)
	if n == 0 && neg {
		return Money{}, &ParseError{What: "money", Value: s, Reason: "negative zero", err: ErrInvalidAmount}
	}
	if neg {
		n = -n
	}
	return Money{n}, nil
}

// MustParseMoney is ParseMoney for tests and constants; it panics on error.
func MustParseMoney(s string) Money {
	m, err := ParseMoney(s)
	if err != nil {
		panic(err)
	}
	return m
}

// scanNumber splits "-123.45" into its sign, integer digits and fraction
// digits, allowing at most maxPlaces places; reason is empty when s has the
// form.
func scanNumber(s string, maxPlaces int) (neg bool, whole, frac string, places int, reason string) {
	i := 0
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	whole = s[start:i]
	switch {
	case whole == "":
		if i < len(s) {
			return false, "", "", 0, fmt.Sprintf("unexpected %q", rest(s[i:]))
		}
		return false, "", "", 0, "no digits"
	case len(whole) > 1 && whole[0] == '0':
		return false, "", "", 0, "leading zero"
	case i == len(s):
		return neg, whole, "", 0, ""
	case s[i] != '.':
		return false, "", "", 0, fmt.Sprintf("unexpected %q", rest(s[i:]))
	}
	i++
	start = i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	frac = s[start:i]
	switch {
	case frac == "":
		return false, "", "", 0, "no digits after the decimal point"
	case len(frac) > maxPlaces:
		return false, "", "", 0, fmt.Sprintf("more than %d decimal places", maxPlaces)
	case i != len(s):
		return false, "", "", 0, fmt.Sprintf("unexpected %q", rest(s[i:]))
	}
	return neg, whole, frac, len(frac), ""
}

// rest returns the first character of s, whole even when it is not ASCII.
func rest(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func digitsValue(s string) int64 {
	var n int64
	for i := 0; i < len(s); i++ {
		n = n*10 + int64(s[i]-'0')
	}
	return n
}

// scaleFrac returns the fraction digits as a count of 10^-scale units.
func scaleFrac(frac string, places, scale int) int64 {
	n := digitsValue(frac)
	for ; places < scale; places++ {
		n *= 10
	}
	return n
}
