package dispute

import (
	"testing"
)

func TestRedBlocksUntilReported(t *testing.T) {
	c := mediating()
	must(c.GradeRisk(RiskOrange, "双方争执", at(0, 3)))
	if c.ReportPending() {
		t.Fatalf("orange requires no police report by default")
	}
	must(c.GradeRisk(RiskRed, "扬言报复", at(0, 4)))
	if !c.ReportPending() {
		t.Fatalf("red requires a police report")
	}
	blocked := []func(*Case) error{
		func(c *Case) error { return c.Agree(oral(), at(1)) },
		func(c *Case) error { return c.GradeRisk(RiskYellow, "", at(1)) },
		func(c *Case) error { return c.Defuse("", at(1)) },
		func(c *Case) error { return c.Extend([]int{0, 1}, at(1)) },
	}
	for i, step := range blocked {
		if got := codes(try(t, c, step)); len(got) != 1 || got[0] != "dispute.risk.report_pending" {
			t.Errorf("step %d: %v, want dispute.risk.report_pending", i, got)
		}
	}
	must(c.ReportToPolice(PoliceReport{Station: "某派出所", Reference: "J2025-1"}, at(0, 5)))
	if c.ReportPending() || len(c.Reports()) != 1 {
		t.Fatalf("report not recorded")
	}
	must(c.GradeRisk(RiskRed, "仍有风险", at(0, 6)))
	if c.ReportPending() {
		t.Errorf("grading red again after the report asks for another")
	}
	must(c.Defuse("民警到场，矛盾化解", at(0, 7)))
	must(c.Agree(oral(), at(1)))
	if !c.Prevented() || c.Risk() != RiskRed {
		t.Errorf("prevented %v risk %v", c.Prevented(), c.Risk())
	}
}

func TestReportAllowedBeforeRed(t *testing.T) {
	c := mustRegister(testIntake())
	must(c.ReportToPolice(PoliceReport{Station: "某派出所"}, at(0, 1)))
	must(c.GradeRisk(RiskRed, "", at(0, 2)))
	if !c.ReportPending() {
		t.Errorf("raising to red after an earlier report still needs a report")
	}
}

func TestRiskPolicyIsData(t *testing.T) {
	p := DefaultPolicy()
	p.Risk.Orange.PoliceReport = true
	c, err := Register(testIntake(), p, t0)
	if err != nil {
		t.Fatal(err)
	}
	must(c.GradeRisk(RiskOrange, "", at(0, 1)))
	if !c.ReportPending() {
		t.Errorf("a policy that requires a report for orange is not followed")
	}
}
