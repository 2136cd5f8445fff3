package volunteer

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"pgregory.net/rapid"
)

func TestStarFor(t *testing.T) {
	p := DefaultPolicy()
	h := func(n float64) time.Duration { return time.Duration(n * float64(time.Hour)) }
	for _, tc := range []struct {
		total time.Duration
		want  Star
	}{
		{0, StarNone}, {-time.Hour, StarNone}, {h(99.99), StarNone},
		{h(100), StarOne}, {h(299), StarOne}, {h(300), StarTwo}, {h(599), StarTwo},
		{h(600), StarThree}, {h(999), StarThree}, {h(1000), StarFour},
		{h(1499) + 59*time.Minute, StarFour}, {h(1500), StarFive}, {h(100000), StarFive},
	} {
		if got := p.StarFor(tc.total); got != tc.want {
			t.Errorf("StarFor(%v) = %v, want %v", tc.total, got, tc.want)
		}
	}
}

// TestStarForMonotone: more hours never lower the level, and each level's
// threshold is exactly where it begins.
func TestStarForMonotone(t *testing.T) {
	p := DefaultPolicy()
	rapid.Check(t, func(t *rapid.T) {
		a := time.Duration(rapid.Int64Range(0, 2000*int64(time.Hour)).Draw(t, "a"))
		b := time.Duration(rapid.Int64Range(0, 2000*int64(time.Hour)).Draw(t, "b"))
		if a > b {
			a, b = b, a
		}
		if p.StarFor(a) > p.StarFor(b) {
			t.Fatalf("StarFor(%v) = %v > StarFor(%v) = %v", a, p.StarFor(a), b, p.StarFor(b))
		}
	})
	for s := StarOne; s <= StarFive; s++ {
		th, ok := p.Threshold(s)
		if !ok || p.StarFor(th) != s || p.StarFor(th-1) != s-1 {
			t.Errorf("threshold of %v = %v does not start the level", s, th)
		}
	}
	if _, ok := p.Threshold(Star(6)); ok {
		t.Error("Threshold(6) accepted")
	}
}

func TestPolicyValidate(t *testing.T) {
	if ps := DefaultPolicy().Validate(); len(ps) > 0 {
		t.Fatalf("default policy: %v", ps)
	}
	p := DefaultPolicy()
	p.StarHours[2] = 300
	p.PublicationWorkdays = 0
	p.BanYearsMin, p.BanYearsMax = 3, 1
	p.AgeOfMajority = 0
	p.OrderTakeHours = -1
	got := codes(p.Validate())
	want := []string{
		"volunteer.policy.not_positive ageOfMajority",
		"volunteer.policy.ban_years_range banYearsMax",
		"volunteer.policy.not_positive orderTakeHours",
		"volunteer.policy.not_positive publicationWorkdays",
		"volunteer.policy.star_hours_not_increasing starHours[2]",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}

func TestPolicyJSON(t *testing.T) {
	p := DefaultPolicy()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q Policy
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(p, q); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
}

// codes renders problems as "code path" for comparison.
func codes(ps governance.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Code+" "+p.Path)
	}
	return out
}
