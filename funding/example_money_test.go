package funding_test

import (
	"encoding/json"
	"fmt"

	"github.com/jiceng/jiceng/funding"
	"golang.org/x/text/language"
)

// Amounts are written with at most two places; parsing never rounds, so a
// third place, an exponent or a thousands separator is refused rather than
// guessed at. Every amount prints with exactly two places.
//
// Source: RULES.md §11 (amounts are yuan with two places).
func ExampleParseMoney_twoPlacesExactly() {
	for _, s := range []string{"1234", "1234.5", "1234.50", "-12.30", "1234.567", "1,234.50", "1e3", "+5", "-0", "007"} {
		m, err := funding.ParseMoney(s)
		if err != nil {
			fmt.Printf("%-9s refused: %v\n", s, err)
			continue
		}
		fmt.Printf("%-9s %s\n", s, m)
	}
	// Output:
	// 1234      1234.00
	// 1234.5    1234.50
	// 1234.50   1234.50
	// -12.30    -12.30
	// 1234.567  refused: funding: parsing money "1234.567": more than 2 decimal places
	// 1,234.50  refused: funding: parsing money "1,234.50": unexpected ","
	// 1e3       refused: funding: parsing money "1e3": unexpected "e"
	// +5        refused: funding: parsing money "+5": unexpected "+"
	// -0        refused: funding: parsing money "-0": negative zero
	// 007       refused: funding: parsing money "007": leading zero
}

// In JSON an amount is a quoted string with two places — never a bare
// number, which would have passed through a float64 on its way.
func ExampleMoney_MarshalJSON_quotedTwoPlaces() {
	type payment struct {
		Payee  string        `json:"payee"`
		Amount funding.Money `json:"amount"`
	}
	b, _ := json.Marshal(payment{"和平区某社区", funding.MustParseMoney("79.2")})
	fmt.Println(string(b))

	var p payment
	err := json.Unmarshal([]byte(`{"payee":"x","amount":79.2}`), &p)
	fmt.Println(err)
	// Output:
	// {"payee":"和平区某社区","amount":"79.20"}
	// funding: parsing money "79.2": want a quoted string such as "1234.50"
}

// Uppercase amounts (大写金额) follow the regulation on filling in
// instruments: one 零 for a run of zeros, 零 after 元 before a lone 角 or 分,
// 壹拾 for a leading ten, 整 after an amount that ends at 元. The first five
// amounts are the regulation's own examples.
//
// Source: 中国人民银行《支付结算办法》附件一; RULES.md §11.
func ExampleMoney_Uppercase_regulationExamples() {
	for _, s := range []string{"1409.50", "6007.14", "1680.32", "107000.53", "16409.02", "325.04", "3400", "10", "0.05", "100010000"} {
		fmt.Printf("%12s %s\n", s, funding.MustParseMoney(s).Uppercase())
	}
	_, err := funding.MustParseMoney("-1").ToUppercase()
	fmt.Println(err)
	// Output:
	//      1409.50 壹仟肆佰零玖元伍角
	//      6007.14 陆仟零柒元壹角肆分
	//      1680.32 壹仟陆佰捌拾元零叁角贰分
	//    107000.53 壹拾万柒仟元零伍角叁分
	//     16409.02 壹万陆仟肆佰零玖元零贰分
	//       325.04 叁佰贰拾伍元零肆分
	//         3400 叁仟肆佰元整
	//           10 壹拾元整
	//         0.05 伍分
	//    100010000 壹亿零壹万元整
	// funding: negative amounts are not written in uppercase: -1.00
}

// Shares of a total are allocated by largest remainder, so they add up to
// the total exactly; a fen left over goes to the largest remainder, and
// among equal remainders to the part listed first.
//
// Source: RULES.md §11.
func ExampleAllocate_largestRemainder() {
	// Heping's 10 million yuan for a street, shared among three communities
	// by households; then 100 yuan among three equal parts.
	parts, _ := funding.Allocate(funding.Yuan(10_000_000), []int64{3120, 2875, 4006})
	fmt.Println(parts)
	parts, _ = funding.Allocate(funding.Yuan(100), []int64{1, 1, 1})
	fmt.Println(parts)
	_, err := funding.Allocate(funding.Yuan(100), []int64{0, 0})
	fmt.Println(err)
	// Output:
	// [3119688.03 2874712.53 4005599.44]
	// [33.34 33.33 33.33]
	// funding: allocate: all weights are zero
}

// Multiplying by a rate rounds once, half-up by default (四舍五入); half-even
// is available where a rule asks for it.
func ExampleMoney_MulRound_halfUpOrHalfEven() {
	m := funding.MustParseMoney("0.05")
	half := funding.Percent(50)
	up, _ := m.Mul(half)
	even, _ := m.MulRound(half, funding.RoundHalfEven)
	fmt.Println(up, even)
	pay, _ := funding.Yuan(3400).Mul(funding.MustParseRate("1.55"))
	fmt.Println(pay)
	// Output:
	// 0.03 0.02
	// 5270.00
}

// For people, amounts print with a currency sign and grouping in the
// reader's language.
func ExampleMoney_Display() {
	m := funding.MustParseMoney("2336400")
	fmt.Println(m.Display(language.SimplifiedChinese))
	fmt.Println(m.Display(language.English))
	// Output:
	// ¥2,336,400.00
	// CN¥2,336,400.00
}
