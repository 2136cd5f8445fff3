package flow

import (
	"errors"
	"slices"
	"testing"

	"github.com/jiceng/jiceng/internal/enum"
)

type state uint8
type verb uint8

var (
	states = enum.Tokens[state]{"unknown", "open", "done", "gone"}
	verbs  = enum.Tokens[verb]{"unknown", "finish", "note", "drop"}
)

func (s state) String() string { return states.String(s) }
func (v verb) String() string  { return verbs.String(v) }

// errInvalid stands for the library's ErrInvalidTransition, which flow cannot
// import.
var errInvalid = errors.New("invalid transition")

type refusal struct{ workflow, verb, state string }

func (r *refusal) Error() string { return r.workflow + ": cannot " + r.verb + " in state " + r.state }
func (r *refusal) Unwrap() error { return errInvalid }

func invalid(workflow, verb, state string) error { return &refusal{workflow, verb, state} }

var table = New("test", invalid, 1, []Rule[state, verb]{
	{Verb: 1, From: []state{1}, To: 2},
	{Verb: 2, From: []state{1, 2}},
	{Verb: 3, From: []state{1}, To: 3},
})

func TestNext(t *testing.T) {
	if to, err := table.Next(1, 1); err != nil || to != 2 {
		t.Errorf("finish from open = %v, %v", to, err)
	}
	if to, err := table.Next(2, 2); err != nil || to != 2 {
		t.Errorf("note keeps done: %v, %v", to, err)
	}
	_, err := table.Next(2, 1)
	var r *refusal
	if !errors.Is(err, errInvalid) || !errors.As(err, &r) || *r != (refusal{"test", "finish", "done"}) {
		t.Errorf("finish from done: %v", err)
	}
	if _, err := table.Next(9, 9); err == nil {
		t.Error("unknown state and verb allowed")
	}
	if !table.Final(3) || table.Final(1) || table.Final(2) {
		t.Error("Final disagrees with the rules")
	}
	if got := slices.Collect(table.Verbs(1)); !slices.Equal(got, []verb{1, 2, 3}) {
		t.Errorf("Verbs(open) = %v", got)
	}
}

func TestMermaid(t *testing.T) {
	want := "stateDiagram-v2\n" +
		"    [*] --> open\n" +
		"    open --> done : finish\n" +
		"    open --> open : note\n" +
		"    done --> done : note\n" +
		"    open --> gone : drop\n" +
		"    gone --> [*]\n"
	if got := table.Mermaid(); got != want {
		t.Errorf("Mermaid =\n%s\nwant\n%s", got, want)
	}
}

func BenchmarkNext(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := table.Next(1, 2); err != nil {
			b.Fatal(err)
		}
	}
}

func TestCreatingAndConditionalRules(t *testing.T) {
	tb := New("doc", invalid, 0, []Rule[state, verb]{
		{Verb: 1, To: 1},
		{Verb: 1, To: 2},
		{Verb: 3, From: []state{1}, To: 3},
		{When: "end date", From: []state{2}, To: 3},
	})
	if !tb.Creates(1, 2) || tb.Creates(3, 3) {
		t.Error("Creates disagrees with the creating rules")
	}
	if tb.Final(2) || !tb.Final(3) {
		t.Error("a state left by a conditional rule is final")
	}
	if _, err := tb.Next(2, 3); err == nil {
		t.Error("Next took a rule that happens by itself")
	}
	want := "stateDiagram-v2\n" +
		"    [*] --> open : finish\n" +
		"    [*] --> done : finish\n" +
		"    open --> gone : drop\n" +
		"    done --> gone : end date\n" +
		"    gone --> [*]\n"
	if got := tb.Mermaid(); got != want {
		t.Errorf("Mermaid =\n%s\nwant\n%s", got, want)
	}
}
