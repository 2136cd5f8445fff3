package volunteer

import (
	"iter"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Measure is what a yearly promise counts.
type Measure uint8

// Measures.
const (
	MeasureUnknown    Measure = iota
	MeasureHours              // whole hours served in the community's activities
	MeasureActivities         // activities in the community with hours served
	MeasureOrders             // service orders in the community completed
)

var measureTokens = enum.Tokens[Measure]{"unknown", "hours", "activities", "orders"}

// String returns the measure's token.
func (m Measure) String() string { return measureTokens.String(m) }

// IsValid reports whether m is a known measure.
func (m Measure) IsValid() bool { return measureTokens.Valid(m) }

// MarshalText returns the measure's token.
func (m Measure) MarshalText() ([]byte, error) { return measureTokens.Marshal("measure", m) }

// UnmarshalText sets m from its token.
func (m *Measure) UnmarshalText(b []byte) error { return measureTokens.Unmarshal("measure", m, b) }

// Label returns the measure's name in the language matched for tag.
func (m Measure) Label(tag language.Tag) string {
	return i18n.Label(tag, "volunteer.measure", m.String())
}

// Measures yields every valid measure.
func Measures() iter.Seq[Measure] { return measureTokens.All() }

// Target is a yearly promise: at least Value of the measure each calendar
// year.
type Target struct {
	Measure Measure `json:"measure"`
	Value   int     `json:"value"`
}

func validTargets(ts []Target, path string) governance.Problems {
	var ps governance.Problems
	seen := make(map[Measure]bool)
	for i, t := range ts {
		p := governance.Index(path, i)
		switch {
		case !t.Measure.IsValid():
			ps = append(ps, governance.Errorf("volunteer.dual.measure_invalid", governance.Field(p, "measure"), t.Measure))
		case seen[t.Measure]:
			ps = append(ps, governance.Errorf("volunteer.dual.measure_repeated", governance.Field(p, "measure"), t.Measure))
		}
		seen[t.Measure] = true
		if t.Value <= 0 {
			ps = append(ps, governance.Errorf("volunteer.policy.not_positive", governance.Field(p, "value"), t.Value))
		}
	}
	return ps
}

// MemberReport is a serving party member's report to the home community
// (在职党员到社区报到, one half of dual reporting, 双报到): the member, the
// unit they work for, the community, the day, the services they took up
// (认领的服务项目) and what they promise a year. Heping counted 7,800 such
// members (report).
type MemberReport struct {
	Member    governance.PersonID `json:"member"`
	Employer  OrgID               `json:"employer"`
	Community governance.Code     `json:"community"`
	On        governance.Date     `json:"on"`
	Services  []string            `json:"services"`
	Targets   []Target            `json:"targets"`
}

// Validate reports every problem with the report: a missing member,
// employer or service, an invalid community or day, an invalid or repeated
// target.
func (r MemberReport) Validate() governance.Problems {
	var ps governance.Problems
	if r.Member == "" {
		ps = append(ps, governance.Errorf("volunteer.dual.field_missing", "member"))
	}
	if r.Employer == "" {
		ps = append(ps, governance.Errorf("volunteer.dual.field_missing", "employer"))
	}
	ps = append(ps, common(r.Community, r.On, "on", r.Services, "services")...)
	ps = append(ps, validTargets(r.Targets, "targets")...)
	return ps.Sorted()
}

// common checks what reports and agreements share: a community, a day and
// a list of services without empty items.
func common(c governance.Code, d governance.Date, dayPath string, items []string, itemsPath string) governance.Problems {
	var ps governance.Problems
	if !c.IsValid() || c.Level() != governance.LevelCommunity {
		ps = append(ps, governance.Errorf("volunteer.dual.community_invalid", "community", c))
	}
	if !d.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.dual.day_invalid", dayPath, d))
	}
	if len(items) == 0 {
		ps = append(ps, governance.Errorf("volunteer.dual.field_missing", itemsPath))
	}
	for i, s := range items {
		if s == "" {
			ps = append(ps, governance.Errorf("volunteer.dual.field_missing", governance.Index(itemsPath, i)))
		}
	}
	return ps
}

// Agreement is a unit's co-building agreement with a community
// (共驻共建协议, the other half of dual reporting) with its three lists: the
// community's needs and the unit's resources (需求清单、资源清单), the
// activities and services the unit will run (项目清单), and the yearly
// targets it is assessed against (评价清单). Heping's 479 units signed such
// agreements (report).
type Agreement struct {
	Unit       OrgID           `json:"unit"`
	Community  governance.Code `json:"community"`
	Signed     governance.Date `json:"signed"`
	Needs      []string        `json:"needs"`
	Resources  []string        `json:"resources"`
	Projects   []string        `json:"projects"`
	Assessment []Target        `json:"assessment"`
}

// Validate reports every problem with the agreement: a missing unit, an
// invalid community or signing day, an empty list or item, an invalid or
// repeated target.
func (a Agreement) Validate() governance.Problems {
	var ps governance.Problems
	if a.Unit == "" {
		ps = append(ps, governance.Errorf("volunteer.dual.field_missing", "unit"))
	}
	ps = append(ps, common(a.Community, a.Signed, "signed", a.Projects, "projects")...)
	for _, l := range []struct {
		items []string
		path  string
	}{{a.Needs, "needs"}, {a.Resources, "resources"}} {
		if len(l.items) == 0 {
			ps = append(ps, governance.Errorf("volunteer.dual.field_missing", l.path))
		}
		for i, s := range l.items {
			if s == "" {
				ps = append(ps, governance.Errorf("volunteer.dual.field_missing", governance.Index(l.path, i)))
			}
		}
	}
	if len(a.Assessment) == 0 {
		ps = append(ps, governance.Errorf("volunteer.dual.field_missing", "assessment"))
	}
	ps = append(ps, validTargets(a.Assessment, "assessment")...)
	return ps.Sorted()
}
