package governance_test

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/synth"
)

// Codes of orgFixture.
const (
	orgDistrict  = governance.Code("110101000000")
	orgStreet    = governance.Code("110101001000")
	orgDuofu     = governance.Code("110101001001") // households from its grids
	orgDuofuG1   = governance.Code("110101001001001")
	orgDuofuG2   = governance.Code("110101001001002")
	orgYinzha    = governance.Code("110101001002") // records its own figures
	orgYinzhaG1  = governance.Code("110101001002001")
	orgTown      = governance.Code("110101100000")
	orgVillage   = governance.Code("110101100201")
	orgVillageG1 = governance.Code("110101100201001")
)

// orgFixture returns a district with one street of two communities and a
// town of one village.
func orgFixture(t testing.TB) *governance.Hierarchy {
	t.Helper()
	h, err := governance.NewHierarchy(governance.Unit{Code: orgDistrict, Name: "东城区"})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []governance.Unit{
		{Code: orgStreet, Name: "东华门街道"},
		{Code: orgDuofu, Name: "多福巷社区"},
		{Code: orgDuofuG1, Name: "第一网格", Households: 400, Residents: 1000},
		{Code: orgDuofuG2, Name: "第二网格", Households: 350, Residents: 900},
		{Code: orgYinzha, Name: "银闸社区", Households: 3000, Residents: 8000},
		{Code: orgYinzhaG1, Name: "第一网格", Households: 300, Residents: 700},
		{Code: orgTown, Name: "某镇"},
		{Code: orgVillage, Name: "某村", Households: 280, Residents: 900},
		{Code: orgVillageG1, Name: "第一网格", Households: 280, Residents: 900},
	} {
		if err := h.Add(u); err != nil {
			t.Fatal(err)
		}
	}
	return h
}

func orgDay(s string) governance.Date { return governance.MustParseDate(s) }

func orgPeople(ids ...governance.PersonID) []governance.Person {
	people := make([]governance.Person, len(ids))
	for i, id := range ids {
		people[i] = governance.Person{ID: id, Name: string(id), Party: governance.PartyFull}
	}
	return people
}

// orgProblem is what the tests compare of a problem: its code, path and
// severity, and its arguments as text.
type orgProblem struct {
	Code, Path string
	Warning    bool
	Args       string
}

func orgKeys(ps governance.Problems) []orgProblem {
	var out []orgProblem
	for _, p := range ps {
		args, _ := json.Marshal(p.Args)
		out = append(out, orgProblem{p.Code, p.Path, !p.IsError(), string(args)})
	}
	return out
}

func TestCheckRoster(t *testing.T) {
	h := orgFixture(t)
	people := orgPeople("wang", "li", "zhao")
	from := orgDay("2024-01-01")
	post := func(p governance.PersonID, r governance.Role, u governance.Code) governance.Post {
		return governance.Post{Person: p, Role: r, Unit: u, From: from}
	}
	for _, tc := range []struct {
		name   string
		people []governance.Person
		posts  []governance.Post
		want   []orgProblem
	}{
		{
			name:   "sound roster with two posts held by one person",
			people: people,
			posts: []governance.Post{
				post("wang", governance.RoleSecretary, orgDuofu),
				post("wang", governance.RoleDirector, orgDuofu),
				post("li", governance.RoleGridWorker, orgDuofuG1),
				post("li", governance.RoleMediator, orgDuofuG1),
				post("zhao", governance.RoleGridChief, orgStreet),
			},
		},
		{
			name:   "role at a level it may not sit at",
			people: people,
			posts:  []governance.Post{post("li", governance.RoleGridWorker, orgDuofu)},
			want: []orgProblem{{"governance.post.level_not_allowed", "posts[0].unit", false,
				`["grid_worker","community","110101001001"]`}},
		},
		{
			name:   "unit not in the hierarchy",
			people: people,
			posts:  []governance.Post{post("li", governance.RoleGridWorker, "110101001001009")},
			want:   []orgProblem{{"governance.post.unit_unknown", "posts[0].unit", false, `["110101001001009"]`}},
		},
		{
			name:   "invalid role",
			people: people,
			posts:  []governance.Post{post("li", governance.RoleUnknown, orgDuofu)},
			want:   []orgProblem{{"governance.post.role_invalid", "posts[0].role", false, `["unknown"]`}},
		},
		{
			name:   "person missing",
			people: people,
			posts:  []governance.Post{post("sun", governance.RoleCommunityWorker, orgDuofu)},
			want:   []orgProblem{{"governance.post.person_missing", "posts[0].person", false, `["sun"]`}},
		},
		{
			name:   "person without an ID and a duplicate",
			people: append(orgPeople("wang", "", "wang"), people[1:]...),
			want: []orgProblem{
				{"governance.person.id_missing", "people[1].id", false, `null`},
				{"governance.person.duplicate", "people[2].id", false, `["wang","people[0]"]`},
			},
		},
		{
			name:   "until before from, until equal to from, missing from, impossible date",
			people: people,
			posts: []governance.Post{
				{Person: "wang", Role: governance.RoleSecretary, Unit: orgDuofu, From: orgDay("2024-05-01"), Until: orgDay("2024-04-30")},
				{Person: "wang", Role: governance.RoleDirector, Unit: orgDuofu, From: orgDay("2024-05-01"), Until: orgDay("2024-05-01")},
				{Person: "li", Role: governance.RoleDirector, Unit: orgYinzha},
				{Person: "zhao", Role: governance.RoleDirector, Unit: orgTown, From: governance.Date{Year: 2024, Month: time.February, Day: 30}},
			},
			want: []orgProblem{
				{"governance.post.until_not_after_from", "posts[0].until", false, `["2024-05-01","2024-04-30"]`},
				{"governance.post.until_not_after_from", "posts[1].until", false, `["2024-05-01","2024-05-01"]`},
				{"governance.post.from_missing", "posts[2].from", false, `null`},
				{"governance.post.date_invalid", "posts[3].from", false, `["2024-02-30"]`},
			},
		},
		{
			name:   "identical posts overlapping, touching and apart",
			people: people,
			posts: []governance.Post{
				{Person: "li", Role: governance.RoleGridWorker, Unit: orgDuofuG1, From: orgDay("2020-01-01")}, // open
				{Person: "li", Role: governance.RoleGridWorker, Unit: orgDuofuG1, From: orgDay("2022-01-01"), Until: orgDay("2023-01-01")},
				{Person: "li", Role: governance.RoleGridWorker, Unit: orgDuofuG2, From: orgDay("2022-01-01")}, // another grid
				{Person: "wang", Role: governance.RoleSecretary, Unit: orgDuofu, From: orgDay("2018-01-01"), Until: orgDay("2021-01-01")},
				{Person: "wang", Role: governance.RoleSecretary, Unit: orgDuofu, From: orgDay("2021-01-01")}, // touches: re-elected
				{Person: "zhao", Role: governance.RoleMediator, Unit: orgYinzha, From: orgDay("2019-01-01"), Until: orgDay("2030-01-01")},
				{Person: "zhao", Role: governance.RoleMediator, Unit: orgYinzha, From: orgDay("2020-01-01"), Until: orgDay("2021-01-01")},
				{Person: "zhao", Role: governance.RoleMediator, Unit: orgYinzha, From: orgDay("2025-01-01"), Until: orgDay("2026-01-01")},
			},
			want: []orgProblem{
				{"governance.post.overlap", "posts[1]", false, `["li","grid_worker","110101001001001","posts[0]"]`},
				{"governance.post.overlap", "posts[6]", false, `["zhao","mediator","110101001002","posts[5]"]`},
				{"governance.post.overlap", "posts[7]", false, `["zhao","mediator","110101001002","posts[5]"]`},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := orgKeys(governance.CheckRoster(h, tc.people, tc.posts))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("CheckRoster (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSecretaryDirector(t *testing.T) {
	posts := []governance.Post{
		{Person: "wang", Role: governance.RoleSecretary, Unit: orgDuofu, From: orgDay("2021-01-01")},
		{Person: "wang", Role: governance.RoleDirector, Unit: orgDuofu, From: orgDay("2021-06-01")},
		{Person: "li", Role: governance.RoleSecretary, Unit: orgYinzha, From: orgDay("2021-01-01")},
		{Person: "zhao", Role: governance.RoleDirector, Unit: orgYinzha, From: orgDay("2021-01-01")},
		{Person: "li", Role: governance.RoleDirector, Unit: orgDuofu, From: orgDay("2021-01-01")},
	}
	for _, tc := range []struct {
		unit governance.Code
		on   string
		want governance.PersonID
		ok   bool
	}{
		{orgDuofu, "2021-05-31", "", false}, // not yet director
		{orgDuofu, "2021-06-01", "wang", true},
		{orgYinzha, "2022-01-01", "", false}, // secretary here, director elsewhere
		{orgTown, "2022-01-01", "", false},
	} {
		got, ok := governance.SecretaryDirector(posts, tc.unit, orgDay(tc.on))
		if got != tc.want || ok != tc.ok {
			t.Errorf("SecretaryDirector(%s, %s) = %q, %v; want %q, %v", tc.unit, tc.on, got, ok, tc.want, tc.ok)
		}
	}
}

// orgBench is the province the benchmarks of this file and of staffing and
// party organisations run on: 70,000 grids, 12,000 communities, about
// 300,000 posts and 80,000 party organisations.
type orgBench struct {
	h      *governance.Hierarchy
	people []governance.Person
	posts  []governance.Post
	orgs   []governance.PartyOrg
	on     governance.Date
}

var orgProvince = sync.OnceValue(func() orgBench {
	on := governance.MustParseDate("2025-06-30")
	h := synth.Province(1, synth.Bench)
	people, posts := synth.Roster(1, h, on)
	return orgBench{h: h, people: people, posts: posts, orgs: synth.PartyOrgs(1, h, on), on: on}
})

func BenchmarkCheckRoster(b *testing.B) {
	m := orgProvince()
	b.ReportAllocs()
	for b.Loop() {
		if ps := governance.CheckRoster(m.h, m.people, m.posts); len(ps) > 0 {
			b.Fatal(ps[0])
		}
	}
	b.ReportMetric(float64(len(m.posts)), "posts")
}
