package funding

import (
	"fmt"
	"iter"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Payslip is one worker's pay for one month (工资条): the post and grade,
// the post pay (base × coefficient) split into its basic and performance
// parts, the probation reduction, the allowances, and the total.
//
// A worker is paid a whole month for every month on whose first day they
// are employed; post, grade and probation are those of that day, and the
// performance part follows the band of the last annual assessment of an
// earlier year (Unassessed before the first). A city that prorates part
// months adjusts the payslip.
type Payslip struct {
	Person governance.PersonID `json:"person"`
	Unit   governance.Code     `json:"unit"`
	Month  governance.Date     `json:"month"` // the month's first day
	Post   Post                `json:"post"`
	Grade  int                 `json:"grade"`
	Band   Band                `json:"band"` // the band the performance part is paid at
	// PostPay is base × coefficient (岗位等级工资), the sum of the full basic
	// and performance parts; it is not itself a line of the total.
	PostPay           Money `json:"postPay"`
	Basic             Money `json:"basic"`
	Performance       Money `json:"performance"`
	Probation         Money `json:"probation"` // zero, or the (negative) reduction on probation
	Certificate       Money `json:"certificate"`
	SecretaryDirector Money `json:"secretaryDirector"`
	Total             Money `json:"total"`
}

// LineKind names a line of a payslip.
type LineKind uint8

// Line kinds, in the order a payslip lists them.
const (
	LineUnknown           LineKind = iota
	LineBasic                      // 基础工资
	LinePerformance                // 绩效工资
	LineProbation                  // 试用期减发
	LineCertificate                // 职业资格津贴
	LineSecretaryDirector          // “一肩挑”津贴
)

var lineTokens = enum.Tokens[LineKind]{"unknown", "basic", "performance", "probation", "certificate", "secretary_director"}

// String returns the kind's token.
func (k LineKind) String() string { return lineTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k LineKind) IsValid() bool { return lineTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k LineKind) MarshalText() ([]byte, error) { return lineTokens.Marshal("line kind", k) }

// UnmarshalText sets k from its token.
func (k *LineKind) UnmarshalText(b []byte) error { return lineTokens.Unmarshal("line kind", k, b) }

// Label returns the kind's name in the language matched for tag.
func (k LineKind) Label(tag language.Tag) string { return i18n.Label(tag, "funding.line", k.String()) }

// LineKinds yields every valid kind in payslip order.
func LineKinds() iter.Seq[LineKind] { return lineTokens.All() }

// Line is one line of a payslip.
type Line struct {
	Kind   LineKind `json:"kind"`
	Amount Money    `json:"amount"`
}

// Lines returns the payslip's lines in order: basic and performance always,
// the others when not zero. They add up to Total.
func (p Payslip) Lines() []Line {
	out := []Line{{LineBasic, p.Basic}, {LinePerformance, p.Performance}}
	for _, l := range []Line{{LineProbation, p.Probation}, {LineCertificate, p.Certificate}, {LineSecretaryDirector, p.SecretaryDirector}} {
		if !l.Amount.IsZero() {
			out = append(out, l)
		}
	}
	return out
}

// firstOfMonth returns the first day of d's month.
func firstOfMonth(d governance.Date) governance.Date {
	return governance.Date{Year: d.Year, Month: d.Month, Day: 1}
}

// Payslip returns the worker's payslip for the month holding day month,
// under this scale:
//
//   - post pay = Base × coefficient(post, grade), the grade by GradeOn on
//     the month's first day;
//   - basic = post pay × BasicShare; the full performance part is the rest,
//     and is paid at the share of the last assessment's band;
//   - on probation (the month's first day within Probation.Months months of
//     HiredOn) basic and performance are paid at Probation.Rate; the
//     probation line is the (negative) difference;
//   - the certificate allowance of the worker's certificate, and the
//     secretary-and-director allowance for a head who is both;
//   - every product rounded to the fen by the scale's rounding.
//
// The error is a governance.Problems for an invalid worker, or a
// governance.Problem: funding.worker.not_employed when the worker is not
// employed on the month's first day, funding.pay_scale.post_not_paid,
// funding.grade.out_of_range, or funding.payslip.out_of_range when an
// amount leaves Money's range.
func (s PayScale) Payslip(w Worker, month governance.Date) (Payslip, error) {
	if ps := w.Validate(); ps.Err() != nil {
		return Payslip{}, ps
	}
	t := s.tables()
	return t.payslip(w, firstOfMonth(month))
}

// payslip computes the payslip of a valid worker for the month starting on
// first.
func (t *tables) payslip(w Worker, first governance.Date) (Payslip, error) {
	s := &t.s
	at, err := t.progress(w, first, nil)
	if err != nil {
		return Payslip{}, err
	}
	p := Payslip{Person: w.Person, Unit: w.Unit, Month: first, Post: at.Post, Grade: at.Grade}
	c, err := t.coefficient(at.Post, at.Grade)
	if err != nil {
		return Payslip{}, err
	}
	fail := func(err error) (Payslip, error) {
		return Payslip{}, governance.Errorf("funding.payslip.out_of_range", "", w.Person, err.Error())
	}
	mode := s.rounding()
	if p.PostPay, err = s.Base.MulRound(c, mode); err != nil {
		return fail(err)
	}
	if p.Basic, err = p.PostPay.MulRound(s.BasicShare, mode); err != nil {
		return fail(err)
	}
	band, ok := w.LastBand(first.Year)
	if !ok {
		band = s.Unassessed
	}
	p.Band = band
	// checked arithmetic throughout: the scale may not have been validated
	rest, ok := p.PostPay.addChecked(p.Basic.Neg())
	if !ok {
		return fail(ErrOutOfRange)
	}
	if p.Performance, err = rest.MulRound(t.band(band).Performance, mode); err != nil {
		return fail(err)
	}
	if onProbation(first, w.HiredOn, s.Probation.Months) {
		full, ok := p.Basic.addChecked(p.Performance)
		if !ok {
			return fail(ErrOutOfRange)
		}
		reduced, err := full.MulRound(s.Probation.Rate, mode)
		if err != nil {
			return fail(err)
		}
		if p.Probation, ok = reduced.addChecked(full.Neg()); !ok {
			return fail(ErrOutOfRange)
		}
	}
	p.Certificate = t.certificate(w.Certificate)
	if t, _ := w.TenureOn(first); t.SecretaryDirector && t.Post == PostHead {
		p.SecretaryDirector = s.SecretaryDirector
	}
	total := p.Basic
	for _, m := range [...]Money{p.Performance, p.Probation, p.Certificate, p.SecretaryDirector} {
		if total, ok = total.addChecked(m); !ok {
			return fail(ErrOutOfRange)
		}
	}
	p.Total = total
	return p, nil
}

// asProblems returns err as Problems: itself, or the one Problem it is.
func asProblems(err error) governance.Problems {
	switch e := err.(type) {
	case nil:
		return nil
	case governance.Problems:
		return e
	case governance.Problem:
		return governance.Problems{e}
	}
	return governance.Problems{governance.Errorf("funding.payslip.out_of_range", "", "", err.Error())}
}

// RaiseCost returns what a monthly raise of perMonth for each of workers
// workers costs over months months: workers × perMonth × months, exactly.
// It is an error when workers or months is negative or the cost leaves
// Money's range.
//
// # Source
//
// Benxi (report): a raise of 100 yuan a month for its 1,947 community
// workers cost 2,336,400 yuan a year; RULES.md §11.
func RaiseCost(workers int, perMonth Money, months int) (Money, error) {
	if workers < 0 || months < 0 {
		return Money{}, fmt.Errorf("funding: raise cost: negative count (%d workers, %d months)", workers, months)
	}
	perWorker, err := perMonth.Times(int64(months))
	if err != nil {
		return Money{}, err
	}
	return perWorker.Times(int64(workers))
}

// onProbation reports whether the month starting on first begins before a
// probation of months months from hired ends — on the same day of the month
// months later, or that month's last day when it has no such day — so a
// worker hired on the first of a month is on probation for exactly months
// payslips.
func onProbation(first, hired governance.Date, months int) bool {
	if months <= 0 {
		return false
	}
	end := hired.Year*12 + int(hired.Month) - 1 + months // the month probation ends in
	cur := first.Year*12 + int(first.Month) - 1
	return cur < end || cur == end && hired.Day > 1
}
