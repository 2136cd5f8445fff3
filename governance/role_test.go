package governance_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
)

func TestRoleLabels(t *testing.T) {
	testkit.Labels(t, "governance.role", governance.Roles())
}

func FuzzRoleUnmarshalText(f *testing.F) {
	for r := range governance.Roles() {
		f.Add(r.String())
	}
	f.Add("unknown")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		var r governance.Role
		if r.UnmarshalText([]byte(s)) != nil {
			return
		}
		b, err := r.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%q unmarshals to %v, which marshals to %q, %v", s, r, b, err)
		}
	})
}

func TestDefaultRoleLevels(t *testing.T) {
	levels := governance.DefaultRoleLevels()
	for r := range governance.Roles() {
		if len(levels[r]) == 0 {
			t.Errorf("role %v may sit nowhere", r)
		}
		if !slices.Equal(r.Levels(), levels[r]) {
			t.Errorf("%v.Levels() = %v, want %v", r, r.Levels(), levels[r])
		}
	}
	for _, tc := range []struct {
		role  governance.Role
		level governance.Level
		want  bool
	}{
		{governance.RoleGridWorker, governance.LevelGrid, true},
		{governance.RoleGridWorker, governance.LevelCommunity, false},
		{governance.RoleSecretary, governance.LevelCommunity, true},
		{governance.RoleSecretary, governance.LevelStreet, true},
		{governance.RoleSecretary, governance.LevelGrid, false},
		{governance.RoleBuildingHead, governance.LevelGrid, true},
		{governance.RoleFirstSecretary, governance.LevelCommunity, true},
		{governance.RoleFirstSecretary, governance.LevelStreet, false},
		{governance.RoleGridChief, governance.LevelCounty, true},
		{governance.RoleGridChief, governance.LevelGrid, true},
		{governance.RoleUnknown, governance.LevelGrid, false},
	} {
		if got := levels.Allows(tc.role, tc.level); got != tc.want {
			t.Errorf("Allows(%v, %v) = %v, want %v", tc.role, tc.level, got, tc.want)
		}
	}
	r := governance.RoleSecretary.Levels()
	r[0] = governance.LevelGrid
	if governance.RoleSecretary.Levels()[0] == governance.LevelGrid {
		t.Errorf("Levels shares the default table")
	}
}

func TestRosterRulesJSON(t *testing.T) {
	rules := governance.DefaultRosterRules()
	b, err := json.Marshal(rules)
	if err != nil {
		t.Fatal(err)
	}
	var back governance.RosterRules
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rules, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	const city = `{"levels":{"grid_worker":["grid","community"]}}`
	var custom governance.RosterRules
	if err := json.Unmarshal([]byte(city), &custom); err != nil {
		t.Fatal(err)
	}
	if !custom.Levels.Allows(governance.RoleGridWorker, governance.LevelCommunity) ||
		custom.Levels.Allows(governance.RoleSecretary, governance.LevelCommunity) {
		t.Errorf("custom levels %v", custom.Levels)
	}
	for _, bad := range []string{`{"levels":{"nobody":["grid"]}}`, `{"levels":{"secretary":["moon"]}}`} {
		if err := json.Unmarshal([]byte(bad), &custom); err == nil {
			t.Errorf("%s was accepted", bad)
		}
	}
}

func FuzzRosterRulesJSON(f *testing.F) {
	b, _ := json.Marshal(governance.DefaultRosterRules())
	f.Add(b)
	f.Add([]byte(`{"levels":{"grid_worker":[]}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r governance.RosterRules
		if json.Unmarshal(b, &r) != nil {
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("accepted rules do not marshal: %v", err)
		}
		var back governance.RosterRules
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled rules do not unmarshal: %v", err)
		}
		if diff := cmp.Diff(r, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
}
