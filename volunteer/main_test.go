package volunteer

import "time"

// shanghai is China Standard Time, fixed so that tests need no zone data.
var shanghai = time.FixedZone("CST", 8*60*60)
