package grid

import (
	"iter"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// GridKind says whether a grid is a comprehensive grid (综合网格), drawn over
// the residential map and staffed for every purpose (一张网), or an exclusive
// grid (专属网格) drawn around one institution — a school, hospital, park,
// market or enterprise. Sizing by households applies to comprehensive grids
// only.
type GridKind uint8

// Grid kinds.
const (
	GridKindUnknown       GridKind = iota
	GridKindComprehensive          // 综合网格
	GridKindExclusive              // 专属网格
)

var gridKindTokens = enum.Tokens[GridKind]{"unknown", "comprehensive", "exclusive"}

// String returns the kind's token.
func (k GridKind) String() string { return gridKindTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k GridKind) IsValid() bool { return gridKindTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k GridKind) MarshalText() ([]byte, error) { return gridKindTokens.Marshal("grid kind", k) }

// UnmarshalText sets k from its token.
func (k *GridKind) UnmarshalText(b []byte) error {
	return gridKindTokens.Unmarshal("grid kind", k, b)
}

// Label returns the kind's name in the language matched for tag.
func (k GridKind) Label(tag language.Tag) string {
	return i18n.Label(tag, "grid.grid_kind", k.String())
}

// GridKinds yields every valid grid kind.
func GridKinds() iter.Seq[GridKind] { return gridKindTokens.All() }

// KindOf returns the grid kind of a unit of the hierarchy, and
// GridKindUnknown for a unit that is not a grid.
func KindOf(u governance.Unit) GridKind {
	if u.Code.Level() != governance.LevelGrid {
		return GridKindUnknown
	}
	if u.Kind == governance.KindExclusiveGrid {
		return GridKindExclusive
	}
	return GridKindComprehensive
}

// Duty is one of the six categories of work a grid does (网格职责), as Benxi
// lists them. Items of work handed to a grid fall under one of them and must
// have been admitted through the duty lists (准入).
type Duty uint8

// Grid duties (Benxi).
const (
	DutyUnknown               Duty = iota
	DutyInformationCollection      // 信息采集
	DutySentimentLiaison           // 民情联络
	DutyProxyService               // 代办服务
	DutyPolicyPublicity            // 政策宣传
	DutyHazardScreening            // 隐患排查
	DutyDisputeResolution          // 矛盾调解
)

var dutyTokens = enum.Tokens[Duty]{
	"unknown", "information_collection", "sentiment_liaison", "proxy_service",
	"policy_publicity", "hazard_screening", "dispute_resolution",
}

// String returns the duty's token.
func (d Duty) String() string { return dutyTokens.String(d) }

// IsValid reports whether d is a known duty.
func (d Duty) IsValid() bool { return dutyTokens.Valid(d) }

// MarshalText returns the duty's token.
func (d Duty) MarshalText() ([]byte, error) { return dutyTokens.Marshal("grid duty", d) }

// UnmarshalText sets d from its token.
func (d *Duty) UnmarshalText(b []byte) error { return dutyTokens.Unmarshal("grid duty", d, b) }

// Label returns the duty's name in the language matched for tag.
func (d Duty) Label(tag language.Tag) string { return i18n.Label(tag, "grid.duty", d.String()) }

// Duties yields the six grid duties in Benxi's order.
func Duties() iter.Seq[Duty] { return dutyTokens.All() }
