package dispute

import (
	"time"

	"github.com/jiceng/jiceng/governance"
)

// PoliceReport is a report of a case to the police (人民调解法 §25: 对有可能
// 激化的纠纷…应当及时向当地公安机关或者其他有关部门报告).
type PoliceReport struct {
	// Station is the police station or body reported to.
	Station string `json:"station"`
	// Reference is the police's reference for the report, if any.
	Reference string `json:"reference,omitempty"`
	Note      string `json:"note,omitempty"`
}

// ReportRecord is a police report as recorded, with its instant.
type ReportRecord struct {
	PoliceReport
	At time.Time `json:"at"`
}

// GradeRisk grades the case's risk. Raising it to a grade whose rule
// requires a police report (RiskRule.PoliceReport: red by default) blocks
// every further step but ReportToPolice until the report is recorded; so
// does any other step while a report is pending, GradeRisk included — the
// grade cannot be lowered to avoid the report.
func (c *Case) GradeRisk(r Risk, note string, at time.Time) error {
	to, ps, err := c.begin(VerbGradeRisk, at)
	if err != nil {
		return err
	}
	if !r.IsValid() {
		ps = append(ps, governance.Errorf("dispute.risk.invalid", "risk"))
	}
	if ps != nil {
		return c.reject(VerbGradeRisk, ps)
	}
	rules := c.r.Policy.Risk
	if rules.For(r).PoliceReport && !rules.For(c.r.Risk).PoliceReport {
		c.r.ReportPending = true
	}
	c.r.Risk = r
	c.commit(VerbGradeRisk, to, at, c.actor(), note)
	return nil
}

// ReportToPolice records a report of the case to the police. It is always
// allowed while the case is open, and clears a pending report.
func (c *Case) ReportToPolice(p PoliceReport, at time.Time) error {
	to, ps, err := c.begin(VerbReportPolice, at)
	if err != nil {
		return err
	}
	if p.Station == "" {
		ps = append(ps, governance.Errorf("dispute.police.station_missing", "report.station"))
	}
	if ps != nil {
		return c.reject(VerbReportPolice, ps)
	}
	c.r.Reports = append(c.r.Reports, ReportRecord{PoliceReport: p, At: at})
	c.r.ReportPending = false
	c.commit(VerbReportPolice, to, at, c.actor(), p.Note)
	return nil
}

// Defuse records that a graded case was kept from turning into a
// public-security or criminal case (防止民转刑); such cases are counted by
// Tally. It may be recorded once.
func (c *Case) Defuse(note string, at time.Time) error {
	to, ps, err := c.begin(VerbDefuse, at)
	if err != nil {
		return err
	}
	if !c.r.Risk.IsValid() {
		ps = append(ps, governance.Errorf("dispute.defuse.not_graded", "risk"))
	}
	if c.prevented {
		ps = append(ps, governance.Errorf("dispute.defuse.twice", "defused"))
	}
	if ps != nil {
		return c.reject(VerbDefuse, ps)
	}
	c.r.Defused = at
	c.prevented = true
	c.commit(VerbDefuse, to, at, c.actor(), note)
	return nil
}

// Risk returns the case's risk grade; RiskUnknown when never graded.
func (c *Case) Risk() Risk { return c.r.Risk }

// ReportPending reports whether the case waits for a police report before
// any other step.
func (c *Case) ReportPending() bool { return c.r.ReportPending }

// Reports returns a copy of the case's police reports, oldest first.
func (c *Case) Reports() []ReportRecord { return clone(c.r.Reports) }

// Prevented reports whether the case was recorded as kept from turning
// criminal (Defuse).
func (c *Case) Prevented() bool { return c.prevented }
