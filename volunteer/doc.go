// Package volunteer models volunteer service in the community: the
// volunteers (志愿者) and their teams, the record of service hours
// (志愿服务记录), star levels (星级志愿者), the service orders residents place
// (点单-派单-接单), and the dual reporting of serving party members and
// their units to the communities they live in or work with (双报到,
// 共驻共建).
//
// # Volunteers, teams and activities
//
// A [Volunteer] is a person registered on a day, by themselves or through
// an organisation, with the skills they offer; the age comes from the
// identity number. Volunteer service is voluntary and unpaid, and tasks
// must fit the volunteer (志愿服务条例 2017). A minor serves only with the
// guardian's consent and never in an emergency rescue (应急救援), as the
// regulations of Zhejiang, Shandong and Shanghai provide. A [Team]
// (志愿服务队) serves in one field ([Kind]) — Xibei street's five: safety,
// enterprise services, employment help, elderly care, health — and is
// organised by a unit. An [Activity] (志愿服务活动) is organised by a body,
// perhaps through a team; a risky one needs accident insurance.
// [Eligibility] reports every reason a volunteer may not serve in an
// activity at once.
//
// # The service-hours ledger
//
// The [Ledger] is the record of service hours, kept truthfully, accurately,
// completely, free and in time (民政部 2021 志愿服务记录与证明出具办法).
// Whoever organises records (谁组织谁记录): only an activity's organiser
// grants hours for it. Travel does not count. The ledger is append-only —
// a wrong grant is voided, a correction on the volunteer's request voids and
// grants anew, and nothing is ever deleted — and idempotent: a repeated
// request with the same key returns the first result. Totals per volunteer
// and per team cover any period; a [Certificate] (志愿服务证明) states only
// what the ledger holds, and only for the issuer's own activities
// (谁记录谁证明).
//
// # Star levels
//
// Cumulative hours earn star levels ([Policy.StarFor]: 100, 300, 600, 1,000
// and 1,500 hours for one to five stars). A [StarAward] is nominated when
// the hours reach the next level, published for five workdays (公示), and
// conferred when no objection stands; a sustained objection withdraws it.
// A finding of falsified hours ([Ledger.Falsify]) voids the false grants
// and bars the volunteer from stars for one to three years. The award's
// workflow is drawn in star_award.mmd:
//
//	[*] --> eligible --publish--> published --confer--> awarded --revoke--> revoked
//	published --object--> objected --dismiss--> published
//	objected --sustain--> withdrawn; eligible, published, objected --withdraw--> withdrawn
//
// # Service orders
//
// Zhangzhou's 群众点单、支部下单、党员接单: a resident places a need
// ([Place]), the party branch dispatches it (派单) to a party member, a
// volunteer or a team, who take it (接单) or decline it, complete it, and
// the resident rates it; the resident may cancel it until it is taken. An
// [Order] must be taken within the policy's hours of dispatch and done by
// the day wanted; [OverdueOrders] lists the late ones. The hours served on
// an order go to the ledger through [Ledger.GrantOrder], keyed by the order.
// The workflow is drawn in order.mmd:
//
//	[*] --> placed --dispatch--> dispatched --take--> taken --complete--> done --rate--> rated
//	dispatched --decline--> placed; placed, dispatched --cancel--> cancelled
//
// # Dual reporting
//
// Serving party members report to their home communities
// (在职党员到社区报到) with the services they take up ([MemberReport]), and units sign
// co-building agreements with communities (共驻共建协议, [Agreement]) with
// three lists: needs and resources, activities and services, assessment.
// Each year [MemberReport.Check] and [Agreement.Check] compare what was
// promised with what the ledger and the orders show was done; [CheckAll]
// makes a district's checks at once, in one pass over the ledger and one
// over the orders.
//
// Every number above is a field of [Policy]; [DefaultPolicy] names the
// sources.
package volunteer
