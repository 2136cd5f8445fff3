package funding

// checkable is what every enum of the library is, and governance.Date.
type checkable interface {
	IsValid() bool
	String() string
}

// shown is what a problem's arguments carry of an enum value or a date:
// the value itself, which Problem.Message renders for the reader (an enum
// as its label, a date as 2006-01-02) and JSON as its token or text, or,
// for an invalid value — an enum without a label, a date that cannot
// marshal — its String form ("unknown(9)", "2025-02-30").
func shown[V checkable](v V) any {
	if v.IsValid() {
		return v
	}
	return v.String()
}
