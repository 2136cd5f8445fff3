package dispute

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

func TestCommitteeCheck(t *testing.T) {
	on := governance.MustParseDate("2025-06-01")
	r := DefaultCommitteeRules()
	man := func(id governance.PersonID) Member {
		return Member{Person: id, Name: string(id), Sex: governance.SexMale}
	}
	for _, tc := range []struct {
		name string
		edit func(*Committee)
		on   governance.Date
		want governance.Problems
	}{
		{"valid", func(*Committee) {}, on, nil},
		{"nine members", func(cm *Committee) {
			for _, id := range []governance.PersonID{"a", "b", "c", "d", "e", "f"} {
				cm.Members = append(cm.Members, man(id))
			}
		}, on, nil},
		{"ten members", func(cm *Committee) {
			for _, id := range []governance.PersonID{"a", "b", "c", "d", "e", "f", "g"} {
				cm.Members = append(cm.Members, man(id))
			}
		}, on, governance.Problems{governance.Errorf("dispute.committee.members_too_many", "members", 10, 9)}},
		{"two men", func(cm *Committee) { cm.Members = []Member{man("a"), man("b")} }, on, governance.Problems{
			governance.Errorf("dispute.committee.members_too_few", "members", 2, 3),
			governance.Errorf("dispute.committee.women_too_few", "members", 0, 1),
		}},
		{"last day of the term", func(*Committee) {}, governance.MustParseDate("2025-12-31"), nil},
		{"term expired", func(*Committee) {}, governance.MustParseDate("2026-01-01"), governance.Problems{
			governance.Errorf("dispute.committee.term_expired", "termStart", governance.MustParseDate("2025-12-31")),
		}},
		{"bad members and no term", func(cm *Committee) {
			cm.Unit, cm.Name, cm.TermStart = "", "", governance.Date{}
			cm.Members[1] = Member{}
			cm.Members[2].Person = "m1"
		}, on, governance.Problems{
			governance.Errorf("dispute.committee.member_name_missing", "members[1].name"),
			governance.Errorf("dispute.committee.member_id_missing", "members[1].person"),
			governance.Errorf("dispute.committee.member_sex_invalid", "members[1].sex"),
			governance.Errorf("dispute.committee.member_twice", "members[2].person", 0),
			governance.Errorf("dispute.committee.name_missing", "name"),
			governance.Errorf("dispute.committee.term_start_missing", "termStart"),
			governance.Errorf("dispute.committee.unit_invalid", "unit", ""),
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cm := testCommittee()
			tc.edit(&cm)
			if diff := cmp.Diff(tc.want, cm.Check(r, tc.on)); diff != "" {
				t.Errorf("Check (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCommitteeRulesValidate(t *testing.T) {
	if ps := DefaultCommitteeRules().Validate(); len(ps) > 0 {
		t.Errorf("DefaultCommitteeRules: %v", ps)
	}
	want := governance.Problems{
		governance.Errorf("dispute.policy.below_min", "maxMembers", -1, 0),
		governance.Errorf("dispute.policy.not_positive", "minMembers", 0),
		governance.Errorf("dispute.policy.negative", "minWomen", -1),
		governance.Errorf("dispute.policy.not_positive", "termYears", 0),
	}
	if diff := cmp.Diff(want, CommitteeRules{MaxMembers: -1, MinWomen: -1}.Validate()); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}
