//go:build !(amd64 || arm64) || purego

package prefetch

// Line asks for the memory line holding *p to be loaded into the cache; on
// this processor or build it does nothing.
func Line(p *uint64) {}
