package i18n

// fundingEntries holds the messages of the funding package.
var fundingEntries = []Entry{
	// rounding modes
	{"funding.rounding.half_up", "四舍五入", "round half up"},
	{"funding.rounding.half_even", "银行家舍入（四舍六入五成双）", "round half to even"},
}
