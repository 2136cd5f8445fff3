package volunteer

import (
	"fmt"
	"iter"

	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Star is a star level (星级志愿者) from 0 (none) to 5. Unlike the package's
// other enumerations its zero value is valid: a volunteer with no star.
type Star uint8

// Star levels.
const (
	StarNone  Star = iota // 未达星级
	StarOne               // 一星级
	StarTwo               // 二星级
	StarThree             // 三星级
	StarFour              // 四星级
	StarFive              // 五星级
)

var starTokens = [...]string{"none", "one", "two", "three", "four", "five"}

// String returns the level's token ("none", "one" … "five"), or
// "unknown(n)" above five.
func (s Star) String() string {
	if s.IsValid() {
		return starTokens[s]
	}
	return fmt.Sprintf("unknown(%d)", uint8(s))
}

// IsValid reports whether s is a level from 0 to 5.
func (s Star) IsValid() bool { return int(s) < len(starTokens) }

// MarshalText returns the level's token.
func (s Star) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("star: cannot marshal invalid value %d", uint8(s))
	}
	return []byte(starTokens[s]), nil
}

// UnmarshalText sets s from its token; an unknown token is an error and
// leaves s unchanged.
func (s *Star) UnmarshalText(b []byte) error {
	for i, t := range starTokens {
		if t == string(b) {
			*s = Star(i)
			return nil
		}
	}
	return fmt.Errorf("star: unknown token %q", b)
}

// Label returns the level's name in the language matched for tag.
func (s Star) Label(tag language.Tag) string { return i18n.Label(tag, "volunteer.star", s.String()) }

// Stars yields every level, none first.
func Stars() iter.Seq[Star] {
	return func(yield func(Star) bool) {
		for i := range starTokens {
			if !yield(Star(i)) {
				return
			}
		}
	}
}
