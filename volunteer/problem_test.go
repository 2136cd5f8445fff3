package volunteer

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// problemsOf returns the problems in err, or none.
func problemsOf(err error) governance.Problems {
	var ps governance.Problems
	errors.As(err, &ps)
	return ps
}

// readerProblems makes problems whose arguments are enums, valid and not,
// days, zero and not, and instants.
func readerProblems(t *testing.T) governance.Problems {
	var ps governance.Problems
	ps = append(ps, Activity{Kind: 12, Start: day0, End: day0.Add(time.Hour)}.Validate()...)
	ps = append(ps, Team{Kind: KindUnknown}.Validate()...)
	ps = append(ps, Need{WantedBy: governance.Date{Year: 2025, Month: 2, Day: 30}}.Validate()...)
	ps = append(ps, Assignee{Kind: 9}.Validate()...)
	ps = append(ps, Assignee{Kind: AssigneePartyMember, Team: "t"}.Validate()...)
	ps = append(ps, Agreement{Assessment: []Target{{MeasureHours, 1}, {MeasureHours, 1}, {0, 1}}}.Validate()...)
	ps = append(ps, MemberReport{On: governance.Date{Year: 2025, Month: 13, Day: 1}}.Validate()...)
	ps = append(ps, Volunteer{}.Validate(DefaultPolicy())...)
	ps = append(ps, Eligibility(Volunteer{}, Activity{Start: day0}, []Ban{{Until: governance.Date{Year: 2025, Month: 2, Day: 30}}}, DefaultPolicy())...)
	_, err := fixtureLedger(t).Certify(CertificateRequest{On: governance.MustDate(2025, 6, 1), From: governance.MustDate(2025, 6, 1), Until: governance.MustDate(2025, 6, 5)})
	ps = append(ps, problemsOf(err)...)
	_, err = fixtureLedger(t).Grant(grant("v1", "a1", 9*time.Hour, "k"), day0.Add(-time.Hour))
	ps = append(ps, problemsOf(err)...)
	_, err = Nominate(Nomination{Volunteer: "v1", Body: "b", Held: 9}, NewLedger(), DefaultPolicy(), day0)
	ps = append(ps, problemsOf(err)...)
	o := placed(t)
	_, err = o.Activity()
	ps = append(ps, problemsOf(err)...)
	r := o.Record()
	r.State, r.Rating = OrderRated, 9
	_, err = RestoreOrder(r)
	ps = append(ps, problemsOf(err)...)
	rec := fullLedger(t).Record()
	rec.Entries[0].Reason = "x"
	_, err = RestoreLedger(rec)
	ps = append(ps, problemsOf(err)...)
	rec = fullLedger(t).Record()
	rec.Entries[4].Voids = 4
	_, err = RestoreLedger(rec)
	ps = append(ps, problemsOf(err)...)
	rec = fullLedger(t).Record()
	rec.Entries[2].Kind = 7
	_, err = RestoreLedger(rec)
	ps = append(ps, problemsOf(err)...)
	return ps
}

// TestProblemsRenderForReaders checks that every problem reads in both
// languages without a raw key, a token where a label belongs or a broken
// verb, and that the problems still marshal to JSON.
func TestProblemsRenderForReaders(t *testing.T) {
	ps := readerProblems(t)
	if len(ps) < 40 {
		t.Fatalf("only %d problems made", len(ps))
	}
	for _, p := range ps {
		for _, tag := range []language.Tag{language.SimplifiedChinese, language.English} {
			m := p.Message(tag)
			for _, bad := range []string{"[volunteer.", "%!", "_"} { // a raw key, a broken verb, a token
				if strings.Contains(strings.TrimPrefix(m, p.Path), bad) {
					t.Errorf("%s in %v reads %q", p.Code, tag, m)
				}
			}
		}
	}
	if _, err := json.Marshal(ps); err != nil {
		t.Errorf("problems do not marshal: %v", err)
	}
}

// TestProblemMessages pins the messages whose arguments are labels, days
// and instants.
func TestProblemMessages(t *testing.T) {
	a := fixtureActivities()[0]
	l := fixtureLedger(t)
	for _, tc := range []struct {
		p      governance.Problem
		zh, en string
	}{
		{governance.Errorf("volunteer.record.state_mismatch", "state", AwardAwarded, AwardPublished),
			"state: 状态“已认定”与最后一步的“公示中”不符", "state: the state (awarded) does not match the last step's (published)"},
		{find(t, problemsOf(restoredIn(t, OrderRated)), "volunteer.record.state_mismatch"),
			"state: 状态“已评价”与最后一步的“已点单”不符", "state: the state (rated) does not match the last step's (placed)"},
		{governance.Errorf("volunteer.void.not_grant", "entry", 4, EntryVoid),
			"entry: 记录4不是时长记录（作废）", "entry: entry 4 is not a grant (void)"},
		{governance.Errorf("volunteer.ledger.field_unexpected", "reason", EntryFinding),
			"reason: 此类记录（弄虚作假认定）不应有此字段", "reason: an entry of this kind (finding of falsified hours) has no such field"},
		{governance.Errorf("volunteer.order.not_done", "state", OrderPlaced),
			"state: 订单尚未完成（已点单）", "state: the order is not done (placed)"},
		{governance.Errorf("volunteer.dual.measure_repeated", "measure", MeasureHours),
			"measure: 考核指标重复：服务时长（小时）", "measure: measure listed twice: hours served"},
		{find(t, Activity{Kind: 12}.Validate(), "volunteer.activity.kind_invalid"),
			"kind: 服务领域无效：unknown(12)", "kind: invalid field of service: unknown(12)"},
		{find(t, l.serviceProblems(a.ID, time.Hour, clerk, day0.Add(-time.Hour), 0, true), "volunteer.grant.before_activity"),
			"at: 记录时间早于活动开始时间2025-03-01 09:00", "at: recorded before the activity began at 2025-03-01 09:00"},
		{governance.Errorf("volunteer.certificate.period_after_issue", "until", governance.MustDate(2025, 6, 4), governance.MustDate(2025, 6, 1)),
			"until: 证明期间截至2025-06-04，晚于出具日期2025-06-01", "until: the period ends on 2025-06-04, after the day of issue 2025-06-01"},
		{find(t, Eligibility(Volunteer{}, a, nil, DefaultPolicy()), "volunteer.eligibility.not_registered"),
			"registered: 2025-03-01尚未注册为志愿者", "registered: not a registered volunteer on 2025-03-01"},
	} {
		got := []string{tc.p.Message(language.SimplifiedChinese), tc.p.Message(language.English)}
		if d := cmp.Diff([]string{tc.zh, tc.en}, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.p.Code, d)
		}
	}
}

// restoredIn restores a placed order recorded in state s.
func restoredIn(t *testing.T, s OrderState) error {
	r := placed(t).Record()
	r.State = s
	if s == OrderRated {
		r.Rating = SatisfactionSatisfied
	}
	_, err := RestoreOrder(r)
	return err
}

// find returns the problem with the code.
func find(t *testing.T, ps governance.Problems, code string) governance.Problem {
	t.Helper()
	for _, p := range ps {
		if p.Code == code {
			return p
		}
	}
	t.Fatalf("no %s in %v", code, ps)
	return governance.Problem{}
}
