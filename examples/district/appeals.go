package main

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"github.com/jiceng/jiceng/internal/synth"
)

// errs keeps the first error of a run of steps: every verb of the simulated
// year must be allowed, so any error is a fault of the generator and ends
// the run.
type errs struct{ err error }

func (e *errs) do(err error) bool {
	if err != nil && e.err == nil {
		e.err = err
	}
	return e.err == nil
}

// categories of appeals, by urgency, with the departments the default
// router sends them to; "parking" and "noise" have no route and go to the
// district government (an unclear responsibility).
var appealCategories = map[grid.Urgency][]string{
	grid.UrgencyEmergency: {"fire", "injury", "traffic"},
	grid.UrgencyUrgent:    {"water", "power", "gas", "heating"},
	grid.UrgencyNormal:    {"sanitation", "neighbour_dispute", "property", "parking", "noise"},
	grid.UrgencyComplex:   {"property", "neighbour_dispute", "parking"},
}

var emergencyServices = map[string]grid.Service{
	"fire": grid.ServiceFire, "injury": grid.ServiceAmbulance, "traffic": grid.ServiceTraffic,
}

// instant returns a working-hours instant on a random day of the year.
func (m *model) instant(r *rand.Rand) time.Time {
	day := governance.MustDate(m.year, time.January, 1).AddDays(r.IntN(365))
	return day.In(china).Add(time.Duration(8*60+r.IntN(10*60)) * time.Minute)
}

// appeals runs the year's appeals through the work-order lifecycle: most are
// dispatched, accepted, resolved, reviewed and closed; some consultations
// are answered on the spot and some emergencies transferred; a few are
// returned, suspended, resolved late, reopened after a dissatisfied review,
// or still open at the end of the year, where overdue orders are supervised.
func (m *model) appeals() ([]*grid.WorkOrder, error) {
	r := synth.NewRand(m.seed, streamAppeals)
	policy, router := grid.DefaultPolicy(), grid.DefaultRouter()
	end := governance.MustDate(m.year+1, time.January, 1).In(china)
	orders := make([]*grid.WorkOrder, 0, m.p.Appeals)
	var e errs
	for i := range m.p.Appeals {
		in := m.intake(r, i)
		at := m.instant(r)
		w, err := grid.Open(in, policy, m.cal, at)
		if !e.do(err) {
			break
		}
		orders = append(orders, w)
		m.handle(r, w, router, end, &e)
		if e.err != nil {
			break
		}
	}
	if e.err != nil {
		return nil, e.err
	}
	for _, w := range orders {
		if w.Overdue(end) && w.State() != grid.StateClosed && w.State() != grid.StateTerminated && w.State() != grid.StateResolved && w.State() != grid.StateReviewed {
			if err := w.Supervise("district-supervision-office", end.Add(-time.Minute)); err != nil {
				return nil, err
			}
		}
	}
	return orders, nil
}

func (m *model) intake(r *rand.Rand, i int) grid.Intake {
	urgency := grid.UrgencyNormal
	switch n := r.IntN(100); {
	case n < 3:
		urgency = grid.UrgencyEmergency
	case n < 18:
		urgency = grid.UrgencyUrgent
	case n < 88:
		urgency = grid.UrgencyNormal
	default:
		urgency = grid.UrgencyComplex
	}
	kind := []grid.Kind{grid.KindHelp, grid.KindComplaint, grid.KindComplaint, grid.KindReport, grid.KindSuggestion}[r.IntN(5)]
	if urgency == grid.UrgencyNormal && r.IntN(5) == 0 {
		kind = grid.KindConsultation
	}
	if urgency == grid.UrgencyEmergency {
		kind = grid.KindHelp
	}
	channel := []grid.Channel{grid.ChannelHotline, grid.ChannelHotline, grid.ChannelPatrol, grid.ChannelResident, grid.ChannelOnline, grid.ChannelPolice}[r.IntN(6)]
	cats := appealCategories[urgency]
	return grid.Intake{
		ID:       fmt.Sprintf("%d-%06d", m.year, i+1),
		Kind:     kind,
		Channel:  channel,
		Urgency:  urgency,
		Unit:     m.grids[r.IntN(len(m.grids))].Code,
		Category: cats[r.IntN(len(cats))],
		Summary:  "居民诉求",
		Receiver: "district-12345-centre",
	}
}

// handle takes one order through its year; a step that would fall after the
// end of the year is not taken, and the order stays where it is.
func (m *model) handle(r *rand.Rand, w *grid.WorkOrder, router grid.Router, end time.Time, e *errs) {
	in := w.Intake()
	at := w.Opened()
	next := func(d time.Duration) bool {
		at = at.Add(d)
		return at.Before(end)
	}
	minutes := func(lo, hi int) time.Duration { return time.Duration(lo+r.IntN(hi-lo+1)) * time.Minute }
	switch {
	case in.Kind == grid.KindConsultation && r.IntN(2) == 0:
		if next(minutes(5, 30)) {
			e.do(w.Answer("当场答复", at))
		}
		return
	case in.Urgency == grid.UrgencyEmergency && r.IntN(3) > 0:
		if next(minutes(1, 5)) {
			e.do(w.Transfer(emergencyServices[in.Category], at))
		}
		return
	}
	to, _ := router.Route(in)
	if !next(minutes(10, 90)) || !e.do(w.Dispatch(to, at)) {
		return
	}
	if r.IntN(25) == 0 { // 退单: wrong department, back to the centre and on
		if !next(minutes(60, 240)) || !e.do(w.Return("不属于本单位职责", at)) {
			return
		}
		if !next(minutes(30, 120)) || !e.do(w.Dispatch("district-government", at)) {
			return
		}
	}
	// departments sign for urgent matters within the hour or two they
	// have, for the others within the working day, mostly
	accept := minutes(20, 6*60)
	if in.Urgency == grid.UrgencyEmergency || in.Urgency == grid.UrgencyUrgent {
		accept = minutes(5, 130)
	}
	if !next(accept) || !e.do(w.Accept(at)) {
		return
	}
	if r.IntN(20) == 0 { // 挂账: waiting on something outside the department
		if !next(minutes(60, 24*60)) || !e.do(w.Suspend("等待配件到货", at)) {
			return
		}
		if !next(time.Duration(1+r.IntN(5))*24*time.Hour) || !e.do(w.Resume(at)) {
			return
		}
	}
	for round := 0; ; round++ {
		// most orders resolve within their limit; about one in ten is late
		left := w.Due().Sub(at)
		var took time.Duration
		if left > 0 && r.IntN(10) > 0 {
			took = time.Duration(r.Int64N(int64(left)*9/10) + int64(time.Minute))
		} else {
			took = max(left, 0) + minutes(60, 3*24*60)
		}
		if !next(took) || !e.do(w.Resolve("已办结", at)) {
			return
		}
		if !next(minutes(60, 24*60)) {
			return
		}
		f := feedback(r)
		if !e.do(w.Review(f, at)) {
			return
		}
		if f.Satisfaction == grid.SatisfactionDissatisfied && round == 0 && r.IntN(2) == 0 {
			if !next(minutes(30, 240)) || !e.do(w.Reopen("群众不满意，退回再办", at)) {
				return
			}
			if !next(minutes(20, 6*60)) || !e.do(w.Accept(at)) {
				return
			}
			continue
		}
		break
	}
	if next(minutes(10, 120)) {
		e.do(w.Close(at))
	}
}

// feedback draws a review: most callers are reached, most matters resolved,
// most callers satisfied.
func feedback(r *rand.Rand) grid.Feedback {
	f := grid.Feedback{Contacted: r.IntN(100) < 96}
	if !f.Contacted {
		return f
	}
	f.Resolved = r.IntN(100) < 91
	switch n := r.IntN(100); {
	case n < 80:
		f.Satisfaction = grid.SatisfactionSatisfied
	case n < 93:
		f.Satisfaction = grid.SatisfactionBasically
	default:
		f.Satisfaction = grid.SatisfactionDissatisfied
	}
	return f
}
