package i18n

// governanceOrgEntries holds the governance package's messages about people, posts, staffing and party organisations.
var governanceOrgEntries = []Entry{
	// party organisation kinds
	{"governance.org_kind.committee", "基层党委", "basic party committee"},
	{"governance.org_kind.working_committee", "街道党工委", "street working committee"},
	{"governance.org_kind.general_branch", "党总支", "general party branch"},
	{"governance.org_kind.branch", "党支部", "party branch"},
	{"governance.org_kind.joint_branch", "联合党支部", "joint party branch"},
	{"governance.org_kind.group", "党小组", "party group"},

	// the roster
	{"governance.person.id_missing", "人员缺少编号", "the person has no ID"},
	{"governance.person.duplicate", "人员编号 %[1]s 与 %[2]s 重复", "person ID %[1]s repeats %[2]s"},
	{"governance.post.person_missing", "任职人员 %[1]s 不在人员名册中", "person %[1]s is not among the people"},
	{"governance.post.role_invalid", "职务 %[1]s 无效", "role %[1]s is not valid"},
	{"governance.post.unit_unknown", "单位 %[1]s 不在层级中", "unit %[1]s is not in the hierarchy"},
	{"governance.post.level_not_allowed", "%[1]s不能设在%[2]s单位 %[3]s", "no %[1]s may sit at %[3]s, a %[2]s"},
	{"governance.post.from_missing", "任职缺少起始日期", "the post has no start date"},
	{"governance.post.date_invalid", "日期 %[1]s 不存在", "date %[1]s does not exist"},
	{"governance.post.until_not_after_from", "任职终止日期 %[2]s 不晚于起始日期 %[1]s", "the post ends on %[2]s, not after it starts on %[1]s"},
	{"governance.post.overlap", "%[1]s 在 %[3]s 担任%[2]s的任期与 %[4]s 重叠", "the post of %[1]s as %[2]s at %[3]s overlaps %[4]s"},

	// staffing
	{"governance.staffing.short", "社区 %[1]s 应配社区工作者 %[2]d 名，实有 %[3]d 名", "community %[1]s needs %[2]d community workers but has %[3]d"},
	{"governance.staffing.above_max", "社区 %[1]s 有社区工作者 %[3]d 名，超过上限 %[2]d 名", "community %[1]s has %[3]d community workers, above the cap of %[2]d"},
	{"governance.staffing_rule.negative", "数值 %[1]d 不能为负", "the number %[1]d is negative"},
	{"governance.staffing_rule.steps_unordered", "%[1]d 户的档位未高于上一档的 %[2]d 户", "the step at %[1]d households does not come after the one at %[2]d"},
	{"governance.staffing_rule.role_invalid", "计入的职务 %[1]s 无效", "counted role %[1]s is not valid"},
	{"governance.staffing_rule.empty", "配备标准未设任何指标，不要求配备人员", "the rule sets no measure and requires nobody"},

	// party rules
	{"governance.party_rules.negative", "数值 %[1]d 不能为负", "the number %[1]d is negative"},
	{"governance.party_rules.unordered", "%[1]s（%[2]d）与 %[3]s（%[4]d）大小顺序不对", "%[1]s (%[2]d) and %[3]s (%[4]d) are out of order"},

	// party organisations
	{"governance.party.id_missing", "党组织缺少编号", "the party organisation has no ID"},
	{"governance.party.id_duplicate", "党组织编号 %[1]s 与 %[2]s 重复", "party organisation ID %[1]s repeats %[2]s"},
	{"governance.party.kind_invalid", "党组织类别 %[1]s 无效", "organisation kind %[1]s is not valid"},
	{"governance.party.unit_unknown", "单位 %[1]s 不在层级中", "unit %[1]s is not in the hierarchy"},
	{"governance.party.level_not_allowed", "%[1]s不能设在%[2]s单位", "a %[1]s may not sit at a %[2]s"},
	{"governance.party.members_negative", "党员人数 %[1]d 不能为负", "the member count %[1]d is negative"},
	{"governance.party.full_below_min", "%[1]s有正式党员 %[2]d 名，少于成立党支部所需的 %[3]d 名，应组建联合党支部", "the %[1]s has %[2]d full members, fewer than the %[3]d a branch needs: form a joint branch"},
	{"governance.party.members_below_kind", "%[1]s有党员 %[2]d 名，少于此类组织一般应有的 %[3]d 名", "the %[1]s has %[2]d members, fewer than the %[3]d its kind generally has"},
	{"governance.party.members_above_kind", "%[1]s有党员 %[2]d 名，超过此类组织一般上限 %[3]d 名", "the %[1]s has %[2]d members, more than the %[3]d its kind generally has"},
	{"governance.party.committee_missing", "正式党员 %[1]d 名，达到 %[2]d 名应设立委员会", "%[1]d full members (%[2]d or more) require a committee"},
	{"governance.party.committee_size", "委员会 %[1]d 人，应为 %[2]d 至 %[3]d 人", "a committee of %[1]d, not %[2]d to %[3]d"},
	{"governance.party.committee_above_usual", "委员会 %[1]d 人，多于一般的 %[2]d 人", "a committee of %[1]d, more than the usual %[2]d"},
	{"governance.party.committee_exceeds_full", "委员会 %[1]d 人，多于正式党员 %[2]d 名", "a committee of %[1]d is larger than the %[2]d full members"},
	{"governance.party.election_missing", "未记录换届选举日期", "no election date is recorded"},
	{"governance.party.date_invalid", "日期 %[1]s 不存在", "date %[1]s does not exist"},
	{"governance.party.term_expired", "%[1]s 选举产生的委员会任期已于 %[2]s 届满", "the term from the election of %[1]s ran out on %[2]s"},
	{"governance.party.extension_too_long", "延期至 %[1]s，超过最迟的 %[2]s", "the extension to %[1]s runs past the latest allowed, %[2]s"},
	{"governance.party.covers_not_joint", "只有联合党支部覆盖多个单位，此组织为%[1]s", "only a joint branch covers units; this is a %[1]s"},
	{"governance.party.covers_above_max", "联合党支部覆盖 %[1]d 个单位，超过一般上限 %[2]d 个", "the joint branch covers %[1]d units, more than the usual %[2]d"},
	{"governance.party.covers_unknown", "覆盖的单位 %[1]s 不在层级中", "covered unit %[1]s is not in the hierarchy"},
	{"governance.party.covers_outside", "覆盖的单位 %[1]s 不在联合党支部所在单位 %[2]s 之内", "covered unit %[1]s lies outside the joint branch's unit %[2]s"},
	{"governance.party.parent_missing", "上级党组织 %[1]s 不存在", "parent organisation %[1]s does not exist"},
	{"governance.party.parent_kind", "%[2]s不能作为%[1]s的上级", "a %[2]s cannot lead a %[1]s"},
	{"governance.party.parent_unit", "上级党组织所在单位 %[2]s 不包含本组织所在单位 %[1]s（网格党组织的上级应在本社区）", "the parent sits at %[2]s, which does not contain %[1]s (a grid's organisation is led from within its community)"},
	{"governance.party.parent_cycle", "党组织 %[1]s 的上级链条形成循环", "the chain of parents from %[1]s comes round in a cycle"},
	{"governance.party.grid_uncovered", "网格 %[1]s 没有党组织", "grid %[1]s has no party organisation"},
	{"governance.party.community_uncovered", "社区 %[1]s 没有党委、党总支或党支部", "community %[1]s has no committee, general branch or branch"},
	{"governance.person.id_number_invalid", "人员 %[1]s 的身份号码无效", "person %[1]s has an invalid identity number"},
	{"governance.person.phone_invalid", "人员 %[1]s 的手机号码无效", "person %[1]s has an invalid phone number"},
}
