package dispute_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jiceng/jiceng/dispute"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

var (
	cst = time.FixedZone("CST", 8*3600)
	zh  = language.SimplifiedChinese
	en  = language.English
)

func day(s string, hour int) time.Time {
	return governance.MustParseDate(s).In(cst).Add(time.Duration(hour) * time.Hour)
}

func committee() dispute.Committee {
	return dispute.Committee{
		Unit:      governance.MustParseCode("520113001001"),
		Name:      "某社区人民调解委员会",
		TermStart: governance.MustParseDate("2023-01-01"),
		Members: []dispute.Member{
			{Person: "m1", Name: "王芳", Sex: governance.SexFemale},
			{Person: "m2", Name: "李强", Sex: governance.SexMale},
			{Person: "m3", Name: "张伟", Sex: governance.SexMale},
		},
	}
}

func intake(category dispute.Category, people int) dispute.Intake {
	return dispute.Intake{
		ID:       "2025-001",
		Category: category,
		Channel:  dispute.ChannelPeople,
		Source:   dispute.SourceApplication,
		Place:    governance.MustParseCode("520113001001"),
		People:   people,
		Parties: []dispute.Party{
			{Person: governance.Person{ID: "p1", Name: "赵一"}, Related: []governance.PersonID{"m3"}},
			{Person: governance.Person{ID: "p2", Name: "钱二"}},
		},
		Summary: "楼上漏水",
	}
}

// mediating registers a dispute on the morning of start, accepts it, puts
// m1 on it and holds a first session.
func mediating(in dispute.Intake, start string) *dispute.Case {
	cm := committee()
	c, err := dispute.Register(in, dispute.DefaultPolicy(), day(start, 9))
	check(err)
	check(c.Accept(cm, day(start, 10)))
	check(c.Assign(cm, dispute.Mediator{Person: "m1"}, day(start, 10)))
	check(c.Hold(dispute.Session{Parties: []int{0, 1}, Mediators: []governance.PersonID{"m1"}}, day(start, 14)))
	return c
}

// signed reaches a written agreement and has it signed and sealed at at.
func signed(c *dispute.Case, a dispute.Agreement, at time.Time) {
	check(c.Agree(a, at))
	check(c.Sign(0, at))
	check(c.Sign(1, at))
	check(c.SignMediator("m1", at))
	check(c.Seal(at))
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}

// refusal prints why a step was refused, in both languages.
func refusal(err error) {
	var se *dispute.StepError
	if !errors.As(err, &se) {
		fmt.Println("  refused:", err)
		return
	}
	for _, p := range se.Problems {
		fmt.Println("  refused:", p.Message(en))
		fmt.Println("  不予办理：", p.Message(zh))
	}
}

func clock(t time.Time) string { return t.Format("2006-01-02 15:04") }

// Written form is required when a party asks for it, when performance is
// not immediate, or when the case is major or complex — here by the number
// of people involved or by its category (宁波市人民调解条例 2018 art. 24; the
// thresholds of DefaultPolicy — 5 people; expropriation, environment and
// medical disputes — are illustrative).
func ExamplePolicy_WrittenRequired_ningbo() {
	p := dispute.DefaultPolicy()
	onTheSpot := dispute.Agreement{Immediate: true}
	for _, tc := range []struct {
		what     string
		category dispute.Category
		people   int
		a        dispute.Agreement
	}{
		{"neighbours, 2 people, settled on the spot", dispute.CategoryNeighbour, 2, onTheSpot},
		{"neighbours, 4 people, settled on the spot", dispute.CategoryNeighbour, 4, onTheSpot},
		{"neighbours, 5 people, settled on the spot", dispute.CategoryNeighbour, 5, onTheSpot},
		{"medical, 2 people, settled on the spot", dispute.CategoryMedical, 2, onTheSpot},
		{"rental, 2 people, paid within a week", dispute.CategoryHousingRental, 2, dispute.Agreement{}},
		{"neighbours, 2 people, a party asks", dispute.CategoryNeighbour, 2, dispute.Agreement{Immediate: true, WrittenRequested: true}},
	} {
		reasons := p.WrittenRequired(tc.category, tc.people, tc.a)
		if len(reasons) == 0 {
			fmt.Printf("%s: oral will do\n", tc.what)
			continue
		}
		for _, r := range reasons {
			fmt.Printf("%s: written — %s（%s）\n", tc.what, r.Label(en), r.Label(zh))
		}
	}

	// Agree refuses an oral agreement where written form is required.
	c := mediating(intake(dispute.CategoryNeighbour, 2), "2025-03-10")
	err := c.Agree(dispute.Agreement{Form: dispute.FormOral, Terms: "赔偿800元", Manner: "转账", PerformBy: day("2025-03-17", 18)}, day("2025-03-11", 9))
	fmt.Println("oral agreement with payment in a week:")
	refusal(err)
	// Output:
	// neighbours, 2 people, settled on the spot: oral will do
	// neighbours, 4 people, settled on the spot: oral will do
	// neighbours, 5 people, settled on the spot: written — major: many people involved（涉及人数多，属重大纠纷）
	// medical, 2 people, settled on the spot: written — major or complex category（属重大、复杂纠纷类别）
	// rental, 2 people, paid within a week: written — performance is not immediate（非即时履行）
	// neighbours, 2 people, a party asks: written — a party asks for it in writing（当事人要求书面协议）
	// oral agreement with payment in a week:
	//   refused: agreement.form: performance is not immediate: the agreement must be written
	//   不予办理： agreement.form: 非即时履行的，应当制作书面协议
}

// A written agreement takes effect when both parties have signed and the
// mediator has signed and the committee's seal is set — at the last of
// them; an oral one when it is reached (人民调解法 §29, §30).
func ExampleCase_Effective_signedAndSealed() {
	c := mediating(intake(dispute.CategoryNeighbour, 2), "2025-03-10")
	check(c.Agree(dispute.Agreement{
		Form: dispute.FormWritten, Facts: "楼上漏水损及天花板", Terms: "赔偿800元",
		Manner: "转账", PerformBy: day("2025-03-17", 18),
	}, day("2025-03-11", 9)))
	show := func(step string) {
		if at, ok := c.Effective(); ok {
			fmt.Printf("%-24s in effect since %s\n", step, clock(at))
			return
		}
		fmt.Printf("%-24s not in effect\n", step)
	}
	show("agreed")
	check(c.Sign(0, day("2025-03-11", 10)))
	show("party 0 signed")
	check(c.SignMediator("m1", day("2025-03-11", 10)))
	check(c.Seal(day("2025-03-11", 11)))
	show("mediator signed, sealed")
	refusal(c.Perform("", day("2025-03-12", 9)))
	check(c.Sign(1, day("2025-03-12", 15)))
	show("party 1 signed")

	oral := mediating(intake(dispute.CategoryNeighbour, 2), "2025-03-10")
	check(oral.Agree(dispute.Agreement{Form: dispute.FormOral, Terms: "互相道歉", Manner: "当面", Immediate: true}, day("2025-03-10", 16)))
	at, _ := oral.Effective()
	fmt.Println("oral agreement in effect since", clock(at))
	// Output:
	// agreed                   not in effect
	// party 0 signed           not in effect
	// mediator signed, sealed  not in effect
	//   refused: agreement: the agreement is not in effect
	//   不予办理： agreement: 调解协议尚未生效
	// party 1 signed           in effect since 2025-03-12 15:00
	// oral agreement in effect since 2025-03-10 16:00
}

// The parties may apply together for judicial confirmation within 30 days
// of the agreement taking effect; the day of effect is not counted, so the
// window closes at the end of the 30th day after it (人民调解法 §33; 民法典
// arts. 201–202). An application recorded after that is refused, and an
// agreement on a marriage relationship itself is not confirmed at all
// (最高人民法院 2011 司法确认规定).
func ExampleCase_ConfirmationDeadline_thirtyDays() {
	agreed := func(concerns dispute.MatterSet) *dispute.Case {
		c := mediating(intake(dispute.CategoryMarriageFamily, 2), "2025-03-10")
		signed(c, dispute.Agreement{
			Form: dispute.FormWritten, Facts: "家务纠纷", Terms: "按月支付抚养费", Manner: "转账",
			PerformBy: day("2025-04-30", 18), Concerns: concerns,
		}, day("2025-03-11", 10))
		return c
	}
	c := agreed(0)
	deadline, _ := c.ConfirmationDeadline()
	fmt.Println("in effect 2025-03-11 10:00; window closes", clock(deadline), "— the last day to apply is", dispute.LastDay(deadline))

	late := agreed(0)
	fmt.Println("applying at", clock(deadline))
	refusal(late.ApplyForConfirmation("某区人民法院", deadline))

	fmt.Println("applying at", clock(deadline.Add(-time.Hour)))
	check(c.ApplyForConfirmation("某区人民法院", deadline.Add(-time.Hour)))
	cf, _ := c.Confirmation()
	fmt.Println("  recorded; the court accepts or not by the end of", dispute.LastDay(cf.AcceptBy))
	check(c.RecordRuling(dispute.RulingAccepted, day("2025-04-11", 9)))
	cf, _ = c.Confirmation()
	fmt.Println("  accepted; the court decides by the end of", dispute.LastDay(cf.DecideBy))

	marriage := agreed(dispute.NewMatterSet(dispute.MatterMarriage))
	_, ok := marriage.ConfirmationDeadline()
	fmt.Println("agreement on the marriage itself: window", ok)
	refusal(marriage.ApplyForConfirmation("某区人民法院", day("2025-03-12", 9)))
	// Output:
	// in effect 2025-03-11 10:00; window closes 2025-04-11 00:00 — the last day to apply is 2025-04-10
	// applying at 2025-04-11 00:00
	//   refused: at: past the 30 days after the agreement took effect (the last day was 2025-04-10)
	//   不予办理： at: 已超过协议生效后30日的申请期限（最后一日为2025-04-10）
	// applying at 2025-04-10 23:00
	//   recorded; the court accepts or not by the end of 2025-04-13
	//   accepted; the court decides by the end of 2025-04-26
	// agreement on the marriage itself: window false
	//   refused: agreement.concerns: an agreement on an identity, adoption or marriage relationship cannot be confirmed
	//   不予办理： agreement.concerns: 涉及身份、收养、婚姻关系的协议不能申请司法确认
}

// Every step of a case goes into its history (人民调解法 §27: the
// registration, the record of the mediation and the agreement go into the
// file), with who took it — the committee (by its unit's code once it has
// accepted the case), a party, the mediator, the court, or the parties
// together — and a note. Where the caller writes none, the library names
// what the step decided: the mediator assigned, the court applied to, the
// court's ruling (as the ruling's token, which reads back as a Ruling).
func ExampleCase_History_whoAndWhat() {
	c := mediating(intake(dispute.CategoryNeighbour, 2), "2025-03-10")
	signed(c, dispute.Agreement{
		Form: dispute.FormWritten, Facts: "楼上漏水损及天花板", Terms: "赔偿800元",
		Manner: "转账", PerformBy: day("2025-03-17", 18),
	}, day("2025-03-11", 10))
	check(c.ApplyForConfirmation("某区人民法院", day("2025-03-12", 9)))
	check(c.RecordRuling(dispute.RulingAccepted, day("2025-03-13", 9)))
	check(c.RecordRuling(dispute.RulingConfirmed, day("2025-03-20", 15)))
	for _, s := range c.History() {
		note := s.Note
		var r dispute.Ruling
		if s.Verb == dispute.VerbRule && r.UnmarshalText([]byte(s.Note)) == nil {
			note = r.Label(en) + "（" + r.Label(zh) + "）"
		}
		fmt.Printf("%s %s: %s", clock(s.At), s.Actor, s.Verb.Label(en))
		if note != "" {
			fmt.Print(" — ", note)
		}
		fmt.Println()
	}
	// Output:
	// 2025-03-10 09:00 committee: register
	// 2025-03-10 10:00 520113001001: accept
	// 2025-03-10 10:00 520113001001: assign a mediator — 王芳
	// 2025-03-10 14:00 520113001001: hold a session
	// 2025-03-11 10:00 520113001001: agree
	// 2025-03-11 10:00 p1: sign
	// 2025-03-11 10:00 p2: sign
	// 2025-03-11 10:00 m1: sign as mediator
	// 2025-03-11 10:00 520113001001: seal
	// 2025-03-12 09:00 parties: apply for judicial confirmation — 某区人民法院
	// 2025-03-13 09:00 某区人民法院: record the court's ruling — accepted（受理）
	// 2025-03-20 15:00 某区人民法院: record the court's ruling — confirmed（确认有效）
}

// A case that may turn into a public-security or criminal case is graded
// red and must be reported to the police before anything else happens to it
// (人民调解法 §25; grades and their meanings are local practice, in
// Policy.Risk). A case kept from turning criminal (民转刑) is recorded and
// counted.
func ExampleCase_GradeRisk_redBlocksUntilReported() {
	p := dispute.DefaultPolicy()
	for r := range dispute.Risks() {
		rule := p.Risk.For(r)
		fmt.Printf("%s (%s): %s; police report %v\n", r.Label(en), r.Label(zh), rule.Response.Label(en), rule.PoliceReport)
	}

	c := mediating(intake(dispute.CategoryNeighbour, 2), "2025-03-10")
	check(c.GradeRisk(dispute.RiskRed, "一方扬言报复", day("2025-03-10", 15)))
	fmt.Println("graded red; report pending:", c.ReportPending())
	refusal(c.Agree(dispute.Agreement{Form: dispute.FormOral, Terms: "道歉", Manner: "当面", Immediate: true}, day("2025-03-10", 16)))
	check(c.ReportToPolice(dispute.PoliceReport{Station: "某派出所", Reference: "J2025-031"}, day("2025-03-10", 15)))
	check(c.Defuse("民警到场，双方情绪平稳", day("2025-03-10", 17)))
	check(c.Agree(dispute.Agreement{Form: dispute.FormOral, Terms: "道歉", Manner: "当面", Immediate: true}, day("2025-03-10", 18)))
	s := dispute.Tally(slices.Values([]*dispute.Case{c}))
	fmt.Println("reported; agreed:", c.State(), "; prevented from turning criminal:", s.Total.Prevented)
	// Output:
	// yellow (黄色): the grid worker resolves it on the spot; police report false
	// orange (橙色): handled the same day; police report false
	// red (红色): reported at once; police report true
	// graded red; report pending: true
	//   refused: risk: the case must first be reported to the police
	//   不予办理： risk: 红色风险须先报告公安机关
	// reported; agreed: agreed ; prevented from turning criminal: 1
}

// If a party explicitly refuses mediation, it does not take place (人民调解法
// §17): the refusal is recorded and the case ends there.
func ExampleCase_Refuse_partyRefuses() {
	c, err := dispute.Register(intake(dispute.CategoryNeighbour, 2), dispute.DefaultPolicy(), day("2025-03-10", 9))
	check(err)
	check(c.Refuse(1, "不同意调解，将起诉", day("2025-03-10", 11)))
	last := c.History()[len(c.History())-1]
	fmt.Printf("%s by %s: %q → %s (%s)\n", last.Verb, last.Actor, last.Note, c.State().Label(en), c.State().Label(zh))
	fmt.Println("outcome:", c.Outcome())
	err = c.Accept(committee(), day("2025-03-11", 9))
	fmt.Println("accepting it later:", errors.Is(err, governance.ErrInvalidTransition), err)
	// Output:
	// refuse by p2: "不同意调解，将起诉" → refused by a party (当事人拒绝调解)
	// outcome: refused
	// accepting it later: true governance: case: cannot accept in state refused
}

// A people's mediation committee has three to nine members, women among
// them, and is elected for three years (人民调解法 §8, §9).
func ExampleCommittee_Check_composition() {
	r := dispute.DefaultCommitteeRules()
	on := governance.MustParseDate("2025-12-31")
	fmt.Println("3 members, one a woman, on", on, "→", len(committee().Check(r, on)), "problems")

	men := committee()
	men.Members = men.Members[1:]
	for _, p := range men.Check(r, on) {
		fmt.Println("2 men:", p.Message(en), "/", p.Message(zh))
	}

	expired := governance.MustParseDate("2026-01-01")
	for _, p := range committee().Check(r, expired) {
		fmt.Println("on", expired, "→", p.Message(en), "/", p.Message(zh))
	}
	// Output:
	// 3 members, one a woman, on 2025-12-31 → 0 problems
	// 2 men: members: 2 members, fewer than 3 / members: 委员2人，少于3人
	// 2 men: members: 0 women among the members, fewer than 1 / members: 女性委员0人，少于1人
	// on 2026-01-01 → termStart: the term ended on 2025-12-31: the committee is due for election / termStart: 任期已于2025-12-31届满，应当换届
}

// Mediation is due within one month of acceptance; the day of acceptance
// is not counted, and a month without the corresponding day ends on its
// last day (司法部《人民调解工作若干规定》2002 art. 33; 宁波 2018 art. 27;
// 民法典 arts. 201–202). It may be extended once, at the request of every
// party.
func ExampleCase_Due_oneMonth() {
	c := mediating(intake(dispute.CategoryNeighbour, 2), "2025-01-31")
	fmt.Println("accepted 2025-01-31, due", clock(c.Due()), "— the last day is", dispute.LastDay(c.Due()))
	fmt.Println("overdue at 2025-02-28 23:59:", c.Overdue(day("2025-02-28", 23).Add(59*time.Minute)))
	fmt.Println("overdue at 2025-03-01 00:00:", c.Overdue(day("2025-03-01", 0)))
	refusal(c.Extend([]int{0}, day("2025-02-20", 9)))
	check(c.Extend([]int{0, 1}, day("2025-02-20", 9)))
	fmt.Println("extended at both parties' request, due", clock(c.Due()), "— the last day is", dispute.LastDay(c.Due()))
	refusal(c.Extend([]int{0, 1}, day("2025-03-20", 9)))
	// Output:
	// accepted 2025-01-31, due 2025-03-01 00:00 — the last day is 2025-02-28
	// overdue at 2025-02-28 23:59: false
	// overdue at 2025-03-01 00:00: true
	//   refused: requestedBy: parties[1] did not ask for the extension
	//   不予办理： requestedBy: 当事人parties[1]未申请延期
	// extended at both parties' request, due 2025-03-29 00:00 — the last day is 2025-03-28
	//   refused: extensions: no extension left (at most 1)
	//   不予办理： extensions: 延期次数已满（最多1次）
}

// The parties may choose a mediator (人民调解法 §23); a mediator who is a
// party or related to one must stand aside (回避).
func ExampleCase_Assign_recusal() {
	cm := committee()
	c, err := dispute.Register(intake(dispute.CategoryNeighbour, 2), dispute.DefaultPolicy(), day("2025-03-10", 9))
	check(err)
	check(c.Accept(cm, day("2025-03-10", 10)))
	// 赵一 (party 0) lists 张伟 (m3) as related.
	refusal(c.Assign(cm, dispute.Mediator{Person: "m3", ChosenBy: []int{1}}, day("2025-03-10", 10)))
	check(c.Assign(cm, dispute.Mediator{Person: "m2", ChosenBy: []int{0, 1}}, day("2025-03-10", 10)))
	for _, m := range c.Mediators() {
		fmt.Println("mediator", m.Name, "chosen by parties", m.ChosenBy)
	}
	// Output:
	//   refused: mediator.person: the mediator is related to parties[0] and must stand aside
	//   不予办理： mediator.person: 调解员与当事人parties[0]有关系，应当回避
	// mediator 李强 chosen by parties [0 1]
}

// When mediation ends without agreement the parties are told of the other
// routes — arbitration, administrative bodies, the courts (人民调解法 §26) —
// and legal aid; a termination that names none is refused.
func ExampleCase_Terminate_routes() {
	c := mediating(intake(dispute.CategoryLabour, 2), "2025-03-10")
	refusal(c.Terminate(dispute.Termination{Reason: dispute.TerminationReasonNoAgreement}, day("2025-03-20", 9)))
	check(c.Terminate(dispute.Termination{
		Reason: dispute.TerminationReasonNoAgreement,
		Routes: []dispute.Route{dispute.RouteArbitration, dispute.RouteLegalAid},
	}, day("2025-03-20", 9)))
	t, _ := c.Termination()
	var told []string
	for _, r := range t.Routes {
		told = append(told, r.Label(zh))
	}
	fmt.Println(c.State(), "—", t.Reason.Label(zh), "— 已告知：", strings.Join(told, "、"))
	// Output:
	//   refused: termination.routes: the parties must be told of arbitration, administrative or judicial routes
	//   不予办理： termination.routes: 须告知当事人仲裁、行政、司法等途径
	// terminated — 无法达成协议 — 已告知： 仲裁、法律援助
}

// Register reports every problem of an intake at once, in either language.
func ExampleRegister_problems() {
	in := intake(dispute.CategoryNeighbour, 2)
	in.Parties = in.Parties[:1]
	in.Source = dispute.SourceReferral
	_, err := dispute.Register(in, dispute.DefaultPolicy(), day("2025-03-10", 9))
	var ps governance.Problems
	errors.As(err, &ps)
	for i := range ps {
		fmt.Println(ps[i].Message(en))
		fmt.Println(ps[i].Message(zh))
	}
	// Output:
	// parties: 1 parties; a dispute has at least 2
	// parties: 当事人1方，纠纷至少有2方
	// referral.body: a referred dispute needs the referring body
	// referral.body: 移送调解须注明移送单位
}

// Xibei street in Guiyang reported 365 disputes in a year, 109 of them
// about marriage and family and 256 of other kinds, all resolved (report
// figures, RULES.md §9). Generated cases with those figures, each
// registered, accepted, mediated, agreed, performed, visited and closed,
// tally to the report.
func ExampleTally_xibei() {
	var cases []*dispute.Case
	others := slices.Collect(dispute.Categories())[1:] // all but marriage and family
	start := day("2024-01-01", 9)
	for i := range 365 {
		category := dispute.CategoryMarriageFamily
		if i >= 109 {
			category = others[(i-109)%len(others)]
		}
		in := intake(category, 2)
		in.ID = fmt.Sprintf("XB-2024-%03d", i+1)
		if i%5 == 0 {
			in.Source = dispute.SourceReferral
			in.Referral = dispute.Referral{Body: dispute.BodyWorkOrder, WorkOrder: fmt.Sprintf("WO-%d", i)}
		}
		c := mediating(in, start.AddDate(0, 0, i).Format("2006-01-02"))
		at := start.AddDate(0, 0, i+1)
		signed(c, dispute.Agreement{Form: dispute.FormWritten, Facts: "纠纷事实", Terms: "协议内容", Manner: "当面", PerformBy: at.AddDate(0, 0, 7)}, at)
		check(c.Perform("", at.AddDate(0, 0, 3)))
		check(c.Visit("", at.AddDate(0, 0, 10)))
		check(c.Close(at.AddDate(0, 0, 10)))
		cases = append(cases, c)
	}
	s := dispute.Tally(slices.Values(cases))
	fmt.Printf("registered %d, agreed %d, performed %d, success rate %.0f%%\n",
		s.Total.Registered, s.Total.Agreed, s.Total.Performed, 100*s.Total.SuccessRate())
	marriage := s.Category(dispute.CategoryMarriageFamily).Registered
	fmt.Printf("%s %d, other kinds %d\n", dispute.CategoryMarriageFamily.Label(zh), marriage, s.Total.Registered-marriage)
	fmt.Printf("referred by grid work orders: %d; closed as performed: %d\n",
		s.Referrals(dispute.BodyWorkOrder), s.Outcome(dispute.OutcomePerformed))
	// Output:
	// registered 365, agreed 365, performed 365, success rate 100%
	// 婚姻家庭纠纷 109, other kinds 256
	// referred by grid work orders: 73; closed as performed: 365
}
