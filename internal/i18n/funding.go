package i18n

// fundingEntries holds the messages of the funding package.
var fundingEntries = []Entry{
	// rounding modes
	{"funding.rounding.half_up", "四舍五入", "round half up"},
	{"funding.rounding.half_even", "银行家舍入（四舍六入五成双）", "round half to even"},

	// posts (三岗)
	{"funding.post.head", "正职", "head"},
	{"funding.post.deputy", "副职", "deputy"},
	{"funding.post.staff", "其他工作人员", "staff"},

	// assessment bands
	{"funding.band.excellent", "优秀", "excellent"},
	{"funding.band.pass", "合格", "pass"},
	{"funding.band.basic_pass", "基本合格", "basic pass"},
	{"funding.band.fail", "不合格", "fail"},

	// reasons of a grade change
	{"funding.reason.entry", "入职定级", "placed on hiring"},
	{"funding.reason.placed", "按档案定级", "placed by the records"},
	{"funding.reason.step", "正常晋级", "regular step"},
	{"funding.reason.early_step", "提前晋级", "early step"},
	{"funding.reason.move", "岗位变动重新定级", "re-placed on a change of post"},

	// payslip lines
	{"funding.line.basic", "基础工资", "basic pay"},
	{"funding.line.performance", "绩效工资", "performance pay"},
	{"funding.line.probation", "试用期减发", "probation reduction"},
	{"funding.line.certificate", "职业资格津贴", "certificate allowance"},
	{"funding.line.secretary_director", "书记主任“一肩挑”津贴", "secretary-and-director allowance"},

	// pay scales
	{"funding.pay_scale.base_not_positive", "基数%[1]v元必须大于零", "the base of %[1]v yuan must be above zero"},
	{"funding.pay_scale.post_invalid", "岗位%[1]v未知或重复", "post %[1]v is unknown or repeated"},
	{"funding.pay_scale.post_missing", "薪酬体系缺少岗位%[1]v", "the scale does not pay post %[1]v"},
	{"funding.pay_scale.post_not_paid", "薪酬体系不含岗位%[1]v", "the scale does not pay post %[1]v"},
	{"funding.pay_scale.range_invalid", "等级范围%[1]d–%[2]d无效", "the grade range %[1]d–%[2]d is not valid"},
	{"funding.pay_scale.coefficients_count", "有%[1]d个系数，等级范围需要%[2]d个", "%[1]d coefficients given where the grade range needs %[2]d"},
	{"funding.pay_scale.coefficient_invalid", "系数%[1]v须大于0且不超过100", "coefficient %[1]v must be above 0 and at most 100"},
	{"funding.pay_scale.coefficient_decreasing", "第%[1]d级系数%[2]v低于下一级", "the coefficient %[2]v of grade %[1]d is lower than the grade below"},
	{"funding.pay_scale.years_per_step_invalid", "晋级年限%[1]d须至少为1年", "the years per step, %[1]d, must be at least 1"},
	{"funding.pay_scale.early_step_invalid", "提前晋级规则无效（连续%[1]d年，至多%[2]d次）", "the early-step rule is not valid (%[1]d years in a row, at most %[2]d times)"},
	{"funding.pay_scale.uplift_invalid", "学历晋级%[1]d级无效", "an education uplift of %[1]d grades is not valid"},
	{"funding.pay_scale.allowance_invalid", "津贴%[1]v元无效", "the allowance of %[1]v yuan is not valid"},
	{"funding.pay_scale.share_invalid", "比例%[1]v须在0到1之间", "the share %[1]v must lie between 0 and 1"},
	{"funding.pay_scale.band_invalid", "考核等次规则无效（绩效比例%[1]v）", "the band rule is not valid (performance share %[1]v)"},
	{"funding.pay_scale.band_missing", "缺少考核等次%[1]v的规则", "there is no rule for band %[1]v"},
	{"funding.pay_scale.probation_invalid", "试用期规则无效（%[1]d个月，比例%[2]v）", "the probation rule is not valid (%[1]d months at %[2]v)"},
	{"funding.pay_scale.rounding_invalid", "舍入方式%[1]v未知", "rounding mode %[1]v is unknown"},
	{"funding.grade.out_of_range", "等级%[1]d不在岗位%[2]v的范围%[3]d–%[4]d内", "grade %[1]d lies outside the range %[3]d–%[4]d of post %[2]v"},

	// workers
	{"funding.worker.person_missing", "缺少人员", "the person is missing"},
	{"funding.worker.unit_invalid", "单位代码%[1]q无效", "unit code %[1]q is not valid"},
	{"funding.worker.hired_on_invalid", "入职日期%[1]v无效", "the hiring day %[1]v is not valid"},
	{"funding.worker.left_before_hired", "离职日期%[1]v不在入职日期%[2]v之后", "the leaving day %[1]v is not after the hiring day %[2]v"},
	{"funding.worker.posts_missing", "没有岗位记录", "there are no posts"},
	{"funding.worker.posts_start", "第一个岗位自%[1]v起，而入职日期为%[2]v", "the first post starts on %[1]v, not on the hiring day %[2]v"},
	{"funding.worker.posts_order", "岗位变动日期%[1]v未按时间顺序", "the change of post on %[1]v is out of order"},
	{"funding.worker.post_invalid", "岗位%[1]v无效", "post %[1]v is not valid"},
	{"funding.worker.secretary_director_not_head", "“一肩挑”只适用于正职，而岗位为%[1]v", "secretary-and-director applies only to the head post, not to %[1]v"},
	{"funding.worker.band_invalid", "考核等次%[1]v无效", "band %[1]v is not valid"},
	{"funding.worker.assessments_order", "%[1]v年度考核未按年份顺序或早于入职年份", "the assessment of %[1]v is out of order or before the hiring year"},
	{"funding.worker.grade_invalid", "定级%[1]d级（%[2]v）无效", "the recorded grade %[1]d on %[2]v is not valid"},
	{"funding.worker.not_employed", "%[1]v在%[2]v未在岗", "%[1]v is not employed on %[2]v"},

	// payroll
	{"funding.payslip.out_of_range", "%[1]v的工资超出金额范围：%[2]v", "the pay of %[1]v leaves the range of amounts: %[2]v"},
	{"funding.payroll.no_scale", "%[1]v（%[2]v）在%[3]v没有适用的薪酬体系", "no pay scale is in force for %[1]v (%[2]v) on %[3]v"},
	{"funding.scales.unit_invalid", "薪酬体系的适用单位%[1]q不是区划代码", "the pay scales' unit %[1]q is not a division code"},
	{"funding.payroll.scale_invalid", "%[1]v（%[2]v）适用的薪酬体系有%[3]d个问题", "the pay scale in force for %[1]v (%[2]v) has %[3]d problems"},
}
