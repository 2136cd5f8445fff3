// Package term holds what the example programs share to print for a
// terminal: the width of text in which a Chinese character takes two
// columns, padding and aligned rows, and the choice between the programs'
// Chinese and English texts.
package term

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// Width returns the number of terminal columns s takes: East Asian wide and
// fullwidth characters take two.
func Width(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// Pad fills s with spaces to n columns; s is returned as it is when it is
// as wide already.
func Pad(s string, n int) string {
	if w := Width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// Aligned returns the rows as lines whose columns line up, one space apart,
// with no spaces at the end of a line.
func Aligned(rows [][]string) []string {
	var widths []int
	for _, r := range rows {
		for j, cell := range r {
			if j == len(widths) {
				widths = append(widths, 0)
			}
			widths[j] = max(widths[j], Width(cell))
		}
	}
	lines := make([]string, len(rows))
	for i, r := range rows {
		var b strings.Builder
		for j, cell := range r {
			b.WriteString(Pad(cell, widths[j]+1))
		}
		lines[i] = strings.TrimRight(b.String(), " ")
	}
	return lines
}

// Pick returns 0 for any Chinese tag and 1 for every other language: the
// index of a program's text in the pair it keeps for each line, and the
// same choice the library makes for its labels (zh-TW and zh-HK read
// Simplified Chinese; fr reads English).
func Pick(tag language.Tag) int {
	if base, _ := tag.Base(); base.String() == "zh" {
		return 0
	}
	return 1
}
