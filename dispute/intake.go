package dispute

import (
	"encoding/json"
	"errors"
	"slices"

	"github.com/jiceng/jiceng/governance"
)

// minParties is what makes a dispute: two sides at least. It is the
// definition of the word, not a local number.
const minParties = 2

// Intake is what the committee registers (登记): who the parties are, what
// the dispute is about, how it reached the committee, and where it is.
type Intake struct {
	// ID is the case's register number (登记编号), unique within the
	// deployment.
	ID       string   `json:"id"`
	Category Category `json:"category"`
	Channel  Channel  `json:"channel"`
	Source   Source   `json:"source"`
	// Referral names the referring body; set exactly when Source is
	// SourceReferral.
	Referral Referral `json:"referral,omitzero"`
	// Place is where the dispute arose: a grid, community or street.
	Place governance.Code `json:"place"`
	// People is the number of people involved, at least one per party; it
	// decides whether the case is major (Policy.WrittenFromPeople) and a
	// group dispute (Policy.GroupFromPeople).
	People  int     `json:"people"`
	Parties []Party `json:"parties"`
	Summary string  `json:"summary"`
}

// Referral is the body that referred a dispute (委托移送), and for a work
// order its ID.
type Referral struct {
	Body Body `json:"body"`
	// WorkOrder is the ID of the grid work order the dispute came from; set
	// exactly when Body is BodyWorkOrder.
	WorkOrder string `json:"workOrder,omitempty"`
}

// Party is one side of a dispute (当事人): a person or an organisation,
// exactly one of the two.
type Party struct {
	Person       governance.Person `json:"person"`
	Organisation Organisation      `json:"organisation"`
	// Related are people related to the party — close relatives, or anyone
	// with an interest in its side — who may not mediate the case (回避).
	Related []governance.PersonID `json:"related,omitempty"`
}

// Organisation is a party that is a legal person or another organisation,
// identified by its unified social credit code.
type Organisation struct {
	Name       string                `json:"name"`
	CreditCode governance.CreditCode `json:"creditCode"`
}

// IsPerson reports whether the party is a person.
func (p Party) IsPerson() bool { return p.Person != governance.Person{} }

// IsOrganisation reports whether the party is an organisation.
func (p Party) IsOrganisation() bool { return p.Organisation != Organisation{} }

// Name returns the person's or the organisation's name.
func (p Party) Name() string {
	if p.IsPerson() {
		return p.Person.Name
	}
	return p.Organisation.Name
}

// key identifies the party in a case's history: the person's ID, or the
// organisation's credit code, or failing either the name.
func (p Party) key() string {
	switch {
	case p.IsPerson() && p.Person.ID != "":
		return string(p.Person.ID)
	case p.IsOrganisation() && p.Organisation.CreditCode != "":
		return string(p.Organisation.CreditCode)
	}
	return p.Name()
}

// isOrRelated reports whether person is the party or related to it.
func (p Party) isOrRelated(person governance.PersonID) (is, related bool) {
	if p.IsPerson() && p.Person.ID == person {
		return true, false
	}
	return false, slices.Contains(p.Related, person)
}

// clone returns a copy sharing no slice with p.
func (p Party) clone() Party {
	p.Related = clone(p.Related)
	return p
}

// Validate returns every problem of the intake, sorted: at least two parties,
// each a person with a name or an organisation with a name and a valid credit
// code, none twice; valid category, channel and source; a referral exactly
// for referred disputes, with the work order's ID for a work order; a valid
// place; a summary; at least one person involved per party.
func (in Intake) Validate() governance.Problems {
	var ps governance.Problems
	if in.ID == "" {
		ps = append(ps, governance.Errorf("dispute.intake.id_missing", "id"))
	}
	if !in.Category.IsValid() {
		ps = append(ps, governance.Errorf("dispute.intake.category_invalid", "category"))
	}
	if !in.Channel.IsValid() {
		ps = append(ps, governance.Errorf("dispute.intake.channel_invalid", "channel"))
	}
	ps = in.validateSource(ps)
	if !in.Place.IsValid() {
		ps = append(ps, governance.Errorf("dispute.intake.place_invalid", "place", string(in.Place)))
	}
	if in.Summary == "" {
		ps = append(ps, governance.Errorf("dispute.intake.summary_missing", "summary"))
	}
	if len(in.Parties) < minParties {
		ps = append(ps, governance.Errorf("dispute.intake.parties_too_few", "parties", len(in.Parties), minParties))
	}
	if in.People < max(len(in.Parties), 1) {
		ps = append(ps, governance.Errorf("dispute.intake.people_too_few", "people", in.People, max(len(in.Parties), 1)))
	}
	for i, p := range in.Parties {
		ps = validateParty(ps, i, p)
		for j := range i {
			if samePerson(p, in.Parties[j]) || sameOrganisation(p, in.Parties[j]) {
				ps = append(ps, governance.Errorf("dispute.party.duplicate", governance.Index("parties", i), j))
				break
			}
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return ps.Sorted()
}

func (in Intake) validateSource(ps governance.Problems) governance.Problems {
	if !in.Source.IsValid() {
		ps = append(ps, governance.Errorf("dispute.intake.source_invalid", "source"))
	}
	referred := in.Source == SourceReferral
	switch {
	case referred && !in.Referral.Body.IsValid():
		ps = append(ps, governance.Errorf("dispute.referral.body_invalid", "referral.body"))
	case !referred && in.Referral != Referral{}:
		ps = append(ps, governance.Errorf("dispute.referral.unexpected", "referral"))
	case in.Referral.Body == BodyWorkOrder && in.Referral.WorkOrder == "":
		ps = append(ps, governance.Errorf("dispute.referral.work_order_missing", "referral.workOrder"))
	case in.Referral.Body != BodyWorkOrder && in.Referral.WorkOrder != "":
		ps = append(ps, governance.Errorf("dispute.referral.work_order_unexpected", "referral.workOrder"))
	}
	return ps
}

// validateParty adds the problems of the i-th party; paths are built only
// for problems, so a valid intake costs no allocation.
func validateParty(ps governance.Problems, i int, p Party) governance.Problems {
	path := func(field string) string { return governance.Field(governance.Index("parties", i), field) }
	switch {
	case p.IsPerson() && p.IsOrganisation():
		return append(ps, governance.Errorf("dispute.party.both", governance.Index("parties", i)))
	case p.IsPerson():
		if p.Person.Name == "" {
			ps = append(ps, governance.Errorf("dispute.party.name_missing", path("person.name")))
		}
	case p.IsOrganisation():
		if p.Organisation.Name == "" {
			ps = append(ps, governance.Errorf("dispute.party.name_missing", path("organisation.name")))
		}
		if !p.Organisation.CreditCode.IsValid() {
			ps = append(ps, governance.Errorf("dispute.party.credit_code_invalid", path("organisation.creditCode")))
		}
	default:
		return append(ps, governance.Errorf("dispute.party.none", governance.Index("parties", i)))
	}
	for j, r := range p.Related {
		if r == "" {
			ps = append(ps, governance.Errorf("dispute.party.related_empty", governance.Index(path("related"), j)))
		}
	}
	return ps
}

func samePerson(a, b Party) bool {
	return a.IsPerson() && b.IsPerson() && a.Person.ID != "" && a.Person.ID == b.Person.ID
}

func sameOrganisation(a, b Party) bool {
	return a.IsOrganisation() && b.IsOrganisation() && a.Organisation.CreditCode != "" &&
		a.Organisation.CreditCode == b.Organisation.CreditCode
}

// clone returns a copy of the intake sharing no slice with in.
func (in Intake) clone() Intake {
	parties := make([]Party, len(in.Parties))
	for i, p := range in.Parties {
		parties[i] = p.clone()
	}
	in.Parties = parties
	return in
}

// IntakeRecord is the storage form of an Intake: the same fields, with
// each party as a PartyRecord, whose person carries the identity number and
// the phone in full. A CaseRecord holds its intake in this form.
type IntakeRecord struct {
	ID       string          `json:"id"`
	Category Category        `json:"category"`
	Channel  Channel         `json:"channel"`
	Source   Source          `json:"source"`
	Referral Referral        `json:"referral,omitzero"`
	Place    governance.Code `json:"place"`
	People   int             `json:"people"`
	Parties  []PartyRecord   `json:"parties"`
	Summary  string          `json:"summary"`
}

// PartyRecord is the storage form of a Party: a person as a
// governance.PersonRecord (numbers revealed), or an organisation, with the
// related people.
type PartyRecord struct {
	Person       governance.PersonRecord `json:"person,omitzero"`
	Organisation Organisation            `json:"organisation,omitzero"`
	Related      []governance.PersonID   `json:"related,omitempty"`
}

// record returns the storage form of the intake, sharing nothing with in.
func (in Intake) record() IntakeRecord {
	parties := make([]PartyRecord, len(in.Parties))
	for i, p := range in.Parties {
		parties[i] = PartyRecord{Organisation: p.Organisation, Related: clone(p.Related)}
		if p.IsPerson() {
			parties[i].Person = p.Person.Record()
		}
	}
	return IntakeRecord{
		ID: in.ID, Category: in.Category, Channel: in.Channel, Source: in.Source, Referral: in.Referral,
		Place: in.Place, People: in.People, Parties: parties, Summary: in.Summary,
	}
}

// restore rebuilds the intake from its storage form, parsing each person's
// numbers again, with a problem for each that does not parse (the person is
// then restored without it, so that validation reports nothing twice). It
// shares nothing with r.
func (r IntakeRecord) restore() (Intake, governance.Problems) {
	var ps governance.Problems
	parties := make([]Party, len(r.Parties))
	for i, p := range r.Parties {
		parties[i] = Party{Organisation: p.Organisation, Related: clone(p.Related)}
		if p.Person == (governance.PersonRecord{}) {
			continue
		}
		person, err := governance.RestorePerson(p.Person)
		if err != nil {
			var bad governance.Problems
			errors.As(err, &bad)
			for _, q := range bad {
				q.Path = governance.Field(governance.Index("parties", i), governance.Field("person", q.Path))
				ps = append(ps, q)
			}
			plain := p.Person
			plain.IDNumber, plain.Phone = "", ""
			person, _ = governance.RestorePerson(plain)
		}
		parties[i].Person = person
	}
	return Intake{
		ID: r.ID, Category: r.Category, Channel: r.Channel, Source: r.Source, Referral: r.Referral,
		Place: r.Place, People: r.People, Parties: parties, Summary: r.Summary,
	}, ps
}

// personJSON is governance.Person with every field but the ID and the name
// optional: a party is often known by name alone, and governance.Person's
// own JSON requires its enums.
type personJSON struct {
	ID          governance.PersonID    `json:"id,omitempty"`
	Name        string                 `json:"name"`
	IDNumber    governance.ResidentID  `json:"idNumber,omitzero"`
	Phone       governance.Phone       `json:"phone,omitzero"`
	Party       governance.PartyStatus `json:"party,omitzero"`
	Education   governance.Education   `json:"education,omitzero"`
	Certificate governance.Certificate `json:"certificate,omitzero"`
}

type partyJSON struct {
	Person       *personJSON           `json:"person,omitempty"`
	Organisation *Organisation         `json:"organisation,omitempty"`
	Related      []governance.PersonID `json:"related,omitempty"`
}

// MarshalJSON writes {"person": {…}} or {"organisation": {…}}, with the
// related people; a person's unknown party status, education and
// certificate are left out.
func (p Party) MarshalJSON() ([]byte, error) {
	out := partyJSON{Related: p.Related}
	if p.IsPerson() {
		person := personJSON(p.Person)
		out.Person = &person
	}
	if p.IsOrganisation() {
		out.Organisation = &p.Organisation
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes; on error p is unchanged.
func (p *Party) UnmarshalJSON(b []byte) error {
	var in partyJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	out := Party{Related: clone(in.Related)}
	if in.Person != nil {
		out.Person = governance.Person(*in.Person)
	}
	if in.Organisation != nil {
		out.Organisation = *in.Organisation
	}
	*p = out
	return nil
}
