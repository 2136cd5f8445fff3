package main

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
)

// Streams of the generator, one per purpose, so that changing one part of
// the year never changes what another draws.
const (
	streamUnits uint64 = synth.StreamUser + 100 + iota
	streamPeople
	streamParty
	streamAppeals
	streamCalls
	streamDisputes
	streamVolunteers
	streamPay
	streamBudget
)

// china is the zone every instant of the year is read in: China Standard
// Time has had no daylight saving since 1991, so a fixed zone is exact and
// needs no time-zone database.
var china = time.FixedZone("CST", 8*3600)

// model is a place as the generator builds it from a profile.
type model struct {
	p           Profile
	seed        uint64
	year        int
	cal         *governance.Calendar
	h           *governance.Hierarchy
	streets     []governance.Unit
	communities []governance.Unit
	grids       []governance.Unit
	people      []governance.Person
	posts       []governance.Post
	orgs        []governance.PartyOrg
	census      governance.Date // the day the roster and organisations are as of
}

// build generates the place's units, people, posts and party organisations.
func build(p Profile, seed uint64, year int) (*model, error) {
	cal := governance.China()
	if !cal.Covers(governance.MustDate(year, time.January, 1)) {
		return nil, fmt.Errorf("the working-day calendar does not cover %d (it covers %v)", year, cal.Years())
	}
	m := &model{p: p, seed: seed, year: year, cal: cal, census: governance.MustDate(year, time.June, 30)}
	if err := m.units(); err != nil {
		return nil, err
	}
	m.roster()
	m.orgs = synth.PartyOrgs(seed, m.h, m.census)
	return m, nil
}

// spread splits total into n parts that differ by at most one.
func spread(total, n int) []int {
	parts := make([]int, n)
	for i := range parts {
		parts[i] = total / n
		if i < total%n {
			parts[i]++
		}
	}
	return parts
}

// jitter splits total into n parts of random size around total/n (±15%),
// adding up exactly.
func jitter(r *rand.Rand, total, n int) []int {
	weights := make([]int, n)
	sum := 0
	for i := range weights {
		weights[i] = 85 + r.IntN(31)
		sum += weights[i]
	}
	parts := make([]int, n)
	given := 0
	for i, w := range weights {
		parts[i] = total * w / sum
		given += parts[i]
	}
	for i := 0; given < total; i = (i + 1) % n {
		parts[i]++
		given++
	}
	return parts
}

// units builds the hierarchy: counties under a city, streets under a county,
// communities (the last ones villages) under streets, grids under
// communities, with households and residents spread over the grids.
func (m *model) units() error {
	r := synth.NewRand(m.seed, streamUnits)
	p := m.p
	h, err := governance.NewHierarchy(governance.Unit{Code: p.Code, Name: p.Name})
	if err != nil {
		return err
	}
	m.h = h
	add := func(u governance.Unit) error { return h.Add(u) }

	var streetParents []governance.Code
	switch p.Code.Level() {
	case governance.LevelCity:
		districts := (p.Counties*2 + 2) / 3
		for i := range p.Counties {
			seg := i + 1 // 01–20: city districts (市辖区)
			suffix := "区"
			if i >= districts {
				seg, suffix = 21+i-districts, "县" // 21–70: counties
			}
			c := governance.MustParseCode(fmt.Sprintf("%s%02d", p.Code[:4], seg))
			if err := add(governance.Unit{Code: c, Name: synth.PlaceName(r, suffix)}); err != nil {
				return err
			}
			streetParents = append(streetParents, c)
		}
	case governance.LevelCounty:
		streetParents = []governance.Code{p.Code}
	}

	var communityParents []governance.Code
	if len(streetParents) == 0 {
		communityParents = []governance.Code{p.Code}
		m.streets = append(m.streets, h.Root())
	}
	for i, n := range spread(p.Streets, max(1, len(streetParents))) {
		for s := range n {
			c := governance.MustParseCode(fmt.Sprintf("%s%03d", streetParents[i][:6], s+1))
			u := governance.Unit{Code: c, Name: synth.PlaceName(r, "街道")}
			if err := add(u); err != nil {
				return err
			}
			communityParents = append(communityParents, c)
			m.streets = append(m.streets, u)
		}
	}

	urban := p.Communities - p.Villages
	perStreet := spread(p.Communities, len(communityParents))
	next := make([]int, len(communityParents)) // next sequence per street, urban and rural
	nextVillage := make([]int, len(communityParents))
	k := 0
	for i, n := range perStreet {
		for range n {
			var c governance.Code
			var name string
			if k < urban {
				next[i]++
				c = governance.MustParseCode(fmt.Sprintf("%s%03d", communityParents[i][:9], next[i]))
				name = synth.PlaceName(r, "社区")
			} else {
				nextVillage[i]++
				c = governance.MustParseCode(fmt.Sprintf("%s%03d", communityParents[i][:9], 199+nextVillage[i]))
				name = synth.PlaceName(r, "村")
			}
			k++
			u := governance.Unit{Code: c, Name: name}
			if err := add(u); err != nil {
				return err
			}
			m.communities = append(m.communities, u)
		}
	}

	households := jitter(r, p.Households, p.Grids)
	residents := jitter(r, p.Residents, p.Grids)
	g := 0
	for i, n := range jitter(r, p.Grids, len(m.communities)) {
		community := m.communities[i]
		for s := range max(1, n) {
			if g >= p.Grids {
				break
			}
			c, err := governance.GridCode(community.Code, s+1)
			if err != nil {
				return err
			}
			u := governance.Unit{
				Code: c, Name: fmt.Sprintf("%s第%d网格", community.Name, s+1),
				Households: households[g], Residents: residents[g],
			}
			if err := add(u); err != nil {
				return err
			}
			m.grids = append(m.grids, u)
			g++
		}
	}
	return nil
}

// person adds a person with a generated name and returns the ID.
func (m *model) person(r *rand.Rand, party governance.PartyStatus) governance.PersonID {
	id := governance.PersonID(fmt.Sprintf("P%06d", len(m.people)+1))
	m.people = append(m.people, governance.Person{
		ID:          id,
		Name:        synth.PersonName(r),
		Party:       party,
		Education:   governance.Education(1 + r.IntN(4)),
		Certificate: governance.Certificate(1 + r.IntN(4)),
	})
	return id
}

// post gives the person a post at the unit from a day before the census.
func (m *model) post(r *rand.Rand, who governance.PersonID, role governance.Role, unit governance.Code) {
	from := governance.MustDate(m.year-1-r.IntN(9), time.Month(1+r.IntN(12)), 1)
	m.posts = append(m.posts, governance.Post{Person: who, Role: role, Unit: unit, From: from})
}

// roster staffs the place by its profile: street leaders and chiefs,
// community leadership and workers around what the staffing rule requires
// (some communities short), first secretaries, mediators and legal
// advisors; grid workers, part-time workers, specialists, building heads and
// household liaisons spread over the grids.
func (m *model) roster() {
	r := synth.NewRand(m.seed, streamPeople)
	p := m.p
	member := func() governance.PartyStatus {
		if r.IntN(10) < 7 {
			return governance.PartyFull
		}
		return governance.PartyNone
	}
	for _, s := range m.streets {
		secretary := m.person(r, governance.PartyFull)
		m.post(r, secretary, governance.RoleSecretary, s.Code)
		director := m.person(r, governance.PartyFull)
		m.post(r, director, governance.RoleDirector, s.Code)
		m.post(r, director, governance.RoleGridChief, s.Code) // the street head as chief grid chief
		area := m.person(r, governance.PartyFull)
		m.post(r, area, governance.RoleGridChief, s.Code) // a street leader as area chief
		m.post(r, area, governance.RoleDeputySecretary, s.Code)
	}
	rule := staffingRules[p.Staffing]()
	for i, c := range m.communities {
		hh, rs := m.h.Figures(c.Code)
		required := rule.Required(hh, rs)
		secretary := m.person(r, governance.PartyFull)
		m.post(r, secretary, governance.RoleSecretary, c.Code)
		m.post(r, secretary, governance.RoleGridChief, c.Code)
		leaders := 5        // secretary, deputy secretary, two deputy directors, a committee member
		if r.IntN(10) < 8 { // 一肩挑
			m.post(r, secretary, governance.RoleDirector, c.Code)
		} else {
			m.post(r, m.person(r, member()), governance.RoleDirector, c.Code)
			leaders++
		}
		m.post(r, m.person(r, governance.PartyFull), governance.RoleDeputySecretary, c.Code)
		m.post(r, m.person(r, member()), governance.RoleDeputyDirector, c.Code)
		m.post(r, m.person(r, member()), governance.RoleDeputyDirector, c.Code)
		m.post(r, m.person(r, member()), governance.RoleCommitteeMember, c.Code)
		workers := max(0, required-leaders)
		if r.IntN(5) == 0 { // one community in five is short by one to three
			workers = max(0, workers-1-r.IntN(3))
		}
		for range workers {
			m.post(r, m.person(r, member()), governance.RoleCommunityWorker, c.Code)
		}
		if i < p.FirstSecretaries {
			m.post(r, m.person(r, governance.PartyFull), governance.RoleFirstSecretary, c.Code)
		}
		for range 3 {
			m.post(r, m.person(r, member()), governance.RoleMediator, c.Code)
		}
		m.post(r, m.person(r, governance.PartyNone), governance.RoleLegalAdvisor, c.Code)
	}
	n := len(m.grids)
	gridRoles := []struct {
		role  governance.Role
		count int
	}{
		{governance.RoleGridWorker, p.GridWorkers},
		{governance.RoleGridWorkerPartTime, p.GridWorkersPartTime},
		{governance.RoleSpecialist, p.Specialists},
		{governance.RoleHouseholdLiaison, p.HouseholdLiaisons},
	}
	for _, gr := range gridRoles {
		for j := range gr.count {
			g := j % n
			if gr.role == governance.RoleGridWorkerPartTime {
				// part-timers first fill the grids no full-time worker reached
				g = (p.GridWorkers + j) % n
			}
			m.post(r, m.person(r, member()), gr.role, m.grids[g].Code)
		}
	}
	for _, u := range m.grids {
		if u.Households > 0 {
			m.post(r, m.person(r, member()), governance.RoleBuildingHead, u.Code)
			m.post(r, m.person(r, member()), governance.RoleEntranceHead, u.Code)
		}
		if r.IntN(2) == 0 {
			m.post(r, m.person(r, governance.PartyFull), governance.RoleGridPolice, u.Code)
		}
	}
}
