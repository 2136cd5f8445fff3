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
}
