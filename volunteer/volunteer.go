package volunteer

import (
	"errors"
	"slices"

	"github.com/jiceng/jiceng/governance"
)

// Guardian is a minor volunteer's guardian (监护人) and the consent given.
type Guardian struct {
	Name string `json:"name"`
	// ConsentOn is the day the guardian consented to the minor's volunteer
	// service; zero means no consent on record.
	ConsentOn governance.Date `json:"consentOn,omitzero"`
}

// Consents reports whether the guardian, named, had consented by day d.
func (g Guardian) Consents(d governance.Date) bool {
	return g.Name != "" && !g.ConsentOn.IsZero() && !g.ConsentOn.After(d)
}

// Volunteer is a registered volunteer (注册志愿者): the person, the day of
// registration, the organisation registered through (empty when the person
// registered themselves, 志愿服务条例 2017 §7), the skills offered, and for
// a minor the guardian. The age comes from the identity number. Its JSON
// masks the identity number and the phone, as every automatic rendering
// does; storage keeps a VolunteerRecord (Record, RestoreVolunteer).
type Volunteer struct {
	Person     governance.Person `json:"person"`
	Registered governance.Date   `json:"registered"`
	Via        OrgID             `json:"via,omitempty"`
	Skills     []string          `json:"skills,omitempty"`
	Guardian   Guardian          `json:"guardian,omitzero"`
}

// VolunteerRecord is the storage form of a Volunteer: the same fields, with
// the person as a governance.PersonRecord, which keeps the identity number
// and the phone in full. A Volunteer's own JSON is an automatic rendering
// and masks them, so it cannot be read back; a storage adapter writes
// Volunteer.Record() and reads it with RestoreVolunteer. Treat a record as
// personal data: it carries the numbers unmasked.
type VolunteerRecord struct {
	Person     governance.PersonRecord `json:"person"`
	Registered governance.Date         `json:"registered"`
	Via        OrgID                   `json:"via,omitempty"`
	Skills     []string                `json:"skills,omitempty"`
	Guardian   Guardian                `json:"guardian,omitzero"`
}

// Record returns the storage form of v, with the numbers revealed.
func (v Volunteer) Record() VolunteerRecord {
	return VolunteerRecord{
		Person: v.Person.Record(), Registered: v.Registered, Via: v.Via,
		Skills: slices.Clone(v.Skills), Guardian: v.Guardian,
	}
}

// RestoreVolunteer rebuilds a Volunteer from its storage form, parsing the
// identity number and the phone again (governance.RestorePerson); every
// problem is returned, as governance.Problems with paths under "person". It
// checks the numbers, not the registration: Validate does that against a
// policy.
func RestoreVolunteer(r VolunteerRecord) (Volunteer, error) {
	p, err := governance.RestorePerson(r.Person)
	if err != nil {
		var ps governance.Problems
		if !errors.As(err, &ps) {
			return Volunteer{}, err
		}
		out := make(governance.Problems, len(ps))
		for i, pr := range ps {
			pr.Path = governance.Field("person", pr.Path)
			out[i] = pr
		}
		return Volunteer{}, out.Sorted()
	}
	return Volunteer{
		Person: p, Registered: r.Registered, Via: r.Via,
		Skills: slices.Clone(r.Skills), Guardian: r.Guardian,
	}, nil
}

// AgeOn returns the volunteer's age in full years (周岁) on day d from the
// birth date in the identity number, and false when there is no number.
func (v Volunteer) AgeOn(d governance.Date) (int, bool) {
	if v.Person.IDNumber.IsZero() {
		return 0, false
	}
	return v.Person.IDNumber.AgeOn(d), true
}

// MinorOn reports whether the volunteer is under the policy's age of
// majority on day d; a volunteer without an identity number is not known
// to be a minor (Eligibility reports the missing number).
func (v Volunteer) MinorOn(d governance.Date, p Policy) bool {
	age, ok := v.AgeOn(d)
	return ok && age < p.AgeOfMajority
}

// Validate reports every problem with the registration: a missing person
// ID, name or identity number, a registration day that is invalid or
// before the birth, an empty skill, a consent without the guardian's name;
// and, as a warning, a minor registered without the guardian's consent.
func (v Volunteer) Validate(p Policy) governance.Problems {
	var ps governance.Problems
	if v.Person.ID == "" {
		ps = append(ps, governance.Errorf("volunteer.volunteer.id_missing", "person.id"))
	}
	if v.Person.Name == "" {
		ps = append(ps, governance.Errorf("volunteer.volunteer.name_missing", "person.name"))
	}
	if v.Person.IDNumber.IsZero() {
		ps = append(ps, governance.Errorf("volunteer.volunteer.id_number_missing", "person.idNumber"))
	}
	switch {
	case !v.Registered.IsValid():
		ps = append(ps, governance.Errorf("volunteer.volunteer.registered_invalid", "registered", v.Registered))
	case !v.Person.IDNumber.IsZero() && v.Registered.Before(v.Person.IDNumber.Birth()):
		ps = append(ps, governance.Errorf("volunteer.volunteer.registered_before_birth", "registered", v.Registered))
	case p.MinorNeedsConsent && v.MinorOn(v.Registered, p) && !v.Guardian.Consents(v.Registered):
		ps = append(ps, governance.Warnf("volunteer.volunteer.minor_without_consent", "guardian", p.AgeOfMajority))
	}
	for i, s := range v.Skills {
		if s == "" {
			ps = append(ps, governance.Errorf("volunteer.volunteer.skill_empty", governance.Index("skills", i)))
		}
	}
	if !v.Guardian.ConsentOn.IsZero() && v.Guardian.Name == "" {
		ps = append(ps, governance.Errorf("volunteer.volunteer.guardian_unnamed", "guardian.name"))
	}
	return ps.Sorted()
}

// Eligibility reports every reason the volunteer may not, or should know
// before they, serve in the activity, judged on the activity's first day:
//
//   - a volunteer not yet registered, or without an identity number to
//     tell the age;
//   - a minor without the guardian's consent, and a minor in an emergency
//     rescue (the volunteer service regulations of Zhejiang, Shandong and
//     Shanghai);
//   - a risky activity without accident insurance (志愿服务条例 2017);
//   - a ban from star levels in force after falsified hours. The ban bars
//     stars, not service, so it is a warning: the volunteer may serve and
//     the hours are recorded, but they earn no star while it lasts.
//
// bans are the volunteer's bans (Ledger.Bans); others' are ignored.
// Problems.Err is nil when the volunteer may serve.
func Eligibility(v Volunteer, a Activity, bans []Ban, p Policy) governance.Problems {
	var ps governance.Problems
	on := a.Day()
	if v.Registered.IsZero() || v.Registered.After(on) {
		ps = append(ps, governance.Errorf("volunteer.eligibility.not_registered", "registered", v.Registered, on))
	}
	age, known := v.AgeOn(on)
	if !known {
		ps = append(ps, governance.Errorf("volunteer.eligibility.age_unknown", "person.idNumber"))
	}
	if minor := known && age < p.AgeOfMajority; minor {
		if p.MinorNeedsConsent && !v.Guardian.Consents(on) {
			ps = append(ps, governance.Errorf("volunteer.eligibility.minor_without_consent", "guardian", age))
		}
		if a.EmergencyRescue && !p.MinorsInRescue {
			ps = append(ps, governance.Errorf("volunteer.eligibility.minor_in_rescue", "activity.emergencyRescue", age))
		}
	}
	if a.Risky && !a.Insured && p.RiskNeedsInsurance {
		ps = append(ps, governance.Errorf("volunteer.eligibility.risk_uninsured", "activity.insured"))
	}
	for _, b := range bans {
		if b.Volunteer == v.Person.ID && b.InForce(on) {
			ps = append(ps, governance.Warnf("volunteer.eligibility.star_banned", "person.id", b.Until))
			break
		}
	}
	return ps.Sorted()
}
