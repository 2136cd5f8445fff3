// Package governance is the shared vocabulary of grassroots governance
// (基层治理) in Chinese cities: where a matter happens, who holds which post
// there, which party organisation leads it, how many workers it needs, what
// may be handed down to it, and on which days. The other packages — grid,
// dispute, volunteer, funding — speak of units, people, days and problems
// in the terms defined here.
//
// # Units and their codes
//
// Administration runs down six levels ([Level]): the province (省), the
// city (地级市), the county level (县级: 市辖区, 县, 县级市 and development
// zones, 开发区/园区), the township level (乡级: 街道, 镇, 乡 and
// farms or forestry bureaus), the village level (村级: urban communities
// run by a residents' committee, 社区/居委会, and villages run by a villagers'
// committee, 村/村委会), and the grid (网格). Below the grid, compounds
// (小区, 村民小组), buildings (楼栋) and entrances (单元) are places where
// people live and volunteers serve, not levels of administration.
//
// Every unit is named by its statistical division code (统计用区划代码,
// [Code]): 12 digits — 2 for the province, 2 city, 2 county, 3 township, 3
// village — whose first six are the GB/T 2260 administrative code. The
// level is that of the last non-zero segment, and the segments' ranges say
// what kind of unit it is ([UnitKind]): a county segment of 01–20 is a city
// district, 21–70 a county, 71–80 a zone, 81–99 a county-level city; a
// township segment of 001–099 a street, 100–199 a town, 200–299 a township;
// a village segment of 001–199 an urban community, 200–399 a village.
// [ParseCode] accepts the short forms (120101 is the district 120101000000)
// and rejects codes no statistical office would issue. A grid has no
// national code: it takes its community's code and a sequence 001–999 of
// its own, 15 digits in all ([GridCode]), so that a grid always belongs to
// exactly one community and the code alone tells what contains it
// ([Code.Contains], [Code.Parent], [Code.Ancestor]).
//
// Grids are comprehensive (综合网格, KindGrid): one grid for every
// purpose (一张网), usually 300–500 urban households; or exclusive (专属网格,
// KindExclusiveGrid), drawn around a school, hospital, park, market or
// enterprise. Both are coded alike; the kind is recorded on the Unit.
//
// A [Hierarchy] holds the units under one root — a province for a provincial
// platform, a street for a street office's — with their names and recorded
// households (户) and residents (人). It refuses a unit whose parent is
// missing or whose kind contradicts its code; it keeps children in code
// order; [Hierarchy.Figures] adds up what a unit does not record itself;
// [Hierarchy.Validate] reports empty names, negative figures and communities whose households
// differ from the sum of their grids'.
//
// # People and posts
//
// A [Person] is anyone the register knows: residents, workers, party
// members, volunteers. A [Post] is a [Role] held in a unit over a span of
// days, From inclusive and Until exclusive. The community's leaders are the
// party secretary (书记) and the director of the residents' or villagers'
// committee (主任) — often one person holding both (一肩挑,
// [SecretaryDirector]) — with deputies and committee members; a higher unit
// may send a first secretary (第一书记). In the grid work the grid worker
// (网格员, full- or part-time), the grid police officer (网格警员), the grid
// chief (网格长, at every tier from the county down: one role, told apart by
// the level of the post), and the building head (楼栋长), entrance head
// (单元长) and household liaison (联户长, one per about ten households,
// 十联户).
//
// Which roles may sit at which levels is data, [RoleLevels]: by
// [DefaultRoleLevels] a grid worker sits at a grid, never at the community
// above it, and a committee member only at a community. [CheckRoster]
// checks people and posts against the hierarchy and the [RosterRules] —
// people without an ID or listed twice, posts of unknown people, at unknown
// units or at a level the role may not sit at, spans that are empty or
// overlap the same post — and reports every problem.
//
// Personal data is masked by default (脱敏). A [ResidentID] (居民身份证号码,
// GB 11643-1999) and a [Phone] print masked in every automatic rendering —
// fmt, JSON, text, slog — and give the full value only through Reveal.
// A Person's own JSON is such a rendering: masked, and so it cannot be read
// back. Storage goes through [PersonRecord], the one value that carries the
// numbers in full: an adapter writes [Person.Record] and loads it with
// [RestorePerson], which parses the numbers again and reports every
// problem. [CreditCode] is an organisation's unified social credit code
// (统一社会信用代码, GB 32100-2015).
//
// # Who may see what
//
// A post carries permissions ([Permission]) within its unit: to see the
// people register (查看人员信息), to see sensitive data — key persons
// (重点人员), the assisted, the disabled (查看敏感信息) — to keep the
// register, to handle work orders, to call departments (吹哨), to approve
// admissions and payroll, to manage budgets, to record mediation and
// volunteer hours. An [AccessPolicy] is a city's table of grants
// ([Grant]): the permissions a role carries at a level. [DefaultAccessPolicy] is an
// illustrative table built on one principle, that people's data is seen
// where the work with them is done: the grid worker and the grid police
// officer see their grid's people, sensitive data included; the community
// secretary sees the community's; a street secretary sees the street's
// people and decides on pay and budgets, but never sees sensitive data;
// building and entrance heads and household liaisons, who are volunteers,
// hold no permission on the register.
//
// [AccessPolicy.Authorize] allows an act on a target unit on a day when one
// of the person's posts allows it: the post is held that day, its unit is
// the target or lies above it, and its role at that unit's level carries
// the permission. A permission never reaches sideways — a grid worker sees
// nothing of the next grid — and it ends with the post. A refusal is a
// [*ForbiddenError] wrapping [ErrForbidden], with its message in both
// languages. [Authorize] decides by the default table, compiled once, and
// allocates nothing when it allows.
//
// # Party organisations
//
// Each level has its party organisation ([PartyOrg], [OrgKind]): a basic
// committee (党委) where there are 100 members or more, a general branch
// (党总支) for 50–100, a branch (党支部) for 3–50, a joint branch
// (联合支部) for units too small to form their own, and party groups (党小组)
// below a branch — in grid governance one per grid or building.
// [PartyRules] holds the thresholds and terms ([DefaultPartyRules], after
// 中国共产党支部工作条例(试行) 2018); [CheckParty] reports a grid without an
// organisation, a branch of the wrong kind for its size, a committee whose
// term has run out.
//
// # Staffing
//
// How many community workers (社区工作者) a community needs is a
// [StaffingRule]: the national floor of 18 per 10,000 urban residents,
// Benxi's per households, Tianjin's "4+N" (four fixed posts and one worker
// per 300 households), Taiyuan's steps by households
// ([NationalStaffingRule], [BenxiStaffingRule], [TianjinStaffingRule],
// [TaiyuanStaffingRule]). [CheckStaffing] counts the people holding a
// counting post on a day — a secretary who is also director once — against
// the rule, community by community.
//
// # Duties and admission
//
// What a street or community must do stands on three lists (三张清单,
// [DutyKind]): its statutory duties (依法履职), the duties it assists a
// department with (协助办理), and the negative list of what may not be
// handed down to it at all (负面清单). A department that wants to hand down
// an item not on the lists must apply for admission (准入): it applies ahead
// of time, the item is approved or rejected within a number of workdays, an
// admitted item may later be revoked, and an urgent one may be admitted
// temporarily. [Duties] answers whether an item may be handed to a unit on
// a day ([Duties.Assign]), and in which part: an item on the negative list
// never, an assisting item never as the unit's main responsibility, an item
// on no list only once admitted; each refusal is an [*AssignError] naming
// its reason. [AdmissionPolicy] holds the deadlines, counted in workdays
// ([DefaultAdmissionPolicy]: Beijing Xicheng, 30 workdays ahead and a
// decision within 15).
//
// An [Admission] runs as a workflow: [Apply] opens it, and each verb
// (approve, reject, admit temporarily, revoke) either applies completely,
// with one step added to its history, or returns an error wrapping
// [ErrInvalidTransition] and changes nothing. The workflow is the table
// [AdmissionTransitions]; the tests draw it as a Mermaid state diagram in
// admission.mmd, in this directory, and fail when the file is out of date.
//
// # Days, workdays and schedules
//
// A Date is a day on the calendar with no time of day and no zone; rules
// speak of days. Working days come from a [Calendar]: [China] knows the State
// Council's holidays and the weekend days made workdays in exchange
// (调休) for the years it embeds, and asking about any other year is an
// error, never a guess. Deadlines in workdays (the admission's, a work
// order's) are counted on it.
//
// Rules change over time. A [Schedule] is a rule's values, each
// [Effective] from one day until another, so that a case is judged by the
// rule in force on its own day ([Schedule.At]): a pay scale raised in July, a staffing ratio
// tightened next year.
//
// # Problems
//
// Checks never stop at the first finding. They return [Problems]: each
// [Problem] has a permanent dotted code ("governance.unit.name_empty"), the
// path of the value at fault by its JSON names ("units[120101001001].name"),
// a severity — an error blocks, a warning informs — and the arguments of
// its message. Problems sort by path, then code; Err is nil when there are
// only warnings; errors.Is and errors.As reach each problem.
// [Problem.Message] renders a problem in Simplified Chinese (zh-Hans; also
// for zh-TW and zh-HK) or English (for every other language) for the
// reader: a role, level or kind shows as its name in that language
// (专职网格员, "full-time grid worker") rather than its token, a day as
// 2006-01-02, and numbers are grouped as each language writes them. The
// arguments themselves keep the values, so a problem's JSON carries the
// tokens.
package governance
