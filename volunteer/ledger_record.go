package volunteer

import (
	"encoding/json"

	"github.com/jiceng/jiceng/governance"
)

// LedgerRecord is a ledger in exported fields, for storage: the
// activities in the order registered and every entry in the order made.
type LedgerRecord struct {
	Activities []Activity `json:"activities"`
	Entries    []Entry    `json:"entries"`
}

// Snapshot returns the ledger's activities and entries.
func (l *Ledger) Record() LedgerRecord {
	s := LedgerRecord{Activities: make([]Activity, 0, len(l.acts)), Entries: make([]Entry, 0, l.entries.len())}
	for a := range l.Activities() {
		s.Activities = append(s.Activities, a)
	}
	for e := range l.Entries() {
		s.Entries = append(s.Entries, e)
	}
	return s
}

// RestoreLedger rebuilds a ledger from storage. It replays the entries in
// order and checks the structure: activities valid and not repeated, IDs in
// sequence, keys unique, every grant within its activity and recorded by
// its organiser, every void of a grant in force, every correction right
// after the void it replaces, every finding's void after the finding,
// VoidedBy as the later entries say, and no field a kind does not use. It
// checks no time against a clock. It returns the problems of the
// activities, or of the first entry that fails.
func RestoreLedger(s LedgerRecord) (*Ledger, error) {
	l := NewLedger()
	var ps governance.Problems
	for i, a := range s.Activities {
		path := governance.Index("activities", i)
		if _, dup := l.activityOf(a.ID); dup {
			ps = append(ps, governance.Errorf("volunteer.activity.repeated", governance.Field(path, "id"), a.ID))
			continue
		}
		aps := a.Validate()
		for _, p := range aps {
			p.Path = governance.Field(path, p.Path)
			ps = append(ps, p)
		}
		if len(aps) == 0 {
			l.addActivity(a)
		}
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	l.Grow(len(s.Entries))
	for i, e := range s.Entries {
		if ps := l.restore(e, governance.Index("entries", i)); len(ps) > 0 {
			return nil, ps.Sorted()
		}
	}
	for i, e := range s.Entries {
		if got := EntryID(l.entries.at(EntryID(i + 1)).void); e.Kind == EntryGrant && got != e.VoidedBy {
			ps = append(ps, governance.Errorf("volunteer.ledger.voided_by_mismatch", governance.Field(governance.Index("entries", i), "voidedBy"), e.VoidedBy, got))
		}
	}
	if len(ps) > 0 {
		return nil, ps.Sorted()
	}
	return l, nil
}

// restore checks entry e against the ledger so far and appends it.
func (l *Ledger) restore(e Entry, path string) governance.Problems {
	var ps governance.Problems
	field := func(name string) string { return governance.Field(path, name) }
	unexpected := func(set bool, name string) {
		if set {
			ps = append(ps, governance.Errorf("volunteer.ledger.field_unexpected", field(name), e.Kind))
		}
	}
	if want := EntryID(l.entries.len() + 1); e.ID != want {
		ps = append(ps, governance.Errorf("volunteer.ledger.id_out_of_order", field("id"), e.ID, want))
	}
	if e.Volunteer == "" {
		ps = append(ps, governance.Errorf("volunteer.grant.volunteer_missing", field("volunteer")))
	}
	switch e.Kind {
	case EntryGrant:
		unexpected(e.Voids != 0, "voids")
		unexpected(e.Finding != 0, "finding")
		unexpected(e.Reason != "", "reason")
		unexpected(!e.BanFrom.IsZero(), "banFrom")
		unexpected(!e.BanUntil.IsZero(), "banUntil")
		ps = append(ps, l.restoreGrant(e, path)...)
		if len(ps) == 0 {
			ai, _ := l.activityOf(e.Activity)
			l.appendGrant(l.personIndex(e.Volunteer), ai, e.Duration, e.Recorder.Person, e.Key, l.hash(e.Key), e.Corrects, e.At.UnixNano())
		}
	case EntryVoid:
		unexpected(e.Duration != 0, "duration")
		unexpected(e.Key != "", "key")
		unexpected(e.Corrects != 0, "corrects")
		unexpected(!e.BanFrom.IsZero(), "banFrom")
		unexpected(!e.BanUntil.IsZero(), "banUntil")
		unexpected(e.VoidedBy != 0, "voidedBy")
		ps = append(ps, l.restoreVoid(e, path)...)
		if len(ps) == 0 {
			l.appendVoid(e.Voids, e.Recorder.Person, e.Reason, e.Finding, e.At.UnixNano())
		}
	case EntryFinding:
		unexpected(e.Activity != "", "activity")
		unexpected(e.Duration != 0, "duration")
		unexpected(e.Key != "", "key")
		unexpected(e.Corrects != 0, "corrects")
		unexpected(e.Voids != 0, "voids")
		unexpected(e.Finding != 0, "finding")
		unexpected(e.VoidedBy != 0, "voidedBy")
		if e.Reason == "" {
			ps = append(ps, governance.Errorf("volunteer.finding.reason_missing", field("reason")))
		}
		if e.Recorder.Org == "" || e.Recorder.Person == "" {
			ps = append(ps, governance.Errorf("volunteer.finding.recorder_missing", field("recorder")))
		}
		if !storable(e.At) {
			ps = append(ps, governance.Errorf("volunteer.ledger.at_invalid", field("at")))
		}
		if !e.BanFrom.IsValid() || !e.BanUntil.IsValid() || !e.BanUntil.After(e.BanFrom) {
			ps = append(ps, governance.Errorf("volunteer.ledger.ban_invalid", field("banUntil"), e.BanFrom, e.BanUntil))
		}
		if len(ps) == 0 {
			l.appendFinding(e.Volunteer, e.Recorder, e.Reason, e.BanFrom, e.BanUntil, e.At.UnixNano())
		}
	default:
		ps = append(ps, governance.Errorf("volunteer.ledger.kind_invalid", field("kind"), e.Kind))
	}
	return ps
}

func (l *Ledger) restoreGrant(e Entry, path string) governance.Problems {
	var ps governance.Problems
	if e.Key == "" {
		ps = append(ps, governance.Errorf("volunteer.grant.key_missing", governance.Field(path, "key")))
	} else if id := l.findKey(e.Key, l.hash(e.Key)); id != 0 {
		ps = append(ps, governance.Errorf("volunteer.grant.key_conflict", governance.Field(path, "key"), e.Key, id))
	}
	ai, known := l.activityOf(e.Activity)
	for _, p := range l.serviceProblems(e.Activity, e.Duration, e.Recorder, e.At, ai, known) {
		p.Path = governance.Field(path, p.Path)
		ps = append(ps, p)
	}
	if e.Corrects != 0 {
		// A correction follows the void of the grant it replaces, for the
		// same volunteer and activity.
		n := l.entries.len()
		ok := n > 0 && int(e.Corrects) <= n
		if ok {
			v, old := l.entries.at(EntryID(n)), l.entries.at(e.Corrects)
			ok = v.kind == EntryVoid && v.void == 0 && EntryID(v.ref) == e.Corrects &&
				old.kind == EntryGrant && l.people[old.vol].id == e.Volunteer && l.acts[old.act].a.ID == e.Activity
		}
		if !ok {
			ps = append(ps, governance.Errorf("volunteer.ledger.correction_unpaired", governance.Field(path, "corrects"), e.Corrects))
		}
	}
	return ps
}

// findingMatches reports whether entry f is a finding about volunteer v
// with the reason and recorder.
func (l *Ledger) findingMatches(f *entry, v governance.PersonID, reason string, by Recorder) bool {
	return f.kind == EntryFinding && l.people[f.vol].id == v && l.textIs(f.text, reason) &&
		l.people[f.by].id == by.Person && l.orgs[l.bans[f.ref].org] == by.Org
}

func (l *Ledger) restoreVoid(e Entry, path string) governance.Problems {
	by := e.Recorder
	if e.Finding != 0 {
		// A finding's voids carry its reason and recorder; the organiser
		// check does not apply to the authority.
		if int(e.Finding) > l.entries.len() || !l.findingMatches(l.entries.at(e.Finding), e.Volunteer, e.Reason, by) {
			return governance.Problems{governance.Errorf("volunteer.ledger.finding_unmatched", governance.Field(path, "finding"), e.Finding)}
		}
		if int(e.Voids) <= l.entries.len() && e.Voids != 0 {
			by.Org = l.acts[l.entries.at(e.Voids).act].a.Organiser
		}
	}
	ps := l.voidProblems(e.Voids, e.Reason, by, e.At, path)
	if len(ps) > 0 {
		return ps
	}
	g := l.entries.at(e.Voids)
	if l.people[g.vol].id != e.Volunteer || l.acts[g.act].a.ID != e.Activity {
		ps = append(ps, governance.Errorf("volunteer.ledger.void_unmatched", governance.Field(path, "voids"), e.Voids))
	}
	return ps
}

// MarshalJSON writes the ledger's record.
func (l *Ledger) MarshalJSON() ([]byte, error) { return json.Marshal(l.Record()) }

// UnmarshalJSON reads a record and restores it with RestoreLedger. On
// error l is unchanged.
func (l *Ledger) UnmarshalJSON(b []byte) error {
	var s LedgerRecord
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	r, err := RestoreLedger(s)
	if err != nil {
		return err
	}
	*l = *r
	return nil
}
