package i18n

// governanceIdsEntries holds the governance package's messages about identifiers, the calendar and schedules.
var governanceIdsEntries = []Entry{
	// calendar data (years are passed as text so that they print without grouping)
	{"governance.calendar.empty", "日历未包含任何年份", "the calendar covers no year"},
	{"governance.calendar.year.out_of_range", "年份 %[1]v 超出范围（1–9999）", "year %[1]v is out of range (1–9999)"},
	{"governance.calendar.year.duplicate", "%[1]v 年的安排重复", "the schedule of %[1]v is given twice"},
	{"governance.calendar.source.missing", "%[1]v 年的安排未注明来源（通知名称、文号）", "the schedule of %[1]v names no source (the notice and its number)"},
	{"governance.calendar.day.invalid", "日期“%[1]v”不是有效日期", "%[1]q is not a valid date"},
	{"governance.calendar.day.outside_year", "%[1]v 不在 %[2]v 年内", "%[1]v is not in the year %[2]v"},
	{"governance.calendar.day.duplicate", "%[1]v 重复列出", "%[1]v is listed twice"},
	{"governance.calendar.day.rest_and_workday", "%[1]v 既是休息日又是调休上班日", "%[1]v is listed both as a rest day and as a workday"},
	{"governance.calendar.range.reversed", "起始日 %[1]v 晚于结束日 %[2]v", "the range starts on %[1]v, after its end %[2]v"},
	{"governance.calendar.workday.not_weekend", "%[1]v 不是周末，列为上班日没有作用", "%[1]v is not a weekend day; listing it as a workday changes nothing"},

	// resident identity numbers (GB 11643-1999); messages never show the number
	{"governance.resident_id.length", "身份号码应为 18 位，实际为 %[1]d 位", "has %[1]d characters, want 18"},
	{"governance.resident_id.character", "第 %[1]d 位“%[2]v”不是数字", "character %[1]d (%[2]q) is not a digit"},
	{"governance.resident_id.check_character", "校验码“%[2]v”应为数字或 X", "the check character %[2]q is neither a digit nor X"},
	{"governance.resident_id.birth_date", "出生日期不是真实的日历日期", "the birth date is not a real calendar day"},
	{"governance.resident_id.check", "校验码为“%[1]v”，应为“%[2]v”", "the check character is %[1]q, want %[2]q"},
	{"governance.resident_id.masked", "身份号码已脱敏，无法还原；请从存储中读取完整号码", "the number is masked and cannot be read back; load the full number from storage"},

	// mobile phone numbers
	{"governance.phone.length", "手机号码应为 11 位数字，实际为 %[1]d 位", "has %[1]d characters, want 11 digits"},
	{"governance.phone.character", "第 %[1]d 位“%[2]v”不是数字", "character %[1]d (%[2]q) is not a digit"},
	{"governance.phone.prefix", "手机号码应以 1 开头", "a mobile number starts with 1"},
	{"governance.phone.masked", "手机号码已脱敏，无法还原；请从存储中读取完整号码", "the number is masked and cannot be read back; load the full number from storage"},

	// unified social credit codes (GB 32100-2015)
	{"governance.credit_code.length", "统一社会信用代码应为 18 位，实际为 %[1]d 位", "has %[1]d characters, want 18"},
	{"governance.credit_code.character", "第 %[1]d 位“%[2]v”不在代码字符集中（不用 I、O、S、V、Z）", "character %[1]d (%[2]q) is not in the code's alphabet (which has no I, O, S, V or Z)"},
	{"governance.credit_code.region", "第 %[1]d 位“%[2]v”不是数字：第 3–8 位是行政区划码", "character %[1]d (%[2]q) is not a digit: characters 3–8 are the region code"},
	{"governance.credit_code.check", "校验码为“%[1]v”，应为“%[2]v”", "the check character is %[1]q, want %[2]q"},

	// effective-dated schedules
	{"governance.schedule.from.missing", "未写生效日期：该值适用于此前的每一天", "no start day: the value applies to every earlier day"},
	{"governance.schedule.date.invalid", "日期“%[1]v”无效", "%[1]q is not a valid date"},
	{"governance.schedule.span.empty", "失效日期 %[2]v 不晚于生效日期 %[1]v", "the end %[2]v is not after the start %[1]v"},
	{"governance.schedule.source.missing", "未注明依据（文件名称、文号）", "names no source (the document and its number)"},
	{"governance.schedule.unordered", "生效日期 %[1]v 早于上一条的 %[2]v，应按生效日期排列", "starts on %[1]v, before the previous entry (%[2]v): entries go in order of their start"},
	{"governance.schedule.overlap", "与第 %[1]d 条（从 0 起算）重叠，自 %[2]v 起", "overlaps entry %[1]d (counting from 0) from %[2]v"},
}
