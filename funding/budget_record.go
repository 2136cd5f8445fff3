package funding

import (
	"encoding/json"

	"github.com/jiceng/jiceng/governance"
)

// BudgetRecord is a budget as stored: its year, unit, state, lines as
// approved, and the whole history. Everything else — revised amounts,
// allocations, execution — is derived from it.
type BudgetRecord struct {
	Year    int             `json:"year"`
	Unit    governance.Code `json:"unit"`
	State   BudgetState     `json:"state"`
	Lines   []BudgetLine    `json:"lines"`
	History []Entry         `json:"history"`
}

// Record returns the budget as stored; RestoreBudget reads it back.
func (b *Budget) Record() BudgetRecord {
	return BudgetRecord{Year: b.year, Unit: b.unit, State: b.state, Lines: b.Lines(), History: b.History()}
}

// RestoreBudget rebuilds a budget from its record, for loading from
// storage. It replays the history entry by entry with the same checks the
// verbs make — sequence numbers, states, instants in order, the shape of
// each entry, and every invariant — so a record that could not have been
// produced is refused with the problems of the first entry at fault (paths
// "history[i]…"). It checks structure, not the clock: instants may lie in
// the future.
func RestoreBudget(r BudgetRecord) (*Budget, error) {
	b := &Budget{year: r.Year, unit: r.Unit, state: BudgetOpen}
	if ps := b.setLines(r.Lines); ps.Err() != nil {
		return nil, ps
	}
	if len(r.History) == 0 {
		return nil, governance.Problems{governance.Errorf("funding.budget.history_missing", "history")}
	}
	for i, e := range r.History {
		path := governance.Index("history", i)
		if ps := b.replayable(e); ps != nil {
			return nil, prefix(path, ps)
		}
		var ps governance.Problems
		if e.Verb == BudgetApprove {
			ps = b.checkCommon(e, "").Sorted()
		} else {
			ps = b.check(e)
		}
		if ps.Err() != nil {
			return nil, prefix(path, ps)
		}
		b.commit(e)
	}
	if b.state != r.State {
		return nil, governance.Problems{governance.Errorf("funding.budget.state_mismatch", "state", r.State, b.state)}
	}
	return b, nil
}

// replayable checks that e can be the next entry: its sequence number, its
// verb and states by the transition table, the total of an approval, and
// that it carries only the fields its verb uses.
func (b *Budget) replayable(e Entry) governance.Problems {
	bad := func(field string) governance.Problems {
		return governance.Problems{governance.Errorf("funding.budget.entry_invalid", field, e.Seq, e.Verb)}
	}
	if e.Seq != len(b.history)+1 {
		return bad("seq")
	}
	if len(b.history) == 0 {
		if e.Verb != BudgetApprove || e.From != BudgetUnknown || e.To != BudgetOpen || !e.Amount.Equal(b.total) {
			return bad("verb")
		}
	} else {
		to, err := budgetFlow.Next(b.state, e.Verb)
		if err != nil || e.From != b.state || e.To != to {
			return bad("verb")
		}
	}
	// the fields each verb may carry
	line, unit, spend, note := e.Line != "", e.Unit != "", !e.Day.IsZero() || e.Payee != "" || e.Rigid, e.Note != ""
	switch e.Verb {
	case BudgetApprove, BudgetClose:
		if line || unit || spend || note || e.Reverses != 0 || (e.Verb == BudgetClose && !e.Amount.IsZero()) {
			return bad("verb")
		}
	case BudgetAllot:
		if spend || note || e.Reverses != 0 {
			return bad("verb")
		}
	case BudgetSpend:
		if note || e.Reverses != 0 {
			return bad("verb")
		}
	case BudgetRevise:
		if unit || spend || e.Reverses != 0 {
			return bad("verb")
		}
	case BudgetReverse:
		if spend {
			return bad("verb")
		}
	}
	return nil
}

// MarshalJSON writes the budget's record.
func (b *Budget) MarshalJSON() ([]byte, error) { return json.Marshal(b.Record()) }

// UnmarshalJSON reads a budget's record and restores it with
// RestoreBudget; on error b is unchanged.
func (b *Budget) UnmarshalJSON(data []byte) error {
	var r BudgetRecord
	if err := json.Unmarshal(data, &r); err != nil {
		return err
	}
	restored, err := RestoreBudget(r)
	if err != nil {
		return err
	}
	*b = *restored
	return nil
}
