package funding

import (
	"errors"
	"fmt"
)

// ErrNegativeUppercase is returned by ToUppercase for an amount below zero:
// the regulation writes only what is paid, and a negative amount has no
// uppercase form.
var ErrNegativeUppercase = errors.New("funding: negative amounts are not written in uppercase")

const (
	digitsUpper = "零壹贰叁肆伍陆柒捌玖"
	runeLen     = 3 // every character written here is three bytes in UTF-8
)

var smallUnits = [4]string{"", "拾", "佰", "仟"}

// Uppercase returns the amount in uppercase Chinese numerals (大写金额), as
// written on cheques, receipts and vouchers: 1234.50 → 壹仟贰佰叁拾肆元伍角.
// For a negative amount, which the regulation does not write, it returns
// the empty string; ToUppercase returns an error instead.
//
// The rules are those of 支付结算办法 附件一 (正确填写票据和结算凭证的基本规定),
// with the choices the regulation leaves open fixed as follows:
//
//   - digits 零壹贰叁肆伍陆柒捌玖 and units 拾佰仟万亿, then 元角分; 1 trillion
//     and more is written with 万亿 (壹万亿元整);
//   - a leading 拾 keeps its 壹 (壹拾万柒仟元…);
//   - a zero between digits is one 零, and a run of zeros is one 零
//     (1,409.50 → 壹仟肆佰零玖元伍角; 6,007.14 → 陆仟零柒元壹角肆分);
//   - zeros at the end of the 万 or 亿 group before a non-zero 仟 digit are
//     not written — the regulation's first form, 107,000.53 →
//     壹拾万柒仟元零伍角叁分 — while a zero 仟 digit is (100,700 → 壹拾万零柒佰元整);
//   - when the 元 digit is zero and the 角 is not, one 零 follows 元
//     (1,680.32 → 壹仟陆佰捌拾元零叁角贰分), the form the regulation gives first;
//   - a zero 角 before a non-zero 分 is written 零 after 元
//     (325.04 → 叁佰贰拾伍元零肆分);
//   - 整 follows an amount that ends at 元 (3,400.00 → 叁仟肆佰元整); after 角
//     the regulation makes it optional and it is not written, as in the
//     regulation's own example 壹仟肆佰零玖元伍角; never after 分;
//   - an amount below one yuan starts at its first non-zero digit (0.05 → 伍分),
//     and zero is 零元整.
//
// The caller writes the currency name (人民币) before it where a form asks.
//
// # Source
//
// 中国人民银行《支付结算办法》（银发〔1997〕393号）附件一; RULES.md §11.
func (m Money) Uppercase() string {
	s, err := m.ToUppercase()
	if err != nil {
		return ""
	}
	return s
}

// ToUppercase is Uppercase with an error, ErrNegativeUppercase, for a
// negative amount.
func (m Money) ToUppercase() (string, error) {
	if m.fen < 0 {
		return "", fmt.Errorf("%w: %s", ErrNegativeUppercase, m)
	}
	// at most 15 digits with a unit each, group units, 零s, 元角分整: 64 characters
	var buf [64 * runeLen]byte
	return string(m.appendUpper(buf[:0])), nil
}

func appendDigit(b []byte, d int) []byte {
	return append(b, digitsUpper[d*runeLen:(d+1)*runeLen]...)
}

func (m Money) appendUpper(b []byte) []byte {
	yuan := m.fen / 100
	jiao := int(m.fen / 10 % 10)
	fen := int(m.fen % 10)
	if yuan == 0 && jiao == 0 && fen == 0 {
		return append(b, "零元整"...)
	}
	if yuan > 0 {
		b = appendYuan(b, yuan)
		b = append(b, "元"...)
		if yuan%10 == 0 && jiao != 0 || jiao == 0 && fen != 0 {
			b = append(b, "零"...)
		}
	}
	if jiao != 0 {
		b = appendDigit(b, jiao)
		b = append(b, "角"...)
	}
	if fen != 0 {
		b = appendDigit(b, fen)
		b = append(b, "分"...)
	} else if jiao == 0 {
		b = append(b, "整"...)
	}
	return b
}

// appendYuan writes a positive whole number of yuan (at most 15 digits),
// digit by digit from the top. A run of zeros becomes one 零, written only
// when a non-zero digit of the same four-digit group follows it; the group
// units 万 and 亿 are written after a group that holds a non-zero digit, and
// 亿 also after the 万亿 group when the 亿 group is all zeros (壹万亿).
func appendYuan(b []byte, yuan int64) []byte {
	var digits [maxIntDigits]int
	n := 0
	for v := yuan; v > 0; v /= 10 {
		digits[n] = int(v % 10)
		n++
	}
	zero := false     // a zero is waiting to be written
	anyGroup := false // the current four-digit group has a non-zero digit
	for p := n - 1; p >= 0; p-- {
		d := digits[p]
		if d == 0 {
			zero = true
		} else {
			if zero {
				b = append(b, "零"...)
				zero = false
			}
			b = appendDigit(b, d)
			b = append(b, smallUnits[p%4]...)
			anyGroup = true
		}
		if p%4 != 0 || p == 0 {
			continue
		}
		switch {
		case p == 8:
			// 亿 closes everything above it: 壹万亿 has an empty 亿 group.
			b = append(b, "亿"...)
		case anyGroup:
			b = append(b, "万"...)
		}
		anyGroup = false
		zero = false
	}
	return b
}
