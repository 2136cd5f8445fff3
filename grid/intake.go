package grid

import (
	"iter"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Department identifies a responsible body: a district bureau, a street
// office, a utility, a community — whatever the deployment's directory
// calls it ("district-housing-bureau", "110105001-office"). It also names
// the receiver that first took an appeal in (a hotline centre, a grid
// worker's station). It is the governance package's Department, so that
// duty items, orders and calls name bodies alike.
type Department = governance.Department

// Kind is what the caller wants (北京市接诉即办工作条例 2021): to ask, to be
// helped, to complain, to report, or to suggest.
type Kind uint8

// Kinds of appeal.
const (
	KindUnknown      Kind = iota
	KindConsultation      // 咨询
	KindHelp              // 求助
	KindComplaint         // 投诉
	KindReport            // 举报
	KindSuggestion        // 建议
)

var kindTokens = enum.Tokens[Kind]{"unknown", "consultation", "help", "complaint", "report", "suggestion"}

// String returns the kind's token.
func (k Kind) String() string { return kindTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k Kind) IsValid() bool { return kindTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k Kind) MarshalText() ([]byte, error) { return kindTokens.Marshal("appeal kind", k) }

// UnmarshalText sets k from its token.
func (k *Kind) UnmarshalText(b []byte) error { return kindTokens.Unmarshal("appeal kind", k, b) }

// Label returns the kind's name in the language matched for tag.
func (k Kind) Label(tag language.Tag) string { return i18n.Label(tag, "grid.kind", k.String()) }

// Kinds yields every kind of appeal.
func Kinds() iter.Seq[Kind] { return kindTokens.All() }

// Channel is how a matter came in.
type Channel uint8

// Channels.
const (
	ChannelUnknown  Channel = iota
	ChannelPatrol           // 网格巡查: found by a grid worker on patrol
	ChannelResident         // 群众上门: a resident at the grid station or community
	ChannelHotline          // 12345 热线
	ChannelPolice           // 110 非警务转办: non-police matters passed on by 110
	ChannelCall             // 吹哨: raised by a street's call
	ChannelOnline           // 网络平台: web, app or mini-program
	ChannelAssigned         // 上级交办: handed down by a higher body
)

var channelTokens = enum.Tokens[Channel]{"unknown", "patrol", "resident", "hotline", "police", "call", "online", "assigned"}

// String returns the channel's token.
func (c Channel) String() string { return channelTokens.String(c) }

// IsValid reports whether c is a known channel.
func (c Channel) IsValid() bool { return channelTokens.Valid(c) }

// MarshalText returns the channel's token.
func (c Channel) MarshalText() ([]byte, error) { return channelTokens.Marshal("channel", c) }

// UnmarshalText sets c from its token.
func (c *Channel) UnmarshalText(b []byte) error { return channelTokens.Unmarshal("channel", c, b) }

// Label returns the channel's name in the language matched for tag.
func (c Channel) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.channel", c.String())
}

// Channels yields every channel.
func Channels() iter.Seq[Channel] { return channelTokens.All() }

// Urgency sets an order's time limit (see Policy.Deadlines).
type Urgency uint8

// Urgencies, most pressing first.
const (
	UrgencyUnknown   Urgency = iota
	UrgencyEmergency         // 紧急
	UrgencyUrgent            // 加急: water, power, gas, heating
	UrgencyNormal            // 一般
	UrgencyComplex           // 疑难复杂
)

var urgencyTokens = enum.Tokens[Urgency]{"unknown", "emergency", "urgent", "normal", "complex"}

// String returns the urgency's token.
func (u Urgency) String() string { return urgencyTokens.String(u) }

// IsValid reports whether u is a known urgency.
func (u Urgency) IsValid() bool { return urgencyTokens.Valid(u) }

// MarshalText returns the urgency's token.
func (u Urgency) MarshalText() ([]byte, error) { return urgencyTokens.Marshal("urgency", u) }

// UnmarshalText sets u from its token.
func (u *Urgency) UnmarshalText(b []byte) error { return urgencyTokens.Unmarshal("urgency", u, b) }

// Label returns the urgency's name in the language matched for tag.
func (u Urgency) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.urgency", u.String())
}

// Urgencies yields every urgency, most pressing first.
func Urgencies() iter.Seq[Urgency] { return urgencyTokens.All() }

// Intake is an appeal or an event as it comes in, before it is an order.
type Intake struct {
	ID       string          `json:"id,omitempty"` // the caller's or the platform's ticket number
	Kind     Kind            `json:"kind"`
	Channel  Channel         `json:"channel"`
	Urgency  Urgency         `json:"urgency"`
	Unit     governance.Code `json:"unit"`               // where the matter is: a grid, community or street
	Category string          `json:"category,omitempty"` // the routing category (see Router)
	Summary  string          `json:"summary"`
	// Receiver is who first took the matter in; under the first-receiver
	// rule (首接负责制) it stays responsible for seeing the order through,
	// and it acts for the centre in the order's history (dispatch, review,
	// close).
	Receiver Department          `json:"receiver"`
	Caller   governance.PersonID `json:"caller,omitempty"`  // the register's key, never the person's data
	Related  string              `json:"related,omitempty"` // another order's or a call's ID
}

// intake problem codes.
const (
	codeIntakeKind     = "grid.intake.kind_invalid"
	codeIntakeChannel  = "grid.intake.channel_invalid"
	codeIntakeUrgency  = "grid.intake.urgency_invalid"
	codeIntakeUnit     = "grid.intake.unit_invalid"
	codeIntakeSummary  = "grid.intake.summary_empty"
	codeIntakeReceiver = "grid.intake.receiver_empty"
)

// Validate reports every problem of the intake: an unknown kind, channel or
// urgency, a unit that is not a valid grid, community or street code, an
// empty summary or receiver.
func (in Intake) Validate() governance.Problems {
	var ps governance.Problems
	if !in.Kind.IsValid() {
		ps = append(ps, governance.Errorf(codeIntakeKind, "kind", in.Kind.String()))
	}
	if !in.Channel.IsValid() {
		ps = append(ps, governance.Errorf(codeIntakeChannel, "channel", in.Channel.String()))
	}
	if !in.Urgency.IsValid() {
		ps = append(ps, governance.Errorf(codeIntakeUrgency, "urgency", in.Urgency.String()))
	}
	if !intakeUnit(in.Unit) {
		ps = append(ps, governance.Errorf(codeIntakeUnit, "unit", string(in.Unit)))
	}
	if in.Summary == "" {
		ps = append(ps, governance.Errorf(codeIntakeSummary, "summary"))
	}
	if in.Receiver == "" {
		ps = append(ps, governance.Errorf(codeIntakeReceiver, "receiver"))
	}
	return ps.Sorted()
}

// intakeUnit reports whether c is a valid grid, community or street code.
func intakeUnit(c governance.Code) bool {
	switch c.Level() {
	case governance.LevelGrid, governance.LevelCommunity, governance.LevelStreet:
		return c.IsValid()
	}
	return false
}

// DeclineReason is why an intake is not accepted as an order (不予受理);
// the caller is told with Notice.
type DeclineReason uint8

// Reasons not to accept (RULES.md §8).
const (
	DeclineUnknown      DeclineReason = iota
	DeclineOtherChannel               // 应通过诉讼、仲裁、纪检监察、行政复议、政府信息公开、信访等途径解决
	DeclineRepeat                     // 重复诉求且无新情况、新理由
	DeclineSecret                     // 涉及国家秘密、商业秘密、个人隐私
	DeclineOutsideRemit               // 不属于受理范围
	DeclineUnlawful                   // 违反法律法规、违背公序良俗
)

var declineTokens = enum.Tokens[DeclineReason]{"unknown", "other_channel", "repeat", "secret", "outside_remit", "unlawful"}

// String returns the reason's token.
func (r DeclineReason) String() string { return declineTokens.String(r) }

// IsValid reports whether r is a known reason.
func (r DeclineReason) IsValid() bool { return declineTokens.Valid(r) }

// MarshalText returns the reason's token.
func (r DeclineReason) MarshalText() ([]byte, error) {
	return declineTokens.Marshal("decline reason", r)
}

// UnmarshalText sets r from its token.
func (r *DeclineReason) UnmarshalText(b []byte) error {
	return declineTokens.Unmarshal("decline reason", r, b)
}

// Label returns the reason's short name in the language matched for tag.
func (r DeclineReason) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.decline", r.String())
}

// Notice returns the text the caller is told, in the language matched for
// tag.
func (r DeclineReason) Notice(tag language.Tag) string {
	return i18n.Label(tag, "grid.notice", r.String())
}

// DeclineReasons yields every reason.
func DeclineReasons() iter.Seq[DeclineReason] { return declineTokens.All() }

// Service is an emergency service to which an emergency is transferred at
// once (RULES.md §8).
type Service uint8

// Emergency services.
const (
	ServiceUnknown   Service = iota
	ServicePolice            // 110
	ServiceFire              // 119
	ServiceAmbulance         // 120
	ServiceTraffic           // 122
)

var serviceTokens = enum.Tokens[Service]{"unknown", "police_110", "fire_119", "ambulance_120", "traffic_122"}

// String returns the service's token.
func (s Service) String() string { return serviceTokens.String(s) }

// IsValid reports whether s is a known service.
func (s Service) IsValid() bool { return serviceTokens.Valid(s) }

// MarshalText returns the service's token.
func (s Service) MarshalText() ([]byte, error) { return serviceTokens.Marshal("service", s) }

// UnmarshalText sets s from its token.
func (s *Service) UnmarshalText(b []byte) error { return serviceTokens.Unmarshal("service", s, b) }

// Label returns the service's name in the language matched for tag.
func (s Service) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.service", s.String())
}

// Services yields every emergency service.
func Services() iter.Seq[Service] { return serviceTokens.All() }
