package governance

import (
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Personal identifiers are kept as a number, not as the text, and that
// number is scrambled with opaqueKey. fmt cannot ask a value in an
// unexported struct field to mask itself; scrambled, such a value prints as
// an opaque number rather than as someone's identity number. This is a guard
// against accidental rendering, not encryption.
const opaqueKey uint64 = 0xA5A5_A5A5_A5A5_A5A5

// ResidentID is a resident identity number (公民身份号码, GB 11643-1999):
// a 6-digit address code, the 8-digit birth date, a 3-digit sequence whose
// parity gives the sex, and a check character. The zero ResidentID is "no
// number" (IsZero).
//
// A ResidentID is personal data and masks itself everywhere it renders
// automatically — String, every fmt verb (%v %+v %#v %s %q %x …), text and
// JSON marshalling, slog — as "110*************2X": the first three and the
// last two characters, never the birth date. Reveal is the only way to the
// full number.
//
// Loading a masked number back is impossible by design: UnmarshalText and
// UnmarshalJSON reject a masked value (and accept a full one, or "" for the
// zero value). As a consequence a value that holds a ResidentID, such as
// Person, does not survive a JSON round trip by design: its JSON shows the
// masked number, and decoding that JSON fails with
// governance.resident_id.masked. JSON is for display and exchange of
// masked data; storage adapters write Reveal() to their own column and read
// it back with ParseResidentID.
type ResidentID struct {
	n uint64 // the first 17 digits as a number, scrambled with opaqueKey; 0 for the zero value
}

// residentIDWeights are the weights of GB 11643-1999 for the first 17 digits.
var residentIDWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// residentIDChecks maps the weighted sum modulo 11 to the check character.
const residentIDChecks = "10X98765432"

// residentIDLen is the length of an identity number in characters.
const residentIDLen = 18

// ResidentIDError says why a string is not a resident identity number. It
// never holds the string itself, which could leak into logs.
type ResidentIDError struct {
	// Code is the problem code: governance.resident_id.length, .character,
	// .check_character, .birth_date, .check or .masked.
	Code   string
	Length int  // the number of characters found (length)
	Index  int  // the position of the offending character, 0 for the first (character, check_character)
	Char   rune // the offending character (character, check_character)
	Want   byte // the check character the first 17 digits call for (check)
	Got    byte // the check character found (check)
}

const (
	residentIDLength         = "governance.resident_id.length"
	residentIDCharacter      = "governance.resident_id.character"
	residentIDCheckCharacter = "governance.resident_id.check_character"
	residentIDBirthDate      = "governance.resident_id.birth_date"
	residentIDCheck          = "governance.resident_id.check"
	residentIDMasked         = "governance.resident_id.masked"
)

// Error describes the error in English.
func (e *ResidentIDError) Error() string {
	return "governance: resident identity number: " + e.Problem("").Error()
}

// Problem returns the error as a problem at path, for validations that
// collect every problem; its text is in the catalog under Code.
func (e *ResidentIDError) Problem(path string) Problem {
	switch e.Code {
	case residentIDLength:
		return Errorf(e.Code, path, e.Length)
	case residentIDCharacter, residentIDCheckCharacter:
		return Errorf(e.Code, path, e.Index+1, string(e.Char))
	case residentIDCheck:
		return Errorf(e.Code, path, string(rune(e.Got)), string(rune(e.Want)))
	}
	return Errorf(e.Code, path)
}

// Unwrap returns the error's Problem, so that errors.Is(err,
// Problem{Code: "governance.resident_id.check"}) works.
func (e *ResidentIDError) Unwrap() error { return e.Problem("") }

// Message returns the error's text in the language matched for tag.
func (e *ResidentIDError) Message(tag language.Tag) string { return e.Problem("").Message(tag) }

// ParseResidentID parses an 18-character identity number: 17 digits and a
// check character (a digit or X; a lowercase x is accepted and stored as
// X). The birth date must be a real calendar day; whether it lies in the
// future is a question about a given day, not part of parsing. The error is
// a *ResidentIDError.
func ParseResidentID(s string) (ResidentID, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == '*' {
			return ResidentID{}, &ResidentIDError{Code: residentIDMasked}
		}
	}
	if len(s) != residentIDLen {
		n, pos, r := foreign(s, residentIDLen)
		switch {
		case n != residentIDLen:
			return ResidentID{}, &ResidentIDError{Code: residentIDLength, Length: n}
		case pos == residentIDLen-1:
			return ResidentID{}, &ResidentIDError{Code: residentIDCheckCharacter, Index: pos, Char: r}
		}
		return ResidentID{}, &ResidentIDError{Code: residentIDCharacter, Index: pos, Char: r}
	}
	var n uint64
	sum := 0
	for i := 0; i < residentIDLen-1; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			r, _ := utf8.DecodeRuneInString(s[i:])
			return ResidentID{}, &ResidentIDError{Code: residentIDCharacter, Index: i, Char: r}
		}
		n = n*10 + uint64(c-'0')
		sum += int(c-'0') * residentIDWeights[i]
	}
	got := s[residentIDLen-1]
	if got == 'x' {
		got = 'X'
	}
	if (got < '0' || got > '9') && got != 'X' {
		r, _ := utf8.DecodeRuneInString(s[residentIDLen-1:])
		return ResidentID{}, &ResidentIDError{Code: residentIDCheckCharacter, Index: residentIDLen - 1, Char: r}
	}
	id := ResidentID{n ^ opaqueKey}
	if !id.Birth().IsValid() {
		return ResidentID{}, &ResidentIDError{Code: residentIDBirthDate}
	}
	if want := residentIDChecks[sum%11]; got != want {
		return ResidentID{}, &ResidentIDError{Code: residentIDCheck, Want: want, Got: got}
	}
	return id, nil
}

// MustParseResidentID is ParseResidentID for tests and examples; it panics
// on error.
func MustParseResidentID(s string) ResidentID {
	id, err := ParseResidentID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// digits returns the first 17 digits as a number.
func (id ResidentID) digits() uint64 { return id.n ^ opaqueKey }

// IsZero reports whether id is the zero ResidentID ("no number").
func (id ResidentID) IsZero() bool { return id.n == 0 }

// Birth returns the birth date the number records; the zero Date for the
// zero ResidentID.
func (id ResidentID) Birth() Date {
	if id.IsZero() {
		return Date{}
	}
	b := int(id.digits() / 1_000 % 100_000_000) // digits 7–14: YYYYMMDD
	return Date{b / 10_000, time.Month(b / 100 % 100), b % 100}
}

// Sex returns the sex the number records: male for an odd sequence, female
// for an even one; SexUnknown for the zero ResidentID.
func (id ResidentID) Sex() Sex {
	switch {
	case id.IsZero():
		return SexUnknown
	case id.digits()%2 == 1:
		return SexMale
	}
	return SexFemale
}

// Region returns the 6-digit address code (GB/T 2260) of the place where
// the number was first issued; "" for the zero ResidentID. It is part of
// the personal data: do not log it.
func (id ResidentID) Region() string {
	if id.IsZero() {
		return ""
	}
	return fmt.Sprintf("%06d", id.digits()/100_000_000_000)
}

// AgeOn returns the age in full years on day d: the number of birthdays
// reached by then. Someone born on 29 February has the birthday on
// 1 March in common years. A day before the birth gives a negative age;
// the zero ResidentID gives 0.
func (id ResidentID) AgeOn(d Date) int {
	if id.IsZero() {
		return 0
	}
	b := id.Birth()
	age := d.Year - b.Year
	if d.Month < b.Month || d.Month == b.Month && d.Day < b.Day {
		age--
	}
	return age
}

// Reveal returns the full 18-character number, or "" for the zero
// ResidentID. It is the one way to the full value: call it only to store
// the number or to show it to someone entitled to see it.
func (id ResidentID) Reveal() string {
	if id.IsZero() {
		return ""
	}
	b := id.full()
	return string(b[:])
}

// full returns the 18 characters of the number.
func (id ResidentID) full() [residentIDLen]byte {
	var b [residentIDLen]byte
	n := id.digits()
	sum := 0
	for i := residentIDLen - 2; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		sum += int(n%10) * residentIDWeights[i]
		n /= 10
	}
	b[residentIDLen-1] = residentIDChecks[sum%11]
	return b
}

// String returns the masked number, "110*************2X", or "" for the
// zero ResidentID.
func (id ResidentID) String() string {
	b, _ := id.AppendText(make([]byte, 0, residentIDLen))
	return string(b)
}

// AppendText appends the masked number: the first three and the last two
// characters, the rest as '*'.
func (id ResidentID) AppendText(b []byte) ([]byte, error) {
	if id.IsZero() {
		return b, nil
	}
	full := id.full()
	b = append(b, full[:3]...)
	b = append(b, "*************"...)
	return append(b, full[residentIDLen-2:]...), nil
}

// MarshalText returns the masked number (see ResidentID); JSON uses it too.
func (id ResidentID) MarshalText() ([]byte, error) { return id.AppendText(nil) }

// UnmarshalText parses a full number; empty text is the zero ResidentID. A
// masked number is an error (governance.resident_id.masked): it cannot be
// turned back into the number. On error id is unchanged.
func (id *ResidentID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ResidentID{}
		return nil
	}
	v, err := ParseResidentID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Format implements fmt.Formatter so that every verb prints the masked
// number.
func (id ResidentID) Format(f fmt.State, verb rune) {
	formatMasked(f, verb, id.String(), "governance.ResidentID")
}

// GoString returns the masked number as governance.ResidentID("…").
func (id ResidentID) GoString() string {
	return "governance.ResidentID(" + strconv.Quote(id.String()) + ")"
}

// LogValue implements slog.LogValuer: the masked number.
func (id ResidentID) LogValue() slog.Value { return slog.StringValue(id.String()) }

// foreign returns the number of characters in s and, when that is want
// although s has more bytes, the position and value of the first character
// that is not ASCII. An input of the right length in characters is then
// reported for its wrong character, not for its length.
func foreign(s string, want int) (n, pos int, r rune) {
	n = utf8.RuneCountInString(s)
	if n == want {
		for _, c := range s {
			if c >= utf8.RuneSelf {
				return n, pos, c
			}
			pos++
		}
	}
	return n, 0, 0
}

// formatMasked prints a masked value for any fmt verb: %#v as Go-like
// syntax, every other verb as the verb would print the masked string.
func formatMasked(f fmt.State, verb rune, masked, typ string) {
	if verb == 'v' && f.Flag('#') {
		_, _ = io.WriteString(f, typ+"("+strconv.Quote(masked)+")")
		return
	}
	_, _ = fmt.Fprintf(f, fmt.FormatString(f, verb), masked)
}

// Phone is a mainland mobile phone number (手机号码): 11 digits starting
// with 1. The zero Phone is "no number" (IsZero).
//
// A Phone is personal data and masks itself as ResidentID does — String,
// every fmt verb, text and JSON marshalling, slog — as "138****5678";
// Reveal is the only way to the full number. A masked number cannot be
// loaded back (UnmarshalText rejects it with governance.phone.masked), so a
// Person's JSON does not round-trip by design: storage adapters write
// Reveal() and read it back with ParsePhone.
type Phone struct {
	n uint64 // the number, scrambled with opaqueKey; 0 for the zero value
}

// phoneLen is the length of a mobile number in digits.
const phoneLen = 11

// PhoneError says why a string is not a mobile phone number. It never
// holds the string itself.
type PhoneError struct {
	// Code is the problem code: governance.phone.length, .character,
	// .prefix or .masked.
	Code   string
	Length int  // the number of characters found (length)
	Index  int  // the position of the offending character, 0 for the first (character)
	Char   rune // the offending character (character)
}

const (
	phoneLength    = "governance.phone.length"
	phoneCharacter = "governance.phone.character"
	phonePrefix    = "governance.phone.prefix"
	phoneMasked    = "governance.phone.masked"
)

// Error describes the error in English.
func (e *PhoneError) Error() string { return "governance: phone number: " + e.Problem("").Error() }

// Problem returns the error as a problem at path.
func (e *PhoneError) Problem(path string) Problem {
	switch e.Code {
	case phoneLength:
		return Errorf(e.Code, path, e.Length)
	case phoneCharacter:
		return Errorf(e.Code, path, e.Index+1, string(e.Char))
	}
	return Errorf(e.Code, path)
}

// Unwrap returns the error's Problem.
func (e *PhoneError) Unwrap() error { return e.Problem("") }

// Message returns the error's text in the language matched for tag.
func (e *PhoneError) Message(tag language.Tag) string { return e.Problem("").Message(tag) }

// ParsePhone parses an 11-digit mobile number starting with 1, written
// without spaces, dashes or a country code. The error is a *PhoneError.
func ParsePhone(s string) (Phone, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == '*' {
			return Phone{}, &PhoneError{Code: phoneMasked}
		}
	}
	if len(s) != phoneLen {
		n, pos, r := foreign(s, phoneLen)
		if n != phoneLen {
			return Phone{}, &PhoneError{Code: phoneLength, Length: n}
		}
		return Phone{}, &PhoneError{Code: phoneCharacter, Index: pos, Char: r}
	}
	var n uint64
	for i := 0; i < phoneLen; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			r, _ := utf8.DecodeRuneInString(s[i:])
			return Phone{}, &PhoneError{Code: phoneCharacter, Index: i, Char: r}
		}
		n = n*10 + uint64(c-'0')
	}
	if s[0] != '1' {
		return Phone{}, &PhoneError{Code: phonePrefix}
	}
	return Phone{n ^ opaqueKey}, nil
}

// MustParsePhone is ParsePhone for tests and examples; it panics on error.
func MustParsePhone(s string) Phone {
	p, err := ParsePhone(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsZero reports whether p is the zero Phone ("no number").
func (p Phone) IsZero() bool { return p.n == 0 }

// Reveal returns the full 11-digit number, or "" for the zero Phone. It is
// the one way to the full value.
func (p Phone) Reveal() string {
	if p.IsZero() {
		return ""
	}
	b := p.full()
	return string(b[:])
}

// full returns the 11 digits of the number.
func (p Phone) full() [phoneLen]byte {
	var b [phoneLen]byte
	n := p.n ^ opaqueKey
	for i := phoneLen - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return b
}

// String returns the masked number, "138****5678", or "" for the zero
// Phone.
func (p Phone) String() string {
	b, _ := p.AppendText(make([]byte, 0, phoneLen))
	return string(b)
}

// AppendText appends the masked number: the first three and the last four
// digits, the middle four as '*'.
func (p Phone) AppendText(b []byte) ([]byte, error) {
	if p.IsZero() {
		return b, nil
	}
	full := p.full()
	b = append(b, full[:3]...)
	b = append(b, "****"...)
	return append(b, full[7:]...), nil
}

// MarshalText returns the masked number (see Phone); JSON uses it too.
func (p Phone) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText parses a full number; empty text is the zero Phone. A masked
// number is an error (governance.phone.masked). On error p is unchanged.
func (p *Phone) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Phone{}
		return nil
	}
	v, err := ParsePhone(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Format implements fmt.Formatter so that every verb prints the masked
// number.
func (p Phone) Format(f fmt.State, verb rune) { formatMasked(f, verb, p.String(), "governance.Phone") }

// GoString returns the masked number as governance.Phone("…").
func (p Phone) GoString() string { return "governance.Phone(" + strconv.Quote(p.String()) + ")" }

// LogValue implements slog.LogValuer: the masked number.
func (p Phone) LogValue() slog.Value { return slog.StringValue(p.String()) }
