package governance

import (
	"cmp"
	"slices"
)

// Problem codes of the roster.
const (
	codePersonID        = "governance.person.id_missing"
	codePersonDuplicate = "governance.person.duplicate"
	codePostPerson      = "governance.post.person_missing"
	codePostRole        = "governance.post.role_invalid"
	codePostUnit        = "governance.post.unit_unknown"
	codePostLevel       = "governance.post.level_not_allowed"
	codePostFrom        = "governance.post.from_missing"
	codePostDate        = "governance.post.date_invalid"
	codePostSpan        = "governance.post.until_not_after_from"
	codePostOverlap     = "governance.post.overlap"
)

// RosterRules are what a roster — the people and the posts they hold — is
// checked against. They marshal to and from JSON.
type RosterRules struct {
	// Levels says at which unit levels a post of each role may sit.
	Levels RoleLevels `json:"levels"`
}

// DefaultRosterRules returns the rules CheckRoster applies.
//
// # Source
//
// The levels are DefaultRoleLevels, whose sources its documentation names.
func DefaultRosterRules() RosterRules {
	return RosterRules{Levels: DefaultRoleLevels()}
}

// CheckRoster checks people and posts against the hierarchy by
// DefaultRosterRules; see RosterRules.Check.
func CheckRoster(h *Hierarchy, people []Person, posts []Post) Problems {
	return DefaultRosterRules().Check(h, people, posts)
}

// Check reports every problem of a roster, sorted: a person without an ID
// or listed twice; a post whose person is not among the people, whose role
// is invalid, whose unit is not in the hierarchy or sits at a level the
// role may not; a post without a start, with an impossible date, or whose
// Until is not after its From (Until is exclusive, so Until == From is an
// empty span); and a post identical to another (same person, role and unit)
// whose span overlaps it, reported on the one that starts later with the
// index of the other.
//
// Holding several posts is allowed: a secretary who is also the director
// (一肩挑, see SecretaryDirector), a grid worker who is also a mediator.
func (r RosterRules) Check(h *Hierarchy, people []Person, posts []Post) Problems {
	var ps Problems
	known := make(map[PersonID]int, len(people))
	for i, p := range people {
		if p.ID == "" {
			ps = append(ps, Errorf(codePersonID, Field(Index("people", i), "id")))
			continue
		}
		if first, dup := known[p.ID]; dup {
			ps = append(ps, Errorf(codePersonDuplicate, Field(Index("people", i), "id"), string(p.ID), Index("people", first)))
			continue
		}
		known[p.ID] = i
	}
	mask := r.Levels.mask()
	// Identical posts can only be held by one person, so each known person's
	// posts are chained (most hold one or two) and compared within the
	// chain; the posts of people not on the list go through a map.
	chain := newPostChains(len(people), len(posts))
	var strays postRepeats
	for i, p := range posts {
		who, ok := known[p.Person]
		if !ok {
			ps = append(ps, Errorf(codePostPerson, postPath(i, "person"), string(p.Person)))
		}
		ps = checkPostPlace(ps, h, &mask, i, p)
		spanOK, more := checkPostSpan(i, p)
		switch {
		case !spanOK:
			ps = append(ps, more...)
		case ok:
			chain.add(who, i)
		default:
			strays.add(posts, i)
		}
	}
	ps = append(ps, postOverlaps(posts, append(chain.repeats(posts), strays.idx...))...)
	return ps.Sorted()
}

// postChains links each person's posts: head[person] is their last post,
// next[post] the one before it, -1 ending a chain.
type postChains struct{ head, next []int32 }

func newPostChains(people, posts int) postChains {
	c := postChains{head: make([]int32, people), next: make([]int32, posts)}
	for i := range c.head {
		c.head[i] = -1
	}
	return c
}

func (c *postChains) add(person, post int) {
	c.next[post] = c.head[person]
	c.head[person] = int32(post)
}

// repeats returns the posts that share person, role and unit with another
// post of their person's chain.
func (c *postChains) repeats(posts []Post) []int {
	var idx []int
	for _, h := range c.head {
		if h < 0 || c.next[h] < 0 {
			continue // no post, or one
		}
		for i := h; i >= 0; i = c.next[i] {
			for j := h; j >= 0; j = c.next[j] {
				if j != i && samePost(posts[i], posts[j]) {
					idx = append(idx, int(i))
					break
				}
			}
		}
	}
	return idx
}

// checkPostPlace reports an invalid role, an unknown unit, and a unit at a
// level the role may not sit at.
func checkPostPlace(ps Problems, h *Hierarchy, mask *[256]uint16, i int, p Post) Problems {
	if !p.Role.IsValid() {
		ps = append(ps, Errorf(codePostRole, postPath(i, "role"), p.Role.String()))
	}
	u, ok := h.Unit(p.Unit)
	if !ok {
		return append(ps, Errorf(codePostUnit, postPath(i, "unit"), string(p.Unit)))
	}
	if l := u.Level(); p.Role.IsValid() && mask[p.Role]&(1<<l) == 0 {
		ps = append(ps, Errorf(codePostLevel, postPath(i, "unit"), p.Role, l, string(p.Unit)))
	}
	return ps
}

// postPath is the path of a field of posts[i], built only for a problem.
func postPath(i int, field string) string { return Field(Index("posts", i), field) }

// checkPostSpan reports a missing start, impossible dates and an empty span; ok
// says the span is sound enough to compare with others.
func checkPostSpan(i int, p Post) (ok bool, ps Problems) {
	switch {
	case p.From.IsZero():
		ps = append(ps, Errorf(codePostFrom, postPath(i, "from")))
	case !p.From.IsValid():
		ps = append(ps, Errorf(codePostDate, postPath(i, "from"), p.From.String()))
	}
	switch {
	case p.Until.IsZero():
	case !p.Until.IsValid():
		ps = append(ps, Errorf(codePostDate, postPath(i, "until"), p.Until.String()))
	case p.From.IsValid() && !p.Until.After(p.From):
		ps = append(ps, Errorf(codePostSpan, postPath(i, "until"), p.From, p.Until))
	}
	return len(ps) == 0, ps
}

// postKey is what makes two posts identical.
type postKey struct {
	person PersonID
	role   Role
	unit   Code
}

// postRepeats collects the posts that share their key with another: only
// those can overlap, and most people hold each post once.
type postRepeats struct {
	first map[postKey]int // the first post seen of each key
	idx   []int           // the posts whose key repeats, the first included
}

func (r *postRepeats) add(posts []Post, i int) {
	if r.first == nil {
		r.first = make(map[postKey]int)
	}
	p := &posts[i]
	k := postKey{p.Person, p.Role, p.Unit}
	j, seen := r.first[k]
	switch {
	case !seen:
		r.first[k] = i
		return
	case j >= 0:
		r.idx = append(r.idx, j)
		r.first[k] = -1 // the first is in idx now
	}
	r.idx = append(r.idx, i)
}

// postOverlaps reports every post of idx that overlaps an identical post (same
// person, role and unit) starting no later. Sorting groups the identical
// posts by start; within a group, a post overlaps when it starts before the
// latest end seen so far.
func postOverlaps(posts []Post, idx []int) Problems {
	slices.SortFunc(idx, func(a, b int) int {
		p, q := &posts[a], &posts[b]
		return cmp.Or(
			cmp.Compare(p.Person, q.Person),
			cmp.Compare(p.Role, q.Role),
			cmp.Compare(p.Unit, q.Unit),
			p.From.Compare(q.From),
			cmp.Compare(a, b),
		)
	})
	var ps Problems
	groupStart, reach := 0, -1
	for k, i := range idx {
		p := posts[i]
		if k == 0 || !samePost(posts[idx[groupStart]], p) {
			groupStart, reach = k, i
			continue
		}
		if q := posts[reach]; q.Until.IsZero() || p.From.Before(q.Until) {
			ps = append(ps, Errorf(codePostOverlap, Index("posts", i),
				string(p.Person), p.Role, string(p.Unit), Index("posts", reach)))
		}
		if postEndsLater(p, posts[reach]) {
			reach = i
		}
	}
	return ps
}

// samePost reports whether two posts are the same person in the same role and
// unit.
func samePost(p, q Post) bool {
	return p.Person == q.Person && p.Role == q.Role && p.Unit == q.Unit
}

// postEndsLater reports whether p ends after q; an open post ends last.
func postEndsLater(p, q Post) bool {
	switch {
	case q.Until.IsZero():
		return false
	case p.Until.IsZero():
		return true
	}
	return p.Until.After(q.Until)
}

// SecretaryDirector returns the person who, on day on, holds both the
// secretary's and the director's post of unit — the secretary of the
// community's party organisation who is also the director of its residents'
// committee (一肩挑, "one shoulder carries both") — and false when no one
// does. Heping reports 100% of its communities so led (RULES.md §5).
//
// It scans posts; CheckStaffing finds the secretary-directors of every
// community in one pass.
func SecretaryDirector(posts []Post, unit Code, on Date) (PersonID, bool) {
	for _, s := range posts {
		if s.Role != RoleSecretary || s.Unit != unit || !s.ActiveOn(on) {
			continue
		}
		for _, d := range posts {
			if d.Role == RoleDirector && d.Person == s.Person && d.Unit == unit && d.ActiveOn(on) {
				return s.Person, true
			}
		}
	}
	return "", false
}
