// Command mediation follows a housing-rental dispute before a community's
// people's mediation committee (人民调解委员会) from registration to judicial
// confirmation (司法确认): registered on the tenant's application, accepted,
// a mediator chosen by the tenant assigned, a private session held, a written
// agreement reached with payment in two weeks, signed by both parties and the
// mediator and sealed, confirmed by the court within the 30 days, performed,
// visited (回访) and closed. It prints the dates the law sets and the history,
// and shows on a copy of the case that an application after the 30 days is
// refused, with the reason in the chosen language.
//
// Usage:
//
//	go run ./examples/mediation            # Simplified Chinese
//	go run ./examples/mediation -lang en   # English
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/jiceng/jiceng/dispute"
	"github.com/jiceng/jiceng/examples/internal/term"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

func main() {
	lang := flag.String("lang", "zh-Hans", "language of the output: zh-Hans or en (any other falls back to en)")
	flag.Parse()
	if err := run(os.Stdout, *lang); err != nil {
		fmt.Fprintln(os.Stderr, "mediation:", err)
		os.Exit(1)
	}
}

// cst is China Standard Time. Every instant below is fixed, so the program
// prints the same thing on every machine and every day.
var cst = time.FixedZone("CST", 8*3600)

func at(month time.Month, day, hour, minute int) time.Time {
	return time.Date(2025, month, day, hour, minute, 0, 0, cst)
}

// The committee of a residents' community in Benxi: three members, a woman
// among them (人民调解法 §8), elected in 2023 for three years (§9).
var committee = dispute.Committee{
	Unit:      governance.MustParseCode("210502001001"),
	Name:      "平山区某社区人民调解委员会",
	TermStart: governance.MustParseDate("2023-03-01"),
	Members: []dispute.Member{
		{Person: "m-zhou", Name: "周桂兰", Sex: governance.SexFemale},
		{Person: "m-he", Name: "何建军", Sex: governance.SexMale},
		{Person: "m-song", Name: "宋立新", Sex: governance.SexMale},
	},
}

// text holds the program's own sentences, Chinese first; the library's enums
// and problems carry their own labels and messages. The summary and notes
// are what the mediators would write; both languages are given so that the
// English run reads English.
var text = map[string][2]string{
	"title":     {"人民调解：房屋租赁纠纷，从登记到司法确认", "People's mediation: a housing-rental dispute from registration to judicial confirmation"},
	"summary":   {"租户退租，房东以墙面、家具损坏为由扣留押金3000元", "The tenant moved out; the landlord keeps the 3,000-yuan deposit for damage to walls and furniture"},
	"case":      {"案件 %s：%s，%s，%s；当事人 %s", "Case %s: %s, %s, %s; parties %s"},
	"due":       {"受理；调解期限：%s 当日结束（一个月，受理当日不计）", "Accepted; mediation due by the end of %s (one month, not counting the day of acceptance)"},
	"mediator":  {"调解员：%s（%s 选定）", "Mediator: %s (chosen by %s)"},
	"written":   {"须书面协议：%s", "Written agreement required: %s"},
	"effective": {"协议生效：%s（双方签名、调解员签名并加盖印章）", "Agreement in effect: %s (both parties and the mediator signed, seal set)"},
	"deadline":  {"申请司法确认期限：%s 当日结束（生效次日起 30 日）", "Judicial confirmation: apply by the end of %s (30 days from the day after effect)"},
	"late":      {"在副本上试：%s 才申请司法确认 →", "Trying on a copy: applying for confirmation at %s →"},
	"refused":   {"  不予办理：%s", "  refused: %s"},
	"unchanged": {"  被拒绝的操作不改变案件：副本仍为“%s”，共 %d 步记录", "  a refused verb changes nothing: the copy is still %q, with %d steps"},
	"court":     {"法院：%s；受理期限 %s，审查期限 %s；%s", "Court: %s; to accept by the end of %s, to decide by the end of %s; %s"},
	"outcome":   {"结果：%s，状态：%s", "Outcome: %s, state: %s"},
	"history":   {"办理记录", "History"},
	"session":   {"不公开调解，双方到场", "private session, both parties present"},
	"perform":   {"房东已转账退还押金2400元", "the landlord transferred 2,400 yuan of the deposit back"},
	"visit":     {"双方无异议，未再发生纠纷", "neither party has any objection; no further dispute"},
}

// run is the whole program; main only parses the flag. The tests call it in
// each language and compare the output with testdata/.
func run(w io.Writer, lang string) error {
	tag, err := language.Parse(lang)
	if err != nil {
		return err
	}
	p := printer{w: w, tag: tag, i: term.Pick(tag)}
	p.say("title")
	p.line("")

	// The tenant applies for mediation (申请调解); the dispute is between two
	// people, the tenant (party 0) and the landlord (party 1).
	in := dispute.Intake{
		ID:       "PS-2025-0137",
		Category: dispute.CategoryHousingRental,
		Channel:  dispute.ChannelPeople,
		Source:   dispute.SourceApplication,
		Place:    committee.Unit,
		People:   2,
		Parties: []dispute.Party{
			{Person: governance.Person{ID: "p-liu", Name: "刘敏"}},
			{Person: governance.Person{ID: "p-chen", Name: "陈志刚"}},
		},
		Summary: p.t("summary"),
	}
	policy := dispute.DefaultPolicy()
	c, err := dispute.Register(in, policy, at(time.May, 6, 9, 30))
	if err != nil {
		return err
	}
	p.say("case", in.ID, in.Category.Label(tag), in.Source.Label(tag), in.Channel.Label(tag), in.Parties[0].Name()+", "+in.Parties[1].Name())

	// did keeps the first error of the verbs below for run to return; a
	// refused verb changes nothing, so the rest would be refused too.
	var failed error
	did := func(err error) {
		if failed == nil {
			failed = err
		}
	}

	did(c.Accept(committee, at(time.May, 6, 10, 0)))
	p.say("due", p.day(c.Due()))
	// The tenant asks for 周桂兰 as mediator (人民调解法 §23).
	did(c.Assign(committee, dispute.Mediator{Person: "m-zhou", ChosenBy: []int{0}}, at(time.May, 6, 10, 5)))
	for _, m := range c.Mediators() {
		var by []string
		for _, i := range m.ChosenBy {
			by = append(by, in.Parties[i].Name())
		}
		p.say("mediator", m.Name, strings.Join(by, ", "))
	}
	did(c.Hold(dispute.Session{Parties: []int{0, 1}, Mediators: []governance.PersonID{"m-zhou"}, Note: p.t("session")}, at(time.May, 9, 14, 30)))

	// The landlord will pay within two weeks: performance is not
	// immediate, so the agreement must be written (宁波 2018 art. 24).
	a := dispute.Agreement{
		Form:      dispute.FormWritten,
		Facts:     "租户退租时墙面污损、衣柜门损坏，房东扣留押金3000元",
		Terms:     "房东退还押金2400元，其余600元抵作维修费",
		Manner:    "银行转账",
		PerformBy: at(time.May, 23, 18, 0),
	}
	var reasons []string
	for _, r := range policy.WrittenRequired(in.Category, in.People, a) {
		reasons = append(reasons, r.Label(tag))
	}
	p.say("written", strings.Join(reasons, ", "))
	did(c.Agree(a, at(time.May, 9, 16, 0)))
	did(c.Sign(0, at(time.May, 9, 16, 10)))
	did(c.Sign(1, at(time.May, 9, 16, 15)))
	did(c.SignMediator("m-zhou", at(time.May, 9, 16, 20)))
	// The seal is set the next workday: the agreement takes effect then.
	did(c.Seal(at(time.May, 12, 9, 0)))
	if failed != nil {
		return failed
	}
	effective, _ := c.Effective()
	deadline, _ := c.ConfirmationDeadline()
	p.say("effective", p.stamp(effective))
	p.say("deadline", p.day(deadline))

	// What if the parties applied too late? Try it on a copy, made the way
	// storage would reload the case: its record, restored.
	late, err := dispute.RestoreCase(c.Record())
	if err != nil {
		return err
	}
	tooLate := deadline.Add(9 * time.Hour) // the morning after the window closed
	p.say("late", p.stamp(tooLate))
	var refusal *dispute.StepError
	if !errors.As(late.ApplyForConfirmation("平山区人民法院", tooLate), &refusal) {
		return errors.New("an application after the deadline was not refused")
	}
	for _, pr := range refusal.Problems {
		p.say("refused", pr.Message(tag))
	}
	p.say("unchanged", late.State().Label(tag), len(late.History()))

	// Within the window the parties apply together; the court accepts and
	// confirms the agreement (最高法 2011: accept within 3 days, decide
	// within 15).
	did(c.ApplyForConfirmation("平山区人民法院", at(time.May, 20, 10, 0)))
	did(c.RecordRuling(dispute.RulingAccepted, at(time.May, 21, 9, 0)))
	did(c.Perform(p.t("perform"), at(time.May, 23, 11, 0)))
	did(c.RecordRuling(dispute.RulingConfirmed, at(time.May, 30, 15, 0)))
	did(c.Visit(p.t("visit"), at(time.June, 6, 10, 0)))
	did(c.Close(at(time.June, 6, 10, 30)))
	if failed != nil {
		return failed
	}
	cf, _ := c.Confirmation()
	p.say("court", cf.Court, p.day(cf.AcceptBy), p.day(cf.DecideBy), cf.Ruling.Label(tag))
	p.say("outcome", c.Outcome().Label(tag), c.State().Label(tag))

	// The history: every step with its instant, actor, verb, states and note.
	p.line("")
	p.say("history")
	var rows [][]string
	for _, s := range c.History() {
		from := ""
		if s.From.IsValid() {
			from = s.From.Label(tag)
		}
		actor := cmp.Or(s.Actor, "—") // registration and the joint application name no actor
		rows = append(rows, []string{s.At.Format("01-02 15:04"), actor, s.Verb.Label(tag), from, "→", s.To.Label(tag), s.Note})
	}
	p.table(rows)
	return nil
}

// printer writes lines in the chosen language.
type printer struct {
	w   io.Writer
	tag language.Tag
	i   int // 0 for Chinese, 1 for English: the index into text
}

func (p printer) t(key string) string { return text[key][p.i] }

func (p printer) line(s string) { fmt.Fprintln(p.w, s) }

func (p printer) say(key string, args ...any) { fmt.Fprintf(p.w, p.t(key)+"\n", args...) }

var weekdays = [2][7]string{
	{"周日", "周一", "周二", "周三", "周四", "周五", "周六"},
	{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
}

func (p printer) stamp(t time.Time) string {
	return t.Format("2006-01-02 15:04") + " " + weekdays[p.i][t.Weekday()]
}

// day names the day a deadline ends: the library's deadlines are the
// instant the period ends, midnight at the end of its last day.
func (p printer) day(end time.Time) string {
	last := end.Add(-time.Nanosecond)
	return last.Format("2006-01-02") + " " + weekdays[p.i][last.Weekday()]
}

// table writes rows with their columns aligned.
func (p printer) table(rows [][]string) {
	for _, l := range term.Aligned(rows) {
		p.line(l)
	}
}
