package governance_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

// An identity number masks itself in every automatic rendering — fmt, JSON,
// logs — showing the first three and last two characters and never the
// birth date; Reveal is the one way to the full number, for storage.
// The number is the example of GB 11643-1999 itself.
//
// Source: GB 11643-1999 公民身份号码; masking per the library's rule for
// personal data.
func ExampleResidentID_masking() {
	id, err := governance.ParseResidentID("11010519491231002x") // lowercase x is accepted
	if err != nil {
		panic(err)
	}
	fmt.Println(id)
	fmt.Printf("%q %#v\n", id, id)
	fmt.Println(id.Birth(), id.Sex(), id.AgeOn(governance.MustParseDate("2025-10-01")))

	person := governance.Person{
		ID: "p-001", Name: "张三", IDNumber: id, Phone: governance.MustParsePhone("13812345678"),
		Party: governance.PartyFull, Education: governance.EducationBachelor, Certificate: governance.CertificateNone,
	}
	b, _ := json.Marshal(person)
	fmt.Println(string(b))

	// A masked number cannot be loaded back: storage keeps Reveal().
	var back governance.Person
	err = json.Unmarshal(b, &back)
	fmt.Println(errors.Is(err, governance.Problem{Code: "governance.resident_id.masked"}))
	fmt.Println(id.Reveal())
	// Output:
	// 110*************2X
	// "110*************2X" governance.ResidentID("110*************2X")
	// 1949-12-31 female 75
	// {"id":"p-001","name":"张三","idNumber":"110*************2X","phone":"138****5678","party":"full","education":"bachelor","certificate":"none"}
	// true
	// 11010519491231002X
}

// The 18th character of an identity number checks the first 17: a typo is
// caught and the error says what it expected, in Chinese or English,
// without repeating the number.
//
// Source: GB 11643-1999 §7 (check character, ISO 7064 MOD 11-2).
func ExampleParseResidentID_checkCharacter() {
	_, err := governance.ParseResidentID("110105194912310021")
	var e *governance.ResidentIDError
	if errors.As(err, &e) {
		fmt.Println(e.Message(language.Chinese))
		fmt.Println(e.Message(language.English))
	}
	// Output:
	// 校验码为“1”，应为“X”
	// the check character is "1", want "X"
}

// A unified social credit code's 18th character checks the first 17 with
// weights 3^i mod 31; its parts name the registering authority, the
// category, the region and the organisation code.
//
// Source: GB 32100-2015 法人和其他组织统一社会信用代码编码规则.
func ExampleParseCreditCode_check() {
	c, err := governance.ParseCreditCode("91350200776049653A")
	fmt.Println(c, err)
	fmt.Println(c.Authority(), c.Category(), c.Region(), c.OrganizationCode())

	_, err = governance.ParseCreditCode("91350200776049653B")
	fmt.Println(err)
	_, err = governance.ParseCreditCode("9135020077604965OA")
	fmt.Println(err)
	// Output:
	// 91350200776049653A <nil>
	// 9 1 350200 776049653
	// governance: credit code: the check character is "B", want "A"
	// governance: credit code: character 17 ("O") is not in the code's alphabet (which has no I, O, S, V or Z)
}
