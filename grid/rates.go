package grid

import (
	"cmp"
	"iter"
	"slices"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Satisfaction is the caller's verdict at review (满意度).
type Satisfaction uint8

// Verdicts.
const (
	SatisfactionUnknown      Satisfaction = iota
	SatisfactionSatisfied                 // 满意
	SatisfactionBasically                 // 基本满意
	SatisfactionDissatisfied              // 不满意
)

var satisfactionTokens = enum.Tokens[Satisfaction]{"unknown", "satisfied", "basically", "dissatisfied"}

// String returns the verdict's token.
func (s Satisfaction) String() string { return satisfactionTokens.String(s) }

// IsValid reports whether s is a known verdict.
func (s Satisfaction) IsValid() bool { return satisfactionTokens.Valid(s) }

// MarshalText returns the verdict's token.
func (s Satisfaction) MarshalText() ([]byte, error) {
	return satisfactionTokens.Marshal("satisfaction", s)
}

// UnmarshalText sets s from its token.
func (s *Satisfaction) UnmarshalText(b []byte) error {
	return satisfactionTokens.Unmarshal("satisfaction", s, b)
}

// Label returns the verdict's name in the language matched for tag.
func (s Satisfaction) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.satisfaction", s.String())
}

// Satisfactions yields every verdict.
func Satisfactions() iter.Seq[Satisfaction] { return satisfactionTokens.All() }

// Feedback is what a review (回访) found: whether the caller was reached,
// whether the matter is resolved, and — when reached — the caller's
// verdict. A caller not reached gives no verdict.
type Feedback struct {
	Contacted    bool         `json:"contacted"`
	Resolved     bool         `json:"resolved"`
	Satisfaction Satisfaction `json:"satisfaction,omitzero"`
}

// IsValid reports whether the feedback is complete: a verdict when the
// caller was reached, none otherwise.
func (f Feedback) IsValid() bool {
	if f.Contacted {
		return f.Satisfaction.IsValid()
	}
	return f.Satisfaction == SatisfactionUnknown
}

// feedbackNotes holds the history note of every valid feedback, so that a
// review allocates nothing: [contacted][resolved][satisfaction].
var feedbackNotes = func() (t [2][2][4]string) {
	for c := range 2 {
		for r := range 2 {
			for s := range Satisfaction(4) {
				note := "not_contacted"
				if c == 1 {
					note = "contacted"
				}
				if r == 1 {
					note += " resolved"
				} else {
					note += " unresolved"
				}
				t[c][r][s] = note + " " + s.String()
			}
		}
	}
	return t
}()

// note returns the history note of a valid feedback:
// "contacted resolved satisfied".
func (f Feedback) note() string {
	return feedbackNotes[b2i(f.Contacted)][b2i(f.Resolved)][f.Satisfaction&3]
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Rates are the appeal rates (三率) over reviewed orders (Beijing §32, with
// the formulas of practice, RULES.md §8): response = contacted / reviewed;
// resolution = resolved / reviewed; satisfaction = (satisfied + Basically ×
// basically satisfied) / reviewed; composite = the policy's weighted sum of
// the three. OnTimeAcceptance and OnTimeResolution are the shares of
// reviewed orders whose last acceptance came within its limit and whose
// last resolution came by the due instant. All are 0 when nothing was
// reviewed.
type Rates struct {
	Reviewed         int     `json:"reviewed"`
	Response         float64 `json:"response"`
	Resolution       float64 `json:"resolution"`
	Satisfaction     float64 `json:"satisfaction"`
	Composite        float64 `json:"composite"`
	OnTimeAcceptance float64 `json:"onTimeAcceptance"`
	OnTimeResolution float64 `json:"onTimeResolution"`
}

// tally counts what the rates are made of.
type tally struct {
	reviewed, contacted, resolved, satisfied, basically, acceptOnTime, resolveOnTime int
}

// add counts w if it holds the feedback of a current review.
func (t *tally) add(w *WorkOrder) {
	if w.flags&flagReviewed == 0 {
		return
	}
	f := w.feedback
	t.reviewed++
	t.contacted += b2i(f.Contacted)
	t.resolved += b2i(f.Resolved)
	t.satisfied += b2i(f.Satisfaction == SatisfactionSatisfied)
	t.basically += b2i(f.Satisfaction == SatisfactionBasically)
	t.acceptOnTime += b2i(w.flags&flagLateAccept == 0)
	t.resolveOnTime += b2i(w.flags&flagLateResolve == 0)
}

func (t *tally) rates(p Policy) Rates {
	if t.reviewed == 0 {
		return Rates{}
	}
	n := float64(t.reviewed)
	r := Rates{
		Reviewed:         t.reviewed,
		Response:         float64(t.contacted) / n,
		Resolution:       float64(t.resolved) / n,
		Satisfaction:     (float64(t.satisfied) + p.Basically*float64(t.basically)) / n,
		OnTimeAcceptance: float64(t.acceptOnTime) / n,
		OnTimeResolution: float64(t.resolveOnTime) / n,
	}
	w := p.Weights
	r.Composite = w.Response*r.Response + w.Resolution*r.Resolution + w.Satisfaction*r.Satisfaction
	return r
}

// Measure returns the rates over the orders that hold a current review
// (reviewed, or closed after review); the others are skipped.
func Measure(orders iter.Seq[*WorkOrder], p Policy) Rates {
	var t tally
	for w := range orders {
		t.add(w)
	}
	return t.rates(p)
}

// Group is the rates of the orders sharing a key.
type Group[K cmp.Ordered] struct {
	Key   K     `json:"key"`
	Rates Rates `json:"rates"`
}

// MeasureBy returns the rates of the orders grouped by key, sorted by key;
// orders for which key reports false, and groups with no reviewed order,
// are left out. ByUnit and ByDepartment are the usual keys.
func MeasureBy[K cmp.Ordered](orders iter.Seq[*WorkOrder], p Policy, key func(*WorkOrder) (K, bool)) []Group[K] {
	tallies := make(map[K]*tally)
	for w := range orders {
		if w.flags&flagReviewed == 0 {
			continue
		}
		k, ok := key(w)
		if !ok {
			continue
		}
		t := tallies[k]
		if t == nil {
			t = new(tally)
			tallies[k] = t
		}
		t.add(w)
	}
	out := make([]Group[K], 0, len(tallies))
	for k, t := range tallies {
		out = append(out, Group[K]{Key: k, Rates: t.rates(p)})
	}
	slices.SortFunc(out, func(a, b Group[K]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

// ByUnit returns the key of an order's unit at level l — its grid,
// community or street (governance.Code.Ancestor) — for MeasureBy. An order
// whose unit lies above l has no key.
//
// The key function remembers the codes it has made, one per unit, so that
// grouping millions of orders does not build a code per order; it is meant
// for one MeasureBy at a time and is not safe for concurrent use.
func ByUnit(l governance.Level) func(*WorkOrder) (governance.Code, bool) {
	n := l.Digits()
	made := make(map[string]governance.Code)
	return func(w *WorkOrder) (governance.Code, bool) {
		u := w.intake.Unit
		if n == 0 || len(u) < n {
			return "", false
		}
		if c, ok := made[string(u[:n])]; ok {
			return c, true
		}
		c := u.Ancestor(l)
		if c == "" {
			return "", false
		}
		made[string(u[:n])] = c
		return c, true
	}
}

// ByDepartment is the key of the department an order was last dispatched
// to, for MeasureBy; an order never dispatched has none.
func ByDepartment(w *WorkOrder) (Department, bool) { return w.department, w.department != "" }
