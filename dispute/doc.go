// Package dispute models people's mediation (人民调解) under the People's
// Mediation Law of 2010 (人民调解法): the cases a mediation committee
// (人民调解委员会) takes on, from registration to the closed file, the
// agreements they end in, the window for judicial confirmation, the risk
// grading that sends a case to the police, and the monthly statistics.
//
// # Committees
//
// A residents' or villagers' committee, a township or street, an enterprise
// or an industry body sets up a committee of three to nine members (委员),
// women among them, elected for three-year terms. [Committee.Check] holds a
// committee to those rules ([CommitteeRules], [DefaultCommitteeRules]) on a
// given day.
//
// # Cases
//
// A dispute reaches the committee on a party's application (申请调解), on the
// committee's own initiative (主动调解), or referred (移送调解) by another
// body: the 110 police line passing on a matter that is not police work
// (110非警务警情), the 12345 and 12348 hotlines, a court before litigation
// (诉前委派), a petition office (信访部门), or a grid work order. It runs in one
// of the channels of the three linked mediations (三调联动: people's,
// administrative and judicial mediation) or their links with industry and
// professional mediation, the police (警调对接) and petitions (访调对接).
// [Register] validates the [Intake] — at least two parties (当事人), each a
// person or an organisation with its unified social credit code — and opens
// the case under a [Policy].
//
// The committee accepts it (受理, [Case.Accept]) or declines it (不予受理,
// [Case.Decline]): outside its remit, or already before a court or an
// arbitration body. If a party explicitly refuses mediation, it does not
// take place (人民调解法 §17): [Case.Refuse] records that and ends the case.
// Once accepted, members are assigned as mediators (人民调解员,
// [Case.Assign]) — the parties may ask for one (§23), and one who is a party
// or related to a party must stand aside (回避) — and sessions (调解会,
// [Case.Hold]) are recorded, public or private as the parties choose. A
// mediation is due within one month of acceptance and may be extended once
// at the request of every party ([Case.Due], [Case.Extend],
// [Case.Overdue]).
//
// Mediation ends in an agreement (调解协议, [Case.Agree]) or without one
// (终止调解, [Case.Terminate]), in which case the parties are told of the
// other routes open to them — arbitration, administrative bodies, the
// courts, legal aid (§26). An agreement must be written when a party asks,
// when it is not performed on the spot, or when the case is major or complex
// ([Policy.WrittenRequired]); a written agreement takes effect when the
// parties and the mediator have signed and the committee's seal is set
// ([Case.Sign], [Case.SignMediator], [Case.Seal]), an oral one when it is
// reached. Then come performance ([Case.Perform]) or its failure and what
// followed ([Case.Breach]), the follow-up visit (回访, [Case.Visit]) and the
// closed file (结案归档, [Case.Close]).
//
// Within thirty days of the agreement taking effect the parties may apply
// together to a court for judicial confirmation (司法确认, §33;
// [Case.ConfirmationDeadline], [Case.ApplyForConfirmation]), except for
// agreements on an identity, adoption or marriage relationship itself. The
// court accepts or not within three days and decides within fifteen,
// extendable by ten ([Case.RecordRuling]).
//
// # Deadlines
//
// Periods are counted from the day after the event that starts them, in
// days or months (民法典 arts. 200–202), and a period's last day ends at
// midnight (art. 203: 期间的最后一日的截止时间为二十四时). Every deadline the
// package stores — [Case.Due], [Case.ConfirmationDeadline], a
// [Confirmation]'s AcceptBy and DecideBy — is therefore an instant: the
// midnight that ends the last day, 00:00 of the day after it, in the
// location of the instant the period was counted from. A step at that
// instant is late. [LastDay] gives the last day itself, for display: due
// at 2025-03-01 00:00, a mediation must be settled by the end of
// 2025-02-28.
//
// # Risk
//
// A case may be graded yellow, orange or red for risk ([RiskRules]): red
// means it may turn into a public-security or criminal case (民转刑), and it
// must be reported to the police (§25, [Case.ReportToPolice]) before
// anything else happens to it. Cases kept from turning criminal are
// recorded ([Case.Defuse]) and counted.
//
// # The workflow
//
// The workflow is a table ([CaseTransitions]) drawn in case.mmd, a Mermaid
// state diagram generated from the table and checked by a test. Its main
// paths:
//
//	[*] --> registered --accept--> accepted --hold--> mediating --agree--> agreed
//	agreed --perform--> performed --visit--> visited --close--> closed
//	agreed --breach--> unperformed --visit--> visited
//	registered --decline--> declined; registered, accepted --refuse--> refused
//	accepted, mediating, agreed --terminate--> terminated --close--> closed
//
// Assign, extend, sign, sign_mediator, seal, apply_confirmation and rule are
// steps that keep the state; grade_risk, report_police and defuse are
// allowed in every state that is not final.
//
// Every verb either applies completely — new state, one new history [Step]
// — or returns an error wrapping governance.ErrInvalidTransition and
// changes nothing; a [*StepError] also carries the problems that refused
// it. Each step names who took it — the committee ([ActorCommittee] until
// it has accepted the case), a party, the mediator, the court, or the
// parties together ([ActorParties]) — and the steps whose meaning a caller
// does not write carry a note from the library: an assignment names the
// mediator, an application the court, a ruling the ruling.
//
// # Storage and display
//
// The parties' identity numbers and phones are personal data, and the two
// ways out of a case treat them differently:
//
//   - Storage: [Case.Record] returns a [CaseRecord], which holds each party
//     as a [PartyRecord] with its person as a governance.PersonRecord —
//     the numbers in full. Write its JSON, and load it with [RestoreCase]
//     (or json.Unmarshal into a Case), which checks the structure and parses
//     the numbers again. The round trip is lossless. A record is personal
//     data: keep it only where the numbers may be kept.
//   - Display: a case's own JSON ([Case.MarshalJSON]), like every automatic
//     rendering of personal data, masks the numbers ("110*************2X",
//     "138****8000"). It has the record's shape, but once a party carries a
//     number it cannot be loaded back: never store it.
//
// # Statistics
//
// [Tally] counts cases in one pass — registered, accepted, agreed,
// terminated, performed, prevented from turning criminal, group disputes
// (群体性纠纷) — in total and by category, channel, source and outcome, with
// referrals by referring body and the success rate ([Statistics]).
package dispute
