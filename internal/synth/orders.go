package synth

import (
	"iter"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// StreamAppeals is the stream a year of appeals is drawn from. It stands
// apart from the streams of org.go, which count up from StreamUser.
const StreamAppeals = StreamUser + 8

// Appeal is one work order of a synthetic year as plain data: the intake
// and the script of what was done to it within the year, verb by verb. It
// names the grid package's values by their tokens — kinds, channels,
// urgencies, verbs, verdicts, decline reasons — because synth imports
// governance only; a caller that imports grid opens the order with Open
// and plays the steps with the verbs of the same names.
//
// The script follows the work order's transition table (grid's
// workorder.mmd): received, then answered on the spot or declined, or
// dispatched to the department its category routes to (grid.Router),
// perhaps returned and dispatched again, accepted, perhaps suspended and
// resumed, then resolved or terminated; resolved, it is reviewed, and a
// review that found the matter unresolved or the caller dissatisfied may
// send it back (reopen) for one more round; a final review is closed.
// Steps at or after the end of the year are cut off: an appeal opened late
// in the year is still open when the year ends. Whether an acceptance or a
// resolution came late is for the policy of the one who plays it to say;
// the delays are drawn so that, under grid.DefaultPolicy, a few do. Not
// drawn: designations, extensions, supervision, transfers of emergencies
// and calls.
type Appeal struct {
	Seq      int             // 1, 2, … in the order of opening
	Unit     governance.Code // the grid where the matter is
	Kind     string          // grid.Kind token
	Channel  string          // grid.Channel token
	Urgency  string          // grid.Urgency token
	Category string          // the routing category; "" for none (grid.Router falls back)
	Summary  string
	Receiver string // who first took the matter in (首接)
	Opened   time.Time
	Steps    []Step // what followed within the year, in order
}

// Step is one verb of an appeal's script.
type Step struct {
	Verb string    // grid.Verb token: dispatch, return, accept, suspend, resume, resolve, terminate, review, reopen, close, answer, decline
	At   time.Time // never before the step before
	// Note is the reason of a return, suspension, termination or reopening,
	// the note of a resolution, the answer given on the spot, or the
	// grid.DeclineReason token of a decline. A dispatch has none: the
	// department is the one the category routes to.
	Note     string
	Feedback Feedback // of a review
}

// Feedback is what a review found, as grid.Feedback holds it: a caller
// not contacted gives no verdict.
type Feedback struct {
	Contacted, Resolved bool
	Satisfaction        string // grid.Satisfaction token; "" when not contacted
}

// The mix of a year of appeals, in percent. The kinds, the utilities that
// make a matter urgent, the flow and the reasons to decline are those of
// RULES.md §8; the shares are illustrative (no source gives them): most
// appeals by the hotline, most normal, about nine in ten resolved.
var (
	appealKinds    = []share{{"consultation", 30}, {"help", 25}, {"complaint", 25}, {"report", 10}, {"suggestion", 10}}
	appealChannels = []share{{"hotline", 55}, {"patrol", 20}, {"resident", 10}, {"online", 10}, {"police", 5}}
	appealUrgency  = []share{{"emergency", 1}, {"urgent", 14}, {"normal", 75}, {"complex", 10}}
	// urgentCategories are the utilities that make a matter urgent (RULES.md
	// §8: water, power, gas, heating); the others are the rest's.
	urgentCategories = []share{{"water", 40}, {"power", 25}, {"gas", 10}, {"heating", 25}}
	otherCategories  = []share{{"sanitation", 30}, {"neighbour_dispute", 20}, {"property", 30}, {"", 20}}
	// verdicts of a contacted caller, after a review that found the matter
	// resolved and one that did not.
	verdictsResolved   = []share{{"satisfied", 85}, {"basically", 11}, {"dissatisfied", 4}}
	verdictsUnresolved = []share{{"satisfied", 5}, {"basically", 35}, {"dissatisfied", 60}}
	declineReasons     = []share{{"repeat", 50}, {"outside_remit", 30}, {"other_channel", 20}}
)

// receivers take the matter in, by channel.
var receivers = map[string]string{
	"hotline":  "12345-centre",
	"patrol":   "grid-centre",
	"resident": "community-office",
	"online":   "12345-centre",
	"police":   "110-centre",
}

// summaries describe a matter by category.
var summaries = map[string]string{
	"water":             "停水，无通知",
	"power":             "楼道停电",
	"gas":               "燃气表故障",
	"heating":           "暖气不热",
	"sanitation":        "垃圾未及时清运",
	"neighbour_dispute": "邻里噪音纠纷",
	"property":          "物业维修拖延",
	"":                  "咨询办事流程",
}

// How often each turn of the script is taken (illustrative).
const (
	answeredPercent    = 60             // of consultations, answered on the spot (直接答复)
	declinedPermille   = 15             // of appeals, declined (不予受理)
	returnedPercent    = 5              // of dispatched orders, returned once by the department
	suspendedPercent   = 3              // of accepted normal and complex orders, suspended once
	terminatedPermille = 8              // of accepted orders, terminated instead of resolved
	contactedPercent   = 95             // of reviews, the caller reached
	resolvedPercent    = 88             // of reviews, the matter found resolved
	reopenedPercent    = 40             // of reviews finding a matter unresolved or a caller dissatisfied, sent back
	closedAfterReview  = 24 * time.Hour // a final review is closed within this
)

// delays are the spans each step follows the one before within, by
// urgency: [low, high), drawn uniformly (illustrative; the high ends pass
// the default acceptance limits and deadlines a little, so that a few
// orders are late).
type delays struct {
	dispatch, accept, resolve, review [2]time.Duration
}

var urgencyDelays = map[string]delays{
	"emergency": {dispatch: span(time.Minute, 10*time.Minute), accept: span(5*time.Minute, 65*time.Minute),
		resolve: span(10*time.Minute, 60*time.Minute), review: span(time.Hour, 6*time.Hour)},
	"urgent": {dispatch: span(5*time.Minute, time.Hour), accept: span(10*time.Minute, 130*time.Minute),
		resolve: span(time.Hour, 21*time.Hour), review: span(2*time.Hour, 24*time.Hour)},
	"normal": {dispatch: span(10*time.Minute, 4*time.Hour), accept: span(30*time.Minute, 20*time.Hour),
		resolve: span(4*time.Hour, 6*24*time.Hour), review: span(4*time.Hour, 3*24*time.Hour)},
	"complex": {dispatch: span(time.Hour, 8*time.Hour), accept: span(time.Hour, 20*time.Hour),
		resolve: span(24*time.Hour, 19*24*time.Hour), review: span(4*time.Hour, 3*24*time.Hour)},
}

func span(lo, hi time.Duration) [2]time.Duration { return [2]time.Duration{lo, hi} }

// The spans of the steps that do not depend on the urgency: a return and
// its new dispatch, a suspension and its resumption, an answer, a reopening.
var (
	returnAfter     = span(30*time.Minute, 4*time.Hour)
	redispatchAfter = span(time.Hour, 8*time.Hour)
	suspendAfter    = span(time.Hour, 48*time.Hour)
	resumeAfter     = span(24*time.Hour, 10*24*time.Hour)
	answerAfter     = span(2*time.Minute, 20*time.Minute) // an answer on the spot, or a decline
	reopenAfter     = span(time.Hour, 24*time.Hour)
)

type share struct {
	token   string
	percent int
}

// Appeals yields a year of n appeals over the grids of h, opened in the
// calendar year in China Standard Time, in the order of opening, drawn
// from seed. Each grid draws appeals in proportion to its residents, so
// exclusive grids, which record none, draw none. The opening instants are
// spread evenly over the year, each at a random point of its share of it.
//
// Appeals streams: it keeps one appeal and one script and reuses them, so
// the *Appeal yielded, and its Steps, are valid only until the next
// iteration (copy what you keep), and memory does not grow with n. It
// panics when h has no grid with residents. The same arguments give the
// same appeals.
func Appeals(seed uint64, h *governance.Hierarchy, year, n int) iter.Seq[*Appeal] {
	return func(yield func(*Appeal) bool) {
		g := newAppealDraw(seed, h, year, n)
		for i := range n {
			if !yield(g.appeal(i)) {
				return
			}
		}
	}
}

// appealDraw holds the generator, the grids to draw from and the appeal
// being written.
type appealDraw struct {
	r          *rand.Rand
	grids      []governance.Code
	cumulative []int64 // residents of grids[0..i]
	start, end time.Time
	slot       time.Duration // each appeal's share of the year
	cut        bool          // the appeal's script has reached the end of the year
	a          Appeal
	steps      [16]Step
}

func newAppealDraw(seed uint64, h *governance.Hierarchy, year, n int) *appealDraw {
	cst := time.FixedZone("CST", 8*60*60)
	g := &appealDraw{
		r:     NewRand(seed, StreamAppeals),
		start: time.Date(year, time.January, 1, 0, 0, 0, 0, cst),
		end:   time.Date(year+1, time.January, 1, 0, 0, 0, 0, cst),
	}
	g.slot = g.end.Sub(g.start) / time.Duration(max(n, 1))
	var total int64
	for u := range h.AtLevel(governance.LevelGrid) {
		if u.Residents > 0 {
			total += int64(u.Residents)
			g.grids = append(g.grids, u.Code)
			g.cumulative = append(g.cumulative, total)
		}
	}
	if total == 0 {
		panic("synth: no grid with residents to draw appeals over")
	}
	return g
}

// appeal writes the i-th appeal (from 0) and returns it.
func (g *appealDraw) appeal(i int) *Appeal {
	x := g.r.Int64N(g.cumulative[len(g.cumulative)-1])
	at, _ := slices.BinarySearch(g.cumulative, x+1)
	a := &g.a
	*a = Appeal{
		Seq:     i + 1,
		Unit:    g.grids[at],
		Kind:    g.pick(appealKinds),
		Channel: g.pick(appealChannels),
		Urgency: g.pick(appealUrgency),
		Opened:  g.start.Add(time.Duration(i)*g.slot + g.during(0, g.slot)),
		Steps:   g.steps[:0],
	}
	g.cut = false
	if a.Urgency == "urgent" || a.Urgency == "emergency" {
		a.Category = g.pick(urgentCategories)
	} else {
		a.Category = g.pick(otherCategories)
	}
	a.Summary, a.Receiver = summaries[a.Category], receivers[a.Channel]
	g.script(a)
	return a
}

// script draws the steps that follow the opening, up to the end of the
// year.
func (g *appealDraw) script(a *Appeal) {
	d := urgencyDelays[a.Urgency]
	at := a.Opened
	switch {
	case a.Kind == "consultation" && g.percent(answeredPercent):
		g.step(a, &at, answerAfter, Step{Verb: "answer", Note: "已当场答复"})
		return
	case g.r.IntN(1000) < declinedPermille:
		g.step(a, &at, answerAfter, Step{Verb: "decline", Note: g.pick(declineReasons)})
		return
	}
	g.step(a, &at, d.dispatch, Step{Verb: "dispatch"})
	if g.percent(returnedPercent) {
		g.step(a, &at, returnAfter, Step{Verb: "return", Note: "不属本单位职责"})
		g.step(a, &at, redispatchAfter, Step{Verb: "dispatch"})
	}
	for round := range 2 {
		g.step(a, &at, d.accept, Step{Verb: "accept"})
		if round == 0 && (a.Urgency == "normal" || a.Urgency == "complex") && g.percent(suspendedPercent) {
			g.step(a, &at, suspendAfter, Step{Verb: "suspend", Note: "等待产权单位答复"})
			g.step(a, &at, resumeAfter, Step{Verb: "resume"})
		}
		if g.r.IntN(1000) < terminatedPermille {
			g.step(a, &at, d.resolve, Step{Verb: "terminate", Note: "诉求人撤回"})
			return
		}
		g.step(a, &at, d.resolve, Step{Verb: "resolve", Note: "已处理"})
		f := g.feedback()
		g.step(a, &at, d.review, Step{Verb: "review", Feedback: f})
		if round == 1 || (f.Resolved && f.Satisfaction != "dissatisfied") || !g.percent(reopenedPercent) {
			break
		}
		g.step(a, &at, reopenAfter, Step{Verb: "reopen", Note: "群众不满意，退回再办"})
	}
	g.step(a, &at, span(time.Hour, closedAfterReview), Step{Verb: "close"})
}

// step appends s at a random instant within after of *at and moves *at
// to it, unless the instant falls in the next year: then this step and
// every later one of the appeal are cut.
func (g *appealDraw) step(a *Appeal, at *time.Time, after [2]time.Duration, s Step) {
	if g.cut {
		return
	}
	*at = at.Add(g.during(after[0], after[1]))
	if !at.Before(g.end) {
		g.cut = true
		return
	}
	s.At = *at
	a.Steps = append(a.Steps, s)
}

func (g *appealDraw) feedback() Feedback {
	f := Feedback{Contacted: g.percent(contactedPercent), Resolved: g.percent(resolvedPercent)}
	switch {
	case !f.Contacted:
	case f.Resolved:
		f.Satisfaction = g.pick(verdictsResolved)
	default:
		f.Satisfaction = g.pick(verdictsUnresolved)
	}
	return f
}

// during returns a duration in [lo, hi).
func (g *appealDraw) during(lo, hi time.Duration) time.Duration {
	return lo + time.Duration(g.r.Int64N(int64(hi-lo)))
}

func (g *appealDraw) percent(p int) bool { return g.r.IntN(100) < p }

// pick draws a token by its share; the shares of a table sum to 100.
func (g *appealDraw) pick(t []share) string {
	x := g.r.IntN(100)
	for _, s := range t {
		if x < s.percent {
			return s.token
		}
		x -= s.percent
	}
	return t[len(t)-1].token
}
