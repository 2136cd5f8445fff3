package funding

import (
	"fmt"
	"slices"

	"github.com/jiceng/jiceng/governance"
)

// maxCoefficient bounds a pay coefficient (in millionths): a scale whose
// top grade pays more than a hundred times its base is a typing error, and
// the bound keeps every payslip far inside Money's range.
const maxCoefficient = 100 * rateScale

// PayScale is one pay scale for community workers (三岗十八级) as in force
// on one day: the base amount, the coefficient of every (post, grade), each
// post's range of grades, how workers move up, the allowances, the split of
// pay into basic and performance parts, and probation. A city's scales over
// time are a governance.Schedule[PayScale]; see Scales.
//
// A PayScale is plain data: it marshals to and from JSON, and Validate
// reports every problem in it. The zero value is not a usable scale.
type PayScale struct {
	// Base is the monthly amount a coefficient of 1 pays (基数).
	Base Money `json:"base"`
	// Posts holds each post's range of grades and the coefficient of each
	// grade in it.
	Posts []PostGrades `json:"posts"`
	// YearsPerStep is the number of counted years that earn one grade.
	YearsPerStep int `json:"yearsPerStep"`
	// EarlyStep says when excellent assessments bring a step early.
	EarlyStep EarlyStep `json:"earlyStep"`
	// Uplift is the number of grades education adds to the starting grade
	// of a post (学历晋级); a missing education adds none.
	Uplift map[governance.Education]int `json:"uplift"`
	// Certificates is the monthly allowance for each social-work
	// certificate (职业资格津贴); a missing level gets none.
	Certificates map[governance.Certificate]Money `json:"certificates"`
	// SecretaryDirector is the monthly allowance for a head who is both the
	// party secretary and the committee director (书记、主任“一肩挑”).
	SecretaryDirector Money `json:"secretaryDirector"`
	// BasicShare is the part of post pay paid monthly as basic pay (基础工资);
	// the rest is the performance part (绩效工资).
	BasicShare Rate `json:"basicShare"`
	// Bands says, for each assessment band, whether the year counts toward
	// a step and what share of the performance part it pays.
	Bands map[Band]BandRule `json:"bands"`
	// Unassessed is the band a worker's performance part is paid at before
	// their first annual assessment.
	Unassessed Band `json:"unassessed"`
	// Probation is a new worker's probation (试用期).
	Probation Probation `json:"probation"`
	// Rounding is how products are rounded to the fen.
	Rounding Rounding `json:"rounding"`
}

// PostGrades is one post's part of a scale: its grades run from Lowest to
// Highest inclusive, and Coefficients[g−Lowest] is the coefficient of
// grade g.
type PostGrades struct {
	Post         Post   `json:"post"`
	Lowest       int    `json:"lowest"`
	Highest      int    `json:"highest"`
	Coefficients []Rate `json:"coefficients"`
}

// GradeRange is the range of grades of one post, Lowest to Highest
// inclusive.
type GradeRange struct {
	Post    Post `json:"post"`
	Lowest  int  `json:"lowest"`
	Highest int  `json:"highest"`
}

// EarlyStep is the rule that rewards excellent assessments: Years excellent
// years in a row, counted since the last step, bring the next step at once,
// at most MaxSteps times in a career. MaxSteps 0 turns the rule off.
type EarlyStep struct {
	Years    int `json:"years"`
	MaxSteps int `json:"maxSteps"`
}

// BandRule is what one assessment band decides: whether the year counts
// toward a step, and the share of the performance part it pays.
type BandRule struct {
	Counts      bool `json:"counts"`
	Performance Rate `json:"performance"`
}

// Probation is the reduced pay of a new worker: for the first Months
// months after hiring, post pay is paid at Rate.
type Probation struct {
	Months int  `json:"months"`
	Rate   Rate `json:"rate"`
}

// DefaultGradeRanges returns the posts' ranges of the eighteen grades: head
// 7–18, deputy 4–15, staff 1–12.
//
// # Source
//
// The three posts and eighteen grades as used by many cities under the
// 2024 意见 on strengthening the community-worker force; RULES.md §11.
func DefaultGradeRanges() []GradeRange {
	return []GradeRange{
		{PostHead, 7, 18},
		{PostDeputy, 4, 15},
		{PostStaff, 1, 12},
	}
}

// IllustrativeCoefficients returns grades coefficients, 1.00 + 0.05 × (g − 1)
// for grade g: 1.00, 1.05, … 1.85 for eighteen grades.
//
// # Source
//
// Illustrative: no official national table exists; RULES.md §11 gives this
// one so the model runs. A city replaces it with its own.
func IllustrativeCoefficients(grades int) []Rate {
	out := make([]Rate, grades)
	step := Percent(5)
	for g := range out {
		out[g] = Rate{rateScale + int64(g)*step.micro}
	}
	return out
}

// CoefficientsByGrade builds a (post, grade) table from a single list with
// one coefficient per grade — perGrade[g−1] for grade g — the same for
// every post, as cities that key pay by grade alone do. It is an error when
// a range is empty or reaches beyond the list.
func CoefficientsByGrade(perGrade []Rate, ranges []GradeRange) ([]PostGrades, error) {
	out := make([]PostGrades, 0, len(ranges))
	for _, r := range ranges {
		if r.Lowest < 1 || r.Highest < r.Lowest || r.Highest > len(perGrade) {
			return nil, fmt.Errorf("funding: %s grades %d–%d outside the %d coefficients given", r.Post, r.Lowest, r.Highest, len(perGrade))
		}
		out = append(out, PostGrades{
			Post:         r.Post,
			Lowest:       r.Lowest,
			Highest:      r.Highest,
			Coefficients: slices.Clone(perGrade[r.Lowest-1 : r.Highest]),
		})
	}
	return out, nil
}

// DefaultPayScale returns the default scale: a base of 3,400 yuan a month
// (Benxi, in force from 2023-01-01 — see DefaultPaySchedule), the default
// grade ranges with the illustrative coefficients 1.00 + 0.05 × (grade − 1),
// one grade per 3 counted years, an early step after 2 excellent years in a
// row at most twice, education uplift of 1, 2 and 3 grades for a bachelor's,
// a master's and a doctorate, certificate allowances of 100, 200 and 300
// yuan, a secretary-and-director allowance of 300 yuan, 80% of post pay as
// basic pay and 20% as performance, and 3 months' probation at 80%.
//
// The performance shares by band — excellent 1.2, pass 1.0, basic pass 0.8,
// fail 0 — and paying unassessed workers as a pass are illustrative.
//
// # Source
//
//   - Base 3,400 yuan from 2023-01-01 and the 80/20 split: Benxi (local,
//     report).
//   - Grade ranges, 3-year steps, a failing year not counting (Benxi), the
//     early step, education uplift (a Shandong city), certificate
//     allowances (minimums), the secretary-and-director allowance (one
//     city) and probation: RULES.md §11.
//   - Coefficients and band shares: illustrative.
func DefaultPayScale() PayScale {
	posts, err := CoefficientsByGrade(IllustrativeCoefficients(18), DefaultGradeRanges())
	if err != nil {
		panic(err) // the defaults fit by construction
	}
	return PayScale{
		Base:         Yuan(3400),
		Posts:        posts,
		YearsPerStep: 3,
		EarlyStep:    EarlyStep{Years: 2, MaxSteps: 2},
		Uplift: map[governance.Education]int{
			governance.EducationBachelor: 1,
			governance.EducationMaster:   2,
			governance.EducationDoctor:   3,
		},
		Certificates: map[governance.Certificate]Money{
			governance.CertificateJunior:       Yuan(100),
			governance.CertificateIntermediate: Yuan(200),
			governance.CertificateSenior:       Yuan(300),
		},
		SecretaryDirector: Yuan(300),
		BasicShare:        Percent(80),
		Bands: map[Band]BandRule{
			BandExcellent: {Counts: true, Performance: Percent(120)},
			BandPass:      {Counts: true, Performance: Percent(100)},
			BandBasicPass: {Counts: true, Performance: Percent(80)},
			BandFail:      {Counts: false, Performance: Percent(0)},
		},
		Unassessed: BandPass,
		Probation:  Probation{Months: 3, Rate: Percent(80)},
		Rounding:   RoundHalfUp,
	}
}

// grades returns p's part of the scale.
func (s PayScale) grades(p Post) (PostGrades, bool) {
	for _, g := range s.Posts {
		if g.Post == p {
			return g, true
		}
	}
	return PostGrades{}, false
}

// Range returns the lowest and highest grade of post p, and false when the
// scale does not pay p.
func (s PayScale) Range(p Post) (lowest, highest int, ok bool) {
	g, ok := s.grades(p)
	return g.Lowest, g.Highest, ok
}

// Coefficient returns the coefficient of grade in post p, or a
// governance.Problem with code funding.grade.out_of_range (or
// funding.pay_scale.post_not_paid when the scale does not pay p).
func (s PayScale) Coefficient(p Post, grade int) (Rate, error) {
	g, ok := s.grades(p)
	if !ok {
		return Rate{}, governance.Errorf("funding.pay_scale.post_not_paid", "post", p)
	}
	return g.coefficient(grade)
}

// EntryGrade returns the grade a worker with education e starts at in post
// p: the lowest grade lifted by the education's uplift, within the range.
// It returns 0 when the scale does not pay p.
func (s PayScale) EntryGrade(p Post, e governance.Education) int { return s.Grade(p, 0, e) }

// Grade returns the grade of a worker in post p with the given number of
// counted years (years with a passing assessment) and education e: the
// post's lowest grade, plus the education's uplift, plus one grade per
// YearsPerStep counted years, never beyond the post's highest grade.
// Negative years count as none; a post the scale does not pay gives 0.
// GradeOn follows a worker's whole career, with early steps and changes of
// post.
func (s PayScale) Grade(p Post, years int, e governance.Education) int {
	g, ok := s.grades(p)
	if !ok {
		return 0
	}
	grade := g.Lowest + max(s.Uplift[e], 0)
	if years > 0 && s.YearsPerStep > 0 {
		grade += years / s.YearsPerStep
	}
	return min(grade, g.Highest)
}

// Monthly returns the monthly post pay of grade in post p: Base ×
// coefficient, rounded by the scale's rounding (half-up by default). It is
// an error — a governance.Problem with code funding.grade.out_of_range or
// funding.pay_scale.post_not_paid — outside the post's range.
func (s PayScale) Monthly(p Post, grade int) (Money, error) {
	c, err := s.Coefficient(p, grade)
	if err != nil {
		return Money{}, err
	}
	return s.Base.MulRound(c, s.rounding())
}

func (s PayScale) rounding() Rounding {
	if s.Rounding.IsValid() {
		return s.Rounding
	}
	return RoundHalfUp
}

// Validate returns every problem of the scale, sorted: a base that is not
// positive, an unknown or repeated post, a post missing (a warning), an
// empty range, a coefficient list that does not match its range, a
// coefficient outside (0, 100] or lower than the grade below it, steps and
// early steps out of bounds, negative uplifts or allowances, shares outside
// [0, 1], a band without a rule, and an unknown rounding mode.
func (s PayScale) Validate() governance.Problems {
	var ps governance.Problems
	if !s.Base.IsPositive() {
		ps = append(ps, governance.Errorf("funding.pay_scale.base_not_positive", "base", s.Base))
	}
	ps = append(ps, s.validatePosts()...)
	if s.YearsPerStep < 1 {
		ps = append(ps, governance.Errorf("funding.pay_scale.years_per_step_invalid", "yearsPerStep", s.YearsPerStep))
	}
	if s.EarlyStep.MaxSteps < 0 || s.EarlyStep.MaxSteps > 0 && s.EarlyStep.Years < 1 {
		ps = append(ps, governance.Errorf("funding.pay_scale.early_step_invalid", "earlyStep", s.EarlyStep.Years, s.EarlyStep.MaxSteps))
	}
	for e, n := range s.Uplift {
		if !e.IsValid() || n < 0 {
			ps = append(ps, governance.Errorf("funding.pay_scale.uplift_invalid", governance.Field("uplift", e.String()), n))
		}
	}
	for c, m := range s.Certificates {
		if !c.IsValid() || m.IsNegative() {
			ps = append(ps, governance.Errorf("funding.pay_scale.allowance_invalid", governance.Field("certificates", c.String()), m))
		}
	}
	if s.SecretaryDirector.IsNegative() {
		ps = append(ps, governance.Errorf("funding.pay_scale.allowance_invalid", "secretaryDirector", s.SecretaryDirector))
	}
	if !shareOK(s.BasicShare) {
		ps = append(ps, governance.Errorf("funding.pay_scale.share_invalid", "basicShare", s.BasicShare))
	}
	ps = append(ps, s.validateBands()...)
	if s.Probation.Months < 0 || !shareOK(s.Probation.Rate) {
		ps = append(ps, governance.Errorf("funding.pay_scale.probation_invalid", "probation", s.Probation.Months, s.Probation.Rate))
	}
	if !s.Rounding.IsValid() {
		ps = append(ps, governance.Errorf("funding.pay_scale.rounding_invalid", "rounding", s.Rounding))
	}
	return ps.Sorted()
}

func shareOK(r Rate) bool { return !r.IsNegative() && r.Cmp(Percent(100)) <= 0 }

func (s PayScale) validatePosts() governance.Problems {
	var ps governance.Problems
	seen := make(map[Post]bool)
	for i, g := range s.Posts {
		path := governance.Index("posts", i)
		if !g.Post.IsValid() || seen[g.Post] {
			ps = append(ps, governance.Errorf("funding.pay_scale.post_invalid", governance.Field(path, "post"), g.Post))
		}
		seen[g.Post] = true
		if g.Lowest < 1 || g.Highest < g.Lowest {
			ps = append(ps, governance.Errorf("funding.pay_scale.range_invalid", path, g.Lowest, g.Highest))
			continue
		}
		if len(g.Coefficients) != g.Highest-g.Lowest+1 {
			ps = append(ps, governance.Errorf("funding.pay_scale.coefficients_count", governance.Field(path, "coefficients"), len(g.Coefficients), g.Highest-g.Lowest+1))
			continue
		}
		for j, c := range g.Coefficients {
			switch {
			case c.micro <= 0 || c.micro > maxCoefficient:
				ps = append(ps, governance.Errorf("funding.pay_scale.coefficient_invalid", governance.Index(path+".coefficients", j), c))
			case j > 0 && c.Cmp(g.Coefficients[j-1]) < 0:
				ps = append(ps, governance.Errorf("funding.pay_scale.coefficient_decreasing", governance.Index(path+".coefficients", j), g.Lowest+j, c))
			}
		}
	}
	for p := range Posts() {
		if !seen[p] {
			ps = append(ps, governance.Warnf("funding.pay_scale.post_missing", "posts", p))
		}
	}
	return ps
}

func (s PayScale) validateBands() governance.Problems {
	var ps governance.Problems
	for b, r := range s.Bands {
		if !b.IsValid() || r.Performance.IsNegative() || r.Performance.micro > maxCoefficient {
			ps = append(ps, governance.Errorf("funding.pay_scale.band_invalid", governance.Field("bands", b.String()), r.Performance))
		}
	}
	for b := range Bands() {
		if _, ok := s.Bands[b]; !ok {
			ps = append(ps, governance.Errorf("funding.pay_scale.band_missing", "bands", b))
		}
	}
	if !s.Unassessed.IsValid() {
		ps = append(ps, governance.Errorf("funding.pay_scale.band_missing", "unassessed", s.Unassessed))
	}
	return ps
}
