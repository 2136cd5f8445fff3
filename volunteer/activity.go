package volunteer

import (
	"time"

	"github.com/jiceng/jiceng/governance"
)

// ActivityID identifies a volunteer service activity.
type ActivityID string

// Activity is one volunteer service activity (志愿服务活动): what it is, who
// organises it — a team, an organisation, or an organisation through one of
// its teams — where and when it takes place, and whether it is risky, an
// emergency rescue, and insured. The organiser is the body that records the
// hours served in it (谁组织谁记录).
type Activity struct {
	ID        ActivityID      `json:"id"`
	Name      string          `json:"name"` // the content of the service, as a certificate states it
	Kind      Kind            `json:"kind"`
	Organiser OrgID           `json:"organiser"`
	Team      TeamID          `json:"team,omitempty"`      // the team that runs it, if one does
	Community governance.Code `json:"community,omitempty"` // the community it serves, if one
	Place     string          `json:"place,omitempty"`
	Start     time.Time       `json:"start"`
	End       time.Time       `json:"end"`
	// Risky marks an activity with a risk to the volunteers' persons; it
	// needs accident insurance (志愿服务条例 2017).
	Risky bool `json:"risky,omitempty"`
	// EmergencyRescue marks emergency rescue (应急救援), which minors never
	// join.
	EmergencyRescue bool `json:"emergencyRescue,omitempty"`
	// Insured says the organiser has insured the volunteers against
	// accidents for this activity.
	Insured bool `json:"insured,omitempty"`
}

// Day returns the day the activity starts, in its start's location: the
// day its hours count on.
func (a Activity) Day() governance.Date { return governance.DateOf(a.Start) }

// Length returns the time from start to end, the most one volunteer can be
// granted for the activity.
func (a Activity) Length() time.Duration { return a.End.Sub(a.Start) }

// Validate reports every problem with the activity: a missing ID, name or
// organiser, an unknown kind, an invalid community code, a start that is
// missing or not before the end, instants the ledger cannot store.
func (a Activity) Validate() governance.Problems {
	var ps governance.Problems
	if a.ID == "" {
		ps = append(ps, governance.Errorf("volunteer.activity.id_missing", "id"))
	}
	if a.Name == "" {
		ps = append(ps, governance.Errorf("volunteer.activity.name_missing", "name"))
	}
	if !a.Kind.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.activity.kind_invalid", "kind", a.Kind))
	}
	if a.Organiser == "" {
		ps = append(ps, governance.Errorf("volunteer.activity.organiser_missing", "organiser"))
	}
	if a.Community != "" && !a.Community.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.activity.community_invalid", "community", a.Community))
	}
	startOK, endOK := storable(a.Start), storable(a.End)
	if !startOK {
		ps = append(ps, governance.Errorf("volunteer.activity.time_invalid", "start"))
	}
	if !endOK {
		ps = append(ps, governance.Errorf("volunteer.activity.time_invalid", "end"))
	}
	if startOK && endOK && !a.End.After(a.Start) {
		ps = append(ps, governance.Errorf("volunteer.activity.end_not_after_start", "end"))
	}
	return ps.Sorted()
}

// equal reports whether a and b describe the same activity, instants
// compared as instants.
func (a Activity) equal(b Activity) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Kind == b.Kind && a.Organiser == b.Organiser &&
		a.Team == b.Team && a.Community == b.Community && a.Place == b.Place &&
		a.Start.Equal(b.Start) && a.End.Equal(b.End) &&
		a.Risky == b.Risky && a.EmergencyRescue == b.EmergencyRescue && a.Insured == b.Insured
}

// The ledger keeps instants as Unix nanoseconds; these bound what it can
// store (a technical limit, not a rule), in whole seconds.
var (
	minInstant = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	maxInstant = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
)

// storable reports whether t is an instant the ledger can keep: from the
// first bound on, before the second. Unix seconds round down, and the bounds
// are whole seconds, so comparing seconds is exact.
func storable(t time.Time) bool { s := t.Unix(); return s >= minInstant && s < maxInstant }
