// Package flow runs the library's workflows: a transition table says which
// verb moves a value from which states to which state. The domain packages
// give the states and verbs their meaning, keep the history, and export the
// table (as a list of Transition values) so that godoc and the Mermaid
// diagrams show it.
package flow

import (
	"fmt"
	"iter"
	"strings"

	"github.com/jiceng/jiceng/governance"
)

// Token is what a state or verb must be: a uint8 enum with a token.
type Token interface {
	~uint8
	String() string
}

// Rule says that Verb moves a value from any state in From to To. A zero To
// means the verb keeps the value in the state it was in (an extension, a
// recorded note).
type Rule[S, V Token] struct {
	Verb V
	From []S
	To   S
}

// Table is a compiled set of rules. Look-ups are two slice indexes.
type Table[S, V Token] struct {
	name  string
	start S
	rules []Rule[S, V]
	next  [][]S // [verb][from] → to; zero: not allowed
}

// New compiles the rules of the named workflow whose values start in start.
// It panics on a rule that names a zero state or verb or that contradicts an
// earlier one: tables are program constants, checked by the packages' tests.
func New[S, V Token](name string, start S, rules []Rule[S, V]) *Table[S, V] {
	t := &Table[S, V]{name: name, start: start, rules: rules}
	for _, r := range rules {
		if r.Verb == 0 {
			panic("flow: zero verb in " + name)
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

// Start returns the state every value begins in.
func (t *Table[S, V]) Start() S { return t.start }

// Next returns the state verb leads to from from, or a
// *governance.TransitionError (wrapping governance.ErrInvalidTransition).
func (t *Table[S, V]) Next(from S, verb V) (S, error) {
	if int(verb) < len(t.next) {
		if row := t.next[verb]; int(from) < len(row) && row[from] != 0 {
			return row[from], nil
		}
	}
	return 0, &governance.TransitionError{Workflow: t.name, Verb: verb.String(), State: from.String()}
}

// Can reports whether verb is allowed from from.
func (t *Table[S, V]) Can(from S, verb V) bool {
	_, err := t.Next(from, verb)
	return err == nil
}

// Verbs yields the verbs allowed from from, in table order, each once.
func (t *Table[S, V]) Verbs(from S) iter.Seq[V] {
	return func(yield func(V) bool) {
		seen := make(map[V]bool)
		for _, r := range t.rules {
			if seen[r.Verb] || !t.Can(from, r.Verb) {
				continue
			}
			seen[r.Verb] = true
			if !yield(r.Verb) {
				return
			}
		}
	}
}

// Final reports whether no verb leads out of s.
func (t *Table[S, V]) Final(s S) bool {
	for _, r := range t.rules {
		for _, f := range r.From {
			if f == s {
				return false
			}
		}
	}
	return true
}

// Rules returns a copy of the rules.
func (t *Table[S, V]) Rules() []Rule[S, V] {
	out := make([]Rule[S, V], len(t.rules))
	for i, r := range t.rules {
		out[i] = Rule[S, V]{Verb: r.Verb, From: append([]S(nil), r.From...), To: r.To}
	}
	return out
}

// Mermaid renders the table as a Mermaid state diagram: the start, every
// rule in table order (one edge per source state), and an end marker after
// each final state.
func (t *Table[S, V]) Mermaid() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	fmt.Fprintf(&b, "    [*] --> %s\n", t.start)
	var states []S
	seen := make(map[S]bool)
	note := func(s S) {
		if !seen[s] {
			seen[s] = true
			states = append(states, s)
		}
	}
	note(t.start)
	for _, r := range t.rules {
		for _, f := range r.From {
			to := r.To
			if to == 0 {
				to = f
			}
			note(f)
			note(to)
			fmt.Fprintf(&b, "    %s --> %s : %s\n", f, to, r.Verb)
		}
	}
	for _, s := range states {
		if t.Final(s) {
			fmt.Fprintf(&b, "    %s --> [*]\n", s)
		}
	}
	return b.String()
}
