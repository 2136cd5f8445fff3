package main

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/jiceng/jiceng/dispute"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
)

// committees returns the people's mediation committee of every community:
// its mediators from the roster, the first of them a woman (人民调解法 §9).
func (m *model) committees() map[governance.Code]dispute.Committee {
	names := make(map[governance.PersonID]string, len(m.people))
	for _, p := range m.people {
		names[p.ID] = p.Name
	}
	out := make(map[governance.Code]dispute.Committee, len(m.communities))
	for _, post := range m.posts {
		if post.Role != governance.RoleMediator || post.Unit.Level() != governance.LevelCommunity {
			continue
		}
		cm := out[post.Unit]
		if cm.Unit == "" {
			cm = dispute.Committee{Unit: post.Unit, Name: "人民调解委员会", TermStart: governance.MustDate(m.year-1, time.March, 1)}
		}
		sex := governance.SexMale
		if len(cm.Members) == 0 || len(cm.Members) == 2 {
			sex = governance.SexFemale
		}
		cm.Members = append(cm.Members, dispute.Member{Person: post.Person, Name: names[post.Person], Sex: sex})
		out[post.Unit] = cm
	}
	return out
}

// disputeCategories are the categories the rest of the cases are spread over
// once the profile's own mix is placed.
var disputeCategories = []dispute.Category{
	dispute.CategoryMarriageFamily, dispute.CategoryNeighbour, dispute.CategoryHousingHomestead,
	dispute.CategoryContract, dispute.CategoryDamages, dispute.CategoryLabour,
	dispute.CategoryPropertyManagement, dispute.CategoryHousingRental, dispute.CategoryOther,
}

// disputes registers the year's disputes at the communities' committees and
// mediates them: most end in a written agreement that is signed, sealed,
// performed, visited and filed; some are terminated with the parties told of
// their other routes, a few refused; graded risks are reported to the police
// where the rules say so and defused.
func (m *model) disputes() ([]*dispute.Case, error) {
	r := synth.NewRand(m.seed, streamDisputes)
	committees := m.committees()
	policy := dispute.DefaultPolicy()
	end := governance.MustDate(m.year+1, time.January, 1).In(china)
	var cats []dispute.Category
	for _, tok := range sortedKeys(m.p.DisputeMix) {
		var c dispute.Category
		if err := c.UnmarshalText([]byte(tok)); err != nil {
			return nil, err
		}
		for range m.p.DisputeMix[tok] {
			cats = append(cats, c)
		}
	}
	for len(cats) < m.p.Disputes {
		c := disputeCategories[r.IntN(len(disputeCategories))]
		if _, fixed := m.p.DisputeMix[c.String()]; !fixed {
			cats = append(cats, c)
		}
	}
	cases := make([]*dispute.Case, 0, len(cats))
	for i, cat := range cats {
		g := m.grids[r.IntN(len(m.grids))]
		cm := committees[g.Code.Parent()]
		at := m.instant(r)
		in := m.disputeIntake(r, i, cat, g.Code)
		c, err := dispute.Register(in, policy, at)
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
		if err := m.mediate(r, c, cm, at, end); err != nil {
			return nil, fmt.Errorf("case %s: %w", in.ID, err)
		}
	}
	return cases, nil
}

func (m *model) disputeIntake(r *rand.Rand, i int, cat dispute.Category, place governance.Code) dispute.Intake {
	party := func(n int) dispute.Party {
		return dispute.Party{Person: governance.Person{ID: governance.PersonID(fmt.Sprintf("D%06d-%d", i+1, n)), Name: synth.PersonName(r)}}
	}
	in := dispute.Intake{
		ID:       fmt.Sprintf("%d-M%05d", m.year, i+1),
		Category: cat,
		Channel:  dispute.ChannelPeople,
		Source:   dispute.SourceApplication,
		Place:    place,
		People:   2 + r.IntN(3),
		Parties:  []dispute.Party{party(1), party(2)},
		Summary:  "纠纷调解",
	}
	switch n := r.IntN(100); {
	case n < 25:
		in.Source = dispute.SourceInitiative
	case n < 40:
		in.Source = dispute.SourceReferral
		bodies := []dispute.Body{dispute.BodyPolice110, dispute.BodyHotline12345, dispute.BodyHotline12348, dispute.BodyCourt, dispute.BodyPetitionOffice}
		in.Referral = dispute.Referral{Body: bodies[r.IntN(len(bodies))]}
		if in.Referral.Body == dispute.BodyPolice110 {
			in.Channel = dispute.ChannelPolice
		}
	}
	if r.IntN(50) == 0 {
		in.People = 10 + r.IntN(30) // a group dispute
	}
	return in
}

// mediate takes a case through mediation; a step after the end of the year is
// not taken.
func (m *model) mediate(r *rand.Rand, c *dispute.Case, cm dispute.Committee, at, end time.Time) error {
	var e errs
	step := func(d time.Duration, f func(time.Time) error) bool {
		at = at.Add(d)
		if !at.Before(end) {
			return false
		}
		return e.do(f(at))
	}
	day := 24 * time.Hour
	if m.p.DisputeSuccessPercent < 100 && r.IntN(200) == 0 {
		step(day, func(t time.Time) error { return c.Refuse(1, "当事人明确拒绝调解", t) })
		return e.err
	}
	if !step(day, func(t time.Time) error { return c.Accept(cm, t) }) {
		return e.err
	}
	mediator := cm.Members[r.IntN(len(cm.Members))].Person
	if !step(time.Hour, func(t time.Time) error { return c.Assign(cm, dispute.Mediator{Person: mediator}, t) }) {
		return e.err
	}
	if n := r.IntN(200); n < 8 { // graded risk; red needs a police report first
		risk := []dispute.Risk{dispute.RiskYellow, dispute.RiskYellow, dispute.RiskYellow, dispute.RiskYellow, dispute.RiskOrange, dispute.RiskOrange, dispute.RiskRed, dispute.RiskRed}[n]
		if !step(time.Hour, func(t time.Time) error { return c.GradeRisk(risk, "有激化可能", t) }) {
			return e.err
		}
		if risk == dispute.RiskRed && !step(time.Hour, func(t time.Time) error {
			return c.ReportToPolice(dispute.PoliceReport{Station: "辖区派出所"}, t)
		}) {
			return e.err
		}
		if !step(day, func(t time.Time) error { return c.Defuse("矛盾已缓和", t) }) {
			return e.err
		}
	}
	if !step(time.Duration(1+r.IntN(5))*day, func(t time.Time) error {
		return c.Hold(dispute.Session{Parties: []int{0, 1}, Mediators: []governance.PersonID{mediator}}, t)
	}) {
		return e.err
	}
	if r.IntN(100) >= m.p.DisputeSuccessPercent {
		if step(time.Duration(1+r.IntN(10))*day, func(t time.Time) error {
			return c.Terminate(dispute.Termination{
				Reason: dispute.TerminationReasonNoAgreement,
				Routes: []dispute.Route{dispute.RouteLitigation, dispute.RouteLegalAid},
			}, t)
		}) {
			step(day, c.Close)
		}
		return e.err
	}
	immediate := r.IntN(2) == 0
	agreement := dispute.Agreement{
		Form: dispute.FormWritten, Facts: "双方就争议事项陈述事实", Terms: "双方达成一致",
		Manner: "当面履行", Immediate: immediate,
	}
	if !immediate {
		agreement.PerformBy = at.Add(20 * day)
	}
	if !step(time.Duration(1+r.IntN(10))*day, func(t time.Time) error { return c.Agree(agreement, t) }) {
		return e.err
	}
	for _, f := range []func(time.Time) error{
		func(t time.Time) error { return c.Sign(0, t) },
		func(t time.Time) error { return c.Sign(1, t) },
		func(t time.Time) error { return c.SignMediator(mediator, t) },
		c.Seal,
	} {
		if !step(10*time.Minute, f) {
			return e.err
		}
	}
	wait := time.Hour
	if !immediate {
		wait = time.Duration(1+r.IntN(19)) * day
	}
	if !step(wait, func(t time.Time) error { return c.Perform("已履行", t) }) {
		return e.err
	}
	if step(time.Duration(3+r.IntN(10))*day, func(t time.Time) error { return c.Visit("履行情况良好", t) }) {
		step(day, c.Close)
	}
	return e.err
}
