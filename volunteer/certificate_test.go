package volunteer

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

func TestCertify(t *testing.T) {
	l := fixtureLedger(t)
	at := day0.AddDate(0, 2, 0)
	v := adult()
	mustGrant(t, l, grant(v.Person.ID, "a1", 3*time.Hour, "k1"), at)
	mustGrant(t, l, grant(v.Person.ID, "a2", 150*time.Minute, "k2"), at)
	mustGrant(t, l, grant(v.Person.ID, "a2", time.Hour, "k3"), at)
	mustGrant(t, l, grant(v.Person.ID, "b1", 4*time.Hour, "k4"), at)
	if _, err := l.Void(3, "entered twice", clerk, at); err != nil {
		t.Fatal(err)
	}
	issuer := Issuer{Org: "community-a", Name: "A社区居委会", Contact: "0592-1234567"}
	on := governance.MustDate(2025, 6, 30)
	c, err := l.Certify(CertificateRequest{Volunteer: v, Issuer: issuer, Number: "A-2025-017", On: on})
	if err != nil {
		t.Fatal(err)
	}
	want := Certificate{
		Number: "A-2025-017", On: on, Name: "陈一", IDNumber: adultID, Until: on.AddDays(1),
		Hours: 330 * time.Minute, Issuer: issuer,
		Lines: []CertificateLine{
			{Activity: "a1", Name: "service a1", Kind: KindElderly, Day: governance.MustDate(2025, 3, 1), Hours: 3 * time.Hour},
			{Activity: "a2", Name: "service a2", Kind: KindElderly, Day: governance.MustDate(2025, 3, 2), Hours: 150 * time.Minute},
		},
	}
	if d := cmp.Diff(want, c, cmp.Comparer(func(a, b governance.ResidentID) bool { return a.Reveal() == b.Reveal() })); d != "" {
		t.Errorf("certificate (-want +got):\n%s", d)
	}
	text := c.Text(language.SimplifiedChinese)
	if strings.Contains(text, adultID.Reveal()) || !strings.Contains(text, adultID.String()) || !strings.Contains(text, "5小时30分钟") {
		t.Errorf("masked text:\n%s", text)
	}
	if !strings.Contains(c.RevealedText(language.English), adultID.Reveal()) {
		t.Errorf("revealed text lacks the number")
	}

	march := governance.MustDate(2025, 3, 2)
	c, err = l.Certify(CertificateRequest{Volunteer: v, Issuer: issuer, Number: "A-2025-018", On: on, From: march, Until: march.AddDays(1)})
	if err != nil || c.Hours != 150*time.Minute {
		t.Errorf("one day: %v, %v", c.Hours, err)
	}
	for _, tc := range []struct {
		name string
		r    CertificateRequest
		want []string
	}{
		{"nothing", CertificateRequest{}, []string{
			"volunteer.certificate.field_missing issuer",
			"volunteer.certificate.field_missing issuer.contact",
			"volunteer.certificate.field_missing number",
			"volunteer.certificate.day_invalid on",
			"volunteer.certificate.field_missing volunteer.person",
		}},
		{"future period", CertificateRequest{Volunteer: v, Issuer: issuer, Number: "n", On: on, Until: on.AddDays(2)},
			[]string{"volunteer.certificate.period_after_issue until"}},
		{"empty period", CertificateRequest{Volunteer: v, Issuer: issuer, Number: "n", On: on, From: on, Until: on},
			[]string{"volunteer.certificate.period_empty from"}},
		{"another body's service only", CertificateRequest{Volunteer: v, Issuer: Issuer{Org: "street", Name: "街道", Contact: "x"}, Number: "n", On: on},
			[]string{"volunteer.certificate.no_service volunteer"}},
		{"before any service", CertificateRequest{Volunteer: v, Issuer: issuer, Number: "n", On: governance.MustDate(2025, 2, 1)},
			[]string{"volunteer.certificate.no_service volunteer"}},
	} {
		_, err := l.Certify(tc.r)
		var ps governance.Problems
		errors.As(err, &ps)
		if d := cmp.Diff(tc.want, codes(ps)); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, d)
		}
	}
}

// TestCertificateMasksIdentity checks that a certificate shows the identity
// number masked in every automatic rendering, and in full only when asked.
func TestCertificateMasksIdentity(t *testing.T) {
	l := fixtureLedger(t)
	v := wang()
	mustGrant(t, l, grant(v.Person.ID, "a1", 3*time.Hour, "k1"), day0.AddDate(0, 2, 0))
	c, err := l.Certify(CertificateRequest{Volunteer: v, Number: "A-2025-020", On: governance.MustDate(2025, 6, 30),
		Issuer: Issuer{Org: "community-a", Name: "A社区居委会", Contact: "0592-1234567"}})
	if err != nil {
		t.Fatal(err)
	}
	var logged strings.Builder
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("issued", "certificate", c)
	slog.New(slog.NewTextHandler(&logged, nil)).Info("issued", "certificate", c, "id", c.IDNumber)
	for name, s := range map[string]string{
		"JSON": string(mustJSON(t, c)), "%v": fmt.Sprintf("%v", c), "%+v": fmt.Sprintf("%+v", c), "%#v": fmt.Sprintf("%#v", c),
		"%s": fmt.Sprintf("%s", c.IDNumber), "%q": fmt.Sprintf("%q", c.IDNumber), "slog": logged.String(),
		"Text zh-Hans": c.Text(language.SimplifiedChinese), "Text en": c.Text(language.English),
	} {
		if strings.Contains(s, wangID) || strings.Contains(s, "19491231") {
			t.Errorf("%s shows the identity number: %s", name, s)
		}
	}
	if !strings.Contains(c.Text(language.SimplifiedChinese), "110*************2X") {
		t.Errorf("Text lacks the masked number:\n%s", c.Text(language.SimplifiedChinese))
	}
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.English} {
		if !strings.Contains(c.RevealedText(tag), wangID) {
			t.Errorf("RevealedText(%v) lacks the number:\n%s", tag, c.RevealedText(tag))
		}
	}
}
