package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/jiceng/jiceng/examples/internal/term"
	"github.com/jiceng/jiceng/funding"
	"github.com/jiceng/jiceng/grid"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

var (
	zh = language.SimplifiedChinese
	en = language.English
)

// printer renders a report in one language.
type printer struct {
	w   io.Writer
	tag language.Tag
	col *collate.Collator // pinyin order; one per printer, never shared
}

func newPrinter(w io.Writer, tag language.Tag) *printer {
	return &printer{w: w, tag: i18n.Lang(tag), col: collate.New(language.Chinese)}
}

func (p *printer) text(key string, args ...any) string { return i18n.Text(p.tag, key, args...) }

func (p *printer) line(key string, args ...any) { fmt.Fprintln(p.w, p.text(key, args...)) }

func (p *printer) section(key string) {
	title := p.text(key)
	fmt.Fprintf(p.w, "\n%s\n%s\n", title, strings.Repeat("=", term.Width(title)))
}

func (p *printer) table(t *table) { t.write(p.w) }

// group writes n with its thousands grouped: 12,345.
func group(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func percent(f float64) string { return strconv.FormatFloat(100*f, 'f', 1, 64) + "%" }

func (p *printer) money(m funding.Money) string { return m.Display(p.tag) }

func (p *printer) yesNo(b bool) string {
	if b {
		return p.text("report.word.yes")
	}
	return p.text("report.word.no")
}

// department names a department in the report's language, or gives its
// identifier when the report has no name for it.
func (p *printer) department(d grid.Department) string {
	key := "report.department." + strings.ReplaceAll(string(d), "-", "_")
	if _, ok := i18n.Lookup(key); ok {
		return p.text(key)
	}
	return string(d)
}

// byName sorts rows by their first cell in pinyin order.
func (p *printer) byName(rows [][]string) {
	slices.SortStableFunc(rows, func(a, b []string) int { return p.col.CompareString(a[0], b[0]) })
}

// problems prints the problems of a check, one line per code with how many
// and the first as an example.
func (p *printer) problems(cs []CodeCount) {
	if len(cs) == 0 {
		p.line("report.problems.none")
		return
	}
	for _, c := range cs {
		fmt.Fprintf(p.w, "  [%s] %s × %s\n", c.Severity.Label(p.tag), c.Code, group(c.Count))
		fmt.Fprintf(p.w, "      %s\n", c.Example.Message(p.tag))
	}
}

func (p *printer) report(r *Report) {
	name := r.Name
	if p.tag == en {
		name = r.NameEN
	}
	title := p.text("report.heading.title", name, strconv.Itoa(r.Year))
	fmt.Fprintf(p.w, "%s\n%s\n", title, strings.Repeat("#", term.Width(title)))
	p.line("report.heading.meta", string(r.Code), strconv.FormatUint(r.Seed, 10))
	p.line("report.heading.source", r.Source)
	if r.Notes != "" {
		p.line("report.heading.notes", r.Notes)
	}
	p.units(r)
	p.staffing(r)
	p.party(r)
	p.grids(r)
	p.appeals(r)
	p.calls(r)
	p.disputes(r)
	p.volunteers(r)
	p.payroll(r)
	p.budget(r)
}

func (p *printer) units(r *Report) {
	u := r.Units
	p.section("report.section.units")
	p.line("report.units.summary", u.Streets, u.Communities, u.Villages, u.Grids, u.Households, u.Residents, u.People, u.Posts)
	p.problems(u.Problems)
}

func (p *printer) staffing(r *Report) {
	s := r.Staffing
	p.section("report.section.staffing")
	p.line("report.staffing.rule", s.Rule, s.Source)
	sr := s.Report
	p.line("report.staffing.totals", sr.Required, sr.Actual, sr.Short, sr.ShortCommunities, len(sr.Communities))
	p.line("report.staffing.leaders", sr.SecretaryDirectors, percent(sr.SecretaryDirectorRatio()), sr.FirstSecretaries)
	t := newTable(p.text("report.col.community"), p.text("report.col.code"), p.text("report.col.households"),
		p.text("report.col.residents"), p.text("report.col.required"), p.text("report.col.actual"),
		p.text("report.col.short"), p.text("report.col.secretary_director"), p.text("report.col.first_secretary")).alignRight(2, 3, 4, 5, 6)
	var rows [][]string
	for _, c := range sr.Communities {
		short := ""
		if c.Short > 0 {
			short = strconv.Itoa(c.Short)
		}
		rows = append(rows, []string{s.Names[c.Unit], string(c.Unit), group(c.Households), group(c.Residents),
			strconv.Itoa(c.Required), strconv.Itoa(c.Actual), short, p.yesNo(c.SecretaryDirector), p.yesNo(c.FirstSecretary)})
	}
	p.byName(rows)
	for _, row := range rows {
		t.add(row...)
	}
	p.table(t)
}

func (p *printer) party(r *Report) {
	p.section("report.section.party")
	t := newTable(p.text("report.col.kind"), p.text("report.col.count")).alignRight(1)
	for _, k := range r.Party.Kinds {
		t.add(k.Kind.Label(p.tag), group(k.Count))
	}
	p.table(t)
	p.line("report.party.members", r.Party.Members)
	p.problems(r.Party.Problems)
}

func (p *printer) grids(r *Report) {
	p.section("report.section.grids")
	p.line("report.grids.sizing", r.Grids.Grids)
	p.problems(r.Grids.Sizing)
	p.line("report.grids.teams", r.Grids.Team)
	p.problems(r.Grids.Teams)
}

func (p *printer) rateCells(rt grid.Rates) []string {
	return []string{group(rt.Reviewed), percent(rt.Response), percent(rt.Resolution), percent(rt.Satisfaction),
		percent(rt.Composite), percent(rt.OnTimeAcceptance), percent(rt.OnTimeResolution)}
}

func (p *printer) rateHeader(first string, extra ...string) *table {
	cols := append([]string{first, p.text("report.col.reviewed"), p.text("report.col.response"), p.text("report.col.resolution"),
		p.text("report.col.satisfaction"), p.text("report.col.composite"), p.text("report.col.on_time_acceptance"),
		p.text("report.col.on_time_resolution")}, extra...)
	t := newTable(cols...)
	for i := 1; i < len(cols); i++ {
		t.alignRight(i)
	}
	return t
}

func (p *printer) appeals(r *Report) {
	a := r.Appeals
	p.section("report.section.appeals")
	p.line("report.appeals.summary", a.Opened, a.Overdue)
	t := newTable(p.text("report.col.state"), p.text("report.col.count")).alignRight(1)
	for _, s := range a.ByState {
		t.add(s.State.Label(p.tag), group(s.Count))
	}
	p.table(t)
	fmt.Fprintln(p.w)
	t = p.rateHeader(p.text("report.col.scope"))
	t.add(append([]string{p.text("report.word.all")}, p.rateCells(a.Rates)...)...)
	p.table(t)
	fmt.Fprintln(p.w)
	t = p.rateHeader(p.text("report.col.street"), p.text("report.col.overdue"))
	var rows [][]string
	for _, s := range a.ByStreet {
		rows = append(rows, append(append([]string{s.Name}, p.rateCells(s.Rates)...), group(s.Overdue)))
	}
	p.byName(rows)
	for _, row := range rows {
		t.add(row...)
	}
	p.table(t)
	fmt.Fprintln(p.w)
	overdue := make(map[grid.Department]int)
	for _, d := range a.OverdueBy {
		overdue[d.Department] = d.Count
	}
	t = p.rateHeader(p.text("report.col.department"), p.text("report.col.overdue"))
	rows = rows[:0]
	for _, g := range a.ByDept {
		rows = append(rows, append(append([]string{p.department(g.Key)}, p.rateCells(g.Rates)...), group(overdue[g.Key])))
	}
	p.byName(rows)
	for _, row := range rows {
		t.add(row...)
	}
	p.table(t)
}

func (p *printer) calls(r *Report) {
	p.section("report.section.calls")
	t := newTable(p.text("report.col.department"), p.text("report.col.summoned"), p.text("report.col.on_time"),
		p.text("report.col.late"), p.text("report.col.missing"), p.text("report.col.rate")).alignRight(1, 2, 3, 4, 5)
	var rows [][]string
	for _, c := range r.Calls {
		rows = append(rows, []string{p.department(c.Department), group(c.Summoned), group(c.OnTime), group(c.Late), group(c.Missing), percent(c.Rate)})
	}
	p.byName(rows)
	for _, row := range rows {
		t.add(row...)
	}
	p.table(t)
}

func (p *printer) disputes(r *Report) {
	d := r.Disputes
	p.section("report.section.disputes")
	p.line("report.disputes.summary", d.Total.Registered, d.Total.Accepted, d.Total.Agreed, d.Total.Terminated,
		d.Total.Performed, percent(d.Total.SuccessRate()), d.Total.Prevented, d.Total.Group)
	t := newTable(p.text("report.col.category"), p.text("report.col.registered"), p.text("report.col.agreed"),
		p.text("report.col.terminated"), p.text("report.col.performed"), p.text("report.col.success_rate")).alignRight(1, 2, 3, 4, 5)
	for _, c := range d.Categories {
		t.add(c.Category.Label(p.tag), group(c.Counts.Registered), group(c.Counts.Agreed), group(c.Counts.Terminated),
			group(c.Counts.Performed), percent(c.Counts.SuccessRate()))
	}
	p.table(t)
	fmt.Fprintln(p.w)
	t = newTable(p.text("report.col.outcome"), p.text("report.col.count")).alignRight(1)
	for _, o := range d.Outcomes {
		t.add(o.Outcome.Label(p.tag), group(o.Count))
	}
	p.table(t)
	fmt.Fprintln(p.w)
	t = newTable(p.text("report.col.referred_by"), p.text("report.col.count")).alignRight(1)
	for _, b := range d.Referrals {
		t.add(b.Body.Label(p.tag), group(b.Count))
	}
	p.table(t)
}

func (p *printer) volunteers(r *Report) {
	v := r.Volunteers
	p.section("report.section.volunteers")
	p.line("report.volunteers.summary", v.Registered, v.Active, group(int(v.Hours)))
	t := newTable(p.text("report.col.field"), p.text("report.col.hours")).alignRight(1)
	for _, k := range v.ByKind {
		t.add(k.Kind.Label(p.tag), group(int(k.Hours)))
	}
	p.table(t)
	fmt.Fprintln(p.w)
	t = newTable(p.text("report.col.star"), p.text("report.col.volunteers")).alignRight(1)
	for _, s := range v.Stars {
		t.add(s.Star.Label(p.tag), group(s.Count))
	}
	p.table(t)
	fmt.Fprintln(p.w)
	t = newTable(p.text("report.col.order_state"), p.text("report.col.count")).alignRight(1)
	for _, o := range v.Orders {
		t.add(o.State.Label(p.tag), group(o.Count))
	}
	p.table(t)
	p.line("report.volunteers.overdue", v.Overdue)
	p.line("report.volunteers.dual", v.Members, v.MembersMet, v.Units, v.UnitsMet)
}

func (p *printer) payroll(r *Report) {
	pr := r.Payroll
	p.section("report.section.payroll")
	t := newTable(p.text("report.col.post"), p.text("report.col.workers"), p.text("report.col.year_total")).alignRight(1, 2)
	for _, pt := range pr.ByPost {
		t.add(pt.Post.Label(p.tag), group(pt.Workers), p.money(pt.Total))
	}
	p.table(t)
	p.line("report.payroll.total", pr.Workers, p.money(pr.Total), pr.Total.Uppercase())
	p.problems(pr.Problems)
}

func (p *printer) budget(r *Report) {
	b := r.Budget
	p.section("report.section.budget")
	t := newTable(p.text("report.col.line"), p.text("report.col.source"), p.text("report.col.approved"), p.text("report.col.revised"),
		p.text("report.col.allocated"), p.text("report.col.executed"), p.text("report.col.execution_rate"), p.text("report.col.needs_revision")).alignRight(2, 3, 4, 5, 6)
	rate := func(a funding.Amounts) string {
		if !a.Revised.IsPositive() {
			return "-"
		}
		return percent(float64(a.Executed.InFen()) / float64(a.Revised.InFen()))
	}
	for _, l := range b.Lines {
		t.add(l.Class.Label(p.tag), l.Source.Label(p.tag), p.money(l.Approved), p.money(l.Revised), p.money(l.Allocated),
			p.money(l.Executed), rate(l.Amounts), p.yesNo(l.NeedsRevision))
	}
	t.add(p.text("report.word.total"), "", p.money(b.Total.Approved), p.money(b.Total.Revised), p.money(b.Total.Allocated),
		p.money(b.Total.Executed), rate(b.Total), "")
	p.table(t)
}
