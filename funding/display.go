package funding

import (
	"strconv"

	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Grouped returns the amount with two places and its thousands grouped by
// commas: "1,234.50", "-12.30".
func (m Money) Grouped() string {
	var buf [32]byte
	return string(m.appendGrouped(buf[:0]))
}

func (m Money) appendGrouped(b []byte) []byte {
	f := m.fen
	if f < 0 {
		b = append(b, '-')
		f = -f
	}
	var digits [20]byte
	whole := strconv.AppendInt(digits[:0], f/100, 10)
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	c := f % 100
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

// Display returns the amount for people to read in the language matched for
// tag: "¥1,234.50" in Chinese and "CN¥1,234.50" in English (the symbols the
// Unicode CLDR gives the renminbi in each), the minus sign before the symbol
// ("-¥12.30"). It is for screens and reports; data goes through String or
// JSON, which carry no symbol and no grouping.
func (m Money) Display(tag language.Tag) string {
	var buf [40]byte
	b := buf[:0]
	if m.fen < 0 {
		b = append(b, '-')
	}
	if i18n.Lang(tag) == language.SimplifiedChinese {
		b = append(b, "¥"...)
	} else {
		b = append(b, "CN¥"...)
	}
	return string(m.Abs().appendGrouped(b))
}
