// Package funding is the money side of grassroots governance: amounts of
// renminbi, the pay of community workers on the three-post eighteen-grade
// scale (三岗十八级), the monthly payroll, and the budgets of streets and
// communities with the ledger that executes them.
//
// # Money
//
// [Money] is an exact amount in yuan with two places (元, 角 and 分 — fen).
// Inside it is a whole number of fen, so sums and comparisons never round
// and no float64 is ever involved; at the edges it converts to and from
// shopspring/decimal ([FromDecimal], [Money.Decimal]). Text and JSON are
// always "1234.50", quoted in JSON, whatever the decimal library's
// process-wide settings. Multiplication by a [Rate] (a pay coefficient, a
// share) rounds once, half-up (四舍五入) unless [RoundHalfEven] is asked for,
// and [Allocate] divides a total by largest remainder so the parts add up
// exactly. [Money.Uppercase] writes the uppercase amount (大写金额) that
// cheques, receipts and vouchers carry, by the rules of the People's Bank's
// 支付结算办法 (附件一), and [Money.Display] the grouped form a report shows
// (¥2,336,400.00).
//
// A Money's magnitude is at most [MaxMoney], 999,999,999,999,999.99 yuan:
// just under a thousand trillion (千万亿), a million times any public
// budget, and no more than the uppercase form can write. [ParseMoney], [FromFen],
// [FromDecimal] and the multiplications return an error wrapping
// [ErrOutOfRange] beyond it, and text with a third decimal place is an
// error wrapping [ErrInvalidAmount], never rounded away. Add and Sub panic
// beyond the bound, as integer division by zero does, since no sum of real
// amounts comes near it; the budget ledger and the payroll check their
// running totals instead, so data from outside never makes them panic.
//
// # The pay scale
//
// Community workers (社区工作者) are paid by post and grade. There are three
// posts ([Post]): the head (正职 — the community party secretary, 书记, and
// the residents' committee director, 主任), the deputies (副职) and the
// other staff (其他工作人员); each post spans a range of grades out of
// eighteen (head 7–18, deputy 4–15, staff 1–12). Monthly post pay is a
// base amount times the coefficient of the post and grade (岗位等级系数). A worker
// starts at the bottom of the post's range, lifted by education (学历: a
// bachelor's degree one grade, a master's two, a doctorate three), and moves
// up one grade on 1 January after every three full years with a passing
// annual assessment (年度考核); two excellent years in a row bring a step a
// year early, at most twice. On top come the social-work certificate
// allowance (职业资格津贴) and, in some cities, an allowance for a secretary
// who is also the director (书记、主任“一肩挑”). Post pay is split into a
// basic part (基础工资) and a performance part (绩效工资) paid at the share of
// the last assessment band; a new worker is on probation (试用期) at a
// reduced rate.
//
// A [PayScale] holds all of this as data for one day; changes over time are
// a governance.Schedule[PayScale], and different cities keep different
// schedules ([Scales]). [DefaultPayScale] is Benxi's base of 3,400 yuan with
// an illustrative coefficient table on the [DefaultGradeRanges];
// [DefaultPaySchedule] puts it in force from 1 January 2023.
//
// # Payroll
//
// A [Worker] is a community worker as the payroll sees them: the unit that
// pays them, the day they were hired (and left), their education and
// social-work certificate, their posts over time ([Tenure]) and their
// annual assessments ([Assessment]); [WorkerOf] builds one from the
// register's person and post, and [PostOf] maps a role to its pay post.
// [PayScale.GradeOn] follows a worker's career to the grade they hold on a
// day, and [PayScale.Progression] lists every step and why it came;
// [PayScale.Payslip] computes one worker's month (工资条).
//
// [RunPayroll] pays a whole roster for a month: every worker employed on
// the month's first day — one hired in the middle of the month is paid
// from the next — under the scale in force that day for their unit
// ([Scales.At]: the unit's own schedule, else its nearest ancestor's, else
// the schedule of the empty code). The [Payroll] holds the payslips in
// roster order, the totals by unit and by post, and the grand total. A
// worker who cannot be paid — no scale in force, a scale that does not
// validate, a grade outside the post's range, an amount out of range —
// gives a problem with the path roster[i], and the run goes on with the
// others. [RaiseCost] answers the question a finance bureau asks first:
// what does a raise cost in a year?
//
// # Budgets
//
// A [Budget] (预算) is one unit's budget for one year: lines by
// classification (staff pay, grid allowances, service-the-people funds
// 服务群众专项经费, party-building funds 党建经费, facilities, a street's block
// grant) and by funding source (city, county or district, street). The
// budget is approved (批复), may be revised (调整, with an approver and a
// reason), is allocated to lower units (下达) and executed by expenditures
// (支出). Money follows duties down to the street and community — 权随责走、
// 费随事转: power goes with responsibility, funds with the work. Rigid
// expenditures (刚性支出) are reimbursed at cost (实报实销) even when they
// overrun the allocation; the overrun is recorded and flags the line for
// revision. Nothing is deleted: a correction is a reversing entry (冲正).
// [Budget.Execution] reports execution (预算执行情况) by line, unit and
// source. A budget stores as a [BudgetRecord] and loads with
// [RestoreBudget], which replays its history with every check.
//
// The budget's workflow ([BudgetTransitions]) is drawn in budget.mmd, in
// this directory; the tests regenerate the file from the table and fail
// when it is out of date:
//
//	stateDiagram-v2
//	    [*] --> open
//	    open --> open : allot
//	    open --> open : spend
//	    open --> open : revise
//	    open --> open : reverse
//	    open --> closed : close
//	    closed --> [*]
package funding
