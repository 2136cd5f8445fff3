package governance

// Placeholder declarations; ids.go is replaced by the full GB 11643 / GB 32100
// implementation.

// ResidentID is a resident identity number (GB 11643-1999).
type ResidentID struct{ s string }

// Phone is a mobile phone number.
type Phone struct{ s string }

// CreditCode is a unified social credit code (GB 32100-2015).
type CreditCode string
