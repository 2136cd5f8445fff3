package dispute

import "iter"

// Counts are the figures of a set of cases, as the monthly statistics of
// mediation report them.
type Counts struct {
	Registered int `json:"registered"`
	Accepted   int `json:"accepted"`
	// Agreed counts agreements reached (调解成功), performed or not.
	Agreed     int `json:"agreed"`
	Terminated int `json:"terminated"`
	Performed  int `json:"performed"`
	// Prevented counts disputes kept from turning criminal (防止民转刑).
	Prevented int `json:"prevented"`
	// Group counts group disputes (群体性纠纷): at least the policy's
	// GroupFromPeople people involved.
	Group int `json:"group"`
}

// SuccessRate returns agreed / (agreed + terminated): the share of
// concluded mediations that ended in agreement (调解成功率); 0 when none has
// concluded.
func (c Counts) SuccessRate() float64 {
	concluded := c.Agreed + c.Terminated
	if concluded == 0 {
		return 0
	}
	return float64(c.Agreed) / float64(concluded)
}

func (c *Counts) add(d Counts) {
	c.Registered += d.Registered
	c.Accepted += d.Accepted
	c.Agreed += d.Agreed
	c.Terminated += d.Terminated
	c.Performed += d.Performed
	c.Prevented += d.Prevented
	c.Group += d.Group
}

// Sizes of the tables indexed by enum.
const (
	numCategories = int(CategoryOther) + 1
	numChannels   = int(ChannelPetition) + 1
	numSources    = int(SourceReferral) + 1
	numBodies     = int(BodyWorkOrder) + 1
	numOutcomes   = int(OutcomeUnperformed) + 1
)

// Statistics are the figures of a set of cases in total and by category,
// channel, source and outcome, with referrals by referring body. Build them
// with Tally or by adding cases one by one.
type Statistics struct {
	Total      Counts
	categories [numCategories]Counts
	channels   [numChannels]Counts
	sources    [numSources]Counts
	outcomes   [numOutcomes]int
	referrals  [numBodies]int
}

// Tally counts the cases in one pass. Each case counts as registered; as
// accepted once accepted; as agreed, terminated or performed by its
// outcome; as prevented when Defuse was recorded; as a group dispute by the
// threshold of the policy it was registered under.
func Tally(cases iter.Seq[*Case]) Statistics {
	// The pass only counts each case's kind by category, channel and
	// source — a few increments in a table that stays in cache — and the
	// counts are worked out from the kinds at the end.
	var h histogram
	for c := range cases {
		k := c.kind()
		in := &c.in
		h.categories[in.Category][k]++
		h.channels[in.Channel][k]++
		h.sources[in.Source][k]++
		h.referrals[in.Referral.Body]++
	}
	return h.statistics()
}

// kinds is the number of kinds of case the statistics tell apart: by
// outcome, and whether accepted, prevented from turning criminal and a
// group dispute.
const kinds = 8 * numOutcomes

// kind returns the case's kind: its outcome, accepted, prevented and group
// in one number below kinds.
func (c *Case) kind() uint8 {
	return uint8(c.outcome)<<3 | b2u(c.accepted)<<2 | b2u(c.prevented)<<1 | b2u(c.group)
}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// kindCounts returns the figures of one case of kind k.
func kindCounts(k uint8) Counts {
	d := Counts{Registered: 1, Accepted: int(k >> 2 & 1), Prevented: int(k >> 1 & 1), Group: int(k & 1)}
	switch Outcome(k >> 3) {
	case OutcomeAgreed, OutcomeUnperformed:
		d.Agreed = 1
	case OutcomePerformed:
		d.Agreed, d.Performed = 1, 1
	case OutcomeTerminated:
		d.Terminated = 1
	}
	return d
}

// histogram counts cases by kind.
type histogram struct {
	categories [numCategories][kinds]int
	channels   [numChannels][kinds]int
	sources    [numSources][kinds]int
	referrals  [numBodies]int
}

func (h *histogram) statistics() Statistics {
	var s Statistics
	expand := func(row *[kinds]int) Counts {
		var c Counts
		for k, n := range row {
			if n > 0 {
				c.add(kindCounts(uint8(k)).times(n))
			}
		}
		return c
	}
	for i := range h.categories {
		s.categories[i] = expand(&h.categories[i])
		s.Total.add(s.categories[i])
		for k, n := range h.categories[i] {
			s.outcomes[k>>3] += n
		}
	}
	for i := range h.channels {
		s.channels[i] = expand(&h.channels[i])
	}
	for i := range h.sources {
		s.sources[i] = expand(&h.sources[i])
	}
	copy(s.referrals[BodyUnknown+1:], h.referrals[BodyUnknown+1:])
	return s
}

func (c Counts) times(n int) Counts {
	return Counts{
		Registered: c.Registered * n, Accepted: c.Accepted * n, Agreed: c.Agreed * n,
		Terminated: c.Terminated * n, Performed: c.Performed * n, Prevented: c.Prevented * n,
		Group: c.Group * n,
	}
}

// Add counts one more case.
func (s *Statistics) Add(c *Case) {
	d := kindCounts(c.kind())
	in := &c.in
	s.Total.add(d)
	s.categories[in.Category].add(d)
	s.channels[in.Channel].add(d)
	s.sources[in.Source].add(d)
	s.outcomes[c.outcome]++
	if in.Source == SourceReferral {
		s.referrals[in.Referral.Body]++
	}
}

// Category returns the figures of the cases of category c.
func (s *Statistics) Category(c Category) Counts {
	if !c.IsValid() {
		return Counts{}
	}
	return s.categories[c]
}

// Channel returns the figures of the cases in channel ch.
func (s *Statistics) Channel(ch Channel) Counts {
	if !ch.IsValid() {
		return Counts{}
	}
	return s.channels[ch]
}

// Source returns the figures of the cases that came from src.
func (s *Statistics) Source(src Source) Counts {
	if !src.IsValid() {
		return Counts{}
	}
	return s.sources[src]
}

// Outcome returns the number of cases with outcome o.
func (s *Statistics) Outcome(o Outcome) int {
	if !o.IsValid() {
		return 0
	}
	return s.outcomes[o]
}

// Referrals returns the number of cases referred by body b.
func (s *Statistics) Referrals(b Body) int {
	if !b.IsValid() {
		return 0
	}
	return s.referrals[b]
}
