module github.com/jiceng/jiceng

go 1.24.0

require (
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/shopspring/decimal v1.4.0 // indirect
	golang.org/x/text v0.33.0 // indirect
	pgregory.net/rapid v1.2.0 // indirect
)
