package governance_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

var (
	authStreet     = governance.MustParseCode("220102001")
	authCommunity  = governance.MustParseCode("220102001001")
	authCommunity2 = governance.MustParseCode("220102001002")
	authGrid       = governance.MustParseCode("220102001001001")
	authGrid2      = governance.MustParseCode("220102001001002")
	authOtherGrid  = governance.MustParseCode("220102001002001")
	authFrom       = governance.MustParseDate("2024-01-01")
	authOn         = governance.MustParseDate("2025-10-09")
)

func authPost(r governance.Role, unit governance.Code) governance.Post {
	return governance.Post{Person: "p1", Role: r, Unit: unit, From: authFrom}
}

func TestAuthorize(t *testing.T) {
	expired := authPost(governance.RoleSecretary, authCommunity)
	expired.Until = governance.MustParseDate("2025-10-09")
	future := authPost(governance.RoleGridWorker, authGrid)
	future.From = governance.MustParseDate("2025-10-10")
	for _, tc := range []struct {
		name   string
		posts  []governance.Post
		perm   governance.Permission
		target governance.Code
		allow  bool
	}{
		{"grid worker, own grid, sensitive", []governance.Post{authPost(governance.RoleGridWorker, authGrid)}, governance.PermissionViewSensitive, authGrid, true},
		{"grid worker, other grid, sensitive", []governance.Post{authPost(governance.RoleGridWorker, authGrid)}, governance.PermissionViewSensitive, authGrid2, false},
		{"grid worker, own community", []governance.Post{authPost(governance.RoleGridWorker, authGrid)}, governance.PermissionViewPeople, authCommunity, false},
		{"grid police, own grid, sensitive", []governance.Post{authPost(governance.RoleGridPolice, authGrid)}, governance.PermissionViewSensitive, authGrid, true},
		{"grid police at a community, sensitive", []governance.Post{authPost(governance.RoleGridPolice, authCommunity)}, governance.PermissionViewSensitive, authGrid, false},
		{"community secretary, its grid, sensitive", []governance.Post{authPost(governance.RoleSecretary, authCommunity)}, governance.PermissionViewSensitive, authGrid2, true},
		{"community secretary, other community", []governance.Post{authPost(governance.RoleSecretary, authCommunity)}, governance.PermissionViewPeople, authOtherGrid, false},
		{"street secretary, people", []governance.Post{authPost(governance.RoleSecretary, authStreet)}, governance.PermissionViewPeople, authOtherGrid, true},
		{"street secretary, sensitive", []governance.Post{authPost(governance.RoleSecretary, authStreet)}, governance.PermissionViewSensitive, authGrid, false},
		{"street secretary, payroll", []governance.Post{authPost(governance.RoleSecretary, authStreet)}, governance.PermissionApprovePayroll, authCommunity2, true},
		{"community secretary, payroll", []governance.Post{authPost(governance.RoleSecretary, authCommunity)}, governance.PermissionApprovePayroll, authCommunity, false},
		{"county director, admission", []governance.Post{authPost(governance.RoleDirector, dutyDistrict)}, governance.PermissionApproveAdmission, authStreet, true},
		{"expired post", []governance.Post{expired}, governance.PermissionViewPeople, authCommunity, false},
		{"post not yet begun", []governance.Post{future}, governance.PermissionViewPeople, authGrid, false},
		{"second post allows", []governance.Post{authPost(governance.RoleBuildingHead, authGrid), expired, authPost(governance.RoleMediator, authCommunity)}, governance.PermissionRecordMediation, authGrid, true},
		{"no posts", nil, governance.PermissionViewPeople, authGrid, false},
		{"unknown permission", []governance.Post{authPost(governance.RoleSecretary, authCommunity)}, governance.PermissionUnknown, authCommunity, false},
		{"malformed target", []governance.Post{authPost(governance.RoleSecretary, authCommunity)}, governance.PermissionViewPeople, "2201020010010x1", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := governance.Authorize(tc.posts, tc.perm, tc.target, authOn)
			if tc.allow {
				if err != nil {
					t.Fatalf("Authorize = %v, want allowed", err)
				}
				return
			}
			var fe *governance.ForbiddenError
			if !errors.Is(err, governance.ErrForbidden) || !errors.As(err, &fe) {
				t.Fatalf("Authorize = %v, want ErrForbidden", err)
			}
			if diff := cmp.Diff(governance.ForbiddenError{Permission: tc.perm, Target: tc.target, On: authOn}, *fe); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAccessPolicyOverride(t *testing.T) {
	// A city that lets street secretaries see sensitive data says so in its
	// table.
	p := governance.DefaultAccessPolicy()
	p.Grants = append(p.Grants, governance.Grant{
		Role: governance.RoleSecretary, Levels: []governance.Level{governance.LevelStreet},
		Permissions: []governance.Permission{governance.PermissionViewSensitive},
	})
	posts := []governance.Post{authPost(governance.RoleSecretary, authStreet)}
	if err := p.Authorize(posts, governance.PermissionViewSensitive, authGrid, authOn); err != nil {
		t.Errorf("city table: %v", err)
	}
	if err := governance.Authorize(posts, governance.PermissionViewSensitive, authGrid, authOn); err == nil {
		t.Error("the default table changed with the city's copy")
	}
}

func TestForbiddenErrorMessage(t *testing.T) {
	err := governance.Authorize(nil, governance.PermissionViewSensitive, authGrid, authOn)
	var fe *governance.ForbiddenError
	if !errors.As(err, &fe) {
		t.Fatal(err)
	}
	want := []string{
		"governance: not allowed to view sensitive people data in 220102001001001 on 2025-10-09",
		"无权在 220102001001001 范围内查看敏感人员信息（2025-10-09）",
	}
	got := []string{fe.Error(), fe.Message(language.MustParse("zh-TW"))}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages (-want +got):\n%s", diff)
	}
}

func TestAccessPolicyValidate(t *testing.T) {
	if ps := governance.DefaultAccessPolicy().Validate(); len(ps) > 0 {
		t.Errorf("default policy: %v", ps)
	}
	p := governance.AccessPolicy{Grants: []governance.Grant{
		{Role: governance.RoleUnknown, Levels: []governance.Level{governance.LevelUnknown}, Permissions: []governance.Permission{governance.PermissionUnknown}},
		{Role: governance.RoleDirector},
	}}
	want := []string{
		"grants[0].levels[0] governance.access.level_invalid",
		"grants[0].permissions[0] governance.access.permission_invalid",
		"grants[0].role governance.access.role_invalid",
		"grants[1].permissions governance.access.permissions_empty",
	}
	if diff := cmp.Diff(want, dutyProblemKeys(p.Validate())); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

// TestDefaultAccessSensitive pins the rule on sensitive data: of the roles
// and levels of the default table, only the grid worker and grid police at
// a grid and the secretary at a community carry it.
func TestDefaultAccessSensitive(t *testing.T) {
	p := governance.DefaultAccessPolicy()
	var got []string
	for r := range governance.Roles() {
		for l := range governance.Levels() {
			if p.Carries(r, l, governance.PermissionViewSensitive) {
				got = append(got, r.String()+"@"+l.String())
			}
		}
	}
	want := []string{"secretary@community", "grid_worker@grid", "grid_police@grid"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sensitive data carried by (-want +got):\n%s", diff)
	}
}

// TestAuthorizeStaysInActiveSubtrees: over random hierarchies, posts and
// policies, Authorize allows exactly what some post active on the day
// carries, and only inside the subtree of that post's unit (the unit and
// its descendants in the hierarchy).
func TestAuthorizeStaysInActiveSubtrees(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := testkit.Hierarchy(40).Draw(t, "hierarchy")
		var units []governance.Code
		for u := range h.Units() {
			units = append(units, u.Code)
		}
		unit := rapid.SampledFrom(units)
		role := rapid.SampledFrom(slices.Collect(governance.Roles()))
		perm := rapid.SampledFrom(slices.Collect(governance.Permissions()))
		day := testkit.DateIn(2024, 2026)
		policy := governance.DefaultAccessPolicy()
		random := rapid.Bool().Draw(t, "random policy")
		if random {
			policy = governance.AccessPolicy{Grants: rapid.SliceOfN(rapid.Custom(func(t *rapid.T) governance.Grant {
				return governance.Grant{
					Role:        role.Draw(t, "role"),
					Levels:      rapid.SliceOfN(rapid.SampledFrom(slices.Collect(governance.Levels())), 0, 2).Draw(t, "levels"),
					Permissions: rapid.SliceOfN(perm, 1, 4).Draw(t, "permissions"),
				}
			}), 0, 30).Draw(t, "grants")}
		}
		posts := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) governance.Post {
			p := governance.Post{Person: "p", Role: role.Draw(t, "role"), Unit: unit.Draw(t, "unit"), From: day.Draw(t, "from")}
			if rapid.Bool().Draw(t, "ends") {
				p.Until = p.From.AddDays(rapid.IntRange(1, 700).Draw(t, "days"))
			}
			return p
		}), 0, 6).Draw(t, "posts")
		on := day.Draw(t, "on")
		target := rapid.OneOf(unit, unit, unit, testkit.AnyCode()).Draw(t, "target")
		p := perm.Draw(t, "permission")

		inSubtree := func(root, c governance.Code) bool {
			if !h.Has(c) {
				return root.Contains(c) // a unit the hierarchy does not list
			}
			if root == c {
				return true
			}
			for d := range h.Descendants(root) {
				if d.Code == c {
					return true
				}
			}
			return false
		}
		want := false
		for _, post := range posts {
			active := !on.Before(post.From) && (post.Until.IsZero() || on.Before(post.Until))
			if active && inSubtree(post.Unit, target) && policy.Carries(post.Role, post.Unit.Level(), p) {
				want = true
			}
		}
		err := policy.Authorize(posts, p, target, on)
		if got := err == nil; got != want {
			t.Fatalf("Authorize(%s on %s, %s) = %v, want allowed %v", p, target, on, err, want)
		}
		if err != nil && !errors.Is(err, governance.ErrForbidden) {
			t.Fatalf("refusal %v does not wrap ErrForbidden", err)
		}
		// The package's Authorize is the default table, compiled.
		if !random {
			if got := governance.Authorize(posts, p, target, on) == nil; got != want {
				t.Fatalf("Authorize(%s on %s, %s) allowed %v, want %v", p, target, on, got, want)
			}
		}
	})
}

// TestAuthzWellFormed checks the fast structural check Authorize applies to
// targets against the rule written out: 12 or 15 digits, non-zero segments
// first, and a 15-digit code non-zero in every segment. Every valid code
// passes it.
func TestAuthzWellFormed(t *testing.T) {
	widths := []int{2, 2, 2, 3, 3, 3}
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.SampledFrom([]int{5, 6}).Draw(t, "segments")
		var b strings.Builder
		var zero []bool
		for i := range n {
			z := rapid.Bool().Draw(t, "zero")
			if z {
				b.WriteString(strings.Repeat("0", widths[i]))
			} else {
				v := rapid.IntRange(1, 999).Draw(t, "value") % pow10(widths[i])
				if v == 0 {
					v = 1
				}
				fmt.Fprintf(&b, "%0*d", widths[i], v)
			}
			zero = append(zero, z)
		}
		s := b.String()
		if rapid.IntRange(0, 9).Draw(t, "corrupt") == 0 {
			i := rapid.IntRange(0, len(s)-1).Draw(t, "at")
			s = s[:i] + "x" + s[i+1:]
		}
		want := !strings.Contains(s, "x") && !zero[0]
		for i := 1; i < n; i++ {
			if !zero[i] && zero[i-1] {
				want = false
			}
		}
		if n == 6 && slices.Contains(zero, true) {
			want = false
		}
		if got := governance.AuthzWellFormed(governance.Code(s)); got != want {
			t.Fatalf("wellFormed(%q) = %v, want %v", s, got, want)
		}
	})
	rapid.Check(t, func(t *rapid.T) {
		c := testkit.AnyCode().Draw(t, "code")
		if !governance.AuthzWellFormed(c) {
			t.Fatalf("valid code %s is not well formed", c)
		}
	})
	for _, s := range []string{"", "11", "110101", "1101010010010", "11010100100100x"} {
		if governance.AuthzWellFormed(governance.Code(s)) {
			t.Errorf("wellFormed(%q) = true", s)
		}
	}
}

func pow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}

func FuzzAccessPolicyJSON(f *testing.F) {
	b, _ := json.Marshal(governance.DefaultAccessPolicy())
	f.Add(b)
	f.Add([]byte(`{"grants":[{"role":"secretary","levels":["street"],"permissions":["view_sensitive"]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p governance.AccessPolicy
		if err := json.Unmarshal(data, &p); err != nil {
			return
		}
		_ = p.Validate()
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("accepted policy does not marshal: %v", err)
		}
		var back governance.AccessPolicy
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("marshalled policy does not unmarshal: %v\n%s", err, out)
		}
		if diff := cmp.Diff(p, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("round trip (-first +second):\n%s", diff)
		}
	})
}

func FuzzPermissionText(f *testing.F) {
	for p := range governance.Permissions() {
		f.Add(p.String())
	}
	f.Add("unknown")
	f.Fuzz(func(t *testing.T, s string) {
		var p governance.Permission
		if p.UnmarshalText([]byte(s)) != nil {
			return
		}
		if out, err := p.MarshalText(); err != nil || string(out) != s {
			t.Errorf("permission %q round trips to %q, %v", s, out, err)
		}
	})
}

// BenchmarkAuthorize: an actor with three posts — a grid worker who is also
// a community worker and a mediator — allowed on the third post.
func BenchmarkAuthorize(b *testing.B) {
	posts := []governance.Post{
		authPost(governance.RoleGridWorker, authGrid),
		authPost(governance.RoleCommunityWorker, authCommunity),
		authPost(governance.RoleMediator, authCommunity),
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := governance.Authorize(posts, governance.PermissionRecordMediation, authGrid2, authOn); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAccessPolicyAuthorize is BenchmarkAuthorize through a city's own
// table, which is scanned rather than compiled.
func BenchmarkAccessPolicyAuthorize(b *testing.B) {
	p := governance.DefaultAccessPolicy()
	posts := []governance.Post{
		authPost(governance.RoleGridWorker, authGrid),
		authPost(governance.RoleCommunityWorker, authCommunity),
		authPost(governance.RoleMediator, authCommunity),
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Authorize(posts, governance.PermissionRecordMediation, authGrid2, authOn); err != nil {
			b.Fatal(err)
		}
	}
}
