package volunteer

import (
	"errors"
	"fmt"
	"time"
)

// Errors of the workflows' verbs besides *governance.TransitionError and
// governance.Problems. In every case the value is unchanged.
var (
	// ErrTimeOrder: the verb's instant is before the last step's.
	ErrTimeOrder = errors.New("the instant is before the last step")
	// ErrPublication: a star award is conferred before its publication
	// period has ended.
	ErrPublication = errors.New("the publication period has not ended")
)

// StepError says why a workflow's verb was refused: the workflow, the verb,
// the state, and the cause (ErrTimeOrder, ErrPublication, or
// governance.Problems naming each problem with an argument).
type StepError struct {
	Workflow string
	Verb     string
	State    string
	Err      error
}

// Error names the workflow, verb, state and cause.
func (e *StepError) Error() string {
	return fmt.Sprintf("volunteer: %s: cannot %s in state %s: %v", e.Workflow, e.Verb, e.State, e.Err)
}

// Unwrap returns the cause.
func (e *StepError) Unwrap() error { return e.Err }

// after reports whether at may follow a step made at last.
func after(at, last time.Time) bool { return !at.IsZero() && !at.Before(last) }
