package synth_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
)

var orgDay = governance.MustParseDate("2025-06-30")

func TestRosterDeterministic(t *testing.T) {
	h := synth.Province(3, synth.Small)
	people, posts := synth.Roster(3, h, orgDay)
	again, againPosts := synth.Roster(3, h, orgDay)
	if diff := cmp.Diff(people, again, cmpopts.EquateComparable(governance.ResidentID{}, governance.Phone{})); diff != "" {
		t.Errorf("people differ (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(posts, againPosts); diff != "" {
		t.Errorf("posts differ (-first +second):\n%s", diff)
	}
	if _, other := synth.Roster(4, h, orgDay); cmp.Equal(posts, other) {
		t.Errorf("seeds 3 and 4 give the same posts")
	}
}

func TestRosterSound(t *testing.T) {
	h := synth.Province(5, synth.Scale{Cities: 2, Counties: 6, Streets: 30, Communities: 200, Grids: 1200})
	people, posts := synth.Roster(5, h, orgDay)
	if ps := governance.CheckRoster(h, people, posts); len(ps) > 0 {
		t.Fatalf("CheckRoster: %v", ps[:min(len(ps), 5)])
	}
	secretary := map[governance.Code]bool{}
	for _, p := range posts {
		if !p.From.Before(orgDay) || (!p.Until.IsZero() && !p.Until.Before(orgDay)) {
			t.Fatalf("post %+v is not settled before %s", p, orgDay)
		}
		if p.Role == governance.RoleSecretary && p.ActiveOn(orgDay) {
			secretary[p.Unit] = true
		}
	}
	for c := range h.AtLevel(governance.LevelCommunity) {
		if !secretary[c.Code] {
			t.Errorf("community %s has no secretary", c.Code)
		}
	}
	report, _ := governance.CheckStaffing(h, posts, governance.TianjinStaffingRule(), orgDay)
	if r := report.SecretaryDirectorRatio(); r < 0.5 || r > 0.9 {
		t.Errorf("secretary-director ratio %.2f, want about 0.7", r)
	}
}

func TestPartyOrgsSound(t *testing.T) {
	h := synth.Province(5, synth.Scale{Cities: 2, Counties: 6, Streets: 30, Communities: 200, Grids: 1200})
	orgs := synth.PartyOrgs(5, h, orgDay)
	if diff := cmp.Diff(orgs, synth.PartyOrgs(5, h, orgDay)); diff != "" {
		t.Errorf("organisations differ (-first +second):\n%s", diff)
	}
	// What a generated province may show: terms run out in the month
	// before the day, branches above 50 members, and a few grids left out.
	allowed := map[string]bool{
		"governance.party.term_expired":       true,
		"governance.party.members_above_kind": true,
		"governance.party.grid_uncovered":     true,
	}
	counts := map[string]int{}
	for _, p := range governance.CheckParty(h, orgs, governance.DefaultPartyRules(), orgDay) {
		if !allowed[p.Code] {
			t.Fatalf("unexpected problem %v", p)
		}
		counts[p.Code]++
	}
	if counts["governance.party.grid_uncovered"] > 1200/100 {
		t.Errorf("%d grids uncovered, want a few in a thousand", counts["governance.party.grid_uncovered"])
	}
	if counts["governance.party.term_expired"] > len(orgs)/10 {
		t.Errorf("%d of %d terms expired", counts["governance.party.term_expired"], len(orgs))
	}
}

// TestBenchScale checks that the benchmark province holds the model the
// governance benchmarks' targets are stated for: about 300,000 posts and
// 80,000 party organisations.
func TestBenchScale(t *testing.T) {
	h := synth.Province(1, synth.Bench)
	_, posts := synth.Roster(1, h, orgDay)
	orgs := synth.PartyOrgs(1, h, orgDay)
	if n := len(posts); n < 270_000 || n > 340_000 {
		t.Errorf("%d posts, want about 300,000", n)
	}
	if n := len(orgs); n < 75_000 || n > 90_000 {
		t.Errorf("%d organisations, want about 80,000", n)
	}
}
