// Command hotline follows one 12345 hotline appeal through its whole life,
// across the 2025 National Day holiday: taken in on the afternoon before the
// holiday, routed, dispatched, signed for, put on hold and taken up again,
// resolved, reviewed dissatisfied and sent back (退回再办), resolved late,
// reviewed satisfied and closed. It prints the due instant each time it
// moves, whether the order is overdue at a few instants, the full history
// and the work order's transition table.
//
// Usage:
//
//	go run ./examples/hotline            # Simplified Chinese
//	go run ./examples/hotline -lang en   # English
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/jiceng/jiceng/examples/internal/term"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"golang.org/x/text/language"
)

func main() {
	lang := flag.String("lang", "zh-Hans", "language of the output: zh-Hans or en (any other falls back to en)")
	flag.Parse()
	if err := run(os.Stdout, *lang); err != nil {
		fmt.Fprintln(os.Stderr, "hotline:", err)
		os.Exit(1)
	}
}

// cst is China Standard Time. Every instant below is fixed, so the program
// prints the same thing on every machine and every day.
var cst = time.FixedZone("CST", 8*3600)

func at(month time.Month, day, hour, minute int) time.Time {
	return time.Date(2025, month, day, hour, minute, 0, 0, cst)
}

// text holds the program's own sentences, Chinese first. The library's
// enums (states, verbs, verdicts) carry their own labels. The summary and
// the notes are what the operators would type; they are given in both
// languages so that the English run reads English.
var text = map[string][2]string{
	"title":         {"12345 热线诉求：跨国庆假期的一生", "A 12345 hotline appeal: one life across the National Day holiday"},
	"summary":       {"3号楼电梯停运，物业未修复", "The lift of building 3 has stopped and the property company has not repaired it"},
	"routed":        {"派单目录：类别 %q → %s", "Dispatch table: category %q → %s"},
	"opened":        {"受理：%s，%s，时限 %s，应办结时间 %s", "Taken in: %s, %s, limit %s, due %s"},
	"due":           {"  %s后，应办结时间 → %s", "  after %s, due → %s"},
	"workdays":      {"%d 个工作日", "%d workdays"},
	"hours":         {"%d 小时", "%d hours"},
	"overdue":       {"  %s 是否超期：%s", "  overdue at %s: %s"},
	"yes":           {"是", "yes"},
	"no":            {"否", "no"},
	"suspend":       {"等待电梯配件到货（厂家国庆停产）", "waiting for a lift part (the maker is closed for the holiday)"},
	"resolve1":      {"已更换控制板，电梯恢复运行", "control board replaced; the lift runs again"},
	"reopen":        {"电梯次日再次停运", "the lift stopped again the next day"},
	"resolve2":      {"更换曳引机编码器，联合检测合格", "traction encoder replaced; passed a joint inspection"},
	"history":       {"办理记录", "History"},
	"onTime":        {"按时签收：%s；按时办结：%s；最终状态：%s", "Signed for on time: %s; resolved on time: %s; final state: %s"},
	"table":         {"工单流转表（grid.WorkOrderTransitions）", "Work-order transitions (grid.WorkOrderTransitions)"},
	"diagram":       {"工单生命周期图（Mermaid，grid.WorkOrderDiagram）", "The work-order lifecycle (Mermaid, grid.WorkOrderDiagram)"},
	"stays":         {"（不变）", "(unchanged)"},
	"final":         {"终态：%s", "Final states: %s"},
	"contacted":     {"已联系", "caller reached"},
	"not_contacted": {"未联系上", "caller not reached"},
	"resolved":      {"已解决", "resolved"},
	"unresolved":    {"未解决", "unresolved"},
}

var weekdays = [2][7]string{
	{"周日", "周一", "周二", "周三", "周四", "周五", "周六"},
	{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
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

	// The appeal as the 12345 centre takes it in. The centre is the first
	// receiver (首接负责制) and stays responsible whoever handles the matter.
	in := grid.Intake{
		ID:       "12345-20250930-0417",
		Kind:     grid.KindComplaint,
		Channel:  grid.ChannelHotline,
		Urgency:  grid.UrgencyNormal,
		Unit:     governance.MustParseCode("110105001001003"), // a grid of a community in Beijing's Chaoyang district
		Category: "property",
		Summary:  p.t("summary"),
		Receiver: "12345-centre",
	}
	// The district's dispatch table says who handles a property matter.
	dept, _ := grid.DefaultRouter().Route(in)
	p.say("routed", in.Category, dept)

	// Opened at 16:00 on the last workday before the holiday (1–8 October,
	// with Saturday 11 October a make-up workday): a normal appeal has 5
	// workdays, counted on the State Council's calendar.
	o, err := grid.Open(in, grid.DefaultPolicy(), governance.China(), at(time.September, 30, 16, 0))
	if err != nil {
		return err
	}
	p.say("opened", in.Kind.Label(tag), in.Urgency.Label(tag), p.limit(o.Limit()), p.stamp(o.Due()))

	// did takes the result of a verb: it keeps the first error for run to
	// return and prints the due instant when the verb moved it.
	var failed error
	due := o.Due()
	did := func(err error) {
		if err != nil {
			if failed == nil {
				failed = err
			}
			return
		}
		if !o.Due().Equal(due) {
			due = o.Due()
			h := o.History()
			p.say("due", h[len(h)-1].Verb.Label(tag), p.stamp(due))
		}
	}

	did(o.Dispatch(dept, at(time.September, 30, 16, 10)))
	did(o.Accept(at(time.September, 30, 16, 45)))
	p.overdue(o, at(time.October, 8, 12, 0)) // the holiday's last day

	// On hold (挂账) while a part is awaited: the clock stops. The pause
	// passes three workdays — Friday 10th, the make-up Saturday 11th and
	// Monday 13th — so the order is due three workdays later than before.
	did(o.Suspend(p.t("suspend"), at(time.October, 9, 9, 30)))
	did(o.Resume(at(time.October, 13, 14, 0)))
	p.overdue(o, at(time.October, 14, 17, 0)) // past the first due instant
	did(o.Resolve(p.t("resolve1"), at(time.October, 15, 11, 0)))

	// The caller is called back (回访) and is not satisfied: the order goes
	// back to the department (退回再办) and its limit counts afresh.
	did(o.Review(grid.Feedback{Contacted: true, Resolved: false, Satisfaction: grid.SatisfactionDissatisfied}, at(time.October, 16, 10, 0)))
	did(o.Reopen(p.t("reopen"), at(time.October, 16, 10, 10)))
	did(o.Accept(at(time.October, 16, 11, 0)))
	p.overdue(o, at(time.October, 23, 15, 0)) // not done in time this round
	did(o.Resolve(p.t("resolve2"), at(time.October, 24, 9, 30)))
	did(o.Review(grid.Feedback{Contacted: true, Resolved: true, Satisfaction: grid.SatisfactionSatisfied}, at(time.October, 24, 15, 0)))
	did(o.Close(at(time.October, 24, 15, 10)))
	if failed != nil {
		return failed
	}
	acceptance, resolution := o.OnTime()
	p.say("onTime", p.yesNo(acceptance), p.yesNo(resolution), o.State().Label(tag))

	// The history: every step, with its instant, actor, verb, states and note.
	p.line("")
	p.say("history")
	var rows [][]string
	for _, s := range o.History() {
		from := ""
		if s.From.IsValid() {
			from = s.From.Label(tag)
		}
		note := s.Note
		if s.Verb == grid.VerbReview {
			note = p.feedback(note)
		}
		rows = append(rows, []string{s.At.Format("01-02 15:04"), s.Actor, s.Verb.Label(tag), from, "→", s.To.Label(tag), note})
	}
	p.table(rows)

	// The lifecycle: the table in the reader's language — the verb, the
	// states it leaves, the state it leads to — and then the Mermaid diagram
	// the package generates from it (grid/workorder.mmd).
	p.line("")
	p.say("table")
	rows = nil
	for _, tr := range grid.WorkOrderTransitions() {
		var from []string
		for _, s := range tr.From {
			from = append(from, s.Label(tag))
		}
		to := p.t("stays")
		if tr.To.IsValid() {
			to = tr.To.Label(tag)
		}
		rows = append(rows, []string{" ", tr.Verb.Label(tag), strings.Join(from, ", "), "→", to})
	}
	p.table(rows)
	var finals []string
	for s := range grid.States() {
		if s.Final() {
			finals = append(finals, s.Label(tag))
		}
	}
	p.say("final", strings.Join(finals, ", "))
	p.line("")
	p.say("diagram")
	p.line(strings.TrimRight(grid.WorkOrderDiagram(), "\n"))
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

func (p printer) yesNo(b bool) string {
	if b {
		return p.t("yes")
	}
	return p.t("no")
}

// stamp writes an instant with its weekday: holidays and make-up workdays
// are easier to follow that way.
func (p printer) stamp(t time.Time) string {
	return t.Format("2006-01-02 15:04") + " " + weekdays[p.i][t.Weekday()]
}

func (p printer) limit(l grid.Limit) string {
	if l.Hours > 0 {
		return fmt.Sprintf(p.t("hours"), l.Hours)
	}
	return fmt.Sprintf(p.t("workdays"), l.Workdays)
}

func (p printer) overdue(o *grid.WorkOrder, now time.Time) {
	p.say("overdue", p.stamp(now), p.yesNo(o.Overdue(now)))
}

// feedback renders a review step's note in the chosen language. The library
// records the feedback as tokens ("contacted unresolved dissatisfied"); the
// verdict is a grid.Satisfaction token and has its own label.
func (p printer) feedback(note string) string {
	var out []string
	for _, tok := range strings.Fields(note) {
		var s grid.Satisfaction
		switch {
		case s.UnmarshalText([]byte(tok)) == nil:
			out = append(out, s.Label(p.tag))
		case text[tok] != [2]string{}:
			out = append(out, p.t(tok))
		default:
			out = append(out, tok)
		}
	}
	return strings.Join(out, ", ")
}

// table writes rows with their columns aligned.
func (p printer) table(rows [][]string) {
	for _, l := range term.Aligned(rows) {
		p.line(l)
	}
}
