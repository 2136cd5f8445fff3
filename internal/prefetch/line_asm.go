//go:build (amd64 || arm64) && !purego

package prefetch

// Line asks for the memory line holding *p to be loaded into the cache. It
// reads nothing and changes nothing.
//
//go:noescape
func Line(p *uint64)
