package dispute

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

const validCredit = governance.CreditCode("91350200776049653A")

func TestIntakeValidate(t *testing.T) {
	org := Party{Organisation: Organisation{Name: "某物业公司", CreditCode: validCredit}}
	for _, tc := range []struct {
		name string
		edit func(*Intake)
		want governance.Problems
	}{
		{"valid", func(*Intake) {}, nil},
		{"organisation party", func(in *Intake) { in.Parties[1] = org }, nil},
		{"work-order referral", func(in *Intake) {
			in.Source = SourceReferral
			in.Referral = Referral{Body: BodyWorkOrder, WorkOrder: "WO-1"}
		}, nil},
		{"everything missing", func(in *Intake) { *in = Intake{} }, governance.Problems{
			governance.Errorf("dispute.intake.category_invalid", "category"),
			governance.Errorf("dispute.intake.channel_invalid", "channel"),
			governance.Errorf("dispute.intake.id_missing", "id"),
			governance.Errorf("dispute.intake.parties_too_few", "parties", 0, 2),
			governance.Errorf("dispute.intake.people_too_few", "people", 0, 1),
			governance.Errorf("dispute.intake.place_invalid", "place", ""),
			governance.Errorf("dispute.intake.source_invalid", "source"),
			governance.Errorf("dispute.intake.summary_missing", "summary"),
		}},
		{"one party, fewer people than parties", func(in *Intake) {
			in.Parties = in.Parties[:1]
			in.People = 0
		}, governance.Problems{
			governance.Errorf("dispute.intake.parties_too_few", "parties", 1, 2),
			governance.Errorf("dispute.intake.people_too_few", "people", 0, 1),
		}},
		{"party problems", func(in *Intake) {
			in.Parties = []Party{
				{},
				{Person: governance.Person{ID: "x"}, Organisation: Organisation{Name: "o"}},
				{Person: governance.Person{ID: "p9"}, Related: []governance.PersonID{""}},
				{Organisation: Organisation{CreditCode: "91350200776049653B"}},
				{Person: governance.Person{ID: "p9", Name: "同名"}},
				org, org,
			}
			in.People = 7
		}, governance.Problems{
			governance.Errorf("dispute.party.none", "parties[0]"),
			governance.Errorf("dispute.party.both", "parties[1]"),
			governance.Errorf("dispute.party.name_missing", "parties[2].person.name"),
			governance.Errorf("dispute.party.related_empty", "parties[2].related[0]"),
			governance.Errorf("dispute.party.credit_code_invalid", "parties[3].organisation.creditCode"),
			governance.Errorf("dispute.party.name_missing", "parties[3].organisation.name"),
			governance.Errorf("dispute.party.duplicate", "parties[4]", 2),
			governance.Errorf("dispute.party.duplicate", "parties[6]", 5),
		}},
		{"referral without body", func(in *Intake) { in.Source = SourceReferral }, governance.Problems{
			governance.Errorf("dispute.referral.body_invalid", "referral.body"),
		}},
		{"referral on an application", func(in *Intake) { in.Referral = Referral{Body: BodyCourt} }, governance.Problems{
			governance.Errorf("dispute.referral.unexpected", "referral"),
		}},
		{"work order without ID", func(in *Intake) {
			in.Source = SourceReferral
			in.Referral = Referral{Body: BodyWorkOrder}
		}, governance.Problems{
			governance.Errorf("dispute.referral.work_order_missing", "referral.workOrder"),
		}},
		{"work order ID from 12345", func(in *Intake) {
			in.Source = SourceReferral
			in.Referral = Referral{Body: BodyHotline12345, WorkOrder: "WO-1"}
		}, governance.Problems{
			governance.Errorf("dispute.referral.work_order_unexpected", "referral.workOrder"),
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := testIntake()
			tc.edit(&in)
			if diff := cmp.Diff(tc.want, in.Validate(), cmpOpts...); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRegisterRefusesInvalid(t *testing.T) {
	in := testIntake()
	in.Summary = ""
	p := DefaultPolicy()
	p.MediationMonths = 0
	c, err := Register(in, p, time.Time{})
	if c != nil {
		t.Fatalf("Register returned a case")
	}
	want := governance.Problems{
		governance.Errorf("dispute.step.time_missing", "at"),
		governance.Errorf("dispute.policy.not_positive", "policy.mediationMonths", 0),
		governance.Errorf("dispute.intake.summary_missing", "summary"),
	}
	if diff := cmp.Diff(want, err, cmpOpts...); diff != "" {
		t.Errorf("Register error (-want +got):\n%s", diff)
	}
}

func TestRegisterCopiesIntake(t *testing.T) {
	in := testIntake()
	c := mustRegister(in)
	in.Parties[0].Person.Name = "changed"
	in.Parties[0].Related[0] = "changed"
	if diff := cmp.Diff(testIntake(), c.Intake(), cmpOpts...); diff != "" {
		t.Errorf("the case shares the caller's intake (-want +got):\n%s", diff)
	}
	got := c.Intake()
	got.Parties[0].Related[0] = "changed"
	if diff := cmp.Diff(testIntake(), c.Intake(), cmpOpts...); diff != "" {
		t.Errorf("Intake() shares the case's parties (-want +got):\n%s", diff)
	}
}

func TestPartyJSON(t *testing.T) {
	for _, p := range []Party{
		{Person: governance.Person{ID: "p1", Name: "赵一"}, Related: []governance.PersonID{"r1"}},
		{Person: governance.Person{Name: "无编号", Party: governance.PartyFull}},
		{Organisation: Organisation{Name: "某物业公司", CreditCode: validCredit}},
		{},
	} {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%+v: %v", p, err)
		}
		var back Party
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if diff := cmp.Diff(p, back, cmpOpts...); diff != "" {
			t.Errorf("%s round trip (-want +got):\n%s", b, diff)
		}
	}
	// An identity number is masked in JSON, as governance.ResidentID
	// is everywhere; it does not come back.
	p := Party{Person: governance.Person{ID: "p1", Name: "赵一", IDNumber: governance.MustParseResidentID("11010519491231002X")}}
	b, _ := json.Marshal(p)
	if want := `{"person":{"id":"p1","name":"赵一","idNumber":"110*************2X"}}`; string(b) != want {
		t.Errorf("JSON = %s, want %s", b, want)
	}
}

// FuzzPartyJSON: no input panics; an accepted party without identity
// number or phone (which JSON masks by design) reads back equal.
func FuzzPartyJSON(f *testing.F) {
	for _, s := range []string{
		`{"person":{"id":"p1","name":"赵一"},"related":["m3"]}`,
		`{"organisation":{"name":"某物业公司","creditCode":"91350200776049653A"}}`,
		`{"person":{"name":"x","party":"full","idNumber":"11010519491231002X"}}`,
		`{}`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var p Party
		if err := json.Unmarshal(b, &p); err != nil {
			return
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("accepted party does not marshal: %v", err)
		}
		if !p.Person.IDNumber.IsZero() || !p.Person.Phone.IsZero() {
			return
		}
		var back Party
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%s does not read back: %v", out, err)
		}
		if diff := cmp.Diff(p, back, cmpOpts...); diff != "" {
			t.Errorf("%s round trip (-want +got):\n%s", out, diff)
		}
	})
}
