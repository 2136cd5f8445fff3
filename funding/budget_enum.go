package funding

import (
	"iter"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Class is the classification of a budget line: what the money is for.
type Class uint8

// Classes.
const (
	ClassUnknown        Class = iota
	ClassSalaries             // 人员经费: community workers' pay
	ClassGridAllowances       // 网格员补贴
	ClassServiceFunds         // 服务群众专项经费: service-the-people funds
	ClassPartyBuilding        // 党建工作经费: party-building funds
	ClassFacilities           // 阵地建设: service centres and facilities
	ClassBlockGrant           // 街道统筹经费: a street's block grant, used as it decides (Heping: 10 million yuan a year)
)

var classTokens = enum.Tokens[Class]{"unknown", "salaries", "grid_allowances", "service_funds", "party_building", "facilities", "block_grant"}

// String returns the class's token.
func (c Class) String() string { return classTokens.String(c) }

// IsValid reports whether c is a known class.
func (c Class) IsValid() bool { return classTokens.Valid(c) }

// MarshalText returns the class's token.
func (c Class) MarshalText() ([]byte, error) { return classTokens.Marshal("class", c) }

// UnmarshalText sets c from its token.
func (c *Class) UnmarshalText(b []byte) error { return classTokens.Unmarshal("class", c, b) }

// Label returns the class's name in the language matched for tag.
func (c Class) Label(tag language.Tag) string { return i18n.Label(tag, "funding.class", c.String()) }

// Classes yields every valid class.
func Classes() iter.Seq[Class] { return classTokens.All() }

// Source is the level of government a budget line's money comes from.
type Source uint8

// Sources, highest level first.
const (
	SourceUnknown Source = iota
	SourceCity           // 市级财政
	SourceCounty         // 区（县）级财政
	SourceStreet         // 街道（乡镇）财政
)

var sourceTokens = enum.Tokens[Source]{"unknown", "city", "county", "street"}

// String returns the source's token.
func (s Source) String() string { return sourceTokens.String(s) }

// IsValid reports whether s is a known source.
func (s Source) IsValid() bool { return sourceTokens.Valid(s) }

// MarshalText returns the source's token.
func (s Source) MarshalText() ([]byte, error) { return sourceTokens.Marshal("source", s) }

// UnmarshalText sets s from its token.
func (s *Source) UnmarshalText(b []byte) error { return sourceTokens.Unmarshal("source", s, b) }

// Label returns the source's name in the language matched for tag.
func (s Source) Label(tag language.Tag) string {
	return i18n.Label(tag, "funding.source", s.String())
}

// Sources yields every valid source, highest level first.
func Sources() iter.Seq[Source] { return sourceTokens.All() }

// BudgetState is where a budget stands.
type BudgetState uint8

// Budget states.
const (
	BudgetUnknown BudgetState = iota
	BudgetOpen                // 执行中: approved and being executed
	BudgetClosed              // 已结账: the year's accounts are closed
)

var budgetStateTokens = enum.Tokens[BudgetState]{"unknown", "open", "closed"}

// String returns the state's token.
func (s BudgetState) String() string { return budgetStateTokens.String(s) }

// IsValid reports whether s is a known state.
func (s BudgetState) IsValid() bool { return budgetStateTokens.Valid(s) }

// MarshalText returns the state's token.
func (s BudgetState) MarshalText() ([]byte, error) {
	return budgetStateTokens.Marshal("budget state", s)
}

// UnmarshalText sets s from its token.
func (s *BudgetState) UnmarshalText(b []byte) error {
	return budgetStateTokens.Unmarshal("budget state", s, b)
}

// Label returns the state's name in the language matched for tag.
func (s BudgetState) Label(tag language.Tag) string {
	return i18n.Label(tag, "funding.budget_state", s.String())
}

// BudgetStates yields every valid state.
func BudgetStates() iter.Seq[BudgetState] { return budgetStateTokens.All() }

// BudgetVerb is what an entry of a budget's history did.
type BudgetVerb uint8

// Budget verbs.
const (
	BudgetVerbUnknown BudgetVerb = iota
	BudgetApprove                // 批复: the budget is approved with its lines (the first entry)
	BudgetAllot                  // 下达: part of a line is allocated to a unit
	BudgetSpend                  // 支出: an expenditure is recorded
	BudgetRevise                 // 调整: a line's amount is revised, with an approver and a reason
	BudgetReverse                // 冲正: an allocation or expenditure is reversed
	BudgetClose                  // 结账: the year's accounts are closed
)

var budgetVerbTokens = enum.Tokens[BudgetVerb]{"unknown", "approve", "allot", "spend", "revise", "reverse", "close"}

// String returns the verb's token.
func (v BudgetVerb) String() string { return budgetVerbTokens.String(v) }

// IsValid reports whether v is a known verb.
func (v BudgetVerb) IsValid() bool { return budgetVerbTokens.Valid(v) }

// MarshalText returns the verb's token.
func (v BudgetVerb) MarshalText() ([]byte, error) {
	return budgetVerbTokens.Marshal("budget verb", v)
}

// UnmarshalText sets v from its token.
func (v *BudgetVerb) UnmarshalText(b []byte) error {
	return budgetVerbTokens.Unmarshal("budget verb", v, b)
}

// Label returns the verb's name in the language matched for tag.
func (v BudgetVerb) Label(tag language.Tag) string {
	return i18n.Label(tag, "funding.budget_verb", v.String())
}

// BudgetVerbs yields every valid verb.
func BudgetVerbs() iter.Seq[BudgetVerb] { return budgetVerbTokens.All() }
