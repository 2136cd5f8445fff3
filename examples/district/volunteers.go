package main

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
	"github.com/jiceng/jiceng/volunteer"
)

// service is the place's volunteer service: the teams, the hours ledger
// over five years, the year's service orders, and dual reporting.
type service struct {
	policy     volunteer.Policy
	ledger     *volunteer.Ledger
	teams      []volunteer.Team
	orders     []*volunteer.Order
	reports    []volunteer.MemberReport
	agreements []volunteer.Agreement
	registered int
}

// teamKinds are Xibei's five service teams, one of each per community.
var teamKinds = []volunteer.Kind{
	volunteer.KindSafety, volunteer.KindEnterprise, volunteer.KindEmployment,
	volunteer.KindElderly, volunteer.KindHealth,
}

// yearsOfService is how many years of activity the ledger holds, the
// simulated year the last of them, so that star levels (by cumulative hours)
// have something to count.
const yearsOfService = 5

// volunteers builds the teams, runs two activities a month per team for five
// years (regular members nearly always come, others now and then), the
// year's service orders (群众点单、支部下单、党员接单), the serving party
// members' reports and the units' co-building agreements (双报到).
func (m *model) volunteers() (*service, error) {
	r := synth.NewRand(m.seed, streamVolunteers)
	s := &service{policy: volunteer.DefaultPolicy(), ledger: volunteer.NewLedger(), registered: m.p.Volunteers}
	type member struct {
		id         governance.PersonID
		registered int // year
		regular    bool
	}
	teams := len(m.communities) * len(teamKinds)
	members := make([][]member, teams)
	for i := range m.p.Volunteers {
		t := i % teams
		members[t] = append(members[t], member{
			id:         governance.PersonID(fmt.Sprintf("V%07d", i+1)),
			registered: m.year - r.IntN(yearsOfService),
			regular:    r.IntN(100) < 5,
		})
	}
	for ci, c := range m.communities {
		for ki, k := range teamKinds {
			t := ci*len(teamKinds) + ki
			team := volunteer.Team{
				ID:        volunteer.TeamID(fmt.Sprintf("T-%s-%d", c.Code, ki+1)),
				Name:      fmt.Sprintf("%s%s队", c.Name, k.Label(zh)),
				Kind:      k,
				Unit:      volunteer.OrgID("community-" + string(c.Code)),
				Community: c.Code,
			}
			for _, mb := range members[t] {
				team.Members = append(team.Members, mb.id)
			}
			if len(team.Members) > 0 {
				team.Leader = team.Members[0]
			}
			s.teams = append(s.teams, team)
		}
	}
	s.ledger.Grow(m.p.Volunteers * 12)
	for y := m.year - yearsOfService + 1; y <= m.year; y++ {
		for t, team := range s.teams {
			for n := range 24 {
				day := governance.MustDate(y, time.Month(1+n/2), 1+r.IntN(28))
				start := day.In(china).Add(9 * time.Hour)
				a := volunteer.Activity{
					ID:        volunteer.ActivityID(fmt.Sprintf("%s-%d-%02d", team.ID, y, n+1)),
					Name:      team.Name + "志愿服务",
					Kind:      team.Kind,
					Organiser: team.Unit,
					Team:      team.ID,
					Community: team.Community,
					Start:     start,
					End:       start.Add(4 * time.Hour),
				}
				if err := s.ledger.AddActivity(a); err != nil {
					return nil, err
				}
				rec := volunteer.Recorder{Org: team.Unit, Person: team.Leader}
				for _, mb := range members[t] {
					if mb.registered > y || !(mb.regular && r.IntN(10) < 9 || r.IntN(100) == 0) {
						continue
					}
					d := time.Duration(120+r.IntN(121)) * time.Minute
					_, err := s.ledger.Grant(volunteer.Service{
						Volunteer: mb.id, Activity: a.ID, Duration: d, Recorder: rec,
						Key: string(a.ID) + "/" + string(mb.id),
					}, a.End.Add(time.Hour))
					if err != nil {
						return nil, err
					}
				}
			}
		}
	}
	if err := m.serviceOrders(r, s); err != nil {
		return nil, err
	}
	if err := m.dualReporting(r, s); err != nil {
		return nil, err
	}
	return s, nil
}

// serviceOrders places a dozen orders a year in every community: the branch
// dispatches each to a party member, who takes it (or declines, and the
// branch dispatches it to the elderly-care team), does it and is rated; the
// hours go to the ledger under the order's ID.
func (m *model) serviceOrders(r *rand.Rand, s *service) error {
	members := make(map[governance.Code][]governance.PersonID)
	byID := make(map[governance.PersonID]governance.Person, len(m.people))
	for _, p := range m.people {
		byID[p.ID] = p
	}
	for _, p := range m.posts {
		if p.Unit.Level() == governance.LevelCommunity && byID[p.Person].Party == governance.PartyFull {
			members[p.Unit] = append(members[p.Unit], p.Person)
		}
	}
	end := governance.MustDate(m.year+1, time.January, 1).In(china)
	for ci, c := range m.communities {
		branch := volunteer.OrgID("branch-" + string(c.Code))
		for n := range 12 {
			day := governance.MustDate(m.year, time.Month(n+1), 1+r.IntN(20))
			at := day.In(china).Add(10 * time.Hour)
			k := teamKinds[r.IntN(len(teamKinds))]
			o, err := volunteer.Place(volunteer.OrderID(fmt.Sprintf("O-%s-%02d", c.Code, n+1)), volunteer.Need{
				Resident: governance.PersonID(fmt.Sprintf("R%s%02d", c.Code, n+1)), Branch: branch, Community: c.Code,
				Kind: k, Category: "上门服务", Place: c.Name, Summary: "居民点单", WantedBy: day.AddDays(7),
			}, s.policy, at)
			if err != nil {
				return err
			}
			s.orders = append(s.orders, o)
			if r.IntN(20) == 0 {
				if err := o.Cancel("居民已自行解决", at.Add(time.Hour)); err != nil {
					return err
				}
				continue
			}
			who := members[c.Code][r.IntN(len(members[c.Code]))]
			if err := o.Dispatch(volunteer.Assignee{Kind: volunteer.AssigneePartyMember, Person: who}, at.Add(2*time.Hour)); err != nil {
				return err
			}
			at = at.Add(3 * time.Hour)
			if r.IntN(10) == 0 {
				if err := o.Decline("时间冲突", at); err != nil {
					return err
				}
				team := s.teams[ci*len(teamKinds)+3] // the elderly-care team
				if err := o.Dispatch(volunteer.Assignee{Kind: volunteer.AssigneeTeam, Team: team.ID}, at.Add(time.Hour)); err != nil {
					return err
				}
				at = at.Add(2 * time.Hour)
			}
			if err := o.Take(at); err != nil {
				return err
			}
			done := at.Add(time.Duration(1+r.IntN(9*24)) * time.Hour)
			if !done.Before(end) {
				continue
			}
			if err := o.Complete("已完成", done); err != nil {
				return err
			}
			if o.Assignee().Kind == volunteer.AssigneePartyMember {
				if _, err := s.ledger.GrantOrder(o, who, min(2*time.Hour, done.Sub(at)), volunteer.Recorder{Org: branch, Person: who}, done.Add(time.Hour)); err != nil {
					return err
				}
			}
			rating := volunteer.SatisfactionSatisfied
			if r.IntN(10) == 0 {
				rating = volunteer.SatisfactionBasically
			}
			if err := o.Rate(rating, "", done.Add(2*time.Hour)); err != nil {
				return err
			}
		}
	}
	return nil
}

// dualReporting has the serving party members report to the communities
// whose teams they serve in, each promising twelve hours a year, and the
// co-building units sign agreements promising two activities a year, some
// of which they run.
func (m *model) dualReporting(r *rand.Rand, s *service) error {
	reported := 0
	for _, team := range s.teams {
		for _, v := range team.Members {
			if reported >= m.p.PartyMembersReported {
				break
			}
			if r.IntN(10) > 0 {
				continue
			}
			reported++
			s.reports = append(s.reports, volunteer.MemberReport{
				Member: v, Employer: volunteer.OrgID(fmt.Sprintf("employer-%03d", r.IntN(500))),
				Community: team.Community, On: governance.MustDate(m.year, time.January, 10),
				Services: []string{team.Name}, Targets: []volunteer.Target{{Measure: volunteer.MeasureHours, Value: 12}},
			})
		}
	}
	for i := range m.p.CoBuildingUnits {
		c := m.communities[r.IntN(len(m.communities))]
		unit := volunteer.OrgID(fmt.Sprintf("unit-%03d", i+1))
		s.agreements = append(s.agreements, volunteer.Agreement{
			Unit: unit, Community: c.Code, Signed: governance.MustDate(m.year, time.January, 15),
			Needs: []string{"为老服务"}, Resources: []string{"场地", "志愿者"}, Projects: []string{"助老活动"},
			Assessment: []volunteer.Target{{Measure: volunteer.MeasureActivities, Value: 2}},
		})
		team := s.teams[m.communityIndex(c.Code)*len(teamKinds)+3]
		for n := range r.IntN(4) {
			start := governance.MustDate(m.year, time.Month(3+3*n), 12).In(china).Add(14 * time.Hour)
			a := volunteer.Activity{
				ID:   volunteer.ActivityID(fmt.Sprintf("%s-%d", unit, n+1)),
				Name: "共建助老活动", Kind: volunteer.KindElderly, Organiser: unit, Community: c.Code,
				Start: start, End: start.Add(2 * time.Hour),
			}
			if err := s.ledger.AddActivity(a); err != nil {
				return err
			}
			if len(team.Members) == 0 {
				continue
			}
			v := team.Members[r.IntN(len(team.Members))]
			_, err := s.ledger.Grant(volunteer.Service{
				Volunteer: v, Activity: a.ID, Duration: 2 * time.Hour,
				Recorder: volunteer.Recorder{Org: unit, Person: v}, Key: string(a.ID) + "/" + string(v),
			}, a.End)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// communityIndex returns the position of community c in m.communities.
func (m *model) communityIndex(c governance.Code) int {
	for i, u := range m.communities {
		if u.Code == c {
			return i
		}
	}
	return 0
}
