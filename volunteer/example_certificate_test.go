package volunteer_test

import (
	"fmt"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/volunteer"
	"golang.org/x/text/language"
)

// A certificate of service states the volunteer's identity (the number
// masked unless revealed), the hours and the content, the issuer and its
// contact, the certificate's number and day (民政部 2021
// 志愿服务记录与证明出具办法). It is made only from the ledger: the voided
// grant does not appear, and only the issuer's own activities do
// (谁记录谁证明).
func ExampleLedger_Certify() {
	l := volunteer.NewLedger()
	check(l.AddActivity(patrol()))
	clerk := volunteer.Recorder{Org: "xibei-community", Person: "clerk-wang"}
	at := time.Date(2025, 5, 11, 9, 0, 0, 0, cst)
	_, err := l.Grant(volunteer.Service{Volunteer: "li-ming", Activity: "patrol-0510", Duration: 210 * time.Minute, Recorder: clerk, Key: "a"}, at)
	check(err)
	_, err = l.Grant(volunteer.Service{Volunteer: "li-ming", Activity: "patrol-0510", Duration: time.Hour, Recorder: clerk, Key: "b"}, at)
	check(err)
	_, err = l.Void(2, "entered twice", clerk, at)
	check(err)

	v := volunteer.Volunteer{
		Person:     governance.Person{ID: "li-ming", Name: "李明", IDNumber: governance.MustParseResidentID("350203199003150030")},
		Registered: governance.MustDate(2024, 3, 5),
	}
	c, err := l.Certify(volunteer.CertificateRequest{
		Volunteer: v, Number: "XB-2025-0042", On: governance.MustDate(2025, 6, 1),
		Issuer: volunteer.Issuer{Org: "xibei-community", Name: "西北社区居民委员会", Contact: "0851-8888 0000"},
	})
	check(err)
	fmt.Print(c.Text(language.SimplifiedChinese))
	fmt.Println()
	fmt.Print(c.Text(language.English))
	// Output:
	// 志愿服务证明（编号：XB-2025-0042）
	// 兹证明李明（身份证号码：350*************30）于2025-05-10至2025-06-01期间参加志愿服务，累计服务时长3小时30分钟。
	// 2025-05-10　evening safety patrol（治安巡逻）　3小时30分钟
	// 出具单位：西北社区居民委员会　联系方式：0851-8888 0000
	// 出具日期：2025-06-01
	//
	// Certificate of volunteer service (No. XB-2025-0042)
	// This certifies that 李明 (identity number 350*************30) served as a volunteer from 2025-05-10 to 2025-06-01 for 3 h 30 min in all.
	// 2025-05-10  evening safety patrol (patrol)  3 h 30 min
	// Issued by 西北社区居民委员会, contact 0851-8888 0000
	// Date of issue: 2025-06-01
}
