package i18n

// governanceEntries holds the messages of the governance package.
var governanceEntries = []Entry{
	{"governance.problem.test", "测试问题：%[1]v", "test problem: %[1]v"},

	// severities
	{"governance.severity.error", "错误", "error"},
	{"governance.severity.warning", "警告", "warning"},

	// levels
	{"governance.level.province", "省级", "province"},
	{"governance.level.city", "地级", "city"},
	{"governance.level.county", "县级", "county"},
	{"governance.level.street", "乡级（街道）", "street"},
	{"governance.level.community", "村级（社区）", "community"},
	{"governance.level.grid", "网格", "grid"},

	// unit kinds
	{"governance.unit_kind.province", "省", "province"},
	{"governance.unit_kind.city", "地级市", "city"},
	{"governance.unit_kind.district", "市辖区", "city district"},
	{"governance.unit_kind.county", "县", "county"},
	{"governance.unit_kind.zone", "开发区（园区）", "development zone"},
	{"governance.unit_kind.county_city", "县级市", "county-level city"},
	{"governance.unit_kind.street", "街道", "street"},
	{"governance.unit_kind.town", "镇", "town"},
	{"governance.unit_kind.township", "乡", "township"},
	{"governance.unit_kind.other_township", "其他乡级单位", "other township-level unit"},
	{"governance.unit_kind.community", "社区（居委会）", "community (residents' committee)"},
	{"governance.unit_kind.village", "村（村委会）", "village (villagers' committee)"},
	{"governance.unit_kind.grid", "综合网格", "comprehensive grid"},
	{"governance.unit_kind.exclusive_grid", "专属网格", "exclusive grid"},

	// sexes
	{"governance.sex.male", "男", "male"},
	{"governance.sex.female", "女", "female"},

	// education
	{"governance.education.secondary", "高中、中专及以下", "secondary or below"},
	{"governance.education.college", "大专", "college"},
	{"governance.education.bachelor", "本科", "bachelor's degree"},
	{"governance.education.master", "硕士研究生", "master's degree"},
	{"governance.education.doctor", "博士研究生", "doctorate"},

	// party status
	{"governance.party_status.none", "群众", "not a party member"},
	{"governance.party_status.probationary", "预备党员", "probationary member"},
	{"governance.party_status.full", "正式党员", "full member"},

	// social-work certificates
	{"governance.certificate.none", "无", "none"},
	{"governance.certificate.junior", "助理社会工作师", "junior social worker"},
	{"governance.certificate.intermediate", "社会工作师", "social worker"},
	{"governance.certificate.senior", "高级社会工作师", "senior social worker"},

	// roles
	{"governance.role.secretary", "书记", "secretary"},
	{"governance.role.director", "主任", "director"},
	{"governance.role.deputy_secretary", "副书记", "deputy secretary"},
	{"governance.role.deputy_director", "副主任", "deputy director"},
	{"governance.role.committee_member", "委员", "committee member"},
	{"governance.role.community_worker", "专职社区工作者", "community worker"},
	{"governance.role.grid_worker", "专职网格员", "full-time grid worker"},
	{"governance.role.grid_worker_part_time", "兼职网格员", "part-time grid worker"},
	{"governance.role.grid_police", "网格警员", "grid police officer"},
	{"governance.role.grid_chief", "网格长", "grid chief"},
	{"governance.role.building_head", "楼栋长", "building head"},
	{"governance.role.entrance_head", "单元长", "entrance head"},
	{"governance.role.household_liaison", "联户长", "household liaison"},
	{"governance.role.first_secretary", "第一书记", "first secretary"},
	{"governance.role.legal_advisor", "法律顾问", "legal advisor"},
	{"governance.role.mediator", "人民调解员", "people's mediator"},
	{"governance.role.specialist", "专员", "specialist"},

	// units and the hierarchy
	{"governance.unit.code_invalid", "区划代码 %[1]q 无效", "division code %[1]q is invalid"},
	{"governance.unit.duplicate", "单位 %[1]s 已存在", "unit %[1]s is already present"},
	{"governance.unit.parent_missing", "单位 %[1]s 的上级 %[2]s 不存在", "the parent %[2]s of unit %[1]s is missing"},
	{"governance.unit.outside_root", "单位 %[1]s 不在根单位 %[2]s 之下", "unit %[1]s lies outside the root %[2]s"},
	{"governance.unit.kind_mismatch", "单位 %[1]s 登记的类别为%[2]s，而代码所示为%[3]s", "the kind of unit %[1]s is recorded as %[2]s, but its code says %[3]s"},
	{"governance.unit.name_empty", "单位 %[1]s 缺少名称", "unit %[1]s has no name"},
	{"governance.unit.figure_negative", "单位 %[1]s 的户数或人数为负数：%[2]d", "unit %[1]s has a negative count: %[2]d"},
	{"governance.hierarchy.no_root", "层级为空，无法添加单位 %[1]s：请先用根单位建立层级", "cannot add unit %[1]s to an empty hierarchy: build it from a root unit first"},
	{"governance.unit.households_mismatch", "社区 %[1]s 登记户数 %[2]d 与所辖网格户数之和 %[3]d 不一致", "community %[1]s records %[2]d households but its grids add up to %[3]d"},
}
