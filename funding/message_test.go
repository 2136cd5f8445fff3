package funding_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/funding"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// TestMessagesShowLabels pins the text of the problems that carry a post,
// a band, a rounding mode or a date: a valid value reads as its label in
// each language, an invalid one as its token or text, never as a raw
// catalog key; and every problem still marshals to JSON.
func TestMessagesShowLabels(t *testing.T) {
	scale := funding.DefaultPayScale()
	scale.Posts = append(scale.Posts[:1:1], funding.PostGrades{Post: funding.Post(9), Lowest: 1, Highest: 1, Coefficients: []funding.Rate{funding.Percent(100)}})
	scale.Rounding = funding.Rounding(9)
	scale.Unassessed = funding.Band(9)
	delete(scale.Bands, funding.BandBasicPass)

	hired := governance.MustParseDate("2024-01-01")
	worker := funding.Worker{
		Person: "li", Unit: "210502001001", HiredOn: hired,
		LeftOn: governance.Date{Year: 2024, Month: 2, Day: 30},
		Posts: []funding.Tenure{
			{From: hired, Post: funding.PostDeputy, SecretaryDirector: true},
			{From: governance.MustParseDate("2024-06-01"), Post: funding.Post(9)},
		},
		Assessments: []funding.Assessment{{Year: 2024, Band: funding.Band(9)}},
	}
	_, gradeErr := funding.DefaultPayScale().Monthly(funding.PostHead, 19)
	_, postErr := funding.DefaultPayScale().Monthly(funding.Post(9), 1)

	tests := []struct {
		name   string
		ps     governance.Problems
		zh, en []string
	}{
		{
			name: "pay scale",
			ps:   scale.Validate(),
			zh: []string{
				"bands: 缺少考核等次“基本合格”的规则",
				"posts: 薪酬体系未列出副职岗位，该岗位人员无法发放工资",
				"posts: 薪酬体系未列出其他工作人员岗位，该岗位人员无法发放工资",
				"posts[1].post: “unknown(9)”岗位未知或重复列出",
				"rounding: 舍入方式unknown(9)未知",
				"unassessed: 缺少考核等次“unknown(9)”的规则",
			},
			en: []string{
				"bands: there is no rule for the assessment band “basic pass”",
				"posts: the scale leaves out the deputy post: nobody in it can be paid",
				"posts: the scale leaves out the staff post: nobody in it can be paid",
				"posts[1].post: the post “unknown(9)” is unknown or listed twice",
				"rounding: rounding mode unknown(9) is unknown",
				"unassessed: there is no rule for the assessment band “unknown(9)”",
			},
		},
		{
			name: "worker",
			ps:   worker.Validate(),
			zh: []string{
				"assessments[0].band: 考核等次unknown(9)无效",
				"leftOn: 离职日期2024-02-30不在入职日期2024-01-01之后",
				"posts[0].secretaryDirector: “一肩挑”只适用于正职，此岗位为副职",
				"posts[1].post: 岗位unknown(9)无效",
			},
			en: []string{
				"assessments[0].band: band unknown(9) is not valid",
				"leftOn: the leaving day 2024-02-30 is not after the hiring day 2024-01-01",
				"posts[0].secretaryDirector: secretary-and-director applies only to the head post, not to the deputy post",
				"posts[1].post: post unknown(9) is not valid",
			},
		},
		{
			name: "monthly",
			ps:   governance.Problems{gradeErr.(governance.Problem), postErr.(governance.Problem)},
			zh: []string{
				"grade: 正职岗位的等级为7–18级，不含19级",
				"post: 薪酬体系不含unknown(9)岗位",
			},
			en: []string{
				"grade: grade 19 lies outside the range 7–18 of the head post",
				"post: the scale does not pay the unknown(9) post",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.zh, tt.ps.Messages(language.SimplifiedChinese)); diff != "" {
				t.Errorf("zh-Hans (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.en, tt.ps.Messages(language.English)); diff != "" {
				t.Errorf("en (-want +got):\n%s", diff)
			}
			if _, err := json.Marshal(tt.ps); err != nil {
				t.Errorf("marshal: %v", err)
			}
		})
	}
}
