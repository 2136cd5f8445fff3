package volunteer

import (
	"hash/maphash"
	"iter"
	"slices"
	"time"

	"github.com/jiceng/jiceng/governance"
)

// EntryID numbers a ledger entry: 1 for the first, in the order entries
// were made; 0 means none.
type EntryID uint32

// Recorder is who makes a ledger entry: the body (the activity's organiser,
// or the authority making a finding) and the person acting for it.
type Recorder struct {
	Org    OrgID               `json:"org"`
	Person governance.PersonID `json:"person"`
}

// Service is what an organiser records for one volunteer in one activity:
// the time served, travel excluded, and an idempotency key that makes a
// repeated request harmless.
type Service struct {
	Volunteer governance.PersonID
	Activity  ActivityID
	Duration  time.Duration // service time; travel to and from does not count
	Recorder  Recorder
	Key       string // idempotency key, unique in the ledger
}

// Correction replaces a grant on the volunteer's request: the grant is
// voided with the reason and a new grant of Duration made under Key.
type Correction struct {
	Entry    EntryID
	Duration time.Duration
	Reason   string
	Recorder Recorder
	Key      string
}

// Finding is the finding that a volunteer's hours were falsified: the false
// grants, and the years the volunteer is barred from star levels.
type Finding struct {
	Volunteer governance.PersonID
	Entries   []EntryID // the falsified grants; they are voided
	Years     int       // the bar, within the policy's BanYearsMin–BanYearsMax
	Reason    string
	Recorder  Recorder // the authority making the finding
}

// Ban bars a volunteer from star levels From (inclusive) Until
// (exclusive), after the finding in the ledger entry Finding.
type Ban struct {
	Volunteer governance.PersonID `json:"volunteer"`
	From      governance.Date     `json:"from"`
	Until     governance.Date     `json:"until"`
	Finding   EntryID             `json:"finding"`
}

// InForce reports whether the ban applies on day d.
func (b Ban) InForce(d governance.Date) bool { return d.Within(b.From, b.Until) }

// Ledger is the service-hours ledger (志愿服务记录): an append-only log of
// grants, voids and findings. Nothing is ever deleted or changed in place:
// a wrong grant is voided by a later entry, a correction is a void and a new
// grant, and a volunteer's hours are the sum of the grants not voided.
// Only an activity's organiser records its hours (谁组织谁记录).
//
// The zero Ledger is an empty ledger, ready to use; RestoreLedger loads one
// from storage. A Ledger is not safe for concurrent use. It holds up to
// 4 GiB of keys and reasons, and panics past that rather than record what
// it could not read back.
type Ledger struct {
	entries entryLog
	texts   textLog // the keys and reasons, named by the entries

	acts   []activity
	days   []int32  // each activity's day, days since 1970-01-01: what scans filter on
	people []person // volunteers and recording persons
	orgs   []OrgID
	org    map[OrgID]uint32
	teams  []TeamID // teams[0] is "": no team
	team   map[TeamID]uint32
	byTeam [][]EntryID // grants by team index
	bans   []ban

	// The tables that grow with the ledger are found through indexes of
	// their own (see index), hashed with the ledger's seed.
	seed       maphash.Seed
	keys       index // the idempotency keys: positions in entries
	persons    index // positions in people
	activities index // positions in acts
}

// entry is the compact form of an Entry (48 bytes). The day a grant or a
// void counts on is its activity's (Ledger.days).
type entry struct {
	at   int64 // when recorded: Unix nanoseconds
	dur  int64 // grant: the service time
	vol  uint32
	act  uint32 // grant, void: index into acts
	by   uint32 // index into people: the person recording
	ref  uint32 // grant: the entry it corrects; void: the entry voided; finding: index into bans
	void uint32 // grant: the void entry, 0 while in force; void: the finding behind it
	text uint32 // grant: key; void, finding: reason
	prev uint32 // grant: the volunteer's grant before it, 0 for the first
	kind EntryKind
}

// person is a volunteer or a recording person, with the volunteer's
// grants beside the ID, so that recording a grant finds both in one place.
type person struct {
	id     governance.PersonID
	grants chain
}

// chain is a volunteer's grants, linked from the last through entry.prev:
// recording a grant writes only the new entry and this, where a list per
// volunteer would reach into a slice of its own.
type chain struct {
	last EntryID
	n    uint32 // how many
}

// grantsOf yields the volunteer's grants, the last first.
func (l *Ledger) grantsOf(vi uint32) iter.Seq[*entry] {
	return func(yield func(*entry) bool) {
		for id := l.people[vi].grants.last; id != 0; {
			e := l.entries.at(id)
			if !yield(e) {
				return
			}
			id = EntryID(e.prev)
		}
	}
}

type activity struct {
	a     Activity
	start int64 // a.Start in Unix nanoseconds
	span  int64
	team  uint32
}

// ban is a finding's ban: the volunteer, the authority and the finding's
// entry, so that looking bans up reads only the findings.
type ban struct {
	vol, org    uint32
	entry       EntryID
	from, until governance.Date
}

var epoch = governance.MustDate(1970, time.January, 1)

// dayNumber returns d as days since 1970-01-01.
func dayNumber(d governance.Date) int32 { return int32(epoch.DaysUntil(d)) }

// NewLedger returns an empty ledger. The zero Ledger is empty too.
func NewLedger() *Ledger {
	l := new(Ledger)
	l.ready()
	return l
}

// Grow makes room for n more entries, so that recording or loading many
// entries in a row does not grow the ledger's tables step by step. It
// changes nothing a reader can see.
func (l *Ledger) Grow(n int) {
	l.ready()
	if n <= 0 {
		return
	}
	l.entries.grow(n)
	l.texts.grow(textGuess * n)
	l.keys.reserve(l.keys.n + n)
}

// textGuess is the bytes Grow reserves per entry for its key or reason,
// with the text's length before it, as far as the first chunk of texts
// goes (see textLog.grow).
const textGuess = 16

// ready prepares the tables of a zero Ledger before its first change;
// reading a zero Ledger needs none of them.
func (l *Ledger) ready() {
	if l.org != nil {
		return
	}
	l.org = make(map[OrgID]uint32)
	l.teams = []TeamID{""}
	l.team = map[TeamID]uint32{"": 0}
	l.seed = maphash.MakeSeed()
	l.byTeam = [][]EntryID{nil}
}

// AddActivity registers an activity so that hours can be granted for it. A
// second registration of the same activity is accepted and changes nothing;
// a different activity under a known ID is an error
// ("volunteer.activity.changed"): the record keeps what was served.
func (l *Ledger) AddActivity(a Activity) error {
	l.ready()
	if i, ok := l.activityOf(a.ID); ok {
		if l.acts[i].a.equal(a) {
			return nil
		}
		return governance.Problems{governance.Errorf("volunteer.activity.changed", "id", a.ID)}
	}
	if ps := a.Validate(); len(ps) > 0 {
		return ps
	}
	l.addActivity(a)
	return nil
}

func (l *Ledger) addActivity(a Activity) {
	ti, ok := l.team[a.Team]
	if !ok {
		ti = uint32(len(l.teams))
		l.teams = append(l.teams, a.Team)
		l.team[a.Team] = ti
		l.byTeam = append(l.byTeam, nil)
	}
	l.activities.add(l.hash(string(a.ID)), uint32(len(l.acts)))
	l.acts = append(l.acts, activity{
		a:     a,
		start: a.Start.UnixNano(),
		span:  int64(a.Length()),
		team:  ti,
	})
	l.days = append(l.days, dayNumber(a.Day()))
}

// mark is the size of the ledger's activity tables, for a rollback.
type mark struct{ acts, orgs, teams int }

func (l *Ledger) mark() mark { return mark{len(l.acts), len(l.orgs), len(l.teams)} }

// rollback removes the activities, organisers and teams added since m;
// only an activity registered for an operation that then failed is.
func (l *Ledger) rollback(m mark) {
	for i, a := range l.acts[m.acts:] {
		l.activities.remove(l.hash(string(a.a.ID)), uint32(m.acts+i))
	}
	for _, o := range l.orgs[m.orgs:] {
		delete(l.org, o)
	}
	for _, t := range l.teams[m.teams:] {
		delete(l.team, t)
	}
	l.acts, l.days, l.orgs, l.teams, l.byTeam = l.acts[:m.acts], l.days[:m.acts], l.orgs[:m.orgs], l.teams[:m.teams], l.byTeam[:m.teams]
}

// doubled returns s with room for n more elements, doubling its capacity
// when it must grow: the ledger's large slices then copy each element about
// once as they grow, where append's gentler growth for large slices would
// copy it several times.
func doubled[T any](s []T, n int) []T {
	if len(s)+n <= cap(s) {
		return s
	}
	return slices.Grow(s, max(len(s), n))
}

// recorderOf returns the index of the person recording, if the ledger
// knows them: usually the one who recorded the entry before.
func (l *Ledger) recorderOf(p governance.PersonID) (uint32, bool) {
	if n := l.entries.len(); n > 0 && l.people[l.entries.at(EntryID(n)).by].id == p {
		return l.entries.at(EntryID(n)).by, true
	}
	return l.knownPerson(p)
}

// recorderIndex is personIndex for the person recording.
func (l *Ledger) recorderIndex(p governance.PersonID) uint32 {
	if i, ok := l.recorderOf(p); ok {
		return i
	}
	return l.addPerson(p, l.hash(string(p)))
}

func (l *Ledger) orgIndex(o OrgID) uint32 {
	if i, ok := l.org[o]; ok {
		return i
	}
	i := uint32(len(l.orgs))
	l.orgs = append(l.orgs, o)
	l.org[o] = i
	return i
}

// textIs reports whether text i is s, without allocating.
func (l *Ledger) textIs(i uint32, s string) bool { return string(l.texts.bytes(i)) == s }

// textOf returns text i.
func (l *Ledger) textOf(i uint32) string { return string(l.texts.bytes(i)) }

// Grant records s at instant at and returns the new entry. A repeated key
// with the same volunteer, activity, duration and recorder returns the
// first entry unchanged (whenever it is repeated); with different content it
// is an error ("volunteer.grant.key_conflict"). Every problem is reported
// at once and leaves the ledger unchanged: an unknown activity, a recorder
// who is not its organiser, a duration not positive or longer than the
// activity, a grant recorded before the activity began, a missing
// volunteer, recorder or key.
func (l *Ledger) Grant(s Service, at time.Time) (out Entry, err error) {
	l.ready()
	// In a large ledger the slot of a new key is rarely in the cache, and
	// the wait for it is most of what a grant costs. Ask for it first and
	// read it last: check the grant, and write its entry when its volunteer
	// and recorder are known, while the slot loads. A key found used takes
	// the entry back before anything has read it.
	hk := l.hash(s.Key)
	l.keys.prefetch(hk)
	hv := l.hash(string(s.Volunteer))
	l.persons.prefetch(hv)
	ai, known := l.activityOf(s.Activity)
	nanos := at.UnixNano()
	valid := known && s.Volunteer != "" && s.Key != "" && s.Recorder.Person != "" && storable(at) && nanos >= l.acts[ai].start &&
		s.Duration > 0 && int64(s.Duration) <= l.acts[ai].span && s.Recorder.Org == l.acts[ai].a.Organiser
	vi, found := l.personOf(s.Volunteer, hv)
	out = Entry{
		Kind: EntryGrant, At: time.Unix(0, nanos).UTC(), Volunteer: s.Volunteer,
		Recorder: s.Recorder, Activity: s.Activity, Duration: s.Duration, Key: s.Key,
	}
	var id EntryID
	if valid && found {
		if bi, ok := l.recorderOf(s.Recorder.Person); ok {
			id = l.writeGrant(vi, ai, bi, s.Duration, s.Key, 0, nanos)
		}
	}
	if used := l.findKey(s.Key, hk); used != 0 {
		if id != 0 {
			l.dropLast()
		}
		e := l.entries.at(used)
		if e.ref != 0 || !l.sameGrant(e, s.Volunteer, s.Activity, s.Duration, s.Recorder) {
			return Entry{}, governance.Problems{governance.Errorf("volunteer.grant.key_conflict", "key", s.Key, used)}
		}
		return l.Entry(used)
	}
	if !valid {
		return Entry{}, l.grantProblems(s, at, ai, known)
	}
	if id == 0 {
		if !found {
			vi = l.addPerson(s.Volunteer, hv)
		}
		id = l.writeGrant(vi, ai, l.recorderIndex(s.Recorder.Person), s.Duration, s.Key, 0, nanos)
	}
	l.linkGrant(id, hk)
	out.ID = id
	return out, nil
}

// grantProblems lists what is wrong with a grant; the activity index ai is
// meaningful only when known.
func (l *Ledger) grantProblems(s Service, at time.Time, ai uint32, known bool) governance.Problems {
	var ps governance.Problems
	if s.Volunteer == "" {
		ps = append(ps, governance.Errorf("volunteer.grant.volunteer_missing", "volunteer"))
	}
	if s.Key == "" {
		ps = append(ps, governance.Errorf("volunteer.grant.key_missing", "key"))
	}
	ps = append(ps, l.serviceProblems(s.Activity, s.Duration, s.Recorder, at, ai, known)...)
	return ps.Sorted()
}

// serviceProblems checks the parts a grant and a correction share.
func (l *Ledger) serviceProblems(act ActivityID, d time.Duration, r Recorder, at time.Time, ai uint32, known bool) governance.Problems {
	var ps governance.Problems
	if !known {
		ps = append(ps, governance.Errorf("volunteer.grant.activity_unknown", "activity", act))
	}
	if d <= 0 {
		ps = append(ps, governance.Errorf("volunteer.grant.duration_not_positive", "duration", d))
	} else if known && int64(d) > l.acts[ai].span {
		ps = append(ps, governance.Errorf("volunteer.grant.duration_exceeds_activity", "duration", d, time.Duration(l.acts[ai].span)))
	}
	if known && r.Org != l.acts[ai].a.Organiser {
		ps = append(ps, governance.Errorf("volunteer.grant.not_organiser", "recorder.org", r.Org, l.acts[ai].a.Organiser))
	}
	if r.Person == "" {
		ps = append(ps, governance.Errorf("volunteer.grant.recorder_missing", "recorder.person"))
	}
	if !storable(at) {
		ps = append(ps, governance.Errorf("volunteer.ledger.at_invalid", "at"))
	} else if known && at.UnixNano() < l.acts[ai].start {
		ps = append(ps, governance.Errorf("volunteer.grant.before_activity", "at", l.acts[ai].a.Start))
	}
	return ps
}

// sameGrant reports whether grant e records the same service.
func (l *Ledger) sameGrant(e *entry, v governance.PersonID, act ActivityID, d time.Duration, r Recorder) bool {
	a := &l.acts[e.act]
	return e.kind == EntryGrant && l.people[e.vol].id == v && a.a.ID == act && e.dur == int64(d) &&
		a.a.Organiser == r.Org && l.people[e.by].id == r.Person
}

// appendGrant appends a grant to volunteer vi, under a key with hash h.
func (l *Ledger) appendGrant(vi, ai uint32, d time.Duration, by governance.PersonID, key string, h uint32, corrects EntryID, at int64) EntryID {
	id := l.writeGrant(vi, ai, l.recorderIndex(by), d, key, corrects, at)
	l.linkGrant(id, h)
	return id
}

// writeGrant writes the text and the entry of a grant to volunteer vi
// recorded by person bi, and returns its ID. Nothing reads the entry until
// linkGrant files it; until then dropLast takes it back.
func (l *Ledger) writeGrant(vi, ai, bi uint32, d time.Duration, key string, corrects EntryID, at int64) EntryID {
	return l.entries.push(entry{
		at: at, dur: int64(d), vol: vi, act: ai, by: bi, ref: uint32(corrects),
		text: l.texts.add(key), prev: uint32(l.people[vi].grants.last), kind: EntryGrant,
	})
}

// linkGrant files grant id, whose key has hash h, with its volunteer, its
// key and its team.
func (l *Ledger) linkGrant(id EntryID, h uint32) {
	e := l.entries.at(id)
	c := &l.people[e.vol].grants
	c.last = id
	c.n++
	l.addKey(h, id)
	if t := l.acts[e.act].team; t != 0 {
		l.byTeam[t] = append(doubled(l.byTeam[t], 1), id)
	}
}

// dropLast takes back the last entry, written but not filed, and its text,
// the last text written.
func (l *Ledger) dropLast() {
	l.texts.drop(l.entries.at(EntryID(l.entries.len())).text)
	l.entries.pop()
}

func (l *Ledger) appendVoid(target EntryID, by governance.PersonID, reason string, finding EntryID, at int64) EntryID {
	g := l.entries.at(target)
	id := l.entries.push(entry{
		at: at, vol: g.vol, act: g.act, by: l.recorderIndex(by),
		ref: uint32(target), void: uint32(finding), text: l.texts.add(reason), kind: EntryVoid,
	})
	l.entries.at(target).void = uint32(id)
	return id
}

// Void voids grant id with a reason and returns the void entry. Only the
// activity's organiser voids. Voiding a grant again with the same reason
// and recorder returns the first void; otherwise a grant already void is an
// error ("volunteer.void.already_void"). The grant stays in the ledger.
func (l *Ledger) Void(id EntryID, reason string, by Recorder, at time.Time) (Entry, error) {
	l.ready()
	ps := l.voidProblems(id, reason, by, at, "")
	if len(ps) == 1 && ps[0].Code == "volunteer.void.already_void" {
		v := l.entries.at(EntryID(l.entries.at(id).void))
		if v.void == 0 && l.textIs(v.text, reason) && l.people[v.by].id == by.Person {
			return l.Entry(EntryID(l.entries.at(id).void))
		}
	}
	if len(ps) > 0 {
		return Entry{}, ps.Sorted()
	}
	return l.Entry(l.appendVoid(id, by.Person, reason, 0, at.UnixNano()))
}

// voidProblems checks that grant id may be voided by by; path prefixes the
// paths of the problems.
func (l *Ledger) voidProblems(id EntryID, reason string, by Recorder, at time.Time, path string) governance.Problems {
	var ps governance.Problems
	if id == 0 || int(id) > l.entries.len() {
		ps = append(ps, governance.Errorf("volunteer.void.entry_unknown", governance.Field(path, "entry"), id))
	} else if e := l.entries.at(id); e.kind != EntryGrant {
		ps = append(ps, governance.Errorf("volunteer.void.not_grant", governance.Field(path, "entry"), id, e.kind))
	} else {
		if e.void != 0 {
			ps = append(ps, governance.Errorf("volunteer.void.already_void", governance.Field(path, "entry"), id, EntryID(e.void)))
		}
		if org := l.acts[e.act].a.Organiser; by.Org != org {
			ps = append(ps, governance.Errorf("volunteer.grant.not_organiser", governance.Field(path, "recorder.org"), by.Org, org))
		}
	}
	if reason == "" {
		ps = append(ps, governance.Errorf("volunteer.void.reason_missing", governance.Field(path, "reason")))
	}
	if by.Person == "" {
		ps = append(ps, governance.Errorf("volunteer.grant.recorder_missing", governance.Field(path, "recorder.person")))
	}
	if !storable(at) {
		ps = append(ps, governance.Errorf("volunteer.ledger.at_invalid", governance.Field(path, "at")))
	}
	return ps
}

// Correct voids grant c.Entry with c.Reason and grants c.Duration in its
// place under c.Key, on the volunteer's request; it returns the new grant,
// whose Corrects names the old one. Both entries are made or neither. A
// repeated key with the same correction returns the first result.
func (l *Ledger) Correct(c Correction, at time.Time) (Entry, error) {
	l.ready()
	h := l.hash(c.Key)
	if id := l.findKey(c.Key, h); id != 0 {
		if !l.sameCorrection(id, c) {
			return Entry{}, governance.Problems{governance.Errorf("volunteer.grant.key_conflict", "key", c.Key, id)}
		}
		return l.Entry(id)
	}
	ps := l.voidProblems(c.Entry, c.Reason, c.Recorder, at, "")
	if c.Key == "" {
		ps = append(ps, governance.Errorf("volunteer.grant.key_missing", "key"))
	}
	if c.Entry != 0 && int(c.Entry) <= l.entries.len() && l.entries.at(c.Entry).kind == EntryGrant {
		ai := l.entries.at(c.Entry).act
		for _, p := range l.serviceProblems(l.acts[ai].a.ID, c.Duration, c.Recorder, at, ai, true) {
			if !ps.Has(p.Code) {
				ps = append(ps, p)
			}
		}
	} else if c.Duration <= 0 {
		ps = append(ps, governance.Errorf("volunteer.grant.duration_not_positive", "duration", c.Duration))
	}
	if len(ps) > 0 {
		return Entry{}, ps.Sorted()
	}
	old := *l.entries.at(c.Entry)
	nanos := at.UnixNano()
	l.appendVoid(c.Entry, c.Recorder.Person, c.Reason, 0, nanos)
	return l.Entry(l.appendGrant(old.vol, old.act, c.Duration, c.Recorder.Person, c.Key, h, c.Entry, nanos))
}

// sameCorrection reports whether grant id was made by correction c. A
// correction's void is always the entry just before its new grant.
func (l *Ledger) sameCorrection(id EntryID, c Correction) bool {
	e := l.entries.at(id)
	if e.kind != EntryGrant || e.ref == 0 || EntryID(e.ref) != c.Entry || id < 2 {
		return false
	}
	v := l.entries.at(id - 1)
	return v.kind == EntryVoid && EntryID(v.ref) == c.Entry && l.textIs(v.text, c.Reason) &&
		e.dur == int64(c.Duration) && l.acts[e.act].a.Organiser == c.Recorder.Org && l.people[e.by].id == c.Recorder.Person
}

// Falsify records a finding of falsified hours at instant at: the listed
// grants are voided with the finding's reason, and the volunteer is barred
// from star levels for f.Years from the day of the finding. It returns the
// ban. Grants already void stay as they are.
func (l *Ledger) Falsify(f Finding, p Policy, at time.Time) (Ban, error) {
	l.ready()
	var ps governance.Problems
	if f.Volunteer == "" {
		ps = append(ps, governance.Errorf("volunteer.finding.volunteer_missing", "volunteer"))
	}
	if f.Years < p.BanYearsMin || f.Years > p.BanYearsMax {
		ps = append(ps, governance.Errorf("volunteer.finding.years_out_of_range", "years", f.Years, p.BanYearsMin, p.BanYearsMax))
	}
	if f.Reason == "" {
		ps = append(ps, governance.Errorf("volunteer.finding.reason_missing", "reason"))
	}
	if f.Recorder.Org == "" || f.Recorder.Person == "" {
		ps = append(ps, governance.Errorf("volunteer.finding.recorder_missing", "recorder"))
	}
	if !storable(at) {
		ps = append(ps, governance.Errorf("volunteer.ledger.at_invalid", "at"))
	}
	if len(f.Entries) == 0 {
		ps = append(ps, governance.Errorf("volunteer.finding.entries_missing", "entries"))
	}
	for i, id := range f.Entries {
		if id == 0 || int(id) > l.entries.len() || l.entries.at(id).kind != EntryGrant || l.people[l.entries.at(id).vol].id != f.Volunteer {
			ps = append(ps, governance.Errorf("volunteer.finding.entry_not_volunteers", governance.Index("entries", i), id, f.Volunteer))
		}
	}
	if len(ps) > 0 {
		return Ban{}, ps.Sorted()
	}
	from := governance.DateOf(at)
	fid := l.appendFinding(f.Volunteer, f.Recorder, f.Reason, from, from.AddYears(f.Years), at.UnixNano())
	for _, id := range f.Entries {
		if l.entries.at(id).void == 0 {
			l.appendVoid(id, f.Recorder.Person, f.Reason, fid, at.UnixNano())
		}
	}
	return l.bans[len(l.bans)-1].export(l), nil
}

func (l *Ledger) appendFinding(v governance.PersonID, by Recorder, reason string, from, until governance.Date, at int64) EntryID {
	id := EntryID(l.entries.len() + 1)
	vi := l.personIndex(v)
	l.bans = append(l.bans, ban{vol: vi, org: l.orgIndex(by.Org), entry: id, from: from, until: until})
	l.entries.push(entry{
		at: at, vol: vi, by: l.recorderIndex(by.Person),
		ref: uint32(len(l.bans) - 1), text: l.texts.add(reason), kind: EntryFinding,
	})
	return id
}

func (b ban) export(l *Ledger) Ban {
	return Ban{Volunteer: l.people[b.vol].id, From: b.from, Until: b.until, Finding: b.entry}
}

// Len returns the number of entries.
func (l *Ledger) Len() int { return l.entries.len() }

// Entry returns entry id, or an error ("volunteer.void.entry_unknown") when
// there is none.
func (l *Ledger) Entry(id EntryID) (Entry, error) {
	if id == 0 || int(id) > l.entries.len() {
		return Entry{}, governance.Problems{governance.Errorf("volunteer.void.entry_unknown", "entry", id)}
	}
	e := l.entries.at(id)
	out := Entry{
		ID:        id,
		Kind:      e.kind,
		At:        time.Unix(0, e.at).UTC(),
		Volunteer: l.people[e.vol].id,
		Recorder:  Recorder{Person: l.people[e.by].id},
	}
	switch e.kind {
	case EntryGrant:
		a := &l.acts[e.act]
		out.Recorder.Org = a.a.Organiser
		out.Activity = a.a.ID
		out.Duration = time.Duration(e.dur)
		out.Key = l.textOf(e.text)
		out.Corrects = EntryID(e.ref)
		out.VoidedBy = EntryID(e.void)
	case EntryVoid:
		out.Activity = l.acts[e.act].a.ID
		out.Recorder.Org = l.acts[e.act].a.Organiser
		out.Voids = EntryID(e.ref)
		out.Finding = EntryID(e.void)
		out.Reason = l.textOf(e.text)
		if e.void != 0 {
			out.Recorder.Org = l.orgs[l.bans[l.entries.at(EntryID(e.void)).ref].org]
		}
	case EntryFinding:
		b := l.bans[e.ref]
		out.Recorder.Org = l.orgs[b.org]
		out.Reason = l.textOf(e.text)
		out.BanFrom, out.BanUntil = b.from, b.until
	}
	return out, nil
}

// Entries yields every entry in the order made.
func (l *Ledger) Entries() iter.Seq[Entry] {
	return func(yield func(Entry) bool) {
		for id := range l.entries.len() {
			e, _ := l.Entry(EntryID(id + 1))
			if !yield(e) {
				return
			}
		}
	}
}

// Activity returns the registered activity with the ID.
func (l *Ledger) Activity(id ActivityID) (Activity, bool) {
	i, ok := l.activityOf(id)
	if !ok {
		return Activity{}, false
	}
	return l.acts[i].a, true
}

// Activities yields the registered activities in the order registered.
func (l *Ledger) Activities() iter.Seq[Activity] {
	return func(yield func(Activity) bool) {
		for i := range l.acts {
			if !yield(l.acts[i].a) {
				return
			}
		}
	}
}

// Bans returns the volunteer's bans from star levels, in the order found.
func (l *Ledger) Bans(v governance.PersonID) []Ban {
	var out []Ban
	vi, ok := l.knownPerson(v)
	if !ok {
		return nil
	}
	for _, b := range l.bans {
		if b.vol == vi {
			out = append(out, b.export(l))
		}
	}
	return out
}

// BanOn returns the ban in force for the volunteer on day d, if any (the
// one ending last when several are).
func (l *Ledger) BanOn(v governance.PersonID, d governance.Date) (Ban, bool) {
	var found Ban
	ok := false
	for _, b := range l.Bans(v) {
		if b.InForce(d) && (!ok || b.Until.After(found.Until)) {
			found, ok = b, true
		}
	}
	return found, ok
}
