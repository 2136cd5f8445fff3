// Command payroll pays a community's workers for June 2025 on the
// three-post, eighteen-grade scale (三岗十八级): a secretary who is also the
// director (一肩挑), a deputy secretary, two deputy directors, committee
// members and community workers with different education, certificates,
// hiring days and assessments, one of them on probation. It prints every
// payslip line by line, the totals by post, the grand total in figures and in
// uppercase (大写金额), and every problem the run met.
//
// Usage:
//
//	go run ./examples/payroll            # Simplified Chinese
//	go run ./examples/payroll -lang en   # English
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/jiceng/jiceng/examples/internal/term"
	"github.com/jiceng/jiceng/funding"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

func main() {
	lang := flag.String("lang", "zh-Hans", "language of the output: zh-Hans or en (any other falls back to en)")
	flag.Parse()
	if err := run(os.Stdout, *lang); err != nil {
		fmt.Fprintln(os.Stderr, "payroll:", err)
		os.Exit(1)
	}
}

// community is a residents' community of Pingshan district, Benxi, whose
// base pay of 3,400 yuan the default scale carries.
var community = governance.MustParseCode("210502001001")

// member is one line of the community's roster as its office keeps it.
type member struct {
	id    governance.PersonID
	name  [2]string // Chinese, pinyin
	role  governance.Role
	both  bool // the secretary is also the committee's director (一肩挑)
	hired string
	edu   governance.Education
	cert  governance.Certificate
	// bands are the annual assessments from the hiring year on, one letter
	// a year: E excellent, P pass, B basic pass, F fail.
	bands string
	// grade is a grade the records placed the worker at (定级) on hiring;
	// 0 lets the scale place them.
	grade int
}

var roster = []member{
	// Three years with a passing assessment make a step, a failing year
	// does not count, and two excellent years in a row bring the step early
	// (Liu Yang, on 2024-01-01); the performance part follows the last
	// assessment's band (Liu Yang's fail in 2024 pays none).
	{"wang-jianguo", [2]string{"王建国", "Wang Jianguo"}, governance.RoleSecretary, true, "2013-03-01", governance.EducationBachelor, governance.CertificateIntermediate, "PPPEPPPPEPPP", 0},
	{"li-xiuying", [2]string{"李秀英", "Li Xiuying"}, governance.RoleDeputySecretary, false, "2016-01-01", governance.EducationCollege, governance.CertificateJunior, "PPPPPPPPP", 0},
	{"zhang-wei", [2]string{"张伟", "Zhang Wei"}, governance.RoleDeputyDirector, false, "2019-07-01", governance.EducationBachelor, governance.CertificateNone, "PPPPPB", 0},
	{"liu-yang", [2]string{"刘洋", "Liu Yang"}, governance.RoleDeputyDirector, false, "2021-03-01", governance.EducationMaster, governance.CertificateIntermediate, "PEEF", 0},
	{"chen-jing", [2]string{"陈静", "Chen Jing"}, governance.RoleCommitteeMember, false, "2018-09-01", governance.EducationBachelor, governance.CertificateJunior, "PPPPPPE", 0},
	{"zhao-lei", [2]string{"赵磊", "Zhao Lei"}, governance.RoleCommitteeMember, false, "2020-01-01", governance.EducationCollege, governance.CertificateNone, "PPPPP", 0},
	{"sun-li", [2]string{"孙丽", "Sun Li"}, governance.RoleCommunityWorker, false, "2022-08-01", governance.EducationMaster, governance.CertificateSenior, "PEP", 0},
	// Still on probation (three months at 80%), and not yet assessed.
	{"zhou-ting", [2]string{"周婷", "Zhou Ting"}, governance.RoleCommunityWorker, false, "2025-04-01", governance.EducationBachelor, governance.CertificateNone, "", 0},
	// Hired in the middle of June: not employed on the month's first day,
	// so paid from July.
	{"wu-gang", [2]string{"吴刚", "Wu Gang"}, governance.RoleCommunityWorker, false, "2025-06-16", governance.EducationCollege, governance.CertificateNone, "", 0},
	// A data-entry error: grade 13 lies outside the staff post's 1–12.
	{"ma-li", [2]string{"马丽", "Ma Li"}, governance.RoleCommunityWorker, false, "2024-03-01", governance.EducationCollege, governance.CertificateNone, "P", 13},
}

// worker is the roster line as the pay scale sees it.
func (m member) worker() funding.Worker {
	hired := governance.MustParseDate(m.hired)
	w := funding.Worker{
		Person: m.id, Unit: community, HiredOn: hired,
		Education: m.edu, Certificate: m.cert, Grade: m.grade,
		// PostOf maps a community role to its pay post: secretary and
		// director are the head, their deputies the deputy post, the rest
		// the staff post.
		Posts: []funding.Tenure{{From: hired, Post: funding.PostOf(m.role), SecretaryDirector: m.both}},
	}
	bands := map[rune]funding.Band{'E': funding.BandExcellent, 'P': funding.BandPass, 'B': funding.BandBasicPass, 'F': funding.BandFail}
	for i, b := range m.bands {
		w.Assessments = append(w.Assessments, funding.Assessment{Year: hired.Year + i, Band: bands[b]})
	}
	return w
}

// text holds the program's own sentences, Chinese first; the library's enums
// carry their own labels.
var text = map[string][2]string{
	"title":    {"%s 社区工作者工资表（%s）", "Community workers' payroll, %s (%s)"},
	"scale":    {"薪酬体系：基数 %s 元/月（本溪，2023-01-01 起），系数 1.00 + 0.05 ×（级 − 1）（示例）", "Scale: base %s yuan a month (Benxi, from 2023-01-01), coefficient 1.00 + 0.05 × (grade − 1) (illustrative)"},
	"both":     {"（一肩挑）", " (also director)"},
	"slip":     {"%s　%s　%s %d 级　%s，%s，绩效按“%s”", "%s, %s: %s post, grade %d; %s, %s; performance paid as %q"},
	"postPay":  {"岗位等级工资", "post pay"},
	"total":    {"合计", "total"},
	"absent":   {"%s：%s 入职，本月 1 日不在岗，下月起发放", "%s: hired %s, not employed on the month's first day; paid from next month"},
	"byPost":   {"按岗位合计", "Totals by post"},
	"postLine": {"%s　%d 人", "%s post, headcount %d"},
	"grand":    {"总计　%d 人", "Grand total, headcount %d"},
	"never":    {"（未考核）", " (not yet assessed)"},
	"upper":    {"大写：人民币%s", "In words (大写): 人民币%s"},
	"problems": {"问题", "Problems"},
}

// run is the whole program; main only parses the flag. The tests call it in
// each language and compare the output with testdata/.
func run(w io.Writer, lang string) error {
	tag, err := language.Parse(lang)
	if err != nil {
		return err
	}
	p := printer{w: w, i: term.Pick(tag)}
	month := governance.MustParseDate("2025-06-01")

	// One schedule for the whole city: the default scale, in force from
	// 2023-01-01. A district that pays differently would add its own key.
	scales := funding.Scales{governance.MustParseCode("210500000000"): funding.DefaultPaySchedule()}
	scale, _ := scales.At(community, month)
	p.say("title", fmt.Sprintf("%d-%02d", month.Year, month.Month), community)
	p.say("scale", scale.Base.Grouped())
	p.line("")

	var workers []funding.Worker
	names := map[governance.PersonID]member{}
	for _, m := range roster {
		workers = append(workers, m.worker())
		names[m.id] = m
	}
	run := funding.RunPayroll(month, workers, scales)

	// Each payslip: who, the post and grade, then its lines. The lines add
	// up to the total; post pay is shown for reference (basic + full
	// performance part).
	for _, s := range run.Payslips {
		m := names[s.Person]
		role := m.role.Label(tag)
		if m.both {
			role += p.t("both")
		}
		band := s.Band.Label(tag)
		if m.bands == "" {
			band += p.t("never") // paid as the scale's Unassessed band
		}
		p.say("slip", m.name[p.i], role, s.Post.Label(tag), s.Grade, m.edu.Label(tag), m.cert.Label(tag), band)
		p.amount(p.t("postPay"), s.PostPay)
		for _, l := range s.Lines() {
			p.amount(l.Kind.Label(tag), l.Amount)
		}
		p.amount(p.t("total"), s.Total)
	}
	// RunPayroll leaves out, without a problem, whoever is not employed on
	// the month's first day.
	for _, w := range workers {
		if !w.EmployedOn(month) {
			p.say("absent", names[w.Person].name[p.i], w.HiredOn)
		}
	}

	p.line("")
	p.say("byPost")
	for _, t := range run.Posts {
		p.amount(fmt.Sprintf(p.t("postLine"), t.Post.Label(tag), t.Workers), t.Total)
	}
	p.amount(fmt.Sprintf(p.t("grand"), run.Workers), run.Total)
	p.say("upper", run.Total.Uppercase())

	// A worker who cannot be paid gets no payslip and a problem whose path
	// names their line of the roster; the run goes on without them.
	if len(run.Problems) > 0 {
		p.line("")
		p.say("problems")
		for _, pr := range run.Problems {
			p.line("  " + who(pr.Path)[p.i] + " — " + pr.Message(tag))
		}
	}
	return nil
}

// who returns the name of the roster member a problem's path points at
// ("roster[9].grade").
func who(path string) [2]string {
	for i, m := range roster {
		at := governance.Index("roster", i)
		if path == at || strings.HasPrefix(path, at+".") {
			return m.name
		}
	}
	return [2]string{}
}

// printer writes lines in the chosen language.
type printer struct {
	w io.Writer
	i int // 0 for Chinese, 1 for English: the index into text and names
}

func (p printer) t(key string) string { return text[key][p.i] }

func (p printer) line(s string) { fmt.Fprintln(p.w, s) }

func (p printer) say(key string, args ...any) { fmt.Fprintf(p.w, p.t(key)+"\n", args...) }

// amount writes a label and an amount with its thousands grouped, the
// amounts right-aligned in one column.
func (p printer) amount(label string, m funding.Money) {
	fmt.Fprintf(p.w, "  %s %12s\n", term.Pad(label, 36), m.Grouped())
}
