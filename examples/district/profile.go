package main

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/jiceng/jiceng/dispute"
	"github.com/jiceng/jiceng/funding"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
)

// Profile is the figures of one place as the source reports give them, and
// the rules it runs under. The generator builds the place's units, people and
// year of activity from them; a figure the reports do not give is marked
// illustrative in the profile's notes.
type Profile struct {
	ID     string          `json:"id"`
	Name   string          `json:"name"`   // zh-Hans
	NameEN string          `json:"nameEn"` // en
	Code   governance.Code `json:"code"`   // the root unit: a city, a county or a street
	Source string          `json:"source"`
	Notes  string          `json:"notes,omitempty"`

	// The shape of the place below its root.
	Counties    int `json:"counties,omitempty"` // under a city
	Streets     int `json:"streets,omitempty"`  // under a city or county; none under a street
	Communities int `json:"communities"`
	Villages    int `json:"villages,omitempty"` // how many of the communities are villages
	Grids       int `json:"grids"`
	Households  int `json:"households"`
	Residents   int `json:"residents"`

	// People.
	GridWorkers         int `json:"gridWorkers"`
	GridWorkersPartTime int `json:"gridWorkersPartTime,omitempty"`
	Specialists         int `json:"specialists,omitempty"`
	HouseholdLiaisons   int `json:"householdLiaisons,omitempty"`
	FirstSecretaries    int `json:"firstSecretaries,omitempty"`
	PartyMembers        int `json:"partyMembers"`

	// Rules, by name (see staffingRules and teamPolicies).
	Staffing string `json:"staffing"`
	Teams    string `json:"teams"`

	// A year's activity.
	Appeals    int            `json:"appeals"`
	Disputes   int            `json:"disputes"`
	DisputeMix map[string]int `json:"disputeMix,omitempty"` // category token → cases; the rest are spread
	// DisputeSuccessPercent is the share of mediations that end in an
	// agreement (Xibei: all 365 resolved).
	DisputeSuccessPercent int `json:"disputeSuccessPercent"`
	Volunteers            int `json:"volunteers"`
	PartyMembersReported  int `json:"partyMembersReported,omitempty"`
	CoBuildingUnits       int `json:"coBuildingUnits,omitempty"`

	// Money.
	PayBase      funding.Money `json:"payBase"`
	StreetGrant  funding.Money `json:"streetGrant,omitempty"`  // per street and year (Heping)
	GridFunds    funding.Money `json:"gridFunds,omitempty"`    // grid allowances per year, in all
	ServiceFunds funding.Money `json:"serviceFunds,omitempty"` // service-the-people funds per community and year
	PartyFunds   funding.Money `json:"partyFunds,omitempty"`   // party-building funds per community and year
}

// staffingRules are the staffing rules a profile may name.
var staffingRules = map[string]func() governance.StaffingRule{
	"national": governance.NationalStaffingRule,
	"benxi":    governance.BenxiStaffingRule,
	"tianjin":  governance.TianjinStaffingRule,
	"taiyuan":  governance.TaiyuanStaffingRule,
}

//go:embed profiles/*.json
var embedded embed.FS

// profiles returns the embedded profiles by ID.
func profiles() (map[string]Profile, error) {
	out := make(map[string]Profile)
	err := fs.WalkDir(embedded, "profiles", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := embedded.ReadFile(path)
		if err != nil {
			return err
		}
		p, err := decodeProfile(b)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		out[p.ID] = p
		return nil
	})
	return out, err
}

// profileIDs returns the embedded profiles' IDs, sorted.
func profileIDs(ps map[string]Profile) []string {
	ids := make([]string, 0, len(ps))
	for id := range ps {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// decodeProfile reads a profile strictly (unknown fields are an error) and
// validates it; the error is governance.Problems when the JSON is well formed
// but the figures are not.
func decodeProfile(b []byte) (Profile, error) {
	var p Profile
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return Profile{}, err
	}
	if err := p.Validate().Err(); err != nil {
		return Profile{}, err
	}
	return p, nil
}

// Validate reports every problem of the profile's figures.
func (p Profile) Validate() governance.Problems {
	var ps governance.Problems
	bad := func(code, path string, args ...any) { ps = append(ps, governance.Errorf(code, path, args...)) }
	if p.ID == "" {
		bad("report.profile.id_empty", "id")
	}
	if p.Name == "" || p.NameEN == "" {
		bad("report.profile.name_empty", "name")
	}
	level := p.Code.Level()
	switch {
	case !p.Code.IsValid():
		bad("report.profile.code_invalid", "code", string(p.Code))
	case level != governance.LevelCity && level != governance.LevelCounty && level != governance.LevelStreet:
		bad("report.profile.root_level", "code", string(p.Code))
	case level == governance.LevelCity && p.Counties < 1:
		bad("report.profile.too_few", "counties", p.Counties, 1)
	case level == governance.LevelStreet && (p.Streets != 0 || p.Counties != 0):
		bad("report.profile.street_root", "streets")
	}
	if level != governance.LevelStreet && p.Streets < max(1, p.Counties) {
		bad("report.profile.too_few", "streets", p.Streets, max(1, p.Counties))
	}
	if p.Communities < max(1, p.Streets) {
		bad("report.profile.too_few", "communities", p.Communities, max(1, p.Streets))
	}
	if p.Villages < 0 || p.Villages > p.Communities {
		bad("report.profile.out_of_range", "villages", p.Villages, 0, p.Communities)
	}
	if p.Grids < p.Communities {
		bad("report.profile.too_few", "grids", p.Grids, p.Communities)
	}
	if p.Grids > 999*max(1, p.Communities) {
		bad("report.profile.out_of_range", "grids", p.Grids, 1, 999*max(1, p.Communities))
	}
	if p.Households < p.Grids {
		bad("report.profile.too_few", "households", p.Households, p.Grids)
	}
	if p.Residents < p.Households {
		bad("report.profile.too_few", "residents", p.Residents, p.Households)
	}
	for _, f := range []struct {
		path string
		n    int
	}{
		{"gridWorkers", p.GridWorkers}, {"gridWorkersPartTime", p.GridWorkersPartTime},
		{"specialists", p.Specialists}, {"householdLiaisons", p.HouseholdLiaisons},
		{"firstSecretaries", p.FirstSecretaries}, {"partyMembers", p.PartyMembers},
		{"appeals", p.Appeals}, {"disputes", p.Disputes}, {"volunteers", p.Volunteers},
		{"partyMembersReported", p.PartyMembersReported}, {"coBuildingUnits", p.CoBuildingUnits},
	} {
		if f.n < 0 {
			bad("report.profile.negative", f.path, f.n)
		}
	}
	if p.DisputeSuccessPercent < 0 || p.DisputeSuccessPercent > 100 {
		bad("report.profile.out_of_range", "disputeSuccessPercent", p.DisputeSuccessPercent, 0, 100)
	}
	if p.FirstSecretaries > p.Communities {
		bad("report.profile.out_of_range", "firstSecretaries", p.FirstSecretaries, 0, p.Communities)
	}
	if _, ok := staffingRules[p.Staffing]; !ok {
		bad("report.profile.rule_unknown", "staffing", p.Staffing, strings.Join(sortedKeys(staffingRules), ", "))
	}
	if _, ok := teamPolicies[p.Teams]; !ok {
		bad("report.profile.rule_unknown", "teams", p.Teams, strings.Join(sortedKeys(teamPolicies), ", "))
	}
	mixed := 0
	for _, tok := range sortedKeys(p.DisputeMix) {
		n := p.DisputeMix[tok]
		if !validCategory(tok) {
			bad("report.profile.category_unknown", "disputeMix."+tok, tok)
		}
		if n < 0 {
			bad("report.profile.negative", "disputeMix."+tok, n)
		}
		mixed += n
	}
	if mixed > p.Disputes {
		bad("report.profile.mix_above_total", "disputeMix", mixed, p.Disputes)
	}
	if !p.PayBase.IsPositive() {
		bad("report.profile.money_not_positive", "payBase", p.PayBase.String())
	}
	for _, m := range []struct {
		path string
		v    funding.Money
	}{{"streetGrant", p.StreetGrant}, {"gridFunds", p.GridFunds}, {"serviceFunds", p.ServiceFunds}, {"partyFunds", p.PartyFunds}} {
		if m.v.IsNegative() {
			bad("report.profile.negative", m.path, m.v.String())
		}
	}
	return ps.Sorted()
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// teamPolicies are the grid team policies a profile may name.
var teamPolicies = map[string]func() grid.TeamPolicy{
	"default":   grid.DefaultTeamPolicy,
	"benxi":     grid.BenxiTeamPolicy,
	"zhangzhou": grid.ZhangzhouTeamPolicy,
	"xibei":     grid.XibeiTeamPolicy,
}

func validCategory(tok string) bool {
	var c dispute.Category
	return c.UnmarshalText([]byte(tok)) == nil
}
