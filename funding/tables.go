package funding

import "github.com/jiceng/jiceng/governance"

// tables is a PayScale with its maps and post list turned into arrays, so
// that following a career and computing a payslip look nothing up in a
// map. A payroll run builds it once per scale.
type tables struct {
	s      PayScale
	posts  [PostStaff + 1]int // index into s.Posts plus one; 0: not paid
	bands  [BandFail + 1]BandRule
	uplift [governance.EducationDoctor + 1]int
	certs  [governance.CertificateSenior + 1]Money
}

func (s PayScale) tables() tables {
	t := tables{s: s}
	for i, g := range s.Posts {
		if g.Post.IsValid() && t.posts[g.Post] == 0 {
			t.posts[g.Post] = i + 1
		}
	}
	// ranging over the small maps costs less than hashing every key
	for b, r := range s.Bands {
		if b.IsValid() && int(b) < len(t.bands) { // a year without a band never counts
			t.bands[b] = r
		}
	}
	for e, n := range s.Uplift {
		if int(e) < len(t.uplift) {
			t.uplift[e] = max(n, 0)
		}
	}
	for c, m := range s.Certificates {
		if int(c) < len(t.certs) {
			t.certs[c] = m
		}
	}
	return t
}

func (t *tables) grades(p Post) (PostGrades, bool) {
	if int(p) >= len(t.posts) || t.posts[p] == 0 {
		return PostGrades{}, false
	}
	return t.s.Posts[t.posts[p]-1], true
}

func (t *tables) band(b Band) BandRule {
	if int(b) < len(t.bands) {
		return t.bands[b]
	}
	return BandRule{}
}

func (t *tables) certificate(c governance.Certificate) Money {
	if int(c) < len(t.certs) {
		return t.certs[c]
	}
	return Money{}
}

// entryGrade is PayScale.EntryGrade.
func (t *tables) entryGrade(p Post, e governance.Education) int {
	g, ok := t.grades(p)
	if !ok {
		return 0
	}
	up := 0
	if int(e) < len(t.uplift) {
		up = t.uplift[e]
	}
	return min(g.Lowest+up, g.Highest)
}

// coefficient is PayScale.Coefficient.
func (t *tables) coefficient(p Post, grade int) (Rate, error) {
	g, ok := t.grades(p)
	if !ok {
		return Rate{}, governance.Errorf("funding.pay_scale.post_not_paid", "post", p)
	}
	return g.coefficient(grade)
}

// coefficient returns the coefficient of grade, or funding.grade.out_of_range.
func (g PostGrades) coefficient(grade int) (Rate, error) {
	i := grade - g.Lowest
	if i < 0 || grade > g.Highest || i >= len(g.Coefficients) {
		return Rate{}, governance.Errorf("funding.grade.out_of_range", "grade", grade, g.Post, g.Lowest, g.Highest)
	}
	return g.Coefficients[i], nil
}

// placeAt returns the grade in post to that keeps at least the pay
// coefficient c — the lowest such grade not below the post's entry grade
// for education e — or the post's highest grade when none of its
// coefficients reaches c.
func (t *tables) placeAt(to Post, e governance.Education, c Rate) int {
	g, ok := t.grades(to)
	if !ok {
		return 0
	}
	// the bounds guard scales that were never validated
	for grade := max(t.entryGrade(to, e), g.Lowest); grade <= g.Highest && grade-g.Lowest < len(g.Coefficients); grade++ {
		if g.Coefficients[grade-g.Lowest].Cmp(c) >= 0 {
			return grade
		}
	}
	return g.Highest
}
