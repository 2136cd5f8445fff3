package main

import (
	"strings"
	"testing"
)

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
