package volunteer

import (
	"hash/maphash"
	"math/bits"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/prefetch"
)

// index finds the strings of a table that grows with the ledger — the
// idempotency keys, the people, the activities — by their position in it.
// It is an open-addressing table of 8-byte slots, a 32-bit hash and the
// position plus one, linearly probed and at most half full: a look-up
// reads one slot of a compact array, and the string itself only when the
// hashes match. The strings stay where the ledger keeps them.
//
// A hash's home slot is its top bits, so that the slots stay in the order
// of their hashes: growing reads the old table from start to end and
// writes the new one nearly so — the slots of home i go to homes 2i and
// 2i+1 — without hashing a string again, where homes taken from the low
// bits would scatter a million writes over the new table.
type index struct {
	slots []uint64 // hash<<32 | position+1; 0 is empty
	shift uint8    // 32 - log2(len(slots)): a hash's home is h >> shift
	n     int
}

// minSlots is the size of a new index's table.
const minSlots = 64

// find returns the position stored under hash h for which is holds.
func (x *index) find(h uint32, is func(pos uint32) bool) (uint32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	mask := uint32(len(x.slots) - 1)
	for i := h >> x.shift; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return 0, false
		}
		if uint32(s>>32) == h && is(uint32(s)-1) {
			return uint32(s) - 1, true
		}
	}
}

// add stores position pos under hash h; the string at pos must not be
// present already.
func (x *index) add(h, pos uint32) {
	if 2*(x.n+1) > len(x.slots) {
		x.resize(max(2*len(x.slots), minSlots))
	}
	x.put(uint64(h)<<32 | uint64(pos+1))
	x.n++
}

// remove takes out position pos, stored under hash h. The slots after it
// in its cluster move back into the hole where their home allows, so that
// every probe still meets its string before an empty slot.
func (x *index) remove(h, pos uint32) {
	mask := uint32(len(x.slots) - 1)
	s := uint64(h)<<32 | uint64(pos+1)
	hole := h >> x.shift
	for x.slots[hole] != s {
		hole = (hole + 1) & mask
	}
	for i := (hole + 1) & mask; x.slots[i] != 0; i = (i + 1) & mask {
		// The slot at i may move back to the hole unless its home lies
		// after the hole, cyclically.
		if home := uint32(x.slots[i]>>32) >> x.shift; (i-home)&mask >= (i-hole)&mask {
			x.slots[hole], hole = x.slots[i], i
		}
	}
	x.slots[hole] = 0
	x.n--
}

// reserve makes room for n strings in all without growing.
func (x *index) reserve(n int) {
	size := max(len(x.slots), minSlots)
	for 2*n > size {
		size *= 2
	}
	if size > len(x.slots) {
		x.resize(size)
	}
}

// resize moves the slots to a table of size slots, a power of two.
func (x *index) resize(size int) {
	old := x.slots
	x.slots, x.shift = make([]uint64, size), uint8(33-bits.Len(uint(size)))
	for _, s := range old {
		if s != 0 {
			x.put(s)
		}
	}
}

func (x *index) put(s uint64) {
	mask := uint32(len(x.slots) - 1)
	i := uint32(s>>32) >> x.shift
	for x.slots[i] != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = s
}

// prefetch asks for the slot a hash h starts its probe at, so that a find
// after some other work reads it from the cache.
func (x *index) prefetch(h uint32) {
	if len(x.slots) > 0 {
		prefetch.Line(&x.slots[h>>x.shift])
	}
}

// hash returns the hash of s the ledger's indexes file it under.
func (l *Ledger) hash(s string) uint32 { return uint32(maphash.String(l.seed, s)) }

// findKey returns the entry made under key, whose hash is h, or 0.
func (l *Ledger) findKey(key string, h uint32) EntryID {
	pos, ok := l.keys.find(h, func(pos uint32) bool { return l.textIs(l.entries.at(EntryID(pos+1)).text, key) })
	if !ok {
		return 0
	}
	return EntryID(pos + 1)
}

// addKey records entry id under a key with hash h that is not present.
func (l *Ledger) addKey(h uint32, id EntryID) { l.keys.add(h, uint32(id-1)) }

// personOf returns the index of person p, whose hash is h, if the ledger
// knows p.
func (l *Ledger) personOf(p governance.PersonID, h uint32) (uint32, bool) {
	return l.persons.find(h, func(i uint32) bool { return l.people[i].id == p })
}

// personIndex returns the index of person p, adding p if new.
func (l *Ledger) personIndex(p governance.PersonID) uint32 {
	h := l.hash(string(p))
	if i, ok := l.personOf(p, h); ok {
		return i
	}
	return l.addPerson(p, h)
}

// addPerson adds person p, whose hash is h and who is new, and returns
// p's index.
func (l *Ledger) addPerson(p governance.PersonID, h uint32) uint32 {
	i := uint32(len(l.people))
	l.people = append(l.people, person{id: p})
	l.persons.add(h, i)
	return i
}

// knownPerson returns the index of person p, if the ledger knows p: what
// the reading methods look people up with.
func (l *Ledger) knownPerson(p governance.PersonID) (uint32, bool) {
	if l.persons.n == 0 { // a zero Ledger has no seed yet
		return 0, false
	}
	return l.personOf(p, l.hash(string(p)))
}

// activityOf returns the index of the activity with the ID, if registered.
func (l *Ledger) activityOf(id ActivityID) (uint32, bool) {
	if l.activities.n == 0 { // a zero Ledger has no seed yet
		return 0, false
	}
	return l.activities.find(l.hash(string(id)), func(i uint32) bool { return l.acts[i].a.ID == id })
}
