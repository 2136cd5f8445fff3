package funding

import (
	"iter"
	"strconv"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Worker is a community worker as the pay scale sees them: who and where,
// when they were hired (and left), their education and certificate, the
// posts they have held, and their annual assessments.
//
// When the records place the worker at a grade (定级) — typically when a
// city adopts the scale for workers hired long before — Grade and GradedOn
// say so, and progression is followed from that day; otherwise the worker
// starts at the entry grade of their first post on HiredOn.
type Worker struct {
	Person      governance.PersonID    `json:"person"`
	Unit        governance.Code        `json:"unit"`
	HiredOn     governance.Date        `json:"hiredOn"`
	LeftOn      governance.Date        `json:"leftOn,omitzero"` // the first day no longer employed; zero: still employed
	Education   governance.Education   `json:"education"`
	Certificate governance.Certificate `json:"certificate"`
	// Posts are the posts held, in order; the first starts on HiredOn and
	// each lasts until the next one starts.
	Posts []Tenure `json:"posts"`
	// Assessments are the annual assessments (年度考核), one per year, in
	// order of year.
	Assessments []Assessment `json:"assessments,omitempty"`
	// Grade, when not zero, is the grade the worker was placed at on
	// GradedOn (HiredOn when GradedOn is zero).
	Grade    int             `json:"grade,omitempty"`
	GradedOn governance.Date `json:"gradedOn,omitzero"`
}

// Tenure is a post held from From until the next tenure starts.
// SecretaryDirector marks a head who is both party secretary and committee
// director (书记、主任“一肩挑”).
type Tenure struct {
	From              governance.Date `json:"from"`
	Post              Post            `json:"post"`
	SecretaryDirector bool            `json:"secretaryDirector,omitempty"`
}

// Assessment is the band of one year's annual assessment.
type Assessment struct {
	Year int  `json:"year"`
	Band Band `json:"band"`
}

// WorkerOf returns the worker a person's post makes: the person's ID,
// education and certificate, the post's unit, its span as hiring and
// leaving, and the pay post of its role (PostOf). Assessments, a recorded
// grade and later posts are added by the caller.
func WorkerOf(p governance.Person, post governance.Post) Worker {
	return Worker{
		Person:      p.ID,
		Unit:        post.Unit,
		HiredOn:     post.From,
		LeftOn:      post.Until,
		Education:   p.Education,
		Certificate: p.Certificate,
		Posts:       []Tenure{{From: post.From, Post: PostOf(post.Role)}},
	}
}

// EmployedOn reports whether the worker is employed on day d.
func (w Worker) EmployedOn(d governance.Date) bool { return d.Within(w.HiredOn, w.LeftOn) }

// TenureOn returns the tenure held on day d, and false when there is none.
func (w Worker) TenureOn(d governance.Date) (Tenure, bool) {
	if !w.EmployedOn(d) {
		return Tenure{}, false
	}
	for i := len(w.Posts) - 1; i >= 0; i-- {
		if !d.Before(w.Posts[i].From) {
			return w.Posts[i], true
		}
	}
	return Tenure{}, false
}

// LastBand returns the band of the latest assessment of a year before
// year, and false when there is none.
func (w Worker) LastBand(year int) (Band, bool) {
	for i := len(w.Assessments) - 1; i >= 0; i-- {
		if w.Assessments[i].Year < year {
			return w.Assessments[i].Band, true
		}
	}
	return BandUnknown, false
}

// Validate returns every structural problem of the worker, sorted: a
// missing person, an invalid unit or hiring day, leaving before hiring, no
// posts, posts out of order or not starting on the hiring day, an unknown
// post, the secretary-and-director mark on a post that is not the head,
// assessments out of order, before the hiring year or with an unknown band,
// and a recorded grade without a day within employment.
func (w Worker) Validate() governance.Problems {
	var ps governance.Problems
	if w.Person == "" {
		ps = append(ps, governance.Errorf("funding.worker.person_missing", "person"))
	}
	if !w.Unit.IsValid() {
		ps = append(ps, governance.Errorf("funding.worker.unit_invalid", "unit", w.Unit))
	}
	if !w.HiredOn.IsValid() {
		ps = append(ps, governance.Errorf("funding.worker.hired_on_invalid", "hiredOn", w.HiredOn))
		return ps.Sorted()
	}
	if !w.LeftOn.IsZero() && (!w.LeftOn.IsValid() || !w.LeftOn.After(w.HiredOn)) {
		ps = append(ps, governance.Errorf("funding.worker.left_before_hired", "leftOn", w.LeftOn, w.HiredOn))
	}
	ps = append(ps, w.validatePosts()...)
	for i, a := range w.Assessments {
		// paths are built only for a problem: Validate runs for every payslip
		switch {
		case !a.Band.IsValid():
			ps = append(ps, governance.Errorf("funding.worker.band_invalid", governance.Index("assessments", i)+".band", a.Band))
		case a.Year < w.HiredOn.Year || i > 0 && a.Year <= w.Assessments[i-1].Year:
			ps = append(ps, governance.Errorf("funding.worker.assessments_order", governance.Index("assessments", i)+".year", strconv.Itoa(a.Year)))
		}
	}
	if w.Grade != 0 || !w.GradedOn.IsZero() {
		if w.Grade < 1 || !w.gradedOn().IsValid() || w.gradedOn().Before(w.HiredOn) || !w.EmployedOn(w.gradedOn()) {
			ps = append(ps, governance.Errorf("funding.worker.grade_invalid", "grade", w.Grade, w.gradedOn()))
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return ps.Sorted()
}

func (w Worker) validatePosts() governance.Problems {
	var ps governance.Problems
	if len(w.Posts) == 0 {
		return append(ps, governance.Errorf("funding.worker.posts_missing", "posts"))
	}
	if w.Posts[0].From != w.HiredOn {
		ps = append(ps, governance.Errorf("funding.worker.posts_start", "posts[0].from", w.Posts[0].From, w.HiredOn))
	}
	for i, t := range w.Posts {
		if !t.Post.IsValid() {
			ps = append(ps, governance.Errorf("funding.worker.post_invalid", governance.Index("posts", i)+".post", t.Post))
		}
		if t.SecretaryDirector && t.Post != PostHead {
			ps = append(ps, governance.Errorf("funding.worker.secretary_director_not_head", governance.Index("posts", i)+".secretaryDirector", t.Post))
		}
		if i > 0 && (!t.From.IsValid() || !t.From.After(w.Posts[i-1].From)) {
			ps = append(ps, governance.Errorf("funding.worker.posts_order", governance.Index("posts", i)+".from", t.From))
		}
	}
	return ps
}

func (w Worker) gradedOn() governance.Date {
	if w.GradedOn.IsZero() {
		return w.HiredOn
	}
	return w.GradedOn
}

// Reason says why a worker's grade changed.
type Reason uint8

// Reasons.
const (
	ReasonUnknown   Reason = iota
	ReasonEntry            // placed on hiring: the post's lowest grade, lifted by education
	ReasonPlaced           // placed by the records (定级)
	ReasonStep             // one grade after the counted years of a step
	ReasonEarlyStep        // one grade early, after excellent years in a row
	ReasonMove             // re-placed on a change of post
)

var reasonTokens = enum.Tokens[Reason]{"unknown", "entry", "placed", "step", "early_step", "move"}

// String returns the reason's token.
func (r Reason) String() string { return reasonTokens.String(r) }

// IsValid reports whether r is a known reason.
func (r Reason) IsValid() bool { return reasonTokens.Valid(r) }

// MarshalText returns the reason's token.
func (r Reason) MarshalText() ([]byte, error) { return reasonTokens.Marshal("reason", r) }

// UnmarshalText sets r from its token.
func (r *Reason) UnmarshalText(b []byte) error { return reasonTokens.Unmarshal("reason", r, b) }

// Label returns the reason's name in the language matched for tag.
func (r Reason) Label(tag language.Tag) string {
	return i18n.Label(tag, "funding.reason", r.String())
}

// Reasons yields every valid reason.
func Reasons() iter.Seq[Reason] { return reasonTokens.All() }

// Placement is a worker's post and grade from a day on, and why.
type Placement struct {
	On     governance.Date `json:"on"`
	Post   Post            `json:"post"`
	Grade  int             `json:"grade"`
	Reason Reason          `json:"reason"`
}

// GradeOn returns the worker's post and grade on day on under this scale.
//
// The worker starts on HiredOn at the entry grade of their first post (the
// post's lowest grade lifted by education), or at the recorded Grade on
// GradedOn. From then on, years are counted as follows:
//
//   - a year is a calendar year; it can count only when the worker was
//     employed for all of it — from 1 January, on or after the start —
//     so a first, partial year never counts (for a worker hired on
//     2020-07-01 the first year that can count is 2021);
//   - it counts when it has an assessment whose band counts (Bands[b].Counts:
//     excellent, pass and basic pass by default); a failing year, or a year
//     without an assessment, does not count — it is skipped, and the years
//     before and after it still add up;
//   - after the YearsPerStep-th counted year since the last step (3 by
//     default) the worker moves up one grade on the following 1 January;
//   - when the last EarlyStep.Years counted years since the last step (2 by
//     default) were all excellent, the step comes at once on the following
//     1 January instead of waiting for the third year — at most
//     EarlyStep.MaxSteps times in a career (2 by default; one due at the
//     top of the range is not used up). A year that does not count breaks
//     the run of excellent years;
//   - every step, regular or early, starts the count again;
//   - a step never goes beyond the post's highest grade (the count starts
//     again all the same);
//   - on a change of post the worker is re-placed in the new post's range at
//     the lowest grade, not below the new post's entry grade for their
//     education, whose coefficient is at least their current one, so their
//     pay coefficient is not lowered where the scale allows; when no grade
//     of the new post reaches it (a move down), at the new post's highest
//     grade. The count of years goes on across the move.
//
// Steps of 1 January come before a change of post on the same day. The
// rules are those of this scale applied to the whole career; years are
// counted only up to the day asked for, so assessments of later years are
// ignored.
//
// The error is a governance.Problems for an invalid worker, or a
// governance.Problem: funding.worker.not_employed, funding.pay_scale.post_not_paid,
// or funding.grade.out_of_range for a recorded grade outside its post's
// range.
func (s PayScale) GradeOn(w Worker, on governance.Date) (Post, int, error) {
	if ps := w.Validate(); ps.Err() != nil {
		return PostUnknown, 0, ps
	}
	t := s.tables()
	p, err := t.progress(w, on, nil)
	return p.Post, p.Grade, err
}

// Progression returns every change of the worker's post or grade up to day
// on, in order, by the rules of GradeOn; the last one is GradeOn's answer.
func (s PayScale) Progression(w Worker, on governance.Date) ([]Placement, error) {
	if ps := w.Validate(); ps.Err() != nil {
		return nil, ps
	}
	var out []Placement
	t := s.tables()
	_, err := t.progress(w, on, &out)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// progress follows a valid worker's career up to on, appending each
// placement to record when it is not nil, and returns the last placement.
func (t *tables) progress(w Worker, on governance.Date, record *[]Placement) (Placement, error) {
	if !w.EmployedOn(on) {
		return Placement{}, governance.Errorf("funding.worker.not_employed", "hiredOn", w.Person, on)
	}
	start := w.gradedOn()
	if on.Before(start) {
		// asked about a day before the recorded grade: follow from hiring
		w.Grade, w.GradedOn, start = 0, governance.Date{}, w.HiredOn
	}
	first, _ := w.TenureOn(start)
	cur := Placement{On: start, Post: first.Post, Grade: t.entryGrade(first.Post, w.Education), Reason: ReasonEntry}
	if w.Grade != 0 {
		cur.Grade, cur.Reason = w.Grade, ReasonPlaced
	}
	g, ok := t.grades(cur.Post)
	if !ok {
		return Placement{}, governance.Errorf("funding.pay_scale.post_not_paid", "posts", cur.Post)
	}
	if cur.Grade < g.Lowest || cur.Grade > g.Highest {
		return Placement{}, governance.Errorf("funding.grade.out_of_range", "grade", cur.Grade, cur.Post, g.Lowest, g.Highest)
	}
	emit := func(p Placement) {
		cur = p
		if record != nil {
			*record = append(*record, p)
		}
	}
	emit(cur)

	next := 0 // the next tenure to start after start
	for next < len(w.Posts) && !w.Posts[next].From.After(start) {
		next++
	}
	count, run, early := 0, 0, 0
	ai := 0 // the next assessment to look at
	year := start.Year
	if start.Month != time.January || start.Day != 1 {
		year++ // the first year that can count
	}
	for {
		// the next event: the end of year `year` (on 1 January of year+1),
		// or the start of tenure `next`, whichever comes first
		yearEnd := governance.Date{Year: year + 1, Month: time.January, Day: 1}
		moveFirst := next < len(w.Posts) && w.Posts[next].From.Before(yearEnd)
		if moveFirst {
			move := w.Posts[next]
			if move.From.After(on) {
				break
			}
			c, err := t.coefficient(cur.Post, cur.Grade)
			if err != nil {
				return Placement{}, err
			}
			if _, ok := t.grades(move.Post); !ok {
				return Placement{}, governance.Errorf("funding.pay_scale.post_not_paid", governance.Index("posts", next), move.Post)
			}
			emit(Placement{On: move.From, Post: move.Post, Grade: t.placeAt(move.Post, w.Education, c), Reason: ReasonMove})
			next++
			continue
		}
		if yearEnd.After(on) {
			break
		}
		band := BandUnknown
		for ai < len(w.Assessments) && w.Assessments[ai].Year < year {
			ai++
		}
		if ai < len(w.Assessments) && w.Assessments[ai].Year == year {
			band = w.Assessments[ai].Band
		}
		// the year is fully employed: it starts on or after start, and it
		// ends before on, which lies before LeftOn
		if !t.band(band).Counts {
			run = 0
		} else {
			count++
			if band == BandExcellent {
				run++
			} else {
				run = 0
			}
			reason := ReasonUnknown
			switch {
			case count >= t.s.YearsPerStep:
				reason = ReasonStep
			case early < t.s.EarlyStep.MaxSteps && t.s.EarlyStep.Years > 0 && run >= t.s.EarlyStep.Years:
				reason = ReasonEarlyStep
			}
			if reason != ReasonUnknown {
				count, run = 0, 0
				if cur.Grade < t.highest(cur.Post) {
					if reason == ReasonEarlyStep {
						early++
					}
					emit(Placement{On: yearEnd, Post: cur.Post, Grade: cur.Grade + 1, Reason: reason})
				}
			}
		}
		year++
	}
	return cur, nil
}

func (t *tables) highest(p Post) int {
	g, _ := t.grades(p)
	return g.Highest
}
