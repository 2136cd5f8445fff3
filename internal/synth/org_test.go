package synth_test

import (
	"testing"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
)

func TestOrgCounts(t *testing.T) {
	h := synth.Province(1, synth.Bench)
	on := governance.MustParseDate("2025-06-30")
	people, posts := synth.Roster(1, h, on)
	orgs := synth.PartyOrgs(1, h, on)
	t.Logf("people %d posts %d orgs %d", len(people), len(posts), len(orgs))
	ps := governance.CheckParty(h, orgs, governance.DefaultPartyRules(), on)
	n := map[string]int{}
	for _, p := range ps { n[p.Code]++ }
	t.Logf("party problems %v", n)
	rep, ps2 := governance.CheckStaffing(h, posts, governance.TianjinStaffingRule(), on)
	t.Logf("staffing %d short of %d; req %d act %d ratio %.2f fs %d", len(ps2), len(rep.Communities), rep.Required, rep.Actual, rep.SecretaryDirectorRatio(), rep.FirstSecretaries)
	rp := governance.CheckRoster(h, people, posts)
	n = map[string]int{}
	for _, p := range rp { n[p.Code]++ }
	t.Logf("roster problems %v", n)
}
