package volunteer

import (
	"slices"

	"github.com/jiceng/jiceng/governance"
)

// OrgID identifies a body that organises volunteer service and records its
// hours: a volunteer service organisation, a community, a street office, a
// party branch, an enterprise or any other unit (谁组织谁记录).
type OrgID string

// TeamID identifies a volunteer service team (志愿服务队).
type TeamID string

// Team is a volunteer service team: its field of service, the unit that
// organises it, and its members. Zhangzhou counts 4,500 such teams; Xibei
// street runs five (safety, enterprise, employment, elderly, health); Benxi
// organised its delivery riders into 19 (report).
type Team struct {
	ID        TeamID                `json:"id"`
	Name      string                `json:"name"`
	Kind      Kind                  `json:"kind"`
	Unit      OrgID                 `json:"unit"`                // the organising unit
	Community governance.Code       `json:"community,omitempty"` // where it serves, if one community
	Leader    governance.PersonID   `json:"leader,omitempty"`
	Members   []governance.PersonID `json:"members,omitempty"`
}

// Has reports whether p is a member of the team.
func (t Team) Has(p governance.PersonID) bool { return slices.Contains(t.Members, p) }

// Validate reports every problem with the team: a missing ID, name or
// organising unit, an unknown kind, an invalid community code, a member
// listed twice, a leader who is not a member.
func (t Team) Validate() governance.Problems {
	var ps governance.Problems
	if t.ID == "" {
		ps = append(ps, governance.Errorf("volunteer.team.id_missing", "id"))
	}
	if t.Name == "" {
		ps = append(ps, governance.Errorf("volunteer.team.name_missing", "name"))
	}
	if !t.Kind.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.team.kind_invalid", "kind", t.Kind))
	}
	if t.Unit == "" {
		ps = append(ps, governance.Errorf("volunteer.team.unit_missing", "unit"))
	}
	if t.Community != "" && !t.Community.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.team.community_invalid", "community", t.Community))
	}
	seen := make(map[governance.PersonID]bool, len(t.Members))
	for i, m := range t.Members {
		if m == "" {
			ps = append(ps, governance.Errorf("volunteer.team.member_missing", governance.Index("members", i)))
		} else if seen[m] {
			ps = append(ps, governance.Errorf("volunteer.team.member_repeated", governance.Index("members", i), m))
		}
		seen[m] = true
	}
	if t.Leader != "" && !seen[t.Leader] {
		ps = append(ps, governance.Errorf("volunteer.team.leader_not_member", "leader", t.Leader))
	}
	return ps.Sorted()
}
