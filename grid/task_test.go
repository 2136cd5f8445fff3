package grid

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
)

func TestHandDown(t *testing.T) {
	var ps governance.Problems
	if err := HandDown(nil, Task{Grid: "110105001001"}); !errors.As(err, &ps) {
		t.Fatalf("invalid task: %v", err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Code)
	}
	want := []string{codeTaskDuty, codeTaskGrid, codeTaskItem, codeTaskDay}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	task := Task{Item: "G-1", Grid: "110105001001001", Duty: DutyHazardScreening, On: governance.MustParseDate("2025-06-01")}
	if err := HandDown(nil, task); !errors.Is(err, governance.ErrNotOnList) {
		t.Errorf("no lists: %v", err)
	}
	d, err := governance.NewDuties(governance.DutyList{
		Level: governance.LevelGrid, From: governance.MustParseDate("2025-01-01"),
		Items: []governance.DutyItem{{ID: "G-1", Title: "隐患排查", Kind: governance.DutyStatutory, Level: governance.LevelGrid}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := HandDown(d, task); err != nil {
		t.Errorf("listed item: %v", err)
	}
	task.On = governance.MustParseDate("2024-06-01")
	if err := HandDown(d, task); !errors.Is(err, governance.ErrNotOnList) {
		t.Errorf("before the list: %v", err)
	}
}
