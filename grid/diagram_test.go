package grid

import (
	"testing"

	"github.com/jiceng/jiceng/internal/testkit"
)

func TestWorkOrderDiagram(t *testing.T) {
	testkit.Golden(t, "workorder.mmd", workOrderFlow.Mermaid())
}

func TestCallDiagram(t *testing.T) {
	testkit.Golden(t, "call.mmd", callFlow.Mermaid())
}

func TestTransitionsExported(t *testing.T) {
	rules := workOrderFlow.Rules()
	got := WorkOrderTransitions()
	if len(got) != len(rules) {
		t.Fatalf("WorkOrderTransitions has %d rules, the table %d", len(got), len(rules))
	}
	for i, r := range rules {
		if got[i].Verb != r.Verb || got[i].To != r.To || len(got[i].From) != len(r.From) {
			t.Errorf("transition %d = %+v, table %+v", i, got[i], r)
		}
	}
	// the exported table is a copy.
	got[0].From[0] = StateClosed
	if WorkOrderTransitions()[0].From[0] == StateClosed {
		t.Error("WorkOrderTransitions shares the table")
	}
	if n := len(CallTransitions()); n != 2 {
		t.Errorf("CallTransitions has %d rules", n)
	}
	for s := range States() {
		if want := s == StateClosed || s == StateTerminated; s.Final() != want {
			t.Errorf("%s.Final() = %v", s, s.Final())
		}
	}
}
