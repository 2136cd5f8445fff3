package volunteer

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Issuer is the body that certifies service and how to reach it.
type Issuer struct {
	Org     OrgID  `json:"org"`
	Name    string `json:"name"`
	Contact string `json:"contact"` // a telephone number or address for checking the certificate
}

// CertificateRequest asks for a certificate of a volunteer's service
// (志愿服务证明) over a period, from the issuer, with the certificate's
// number and day. Until zero means up to and including the day of issue.
type CertificateRequest struct {
	Volunteer Volunteer
	Issuer    Issuer
	Number    string
	On        governance.Date
	From      governance.Date // zero: from the first record
	Until     governance.Date // exclusive; zero: the day after On
}

// CertificateLine is one activity on a certificate.
type CertificateLine struct {
	Activity ActivityID      `json:"activity"`
	Name     string          `json:"name"`
	Kind     Kind            `json:"kind"`
	Day      governance.Date `json:"day"`
	Hours    time.Duration   `json:"hours"`
}

// Certificate is a certificate of volunteer service as the 2021 rules of
// the Ministry of Civil Affairs require (志愿服务记录与证明出具办法): the
// volunteer's name and identity number, the hours and the content of the
// service, the issuer and its contact, the certificate's number and day.
// It is free, and it is truthful: it is made only from the ledger, so it
// states only hours recorded and in force, and only for activities the
// issuer organised (who records certifies, 谁记录谁证明). The identity
// number masks itself in every automatic rendering; Text shows it masked
// and RevealedText in full.
type Certificate struct {
	Number   string                `json:"number"`
	On       governance.Date       `json:"on"`
	Name     string                `json:"name"`
	IDNumber governance.ResidentID `json:"idNumber"`
	From     governance.Date       `json:"from,omitzero"`
	Until    governance.Date       `json:"until"`
	Hours    time.Duration         `json:"hours"`
	Lines    []CertificateLine     `json:"lines"`
	Issuer   Issuer                `json:"issuer"`
}

// Certify issues a certificate from the ledger. The problems: a missing
// number, issuer or contact, a volunteer without ID, name or identity
// number, an invalid day, a period ending after the day of issue or not
// after its start, and no service in force in the period organised by the
// issuer ("volunteer.certificate.no_service").
func (l *Ledger) Certify(r CertificateRequest) (Certificate, error) {
	var ps governance.Problems
	if r.Number == "" {
		ps = append(ps, governance.Errorf("volunteer.certificate.field_missing", "number"))
	}
	if r.Issuer.Org == "" || r.Issuer.Name == "" {
		ps = append(ps, governance.Errorf("volunteer.certificate.field_missing", "issuer"))
	}
	if r.Issuer.Contact == "" {
		ps = append(ps, governance.Errorf("volunteer.certificate.field_missing", "issuer.contact"))
	}
	p := r.Volunteer.Person
	if p.ID == "" || p.Name == "" || p.IDNumber.IsZero() {
		ps = append(ps, governance.Errorf("volunteer.certificate.field_missing", "volunteer.person"))
	}
	until := r.Until
	if !r.On.IsValid() {
		ps = append(ps, governance.Errorf("volunteer.certificate.day_invalid", "on", r.On))
	} else if until.IsZero() {
		until = r.On.AddDays(1)
	}
	if !until.IsZero() && r.On.IsValid() && until.After(r.On.AddDays(1)) {
		last := until // the period's last day, until being exclusive
		if until.IsValid() {
			last = until.AddDays(-1)
		}
		ps = append(ps, governance.Errorf("volunteer.certificate.period_after_issue", "until", last, r.On))
	}
	if !r.From.IsZero() && !until.After(r.From) {
		ps = append(ps, governance.Errorf("volunteer.certificate.period_empty", "from", r.From, until))
	}
	if len(ps) > 0 {
		return Certificate{}, ps.Sorted()
	}
	c := Certificate{
		Number: r.Number, On: r.On, Name: p.Name, IDNumber: p.IDNumber,
		From: r.From, Until: until, Issuer: r.Issuer,
	}
	if vi, ok := l.knownPerson(p.ID); ok {
		lo, hi := span(r.From, until)
		at := make(map[uint32]int) // activity → line
		for e := range l.grantsOf(vi) {
			a, d := &l.acts[e.act], l.days[e.act]
			if e.void != 0 || d < lo || d >= hi || a.a.Organiser != r.Issuer.Org {
				continue
			}
			i, ok := at[e.act]
			if !ok {
				i = len(c.Lines)
				at[e.act] = i
				c.Lines = append(c.Lines, CertificateLine{Activity: a.a.ID, Name: a.a.Name, Kind: a.a.Kind, Day: a.a.Day()})
			}
			c.Lines[i].Hours += time.Duration(e.dur)
			c.Hours += time.Duration(e.dur)
		}
	}
	if len(c.Lines) == 0 {
		return Certificate{}, governance.Problems{governance.Errorf("volunteer.certificate.no_service", "volunteer", r.Issuer.Org)}
	}
	slices.SortStableFunc(c.Lines, func(a, b CertificateLine) int {
		return cmp.Or(a.Day.Compare(b.Day), cmp.Compare(a.Activity, b.Activity))
	})
	return c, nil
}

// Text renders the certificate in the language matched for tag, with the
// identity number masked.
func (c Certificate) Text(tag language.Tag) string { return c.render(tag, c.IDNumber.String()) }

// RevealedText renders the certificate with the full identity number, for
// the paper handed to the volunteer.
func (c Certificate) RevealedText(tag language.Tag) string { return c.render(tag, c.IDNumber.Reveal()) }

func (c Certificate) render(tag language.Tag, id string) string {
	var b strings.Builder
	line := func(key string, args ...any) {
		b.WriteString(i18n.Text(tag, key, args...))
		b.WriteByte('\n')
	}
	from := c.From.String()
	if c.From.IsZero() && len(c.Lines) > 0 {
		from = c.Lines[0].Day.String()
	}
	line("volunteer.certificate.text.title", c.Number)
	line("volunteer.certificate.text.body", c.Name, id, from, c.Until.AddDays(-1).String(), hoursText(tag, c.Hours))
	for _, l := range c.Lines {
		line("volunteer.certificate.text.line", l.Day.String(), l.Name, l.Kind.Label(tag), hoursText(tag, l.Hours))
	}
	line("volunteer.certificate.text.issuer", c.Issuer.Name, c.Issuer.Contact)
	line("volunteer.certificate.text.date", c.On.String())
	return b.String()
}

// hoursText writes a duration as hours and minutes ("12小时30分钟",
// "12 h 30 min"), leaving out zero minutes.
func hoursText(tag language.Tag, d time.Duration) string {
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	if m == 0 {
		return i18n.Text(tag, "volunteer.certificate.text.hours", h)
	}
	return i18n.Text(tag, "volunteer.certificate.text.hours_minutes", h, m)
}
