package dispute

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

func TestDefaultPolicyValid(t *testing.T) {
	if ps := DefaultPolicy().Validate(); len(ps) > 0 {
		t.Errorf("DefaultPolicy: %v", ps)
	}
	var zero Policy
	want := governance.Problems{
		governance.Errorf("dispute.policy.not_positive", "confirmationDays", 0),
		governance.Errorf("dispute.policy.not_positive", "courtAcceptDays", 0),
		governance.Errorf("dispute.policy.not_positive", "courtDecideDays", 0),
		governance.Errorf("dispute.policy.not_positive", "groupFromPeople", 0),
		governance.Errorf("dispute.policy.not_positive", "mediationMonths", 0),
		governance.Errorf("dispute.policy.risk_response", "risk.orange.response"),
		governance.Errorf("dispute.policy.risk_response", "risk.red.response"),
		governance.Errorf("dispute.policy.risk_response", "risk.yellow.response"),
		governance.Errorf("dispute.policy.not_positive", "writtenFromPeople", 0),
	}
	if diff := cmp.Diff(want, zero.Validate()); diff != "" {
		t.Errorf("zero policy (-want +got):\n%s", diff)
	}
	p := DefaultPolicy()
	p.Extensions, p.CourtExtensionDays = -1, -1
	want = governance.Problems{
		governance.Errorf("dispute.policy.negative", "courtExtensionDays", -1),
		governance.Errorf("dispute.policy.negative", "extensions", -1),
	}
	if diff := cmp.Diff(want, p.Validate()); diff != "" {
		t.Errorf("negative policy (-want +got):\n%s", diff)
	}
	p = DefaultPolicy()
	p.ExtensionMonths = 0
	if !p.Validate().Has("dispute.policy.not_positive") {
		t.Errorf("extensions without a length accepted")
	}
	p.Extensions = 0
	if ps := p.Validate(); len(ps) > 0 {
		t.Errorf("no extensions: %v", ps)
	}
}

func TestPolicyJSON(t *testing.T) {
	p := DefaultPolicy()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back Policy
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back != p {
		t.Errorf("round trip: %+v, want %+v", back, p)
	}
	var s CategorySet
	if err := json.Unmarshal([]byte(`["medical","nope"]`), &s); err == nil || s != 0 {
		t.Errorf("unknown category accepted: %v, %v", s, err)
	}
	if err := json.Unmarshal([]byte(`null`), &s); err != nil || s != 0 {
		t.Errorf("null: %v, %v", s, err)
	}
	b, _ = json.Marshal(CategorySet(0))
	if string(b) != "[]" {
		t.Errorf("empty set = %s", b)
	}
}

func TestWrittenRequired(t *testing.T) {
	p := DefaultPolicy()
	for _, tc := range []struct {
		category Category
		people   int
		a        Agreement
		want     []WrittenReason
	}{
		{CategoryNeighbour, 2, Agreement{Immediate: true}, nil},
		{CategoryNeighbour, 4, Agreement{Immediate: true}, nil},
		{CategoryNeighbour, 5, Agreement{Immediate: true}, []WrittenReason{WrittenReasonMajorPeople}},
		{CategoryMedical, 2, Agreement{Immediate: true}, []WrittenReason{WrittenReasonMajorCategory}},
		{CategoryHousingRental, 2, Agreement{}, []WrittenReason{WrittenReasonDeferred}},
		{CategoryExpropriation, 30, Agreement{WrittenRequested: true}, []WrittenReason{
			WrittenReasonRequested, WrittenReasonDeferred, WrittenReasonMajorPeople, WrittenReasonMajorCategory}},
	} {
		if diff := cmp.Diff(tc.want, p.WrittenRequired(tc.category, tc.people, tc.a)); diff != "" {
			t.Errorf("%v, %d people, %+v (-want +got):\n%s", tc.category, tc.people, tc.a, diff)
		}
	}
}

// FuzzPolicyJSON: no input panics; an accepted policy marshals and reads
// back equal.
func FuzzPolicyJSON(f *testing.F) {
	b, _ := json.Marshal(DefaultPolicy())
	f.Add(b)
	f.Add([]byte(`{"writtenCategories":["medical","medical"],"unconfirmable":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p Policy
		if err := json.Unmarshal(b, &p); err != nil {
			return
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("accepted policy does not marshal: %v", err)
		}
		var back Policy
		if err := json.Unmarshal(out, &back); err != nil || back != p {
			t.Errorf("%s read back as %+v, %v", out, back, err)
		}
	})
}

// FuzzSetJSON: a category or matter set that is accepted writes back to a
// list that reads to the same set.
func FuzzSetJSON(f *testing.F) {
	for _, s := range []string{`["medical"]`, `[]`, `null`, `["identity","adoption"]`, `[1]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var cs CategorySet
		if err := json.Unmarshal(b, &cs); err == nil {
			out, _ := json.Marshal(cs)
			var back CategorySet
			if err := json.Unmarshal(out, &back); err != nil || back != cs {
				t.Errorf("category set %s → %s → %v, %v", b, out, back, err)
			}
		}
		var ms MatterSet
		if err := json.Unmarshal(b, &ms); err == nil {
			out, _ := json.Marshal(ms)
			var back MatterSet
			if err := json.Unmarshal(out, &back); err != nil || back != ms {
				t.Errorf("matter set %s → %s → %v, %v", b, out, back, err)
			}
		}
	})
}
