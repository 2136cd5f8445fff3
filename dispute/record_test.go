package dispute

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

// sampleCases returns cases in every state the fixtures reach.
func sampleCases() []*Case {
	registered := mustRegister(testIntake())
	declined := mustRegister(testIntake())
	must(declined.Decline(DeclineReasonBeforeCourt, "已起诉", at(1)))
	refused := mustRegister(testIntake())
	must(refused.Refuse(0, "", at(1)))
	terminated := mediating()
	must(terminated.GradeRisk(RiskRed, "", at(0, 3)))
	must(terminated.ReportToPolice(PoliceReport{Station: "某派出所"}, at(0, 4)))
	must(terminated.Defuse("", at(0, 5)))
	must(terminated.Terminate(Termination{Reason: TerminationReasonPartyRefused, Parties: []int{1},
		Routes: []Route{RouteLitigation, RouteLegalAid}}, at(1)))
	must(terminated.Close(at(2)))
	unsigned := mediating()
	must(unsigned.Agree(written(at(1)), at(1)))
	must(unsigned.Sign(1, at(1)))
	confirmed := agreedWritten()
	must(confirmed.ApplyForConfirmation("某区人民法院", at(2)))
	must(confirmed.RecordRuling(RulingAccepted, at(3)))
	must(confirmed.RecordRuling(RulingExtended, at(4)))
	must(confirmed.RecordRuling(RulingConfirmed, at(5)))
	breached := agreedWritten()
	must(breached.Breach(RemedyEnforcement, "拒不赔偿", at(9)))
	must(breached.Visit("", at(10)))
	pending := mediating()
	must(pending.Extend([]int{0, 1}, at(2)))
	must(pending.GradeRisk(RiskRed, "", at(3)))
	return []*Case{registered, declined, refused, terminated, unsigned, confirmed, breached, pending}
}

// A case whose parties carry no identity number or phone reads back from
// its own JSON.
func TestCaseJSONRoundTrip(t *testing.T) {
	for _, c := range sampleCases() {
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("%v: %v", c.State(), err)
		}
		var back Case
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if diff := cmp.Diff(c.Record(), back.Record(), cmpOpts...); diff != "" {
			t.Errorf("%v: round trip (-want +got):\n%s", c.State(), diff)
		}
		if back.Outcome() != c.Outcome() || back.Prevented() != c.Prevented() || back.Group() != c.Group() {
			t.Errorf("%v: derived figures differ after the round trip", c.State())
		}
		if d1, ok1 := c.ConfirmationDeadline(); true {
			d2, ok2 := back.ConfirmationDeadline()
			if ok1 != ok2 || !d1.Equal(d2) {
				t.Errorf("%v: confirmation deadline %v %v, after round trip %v %v", c.State(), d1, ok1, d2, ok2)
			}
		}
	}
}

func TestRecordIsACopy(t *testing.T) {
	c := agreedWritten()
	r := c.Record()
	r.History[0].Note = "changed"
	r.Agreement.PartySigned[0] = time.Time{}
	r.Mediators[0].Name = "changed"
	r.Intake.Parties[0].Related[0] = "changed"
	if diff := cmp.Diff(agreedWritten().Record(), c.Record(), cmpOpts...); diff != "" {
		t.Errorf("Record shares the case (-want +got):\n%s", diff)
	}
}

func TestRestoreCaseProblems(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*CaseRecord)
		want []string
	}{
		{"no history", func(r *CaseRecord) { r.History = nil }, []string{"dispute.record.history_empty"}},
		{"history not starting with registration", func(r *CaseRecord) { r.History[0].Verb = VerbAccept },
			[]string{"dispute.record.history_start"}},
		{"broken chain", func(r *CaseRecord) { r.History[2].From = StateMediating },
			[]string{"dispute.record.history_chain", "dispute.record.history_step"}},
		{"step the table lacks", func(r *CaseRecord) { r.History[3].To = StateClosed },
			[]string{"dispute.record.history_step", "dispute.record.history_chain"}},
		{"time going back", func(r *CaseRecord) { r.History[2].At = t0.Add(-time.Hour) },
			[]string{"dispute.record.history_time"}},
		{"state not the history's", func(r *CaseRecord) { r.State = StateClosed },
			[]string{"dispute.record.state_mismatch"}},
		{"agreement missing", func(r *CaseRecord) { r.Agreement = nil }, []string{"dispute.record.history_mismatch"}},
		{"signature missing", func(r *CaseRecord) { r.Agreement.PartySigned[1] = time.Time{} },
			[]string{"dispute.record.history_mismatch"}},
		{"mediator missing", func(r *CaseRecord) { r.Mediators = nil }, []string{"dispute.record.history_mismatch"}},
		{"session missing", func(r *CaseRecord) { r.Sessions = nil }, []string{"dispute.record.history_mismatch"}},
		{"due missing", func(r *CaseRecord) { r.Due = time.Time{} }, []string{"dispute.record.history_mismatch"}},
		{"pending report without a red grade", func(r *CaseRecord) { r.ReportPending = true },
			[]string{"dispute.record.history_mismatch"}},
		{"invalid intake and policy", func(r *CaseRecord) {
			r.Intake.Summary = ""
			r.Policy.ConfirmationDays = 0
		}, []string{"dispute.intake.summary_missing", "dispute.policy.not_positive"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := agreedWritten().Record()
			tc.edit(&r)
			c, err := RestoreCase(r)
			if c != nil {
				t.Fatalf("RestoreCase accepted the record")
			}
			ps, _ := err.(governance.Problems)
			var got []string
			for _, p := range ps {
				got = append(got, p.Code)
			}
			for _, w := range tc.want {
				if !ps.Has(w) {
					t.Errorf("problems %v lack %s", got, w)
				}
			}
		})
	}
}

func TestUnmarshalLeavesCaseOnError(t *testing.T) {
	c := agreedWritten()
	before := c.Record()
	for _, in := range []string{`{`, `{"state":"closed"}`, `{"history":[{"verb":"nope"}]}`} {
		if err := json.Unmarshal([]byte(in), c); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
	if diff := cmp.Diff(before, c.Record(), cmpOpts...); diff != "" {
		t.Errorf("failed UnmarshalJSON changed the case (-before +after):\n%s", diff)
	}
}

// FuzzCaseJSON: no input panics; what is accepted marshals, its record
// reads back to the same record, and its own JSON shows no number in full.
func FuzzCaseJSON(f *testing.F) {
	for _, c := range append(sampleCases(), withNumbers()) {
		b, err := json.Marshal(c.Record())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"history":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Case
		if err := json.Unmarshal(b, &c); err != nil {
			return
		}
		shown, err := json.Marshal(&c)
		if err != nil {
			t.Fatalf("accepted case does not marshal: %v", err)
		}
		r := c.Record()
		for _, p := range r.Intake.Parties {
			for _, n := range []string{p.Person.IDNumber, p.Person.Phone} {
				if n != "" && bytes.Contains(shown, []byte(n)) {
					t.Fatalf("the case's JSON shows %s in full: %s", n, shown)
				}
			}
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("accepted case's record does not marshal: %v", err)
		}
		var back Case
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%s does not read back: %v", out, err)
		}
		if diff := cmp.Diff(r, back.Record(), cmpOpts...); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
}

// The numbers a storage record must keep.
const (
	testIDNumber = "11010519491231002X"
	testPhone    = "13800138000"
)

// withNumbers returns a written case, signed and sealed, whose first party
// gave an identity number and a phone.
func withNumbers() *Case {
	in := testIntake()
	in.Parties[0].Person.IDNumber = governance.MustParseResidentID(testIDNumber)
	in.Parties[0].Person.Phone = governance.MustParsePhone(testPhone)
	c := mustRegister(in)
	must(c.Accept(testCommittee(), at(0, 1)))
	must(c.Assign(testCommittee(), Mediator{Person: "m1"}, at(0, 1)))
	must(c.Hold(Session{Parties: []int{0, 1}, Mediators: []governance.PersonID{"m1"}}, at(0, 2)))
	must(c.Agree(written(at(1)), at(1)))
	must(c.Sign(0, at(1, 1)))
	return c
}

// Storage keeps the numbers: Record → JSON → RestoreCase gives the same
// case, identity number and phone included; UnmarshalJSON reads the same
// JSON.
func TestRecordKeepsNumbers(t *testing.T) {
	c := withNumbers()
	b, err := json.Marshal(c.Record())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{testIDNumber, testPhone} {
		if !bytes.Contains(b, []byte(n)) {
			t.Errorf("the record's JSON lacks %s: %s", n, b)
		}
	}
	var r CaseRecord
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	back, err := RestoreCase(r)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c.Record(), back.Record(), cmpOpts...); diff != "" {
		t.Errorf("record round trip (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(c.Intake(), back.Intake(), cmpOpts...); diff != "" {
		t.Errorf("intake after the round trip (-want +got):\n%s", diff)
	}
	if got := back.Intake().Parties[0].Person; got.IDNumber.Reveal() != testIDNumber || got.Phone.Reveal() != testPhone {
		t.Errorf("restored numbers %s %s", got.IDNumber.Reveal(), got.Phone.Reveal())
	}
	var viaJSON Case
	if err := json.Unmarshal(b, &viaJSON); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c.Record(), viaJSON.Record(), cmpOpts...); diff != "" {
		t.Errorf("UnmarshalJSON of the record (-want +got):\n%s", diff)
	}
}

// A case's own JSON is an automatic rendering: the numbers are masked, and
// so it does not read back.
func TestCaseJSONMasksNumbers(t *testing.T) {
	c := withNumbers()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{testIDNumber, testPhone} {
		if bytes.Contains(b, []byte(n)) {
			t.Errorf("the case's JSON shows %s: %s", n, b)
		}
	}
	for _, masked := range []string{`"idNumber":"110*************2X"`, `"phone":"138****8000"`} {
		if !bytes.Contains(b, []byte(masked)) {
			t.Errorf("the case's JSON lacks %s: %s", masked, b)
		}
	}
	var back Case
	err = json.Unmarshal(b, &back)
	var ps governance.Problems
	if !errors.As(err, &ps) || !ps.Has("governance.person.id_number_invalid") || !ps.Has("governance.person.phone_invalid") {
		t.Fatalf("masked JSON read back: %v", err)
	}
	if diff := cmp.Diff([]string{"intake.parties[0].person.idNumber", "intake.parties[0].person.phone"}, paths(ps)); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
}

// paths returns the problems' paths.
func paths(ps governance.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path)
	}
	return out
}

// Empty lists given to a verb are kept as none, so that the case reads the
// same after a JSON round trip (found by the machine test: an empty
// ChosenBy came back nil).
func TestEmptyListsRoundTrip(t *testing.T) {
	c := mustRegister(testIntake())
	must(c.Accept(testCommittee(), at(0, 1)))
	must(c.Assign(testCommittee(), Mediator{Person: "m1", ChosenBy: []int{}}, at(0, 1)))
	must(c.Terminate(Termination{Reason: TerminationReasonPrevented, Parties: []int{}, Routes: []Route{RouteLitigation}}, at(1)))
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back Case
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c.Record(), back.Record(), cmpOpts...); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
