package governance

import "slices"

// Effective is a value in force over a span of days (有效期): From
// inclusive, Until exclusive, so that one entry's Until is the next one's
// From. A zero Until is open: the value is still in force. A zero From is
// open too (in force on every earlier day), which Validate reports as a
// warning because a rule normally has a day it took effect. Source names
// the document that set the value.
type Effective[T any] struct {
	From   Date   `json:"from"`
	Until  Date   `json:"until,omitzero"`
	Value  T      `json:"value"`
	Source string `json:"source"`
}

// Contains reports whether the entry is in force on day d.
func (e Effective[T]) Contains(d Date) bool { return d.Within(e.From, e.Until) }

// Schedule is the history and future of a rule that changes over time — a
// pay scale, a staffing ratio, a deadline — as entries ordered by From that
// do not overlap. Gaps are allowed: on a day no entry covers, the rule is not
// in force. A Schedule marshals to a JSON array of its entries.
type Schedule[T any] []Effective[T]

// At returns the value in force on day d, and false when no entry covers d.
// It expects a schedule Validate accepts (ordered, not overlapping); on one
// it rejects, which entry answers is unspecified.
func (s Schedule[T]) At(d Date) (T, bool) {
	e, ok := s.Entry(d)
	return e.Value, ok
}

// Entry returns the whole entry in force on day d — its span and source as
// well as its value — and false when no entry covers d. Like At, it expects
// a valid schedule.
func (s Schedule[T]) Entry(d Date) (Effective[T], bool) {
	// The last entry that starts on or before d is the only candidate.
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s[m].From.After(d) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo == 0 || !s[lo-1].Contains(d) {
		return Effective[T]{}, false
	}
	return s[lo-1], true
}

// Validate reports every problem of the schedule, with paths "[i].from":
// errors for an invalid date, a span whose Until is not after its From,
// entries out of order by From, and entries that overlap; warnings for a
// zero From and an empty Source.
func (s Schedule[T]) Validate() Problems { return s.ValidateIn("") }

// ValidateIn is Validate for a schedule that sits at path inside a larger
// value: the problems' paths start with path ("payScales[0].from").
func (s Schedule[T]) ValidateIn(path string) Problems {
	var ps Problems
	entry := func(i int) string { return path + Index("", i) }
	var spans []int // the entries whose span is sound, for the overlap check
	for i, e := range s {
		p := entry(i)
		sound := true
		if e.From.IsZero() {
			ps = append(ps, Warnf("governance.schedule.from.missing", Field(p, "from")))
		} else if !e.From.IsValid() {
			ps = append(ps, Errorf("governance.schedule.date.invalid", Field(p, "from"), e.From.String()))
			sound = false
		}
		switch {
		case e.Until.IsZero():
		case !e.Until.IsValid():
			ps = append(ps, Errorf("governance.schedule.date.invalid", Field(p, "until"), e.Until.String()))
			sound = false
		case sound && !e.Until.After(e.From):
			ps = append(ps, Errorf("governance.schedule.span.empty", Field(p, "until"), e.From, e.Until))
			sound = false
		}
		if e.Source == "" {
			ps = append(ps, Warnf("governance.schedule.source.missing", Field(p, "source")))
		}
		if i > 0 && e.From.Before(s[i-1].From) {
			ps = append(ps, Errorf("governance.schedule.unordered", Field(p, "from"), e.From, s[i-1].From))
		}
		if sound {
			spans = append(spans, i)
		}
	}
	// Walk the sound spans by start; each must begin at or after the latest
	// end seen so far (a zero Until never ends).
	slices.SortStableFunc(spans, func(a, b int) int { return s[a].From.Compare(s[b].From) })
	last := -1 // the entry that ends latest so far
	for _, i := range spans {
		if last >= 0 && (s[last].Until.IsZero() || s[last].Until.After(s[i].From)) {
			// Report at the entry that comes later in the list.
			at, other := i, last
			if at < other {
				at, other = other, at
			}
			ps = append(ps, Errorf("governance.schedule.overlap", Field(entry(at), "from"), other, overlapStart(s[at].From, s[other].From)))
		}
		if last < 0 || endsLater(s[i].Until, s[last].Until) {
			last = i
		}
	}
	return ps.Sorted()
}

// overlapStart returns the first day two overlapping spans share: the later
// of their starts.
func overlapStart(a, b Date) Date {
	if a.Before(b) {
		return b
	}
	return a
}

// endsLater reports whether a span ending before a (exclusive; zero = never)
// ends later than one ending before b.
func endsLater(a, b Date) bool {
	switch {
	case b.IsZero():
		return false
	case a.IsZero():
		return true
	}
	return a.After(b)
}
