package volunteer_test

import (
	"fmt"
	"time"

	"github.com/jiceng/jiceng/volunteer"
	"golang.org/x/text/language"
)

// Star levels follow cumulative service hours: 100, 300, 600, 1,000 and
// 1,500 hours for one to five stars (中国注册志愿者管理办法, 2013). Each
// threshold starts its level; a minute less stays below.
func ExamplePolicy_StarFor_thresholds() {
	p := volunteer.DefaultPolicy()
	for _, h := range []int{100, 300, 600, 1000, 1500} {
		at := time.Duration(h) * time.Hour
		below := p.StarFor(at - time.Minute)
		fmt.Printf("%5d h: %-20s a minute less: %s\n", h, p.StarFor(at).Label(language.English), below.Label(language.SimplifiedChinese))
	}
	// Output:
	//   100 h: one-star volunteer   a minute less: 未达星级
	//   300 h: two-star volunteer   a minute less: 一星级志愿者
	//   600 h: three-star volunteer a minute less: 二星级志愿者
	//  1000 h: four-star volunteer  a minute less: 三星级志愿者
	//  1500 h: five-star volunteer  a minute less: 四星级志愿者
}
