package prefetch_test

import (
	"testing"

	"github.com/jiceng/jiceng/internal/prefetch"
)

// TestLineChangesNothing prefetches every word of a table, the first and
// last included, and finds every word as it was.
func TestLineChangesNothing(t *testing.T) {
	words := make([]uint64, 1024)
	for i := range words {
		words[i] = uint64(i) * 0x9e3779b97f4a7c15
	}
	for i := range words {
		prefetch.Line(&words[i])
	}
	for i, w := range words {
		if w != uint64(i)*0x9e3779b97f4a7c15 {
			t.Fatalf("word %d changed to %#x", i, w)
		}
	}
}

// BenchmarkLine measures the hint itself, on a line already in the cache.
func BenchmarkLine(b *testing.B) {
	var w uint64
	for b.Loop() {
		prefetch.Line(&w)
	}
}
