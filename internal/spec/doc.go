// Package spec holds the tests that keep the executable specification whole:
// every policy default and every named rule constructor in the library has a
// godoc example that calls it, and a row in the README's table of rules.
package spec
