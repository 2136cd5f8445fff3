package i18n

// gridEntries holds the messages of the grid package.
var gridEntries = []Entry{
	// grid kinds
	{"grid.grid_kind.comprehensive", "综合网格", "comprehensive grid"},
	{"grid.grid_kind.exclusive", "专属网格", "exclusive grid"},

	// the six grid duties (Benxi)
	{"grid.duty.information_collection", "信息采集", "information collection"},
	{"grid.duty.sentiment_liaison", "民情联络", "public-sentiment liaison"},
	{"grid.duty.proxy_service", "代办服务", "proxy services"},
	{"grid.duty.policy_publicity", "政策宣传", "policy publicity"},
	{"grid.duty.hazard_screening", "隐患排查", "risk and hazard screening"},
	{"grid.duty.dispute_resolution", "矛盾调解", "dispute resolution"},

	// grid-chief tiers
	{"grid.chief_tier.general", "总网格长", "chief grid chief"},
	{"grid.chief_tier.area", "片区网格长", "area grid chief"},
	{"grid.chief_tier.grid", "网格长", "grid chief"},

	// kinds of appeal
	{"grid.kind.consultation", "咨询", "consultation"},
	{"grid.kind.help", "求助", "request for help"},
	{"grid.kind.complaint", "投诉", "complaint"},
	{"grid.kind.report", "举报", "report"},
	{"grid.kind.suggestion", "建议", "suggestion"},

	// channels
	{"grid.channel.patrol", "网格巡查", "grid patrol"},
	{"grid.channel.resident", "群众上门", "resident in person"},
	{"grid.channel.hotline", "12345热线", "12345 hotline"},
	{"grid.channel.police", "110非警务转办", "110 non-police referral"},
	{"grid.channel.call", "吹哨", "whistle call"},
	{"grid.channel.online", "网络平台", "online platform"},
	{"grid.channel.assigned", "上级交办", "assigned from above"},

	// urgencies
	{"grid.urgency.emergency", "紧急", "emergency"},
	{"grid.urgency.urgent", "加急", "urgent"},
	{"grid.urgency.normal", "一般", "normal"},
	{"grid.urgency.complex", "疑难复杂", "complex"},

	// reasons not to accept, and the notices
	{"grid.decline.other_channel", "应通过其他法定途径解决", "for another legal channel"},
	{"grid.decline.repeat", "重复诉求", "repeat without new facts"},
	{"grid.decline.secret", "涉密或涉及隐私", "secrets or privacy"},
	{"grid.decline.outside_remit", "不属于受理范围", "outside the remit"},
	{"grid.decline.unlawful", "诉求违法", "unlawful demand"},
	{"grid.notice.other_channel", "您反映的事项应当通过诉讼、仲裁、纪检监察、行政复议、政府信息公开、信访等法定途径解决，本平台不予受理，请依法向有关机关提出。", "Your matter is for litigation, arbitration, discipline inspection, administrative review, government information disclosure or the petition system; this platform cannot accept it. Please raise it with the competent body through that channel."},
	{"grid.notice.repeat", "您的诉求已经受理并答复，本次反映未提出新的情况和理由，不再重复受理。", "Your appeal has already been accepted and answered; as this call brings no new facts or reasons, it is not accepted again."},
	{"grid.notice.secret", "您反映的事项涉及国家秘密、商业秘密或个人隐私，本平台不予受理。", "Your matter involves state secrets, trade secrets or personal privacy; this platform cannot accept it."},
	{"grid.notice.outside_remit", "您反映的事项不属于本平台受理范围，不予受理。", "Your matter lies outside what this platform handles; it is not accepted."},
	{"grid.notice.unlawful", "您的诉求违反法律法规或者违背公序良俗，不予受理。", "Your demand is contrary to law or to public order and good morals; it is not accepted."},

	// emergency services
	{"grid.service.police_110", "110报警服务台", "110 police"},
	{"grid.service.fire_119", "119火警", "119 fire"},
	{"grid.service.ambulance_120", "120急救", "120 ambulance"},
	{"grid.service.traffic_122", "122交通事故报警", "122 traffic police"},

	// work order states
	{"grid.state.received", "已受理", "received"},
	{"grid.state.dispatched", "已派单", "dispatched"},
	{"grid.state.accepted", "已签收", "accepted"},
	{"grid.state.returned", "已退单", "returned"},
	{"grid.state.suspended", "挂账", "suspended"},
	{"grid.state.resolved", "已办结", "resolved"},
	{"grid.state.reviewed", "已回访", "reviewed"},
	{"grid.state.closed", "已结案", "closed"},
	{"grid.state.terminated", "已终止", "terminated"},

	// work order verbs
	{"grid.verb.open", "受理", "open"},
	{"grid.verb.dispatch", "派单", "dispatch"},
	{"grid.verb.designate", "指定派单", "designate"},
	{"grid.verb.accept", "签收", "accept"},
	{"grid.verb.return", "退单", "return"},
	{"grid.verb.extend", "延期", "extend"},
	{"grid.verb.suspend", "挂账", "suspend"},
	{"grid.verb.resume", "恢复办理", "resume"},
	{"grid.verb.resolve", "办结", "resolve"},
	{"grid.verb.review", "回访评价", "review"},
	{"grid.verb.reopen", "退回再办", "reopen"},
	{"grid.verb.close", "结案", "close"},
	{"grid.verb.terminate", "终止", "terminate"},
	{"grid.verb.answer", "直接答复", "answer on the spot"},
	{"grid.verb.transfer", "转交应急部门", "transfer to emergency service"},
	{"grid.verb.supervise", "督办", "supervise"},
	{"grid.verb.decline", "不予受理", "decline"},

	// satisfaction
	{"grid.satisfaction.satisfied", "满意", "satisfied"},
	{"grid.satisfaction.basically", "基本满意", "basically satisfied"},
	{"grid.satisfaction.dissatisfied", "不满意", "dissatisfied"},

	// whistle kinds, call categories, states and verbs
	{"grid.whistle.resident", "群众诉求哨", "residents' problem"},
	{"grid.whistle.enforcement", "综合执法哨", "comprehensive enforcement"},
	{"grid.whistle.emergency", "应急处置哨", "emergency"},
	{"grid.call_category.dispute_resolution", "矛盾化解", "dispute resolution"},
	{"grid.call_category.serving_people", "服务群众", "serving the people"},
	{"grid.call_category.key_work", "重点工作", "key work"},
	{"grid.call_category.enforcement", "综合执法", "comprehensive enforcement"},
	{"grid.call_category.emergency", "应急处置", "emergency handling"},
	{"grid.call_state.open", "吹哨中", "open"},
	{"grid.call_state.closed", "已办结", "closed"},
	{"grid.call_verb.raise", "吹哨", "raise"},
	{"grid.call_verb.report", "报到", "report"},
	{"grid.call_verb.close", "办结", "close"},

	// sizing
	{"grid.sizing.band_invalid", "网格规模标准的上下限无效", "the sizing band's bounds are invalid"},
	{"grid.households.below_min", "网格 %[1]v 有 %[2]d 户，少于下限 %[3]d 户", "grid %[1]v has %[2]d households, below the minimum of %[3]d"},
	{"grid.households.above_max", "网格 %[1]v 有 %[2]d 户，超过上限 %[3]d 户", "grid %[1]v has %[2]d households, above the maximum of %[3]d"},
	{"grid.households.unrecorded", "网格 %[1]v 未登记户数", "grid %[1]v has no recorded households"},
	{"grid.residents.above_max", "网格 %[1]v 有 %[2]d 人，超过上限 %[3]d 人", "grid %[1]v has %[2]d residents, above the maximum of %[3]d"},
	{"grid.residents.above_usual", "网格 %[1]v 有 %[2]d 人，超过一般标准 %[3]d 人", "grid %[1]v has %[2]d residents, above the usual %[3]d"},

	// teams
	{"grid.team_policy.role_invalid", "网格力量政策中的岗位无效", "a role of the team policy is invalid or missing"},
	{"grid.team_policy.chief_invalid", "网格长层级设置无效", "a grid-chief rule has an unknown tier or a level not above the grid"},
	{"grid.team_policy.liaison_invalid", "联户长配备比例不能为负数", "the households per liaison may not be negative"},
	{"grid.team.worker_missing", "网格 %[1]v 没有网格员", "grid %[1]v has no grid worker"},
	{"grid.team.police_missing", "网格 %[1]v 没有网格警员（“2+N”）", `grid %[1]v has no grid police officer ("2+N")`},
	{"grid.team.building_head_missing", "网格 %[1]v 没有楼栋长", "grid %[1]v has no building head"},
	{"grid.team.entrance_head_missing", "网格 %[1]v 没有单元长", "grid %[1]v has no entrance head"},
	{"grid.team.role_missing", "网格 %[1]v 缺少岗位 %[2]v", "grid %[1]v has no post of %[2]v"},
	{"grid.team.liaisons_below", "网格 %[1]v 有联户长 %[2]d 名，应有 %[3]d 名", "grid %[1]v has %[2]d household liaisons; it needs %[3]d"},
	{"grid.team.general_chief_missing", "%[1]v 没有总网格长", "%[1]v has no chief grid chief"},
	{"grid.team.area_chief_missing", "%[1]v 没有片区网格长", "%[1]v has no area grid chief"},
	{"grid.team.grid_chief_missing", "%[1]v 没有网格长", "%[1]v has no grid chief"},

	// duty items handed to a grid
	{"grid.task.grid_invalid", "%[1]q 不是有效的网格代码", "%[1]q is not a valid grid code"},
	{"grid.task.duty_invalid", "网格职责 %[1]v 无效", "grid duty %[1]v is invalid"},
	{"grid.task.item_missing", "未指明职责事项", "no duty item given"},
	{"grid.task.day_missing", "未指明日期", "no day given"},

	// intake
	{"grid.intake.kind_invalid", "诉求类型 %[1]v 无效", "appeal kind %[1]v is invalid"},
	{"grid.intake.channel_invalid", "诉求渠道 %[1]v 无效", "channel %[1]v is invalid"},
	{"grid.intake.urgency_invalid", "紧急程度 %[1]v 无效", "urgency %[1]v is invalid"},
	{"grid.intake.unit_invalid", "%[1]q 不是有效的网格、社区或街道代码", "%[1]q is not a valid grid, community or street code"},
	{"grid.intake.summary_empty", "诉求内容为空", "the summary is empty"},
	{"grid.intake.receiver_empty", "未填写首接单位", "no receiver (first-receiver rule)"},

	// policy and opening
	{"grid.policy.deadline_invalid", "紧急程度 %[1]v 没有有效的办理时限", "urgency %[1]v has no valid time limit"},
	{"grid.policy.acceptance_invalid", "紧急程度 %[1]v 的签收时限无效", "the acceptance limit of urgency %[1]v is invalid"},
	{"grid.policy.supervision_invalid", "督办等级上限 %[1]d 无效", "the highest supervision level %[1]d is invalid"},
	{"grid.policy.weights_invalid", "三率权重须非负且合计为 1", "the rate weights must be non-negative and sum to 1"},
	{"grid.policy.basically_invalid", "“基本满意”折算系数 %[1]v 须在 0 到 1 之间", `the credit for "basically satisfied" %[1]v must lie between 0 and 1`},
	{"grid.order.calendar_missing", "按工作日计算的时限需要工作日历", "a workday limit needs a calendar"},
	{"grid.order.instant_missing", "未指明时刻", "no instant given"},
	{"grid.order.instant_out_of_range", "时刻 %[1]v 不在 1900 年至 2199 年之间", "instant %[1]v lies outside 1900–2199"},

	// work order records
	{"grid.record.limit_invalid", "时限 %[1]v 无效", "limit %[1]v is invalid"},
	{"grid.record.supervision_invalid", "督办等级上限 %[1]d 无效", "the highest supervision level %[1]d is invalid"},
	{"grid.record.history_empty", "工单没有办理记录", "the order has no history"},
	{"grid.record.first_step_invalid", "第一条记录应为受理，实为 %[1]v（至 %[2]v）", "the first step must open the order, not %[1]v (to %[2]v)"},
	{"grid.record.step_invalid", "第 %[1]d 条记录 %[2]v（%[3]v → %[4]v）不符合流程", "step %[1]d, %[2]v (%[3]v → %[4]v), does not follow the workflow"},
	{"grid.record.step_out_of_order", "第 %[1]d 条记录的时刻早于上一条", "step %[1]d lies before the step before it"},
	{"grid.record.actor_empty", "第 %[1]d 条记录没有办理人", "step %[1]d has no actor"},
	{"grid.record.due_missing", "第 %[1]d 条记录没有办理时限", "step %[1]d has no due instant"},
	{"grid.record.state_mismatch", "状态 %[1]v 与最后一条记录的状态 %[2]v 不一致", "state %[1]v differs from the last step's %[2]v"},
	{"grid.record.due_mismatch", "办理时限与最后一条记录不一致", "the due instant differs from the last step's"},
	{"grid.record.field_mismatch", "字段 %[1]v 与办理记录不一致", "field %[1]v disagrees with the history"},

	// routing
	{"grid.router.fallback_missing", "未指定职责不清事项的承办单位（区政府）", "no fallback (the district government) for unclear matters"},
	{"grid.router.category_empty", "派单目录条目没有类别", "a route has no category"},
	{"grid.router.department_empty", "类别 %[1]v 没有承办单位", "category %[1]v has no department"},
	{"grid.router.level_invalid", "类别 %[1]v 的层级 %[2]v 不是街道、社区或网格", "category %[1]v has level %[2]v, not a street, community or grid"},
	{"grid.router.duplicate", "类别 %[1]v 在同一层级重复（首次为第 %[2]d 条）", "category %[1]v is routed twice at the same level (first at %[2]d)"},

	// calls
	{"grid.call.street_invalid", "%[1]q 不是有效的街道（乡镇）代码", "%[1]q is not a valid street-level code"},
	{"grid.call.kind_invalid", "吹哨类型 %[1]v 无效", "whistle kind %[1]v is invalid"},
	{"grid.call.category_invalid", "吹哨类别 %[1]v 无效", "call category %[1]v is invalid"},
	{"grid.call.item_missing", "未指明吹哨事项", "no whistle item given"},
	{"grid.call.summary_empty", "吹哨内容为空", "the summary is empty"},
	{"grid.call.caller_empty", "未填写吹哨人", "no caller given"},
	{"grid.call.department_invalid", "被召集部门 %[1]q 为空或重复", "summoned department %[1]q is empty or repeated"},
	{"grid.call.departments_missing", "事项 %[1]v 没有可召集的部门", "item %[1]v has no department to summon"},
	{"grid.call.instant_missing", "未指明吹哨时刻", "no instant given"},
	{"grid.call_policy.minutes_invalid", "报到时限 %[1]d 分钟无效", "a report limit of %[1]d minutes is invalid"},
	{"grid.call_policy.weight_invalid", "街道考核权重 %[1]v 须在 0 到 1 之间", "the street's weight %[1]v must lie between 0 and 1"},
	{"grid.call_record.summons_mismatch", "被召集部门与吹哨请求不一致", "the summons differ from the request's departments"},
	{"grid.call_record.history_empty", "吹哨没有记录", "the call has no history"},
	{"grid.call_record.first_step_invalid", "第一条记录应为吹哨", "the first step must raise the call"},
	{"grid.call_record.step_invalid", "第 %[1]d 条记录不符合流程", "step %[1]d does not follow the workflow"},
	{"grid.call_record.step_out_of_order", "第 %[1]d 条记录的时刻早于上一条", "step %[1]d lies before the step before it"},
	{"grid.call_record.state_mismatch", "状态 %[1]v 与最后一条记录的状态 %[2]v 不一致", "state %[1]v differs from the last step's %[2]v"},
	{"grid.call_record.deadline_invalid", "报到时限早于吹哨时刻", "the report deadline lies before the call"},
	{"grid.call_record.report_mismatch", "部门 %[1]v 的报到与记录不一致", "the report of %[1]v disagrees with the history"},
}
