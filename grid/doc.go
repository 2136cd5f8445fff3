// Package grid models the grid (网格), the smallest unit of grassroots
// governance, and the work that flows through it: residents' appeals and
// the events grid workers find, handled as work orders (诉求/工单) from
// intake to review within fixed time; the calls a street makes on district
// departments (吹哨报到); and the rates by which the handling is judged.
//
// # Grids and their teams
//
// A city is drawn into grids under its communities and villages, one grid
// for every purpose (一张网): the party, political-legal, police, civil
// affairs, city-management and petition grids merged into one, as Benxi
// did. A comprehensive grid (综合网格) holds 300–500 urban households, or
// about 300 in a village; an exclusive grid (专属网格) covers one school,
// hospital, park, market or enterprise. CheckSizing reports every grid out
// of its band (SizingPolicy); GridsNeeded plans a re-division.
//
// Each grid has a grid worker (网格员). Below the worker, Benxi names
// building heads (楼栋长) and entrance heads (单元长); Zhangzhou pairs the
// worker with a grid police officer and N specialised teams ("2+N");
// Guiyang Xibei links every ten or so households to a household liaison
// (联户长, 十联户) and puts grid chiefs (网格长) at three tiers — the street
// head as chief grid chief, street leaders as area chiefs, community
// secretaries as grid chiefs. TeamPolicy holds these models as data and
// CheckTeams reports every grid and unit short of them on a day. A grid's
// work falls under six duties (Duty: information collection, public
// sentiment, proxy services, policy publicity, hazard screening, dispute
// resolution), and an item is handed down to a grid only if the duty lists
// admit it (准入; HandDown).
//
// # Work orders
//
// Appeals are answered as soon as they are received (接诉即办). An appeal
// reaches the centre by the 12345 hotline, from a resident, from a grid
// worker's patrol, as a non-police matter passed on by 110, or from a
// street's call. Open takes it in (受理) and sets its due instant from
// the Policy's Limit for its urgency — hours on the clock, or workdays on
// the governance.Calendar, across holidays and make-up workdays. Whoever
// took it in stays responsible for it (首接负责制, Intake.Receiver). A
// Router, a district's dispatch table as data, says which department a
// category goes to at a grid, community or street; an unclear matter goes
// to the district government.
//
// The order is then dispatched (派单, Dispatch) — or, to a department the
// centre designates, Designate —; the department signs for it (签收, Accept) or
// returns it (退单, Return) — which a designated department may not do —
// and may put it on hold (挂账, Suspend). Returned and suspended time does
// not count: when the pause ends the due instant moves later by the paused
// time, in the limit's unit. An extension (延期, Extend) needs an approver
// and a reason. An overdue order is supervised (督办, Supervise). The
// department reports it done (办结, Resolve); the centre calls the caller
// back (回访, Review) at the latest when the limit expires (DueForReview);
// a dissatisfied review sends it back to be done again (退回再办, Reopen),
// a satisfied one lets it close (Close). A consultation may be answered on
// the spot (Answer), an emergency is handed to 110, 119, 120 or 122 at once
// (Transfer), an intake that is not accepted is declined with a notice to
// the caller (不予受理, Decline), and an order that cannot be handled is
// terminated after review (终止, Terminate).
//
// Every verb either applies completely — a new state and one new Step in
// the history, with its instant, actor, due instant and note — or returns
// an error and changes nothing. WorkOrderTransitions is the table; the
// state diagram generated from it is workorder.mmd in this directory. A
// WorkOrder marshals to JSON with its full history and RestoreWorkOrder
// rebuilds one from storage, checking its structure.
//
// # Calls: the street whistles, departments report
//
// Under "街乡吹哨、部门报到" a street calls district departments to a
// matter it cannot solve alone (Raise): a residents' problem, comprehensive
// law enforcement or an emergency (WhistleKind), in one of Heping's five
// categories (CallCategory), and only for an item on the street's whistle
// list. Each department summoned reports (报到, Report) within 30 minutes
// (Pinggu) and stays until the matter is done (Close); Late lists those
// that did not. TimelinessOf sums a department's reports over a period,
// and CallPolicy.Assess weighs the street's assessment of it (40% in
// Heping). The call's diagram is call.mmd.
//
// # Rates
//
// Measure computes, over reviewed orders, the response rate (contacted),
// the resolution rate, the satisfaction rate (0.9 for "basically
// satisfied") and their composite (0.1, 0.5, 0.4), with on-time
// acceptance and on-time resolution (北京市接诉即办工作条例 §32); MeasureBy
// groups them by grid, community, street or department.
//
// Every rule's numbers are data with their source: DefaultSizingPolicy,
// DefaultTeamPolicy and the city models, DefaultPolicy, DefaultRouter and
// DefaultCallPolicy. Nothing here reads the clock: every instant is an
// argument.
package grid
