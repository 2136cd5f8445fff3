package i18n

// disputeEntries holds the messages of the dispute package.
var disputeEntries = []Entry{
	// categories (司法局调解月报的纠纷类别, 加房屋租赁)
	{"dispute.category.marriage_family", "婚姻家庭纠纷", "marriage and family"},
	{"dispute.category.neighbour", "邻里纠纷", "neighbours"},
	{"dispute.category.housing_homestead", "房屋宅基地纠纷", "houses and homesteads"},
	{"dispute.category.contract", "合同纠纷", "contracts"},
	{"dispute.category.business", "生产经营纠纷", "business"},
	{"dispute.category.damages", "损害赔偿纠纷", "damages"},
	{"dispute.category.forest_land", "山林土地纠纷", "forests and land"},
	{"dispute.category.expropriation", "征地拆迁纠纷", "expropriation and demolition"},
	{"dispute.category.environment", "环境污染纠纷", "environment"},
	{"dispute.category.labour", "劳动争议纠纷", "labour"},
	{"dispute.category.consumer", "消费纠纷", "consumers"},
	{"dispute.category.medical", "医疗纠纷", "medical"},
	{"dispute.category.road_accident", "道路交通事故纠纷", "road accidents"},
	{"dispute.category.property_management", "物业纠纷", "property management"},
	{"dispute.category.housing_rental", "房屋租赁纠纷", "housing rental"},
	{"dispute.category.other", "其他纠纷", "other"},

	// sources
	{"dispute.source.initiative", "主动调解", "on the committee's initiative"},
	{"dispute.source.application", "申请调解", "on application"},
	{"dispute.source.referral", "移送调解", "referred"},

	// referring bodies
	{"dispute.body.police_110", "110非警务警情", "110 non-police matter"},
	{"dispute.body.hotline_12345", "12345热线", "12345 hotline"},
	{"dispute.body.hotline_12348", "12348法律服务热线", "12348 legal-service hotline"},
	{"dispute.body.court", "人民法院诉前委派", "court, before litigation"},
	{"dispute.body.petition_office", "信访部门", "petition office"},
	{"dispute.body.work_order", "网格工单", "grid work order"},

	// channels
	{"dispute.channel.people", "人民调解", "people's mediation"},
	{"dispute.channel.administrative", "行政调解", "administrative mediation"},
	{"dispute.channel.judicial", "司法调解", "judicial mediation"},
	{"dispute.channel.industry", "行业性专业性调解", "industry and professional mediation"},
	{"dispute.channel.police", "警调对接", "police-mediation link"},
	{"dispute.channel.petition", "访调对接", "petition-mediation link"},

	// states
	{"dispute.state.registered", "已登记", "registered"},
	{"dispute.state.accepted", "已受理", "accepted"},
	{"dispute.state.declined", "不予受理", "declined"},
	{"dispute.state.refused", "当事人拒绝调解", "refused by a party"},
	{"dispute.state.mediating", "调解中", "mediating"},
	{"dispute.state.agreed", "达成协议", "agreed"},
	{"dispute.state.performed", "已履行", "performed"},
	{"dispute.state.unperformed", "未履行", "not performed"},
	{"dispute.state.terminated", "终止调解", "terminated"},
	{"dispute.state.visited", "已回访", "visited"},
	{"dispute.state.closed", "已结案", "closed"},

	// verbs
	{"dispute.verb.register", "登记", "register"},
	{"dispute.verb.accept", "受理", "accept"},
	{"dispute.verb.decline", "不予受理", "decline"},
	{"dispute.verb.refuse", "拒绝调解", "refuse"},
	{"dispute.verb.assign", "指定调解员", "assign a mediator"},
	{"dispute.verb.hold", "召开调解会", "hold a session"},
	{"dispute.verb.extend", "延期", "extend"},
	{"dispute.verb.agree", "达成协议", "agree"},
	{"dispute.verb.sign", "当事人签名", "sign"},
	{"dispute.verb.sign_mediator", "调解员签名", "sign as mediator"},
	{"dispute.verb.seal", "加盖印章", "seal"},
	{"dispute.verb.terminate", "终止调解", "terminate"},
	{"dispute.verb.perform", "履行", "perform"},
	{"dispute.verb.breach", "未履行", "record non-performance"},
	{"dispute.verb.visit", "回访", "visit"},
	{"dispute.verb.close", "结案", "close"},
	{"dispute.verb.apply_confirmation", "申请司法确认", "apply for judicial confirmation"},
	{"dispute.verb.rule", "记录法院裁定", "record the court's ruling"},
	{"dispute.verb.grade_risk", "风险定级", "grade the risk"},
	{"dispute.verb.report_police", "报告公安机关", "report to the police"},
	{"dispute.verb.defuse", "防止民转刑", "record prevention"},

	// decline reasons
	{"dispute.decline_reason.outside_remit", "不属于人民调解受理范围", "outside the committee's remit"},
	{"dispute.decline_reason.before_court", "已由人民法院受理", "already before a court"},
	{"dispute.decline_reason.before_arbitration", "已由仲裁机构受理", "already before arbitration"},

	// forms
	{"dispute.form.written", "书面协议", "written"},
	{"dispute.form.oral", "口头协议", "oral"},

	// matters
	{"dispute.matter.identity", "身份关系", "identity relationship"},
	{"dispute.matter.adoption", "收养关系", "adoption relationship"},
	{"dispute.matter.marriage", "婚姻关系", "marriage relationship"},

	// reasons for written form
	{"dispute.written_reason.requested", "当事人要求书面协议", "a party asks for it in writing"},
	{"dispute.written_reason.deferred", "非即时履行", "performance is not immediate"},
	{"dispute.written_reason.major_people", "涉及人数多，属重大纠纷", "major: many people involved"},
	{"dispute.written_reason.major_category", "属重大、复杂纠纷类别", "major or complex category"},

	// termination reasons
	{"dispute.termination_reason.party_refused", "当事人拒绝继续调解", "a party refuses to continue"},
	{"dispute.termination_reason.party_withdrew", "当事人撤回调解", "a party withdrew"},
	{"dispute.termination_reason.no_agreement", "无法达成协议", "no agreement possible"},
	{"dispute.termination_reason.prevented", "因故无法调解", "mediation prevented"},

	// routes
	{"dispute.route.arbitration", "仲裁", "arbitration"},
	{"dispute.route.administrative", "行政途径", "administrative route"},
	{"dispute.route.litigation", "诉讼", "litigation"},
	{"dispute.route.legal_aid", "法律援助", "legal aid"},

	// remedies
	{"dispute.remedy.enforcement", "申请强制执行", "enforcement"},
	{"dispute.remedy.litigation", "提起诉讼", "litigation"},
	{"dispute.remedy.re_mediation", "再次调解", "mediation again"},
	{"dispute.remedy.arbitration", "申请仲裁", "arbitration"},
	{"dispute.remedy.dropped", "未再主张", "not pursued"},

	// rulings
	{"dispute.ruling.not_accepted", "不予受理", "not accepted"},
	{"dispute.ruling.accepted", "受理", "accepted"},
	{"dispute.ruling.extended", "延长审查期限", "time extended"},
	{"dispute.ruling.confirmed", "确认有效", "confirmed"},
	{"dispute.ruling.rejected", "驳回申请", "rejected"},

	// risks
	{"dispute.risk.yellow", "黄色", "yellow"},
	{"dispute.risk.orange", "橙色", "orange"},
	{"dispute.risk.red", "红色", "red"},

	// responses
	{"dispute.response.on_the_spot", "网格员当场化解", "the grid worker resolves it on the spot"},
	{"dispute.response.same_day", "当日处置", "handled the same day"},
	{"dispute.response.at_once", "立即报告", "reported at once"},

	// outcomes
	{"dispute.outcome.pending", "办理中", "under way"},
	{"dispute.outcome.declined", "不予受理", "declined"},
	{"dispute.outcome.refused", "当事人拒绝调解", "refused by a party"},
	{"dispute.outcome.terminated", "调解终止", "terminated"},
	{"dispute.outcome.agreed", "达成协议", "agreed"},
	{"dispute.outcome.performed", "协议已履行", "performed"},
	{"dispute.outcome.unperformed", "协议未履行", "not performed"},

	// intake
	{"dispute.intake.id_missing", "缺少登记编号", "the register number is missing"},
	{"dispute.intake.category_invalid", "纠纷类别无效", "the category is not valid"},
	{"dispute.intake.channel_invalid", "调解渠道无效", "the channel is not valid"},
	{"dispute.intake.source_invalid", "纠纷来源无效", "the source is not valid"},
	{"dispute.intake.place_invalid", "地点代码%[1]q无效", "place code %[1]q is not valid"},
	{"dispute.intake.summary_missing", "缺少纠纷简要情况", "the summary is missing"},
	{"dispute.intake.parties_too_few", "当事人%[1]d方，纠纷至少有%[2]d方", "%[1]d parties; a dispute has at least %[2]d"},
	{"dispute.intake.people_too_few", "涉及人数%[1]d，少于%[2]d", "%[1]d people involved, fewer than %[2]d"},
	{"dispute.referral.body_invalid", "移送调解须注明移送单位", "a referred dispute needs the referring body"},
	{"dispute.referral.unexpected", "非移送的纠纷不应有移送单位", "only a referred dispute has a referring body"},
	{"dispute.referral.work_order_missing", "网格工单移送须注明工单编号", "a work-order referral needs the work order's ID"},
	{"dispute.referral.work_order_unexpected", "仅网格工单移送有工单编号", "only a work-order referral has a work order ID"},
	{"dispute.party.none", "当事人须为自然人或组织", "a party must be a person or an organisation"},
	{"dispute.party.both", "当事人不能同时为自然人和组织", "a party cannot be both a person and an organisation"},
	{"dispute.party.name_missing", "缺少当事人名称", "the party's name is missing"},
	{"dispute.party.credit_code_invalid", "统一社会信用代码无效", "the unified social credit code is not valid"},
	{"dispute.party.duplicate", "与parties[%[1]d]为同一当事人", "the same party as parties[%[1]d]"},
	{"dispute.party.related_empty", "关系人编号为空", "a related person's ID is empty"},
	{"dispute.party.index_invalid", "当事人序号%[1]d不存在", "there is no party %[1]d"},
	{"dispute.party.index_twice", "当事人序号%[1]d重复", "party %[1]d is listed twice"},

	// policy
	{"dispute.policy.not_positive", "应为正数，实为%[1]d", "must be positive, is %[1]d"},
	{"dispute.policy.negative", "不能为负数，实为%[1]d", "cannot be negative, is %[1]d"},
	{"dispute.policy.below_min", "不能小于最小值%[2]d，实为%[1]d", "cannot be below the minimum %[2]d, is %[1]d"},
	{"dispute.policy.risk_response", "风险等级缺少处置要求", "the risk grade has no response"},

	// steps
	{"dispute.step.time_missing", "缺少时间", "the instant is missing"},
	{"dispute.step.time_backwards", "早于上一步（%[1]v）", "before the last step, taken at %[1]v"},
	{"dispute.risk.report_pending", "红色风险须先报告公安机关", "the case must first be reported to the police"},
	{"dispute.risk.invalid", "风险等级无效", "the risk grade is not valid"},
	{"dispute.police.station_missing", "缺少报告的公安机关", "the police station reported to is missing"},
	{"dispute.defuse.not_graded", "未经风险定级", "the case's risk was never graded"},
	{"dispute.defuse.twice", "已记录防止民转刑", "prevention is already recorded"},
	{"dispute.decline.reason_invalid", "不予受理理由无效", "the reason for declining is not valid"},
	{"dispute.extend.exhausted", "延期次数已满（最多%[1]d次）", "no extension left (at most %[1]d)"},
	{"dispute.extend.party_missing", "当事人parties[%[1]d]未申请延期", "parties[%[1]d] did not ask for the extension"},
	{"dispute.close.confirmation_pending", "司法确认申请尚待法院裁定", "the application for judicial confirmation awaits the court"},

	// mediators and sessions
	{"dispute.mediator.other_committee", "调委会%[1]q不是受理本案的调委会%[2]q", "committee %[1]q is not %[2]q, which accepted the case"},
	{"dispute.mediator.not_member", "%[1]q不是调委会委员", "%[1]q is not a member of the committee"},
	{"dispute.mediator.is_party", "调解员是当事人parties[%[1]d]，应当回避", "the mediator is parties[%[1]d] and must stand aside"},
	{"dispute.mediator.related", "调解员与当事人parties[%[1]d]有关系，应当回避", "the mediator is related to parties[%[1]d] and must stand aside"},
	{"dispute.mediator.twice", "调解员%[1]q已指定", "mediator %[1]q is already assigned"},
	{"dispute.session.no_mediator", "调解会须有调解员出席", "a session needs a mediator"},
	{"dispute.session.not_mediator", "%[1]q不是本案调解员", "%[1]q is not a mediator of the case"},
	{"dispute.session.mediator_twice", "调解员%[1]q重复", "mediator %[1]q is listed twice"},
	{"dispute.session.no_party", "调解会须有当事人出席", "a session needs a party"},

	// agreements
	{"dispute.agreement.form_invalid", "协议形式无效", "the agreement's form is not valid"},
	{"dispute.agreement.facts_missing", "书面协议须载明纠纷事实和争议事项", "a written agreement must state the facts and the issues"},
	{"dispute.agreement.terms_missing", "缺少协议内容", "the terms are missing"},
	{"dispute.agreement.manner_missing", "缺少履行方式", "the manner of performance is missing"},
	{"dispute.agreement.perform_by_missing", "非即时履行须有履行期限", "performance that is not immediate needs a deadline"},
	{"dispute.agreement.perform_by_immediate", "即时履行不设履行期限", "immediate performance has no deadline"},
	{"dispute.agreement.perform_by_past", "履行期限（%[1]v）不晚于达成协议的时间", "the deadline of performance, %[1]v, is not after the agreement"},
	{"dispute.agreement.written_required.requested", "当事人要求书面协议", "a party asks for a written agreement"},
	{"dispute.agreement.written_required.deferred", "非即时履行的，应当制作书面协议", "performance is not immediate: the agreement must be written"},
	{"dispute.agreement.written_required.major_people", "涉及%[1]d人（达%[2]d人），属重大纠纷，应当制作书面协议", "%[1]d people involved (%[2]d or more): a major case needs a written agreement"},
	{"dispute.agreement.written_required.major_category", "属重大、复杂纠纷类别，应当制作书面协议", "a major or complex category needs a written agreement"},
	{"dispute.agreement.not_in_effect", "调解协议尚未生效", "the agreement is not in effect"},
	{"dispute.signature.oral", "口头协议无须签名盖章", "an oral agreement is not signed or sealed"},
	{"dispute.signature.twice", "已签名", "already signed"},
	{"dispute.signature.not_mediator", "%[1]q不是本案调解员", "%[1]q is not a mediator of the case"},
	{"dispute.seal.twice", "已加盖印章", "already sealed"},
	{"dispute.termination.reason_invalid", "终止理由无效", "the reason for terminating is not valid"},
	{"dispute.termination.party_missing", "须注明拒绝或撤回的当事人", "the party who refused or withdrew is missing"},
	{"dispute.termination.party_unexpected", "仅当事人拒绝或撤回时注明当事人", "parties are named only when one refused or withdrew"},
	{"dispute.termination.routes_missing", "须告知当事人仲裁、行政、司法等途径", "the parties must be told of arbitration, administrative or judicial routes"},
	{"dispute.termination.route_invalid", "途径无效", "the route is not valid"},
	{"dispute.termination.route_twice", "途径重复", "the route is listed twice"},
	{"dispute.termination.agreement_in_effect", "调解协议已生效，不能终止调解", "the agreement is in effect: mediation cannot be terminated"},
	{"dispute.breach.remedy_invalid", "后续处理方式无效", "what followed is not valid"},
	{"dispute.breach.before_deadline", "履行期限（%[1]v）尚未届满", "the deadline of performance, %[1]v, has not passed"},

	// judicial confirmation
	{"dispute.confirmation.court_missing", "缺少受理法院", "the court is missing"},
	{"dispute.confirmation.twice", "已申请司法确认", "judicial confirmation was already applied for"},
	{"dispute.confirmation.excluded", "涉及身份、收养、婚姻关系的协议不能申请司法确认", "an agreement on an identity, adoption or marriage relationship cannot be confirmed"},
	{"dispute.confirmation.too_late", "已超过协议生效后%[2]d日的申请期限（最后一日为%[1]v）", "past the %[2]d days after the agreement took effect (the last day was %[1]v)"},
	{"dispute.confirmation.not_applied", "未申请司法确认", "no application for judicial confirmation"},
	{"dispute.ruling.invalid", "法院裁定无效", "the ruling is not valid"},
	{"dispute.ruling.before_acceptance", "法院受理申请之前不能记录“%[1]v”", "%[1]q cannot come before the court has accepted the application"},
	{"dispute.ruling.out_of_order", "法院裁定“%[1]v”不能接在“%[2]v”之后", "the ruling %[1]q cannot follow %[2]q"},

	// committees
	{"dispute.committee.unit_invalid", "单位代码%[1]q无效", "unit code %[1]q is not valid"},
	{"dispute.committee.name_missing", "缺少调委会名称", "the committee's name is missing"},
	{"dispute.committee.members_too_few", "委员%[1]d人，少于%[2]d人", "%[1]d members, fewer than %[2]d"},
	{"dispute.committee.members_too_many", "委员%[1]d人，多于%[2]d人", "%[1]d members, more than %[2]d"},
	{"dispute.committee.women_too_few", "女性委员%[1]d人，少于%[2]d人", "%[1]d women among the members, fewer than %[2]d"},
	{"dispute.committee.member_id_missing", "缺少委员编号", "the member's ID is missing"},
	{"dispute.committee.member_name_missing", "缺少委员姓名", "the member's name is missing"},
	{"dispute.committee.member_sex_invalid", "委员性别无效", "the member's sex is not valid"},
	{"dispute.committee.member_twice", "与members[%[1]d]为同一人", "the same person as members[%[1]d]"},
	{"dispute.committee.term_start_missing", "缺少本届任期起始日", "the start of the term is missing"},
	{"dispute.committee.term_expired", "任期已于%[1]v届满，应当换届", "the term ended on %[1]v: the committee is due for election"},

	// records
	{"dispute.record.history_empty", "缺少办理记录", "the history is empty"},
	{"dispute.record.history_start", "办理记录须以登记开始", "the history must start with the registration"},
	{"dispute.record.history_chain", "起始状态“%[1]v”与上一步的结果“%[2]v”不符", "starts from %[1]q, but the step before ended in %[2]q"},
	{"dispute.record.history_step", "流程不允许从“%[2]v”经“%[1]v”到“%[3]v”", "the workflow has no step %[1]q from %[2]q to %[3]q"},
	{"dispute.record.history_time", "时间缺失或早于上一步", "the instant is missing or before the step before"},
	{"dispute.record.history_mismatch", "与办理记录不符", "does not match the history"},
	{"dispute.record.state_mismatch", "状态“%[1]v”与办理记录的结果“%[2]v”不符", "the state is %[1]q, but the history ends in %[2]q"},
}
