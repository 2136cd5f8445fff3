package grid

import (
	"math"
	"strconv"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// Limit is a time limit (办理时限): a number of hours on the clock or a
// number of workdays on the calendar. Exactly one is set.
type Limit struct {
	Hours    int `json:"hours,omitempty"`
	Workdays int `json:"workdays,omitempty"`
}

// IsValid reports whether exactly one of Hours and Workdays is set, and
// positive.
func (l Limit) IsValid() bool {
	return (l.Hours > 0 && l.Workdays == 0) || (l.Workdays > 0 && l.Hours == 0)
}

// String returns "24h" or "5wd", or "invalid" for a limit that is not valid.
func (l Limit) String() string {
	switch {
	case !l.IsValid():
		return "invalid"
	case l.Hours > 0:
		return strconv.Itoa(l.Hours) + "h"
	}
	return strconv.Itoa(l.Workdays) + "wd"
}

// add returns t moved later by the limit.
func (l Limit) add(cal *governance.Calendar, t time.Time) (time.Time, error) {
	if l.Hours > 0 {
		return t.Add(time.Duration(l.Hours) * time.Hour), nil
	}
	if cal == nil {
		return time.Time{}, ErrNoCalendar
	}
	return cal.AddWorkdays(t, l.Workdays)
}

// Weights are the shares of the three rates in the composite rate.
type Weights struct {
	Response     float64 `json:"response"`
	Resolution   float64 `json:"resolution"`
	Satisfaction float64 `json:"satisfaction"`
}

// Policy is the rules a work order runs under: its time limits, who may
// return it, how far it may be supervised, and how its rates are weighed.
// An order keeps the limits in force when it was opened.
type Policy struct {
	// Deadlines is the time limit of each urgency, counted from the
	// opening; every urgency needs one.
	Deadlines map[Urgency]Limit `json:"deadlines"`
	// Acceptance is how long a department has to sign for (签收) an order
	// after each dispatch; an urgency without an entry has no limit.
	Acceptance map[Urgency]Limit `json:"acceptance,omitempty"`
	// DesignatedMayNotReturn: a department the centre designated (指定承办)
	// may not return the order.
	DesignatedMayNotReturn bool `json:"designatedMayNotReturn"`
	// MaxSupervision is the highest supervision level (督办) an overdue
	// order can be raised to.
	MaxSupervision int `json:"maxSupervision"`
	// Weights weigh the response, resolution and satisfaction rates in the
	// composite rate; they sum to 1.
	Weights Weights `json:"weights"`
	// Basically is the credit a "basically satisfied" review earns in the
	// satisfaction rate (a "satisfied" one earns 1).
	Basically float64 `json:"basically"`
	Source    string  `json:"source,omitempty"`
}

// DefaultPolicy returns the default limits — emergency 2 hours, urgent 24
// hours, normal 5 workdays, complex 15 workdays — with acceptance within 1
// hour for emergencies, 2 hours for urgent matters and 1 workday otherwise;
// designated departments may not return; three supervision levels; and the
// rates weighed 0.1, 0.5 and 0.4 with 0.9 for "basically satisfied".
//
// # Source
//
// Limits (local defaults, RULES.md §8): emergency 2 hours; urgent (water,
// power, gas, heating) 24 hours; normal 5 workdays as Jinan's 12345 rules
// of 2018 set them — Beijing's practice uses 7 days, so a Beijing
// deployment overrides UrgencyNormal; complex 15 workdays. No designated
// body may return an order: Weifang 2021. Rates: 北京市接诉即办工作条例 2021
// §32, with the formulas and weights of practice (RULES.md §8). The
// acceptance limits and the three supervision levels are illustrative.
func DefaultPolicy() Policy {
	return Policy{
		Deadlines: map[Urgency]Limit{
			UrgencyEmergency: {Hours: 2},
			UrgencyUrgent:    {Hours: 24},
			UrgencyNormal:    {Workdays: 5},
			UrgencyComplex:   {Workdays: 15},
		},
		Acceptance: map[Urgency]Limit{
			UrgencyEmergency: {Hours: 1},
			UrgencyUrgent:    {Hours: 2},
			UrgencyNormal:    {Workdays: 1},
			UrgencyComplex:   {Workdays: 1},
		},
		DesignatedMayNotReturn: true,
		MaxSupervision:         3,
		Weights:                Weights{Response: 0.1, Resolution: 0.5, Satisfaction: 0.4},
		Basically:              0.9,
		Source:                 "RULES.md §8: limits local defaults (Jinan 2018; Beijing uses 7 days for normal); Weifang 2021 (designated bodies); Beijing 接诉即办工作条例 §32 (rates); acceptance and supervision levels illustrative",
	}
}

// policy problem codes.
const (
	codePolicyDeadline   = "grid.policy.deadline_invalid"
	codePolicyAcceptance = "grid.policy.acceptance_invalid"
	codePolicySupervise  = "grid.policy.supervision_invalid"
	codePolicyWeights    = "grid.policy.weights_invalid"
	codePolicyBasically  = "grid.policy.basically_invalid"
)

// weightTolerance is how far the weights' sum may stray from 1 through
// decimal rounding.
const weightTolerance = 1e-9

// Validate reports every problem of the policy: an urgency without a valid
// deadline, an invalid acceptance limit, a negative or too high supervision
// maximum, weights that are negative or do not sum to 1, and a "basically"
// credit outside 0–1.
func (p Policy) Validate() governance.Problems {
	var ps governance.Problems
	for u := range Urgencies() {
		if l, ok := p.Deadlines[u]; !ok || !l.IsValid() {
			ps = append(ps, governance.Errorf(codePolicyDeadline, "deadlines."+u.String(), u.String()))
		}
	}
	for u := range Urgencies() {
		if l, ok := p.Acceptance[u]; ok && !l.IsValid() {
			ps = append(ps, governance.Errorf(codePolicyAcceptance, "acceptance."+u.String(), u.String()))
		}
	}
	for u := range p.Acceptance {
		if !u.IsValid() {
			ps = append(ps, governance.Errorf(codePolicyAcceptance, "acceptance", u.String()))
		}
	}
	if p.MaxSupervision < 0 || p.MaxSupervision > math.MaxUint8 {
		ps = append(ps, governance.Errorf(codePolicySupervise, "maxSupervision", p.MaxSupervision))
	}
	w := p.Weights
	if w.Response < 0 || w.Resolution < 0 || w.Satisfaction < 0 ||
		math.Abs(w.Response+w.Resolution+w.Satisfaction-1) > weightTolerance {
		ps = append(ps, governance.Errorf(codePolicyWeights, "weights"))
	}
	if !(p.Basically >= 0 && p.Basically <= 1) {
		ps = append(ps, governance.Errorf(codePolicyBasically, "basically", p.Basically))
	}
	return ps.Sorted()
}
