package main

import (
	"fmt"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/grid"
	"github.com/jiceng/jiceng/internal/synth"
)

// whistle is one item of the street duty list a street may blow the whistle
// for, with the call's kind and category.
type whistle struct {
	item     governance.DutyItem
	kind     grid.WhistleKind
	category grid.CallCategory
}

// whistleItems are the street list's whistle items ("街乡吹哨、部门报到"),
// illustrative, each owned by the department that must report.
var whistleItems = []whistle{
	{governance.DutyItem{ID: "S-01", Title: "违法建设查处", Department: "district-urban-management"}, grid.WhistleEnforcement, grid.CallEnforcement},
	{governance.DutyItem{ID: "S-02", Title: "占道经营整治", Department: "district-urban-management"}, grid.WhistleEnforcement, grid.CallEnforcement},
	{governance.DutyItem{ID: "S-03", Title: "消防安全隐患处置", Department: "district-fire-rescue"}, grid.WhistleEmergency, grid.CallEmergency},
	{governance.DutyItem{ID: "S-04", Title: "环境污染投诉处置", Department: "district-ecology-environment"}, grid.WhistleResident, grid.CallServingPeople},
	{governance.DutyItem{ID: "S-05", Title: "物业矛盾调处", Department: "district-housing-bureau"}, grid.WhistleResident, grid.CallDisputeResolution},
	{governance.DutyItem{ID: "S-06", Title: "防汛应急处置", Department: "district-emergency-management"}, grid.WhistleEmergency, grid.CallEmergency},
	{governance.DutyItem{ID: "S-07", Title: "老旧小区改造协调", Department: "district-housing-bureau"}, grid.WhistleResident, grid.CallKeyWork},
}

// duties returns the register of the street duty list: the whistle items
// (assisting: the street calls, the department acts) and two statutory
// items of the street's own.
func (m *model) duties() (*governance.Duties, error) {
	items := []governance.DutyItem{
		{ID: "S-10", Title: "指导居民自治", Kind: governance.DutyStatutory, Level: governance.LevelStreet},
		{ID: "S-11", Title: "基层党组织建设", Kind: governance.DutyStatutory, Level: governance.LevelStreet},
	}
	for _, w := range whistleItems {
		it := w.item
		it.Kind, it.Level, it.Whistle = governance.DutyAssisting, governance.LevelStreet, true
		items = append(items, it)
	}
	return governance.NewDuties(governance.DutyList{
		Level:  governance.LevelStreet,
		Scope:  m.p.Code,
		From:   governance.MustDate(m.year, time.January, 1),
		Items:  items,
		Source: "illustrative street duty list (RULES.md §7)",
	})
}

// calls has every street blow the whistle about twice a month; summoned
// departments mostly report within the half hour, some late, a few only the
// next day; the street closes the call when the matter is done.
func (m *model) calls(duties *governance.Duties) ([]*grid.Call, error) {
	r := synth.NewRand(m.seed, streamCalls)
	policy := grid.DefaultCallPolicy()
	end := governance.MustDate(m.year+1, time.January, 1).In(china)
	var calls []*grid.Call
	for _, s := range m.streets {
		if s.Code.Level() != governance.LevelStreet {
			continue
		}
		for i := range 24 {
			w := whistleItems[r.IntN(len(whistleItems))]
			at := m.instant(r)
			c, err := grid.Raise(grid.CallRequest{
				ID:       fmt.Sprintf("%s-%02d", s.Code[:9], i+1),
				Street:   s.Code,
				Kind:     w.kind,
				Category: w.category,
				Item:     w.item.ID,
				Summary:  w.item.Title,
				Caller:   "street-office",
			}, duties, policy, at)
			if err != nil {
				return nil, err
			}
			calls = append(calls, c)
			var after time.Duration
			switch n := r.IntN(100); {
			case n < 85:
				after = time.Duration(5+r.IntN(25)) * time.Minute
			case n < 96:
				after = time.Duration(31+r.IntN(90)) * time.Minute
			default:
				after = time.Duration(18+r.IntN(6)) * time.Hour
			}
			if at.Add(after).Before(end) {
				if err := c.Report(w.item.Department, at.Add(after)); err != nil {
					return nil, err
				}
			}
			if done := at.Add(time.Duration(1+r.IntN(5)) * 24 * time.Hour); done.Before(end) {
				if err := c.Close("问题已解决", done); err != nil {
					return nil, err
				}
			}
		}
	}
	return calls, nil
}
