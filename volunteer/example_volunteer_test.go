package volunteer_test

import (
	"fmt"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/volunteer"
	"golang.org/x/text/language"
)

// A minor never joins an emergency rescue, and serves only with the
// guardian's consent (the volunteer service regulations of Zhejiang,
// Shandong and Shanghai); a risky activity needs accident insurance
// (志愿服务条例 2017). Eligibility reports every problem at once, judged on
// the activity's day: the volunteer born on 1 May 2010 is 15.
func ExampleEligibility_minorInRescue() {
	v := volunteer.Volunteer{
		Person:     governance.Person{ID: "lin-er", Name: "林二", IDNumber: governance.MustParseResidentID("110105201005010018")},
		Registered: governance.MustDate(2024, 9, 1), Via: "school-youth-league",
	}
	start := time.Date(2025, 7, 20, 8, 0, 0, 0, cst)
	flood := volunteer.Activity{
		ID: "flood-0720", Name: "flood rescue", Kind: volunteer.KindSafety, Organiser: "xibei-street",
		Start: start, End: start.Add(8 * time.Hour), Risky: true, EmergencyRescue: true,
	}
	ps := volunteer.Eligibility(v, flood, nil, volunteer.DefaultPolicy())
	fmt.Println("may serve:", ps.Err() == nil)
	for _, m := range ps.Messages(language.SimplifiedChinese) {
		fmt.Println(m)
	}
	for _, m := range ps.Messages(language.English) {
		fmt.Println(m)
	}

	v.Guardian = volunteer.Guardian{Name: "林父", ConsentOn: governance.MustDate(2024, 9, 1)}
	reading := volunteer.Activity{
		ID: "reading-0720", Name: "reading to children", Kind: volunteer.KindOther, Organiser: "xibei-community",
		Start: start, End: start.Add(2 * time.Hour),
	}
	fmt.Println("with consent, reading to children:", volunteer.Eligibility(v, reading, nil, volunteer.DefaultPolicy()).Err() == nil)
	// Output:
	// may serve: false
	// activity.emergencyRescue: 未成年人（15周岁）不得参加应急救援
	// activity.insured: 有风险的活动须为志愿者购买意外保险
	// guardian: 未成年志愿者（15周岁）无监护人同意
	// activity.emergencyRescue: a minor (aged 15) may not join an emergency rescue
	// activity.insured: a risky activity needs accident insurance for its volunteers
	// guardian: a minor (aged 15) without the guardian's consent
	// with consent, reading to children: true
}
