package volunteer

import (
	"iter"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Kind is the field of service a team works in and an activity or a
// service order belongs to. The first five are the service teams of Xibei
// street (Guiyang); riders are the new-employment groups Benxi organised
// into teams (report).
type Kind uint8

// Kinds of service.
const (
	KindUnknown    Kind = iota
	KindSafety          // 平安守护
	KindEnterprise      // 助企服务
	KindEmployment      // 就业帮扶
	KindElderly         // 为老服务
	KindHealth          // 健康服务
	KindPatrol          // 治安巡逻
	KindProperty        // 物业服务
	KindRiders          // 新就业群体（快递员、外卖骑手）
	KindLegal           // 法律服务
	KindOther           // 其他
)

var kindTokens = enum.Tokens[Kind]{"unknown", "safety", "enterprise", "employment", "elderly", "health", "patrol", "property", "riders", "legal", "other"}

// String returns the kind's token.
func (k Kind) String() string { return kindTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k Kind) IsValid() bool { return kindTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k Kind) MarshalText() ([]byte, error) { return kindTokens.Marshal("kind", k) }

// UnmarshalText sets k from its token.
func (k *Kind) UnmarshalText(b []byte) error { return kindTokens.Unmarshal("kind", k, b) }

// Label returns the kind's name in the language matched for tag.
func (k Kind) Label(tag language.Tag) string { return i18n.Label(tag, "volunteer.kind", k.String()) }

// Kinds yields every valid kind.
func Kinds() iter.Seq[Kind] { return kindTokens.All() }
