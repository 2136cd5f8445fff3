// Package prefetch asks the processor to start loading a memory line that
// the caller will read soon, so that the wait for it overlaps other work.
//
// The ledger of volunteer hours uses it for its idempotency keys: with a
// million keys the slot a new key falls in is almost never in the cache,
// and its load is the largest part of recording a grant. Hashing the key
// and prefetching its slot first, then looking up the activity and the
// volunteer, then probing the slot, hides most of that load (about 100 ns
// on the machine the benchmarks run on).
//
// Line changes nothing a program can see: it is a hint, and on processors
// or builds without an instruction for it (the purego build tag) it does
// nothing.
package prefetch
