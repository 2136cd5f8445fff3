package dispute

import (
	"github.com/jiceng/jiceng/governance"
)

// Committee is a people's mediation committee (人民调解委员会), set up by a
// residents' or villagers' committee, a township or street, an enterprise
// or an industry body: its unit, its members and the day its term began.
type Committee struct {
	Unit      governance.Code `json:"unit"`
	Name      string          `json:"name"`
	TermStart governance.Date `json:"termStart"`
	Members   []Member        `json:"members"`
}

// Member is a member of a committee (人民调解委员会委员).
type Member struct {
	Person governance.PersonID `json:"person"`
	Name   string              `json:"name"`
	Sex    governance.Sex      `json:"sex"`
}

// Member returns the member who is person.
func (cm Committee) Member(person governance.PersonID) (Member, bool) {
	for _, m := range cm.Members {
		if m.Person == person {
			return m, true
		}
	}
	return Member{}, false
}

// Women returns the number of women among the members.
func (cm Committee) Women() int {
	n := 0
	for _, m := range cm.Members {
		if m.Sex == governance.SexFemale {
			n++
		}
	}
	return n
}

// TermEnds returns the first day after the committee's term.
func (cm Committee) TermEnds(r CommitteeRules) governance.Date {
	return cm.TermStart.AddYears(r.TermYears)
}

// CommitteeRules are the law's requirements on a committee's composition
// and term.
type CommitteeRules struct {
	MinMembers int `json:"minMembers"`
	MaxMembers int `json:"maxMembers"`
	// MinWomen is the number of women the committee must include.
	MinWomen int `json:"minWomen"`
	// TermYears is the length of a term; members may be re-elected.
	TermYears int `json:"termYears"`
}

// DefaultCommitteeRules returns the law's numbers.
//
// # Source
//
// 人民调解法 2010 §8 (a committee has three to nine members, with a chair and
// if needed vice-chairs, and should include women members — one at least)
// and §9 (members serve three-year terms and may be re-elected).
func DefaultCommitteeRules() CommitteeRules {
	return CommitteeRules{MinMembers: 3, MaxMembers: 9, MinWomen: 1, TermYears: 3}
}

// Check returns every problem of the committee on day on, sorted: a valid
// unit and a name; members within MinMembers..MaxMembers, each with an ID,
// a name and a sex, none twice; at least MinWomen women; a term start, and
// a term that has not expired by on.
func (cm Committee) Check(r CommitteeRules, on governance.Date) governance.Problems {
	var ps governance.Problems
	if !cm.Unit.IsValid() {
		ps = append(ps, governance.Errorf("dispute.committee.unit_invalid", "unit", string(cm.Unit)))
	}
	if cm.Name == "" {
		ps = append(ps, governance.Errorf("dispute.committee.name_missing", "name"))
	}
	switch n := len(cm.Members); {
	case n < r.MinMembers:
		ps = append(ps, governance.Errorf("dispute.committee.members_too_few", "members", n, r.MinMembers))
	case n > r.MaxMembers:
		ps = append(ps, governance.Errorf("dispute.committee.members_too_many", "members", n, r.MaxMembers))
	}
	if w := cm.Women(); w < r.MinWomen {
		ps = append(ps, governance.Errorf("dispute.committee.women_too_few", "members", w, r.MinWomen))
	}
	for i, m := range cm.Members {
		path := governance.Index("members", i)
		if m.Person == "" {
			ps = append(ps, governance.Errorf("dispute.committee.member_id_missing", governance.Field(path, "person")))
		}
		if m.Name == "" {
			ps = append(ps, governance.Errorf("dispute.committee.member_name_missing", governance.Field(path, "name")))
		}
		if !m.Sex.IsValid() {
			ps = append(ps, governance.Errorf("dispute.committee.member_sex_invalid", governance.Field(path, "sex")))
		}
		for j := range i {
			if m.Person != "" && cm.Members[j].Person == m.Person {
				ps = append(ps, governance.Errorf("dispute.committee.member_twice", governance.Field(path, "person"), j))
				break
			}
		}
	}
	switch {
	case cm.TermStart.IsZero():
		ps = append(ps, governance.Errorf("dispute.committee.term_start_missing", "termStart"))
	case !on.Before(cm.TermEnds(r)):
		ps = append(ps, governance.Errorf("dispute.committee.term_expired", "termStart", cm.TermEnds(r).AddDays(-1)))
	}
	if len(ps) == 0 {
		return nil
	}
	return ps.Sorted()
}

// Validate returns every problem of the rules: positive bounds in order, no
// negative number of women, a positive term.
func (r CommitteeRules) Validate() governance.Problems {
	var ps governance.Problems
	if r.MinMembers < 1 {
		ps = append(ps, governance.Errorf("dispute.policy.not_positive", "minMembers", r.MinMembers))
	}
	if r.MaxMembers < r.MinMembers {
		ps = append(ps, governance.Errorf("dispute.policy.below_min", "maxMembers", r.MaxMembers, r.MinMembers))
	}
	if r.MinWomen < 0 {
		ps = append(ps, governance.Errorf("dispute.policy.negative", "minWomen", r.MinWomen))
	}
	if r.TermYears < 1 {
		ps = append(ps, governance.Errorf("dispute.policy.not_positive", "termYears", r.TermYears))
	}
	return ps.Sorted()
}
