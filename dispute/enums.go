// The package's enumerations: each is a uint8 whose zero value is unknown
// (invalid), persisted as its snake_case token, with zh-Hans and en labels.

package dispute

import (
	"iter"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Category is the kind of dispute, as the monthly statistics of a city justice
// bureau count them (with housing rental, which the source reports add).
type Category uint8

// Category values.
const (
	CategoryUnknown            Category = iota // invalid
	CategoryMarriageFamily                     // 婚姻家庭纠纷
	CategoryNeighbour                          // 邻里纠纷
	CategoryHousingHomestead                   // 房屋宅基地纠纷
	CategoryContract                           // 合同纠纷
	CategoryBusiness                           // 生产经营纠纷
	CategoryDamages                            // 损害赔偿纠纷
	CategoryForestLand                         // 山林土地纠纷
	CategoryExpropriation                      // 征地拆迁纠纷
	CategoryEnvironment                        // 环境污染纠纷
	CategoryLabour                             // 劳动争议纠纷
	CategoryConsumer                           // 消费纠纷
	CategoryMedical                            // 医疗纠纷
	CategoryRoadAccident                       // 道路交通事故纠纷
	CategoryPropertyManagement                 // 物业纠纷
	CategoryHousingRental                      // 房屋租赁纠纷
	CategoryOther                              // 其他纠纷
)

var categoryTokens = enum.Tokens[Category]{"unknown", "marriage_family", "neighbour", "housing_homestead", "contract", "business", "damages", "forest_land", "expropriation", "environment", "labour", "consumer", "medical", "road_accident", "property_management", "housing_rental", "other"}

// String returns the category's token.
func (c Category) String() string { return categoryTokens.String(c) }

// IsValid reports whether c is a known category.
func (c Category) IsValid() bool { return categoryTokens.Valid(c) }

// MarshalText returns the category's token.
func (c Category) MarshalText() ([]byte, error) { return categoryTokens.Marshal("dispute category", c) }

// UnmarshalText sets c from its token; an unknown token is an error.
func (c *Category) UnmarshalText(b []byte) error {
	return categoryTokens.Unmarshal("dispute category", c, b)
}

// Label returns the name of the category in the language matched for tag.
func (c Category) Label(tag language.Tag) string {
	return i18n.Label(tag, "dispute.category", c.String())
}

// Categories yields every valid category in order.
func Categories() iter.Seq[Category] { return categoryTokens.All() }

// Source says how a dispute came to the committee (人民调解法 §17).
type Source uint8

// Source values.
const (
	SourceUnknown     Source = iota // invalid
	SourceInitiative                // 主动调解: on the committee's own initiative
	SourceApplication               // 申请调解: on a party's application
	SourceReferral                  // 移送/委托调解: referred by another body
)

var sourceTokens = enum.Tokens[Source]{"unknown", "initiative", "application", "referral"}

// String returns the source's token.
func (s Source) String() string { return sourceTokens.String(s) }

// IsValid reports whether s is a known source.
func (s Source) IsValid() bool { return sourceTokens.Valid(s) }

// MarshalText returns the source's token.
func (s Source) MarshalText() ([]byte, error) { return sourceTokens.Marshal("dispute source", s) }

// UnmarshalText sets s from its token; an unknown token is an error.
func (s *Source) UnmarshalText(b []byte) error { return sourceTokens.Unmarshal("dispute source", s, b) }

// Label returns the name of the source in the language matched for tag.
func (s Source) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.source", s.String()) }

// Sources yields every valid source in order.
func Sources() iter.Seq[Source] { return sourceTokens.All() }

// Body is the body that referred a dispute to the committee.
type Body uint8

// Body values.
const (
	BodyUnknown        Body = iota // invalid
	BodyPolice110                  // 110 非警务警情: a non-police matter from the 110 police line
	BodyHotline12345               // 12345 政务服务便民热线
	BodyHotline12348               // 12348 公共法律服务热线
	BodyCourt                      // 人民法院诉前委派: a court, before litigation
	BodyPetitionOffice             // 信访部门: a petition (letters and visits) office
	BodyWorkOrder                  // 网格工单: a work order of the grid platform, named by its ID
)

var bodyTokens = enum.Tokens[Body]{"unknown", "police_110", "hotline_12345", "hotline_12348", "court", "petition_office", "work_order"}

// String returns the body's token.
func (v Body) String() string { return bodyTokens.String(v) }

// IsValid reports whether v is a known body.
func (v Body) IsValid() bool { return bodyTokens.Valid(v) }

// MarshalText returns the body's token.
func (v Body) MarshalText() ([]byte, error) { return bodyTokens.Marshal("dispute body", v) }

// UnmarshalText sets v from its token; an unknown token is an error.
func (v *Body) UnmarshalText(b []byte) error { return bodyTokens.Unmarshal("dispute body", v, b) }

// Label returns the name of the body in the language matched for tag.
func (v Body) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.body", v.String()) }

// Bodies yields every valid body in order.
func Bodies() iter.Seq[Body] { return bodyTokens.All() }

// Channel is the mediation channel a case runs in: the three linked mediations
// (三调联动) and the links beside them.
type Channel uint8

// Channel values.
const (
	ChannelUnknown        Channel = iota // invalid
	ChannelPeople                        // 人民调解
	ChannelAdministrative                // 行政调解
	ChannelJudicial                      // 司法调解
	ChannelIndustry                      // 行业性专业性调解
	ChannelPolice                        // 警调对接: police-mediation link
	ChannelPetition                      // 访调对接: petition-mediation link
)

var channelTokens = enum.Tokens[Channel]{"unknown", "people", "administrative", "judicial", "industry", "police", "petition"}

// String returns the channel's token.
func (c Channel) String() string { return channelTokens.String(c) }

// IsValid reports whether c is a known channel.
func (c Channel) IsValid() bool { return channelTokens.Valid(c) }

// MarshalText returns the channel's token.
func (c Channel) MarshalText() ([]byte, error) { return channelTokens.Marshal("dispute channel", c) }

// UnmarshalText sets c from its token; an unknown token is an error.
func (c *Channel) UnmarshalText(b []byte) error {
	return channelTokens.Unmarshal("dispute channel", c, b)
}

// Label returns the name of the channel in the language matched for tag.
func (c Channel) Label(tag language.Tag) string {
	return i18n.Label(tag, "dispute.channel", c.String())
}

// Channels yields every valid channel in order.
func Channels() iter.Seq[Channel] { return channelTokens.All() }

// State is where a case stands in its workflow; see CaseTransitions and
// case.mmd.
type State uint8

// State values.
const (
	StateUnknown     State = iota // invalid
	StateRegistered               // 登记: registered, awaiting the committee's decision
	StateAccepted                 // 受理: accepted; mediation has not begun
	StateDeclined                 // 不予受理: declined (final)
	StateRefused                  // 当事人拒绝调解: a party refused mediation before it began (final, §17)
	StateMediating                // 调解中: at least one session held
	StateAgreed                   // 达成协议: agreement reached; written ones take effect when signed and sealed
	StatePerformed                // 履行: the agreement was performed
	StateUnperformed              // 未履行: the agreement was not performed
	StateTerminated               // 终止调解: mediation ended without agreement (§26)
	StateVisited                  // 回访: the follow-up visit was made
	StateClosed                   // 结案归档: closed and filed (final)
)

var stateTokens = enum.Tokens[State]{"unknown", "registered", "accepted", "declined", "refused", "mediating", "agreed", "performed", "unperformed", "terminated", "visited", "closed"}

// String returns the state's token.
func (s State) String() string { return stateTokens.String(s) }

// IsValid reports whether s is a known state.
func (s State) IsValid() bool { return stateTokens.Valid(s) }

// MarshalText returns the state's token.
func (s State) MarshalText() ([]byte, error) { return stateTokens.Marshal("dispute state", s) }

// UnmarshalText sets s from its token; an unknown token is an error.
func (s *State) UnmarshalText(b []byte) error { return stateTokens.Unmarshal("dispute state", s, b) }

// Label returns the name of the state in the language matched for tag.
func (s State) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.state", s.String()) }

// States yields every valid state in order.
func States() iter.Seq[State] { return stateTokens.All() }

// Verb is a step of the case workflow; every verb is a method of Case.
type Verb uint8

// Verb values.
const (
	VerbUnknown           Verb = iota // invalid
	VerbRegister                      // 登记 (Register)
	VerbAccept                        // 受理 (Case.Accept)
	VerbDecline                       // 不予受理 (Case.Decline)
	VerbRefuse                        // 当事人拒绝调解 (Case.Refuse)
	VerbAssign                        // 指定或选定调解员 (Case.Assign)
	VerbHold                          // 调解会 (Case.Hold)
	VerbExtend                        // 延期 (Case.Extend)
	VerbAgree                         // 达成协议 (Case.Agree)
	VerbSign                          // 当事人签名 (Case.Sign)
	VerbSignMediator                  // 调解员签名 (Case.SignMediator)
	VerbSeal                          // 加盖调委会印章 (Case.Seal)
	VerbTerminate                     // 终止调解 (Case.Terminate)
	VerbPerform                       // 履行 (Case.Perform)
	VerbBreach                        // 未履行 (Case.Breach)
	VerbVisit                         // 回访 (Case.Visit)
	VerbClose                         // 结案 (Case.Close)
	VerbApplyConfirmation             // 申请司法确认 (Case.ApplyForConfirmation)
	VerbRule                          // 法院裁定 (Case.RecordRuling)
	VerbGradeRisk                     // 风险定级 (Case.GradeRisk)
	VerbReportPolice                  // 报告公安机关 (Case.ReportToPolice)
	VerbDefuse                        // 防止民转刑 (Case.Defuse)
)

var verbTokens = enum.Tokens[Verb]{"unknown", "register", "accept", "decline", "refuse", "assign", "hold", "extend", "agree", "sign", "sign_mediator", "seal", "terminate", "perform", "breach", "visit", "close", "apply_confirmation", "rule", "grade_risk", "report_police", "defuse"}

// String returns the verb's token.
func (v Verb) String() string { return verbTokens.String(v) }

// IsValid reports whether v is a known verb.
func (v Verb) IsValid() bool { return verbTokens.Valid(v) }

// MarshalText returns the verb's token.
func (v Verb) MarshalText() ([]byte, error) { return verbTokens.Marshal("dispute verb", v) }

// UnmarshalText sets v from its token; an unknown token is an error.
func (v *Verb) UnmarshalText(b []byte) error { return verbTokens.Unmarshal("dispute verb", v, b) }

// Label returns the name of the verb in the language matched for tag.
func (v Verb) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.verb", v.String()) }

// Verbs yields every valid verb in order.
func Verbs() iter.Seq[Verb] { return verbTokens.All() }

// DeclineReason says why a committee declined a dispute.
type DeclineReason uint8

// DeclineReason values.
const (
	DeclineReasonUnknown           DeclineReason = iota // invalid
	DeclineReasonOutsideRemit                           // 不属于人民调解受理范围: outside the committee's remit
	DeclineReasonBeforeCourt                            // 已由人民法院受理: already before a court
	DeclineReasonBeforeArbitration                      // 已由仲裁机构受理: already before an arbitration body
)

var declineReasonTokens = enum.Tokens[DeclineReason]{"unknown", "outside_remit", "before_court", "before_arbitration"}

// String returns the reason's token.
func (d DeclineReason) String() string { return declineReasonTokens.String(d) }

// IsValid reports whether d is a known decline reason.
func (d DeclineReason) IsValid() bool { return declineReasonTokens.Valid(d) }

// MarshalText returns the reason's token.
func (d DeclineReason) MarshalText() ([]byte, error) {
	return declineReasonTokens.Marshal("dispute decline reason", d)
}

// UnmarshalText sets d from its token; an unknown token is an error.
func (d *DeclineReason) UnmarshalText(b []byte) error {
	return declineReasonTokens.Unmarshal("dispute decline reason", d, b)
}

// Label returns the name of the reason in the language matched for tag.
func (d DeclineReason) Label(tag language.Tag) string {
	return i18n.Label(tag, "dispute.decline_reason", d.String())
}

// DeclineReasons yields every valid decline reason in order.
func DeclineReasons() iter.Seq[DeclineReason] { return declineReasonTokens.All() }

// Form is the form of an agreement (人民调解法 §28).
type Form uint8

// Form values.
const (
	FormUnknown Form = iota // invalid
	FormWritten             // 书面调解协议
	FormOral                // 口头调解协议
)

var formTokens = enum.Tokens[Form]{"unknown", "written", "oral"}

// String returns the form's token.
func (f Form) String() string { return formTokens.String(f) }

// IsValid reports whether f is a known form.
func (f Form) IsValid() bool { return formTokens.Valid(f) }

// MarshalText returns the form's token.
func (f Form) MarshalText() ([]byte, error) { return formTokens.Marshal("dispute form", f) }

// UnmarshalText sets f from its token; an unknown token is an error.
func (f *Form) UnmarshalText(b []byte) error { return formTokens.Unmarshal("dispute form", f, b) }

// Label returns the name of the form in the language matched for tag.
func (f Form) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.form", f.String()) }

// Forms yields every valid form in order.
func Forms() iter.Seq[Form] { return formTokens.All() }

// Matter is a personal relationship an agreement may concern in itself; a
// court does not confirm such agreements (最高法 2011).
type Matter uint8

// Matter values.
const (
	MatterUnknown  Matter = iota // invalid
	MatterIdentity               // 身份关系
	MatterAdoption               // 收养关系
	MatterMarriage               // 婚姻关系
)

var matterTokens = enum.Tokens[Matter]{"unknown", "identity", "adoption", "marriage"}

// String returns the matter's token.
func (m Matter) String() string { return matterTokens.String(m) }

// IsValid reports whether m is a known matter.
func (m Matter) IsValid() bool { return matterTokens.Valid(m) }

// MarshalText returns the matter's token.
func (m Matter) MarshalText() ([]byte, error) { return matterTokens.Marshal("dispute matter", m) }

// UnmarshalText sets m from its token; an unknown token is an error.
func (m *Matter) UnmarshalText(b []byte) error { return matterTokens.Unmarshal("dispute matter", m, b) }

// Label returns the name of the matter in the language matched for tag.
func (m Matter) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.matter", m.String()) }

// Matters yields every valid matter in order.
func Matters() iter.Seq[Matter] { return matterTokens.All() }

// WrittenReason is why an agreement must be written (宁波市人民调解条例 2018 art. 24).
type WrittenReason uint8

// WrittenReason values.
const (
	WrittenReasonUnknown       WrittenReason = iota // invalid
	WrittenReasonRequested                          // a party asks for a written agreement
	WrittenReasonDeferred                           // performance is not immediate
	WrittenReasonMajorPeople                        // major: the number of people involved reaches the policy's threshold
	WrittenReasonMajorCategory                      // major or complex: the category is one the policy names
)

var writtenReasonTokens = enum.Tokens[WrittenReason]{"unknown", "requested", "deferred", "major_people", "major_category"}

// String returns the reason's token.
func (w WrittenReason) String() string { return writtenReasonTokens.String(w) }

// IsValid reports whether w is a known written reason.
func (w WrittenReason) IsValid() bool { return writtenReasonTokens.Valid(w) }

// MarshalText returns the reason's token.
func (w WrittenReason) MarshalText() ([]byte, error) {
	return writtenReasonTokens.Marshal("dispute written reason", w)
}

// UnmarshalText sets w from its token; an unknown token is an error.
func (w *WrittenReason) UnmarshalText(b []byte) error {
	return writtenReasonTokens.Unmarshal("dispute written reason", w, b)
}

// Label returns the name of the reason in the language matched for tag.
func (w WrittenReason) Label(tag language.Tag) string {
	return i18n.Label(tag, "dispute.written_reason", w.String())
}

// WrittenReasons yields every valid written reason in order.
func WrittenReasons() iter.Seq[WrittenReason] { return writtenReasonTokens.All() }

// TerminationReason says why mediation ended without agreement (人民调解法 §26).
type TerminationReason uint8

// TerminationReason values.
const (
	TerminationReasonUnknown       TerminationReason = iota // invalid
	TerminationReasonPartyRefused                           // a party refuses to continue
	TerminationReasonPartyWithdrew                          // a party withdraws
	TerminationReasonNoAgreement                            // no agreement is possible
	TerminationReasonPrevented                              // an event prevents mediation
)

var terminationReasonTokens = enum.Tokens[TerminationReason]{"unknown", "party_refused", "party_withdrew", "no_agreement", "prevented"}

// String returns the reason's token.
func (v TerminationReason) String() string { return terminationReasonTokens.String(v) }

// IsValid reports whether v is a known termination reason.
func (v TerminationReason) IsValid() bool { return terminationReasonTokens.Valid(v) }

// MarshalText returns the reason's token.
func (v TerminationReason) MarshalText() ([]byte, error) {
	return terminationReasonTokens.Marshal("dispute termination reason", v)
}

// UnmarshalText sets v from its token; an unknown token is an error.
func (v *TerminationReason) UnmarshalText(b []byte) error {
	return terminationReasonTokens.Unmarshal("dispute termination reason", v, b)
}

// Label returns the name of the reason in the language matched for tag.
func (v TerminationReason) Label(tag language.Tag) string {
	return i18n.Label(tag, "dispute.termination_reason", v.String())
}

// TerminationReasons yields every valid termination reason in order.
func TerminationReasons() iter.Seq[TerminationReason] { return terminationReasonTokens.All() }

// Route is a way to pursue a dispute the parties are told of when mediation
// ends without agreement (人民调解法 §26).
type Route uint8

// Route values.
const (
	RouteUnknown        Route = iota // invalid
	RouteArbitration                 // 仲裁
	RouteAdministrative              // 行政途径
	RouteLitigation                  // 诉讼
	RouteLegalAid                    // 法律援助
)

var routeTokens = enum.Tokens[Route]{"unknown", "arbitration", "administrative", "litigation", "legal_aid"}

// String returns the route's token.
func (r Route) String() string { return routeTokens.String(r) }

// IsValid reports whether r is a known route.
func (r Route) IsValid() bool { return routeTokens.Valid(r) }

// MarshalText returns the route's token.
func (r Route) MarshalText() ([]byte, error) { return routeTokens.Marshal("dispute route", r) }

// UnmarshalText sets r from its token; an unknown token is an error.
func (r *Route) UnmarshalText(b []byte) error { return routeTokens.Unmarshal("dispute route", r, b) }

// Label returns the name of the route in the language matched for tag.
func (r Route) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.route", r.String()) }

// Routes yields every valid route in order.
func Routes() iter.Seq[Route] { return routeTokens.All() }

// Remedy is what followed when an agreement was not performed.
type Remedy uint8

// Remedy values.
const (
	RemedyUnknown     Remedy = iota // invalid
	RemedyEnforcement               // 申请强制执行 of a confirmed agreement
	RemedyLitigation                // 起诉 over the agreement (人民调解法 §32)
	RemedyRemediation               // 再次调解
	RemedyArbitration               // 仲裁
	RemedyDropped                   // the party did not pursue it
)

var remedyTokens = enum.Tokens[Remedy]{"unknown", "enforcement", "litigation", "re_mediation", "arbitration", "dropped"}

// String returns the remedy's token.
func (r Remedy) String() string { return remedyTokens.String(r) }

// IsValid reports whether r is a known remedy.
func (r Remedy) IsValid() bool { return remedyTokens.Valid(r) }

// MarshalText returns the remedy's token.
func (r Remedy) MarshalText() ([]byte, error) { return remedyTokens.Marshal("dispute remedy", r) }

// UnmarshalText sets r from its token; an unknown token is an error.
func (r *Remedy) UnmarshalText(b []byte) error { return remedyTokens.Unmarshal("dispute remedy", r, b) }

// Label returns the name of the remedy in the language matched for tag.
func (r Remedy) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.remedy", r.String()) }

// Remedies yields every valid remedy in order.
func Remedies() iter.Seq[Remedy] { return remedyTokens.All() }

// Ruling is a court's step on an application for judicial confirmation (最高法
// 2011).
type Ruling uint8

// Ruling values.
const (
	RulingUnknown     Ruling = iota // invalid
	RulingNotAccepted               // 不予受理
	RulingAccepted                  // 受理
	RulingExtended                  // 延长审查期限
	RulingConfirmed                 // 确认有效
	RulingRejected                  // 驳回申请
)

var rulingTokens = enum.Tokens[Ruling]{"unknown", "not_accepted", "accepted", "extended", "confirmed", "rejected"}

// String returns the ruling's token.
func (r Ruling) String() string { return rulingTokens.String(r) }

// IsValid reports whether r is a known ruling.
func (r Ruling) IsValid() bool { return rulingTokens.Valid(r) }

// MarshalText returns the ruling's token.
func (r Ruling) MarshalText() ([]byte, error) { return rulingTokens.Marshal("dispute ruling", r) }

// UnmarshalText sets r from its token; an unknown token is an error.
func (r *Ruling) UnmarshalText(b []byte) error { return rulingTokens.Unmarshal("dispute ruling", r, b) }

// Label returns the name of the ruling in the language matched for tag.
func (r Ruling) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.ruling", r.String()) }

// Rulings yields every valid ruling in order.
func Rulings() iter.Seq[Ruling] { return rulingTokens.All() }

// Risk is a case's risk grade (local practice); RiskUnknown means not graded.
// What each grade requires is policy (RiskRules).
type Risk uint8

// Risk values.
const (
	RiskUnknown Risk = iota // invalid; on a case: not graded
	RiskYellow              // 黄色
	RiskOrange              // 橙色
	RiskRed                 // 红色
)

var riskTokens = enum.Tokens[Risk]{"unknown", "yellow", "orange", "red"}

// String returns the grade's token.
func (r Risk) String() string { return riskTokens.String(r) }

// IsValid reports whether r is a known risk.
func (r Risk) IsValid() bool { return riskTokens.Valid(r) }

// MarshalText returns the grade's token.
func (r Risk) MarshalText() ([]byte, error) { return riskTokens.Marshal("dispute risk", r) }

// UnmarshalText sets r from its token; an unknown token is an error.
func (r *Risk) UnmarshalText(b []byte) error { return riskTokens.Unmarshal("dispute risk", r, b) }

// Label returns the name of the grade in the language matched for tag.
func (r Risk) Label(tag language.Tag) string { return i18n.Label(tag, "dispute.risk", r.String()) }

// Risks yields every valid risk in order.
func Risks() iter.Seq[Risk] { return riskTokens.All() }

// Response is what a risk grade requires of the committee.
type Response uint8

// Response values.
const (
	ResponseUnknown   Response = iota // invalid
	ResponseOnTheSpot                 // 网格员当场化解: the grid worker resolves it on the spot
	ResponseSameDay                   // 当日处置: handled the same day
	ResponseAtOnce                    // 立即报告: reported at once
)

var responseTokens = enum.Tokens[Response]{"unknown", "on_the_spot", "same_day", "at_once"}

// String returns the response's token.
func (r Response) String() string { return responseTokens.String(r) }

// IsValid reports whether r is a known response.
func (r Response) IsValid() bool { return responseTokens.Valid(r) }

// MarshalText returns the response's token.
func (r Response) MarshalText() ([]byte, error) { return responseTokens.Marshal("dispute response", r) }

// UnmarshalText sets r from its token; an unknown token is an error.
func (r *Response) UnmarshalText(b []byte) error {
	return responseTokens.Unmarshal("dispute response", r, b)
}

// Label returns the name of the response in the language matched for tag.
func (r Response) Label(tag language.Tag) string {
	return i18n.Label(tag, "dispute.response", r.String())
}

// Responses yields every valid response in order.
func Responses() iter.Seq[Response] { return responseTokens.All() }

// Outcome is how a case ended, or that it has not yet.
type Outcome uint8

// Outcome values.
const (
	OutcomeUnknown     Outcome = iota // invalid
	OutcomePending                    // under way
	OutcomeDeclined                   // declined by the committee
	OutcomeRefused                    // a party refused mediation
	OutcomeTerminated                 // mediation ended without agreement
	OutcomeAgreed                     // agreement reached, performance pending
	OutcomePerformed                  // agreement performed
	OutcomeUnperformed                // agreement not performed
)

var outcomeTokens = enum.Tokens[Outcome]{"unknown", "pending", "declined", "refused", "terminated", "agreed", "performed", "unperformed"}

// String returns the outcome's token.
func (o Outcome) String() string { return outcomeTokens.String(o) }

// IsValid reports whether o is a known outcome.
func (o Outcome) IsValid() bool { return outcomeTokens.Valid(o) }

// MarshalText returns the outcome's token.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeTokens.Marshal("dispute outcome", o) }

// UnmarshalText sets o from its token; an unknown token is an error.
func (o *Outcome) UnmarshalText(b []byte) error {
	return outcomeTokens.Unmarshal("dispute outcome", o, b)
}

// Label returns the name of the outcome in the language matched for tag.
func (o Outcome) Label(tag language.Tag) string {
	return i18n.Label(tag, "dispute.outcome", o.String())
}

// Outcomes yields every valid outcome in order.
func Outcomes() iter.Seq[Outcome] { return outcomeTokens.All() }
