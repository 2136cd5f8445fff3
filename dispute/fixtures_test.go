package dispute

import (
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/jiceng/jiceng/governance"
)

// Fixtures shared by the tests: a community's mediation committee and a
// neighbours' dispute between two residents.

var (
	shanghai = time.FixedZone("CST", 8*3600)
	t0       = time.Date(2025, 3, 10, 9, 0, 0, 0, shanghai)
	place    = governance.MustParseCode("520113001001")
)

func at(days int, hours ...int) time.Time {
	t := t0.AddDate(0, 0, days)
	for _, h := range hours {
		t = t.Add(time.Duration(h) * time.Hour)
	}
	return t
}

func testCommittee() Committee {
	return Committee{
		Unit:      place,
		Name:      "某社区人民调解委员会",
		TermStart: governance.MustParseDate("2023-01-01"),
		Members: []Member{
			{Person: "m1", Name: "王芳", Sex: governance.SexFemale},
			{Person: "m2", Name: "李强", Sex: governance.SexMale},
			{Person: "m3", Name: "张伟", Sex: governance.SexMale},
		},
	}
}

func testIntake() Intake {
	return Intake{
		ID:       "XB-2025-0001",
		Category: CategoryNeighbour,
		Channel:  ChannelPeople,
		Source:   SourceApplication,
		Place:    place,
		People:   2,
		Parties: []Party{
			{Person: governance.Person{ID: "p1", Name: "赵一"}, Related: []governance.PersonID{"m3"}},
			{Person: governance.Person{ID: "p2", Name: "钱二"}},
		},
		Summary: "楼上漏水",
	}
}

// written is a written agreement performed within a week of t.
func written(t time.Time) Agreement {
	return Agreement{
		Form:      FormWritten,
		Facts:     "楼上住户卫生间漏水，损及楼下天花板。",
		Terms:     "楼上住户维修防水并赔偿800元。",
		Manner:    "现金",
		PerformBy: t.AddDate(0, 0, 7),
	}
}

// oral is an oral agreement performed on the spot.
func oral() Agreement {
	return Agreement{Form: FormOral, Terms: "互相道歉", Manner: "当面", Immediate: true}
}

// mustRegister registers the test intake at t0 under the default policy.
func mustRegister(in Intake) *Case {
	c, err := Register(in, DefaultPolicy(), t0)
	if err != nil {
		panic(err)
	}
	return c
}

// must panics on err; fixtures use it for steps that cannot fail.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// mediating returns a case accepted at t0+1h with m1 assigned and one
// session held at t0+2h.
func mediating() *Case {
	c := mustRegister(testIntake())
	must(c.Accept(testCommittee(), at(0, 1)))
	must(c.Assign(testCommittee(), Mediator{Person: "m1"}, at(0, 1)))
	must(c.Hold(Session{Parties: []int{0, 1}, Mediators: []governance.PersonID{"m1"}}, at(0, 2)))
	return c
}

// agreedWritten returns a mediating case that reached the written
// agreement at t0+1d and had it signed and sealed at t0+1d+1h.
func agreedWritten() *Case {
	c := mediating()
	must(c.Agree(written(at(1)), at(1)))
	must(c.Sign(0, at(1, 1)))
	must(c.Sign(1, at(1, 1)))
	must(c.SignMediator("m1", at(1, 1)))
	must(c.Seal(at(1, 1)))
	return c
}

// cmpOpts compare the governance types whose fields are unexported.
var cmpOpts = []cmp.Option{cmpopts.EquateComparable(governance.ResidentID{}, governance.Phone{})}
