// Package dispute models people's mediation (人民调解) under the People's
// Mediation Law of 2010 (人民调解法): the cases a mediation committee
// (人民调解委员会) takes on, from registration to the closed file, the
// agreements they end in, the window for judicial confirmation, the risk
// grading that sends a case to the police, and the monthly statistics.
//
// # Committees
//
// A residents' or villagers' committee, a township or street, an enterprise
// or an industry body sets up a committee of three to nine members
// (委员), women among them, elected for three-year terms. Committee.Check
// holds one to those rules (CommitteeRules, DefaultCommitteeRules) on a
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
// Register validates the Intake — at least two parties (当事人), each a
// person or an organisation with its unified social credit code — and opens
// the case.
//
// The committee accepts it (受理) or declines it (不予受理): outside its
// remit, or already before a court or an arbitration body. If a party
// explicitly refuses mediation, it does not take place (人民调解法 §17):
// Refuse records that and ends the case. Once accepted, members are assigned
// as mediators (人民调解员) — the parties may ask for one (§23), and one who is
// a party or related to a party must stand aside (回避) — and sessions
// (调解会) are recorded, public or private as the parties choose. A
// mediation is due within one month of acceptance, and may be extended once
// at the request of every party (Policy.MediationMonths, Extend, Overdue).
//
// Mediation ends in an agreement (调解协议, Agree) or without one (终止调解,
// Terminate), in which case the parties are told of the other routes open to
// them — arbitration, administrative bodies, the courts, legal aid (§26).
// An agreement must be written when a party asks, when it is not performed
// on the spot, or when the case is major or complex (Policy.WrittenRequired);
// a written agreement takes effect when the parties and the mediator have
// signed and the committee's seal is set (Sign, SignMediator, Seal), an oral
// one when it is reached. Then comes performance (Perform) or its failure
// and what followed (Breach), the follow-up visit (回访, Visit) and the
// closed file (结案归档, Close).
//
// Within thirty days of the agreement taking effect the parties may apply
// together to a court for judicial confirmation (司法确认, §33;
// ConfirmationDeadline, ApplyForConfirmation), except for agreements on an
// identity, adoption or marriage relationship itself. The court accepts or
// not within three days and decides within fifteen, extendable by ten
// (RecordRuling).
//
// A case may be graded yellow, orange or red for risk (RiskRules): red means
// it may turn into a public-security or criminal case (民转刑), and it must be
// reported to the police (§25, ReportToPolice) before anything else happens
// to it. Cases kept from turning criminal are recorded (Defuse) and counted.
//
// The workflow is a table (CaseTransitions), drawn in case.mmd:
//
//	https://github.com/jiceng/jiceng/blob/main/dispute/case.mmd
//
// Every verb either applies completely — new state, one new history step —
// or returns an error wrapping governance.ErrInvalidTransition and changes
// nothing; a *StepError also carries the problems that refused it. Stored
// cases come back through RestoreCase or JSON, which check their structure.
// A case's JSON shows identity numbers and phones masked, as
// governance.ResidentID and governance.Phone always render: storage
// adapters that must keep them use Case.Record and RestoreCase.
//
// # Statistics
//
// Tally counts cases in one pass — registered, accepted, agreed,
// terminated, performed, prevented from turning criminal, group disputes
// (群体性纠纷) — in total and by category, channel, source and outcome, with
// referrals by referring body and the success rate.
package dispute
