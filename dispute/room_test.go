package dispute

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

// crowded returns a case that outgrows the room a case has for its lists —
// three parties with related people, three mediators chosen by several
// parties, three sessions, three signatures, more steps than historyCap —
// and the lists it was given, which the test changes afterwards.
func crowded(t *testing.T) (*Case, [][]int, [][]governance.PersonID) {
	t.Helper()
	in := testIntake()
	in.People = 3
	in.Parties = append(in.Parties, Party{Person: governance.Person{ID: "p3", Name: "孙三"}})
	in.Parties[1].Related = []governance.PersonID{"r1", "r2"}
	in.Parties[2].Related = []governance.PersonID{"r3", "r4", "r5"}
	c := mustRegister(in)
	cm := testCommittee()
	cm.Members = append(cm.Members, Member{Person: "m4", Name: "赵四", Sex: governance.SexFemale})
	must(c.Accept(cm, at(0, 1)))
	var ints [][]int
	var ids [][]governance.PersonID
	for i, m := range []governance.PersonID{"m1", "m2", "m4"} {
		chosen := []int{0, 1, 2}[:i+1]
		ints = append(ints, chosen)
		must(c.Assign(cm, Mediator{Person: m, ChosenBy: chosen}, at(0, 1)))
	}
	for i := range 3 {
		parties, mediators := []int{2, 1, 0}, []governance.PersonID{"m4", "m2", "m1"}
		ints, ids = append(ints, parties), append(ids, mediators)
		must(c.Hold(Session{Parties: parties, Mediators: mediators, Note: "第" + string(rune('一'+i)) + "次"}, at(0, 2+i)))
	}
	must(c.Agree(written(at(1)), at(1)))
	for p := range 3 {
		must(c.Sign(p, at(1, 1)))
	}
	must(c.SignMediator("m2", at(1, 1)))
	must(c.Seal(at(1, 1)))
	must(c.Perform("已履行", at(2)))
	must(c.Visit("", at(3)))
	if n := len(c.History()); n <= historyCap {
		t.Fatalf("the crowded case has %d steps, not more than %d", n, historyCap)
	}
	return c, ints, ids
}

// A case keeps what it is given when its lists outgrow its room, shares
// none of it with the caller, and reads back from its record.
func TestRoomOverflow(t *testing.T) {
	c, ints, ids := crowded(t)
	before := c.Record()
	for _, s := range ints {
		for i := range s {
			s[i] = 9
		}
	}
	for _, s := range ids {
		for i := range s {
			s[i] = "changed"
		}
	}
	if diff := cmp.Diff(before, c.Record(), cmpOpts...); diff != "" {
		t.Errorf("the case shares the lists it was given (-before +after):\n%s", diff)
	}
	wantMediators := []Assignment{
		{Person: "m1", Name: "王芳", ChosenBy: []int{0}, At: at(0, 1)},
		{Person: "m2", Name: "李强", ChosenBy: []int{0, 1}, At: at(0, 1)},
		{Person: "m4", Name: "赵四", ChosenBy: []int{0, 1, 2}, At: at(0, 1)},
	}
	if diff := cmp.Diff(wantMediators, c.Mediators()); diff != "" {
		t.Errorf("mediators (-want +got):\n%s", diff)
	}
	for i, s := range c.Sessions() {
		want := HeldSession{At: at(0, 2+i), Session: Session{
			Parties: []int{2, 1, 0}, Mediators: []governance.PersonID{"m4", "m2", "m1"}, Note: "第" + string(rune('一'+i)) + "次",
		}}
		if diff := cmp.Diff(want, s); diff != "" {
			t.Errorf("session %d (-want +got):\n%s", i, diff)
		}
	}
	b, err := json.Marshal(c.Record())
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
	must(back.Close(at(4)))
	must(c.Close(at(4)))
	if diff := cmp.Diff(c.Record(), back.Record(), cmpOpts...); diff != "" {
		t.Errorf("after closing both (-want +got):\n%s", diff)
	}
}

// A restored case shares nothing with the record it came from, and
// unmarshalling into a case in use replaces it entirely.
func TestRestoredCaseSharesNothing(t *testing.T) {
	for _, c := range []*Case{agreedWritten(), withNumbers()} {
		r := c.Record()
		restored, err := RestoreCase(r)
		if err != nil {
			t.Fatal(err)
		}
		want := restored.Record()
		r.History[0].Note = "changed"
		r.Intake.Parties[0].Related[0] = "changed"
		r.Mediators[0].Name = "changed"
		r.Sessions[0].Parties[0] = 9
		r.Sessions[0].Mediators[0] = "changed"
		r.Agreement.PartySigned[0] = time.Time{}
		r.Agreement.Terms = "changed"
		if diff := cmp.Diff(want, restored.Record(), cmpOpts...); diff != "" {
			t.Errorf("the restored case shares the record (-want +got):\n%s", diff)
		}
	}

	in := agreedWritten()
	b, err := json.Marshal(mediating().Record())
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, in); err != nil {
		t.Fatal(err)
	}
	want := mediating()
	if diff := cmp.Diff(want.Record(), in.Record(), cmpOpts...); diff != "" || in.Outcome() != want.Outcome() {
		t.Errorf("unmarshalled into a case in use (-want +got):\n%s", diff)
	}
	must(in.Agree(oral(), at(1)))
	must(want.Agree(oral(), at(1)))
	if diff := cmp.Diff(want.Record(), in.Record(), cmpOpts...); diff != "" {
		t.Errorf("after a further step (-want +got):\n%s", diff)
	}
}
