package synth_test

import (
	"testing"

	"github.com/jiceng/jiceng/internal/synth"
)

// BenchmarkValidateJilin times the whole validation of the Jilin-scale
// model of seed 1 (82,070 units, about 290,000 people, 310,000 posts and
// 82,000 party organisations), built once before the timed loop: "all" is
// every check and one sort of all their problems, as validate returns
// them; the others are one check each, so the figure per check is visible.
func BenchmarkValidateJilin(b *testing.B) {
	m := jilinModel()
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			validate(m)
		}
	})
	for _, c := range checks {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.run(m)
			}
		})
	}
}

// BenchmarkNewModelJilin times drawing the Jilin-scale model: the
// hierarchy, the roster and the party organisations.
func BenchmarkNewModelJilin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		synth.NewModel(1, synth.Jilin, modelDay)
	}
}
