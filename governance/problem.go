package governance

import (
	"cmp"
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// ErrInvalidTransition is wrapped by every error a workflow verb returns when
// the verb is not allowed in the current state. The value is unchanged.
var ErrInvalidTransition = errors.New("invalid transition")

// Severity says whether a problem blocks (error) or only informs (warning).
type Severity uint8

// Severities. The zero value is invalid and is treated as an error, so a
// problem built without a severity is never silently ignored.
const (
	SeverityUnknown Severity = iota
	SeverityError
	SeverityWarning
)

var severityTokens = enum.Tokens[Severity]{"unknown", "error", "warning"}

// String returns the severity's token.
func (s Severity) String() string { return severityTokens.String(s) }

// IsValid reports whether s is a known severity.
func (s Severity) IsValid() bool { return severityTokens.Valid(s) }

// MarshalText returns the severity's token.
func (s Severity) MarshalText() ([]byte, error) { return severityTokens.Marshal("severity", s) }

// UnmarshalText sets s from its token.
func (s *Severity) UnmarshalText(b []byte) error {
	return severityTokens.Unmarshal("severity", s, b)
}

// Label returns the severity's name in the language matched for tag.
func (s Severity) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.severity", s.String())
}

// Severities yields every valid severity.
func Severities() iter.Seq[Severity] { return severityTokens.All() }

// Problem is one finding of a validation: a permanent dotted code
// ("grid.households.above_max"), the path of the offending value by JSON
// names ("grids[3].households"), a severity, and the arguments its message
// shows. A Problem is an error; errors.Is matches problems by code.
type Problem struct {
	Code     string   `json:"code"`
	Path     string   `json:"path,omitempty"`
	Severity Severity `json:"severity"`
	Args     []any    `json:"args,omitempty"`
}

// Errorf returns a problem of severity error. An argument that is an
// invalid enum value or date is kept as its String form ("unknown(9)",
// "2025-02-30"): it has no label to show and could not be written as JSON.
func Errorf(code, path string, args ...any) Problem {
	return Problem{Code: code, Path: path, Severity: SeverityError, Args: checked(args)}
}

// Warnf returns a problem of severity warning; its arguments are kept as
// Errorf keeps them.
func Warnf(code, path string, args ...any) Problem {
	return Problem{Code: code, Path: path, Severity: SeverityWarning, Args: checked(args)}
}

// checkable is what every enum of the library is, and Date.
type checkable interface {
	IsValid() bool
	String() string
}

// checked replaces, in place, each invalid enum value or date of args by its
// String form.
func checked(args []any) []any {
	for i, a := range args {
		if v, ok := a.(checkable); ok && !v.IsValid() {
			args[i] = v.String()
		}
	}
	return args
}

// Error returns the path and the English text, which starts in lowercase.
func (p Problem) Error() string { return p.Message(language.English) }

// Message returns the path and the problem's text in the language matched for
// tag (zh-Hans for any Chinese, en otherwise).
//
// Arguments are rendered for the reader: a valid value with a Label method
// (every enum of the library) shows its label in that language rather than
// its token (an invalid one shows its token), a Date shows as "2006-01-02", and an instant as "2006-01-02 15:04" in
// its own zone. Args itself keeps the values, so JSON carries the tokens.
func (p Problem) Message(tag language.Tag) string {
	text := i18n.Text(tag, p.Code, readable(tag, p.Args)...)
	if p.Path == "" {
		return text
	}
	return p.Path + ": " + text
}

// labeler is what every enum of the library is.
type labeler interface {
	Label(language.Tag) string
	IsValid() bool
	String() string
}

// readable returns args with labelled values, dates and instants rendered
// for a reader; it copies only when something changes.
func readable(tag language.Tag, args []any) []any {
	out := args
	for i, a := range args {
		var r any
		switch v := a.(type) {
		case labeler:
			if r = v.String(); v.IsValid() {
				r = v.Label(tag) // an invalid value has no label: its token shows
			}
		case Date:
			r = v.String()
		case time.Time:
			r = v.Format("2006-01-02 15:04")
		default:
			continue
		}
		if &out[0] == &args[0] {
			out = slices.Clone(args)
		}
		out[i] = r
	}
	return out
}

// IsError reports whether the problem blocks: any severity but warning.
func (p Problem) IsError() bool { return p.Severity != SeverityWarning }

// Is reports whether target is a Problem with the same code and, when the
// target names a path, the same path. It lets errors.Is find one problem
// inside Problems.
func (p Problem) Is(target error) bool {
	t, ok := target.(Problem)
	if !ok {
		return false
	}
	return t.Code == p.Code && (t.Path == "" || t.Path == p.Path)
}

// Problems is every problem a validation found, sorted by path then code
// (see Sorted).
type Problems []Problem

// Error joins the problems' English texts with "; ".
func (ps Problems) Error() string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// Unwrap returns the problems as errors, so errors.Is and errors.As reach
// each one.
func (ps Problems) Unwrap() []error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errs
}

// Err returns ps as an error when it holds a problem of severity error, and
// nil when it holds none (warnings alone are not an error).
func (ps Problems) Err() error {
	for _, p := range ps {
		if p.IsError() {
			return ps
		}
	}
	return nil
}

// Has reports whether a problem with the code is present.
func (ps Problems) Has(code string) bool {
	for _, p := range ps {
		if p.Code == code {
			return true
		}
	}
	return false
}

// Errors returns the problems of severity error, in order.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if p.IsError() {
			out = append(out, p)
		}
	}
	return out
}

// Warnings returns the problems of severity warning, in order.
func (ps Problems) Warnings() Problems {
	var out Problems
	for _, p := range ps {
		if !p.IsError() {
			out = append(out, p)
		}
	}
	return out
}

// Sorted sorts ps in place by path, then code, then severity, and returns it.
// Paths compare as a person reads them: numbers inside a path by value, so
// "grids[2]" comes before "grids[10]"; division codes (12 digits or more)
// in code order, so a unit comes before the units under it
// ("units[120101001003]" before "units[120101001003001]" before
// "units[120101001004]"). The sort is stable, so problems equal in all
// three keep their order.
func (ps Problems) Sorted() Problems {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(
			comparePaths(a.Path, b.Path),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Severity, b.Severity),
		)
	})
	return ps
}

// codeDigits is the length from which a run of digits in a path is taken
// for a division code rather than a number.
const codeDigits = 12

// comparePaths orders paths byte by byte, except that runs of digits
// compare as numbers (by value; at equal value, fewer leading zeros first)
// and two runs long enough to be division codes compare as strings, which
// is the order of the hierarchy. Equal paths are the only ones that compare
// equal.
func comparePaths(a, b string) int {
	for a != "" && b != "" {
		na, nb := digitRun(a), digitRun(b)
		if na == 0 || nb == 0 {
			if a[0] != b[0] {
				return cmp.Compare(a[0], b[0])
			}
			a, b = a[1:], b[1:]
			continue
		}
		var c int
		if na >= codeDigits && nb >= codeDigits {
			c = strings.Compare(a[:na], b[:nb])
		} else {
			x, y := strings.TrimLeft(a[:na], "0"), strings.TrimLeft(b[:nb], "0")
			c = cmp.Or(cmp.Compare(len(x), len(y)), strings.Compare(x, y), cmp.Compare(na, nb))
		}
		if c != 0 {
			return c
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

// digitRun returns the number of ASCII digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// Messages renders every problem in the language matched for tag.
func (ps Problems) Messages(tag language.Tag) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Message(tag)
	}
	return out
}

// Index returns "name[i]", the path of the i-th element of a JSON array.
func Index(name string, i int) string { return name + "[" + strconv.Itoa(i) + "]" }

// Field returns "parent.name", or name when parent is empty.
func Field(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + "." + name
}

// TransitionError is the error a workflow verb returns when it is not allowed
// in the current state. It wraps ErrInvalidTransition.
type TransitionError struct {
	Workflow string // "work_order", "case", "admission", …
	Verb     string // the verb's token
	State    string // the state the value was in
}

// Error describes the error in English.
func (e *TransitionError) Error() string {
	return "governance: " + e.Workflow + ": cannot " + e.Verb + " in state " + e.State
}

// Unwrap returns ErrInvalidTransition.
func (e *TransitionError) Unwrap() error { return ErrInvalidTransition }

// InvalidTransition returns the error of a verb the workflow does not allow
// in the state: a *TransitionError, which wraps ErrInvalidTransition. The
// workflows of every package build their refusals with it.
func InvalidTransition(workflow, verb, state string) error {
	return &TransitionError{Workflow: workflow, Verb: verb, State: state}
}
