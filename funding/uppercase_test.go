package funding

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"
)

func TestUppercase(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		// the regulation's own examples (支付结算办法 附件一)
		{"1409.50", "壹仟肆佰零玖元伍角"},
		{"6007.14", "陆仟零柒元壹角肆分"},
		{"1680.32", "壹仟陆佰捌拾元零叁角贰分"},
		{"107000.53", "壹拾万柒仟元零伍角叁分"},
		{"16409.02", "壹万陆仟肆佰零玖元零贰分"},
		{"325.04", "叁佰贰拾伍元零肆分"},
		// the boundaries of each rule
		{"0", "零元整"},
		{"0.05", "伍分"},
		{"0.50", "伍角"},
		{"0.55", "伍角伍分"},
		{"1", "壹元整"},
		{"10", "壹拾元整"},
		{"10.5", "壹拾元零伍角"},
		{"11", "壹拾壹元整"},
		{"100", "壹佰元整"},
		{"101", "壹佰零壹元整"},
		{"110", "壹佰壹拾元整"},
		{"1000.01", "壹仟元零壹分"},
		{"1001", "壹仟零壹元整"},
		{"3400", "叁仟肆佰元整"},
		{"10000", "壹万元整"},
		{"10001", "壹万零壹元整"},
		{"100700", "壹拾万零柒佰元整"},
		{"107000", "壹拾万柒仟元整"},
		{"1001000", "壹佰万壹仟元整"},
		{"10010000", "壹仟零壹万元整"},
		{"2336400", "贰佰叁拾叁万陆仟肆佰元整"},
		{"10000000", "壹仟万元整"},
		{"100000000", "壹亿元整"},
		{"100000001", "壹亿零壹元整"},
		{"100010000", "壹亿零壹万元整"},
		{"110000000", "壹亿壹仟万元整"},
		{"1000000000", "壹拾亿元整"},
		{"1000000000000", "壹万亿元整"},
		{"1000100000000", "壹万零壹亿元整"},
		{"1000000000001", "壹万亿零壹元整"},
		{"999999999999999.99", "玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},
	} {
		m := MustParseMoney(tc.in)
		if got := m.Uppercase(); got != tc.want {
			t.Errorf("%s.Uppercase() = %s, want %s", tc.in, got, tc.want)
		}
		if got, err := parseUppercase(tc.want); err != nil || !got.Equal(m) {
			t.Errorf("parseUppercase(%s) = %v, %v; want %s", tc.want, got, err, tc.in)
		}
	}
}

func TestUppercaseNegative(t *testing.T) {
	m := MustParseMoney("-1.00")
	if got := m.Uppercase(); got != "" {
		t.Errorf("Uppercase(-1) = %q, want empty", got)
	}
	if _, err := m.ToUppercase(); !errors.Is(err, ErrNegativeUppercase) {
		t.Errorf("ToUppercase(-1) = %v", err)
	}
}

// parseUppercase reads an uppercase amount back, strictly enough that a
// misplaced unit or a stray 零 is an error. It is the test's independent
// model of the form.
func parseUppercase(s string) (Money, error) {
	if s == "零元整" {
		return Money{}, nil
	}
	whole, frac, hasYuan := strings.Cut(s, "元")
	if !hasYuan {
		whole, frac = "", s
	}
	var yuan int64
	if hasYuan {
		v, err := parseUpperWhole(whole)
		if err != nil {
			return Money{}, err
		}
		if v == 0 {
			return Money{}, fmt.Errorf("%q: zero yuan written", s)
		}
		yuan = v
	}
	rs := []rune(frac)
	if len(rs) > 0 && rs[len(rs)-1] == '整' {
		if len(rs) != 1 {
			return Money{}, fmt.Errorf("%q: 整 after 角 or 分", s)
		}
		return Money{yuan * 100}, nil
	}
	zeroLead := len(rs) > 0 && rs[0] == '零'
	if zeroLead {
		rs = rs[1:]
	}
	var jiao, fen int64
	if len(rs) >= 2 && rs[1] == '角' {
		jiao = int64(upperDigit(rs[0]))
		rs = rs[2:]
	}
	if len(rs) >= 2 && rs[1] == '分' {
		fen = int64(upperDigit(rs[0]))
		rs = rs[2:]
	}
	if len(rs) != 0 || jiao < 0 || fen < 0 || jiao == 0 && fen == 0 {
		return Money{}, fmt.Errorf("%q: bad 角分 part", s)
	}
	// 零 follows 元 exactly when the 元 digit is zero before a 角, or the 角
	// is zero before a 分.
	if want := hasYuan && (yuan%10 == 0 && jiao != 0 || jiao == 0 && fen != 0); zeroLead != want {
		return Money{}, fmt.Errorf("%q: 零 after 元 is %v, want %v", s, zeroLead, want)
	}
	return Money{yuan*100 + jiao*10 + fen}, nil
}

func upperDigit(r rune) int {
	for i, d := range []rune(digitsUpper) {
		if d == r {
			return i
		}
	}
	return -1
}

// parseUpperWhole reads the yuan part: groups of digit+unit, 万 and 亿
// multiplying what came before them in their scope, 零 skipped.
func parseUpperWhole(s string) (int64, error) {
	var acc, section, num int64
	haveNum := false
	for _, r := range s {
		if d := upperDigit(r); d > 0 {
			if haveNum {
				return 0, fmt.Errorf("%q: two digits in a row", s)
			}
			num, haveNum = int64(d), true
			continue
		}
		switch r {
		case '零':
			if haveNum {
				return 0, fmt.Errorf("%q: 零 after a digit without a unit", s)
			}
		case '拾', '佰', '仟':
			if !haveNum {
				return 0, fmt.Errorf("%q: %c without its digit", s, r)
			}
			section += num * map[rune]int64{'拾': 10, '佰': 100, '仟': 1000}[r]
			num, haveNum = 0, false
		case '万':
			acc += (section + num) * 10_000
			section, num, haveNum = 0, 0, false
		case '亿':
			acc = (acc + section + num) * 100_000_000
			section, num, haveNum = 0, 0, false
		default:
			return 0, fmt.Errorf("%q: unexpected %c", s, r)
		}
	}
	return acc + section + num, nil
}

func TestUppercaseProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		limit := rapid.SampledFrom([]int64{1_000, 1_000_000, 100_000_000_000, maxFen}).Draw(t, "limit")
		// amounts with many zeros are where the rules bite
		digits := rapid.SliceOfN(rapid.SampledFrom([]int64{0, 0, 0, 1, 5, 9}), 1, 17).Draw(t, "digits")
		var n int64
		for _, d := range digits {
			n = n*10 + d
		}
		m := Money{n % (limit + 1)}
		up := m.Uppercase()
		if strings.Contains(up, "零零") {
			t.Fatalf("%s → %s has two 零 in a row", m, up)
		}
		if !utf8.ValidString(up) || up == "" {
			t.Fatalf("%s → %q", m, up)
		}
		if !m.IsZero() && (strings.HasSuffix(up, "零") || strings.Contains(up, "零元") || strings.Contains(up, "零万") || strings.Contains(up, "零亿")) {
			t.Fatalf("%s → %s has a 零 before a unit or at the end", m, up)
		}
		if strings.HasSuffix(up, "分整") || strings.HasSuffix(up, "角整") {
			t.Fatalf("%s → %s writes 整 after 角 or 分", m, up)
		}
		back, err := parseUppercase(up)
		if err != nil || !back.Equal(m) {
			t.Fatalf("%s → %s → %v, %v", m, up, back, err)
		}
	})
}

var sinkString string

func BenchmarkUppercase(b *testing.B) {
	b.ReportAllocs()
	m := MustParseMoney("107000.53")
	for b.Loop() {
		sinkString = m.Uppercase()
	}
}

func BenchmarkUppercaseLargest(b *testing.B) {
	b.ReportAllocs()
	m := MaxMoney()
	for b.Loop() {
		sinkString = m.Uppercase()
	}
}
