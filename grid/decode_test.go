package grid

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzDecodeJSON: the plain data types of the package — policies, the
// router, intakes, requests and tasks — decode without panicking, and what
// decodes marshals and decodes back to the same value (an empty map or
// slice may come back absent).
func FuzzDecodeJSON(f *testing.F) {
	seeds := []any{
		DefaultPolicy(), DefaultSizingPolicy(), XibeiTeamPolicy(), DefaultRouter(), DefaultCallPolicy(),
		testIntake(UrgencyNormal), testRequest(),
		Task{Item: "G-1", Grid: "110105001001001", Duty: DutyProxyService},
	}
	for i, v := range seeds {
		b, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(i), b)
	}
	f.Fuzz(func(t *testing.T, which uint8, b []byte) {
		switch which % 8 {
		case 0:
			roundTrip[Policy](t, b)
		case 1:
			roundTrip[SizingPolicy](t, b)
		case 2:
			roundTrip[TeamPolicy](t, b)
		case 3:
			roundTrip[Router](t, b)
		case 4:
			roundTrip[CallPolicy](t, b)
		case 5:
			roundTrip[Intake](t, b)
		case 6:
			roundTrip[CallRequest](t, b)
		case 7:
			roundTrip[Task](t, b)
		}
	})
}

func roundTrip[T any](t *testing.T, b []byte) {
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return
	}
	out, err := json.Marshal(v)
	if err != nil {
		// a decoded zero enum (an absent field) has no token to marshal;
		// that is the validators' concern, not the decoder's.
		return
	}
	var back T
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("%T: marshalled form does not decode: %v\n%s", v, err, out)
	}
	if diff := cmp.Diff(v, back, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("%T round trip (-want +got):\n%s", v, diff)
	}
}
