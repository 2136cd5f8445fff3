package dispute

import (
	"encoding/json"
	"fmt"
	"iter"

	"github.com/jiceng/jiceng/governance"
)

// Policy holds the numbers and lists a case runs under. A case keeps the
// policy it was registered under, so its deadlines and requirements do not
// change when a city later changes its own. Policy is a plain value (no
// slices or maps): copying it shares nothing.
type Policy struct {
	// MediationMonths is the time a mediation is due in, counted from the
	// day of acceptance (调解一般在一个月内调结).
	MediationMonths int `json:"mediationMonths"`
	// ExtensionMonths is what one extension adds to the due date.
	ExtensionMonths int `json:"extensionMonths"`
	// Extensions is how many times a case may be extended, each at the
	// request of every party.
	Extensions int `json:"extensions"`

	// WrittenFromPeople makes a case major — its agreement must be
	// written — when at least this many people are involved.
	WrittenFromPeople int `json:"writtenFromPeople"`
	// WrittenCategories are the categories whose agreements must be
	// written because such disputes are major or complex.
	WrittenCategories CategorySet `json:"writtenCategories"`

	// GroupFromPeople makes a dispute a group dispute (群体性纠纷) in the
	// statistics when at least this many people are involved.
	GroupFromPeople int `json:"groupFromPeople"`

	// ConfirmationDays is the window, counted from the day the agreement
	// takes effect, in which the parties may apply for judicial confirmation.
	ConfirmationDays int `json:"confirmationDays"`
	// CourtAcceptDays is the time the court has to decide whether to accept
	// an application, counted from the day it was received.
	CourtAcceptDays int `json:"courtAcceptDays"`
	// CourtDecideDays is the time the court has to confirm or reject,
	// counted from the day it accepted.
	CourtDecideDays int `json:"courtDecideDays"`
	// CourtExtensionDays is what an approved extension adds to the court's
	// time to decide.
	CourtExtensionDays int `json:"courtExtensionDays"`
	// Unconfirmable are the relationships an agreement may not concern in
	// itself if a court is to confirm it.
	Unconfirmable MatterSet `json:"unconfirmable"`

	// Risk says what each risk grade requires.
	Risk RiskRules `json:"risk"`
}

// DefaultPolicy returns the national rules with local defaults where the law
// leaves a number open.
//
// # Source
//
//   - Due in one month from acceptance: 司法部《人民调解工作若干规定》2002
//     art. 33; 宁波市人民调解条例 2018 art. 27. Extension: "at both
//     parties' request" (same articles); its length — one more month, once
//     — is illustrative, the articles name none.
//   - Written form for major or complex cases: 宁波市人民调解条例 2018
//     art. 24. The thresholds — 5 or more people; expropriation and
//     demolition, environment and medical disputes — are illustrative.
//   - Group disputes from 5 people: illustrative (a common statistical
//     threshold), replace with the local one.
//   - Judicial confirmation within 30 days of the agreement taking effect:
//     人民调解法 2010 §33. The court accepts or not within 3 days and
//     decides within 15 days of accepting, extendable by 10 with approval;
//     no confirmation of identity, adoption or marriage relationships
//     themselves: 最高人民法院《关于人民调解协议司法确认程序的若干规定》
//     2011 arts. 4, 6.
//   - Risk grades (local practice, see RULES.md §9): yellow — the grid
//     worker resolves it on the spot; orange — handled the same day; red —
//     reported to the police at once (人民调解法 §25).
func DefaultPolicy() Policy {
	return Policy{
		MediationMonths:    1,
		ExtensionMonths:    1,
		Extensions:         1,
		WrittenFromPeople:  5,
		WrittenCategories:  NewCategorySet(CategoryExpropriation, CategoryEnvironment, CategoryMedical),
		GroupFromPeople:    5,
		ConfirmationDays:   30,
		CourtAcceptDays:    3,
		CourtDecideDays:    15,
		CourtExtensionDays: 10,
		Unconfirmable:      NewMatterSet(MatterIdentity, MatterAdoption, MatterMarriage),
		Risk: RiskRules{
			Yellow: RiskRule{Response: ResponseOnTheSpot},
			Orange: RiskRule{Response: ResponseSameDay},
			Red:    RiskRule{Response: ResponseAtOnce, PoliceReport: true},
		},
	}
}

// Validate returns every problem of the policy: periods must be positive
// (extensions may be none), thresholds at least one, every risk grade needs
// a response.
func (p Policy) Validate() governance.Problems {
	var ps governance.Problems
	positive := func(name string, n int) {
		if n < 1 {
			ps = append(ps, governance.Errorf("dispute.policy.not_positive", name, n))
		}
	}
	positive("mediationMonths", p.MediationMonths)
	positive("writtenFromPeople", p.WrittenFromPeople)
	positive("groupFromPeople", p.GroupFromPeople)
	positive("confirmationDays", p.ConfirmationDays)
	positive("courtAcceptDays", p.CourtAcceptDays)
	positive("courtDecideDays", p.CourtDecideDays)
	if p.Extensions < 0 {
		ps = append(ps, governance.Errorf("dispute.policy.negative", "extensions", p.Extensions))
	}
	if p.Extensions > 0 {
		positive("extensionMonths", p.ExtensionMonths)
	} else if p.ExtensionMonths < 0 {
		ps = append(ps, governance.Errorf("dispute.policy.negative", "extensionMonths", p.ExtensionMonths))
	}
	if p.CourtExtensionDays < 0 {
		ps = append(ps, governance.Errorf("dispute.policy.negative", "courtExtensionDays", p.CourtExtensionDays))
	}
	for r := range Risks() {
		if !p.Risk.For(r).Response.IsValid() {
			ps = append(ps, governance.Errorf("dispute.policy.risk_response", governance.Field("risk", governance.Field(r.String(), "response"))))
		}
	}
	return ps.Sorted()
}

// RiskRules says what each risk grade requires. The grades are fields, so a
// policy file names them: {"yellow": …, "orange": …, "red": …}.
type RiskRules struct {
	Yellow RiskRule `json:"yellow"`
	Orange RiskRule `json:"orange"`
	Red    RiskRule `json:"red"`
}

// For returns the rule of grade r; the zero rule for RiskUnknown.
func (rs RiskRules) For(r Risk) RiskRule {
	switch r {
	case RiskYellow:
		return rs.Yellow
	case RiskOrange:
		return rs.Orange
	case RiskRed:
		return rs.Red
	}
	return RiskRule{}
}

// RiskRule is what one risk grade means.
type RiskRule struct {
	// Response is what the grade requires of the committee.
	Response Response `json:"response,omitzero"`
	// PoliceReport: a case raised to this grade must have a report to the
	// police recorded (Case.ReportToPolice) before any other step (人民调解法
	// §25).
	PoliceReport bool `json:"policeReport"`
}

// CategorySet is a set of categories; its JSON is the list of their tokens
// in enum order (["expropriation","environment"]). The zero value is empty.
type CategorySet uint32

// NewCategorySet returns the set of the given valid categories.
func NewCategorySet(cs ...Category) CategorySet {
	var s CategorySet
	for _, c := range cs {
		if c.IsValid() {
			s |= 1 << c
		}
	}
	return s
}

// Has reports whether c is in the set.
func (s CategorySet) Has(c Category) bool { return c.IsValid() && s&(1<<c) != 0 }

// All yields the set's categories in enum order.
func (s CategorySet) All() iter.Seq[Category] {
	return func(yield func(Category) bool) {
		for c := range Categories() {
			if s.Has(c) && !yield(c) {
				return
			}
		}
	}
}

// MarshalJSON writes the list of tokens.
func (s CategorySet) MarshalJSON() ([]byte, error) { return marshalSet(s.All()) }

// UnmarshalJSON reads a list of tokens; an unknown token is an error and
// leaves s unchanged.
func (s *CategorySet) UnmarshalJSON(b []byte) error {
	cs, err := unmarshalSet[Category](b)
	if err != nil {
		return err
	}
	*s = NewCategorySet(cs...)
	return nil
}

// MatterSet is a set of personal relationships; its JSON is the list of
// their tokens in enum order. The zero value is empty.
type MatterSet uint8

// NewMatterSet returns the set of the given valid matters.
func NewMatterSet(ms ...Matter) MatterSet {
	var s MatterSet
	for _, m := range ms {
		if m.IsValid() {
			s |= 1 << m
		}
	}
	return s
}

// Has reports whether m is in the set.
func (s MatterSet) Has(m Matter) bool { return m.IsValid() && s&(1<<m) != 0 }

// All yields the set's matters in enum order.
func (s MatterSet) All() iter.Seq[Matter] {
	return func(yield func(Matter) bool) {
		for m := range Matters() {
			if s.Has(m) && !yield(m) {
				return
			}
		}
	}
}

// MarshalJSON writes the list of tokens.
func (s MatterSet) MarshalJSON() ([]byte, error) { return marshalSet(s.All()) }

// UnmarshalJSON reads a list of tokens; an unknown token is an error and
// leaves s unchanged.
func (s *MatterSet) UnmarshalJSON(b []byte) error {
	ms, err := unmarshalSet[Matter](b)
	if err != nil {
		return err
	}
	*s = NewMatterSet(ms...)
	return nil
}

func marshalSet[E fmt.Stringer](all iter.Seq[E]) ([]byte, error) {
	tokens := []string{}
	for e := range all {
		tokens = append(tokens, e.String())
	}
	return json.Marshal(tokens)
}

// unmarshalSet decodes a JSON list of enum tokens; null is the empty set.
func unmarshalSet[E any](b []byte) ([]E, error) {
	var es []E
	if err := json.Unmarshal(b, &es); err != nil {
		return nil, err
	}
	return es, nil
}
