// Package flow runs the library's workflows: a transition table says which
// verb moves a value from which states to which state. The domain packages
// give the states and verbs their meaning, keep the history, build the error
// a refused verb returns, and export the table (as a list of their own
// Transition values) so that godoc and the Mermaid diagrams show it.
//
// flow imports nothing of the library, so every package — governance
// included — can run its workflows on it.
package flow

import (
	"fmt"
	"iter"
	"strings"
)

// Token is what a state or verb must be: a uint8 enum with a token.
type Token interface {
	~uint8
	String() string
}

// Rule is one line of a table.
//
//   - Verb moves a value from any state in From to To. A zero To keeps the
//     value in the state it was in (an extension, a recorded note).
//   - A rule with no From creates the value: the verb starts it in To
//     (an application that starts as regular or urgent).
//   - A rule with When and no Verb happens by itself when the condition
//     holds (a temporary admission lapses on its end date): no verb leads it,
//     Next never takes it, and the diagram shows it with the condition.
type Rule[S, V Token] struct {
	Verb V
	From []S
	To   S
	When string
}

// Invalid builds the error a refused verb returns, from the workflow's name
// and the tokens of the verb and the state (governance.InvalidTransition).
type Invalid func(workflow, verb, state string) error

// Table is a compiled set of rules. Look-ups are two slice indexes.
type Table[S, V Token] struct {
	name    string
	invalid Invalid
	start   S
	rules   []Rule[S, V]
	next    [][]S // [verb][from] → to; zero: not allowed
}

// New compiles the rules of the named workflow. Values start in start (zero
// when the table's creating rules say where); invalid builds the error of a
// refused verb. New panics on a rule that names a zero verb without a
// condition, a zero state, or a second target for the same verb and state:
// tables are program constants, checked by the packages' tests.
func New[S, V Token](name string, invalid Invalid, start S, rules []Rule[S, V]) *Table[S, V] {
	t := &Table[S, V]{name: name, invalid: invalid, start: start, rules: rules}
	for _, r := range rules {
		switch {
		case r.When != "" && r.Verb == 0:
			continue // happens by itself; never looked up
		case r.Verb == 0 || r.When != "":
			panic("flow: " + name + ": a rule needs a verb or a condition, not both")
		}
		for len(t.next) <= int(r.Verb) {
			t.next = append(t.next, nil)
		}
		for _, f := range r.From {
			if f == 0 {
				panic("flow: zero state in " + name)
			}
			row := t.next[r.Verb]
			for len(row) <= int(f) {
				row = append(row, 0)
			}
			to := r.To
			if to == 0 {
				to = f
			}
			if row[f] != 0 && row[f] != to {
				panic(fmt.Sprintf("flow: %s: %s from %s has two targets", name, r.Verb, f))
			}
			row[f] = to
			t.next[r.Verb] = row
		}
	}
	return t
}

// Start returns the state values begin in (zero when creating rules say).
func (t *Table[S, V]) Start() S { return t.start }

// Next returns the state verb leads to from from, or the workflow's error
// for a verb the table does not allow there.
func (t *Table[S, V]) Next(from S, verb V) (S, error) {
	if int(verb) < len(t.next) {
		if row := t.next[verb]; int(from) < len(row) && row[from] != 0 {
			return row[from], nil
		}
	}
	return 0, t.invalid(t.name, verb.String(), from.String())
}

// Can reports whether verb is allowed from from.
func (t *Table[S, V]) Can(from S, verb V) bool {
	if int(verb) < len(t.next) {
		row := t.next[verb]
		return int(from) < len(row) && row[from] != 0
	}
	return false
}

// Creates reports whether verb may create a value in state s.
func (t *Table[S, V]) Creates(verb V, s S) bool {
	for _, r := range t.rules {
		if len(r.From) == 0 && r.When == "" && r.Verb == verb && r.To == s {
			return true
		}
	}
	return false
}

// Verbs yields the verbs allowed from from, in table order, each once.
func (t *Table[S, V]) Verbs(from S) iter.Seq[V] {
	return func(yield func(V) bool) {
		var seen []V
		for _, r := range t.rules {
			if r.Verb == 0 || !t.Can(from, r.Verb) || contains(seen, r.Verb) {
				continue
			}
			seen = append(seen, r.Verb)
			if !yield(r.Verb) {
				return
			}
		}
	}
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Final reports whether nothing leads out of s, by verb or by itself.
func (t *Table[S, V]) Final(s S) bool {
	for _, r := range t.rules {
		if contains(r.From, s) {
			return false
		}
	}
	return true
}

// Rules returns a copy of the rules.
func (t *Table[S, V]) Rules() []Rule[S, V] {
	out := make([]Rule[S, V], len(t.rules))
	for i, r := range t.rules {
		out[i] = r
		out[i].From = append([]S(nil), r.From...)
	}
	return out
}

// Mermaid renders the table as a Mermaid state diagram: the start, every
// rule in table order (one edge per source state; a creating rule from the
// start marker, a rule that happens by itself labelled with its condition),
// and an end marker after each final state.
func (t *Table[S, V]) Mermaid() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	var states []S
	note := func(s S) {
		if !contains(states, s) {
			states = append(states, s)
		}
	}
	if t.start != 0 {
		note(t.start)
		fmt.Fprintf(&b, "    [*] --> %s\n", t.start)
	}
	for _, r := range t.rules {
		label := r.When
		if r.Verb != 0 {
			label = r.Verb.String()
		}
		if len(r.From) == 0 {
			note(r.To)
			fmt.Fprintf(&b, "    [*] --> %s : %s\n", r.To, label)
		}
		for _, f := range r.From {
			to := r.To
			if to == 0 {
				to = f
			}
			note(f)
			note(to)
			fmt.Fprintf(&b, "    %s --> %s : %s\n", f, to, label)
		}
	}
	for _, s := range states {
		if t.Final(s) {
			fmt.Fprintf(&b, "    %s --> [*]\n", s)
		}
	}
	return b.String()
}
