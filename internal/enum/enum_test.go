package enum

import (
	"slices"
	"testing"
)

type color uint8

var colors = Tokens[color]{"unknown", "red", "green"}

func TestTokens(t *testing.T) {
	if got := colors.String(1); got != "red" {
		t.Errorf("String(1) = %q", got)
	}
	if got := colors.String(9); got != "unknown(9)" {
		t.Errorf("String(9) = %q", got)
	}
	if colors.Valid(0) || colors.Valid(3) || !colors.Valid(2) {
		t.Error("Valid disagrees with the table")
	}
	if _, err := colors.Marshal("color", 0); err == nil {
		t.Error("Marshal(0) succeeded")
	}
	var c color = 2
	if err := colors.Unmarshal("color", &c, []byte("unknown")); err == nil || c != 2 {
		t.Errorf("Unmarshal(unknown) = %v, left %d", err, c)
	}
	if err := colors.Unmarshal("color", &c, []byte("red")); err != nil || c != 1 {
		t.Errorf("Unmarshal(red) = %v, %d", err, c)
	}
	if got := slices.Collect(colors.All()); !slices.Equal(got, []color{1, 2}) {
		t.Errorf("All = %v", got)
	}
}
