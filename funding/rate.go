package funding

import (
	"fmt"
	"iter"
	"strconv"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// rateScale is the number of units in 1: a Rate has six decimal places.
const rateScale = 1_000_000

// ratePlaces is the number of decimal places of a Rate.
const ratePlaces = 6

// maxMicro bounds a Rate to ±1,000,000.
const maxMicro = 1_000_000 * rateScale

// Rate is an exact decimal factor with up to six places — a pay coefficient
// (1.05), a share (0.80), a multiplier for an assessment band (1.2). Money is
// multiplied by a Rate with Mul or MulRound. The zero value is 0. A Rate
// lies within ±1,000,000. Its JSON is a quoted decimal ("1.05"), whatever
// shopspring/decimal's process-wide settings say.
type Rate struct {
	micro int64
}

// Percent returns p per cent as a Rate: Percent(80) is 0.8. It is meant
// for constants and panics beyond the range of a Rate.
func Percent(p int64) Rate {
	if p > maxMicro/10_000 || p < -maxMicro/10_000 {
		panic(fmt.Errorf("%w: %d%%", ErrOutOfRange, p))
	}
	return Rate{p * 10_000}
}

// RateOf returns the decimal d as a Rate, or an error when d has more than
// six significant decimal places or lies beyond ±1,000,000.
func RateOf(d decimal.Decimal) (Rate, error) {
	// as in FromDecimal: no arithmetic on absurd exponents
	if d.IsZero() {
		return Rate{}, nil
	}
	if exp := d.Exponent(); exp > 7 {
		return Rate{}, fmt.Errorf("%w: rate %s", ErrOutOfRange, sci(d))
	} else if exp < -ratePlaces && -ratePlaces-int64(exp) > int64(d.NumDigits()) {
		return Rate{}, fmt.Errorf("%w: rate %s has more than %d decimal places", ErrInvalidAmount, sci(d), ratePlaces)
	}
	shifted := d.Shift(ratePlaces)
	if !shifted.IsInteger() {
		return Rate{}, fmt.Errorf("%w: rate %s has more than %d decimal places", ErrInvalidAmount, d.String(), ratePlaces)
	}
	if shifted.Abs().GreaterThan(decimal.New(maxMicro, 0)) {
		return Rate{}, fmt.Errorf("%w: rate %s", ErrOutOfRange, d.String())
	}
	return Rate{shifted.IntPart()}, nil
}

// ParseRate parses a rate written like an amount ("1.05", "0.8", "2",
// "-0.25") with at most six decimal places; the same things are refused as
// by ParseMoney (no plus sign, exponent, grouping, leading zero or negative
// zero).
func ParseRate(s string) (Rate, error) {
	neg, whole, frac, places, reason := scanNumber(s, ratePlaces)
	if reason != "" {
		return Rate{}, &ParseError{What: "rate", Value: s, Reason: reason, err: ErrInvalidAmount}
	}
	if len(whole) > 7 {
		return Rate{}, &ParseError{What: "rate", Value: s, Reason: "beyond the range of a rate", err: ErrOutOfRange}
	}
	n := digitsValue(whole)*rateScale + scaleFrac(frac, places, ratePlaces)
	if n > maxMicro {
		return Rate{}, &ParseError{What: "rate", Value: s, Reason: "beyond the range of a rate", err: ErrOutOfRange}
	}
	if n == 0 && neg {
		return Rate{}, &ParseError{What: "rate", Value: s, Reason: "negative zero", err: ErrInvalidAmount}
	}
	if neg {
		n = -n
	}
	return Rate{n}, nil
}

// MustParseRate is ParseRate for tests and constants; it panics on error.
func MustParseRate(s string) Rate {
	r, err := ParseRate(s)
	if err != nil {
		panic(err)
	}
	return r
}

// Decimal returns the rate as a decimal.
func (r Rate) Decimal() decimal.Decimal { return decimal.New(r.micro, -ratePlaces) }

// Cmp returns −1, 0 or +1 as r is less than, equal to or greater than o.
func (r Rate) Cmp(o Rate) int {
	switch {
	case r.micro < o.micro:
		return -1
	case r.micro > o.micro:
		return 1
	}
	return 0
}

// Equal reports whether r and o are the same rate.
func (r Rate) Equal(o Rate) bool { return r.micro == o.micro }

// IsZero reports whether r is 0.
func (r Rate) IsZero() bool { return r.micro == 0 }

// IsNegative reports whether r is below zero.
func (r Rate) IsNegative() bool { return r.micro < 0 }

// String returns the rate in its shortest form: "1.05", "0.8", "1", "-0.25".
func (r Rate) String() string {
	var buf [24]byte
	return string(r.appendText(buf[:0]))
}

func (r Rate) appendText(b []byte) []byte {
	n := r.micro
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/rateScale, 10)
	frac := n % rateScale
	if frac == 0 {
		return b
	}
	var digits [ratePlaces]byte
	for i := ratePlaces - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	end := ratePlaces
	for digits[end-1] == '0' {
		end--
	}
	b = append(b, '.')
	return append(b, digits[:end]...)
}

// AppendText appends String's form to b.
func (r Rate) AppendText(b []byte) ([]byte, error) { return r.appendText(b), nil }

// MarshalText returns String's form.
func (r Rate) MarshalText() ([]byte, error) { return r.appendText(nil), nil }

// UnmarshalText parses text as ParseRate does. On error r is unchanged.
func (r *Rate) UnmarshalText(text []byte) error {
	v, err := ParseRate(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// MarshalJSON returns the rate as a quoted decimal ("1.05").
func (r Rate) MarshalJSON() ([]byte, error) {
	b := append(make([]byte, 0, 24), '"')
	b = r.appendText(b)
	return append(b, '"'), nil
}

// UnmarshalJSON accepts a quoted rate as ParseRate does and rejects a bare
// number; null leaves r unchanged. On error r is unchanged.
func (r *Rate) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	s, ok := unquote(b)
	if !ok {
		return &ParseError{What: "rate", Value: string(b), Reason: "want a quoted string such as \"1.05\"", err: ErrInvalidAmount}
	}
	return r.UnmarshalText([]byte(s))
}

// Rounding says how a product is rounded to the fen.
type Rounding uint8

// Rounding modes.
const (
	RoundingUnknown Rounding = iota
	RoundHalfUp              // 四舍五入: a half fen goes away from zero (the default)
	RoundHalfEven            // 银行家舍入: a half fen goes to the even fen
)

var roundingTokens = enum.Tokens[Rounding]{"unknown", "half_up", "half_even"}

// String returns the mode's token.
func (r Rounding) String() string { return roundingTokens.String(r) }

// IsValid reports whether r is a known mode.
func (r Rounding) IsValid() bool { return roundingTokens.Valid(r) }

// MarshalText returns the mode's token.
func (r Rounding) MarshalText() ([]byte, error) { return roundingTokens.Marshal("rounding", r) }

// UnmarshalText sets r from its token.
func (r *Rounding) UnmarshalText(b []byte) error {
	return roundingTokens.Unmarshal("rounding", r, b)
}

// Label returns the mode's name in the language matched for tag.
func (r Rounding) Label(tag language.Tag) string {
	return i18n.Label(tag, "funding.rounding", r.String())
}

// Roundings yields every valid mode.
func Roundings() iter.Seq[Rounding] { return roundingTokens.All() }

// roundsUp reports whether the quotient q with remainder rem of a division
// by d moves one unit away from zero.
func (r Rounding) roundsUp(q, rem, d uint64) bool {
	twice := 2 * rem // rem < d ≤ 2^63, so this does not overflow
	switch {
	case twice > d:
		return true
	case twice < d:
		return false
	}
	return r == RoundHalfUp || q%2 == 1
}
