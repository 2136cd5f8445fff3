package governance_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

// withCheck appends the GB 11643 check character to 17 digits, computed
// the standard's other way: weight 2^(17-i) mod 11, check (12 − S mod 11)
// mod 11, 10 written X.
func withCheck(body string) string {
	s := 0
	for i := 0; i < 17; i++ {
		w := 1
		for k := 0; k < 17-i; k++ {
			w = w * 2 % 11
		}
		s += int(body[i]-'0') * w
	}
	c := (12 - s%11) % 11
	if c == 10 {
		return body + "X"
	}
	return body + string(rune('0'+c))
}

func TestParseResidentID(t *testing.T) {
	type want struct {
		Reveal, Masked, Birth, Region string
		Sex                           governance.Sex
	}
	for _, tc := range []struct {
		in   string
		want want
	}{
		{"11010519491231002X", want{"11010519491231002X", "110*************2X", "1949-12-31", "110105", governance.SexFemale}},
		{"11010519491231002x", want{"11010519491231002X", "110*************2X", "1949-12-31", "110105", governance.SexFemale}},
		{withCheck("44030420000229123"), want{withCheck("44030420000229123"), "440*************3" + withCheck("44030420000229123")[17:], "2000-02-29", "440304", governance.SexMale}},
		{withCheck("01000119000101000"), want{withCheck("01000119000101000"), "010*************0" + withCheck("01000119000101000")[17:], "1900-01-01", "010001", governance.SexFemale}},
	} {
		id, err := governance.ParseResidentID(tc.in)
		if err != nil {
			t.Errorf("ParseResidentID(%s): %v", tc.in, err)
			continue
		}
		got := want{id.Reveal(), id.String(), id.Birth().String(), id.Region(), id.Sex()}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ParseResidentID(%s) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestParseResidentIDRejects(t *testing.T) {
	type want struct {
		Code      string
		Length    int
		Index     int
		Char      rune
		Want, Got byte
	}
	for _, tc := range []struct {
		in   string
		want want
	}{
		{"", want{Code: "governance.resident_id.length"}},
		{"11010519491231002", want{Code: "governance.resident_id.length", Length: 17}},
		{"11010519491231002X1", want{Code: "governance.resident_id.length", Length: 19}},
		{"1101051949123100AX", want{Code: "governance.resident_id.character", Index: 16, Char: 'A'}},
		{"11010519491231002Y", want{Code: "governance.resident_id.check_character", Index: 17, Char: 'Y'}},
		{"１10105194912310020", want{Code: "governance.resident_id.character", Index: 0, Char: '１'}},
		{"11010519491231002é", want{Code: "governance.resident_id.check_character", Index: 17, Char: 'é'}},
		{"1101051949123é02X", want{Code: "governance.resident_id.character", Index: 13, Char: 'é'}},
		{withCheck("11010519490230002"), want{Code: "governance.resident_id.birth_date"}},
		{withCheck("11010520230229002"), want{Code: "governance.resident_id.birth_date"}},
		{withCheck("11010500000101002"), want{Code: "governance.resident_id.birth_date"}},
		{withCheck("11010519491300002"), want{Code: "governance.resident_id.birth_date"}},
		{"110105194912310021", want{Code: "governance.resident_id.check", Want: 'X', Got: '1'}},
		{"110*************2X", want{Code: "governance.resident_id.masked"}},
	} {
		_, err := governance.ParseResidentID(tc.in)
		var e *governance.ResidentIDError
		if !errors.As(err, &e) {
			t.Errorf("ParseResidentID(%q) error = %v, want a *ResidentIDError", tc.in, err)
			continue
		}
		got := want{e.Code, e.Length, e.Index, e.Char, e.Want, e.Got}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ParseResidentID(%q) (-want +got):\n%s", tc.in, diff)
		}
		if !errors.Is(err, governance.Problem{Code: tc.want.Code}) {
			t.Errorf("errors.Is(%v, Problem{%s}) = false", err, tc.want.Code)
		}
		if strings.Contains(err.Error(), tc.in) && tc.in != "" {
			t.Errorf("the error %q shows the input", err)
		}
		for _, tag := range []language.Tag{language.English, language.Chinese} {
			if m := e.Message(tag); strings.Contains(m, "[governance") || strings.Contains(m, "%!") {
				t.Errorf("Message(%v) = %q", tag, m)
			}
		}
	}
}

func TestResidentIDErrorText(t *testing.T) {
	_, err := governance.ParseResidentID("110105194912310021")
	var e *governance.ResidentIDError
	errors.As(err, &e)
	got := []string{err.Error(), e.Message(language.Chinese), e.Problem("residents[2].idNumber").Message(language.English)}
	want := []string{
		`governance: resident identity number: the check character is "1", want "X"`,
		"校验码为“1”，应为“X”",
		`residents[2].idNumber: the check character is "1", want "X"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestResidentIDAgeOn(t *testing.T) {
	d := governance.MustParseDate
	id := governance.MustParseResidentID("11010519491231002X")
	leap := governance.MustParseResidentID(withCheck("44030420000229123"))
	for _, tc := range []struct {
		id   governance.ResidentID
		on   string
		want int
	}{
		{id, "2025-12-30", 75},
		{id, "2025-12-31", 76},
		{id, "1949-12-31", 0},
		{id, "1949-12-30", -1},
		{leap, "2001-02-28", 0},
		{leap, "2001-03-01", 1},
		{leap, "2004-02-28", 3},
		{leap, "2004-02-29", 4},
		{leap, "2018-03-01", 18},
	} {
		if got := tc.id.AgeOn(d(tc.on)); got != tc.want {
			t.Errorf("%v born %v: AgeOn(%s) = %d, want %d", tc.id, tc.id.Birth(), tc.on, got, tc.want)
		}
	}
}

func TestResidentIDZero(t *testing.T) {
	var id governance.ResidentID
	if !id.IsZero() || id.Reveal() != "" || id.String() != "" || !id.Birth().IsZero() || id.Sex() != governance.SexUnknown || id.Region() != "" {
		t.Error("the zero ResidentID is not empty")
	}
	b, err := json.Marshal(id)
	if err != nil || string(b) != `""` {
		t.Errorf("zero marshals to %s, %v", b, err)
	}
	back := governance.MustParseResidentID("11010519491231002X")
	if err := json.Unmarshal([]byte(`""`), &back); err != nil || !back.IsZero() {
		t.Errorf(`"" unmarshals to %v, %v`, back, err)
	}
	if governance.MustParseResidentID("11010519491231002X").IsZero() {
		t.Error("a parsed number is zero")
	}
}

// TestMaskedEverywhere renders identity and phone numbers every automatic
// way and fails if the full number or the birth date shows.
func TestMaskedEverywhere(t *testing.T) {
	id := governance.MustParseResidentID("11010519491231002X")
	phone := governance.MustParsePhone("13812345678")
	person := governance.Person{ID: "p1", Name: "张三", IDNumber: id, Phone: phone, Party: governance.PartyNone, Education: governance.EducationBachelor, Certificate: governance.CertificateNone}
	hidden := struct {
		id    governance.ResidentID
		phone governance.Phone
	}{id, phone}
	secrets := []string{
		"11010519491231002X", "19491231", "491231", "1949-12-31",
		"13812345678", "1234",
		fmt.Sprintf("%x", "11010519491231002X"), fmt.Sprintf("%x", "13812345678"),
	}
	var renders []string
	for _, v := range []any{id, &id, phone, &phone, person, &person, []governance.ResidentID{id}, map[string]governance.Phone{"a": phone}, hidden, &hidden} {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%20s", "%-20v", "%.5s"} {
			renders = append(renders, fmt.Sprintf(verb, v))
		}
		renders = append(renders, fmt.Sprint(v), fmt.Sprintln(v))
	}
	renders = append(renders, id.String(), id.GoString(), phone.String(), phone.GoString())
	for _, v := range []any{id, phone, person} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		renders = append(renders, string(b))
	}
	for _, v := range []any{id, phone} {
		b, _ := v.(interface{ MarshalText() ([]byte, error) }).MarshalText()
		renders = append(renders, string(b))
	}
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, nil))
	log.Info("person", "id", id, "phone", phone, "person", person)
	slog.New(slog.NewTextHandler(&logs, nil)).Info("person", "id", id, "phone", phone)
	renders = append(renders, logs.String())

	for _, r := range renders {
		for _, s := range secrets {
			if strings.Contains(r, s) {
				t.Errorf("%q shows %q", r, s)
			}
		}
	}
	for _, tc := range []struct{ got, want string }{
		{fmt.Sprint(id), "110*************2X"},
		{fmt.Sprintf("%q", id), `"110*************2X"`},
		{fmt.Sprintf("%#v", id), `governance.ResidentID("110*************2X")`},
		{fmt.Sprintf("%+v", person), "{ID:p1 Name:张三 IDNumber:110*************2X Phone:138****5678 Party:none Education:bachelor Certificate:none}"},
		{fmt.Sprint(phone), "138****5678"},
		{fmt.Sprintf("%#v", phone), `governance.Phone("138****5678")`},
		{fmt.Sprintf("%x", phone), fmt.Sprintf("%x", "138****5678")},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestMaskedCannotBeLoaded(t *testing.T) {
	person := governance.Person{ID: "p1", IDNumber: governance.MustParseResidentID("11010519491231002X"), Phone: governance.MustParsePhone("13812345678"), Party: governance.PartyFull, Education: governance.EducationMaster, Certificate: governance.CertificateJunior}
	b, err := json.Marshal(person)
	if err != nil {
		t.Fatal(err)
	}
	var back governance.Person
	err = json.Unmarshal(b, &back)
	if !errors.Is(err, governance.Problem{Code: "governance.resident_id.masked"}) {
		t.Errorf("loading a masked identity number: %v", err)
	}
	var p governance.Phone
	if err := p.UnmarshalText([]byte("138****5678")); !errors.Is(err, governance.Problem{Code: "governance.phone.masked"}) {
		t.Errorf("loading a masked phone: %v", err)
	}
	// Storage writes Reveal() and reads with Parse….
	id, err := governance.ParseResidentID(person.IDNumber.Reveal())
	if err != nil || id != person.IDNumber {
		t.Errorf("Reveal → Parse: %v, %v", id, err)
	}
	// A full number loads.
	if err := json.Unmarshal([]byte(`{"idNumber":"11010519491231002x","phone":"13812345678"}`), &back); err != nil || back.IDNumber != person.IDNumber || back.Phone != person.Phone {
		t.Errorf("loading full numbers: %+v, %v", back, err)
	}
}

func TestParsePhone(t *testing.T) {
	for _, tc := range []struct {
		in, code string
		index    int
		char     rune
	}{
		{"13812345678", "", 0, 0},
		{"19900000000", "", 0, 0},
		{"1381234567", "governance.phone.length", 0, 0},
		{"+8613812345678", "governance.phone.length", 0, 0},
		{"138-1234567", "governance.phone.character", 3, '-'},
		{"1381234567８", "governance.phone.character", 10, '８'},
		{"23812345678", "governance.phone.prefix", 0, 0},
		{"138****5678", "governance.phone.masked", 0, 0},
	} {
		p, err := governance.ParsePhone(tc.in)
		if tc.code == "" {
			if err != nil || p.Reveal() != tc.in || p.String() != tc.in[:3]+"****"+tc.in[7:] {
				t.Errorf("ParsePhone(%s) = %v (%s), %v", tc.in, p, p.Reveal(), err)
			}
			continue
		}
		var e *governance.PhoneError
		if !errors.As(err, &e) || e.Code != tc.code || e.Index != tc.index || e.Char != tc.char {
			t.Errorf("ParsePhone(%q) error = %#v, want %s at %d", tc.in, e, tc.code, tc.index)
			continue
		}
		if strings.Contains(err.Error(), tc.in) || strings.Contains(err.Error(), "[governance") {
			t.Errorf("error text %q", err)
		}
	}
	var zero governance.Phone
	if b, _ := json.Marshal(zero); string(b) != `""` || !zero.IsZero() || zero.Reveal() != "" {
		t.Errorf("the zero Phone marshals to %s", b)
	}
}

func TestParseCreditCode(t *testing.T) {
	c, err := governance.ParseCreditCode("91350200776049653A")
	if err != nil {
		t.Fatal(err)
	}
	got := []string{c.String(), c.Authority(), c.Category(), c.Region(), c.OrganizationCode()}
	if diff := cmp.Diff([]string{"91350200776049653A", "9", "1", "350200", "776049653"}, got); diff != "" {
		t.Errorf("parts (-want +got):\n%s", diff)
	}
	if lower, err := governance.ParseCreditCode("91350200776049653a"); err != nil || lower != c {
		t.Errorf("lowercase: %v, %v", lower, err)
	}
	for _, tc := range []struct {
		in, code string
		index    int
		want     byte
	}{
		{"91350200776049653", "governance.credit_code.length", 0, 0},
		{"91350200776049653B", "governance.credit_code.check", 0, 'A'},
		{"9135020077604965IA", "governance.credit_code.character", 16, 0},
		{"9135020077604965OA", "governance.credit_code.character", 16, 0},
		{"9135020077604965SA", "governance.credit_code.character", 16, 0},
		{"9135020077604965VA", "governance.credit_code.character", 16, 0},
		{"9135020077604965ZA", "governance.credit_code.character", 16, 0},
		{"9135020077604965-A", "governance.credit_code.character", 16, 0},
		{"913502007760496５3A", "governance.credit_code.character", 15, 0},
		{"9135A200776049653A", "governance.credit_code.region", 4, 0},
	} {
		_, err := governance.ParseCreditCode(tc.in)
		var e *governance.CreditCodeError
		if !errors.As(err, &e) || e.Code != tc.code || e.Index != tc.index || e.Want != tc.want {
			t.Errorf("ParseCreditCode(%q) error = %#v, want %s at %d", tc.in, err, tc.code, tc.index)
			continue
		}
		if m := e.Message(language.Chinese); strings.Contains(m, "[governance") || strings.Contains(m, "%!") {
			t.Errorf("Message = %q", m)
		}
	}
	if governance.CreditCode("91350200776049653B").IsValid() || governance.CreditCode("91350200776049653a").IsValid() || !c.IsValid() {
		t.Error("IsValid is wrong")
	}
	if _, err := json.Marshal(governance.CreditCode("91350200776049653B")); err == nil {
		t.Error("a malformed code marshals")
	}
	if b, _ := json.Marshal(governance.CreditCode("91350200776049653a")); string(b) != `"91350200776049653A"` {
		t.Errorf("a lowercase code marshals as %s", b)
	}
	if governance.CreditCode("x").Region() != "" {
		t.Error("Region of a malformed code")
	}
}

// creditCheck is the GB 32100 check character, computed independently.
func creditCheck(body string) byte {
	const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	sum, w := 0, 1
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(alphabet, body[i]) * w
		w = w * 3 % 31
	}
	return alphabet[(31-sum%31)%31]
}

func genCreditCode(t *rapid.T) string {
	const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	b := []byte(rapid.StringOfN(rapid.SampledFrom([]rune(alphabet)), 17, 17, -1).Draw(t, "body"))
	for i := 2; i < 8; i++ {
		b[i] = '0' + b[i]%10
	}
	return string(b) + string(creditCheck(string(b)))
}

func TestCreditCodeProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genCreditCode(t)
		c, err := governance.ParseCreditCode(s)
		if err != nil || string(c) != s {
			t.Fatalf("ParseCreditCode(%s) = %v, %v", s, c, err)
		}
		// Any change of one character is caught.
		i := rapid.IntRange(0, 17).Draw(t, "at")
		r := rapid.SampledFrom([]byte("0123456789ABCDEFGHJKLMNPQRTUWXY")).Filter(func(b byte) bool { return b != s[i] }).Draw(t, "to")
		bad := s[:i] + string(r) + s[i+1:]
		if _, err := governance.ParseCreditCode(bad); err == nil {
			t.Fatalf("%s (one character changed from %s) parses", bad, s)
		}
	})
}

// genResidentID draws a valid identity number.
func genResidentID(t *rapid.T) string {
	region := rapid.IntRange(110000, 829999).Draw(t, "region")
	birth := governance.MustParseDate("1900-01-01").AddDays(rapid.IntRange(0, 50000).Draw(t, "birth"))
	seq := rapid.IntRange(0, 999).Draw(t, "seq")
	return withCheck(fmt.Sprintf("%06d%04d%02d%02d%03d", region, birth.Year, birth.Month, birth.Day, seq))
}

func TestResidentIDProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genResidentID(t)
		id, err := governance.ParseResidentID(s)
		if err != nil {
			t.Fatalf("ParseResidentID(%s): %v", s, err)
		}
		if id.Reveal() != s {
			t.Fatalf("Reveal = %s, want %s", id.Reveal(), s)
		}
		if got := id.Birth().String(); strings.ReplaceAll(got, "-", "") != s[6:14] {
			t.Fatalf("Birth = %s for %s", got, s)
		}
		if male := (s[16]-'0')%2 == 1; male != (id.Sex() == governance.SexMale) {
			t.Fatalf("Sex = %v for %s", id.Sex(), s)
		}
		if m := id.String(); m != s[:3]+strings.Repeat("*", 13)+s[16:] {
			t.Fatalf("masked %s as %s", s, m)
		}
		if id.Region() != s[:6] {
			t.Fatalf("Region = %s for %s", id.Region(), s)
		}
		var back governance.ResidentID
		if err := back.UnmarshalText([]byte(strings.ToLower(s))); err != nil || back != id {
			t.Fatalf("UnmarshalText(%s) = %v, %v", s, back, err)
		}
		// Any change of one of the first 17 digits is caught.
		i := rapid.IntRange(0, 16).Draw(t, "at")
		d := rapid.ByteRange('0', '9').Filter(func(b byte) bool { return b != s[i] }).Draw(t, "to")
		bad := s[:i] + string(d) + s[i+1:]
		if _, err := governance.ParseResidentID(bad); err == nil {
			t.Fatalf("%s (one digit changed from %s) parses", bad, s)
		}
	})
}

func TestPhoneProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := "1" + rapid.StringOfN(rapid.RuneFrom([]rune("0123456789")), 10, 10, -1).Draw(t, "rest")
		p, err := governance.ParsePhone(s)
		if err != nil || p.Reveal() != s || p.String() != s[:3]+"****"+s[7:] {
			t.Fatalf("ParsePhone(%s) = %v (%s), %v", s, p, p.Reveal(), err)
		}
	})
}

func FuzzParseResidentID(f *testing.F) {
	for _, s := range []string{"11010519491231002X", "11010519491231002x", "110*************2X", "", "11010520000229123Y", "１10105194912310020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := governance.ParseResidentID(s)
		if err != nil {
			_ = err.Error()
			return
		}
		if id.Reveal() != strings.ToUpper(s) {
			t.Fatalf("ParseResidentID(%q).Reveal() = %q", s, id.Reveal())
		}
		again, err := governance.ParseResidentID(id.Reveal())
		if err != nil || again != id {
			t.Fatalf("round trip of %q: %v, %v", s, again, err)
		}
		if m := id.String(); strings.Contains(m, s[6:14]) || len(m) != 18 {
			t.Fatalf("masked %q as %q", s, m)
		}
	})
}

func FuzzResidentIDUnmarshal(f *testing.F) {
	for _, s := range []string{`"11010519491231002X"`, `""`, `"110*************2X"`, `null`, `12`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var text governance.ResidentID
		if err := text.UnmarshalText(b); err == nil {
			if again, err := governance.ParseResidentID(text.Reveal()); (err != nil || again != text) && !text.IsZero() {
				t.Fatalf("UnmarshalText(%q) does not round-trip: %v", b, err)
			}
		}
		var id governance.ResidentID
		if err := json.Unmarshal(b, &id); err != nil {
			return
		}
		if id.IsZero() {
			return
		}
		again, err := governance.ParseResidentID(id.Reveal())
		if err != nil || again != id {
			t.Fatalf("json %q does not round-trip: %v", b, err)
		}
		out, err := json.Marshal(id)
		if err != nil || string(out) != `"`+id.String()+`"` {
			t.Fatalf("marshals as %s, %v", out, err)
		}
	})
}

func FuzzParsePhone(f *testing.F) {
	for _, s := range []string{"13812345678", "138****5678", "", "+8613812345678", "1381234567８"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := governance.ParsePhone(s)
		if err != nil {
			_ = err.Error()
			return
		}
		if p.Reveal() != s {
			t.Fatalf("ParsePhone(%q).Reveal() = %q", s, p.Reveal())
		}
		if again, err := governance.ParsePhone(p.Reveal()); err != nil || again != p {
			t.Fatalf("round trip of %q: %v, %v", s, again, err)
		}
	})
}

func FuzzPhoneUnmarshal(f *testing.F) {
	for _, s := range []string{`"13812345678"`, `""`, `"138****5678"`, `null`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var text governance.Phone
		if err := text.UnmarshalText(b); err == nil && !text.IsZero() {
			if again, err := governance.ParsePhone(text.Reveal()); err != nil || again != text {
				t.Fatalf("UnmarshalText(%q) does not round-trip: %v", b, err)
			}
		}
		var p governance.Phone
		if err := json.Unmarshal(b, &p); err != nil || p.IsZero() {
			return
		}
		if again, err := governance.ParsePhone(p.Reveal()); err != nil || again != p {
			t.Fatalf("json %q does not round-trip: %v", b, err)
		}
	})
}

func FuzzParseCreditCode(f *testing.F) {
	for _, s := range []string{"91350200776049653A", "91350200776049653a", "", "9135020077604965IA", "913502007760496５3A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := governance.ParseCreditCode(s)
		if err != nil {
			_ = err.Error()
			return
		}
		if string(c) != strings.ToUpper(s) || !c.IsValid() {
			t.Fatalf("ParseCreditCode(%q) = %q", s, c)
		}
		if again, err := governance.ParseCreditCode(c.String()); err != nil || again != c {
			t.Fatalf("round trip of %q: %v, %v", s, again, err)
		}
	})
}

func FuzzCreditCodeUnmarshal(f *testing.F) {
	for _, s := range []string{`"91350200776049653A"`, `""`, `"x"`, `null`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var text governance.CreditCode
		if err := text.UnmarshalText(b); err == nil {
			if out, err := text.MarshalText(); err != nil || (string(out) != string(text)) {
				t.Fatalf("UnmarshalText(%q) = %q does not marshal back: %s, %v", b, text, out, err)
			}
		}
		var c governance.CreditCode
		if err := json.Unmarshal(b, &c); err != nil {
			return
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("%q does not marshal: %v", c, err)
		}
		var back governance.CreditCode
		if err := json.Unmarshal(out, &back); err != nil || back != c {
			t.Fatalf("json %s → %q → %s → %q, %v", b, c, out, back, err)
		}
	})
}

func BenchmarkParseResidentID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := governance.ParseResidentID("11010519491231002X"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResidentIDString(b *testing.B) {
	id := governance.MustParseResidentID("11010519491231002X")
	b.ReportAllocs()
	for b.Loop() {
		_ = id.String()
	}
}

func BenchmarkParseCreditCode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := governance.ParseCreditCode("91350200776049653A"); err != nil {
			b.Fatal(err)
		}
	}
}
