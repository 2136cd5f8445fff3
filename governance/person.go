package governance

import (
	"iter"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Sex is a person's sex as the identity number records it.
type Sex uint8

// Sexes.
const (
	SexUnknown Sex = iota
	SexMale
	SexFemale
)

var sexTokens = enum.Tokens[Sex]{"unknown", "male", "female"}

// String returns the sex's token.
func (s Sex) String() string { return sexTokens.String(s) }

// IsValid reports whether s is a known sex.
func (s Sex) IsValid() bool { return sexTokens.Valid(s) }

// MarshalText returns the sex's token.
func (s Sex) MarshalText() ([]byte, error) { return sexTokens.Marshal("sex", s) }

// UnmarshalText sets s from its token.
func (s *Sex) UnmarshalText(b []byte) error { return sexTokens.Unmarshal("sex", s, b) }

// Label returns the sex's name in the language matched for tag.
func (s Sex) Label(tag language.Tag) string { return i18n.Label(tag, "governance.sex", s.String()) }

// Sexes yields every valid sex.
func Sexes() iter.Seq[Sex] { return sexTokens.All() }

// Education is the highest completed education (学历), which lifts a
// community worker's starting grade.
type Education uint8

// Education levels, lowest first.
const (
	EducationUnknown   Education = iota
	EducationSecondary           // 高中、中专及以下
	EducationCollege             // 大专
	EducationBachelor            // 本科
	EducationMaster              // 硕士研究生
	EducationDoctor              // 博士研究生
)

var educationTokens = enum.Tokens[Education]{"unknown", "secondary", "college", "bachelor", "master", "doctor"}

// String returns the education's token.
func (e Education) String() string { return educationTokens.String(e) }

// IsValid reports whether e is a known education level.
func (e Education) IsValid() bool { return educationTokens.Valid(e) }

// MarshalText returns the education's token.
func (e Education) MarshalText() ([]byte, error) { return educationTokens.Marshal("education", e) }

// UnmarshalText sets e from its token.
func (e *Education) UnmarshalText(b []byte) error {
	return educationTokens.Unmarshal("education", e, b)
}

// Label returns the education's name in the language matched for tag.
func (e Education) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.education", e.String())
}

// Educations yields every valid education level, lowest first.
func Educations() iter.Seq[Education] { return educationTokens.All() }

// PartyStatus is a person's standing in the Communist Party of China.
type PartyStatus uint8

// Party statuses.
const (
	PartyUnknown      PartyStatus = iota
	PartyNone                     // 群众 and members of other parties
	PartyProbationary             // 预备党员
	PartyFull                     // 正式党员
)

var partyTokens = enum.Tokens[PartyStatus]{"unknown", "none", "probationary", "full"}

// String returns the status's token.
func (p PartyStatus) String() string { return partyTokens.String(p) }

// IsValid reports whether p is a known status.
func (p PartyStatus) IsValid() bool { return partyTokens.Valid(p) }

// MarshalText returns the status's token.
func (p PartyStatus) MarshalText() ([]byte, error) { return partyTokens.Marshal("party status", p) }

// UnmarshalText sets p from its token.
func (p *PartyStatus) UnmarshalText(b []byte) error {
	return partyTokens.Unmarshal("party status", p, b)
}

// Label returns the status's name in the language matched for tag.
func (p PartyStatus) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.party_status", p.String())
}

// PartyStatuses yields every valid status.
func PartyStatuses() iter.Seq[PartyStatus] { return partyTokens.All() }

// Member reports whether the person is a party member, full or probationary.
func (p PartyStatus) Member() bool { return p == PartyProbationary || p == PartyFull }

// Certificate is the level of the national social-work qualification
// (社会工作者职业资格) a person holds.
type Certificate uint8

// Certificate levels.
const (
	CertificateUnknown      Certificate = iota
	CertificateNone                     // 无
	CertificateJunior                   // 助理社会工作师
	CertificateIntermediate             // 社会工作师
	CertificateSenior                   // 高级社会工作师
)

var certificateTokens = enum.Tokens[Certificate]{"unknown", "none", "junior", "intermediate", "senior"}

// String returns the level's token.
func (c Certificate) String() string { return certificateTokens.String(c) }

// IsValid reports whether c is a known level.
func (c Certificate) IsValid() bool { return certificateTokens.Valid(c) }

// MarshalText returns the level's token.
func (c Certificate) MarshalText() ([]byte, error) {
	return certificateTokens.Marshal("certificate", c)
}

// UnmarshalText sets c from its token.
func (c *Certificate) UnmarshalText(b []byte) error {
	return certificateTokens.Unmarshal("certificate", c, b)
}

// Label returns the level's name in the language matched for tag.
func (c Certificate) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.certificate", c.String())
}

// Certificates yields every valid level.
func Certificates() iter.Seq[Certificate] { return certificateTokens.All() }

// PersonID identifies a person within one deployment (a register's key); it
// is not personal data.
type PersonID string

// Person is a person known to the register: residents, workers, party
// members, volunteers. The identity number and the phone mask themselves in
// every automatic rendering.
type Person struct {
	ID          PersonID    `json:"id"`
	Name        string      `json:"name"`
	IDNumber    ResidentID  `json:"idNumber,omitzero"`
	Phone       Phone       `json:"phone,omitzero"`
	Party       PartyStatus `json:"party,omitzero"`
	Education   Education   `json:"education,omitzero"`
	Certificate Certificate `json:"certificate,omitzero"`
}

// Post is a person's post: a role in a unit over a span of days, From
// inclusive and Until exclusive (zero Until: still held).
type Post struct {
	Person PersonID `json:"person"`
	Role   Role     `json:"role"`
	Unit   Code     `json:"unit"`
	From   Date     `json:"from"`
	Until  Date     `json:"until,omitzero"`
}

// ActiveOn reports whether the post is held on day d.
func (p Post) ActiveOn(d Date) bool { return d.Within(p.From, p.Until) }

// PersonRecord is the storage form of a Person: the same fields, with the
// identity number and phone in full. Person's own JSON is masked (it is an
// automatic rendering and may end up in logs and responses) and therefore
// cannot be read back; a storage adapter writes Person.Record() and reads it
// with RestorePerson. Treat a PersonRecord as personal data: it is the one
// value that carries the numbers unmasked.
type PersonRecord struct {
	ID          PersonID    `json:"id"`
	Name        string      `json:"name"`
	IDNumber    string      `json:"idNumber,omitempty"`
	Phone       string      `json:"phone,omitempty"`
	Party       PartyStatus `json:"party,omitzero"`
	Education   Education   `json:"education,omitzero"`
	Certificate Certificate `json:"certificate,omitzero"`
}

// Record returns the storage form of p, with the numbers revealed.
func (p Person) Record() PersonRecord {
	return PersonRecord{
		ID:          p.ID,
		Name:        p.Name,
		IDNumber:    p.IDNumber.Reveal(),
		Phone:       p.Phone.Reveal(),
		Party:       p.Party,
		Education:   p.Education,
		Certificate: p.Certificate,
	}
}

// RestorePerson rebuilds a Person from its storage form, parsing the
// numbers again; every problem is reported.
func RestorePerson(r PersonRecord) (Person, error) {
	p := Person{ID: r.ID, Name: r.Name, Party: r.Party, Education: r.Education, Certificate: r.Certificate}
	var ps Problems
	if r.IDNumber != "" {
		id, err := ParseResidentID(r.IDNumber)
		if err != nil {
			ps = append(ps, Errorf("governance.person.id_number_invalid", "idNumber", string(r.ID)))
		}
		p.IDNumber = id
	}
	if r.Phone != "" {
		ph, err := ParsePhone(r.Phone)
		if err != nil {
			ps = append(ps, Errorf("governance.person.phone_invalid", "phone", string(r.ID)))
		}
		p.Phone = ph
	}
	if len(ps) > 0 {
		return Person{}, ps.Sorted()
	}
	return p, nil
}
