package funding_test

import (
	"errors"
	"fmt"

	"github.com/jiceng/jiceng/funding"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// A community's roles map to the three pay posts: secretary and director
// are the head post, their deputies the deputy post, committee members and
// full-time workers the staff post; other roles are not paid on the scale.
//
// Source: the 2024 意见 on strengthening the community-worker force;
// RULES.md §11.
func ExamplePostOf() {
	for _, r := range []governance.Role{
		governance.RoleSecretary, governance.RoleDeputyDirector, governance.RoleGridWorker,
		governance.RoleGridWorkerPartTime, governance.RoleFirstSecretary,
	} {
		p := funding.PostOf(r)
		if !p.IsValid() {
			fmt.Printf("%-22s not on the scale\n", r)
			continue
		}
		fmt.Printf("%-22s %-7s %s\n", r, p, p.Label(language.SimplifiedChinese))
	}
	// Output:
	// secretary              head    正职
	// deputy_director        deputy  副职
	// grid_worker            staff   其他工作人员
	// grid_worker_part_time  not on the scale
	// first_secretary        not on the scale
}

// The three posts share the eighteen grades in overlapping ranges: the
// head post (正职) runs from grade 7 to 18, the deputy post (副职) from 4
// to 15, the staff post (其他工作人员) from 1 to 12. A grade outside its
// post's range has no pay; where the ranges overlap, a city that keys
// pay by grade alone pays the same grade alike in every post.
//
// Source: the three posts and eighteen grades as used by many cities under
// the 2024 意见 on strengthening the community-worker force (RULES.md §11);
// the coefficients are the illustrative 1.00 + 0.05 × (grade − 1).
func ExampleDefaultGradeRanges_threePostsEighteenGrades() {
	ranges := funding.DefaultGradeRanges()
	for _, r := range ranges {
		fmt.Printf("%-7s grades %2d–%d  %s\n", r.Post.Label(language.English), r.Lowest, r.Highest, r.Post.Label(language.SimplifiedChinese))
	}
	posts, err := funding.CoefficientsByGrade(funding.IllustrativeCoefficients(18), ranges)
	if err != nil {
		panic(err)
	}
	scale := funding.PayScale{Posts: posts}
	for _, c := range []struct {
		post  funding.Post
		grade int
	}{
		{funding.PostHead, 6}, {funding.PostHead, 7}, {funding.PostDeputy, 7}, {funding.PostStaff, 7},
		{funding.PostDeputy, 3}, {funding.PostDeputy, 15}, {funding.PostStaff, 12}, {funding.PostStaff, 13},
	} {
		coefficient, err := scale.Coefficient(c.post, c.grade)
		var p governance.Problem
		if errors.As(err, &p) {
			fmt.Println(p.Message(language.SimplifiedChinese))
			fmt.Println(p.Message(language.English))
			continue
		}
		fmt.Printf("%-6s grade %2d: coefficient %s\n", c.post.Label(language.English), c.grade, coefficient)
	}
	// Output:
	// head    grades  7–18  正职
	// deputy  grades  4–15  副职
	// staff   grades  1–12  其他工作人员
	// grade: 正职岗位的等级为7–18级，不含6级
	// grade: grade 6 lies outside the range 7–18 of the head post
	// head   grade  7: coefficient 1.3
	// deputy grade  7: coefficient 1.3
	// staff  grade  7: coefficient 1.3
	// grade: 副职岗位的等级为4–15级，不含3级
	// grade: grade 3 lies outside the range 4–15 of the deputy post
	// deputy grade 15: coefficient 1.7
	// staff  grade 12: coefficient 1.55
	// grade: 其他工作人员岗位的等级为1–12级，不含13级
	// grade: grade 13 lies outside the range 1–12 of the staff post
}

// Each post spans its own range of the eighteen grades — head 7–18, deputy
// 4–15, staff 1–12 — and education lifts the starting grade within it: a
// bachelor's degree by one grade, a master's by two, a doctorate by three.
// Every three counted years add a grade, never beyond the range.
//
// Source: RULES.md §11 (grade ranges as used by many cities; education
// uplift from a Shandong city).
func ExamplePayScale_Grade_educationUplift() {
	s := funding.DefaultPayScale()
	for _, e := range []governance.Education{governance.EducationCollege, governance.EducationBachelor, governance.EducationMaster, governance.EducationDoctor} {
		fmt.Printf("%-9s staff %2d  deputy %2d  head %2d\n", e,
			s.Grade(funding.PostStaff, 0, e), s.Grade(funding.PostDeputy, 0, e), s.Grade(funding.PostHead, 0, e))
	}
	fmt.Println("staff, college, 9 counted years:", s.Grade(funding.PostStaff, 9, governance.EducationCollege))
	fmt.Println("staff, doctor, 30 counted years:", s.Grade(funding.PostStaff, 30, governance.EducationDoctor))
	// Output:
	// college   staff  1  deputy  4  head  7
	// bachelor  staff  2  deputy  5  head  8
	// master    staff  3  deputy  6  head  9
	// doctor    staff  4  deputy  7  head 10
	// staff, college, 9 counted years: 4
	// staff, doctor, 30 counted years: 12
}

// Monthly post pay is the base times the coefficient of the post and grade.
// The default base is Benxi's 3,400 yuan; the coefficients 1.00 + 0.05 ×
// (grade − 1) are illustrative. Outside a post's range there is no pay.
//
// Source: Benxi (local): base 3,400 yuan from 2023-01-01; coefficients
// illustrative (RULES.md §11).
func ExamplePayScale_Monthly_benxiBase() {
	s := funding.DefaultPayScale()
	for _, pg := range []struct {
		post  funding.Post
		grade int
	}{{funding.PostStaff, 1}, {funding.PostStaff, 12}, {funding.PostDeputy, 4}, {funding.PostHead, 18}, {funding.PostStaff, 13}} {
		m, err := s.Monthly(pg.post, pg.grade)
		var p governance.Problem
		if errors.As(err, &p) {
			fmt.Println(p.Message(language.SimplifiedChinese))
			fmt.Println(p.Message(language.English))
			continue
		}
		fmt.Printf("%-6s %2d %s\n", pg.post, pg.grade, m)
	}
	// Output:
	// staff   1 3400.00
	// staff  12 5270.00
	// deputy  4 3910.00
	// head   18 6290.00
	// grade: 其他工作人员岗位的等级为1–12级，不含13级
	// grade: grade 13 lies outside the range 1–12 of the staff post
}

func printProgression(s funding.PayScale, w funding.Worker, on governance.Date) {
	steps, err := s.Progression(w, on)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range steps {
		fmt.Printf("%s %-6s %2d %s\n", p.On, p.Post, p.Grade, p.Reason.Label(language.SimplifiedChinese))
	}
}

// A worker moves up one grade on 1 January after every three full years
// with a passing assessment. A failing year does not count: it is skipped,
// and the years around it still add up. The first, partial year after
// hiring never counts.
//
// Source: RULES.md §11 (three-year steps; a failing year does not count in
// Benxi).
func ExamplePayScale_Progression_failingYear() {
	s := funding.DefaultPayScale()
	hired := governance.MustParseDate("2016-07-01")
	w := funding.Worker{
		Person: "li", Unit: governance.MustParseCode("210502001001"), HiredOn: hired,
		Education: governance.EducationBachelor,
		Posts:     []funding.Tenure{{From: hired, Post: funding.PostStaff}},
		Assessments: []funding.Assessment{
			{Year: 2016, Band: funding.BandPass}, // partial year
			{Year: 2017, Band: funding.BandPass},
			{Year: 2018, Band: funding.BandPass},
			{Year: 2019, Band: funding.BandPass}, // third counted year: a step on 2020-01-01
			{Year: 2020, Band: funding.BandFail}, // does not count
			{Year: 2021, Band: funding.BandPass},
			{Year: 2022, Band: funding.BandPass},
			{Year: 2023, Band: funding.BandPass}, // third counted year since the step
			{Year: 2024, Band: funding.BandPass},
		},
	}
	printProgression(s, w, governance.MustParseDate("2025-06-30"))
	// Output:
	// 2016-07-01 staff   2 入职定级
	// 2020-01-01 staff   3 正常晋级
	// 2024-01-01 staff   4 正常晋级
}

// Two excellent years in a row, counted since the last step, bring the
// step a year early — at most twice in a career; after that the worker
// steps every three years again. On a move to another post the worker is
// re-placed without losing pay coefficient.
//
// Source: RULES.md §11.
func ExamplePayScale_Progression_twoExcellentYears() {
	s := funding.DefaultPayScale()
	hired := governance.MustParseDate("2017-01-01")
	w := funding.Worker{
		Person: "zhao", Unit: governance.MustParseCode("210502001001"), HiredOn: hired,
		Education: governance.EducationCollege,
		Posts: []funding.Tenure{
			{From: hired, Post: funding.PostStaff},
			{From: governance.MustParseDate("2023-07-01"), Post: funding.PostDeputy},
		},
	}
	for y := 2017; y <= 2025; y++ {
		w.Assessments = append(w.Assessments, funding.Assessment{Year: y, Band: funding.BandExcellent})
	}
	printProgression(s, w, governance.MustParseDate("2026-01-01"))
	// Output:
	// 2017-01-01 staff   1 入职定级
	// 2019-01-01 staff   2 提前晋级
	// 2021-01-01 staff   3 提前晋级
	// 2023-07-01 deputy  4 岗位变动重新定级
	// 2024-01-01 deputy  5 正常晋级
}

// A payslip splits post pay into the basic part (80% in Benxi) and the
// performance part, paid at the share of the last assessment's band, adds
// the certificate allowance and, for a head who is both secretary and
// director, that allowance; during the first three months pay is 80%.
//
// Source: RULES.md §11 (Benxi's 80/20 split; certificate allowances of 100,
// 200 and 300 yuan; 300 yuan for secretary-and-director in one city;
// probation at 80% for 3 months). Band shares are illustrative.
func ExamplePayScale_Payslip() {
	s := funding.DefaultPayScale()
	hired := governance.MustParseDate("2014-01-01")
	w := funding.Worker{
		Person: "wang", Unit: governance.MustParseCode("210502001001"), HiredOn: hired,
		Education:   governance.EducationMaster,
		Certificate: governance.CertificateIntermediate,
		Posts:       []funding.Tenure{{From: hired, Post: funding.PostHead, SecretaryDirector: true}},
	}
	for y := 2014; y <= 2024; y++ {
		w.Assessments = append(w.Assessments, funding.Assessment{Year: y, Band: funding.BandPass})
	}
	p, err := s.Payslip(w, governance.MustParseDate("2025-03-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %s grade %d, post pay %s\n", p.Month, p.Post.Label(language.SimplifiedChinese), p.Grade, p.PostPay)
	for _, l := range p.Lines() {
		fmt.Printf("  %s (%s): %s\n", l.Kind.Label(language.SimplifiedChinese), l.Kind.Label(language.English), l.Amount)
	}
	fmt.Printf("  合计 (total): %s\n", p.Total)
	// Output:
	// 2025-03-01 正职 grade 12, post pay 5270.00
	//   基础工资 (basic pay): 4216.00
	//   绩效工资 (performance pay): 1054.00
	//   职业资格津贴 (certificate allowance): 200.00
	//   书记主任“一肩挑”津贴 (secretary-and-director allowance): 300.00
	//   合计 (total): 5770.00
}

// What a raise costs: Benxi's 100 yuan a month for each of its 1,947
// community workers came to 2,336,400 yuan a year.
//
// Source: Benxi (report); RULES.md §11.
func ExampleRaiseCost_benxi() {
	cost, _ := funding.RaiseCost(1947, funding.Yuan(100), 12)
	fmt.Println(cost.Display(language.SimplifiedChinese))
	fmt.Println(cost.Uppercase())
	// Output:
	// ¥2,336,400.00
	// 贰佰叁拾叁万陆仟肆佰元整
}

// Benxi's base of 3,400 yuan a month is in force from 1 January 2023 with
// no end: on the last day of 2022 the default schedule has no scale, so a
// payroll for December 2022 needs the city's earlier scale added to it.
//
// Source: Benxi (local, report): community workers' base pay of 3,400 yuan
// a month from 2023-01-01; RULES.md §11.
func ExampleDefaultPaySchedule_benxiFrom2023() {
	schedule := funding.DefaultPaySchedule()
	for _, day := range []string{"2022-12-31", "2023-01-01", "2030-06-01"} {
		s, ok := schedule.At(governance.MustParseDate(day))
		if !ok {
			fmt.Println(day, "no scale in force")
			continue
		}
		fmt.Println(day, "base", s.Base)
	}
	fmt.Println(schedule[0].Source)
	// Output:
	// 2022-12-31 no scale in force
	// 2023-01-01 base 3400.00
	// 2030-06-01 base 3400.00
	// Benxi (local): base 3,400 yuan from 2023-01-01; illustrative coefficients
}

// A payroll run pays every worker employed on the month's first day under
// the scale in force for their unit — here the city's schedule, with a
// district that raised its base in 2025 — totals by unit and by post, and
// reports each worker it cannot pay without stopping.
//
// Source: RULES.md §11 (Benxi's base of 3,400 yuan; the district's raise is
// made up for the example).
func ExampleRunPayroll() {
	city := governance.MustParseCode("210500000000")
	district := governance.MustParseCode("210502000000")
	raised := funding.DefaultPayScale()
	raised.Base = funding.Yuan(3500)
	scales := funding.Scales{
		city:     funding.DefaultPaySchedule(),
		district: {{From: governance.MustParseDate("2025-01-01"), Value: raised, Source: "illustrative raise"}},
	}
	worker := func(id, unit, hired string, post funding.Post) funding.Worker {
		d := governance.MustParseDate(hired)
		return funding.Worker{
			Person: governance.PersonID(id), Unit: governance.MustParseCode(unit), HiredOn: d,
			Education: governance.EducationBachelor, Certificate: governance.CertificateJunior,
			Posts: []funding.Tenure{{From: d, Post: post}},
		}
	}
	roster := []funding.Worker{
		worker("liu", "210502001001", "2023-01-01", funding.PostHead),
		worker("chen", "210502001001", "2024-03-01", funding.PostStaff),
		worker("sun", "210503001001", "2023-01-01", funding.PostStaff),  // another district: the city's scale
		worker("zhou", "120101001001", "2023-01-01", funding.PostStaff), // Tianjin: no scale here
		worker("wu", "210502001002", "2025-06-15", funding.PostDeputy),  // hired mid-month: paid from July
	}
	run := funding.RunPayroll(governance.MustParseDate("2025-06-01"), roster, scales)
	for _, p := range run.Payslips {
		fmt.Printf("%-5s %s %-6s %2d %s\n", p.Person, p.Unit, p.Post, p.Grade, p.Total)
	}
	for _, u := range run.Units {
		fmt.Printf("unit %s: %d workers, %s\n", u.Unit, u.Workers, u.Total)
	}
	for _, p := range run.Posts {
		fmt.Printf("post %s: %d workers, %s\n", p.Post.Label(language.English), p.Workers, p.Total)
	}
	fmt.Println("total", run.Total.Display(language.SimplifiedChinese))
	for _, p := range run.Problems {
		fmt.Println(p.Message(language.SimplifiedChinese))
		fmt.Println(p.Message(language.English))
	}
	// Output:
	// liu   210502001001 head    8 4825.00
	// chen  210502001001 staff   2 3775.00
	// sun   210503001001 staff   2 3670.00
	// unit 210502001001: 2 workers, 8600.00
	// unit 210503001001: 1 workers, 3670.00
	// post head: 1 workers, 4825.00
	// post staff: 2 workers, 7445.00
	// total ¥12,270.00
	// roster[3]: zhou（120101001001）在2025-06-01没有适用的薪酬体系
	// roster[3]: no pay scale is in force for zhou (120101001001) on 2025-06-01
}
