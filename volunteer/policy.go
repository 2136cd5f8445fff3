package volunteer

import (
	"time"

	"github.com/jiceng/jiceng/governance"
)

// Policy holds every number the package decides with: the star thresholds,
// the publication window and the bar after falsified hours, the rules for
// minors and risky activities, and the time limit of service orders. A city
// overrides the data, not the code; a Policy marshals to and from JSON.
type Policy struct {
	// StarHours are the cumulative service hours for one to five stars,
	// strictly increasing: StarHours[0] for one star, StarHours[4] for five.
	StarHours [5]int `json:"starHours"`
	// PublicationWorkdays is how many workdays a star award is published
	// (公示) before it may be conferred.
	PublicationWorkdays int `json:"publicationWorkdays"`
	// BanYearsMin and BanYearsMax bound the years a finding of falsified
	// hours bars a volunteer from star levels.
	BanYearsMin int `json:"banYearsMin"`
	BanYearsMax int `json:"banYearsMax"`
	// AgeOfMajority is the age in full years (周岁) from which a volunteer is
	// no longer a minor.
	AgeOfMajority int `json:"ageOfMajority"`
	// MinorNeedsConsent says a minor serves only with the guardian's consent.
	MinorNeedsConsent bool `json:"minorNeedsConsent"`
	// MinorsInRescue says whether minors may take part in emergency rescue.
	MinorsInRescue bool `json:"minorsInRescue"`
	// RiskNeedsInsurance says a risky activity needs accident insurance for
	// its volunteers.
	RiskNeedsInsurance bool `json:"riskNeedsInsurance"`
	// OrderTakeHours is how many hours after dispatch a service order must
	// be taken (接单).
	OrderTakeHours int `json:"orderTakeHours"`
}

// DefaultPolicy returns the national rules with the report's local numbers.
//
// # Source
//
// Star thresholds of 100, 300, 600, 1,000 and 1,500 cumulative hours:
// 中国注册志愿者管理办法 (共青团中央, 2013), as used by the national volunteer
// service information system. Publication for at least 5 workdays and a
// 1–3 year bar after falsified hours: the star-recognition rules of the
// provinces (local). Accident insurance for risky activities: 志愿服务条例
// (国务院令第685号, 2017). Minors: age of majority 18 (民法典 §17); a
// guardian's consent and never emergency rescue, as the volunteer service
// regulations of Zhejiang, Shandong and Shanghai provide. Service orders
// taken within 24 hours of dispatch: illustrative, after Zhangzhou's
// 群众点单、支部下单、党员接单 (report); a city sets its own.
func DefaultPolicy() Policy {
	return Policy{
		StarHours:           [5]int{100, 300, 600, 1000, 1500},
		PublicationWorkdays: 5,
		BanYearsMin:         1,
		BanYearsMax:         3,
		AgeOfMajority:       18,
		MinorNeedsConsent:   true,
		MinorsInRescue:      false,
		RiskNeedsInsurance:  true,
		OrderTakeHours:      24,
	}
}

// StarFor returns the star level that total cumulative service hours reach:
// the highest level whose threshold total meets, or 0 below the first.
func (p Policy) StarFor(total time.Duration) Star {
	for s := len(p.StarHours); s > 0; s-- {
		if total >= time.Duration(p.StarHours[s-1])*time.Hour {
			return Star(s)
		}
	}
	return StarNone
}

// Threshold returns the cumulative hours level s needs (0 for StarNone), and
// false for a level above five.
func (p Policy) Threshold(s Star) (time.Duration, bool) {
	if !s.IsValid() {
		return 0, false
	}
	if s == StarNone {
		return 0, true
	}
	return time.Duration(p.StarHours[s-1]) * time.Hour, true
}

// Validate reports every problem with the policy's numbers.
func (p Policy) Validate() governance.Problems {
	var ps governance.Problems
	for i, h := range p.StarHours {
		if h <= 0 || (i > 0 && h <= p.StarHours[i-1]) {
			ps = append(ps, governance.Errorf("volunteer.policy.star_hours_not_increasing", governance.Index("starHours", i), h))
		}
	}
	if p.PublicationWorkdays <= 0 {
		ps = append(ps, governance.Errorf("volunteer.policy.not_positive", "publicationWorkdays", p.PublicationWorkdays))
	}
	if p.BanYearsMin <= 0 {
		ps = append(ps, governance.Errorf("volunteer.policy.not_positive", "banYearsMin", p.BanYearsMin))
	}
	if p.BanYearsMax < p.BanYearsMin {
		ps = append(ps, governance.Errorf("volunteer.policy.ban_years_range", "banYearsMax", p.BanYearsMin, p.BanYearsMax))
	}
	if p.AgeOfMajority <= 0 {
		ps = append(ps, governance.Errorf("volunteer.policy.not_positive", "ageOfMajority", p.AgeOfMajority))
	}
	if p.OrderTakeHours <= 0 {
		ps = append(ps, governance.Errorf("volunteer.policy.not_positive", "orderTakeHours", p.OrderTakeHours))
	}
	return ps.Sorted()
}
