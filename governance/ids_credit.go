package governance

import (
	"unicode/utf8"

	"golang.org/x/text/language"
)

// CreditCode is a unified social credit code (统一社会信用代码,
// GB 32100-2015), the 18-character identifier of an organisation:
// registering authority (登记管理部门), organisation category (机构类别),
// the 6-digit GB/T 2260 region of registration, the 9-character
// organisation code (组织机构代码, GB 11714) and a check character. It is
// not personal data and prints in full. The empty CreditCode is "no code";
// a CreditCode built by conversion rather than ParseCreditCode may be
// malformed (IsValid).
type CreditCode string

// creditAlphabet is the code's alphabet: digits and capitals without
// I, O, S, V and Z. A character's value is its index.
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditValues maps a byte to its value in creditAlphabet, or -1.
var creditValues = func() (v [256]int8) {
	for i := range v {
		v[i] = -1
	}
	for i := 0; i < len(creditAlphabet); i++ {
		v[creditAlphabet[i]] = int8(i)
		if c := creditAlphabet[i]; c >= 'A' && c <= 'Z' {
			v[c+'a'-'A'] = int8(i) // a lowercase letter is read as its capital
		}
	}
	return v
}()

// creditWeights are the check weights 3^i mod 31, i = 0…16.
var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// creditCodeLen is the length of a credit code in characters.
const creditCodeLen = 18

// CreditCodeError says why a string is not a unified social credit code. A
// credit code is not personal data, but the error does not hold the input
// either: an identity number, also 18 characters, typed into the wrong field
// must not reach the logs.
type CreditCodeError struct {
	// Code is the problem code: governance.credit_code.length, .character,
	// .region or .check.
	Code   string
	Length int  // the number of characters found (length)
	Index  int  // the position of the offending character, 0 for the first (character, region)
	Char   rune // the offending character (character, region)
	Want   byte // the check character the first 17 call for (check)
	Got    byte // the check character found (check)
}

const (
	creditCodeLength    = "governance.credit_code.length"
	creditCodeCharacter = "governance.credit_code.character"
	creditCodeRegion    = "governance.credit_code.region"
	creditCodeCheck     = "governance.credit_code.check"
)

// Error describes the error in English.
func (e *CreditCodeError) Error() string {
	return "governance: credit code: " + e.Problem("").Error()
}

// Problem returns the error as a problem at path.
func (e *CreditCodeError) Problem(path string) Problem {
	switch e.Code {
	case creditCodeLength:
		return Errorf(e.Code, path, e.Length)
	case creditCodeCharacter, creditCodeRegion:
		return Errorf(e.Code, path, e.Index+1, string(e.Char))
	case creditCodeCheck:
		return Errorf(e.Code, path, string(rune(e.Got)), string(rune(e.Want)))
	}
	return Errorf(e.Code, path)
}

// Unwrap returns the error's Problem.
func (e *CreditCodeError) Unwrap() error { return e.Problem("") }

// Message returns the error's text in the language matched for tag.
func (e *CreditCodeError) Message(tag language.Tag) string { return e.Problem("").Message(tag) }

// ParseCreditCode parses an 18-character unified social credit code: every
// character from the code's alphabet (no I, O, S, V or Z; lowercase letters
// are accepted and stored as capitals), a 6-digit region, and the check
// character of GB 32100-2015: with weights wᵢ = 3^i mod 31 and values vᵢ
// (the index in the alphabet), c = 31 − (Σ vᵢ·wᵢ mod 31), 31 becoming 0.
// The error is a *CreditCodeError.
//
// # Source
//
// GB 32100-2015 法人和其他组织统一社会信用代码编码规则.
func ParseCreditCode(s string) (CreditCode, error) {
	if len(s) != creditCodeLen {
		n, pos, r := foreign(s, creditCodeLen)
		if n != creditCodeLen {
			return "", &CreditCodeError{Code: creditCodeLength, Length: n}
		}
		return "", &CreditCodeError{Code: creditCodeCharacter, Index: pos, Char: r}
	}
	var b [creditCodeLen]byte
	sum := 0
	for i := 0; i < creditCodeLen; i++ {
		v := creditValues[s[i]]
		if v < 0 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			return "", &CreditCodeError{Code: creditCodeCharacter, Index: i, Char: r}
		}
		if i >= 2 && i < 8 && v > 9 {
			return "", &CreditCodeError{Code: creditCodeRegion, Index: i, Char: rune(s[i])}
		}
		b[i] = creditAlphabet[v]
		if i < creditCodeLen-1 {
			sum += int(v) * creditWeights[i]
		}
	}
	want := creditAlphabet[(31-sum%31)%31]
	if got := b[creditCodeLen-1]; got != want {
		return "", &CreditCodeError{Code: creditCodeCheck, Want: want, Got: got}
	}
	if string(b[:]) == s {
		return CreditCode(s), nil // already canonical: no copy
	}
	return CreditCode(b[:]), nil
}

// MustParseCreditCode is ParseCreditCode for tests and constants; it panics
// on error.
func MustParseCreditCode(s string) CreditCode {
	c, err := ParseCreditCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsValid reports whether c is a well-formed code with a correct check
// character, in canonical (capital) form.
func (c CreditCode) IsValid() bool {
	v, err := ParseCreditCode(string(c))
	return err == nil && v == c
}

// String returns the code.
func (c CreditCode) String() string { return string(c) }

// part returns c[i:j], or "" when c is not 18 characters long.
func (c CreditCode) part(i, j int) string {
	if len(c) != creditCodeLen {
		return ""
	}
	return string(c[i:j])
}

// Authority returns the registering authority's code (登记管理部门代码),
// character 1: 1 institutional establishment, 5 civil affairs, 9 market
// regulation (工商), and so on.
func (c CreditCode) Authority() string { return c.part(0, 1) }

// Category returns the organisation category (机构类别代码), character 2,
// which the registering authority defines (under 9: 1 enterprise,
// 2 individual business, 3 farmers' cooperative).
func (c CreditCode) Category() string { return c.part(1, 2) }

// Region returns the 6-digit GB/T 2260 administrative division code of the
// place of registration (登记管理机关行政区划码), characters 3–8.
func (c CreditCode) Region() string { return c.part(2, 8) }

// OrganizationCode returns the 9-character organisation code (主体标识码,
// GB 11714), characters 9–17.
func (c CreditCode) OrganizationCode() string { return c.part(8, 17) }

// AppendText implements encoding.TextAppender. It appends the canonical
// form (capitals); a malformed non-empty code is an error, so that one is
// never written out.
func (c CreditCode) AppendText(b []byte) ([]byte, error) {
	if c == "" {
		return b, nil
	}
	v, err := ParseCreditCode(string(c))
	if err != nil {
		return b, err
	}
	return append(b, v...), nil
}

// MarshalText returns the code; a malformed code is an error.
func (c CreditCode) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText parses the code as ParseCreditCode does; empty text is the
// empty CreditCode. On error c is unchanged.
func (c *CreditCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = ""
		return nil
	}
	v, err := ParseCreditCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
