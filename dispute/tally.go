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
	var s Statistics
	for c := range cases {
		s.Add(c)
	}
	return s
}

// Add counts one more case.
func (s *Statistics) Add(c *Case) {
	d := Counts{Registered: 1}
	if c.accepted {
		d.Accepted = 1
	}
	switch c.outcome {
	case OutcomeAgreed, OutcomeUnperformed:
		d.Agreed = 1
	case OutcomePerformed:
		d.Agreed, d.Performed = 1, 1
	case OutcomeTerminated:
		d.Terminated = 1
	}
	if c.prevented {
		d.Prevented = 1
	}
	if c.group {
		d.Group = 1
	}
	in := &c.r.Intake
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
