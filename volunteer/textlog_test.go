package volunteer

import (
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// TestTextLogAgreesWithSlice adds texts short and long (some longer than a
// chunk), takes the last back now and then, and reserves room on the way,
// and checks after every step that each text kept reads back as it was
// added and that the log holds no more bytes than the texts kept.
func TestTextLogAgreesWithSlice(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var x textLog
		type kept struct {
			ref uint32
			s   string
		}
		var texts []kept
		dropped := true // nothing to take back yet
		length := rapid.OneOf(
			rapid.IntRange(0, 40),
			rapid.IntRange(textChunk/3, textChunk+300),
		)
		for range rapid.IntRange(1, 40).Draw(t, "steps") {
			switch rapid.IntRange(0, 5).Draw(t, "op") {
			case 0:
				if !dropped {
					last := texts[len(texts)-1]
					x.drop(last.ref)
					texts, dropped = texts[:len(texts)-1], true
				}
			case 1:
				x.grow(rapid.IntRange(-1, 2*textChunk).Draw(t, "grow"))
			default:
				n := length.Draw(t, "length")
				s := strings.Repeat(string(rune('a'+len(texts)%26)), n)
				ref := x.add(s)
				if (ref == 0) != (s == "") {
					t.Fatalf("add of %d bytes returned reference %d", n, ref)
				}
				texts, dropped = append(texts, kept{ref, s}), false
			}
			size := 0
			for i, k := range texts {
				if got := string(x.bytes(k.ref)); got != k.s {
					t.Fatalf("text %d (reference %#x) reads %d bytes, want %d", i, k.ref, len(got), len(k.s))
				}
				if k.s != "" {
					size += uvarintLen(len(k.s)) + len(k.s)
				}
			}
			if x.size() != size {
				t.Fatalf("the log holds %d bytes for %d of texts", x.size(), size)
			}
		}
	})
}

func TestUvarintLen(t *testing.T) {
	for _, tc := range []struct{ n, want int }{{0, 1}, {127, 1}, {128, 2}, {16383, 2}, {16384, 3}, {1 << 28, 5}} {
		if got := uvarintLen(tc.n); got != tc.want {
			t.Errorf("uvarintLen(%d) = %d, want %d", tc.n, got, tc.want)
		}
	}
}
