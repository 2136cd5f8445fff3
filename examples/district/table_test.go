package main

import (
	"strings"
	"testing"
)

func TestCells(t *testing.T) {
	for s, want := range map[string]int{"abc": 3, "网格": 4, "A区1": 4, "１２": 4, "¥1,234.50": 9} {
		if got := cells(s); got != want {
			t.Errorf("cells(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestTableAligns(t *testing.T) {
	tb := newTable("社区", "户数").alignRight(1)
	tb.add("东风社区", "1,200")
	tb.add("A", "35")
	var b strings.Builder
	tb.write(&b)
	want := "社区       户数\n" +
		"--------  -----\n" +
		"东风社区  1,200\n" +
		"A            35\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
