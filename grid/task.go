package grid

import (
	"github.com/jiceng/jiceng/governance"
)

// Task is a duty item handed down to a grid (网格事项) under one of the six
// grid duties, from a day on.
type Task struct {
	Item governance.DutyID `json:"item"`
	Grid governance.Code   `json:"grid"`
	Duty Duty              `json:"duty"`
	On   governance.Date   `json:"on"`
}

// task problem codes.
const (
	codeTaskGrid = "grid.task.grid_invalid"
	codeTaskDuty = "grid.task.duty_invalid"
	codeTaskItem = "grid.task.item_missing"
	codeTaskDay  = "grid.task.day_missing"
)

// Validate reports a code that is not a valid grid, an unknown duty, no
// item and no day.
func (t Task) Validate() governance.Problems {
	var ps governance.Problems
	if t.Grid.Level() != governance.LevelGrid || !t.Grid.IsValid() {
		ps = append(ps, governance.Errorf(codeTaskGrid, "grid", string(t.Grid)))
	}
	if !t.Duty.IsValid() {
		ps = append(ps, governance.Errorf(codeTaskDuty, "duty", t.Duty.String()))
	}
	if t.Item == "" {
		ps = append(ps, governance.Errorf(codeTaskItem, "item"))
	}
	if !t.On.IsValid() {
		ps = append(ps, governance.Errorf(codeTaskDay, "on"))
	}
	return ps.Sorted()
}

// HandDown decides whether the task may be handed to its grid: the task
// must be valid (governance.Problems otherwise), and its item must stand on
// the grid's duty list in force that day or be admitted for the grid
// through the admission procedure (准入) — Benxi has the county party
// committee and government approve every grid item. A refusal is the
// register's *governance.AssignError (errors.Is governance.ErrNotOnList,
// ErrNotAdmitted, ErrProhibited); nil means the grid takes it.
func HandDown(d *governance.Duties, t Task) error {
	if ps := t.Validate(); len(ps) > 0 {
		return ps
	}
	if d == nil {
		return &governance.AssignError{Item: t.Item, Unit: t.Grid, On: t.On, Err: governance.ErrNotOnList}
	}
	return d.MayAssign(t.Item, t.Grid, t.On)
}
