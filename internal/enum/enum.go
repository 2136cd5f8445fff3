// Package enum holds the token tables behind every enumeration of the
// library: each enum is a uint8 whose zero value is "unknown" (invalid) and
// whose persisted form is a snake_case token, never a number.
package enum

import (
	"fmt"
	"iter"
)

// Tokens lists an enumeration's tokens by value; Tokens[0] is the token of
// the invalid zero value, conventionally "unknown".
type Tokens[E ~uint8] []string

// String returns e's token, or "unknown(n)" for a value outside the table;
// it never panics.
func (t Tokens[E]) String(e E) string {
	if int(e) < len(t) {
		return t[e]
	}
	return fmt.Sprintf("%s(%d)", t[0], uint8(e))
}

// Valid reports whether e is a known, non-zero value.
func (t Tokens[E]) Valid(e E) bool { return e > 0 && int(e) < len(t) }

// Marshal returns e's token, or an error for the zero or an unknown value.
func (t Tokens[E]) Marshal(name string, e E) ([]byte, error) {
	if !t.Valid(e) {
		return nil, fmt.Errorf("%s: cannot marshal invalid value %d", name, uint8(e))
	}
	return []byte(t[e]), nil
}

// Unmarshal sets *e from its token; an unknown token is an error and leaves
// *e unchanged.
func (t Tokens[E]) Unmarshal(name string, e *E, b []byte) error {
	v, ok := t.Parse(string(b))
	if !ok {
		return fmt.Errorf("%s: unknown token %q", name, b)
	}
	*e = v
	return nil
}

// Parse returns the value whose token is s; the zero value's token is not
// accepted.
func (t Tokens[E]) Parse(s string) (E, bool) {
	for i := 1; i < len(t); i++ {
		if t[i] == s {
			return E(i), true
		}
	}
	return 0, false
}

// All yields every valid value in order.
func (t Tokens[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		for i := 1; i < len(t); i++ {
			if !yield(E(i)) {
				return
			}
		}
	}
}
