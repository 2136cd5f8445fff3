package funding

import (
	"iter"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// Post is one of the three posts (三岗) a community worker is paid by.
type Post uint8

// Posts, highest first.
const (
	PostUnknown Post = iota
	PostHead         // 正职: the community party secretary (书记) and the residents' committee director (主任)
	PostDeputy       // 副职: deputy secretary and deputy director
	PostStaff        // 其他工作人员: committee members, full-time community workers and grid workers
)

var postTokens = enum.Tokens[Post]{"unknown", "head", "deputy", "staff"}

// String returns the post's token.
func (p Post) String() string { return postTokens.String(p) }

// IsValid reports whether p is a known post.
func (p Post) IsValid() bool { return postTokens.Valid(p) }

// MarshalText returns the post's token.
func (p Post) MarshalText() ([]byte, error) { return postTokens.Marshal("post", p) }

// UnmarshalText sets p from its token.
func (p *Post) UnmarshalText(b []byte) error { return postTokens.Unmarshal("post", p, b) }

// Label returns the post's name in the language matched for tag.
func (p Post) Label(tag language.Tag) string { return i18n.Label(tag, "funding.post", p.String()) }

// Posts yields every valid post, highest first.
func Posts() iter.Seq[Post] { return postTokens.All() }

// PostOf returns the pay post of a role in a community: secretary and
// director are the head post, their deputies the deputy post, committee
// members, community workers and full-time grid workers the staff post.
// Every other role — part-time grid workers, police, building and entrance
// heads, household liaisons, first secretaries (paid by the unit that sends
// them), legal advisers, mediators, specialists — is not paid on the scale
// and gives PostUnknown.
//
// # Source
//
// 《关于加强社区工作者队伍建设的意见》(2024, 中共中央办公厅、国务院办公厅):
// the three posts of community workers; RULES.md §11.
func PostOf(role governance.Role) Post {
	switch role {
	case governance.RoleSecretary, governance.RoleDirector:
		return PostHead
	case governance.RoleDeputySecretary, governance.RoleDeputyDirector:
		return PostDeputy
	case governance.RoleCommitteeMember, governance.RoleCommunityWorker, governance.RoleGridWorker:
		return PostStaff
	}
	return PostUnknown
}

// Band is the result of a worker's annual assessment (年度考核等次).
type Band uint8

// Assessment bands, best first.
const (
	BandUnknown   Band = iota
	BandExcellent      // 优秀
	BandPass           // 合格（称职）
	BandBasicPass      // 基本合格（基本称职）
	BandFail           // 不合格（不称职）
)

var bandTokens = enum.Tokens[Band]{"unknown", "excellent", "pass", "basic_pass", "fail"}

// String returns the band's token.
func (b Band) String() string { return bandTokens.String(b) }

// IsValid reports whether b is a known band.
func (b Band) IsValid() bool { return bandTokens.Valid(b) }

// MarshalText returns the band's token.
func (b Band) MarshalText() ([]byte, error) { return bandTokens.Marshal("band", b) }

// UnmarshalText sets b from its token.
func (b *Band) UnmarshalText(t []byte) error { return bandTokens.Unmarshal("band", b, t) }

// Label returns the band's name in the language matched for tag.
func (b Band) Label(tag language.Tag) string { return i18n.Label(tag, "funding.band", b.String()) }

// Bands yields every valid band, best first.
func Bands() iter.Seq[Band] { return bandTokens.All() }
