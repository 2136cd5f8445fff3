package governance_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

func TestPersonRecordRoundTrip(t *testing.T) {
	p := governance.Person{
		ID:          "p1",
		Name:        "王芳",
		IDNumber:    governance.MustParseResidentID("11010519491231002X"),
		Phone:       governance.MustParsePhone("13812345678"),
		Party:       governance.PartyFull,
		Education:   governance.EducationBachelor,
		Certificate: governance.CertificateJunior,
	}
	b, err := json.Marshal(p.Record())
	if err != nil {
		t.Fatal(err)
	}
	var r governance.PersonRecord
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	got, err := governance.RestorePerson(r)
	if err != nil {
		t.Fatal(err)
	}
	if got != p {
		t.Errorf("round trip: got %v, want %v", got.Record(), p.Record())
	}
	masked, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(masked), "19491231") || strings.Contains(string(masked), "1234") {
		t.Errorf("Person's JSON shows personal data: %s", masked)
	}
}

func TestRestorePersonReportsEveryProblem(t *testing.T) {
	_, err := governance.RestorePerson(governance.PersonRecord{ID: "p2", IDNumber: "110105194912310021", Phone: "2381234567"})
	ps, ok := err.(governance.Problems)
	if !ok {
		t.Fatalf("err = %v, want Problems", err)
	}
	var codes []string
	for _, p := range ps {
		codes = append(codes, p.Code)
	}
	want := []string{"governance.person.id_number_invalid", "governance.person.phone_invalid"}
	if diff := cmp.Diff(want, codes); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
}
