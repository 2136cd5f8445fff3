package volunteer

import (
	"encoding/json"
	"fmt"
	"iter"
	"time"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// EntryKind is what a ledger entry records.
type EntryKind uint8

// Entry kinds.
const (
	EntryUnknown EntryKind = iota
	EntryGrant             // hours granted for service
	EntryVoid              // a grant voided, with the reason
	EntryFinding           // a finding of falsified hours, with the ban it imposes
)

var entryKindTokens = enum.Tokens[EntryKind]{"unknown", "grant", "void", "finding"}

// String returns the kind's token.
func (k EntryKind) String() string { return entryKindTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k EntryKind) IsValid() bool { return entryKindTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k EntryKind) MarshalText() ([]byte, error) { return entryKindTokens.Marshal("entry kind", k) }

// UnmarshalText sets k from its token.
func (k *EntryKind) UnmarshalText(b []byte) error {
	return entryKindTokens.Unmarshal("entry kind", k, b)
}

// Label returns the kind's name in the language matched for tag.
func (k EntryKind) Label(tag language.Tag) string {
	return i18n.Label(tag, "volunteer.entry_kind", k.String())
}

// EntryKinds yields every valid kind.
func EntryKinds() iter.Seq[EntryKind] { return entryKindTokens.All() }

// Entry is one entry of the ledger. Which fields are set depends on Kind:
//
//   - a grant has Activity, Duration, Key, Corrects (when it replaces a
//     voided grant) and VoidedBy (once voided);
//   - a void has Activity (the voided grant's), Voids, Reason and Finding
//     (when a finding of falsified hours made it);
//   - a finding has Reason, BanFrom and BanUntil.
//
// Recorder is the body and person who made the entry. At is in UTC.
type Entry struct {
	ID        EntryID             `json:"id"`
	Kind      EntryKind           `json:"kind"`
	At        time.Time           `json:"at"`
	Volunteer governance.PersonID `json:"volunteer"`
	Recorder  Recorder            `json:"recorder"`
	Activity  ActivityID          `json:"activity,omitempty"`
	Duration  time.Duration       `json:"-"`
	Key       string              `json:"key,omitempty"`
	Corrects  EntryID             `json:"corrects,omitempty"`
	Voids     EntryID             `json:"voids,omitempty"`
	Finding   EntryID             `json:"finding,omitempty"`
	Reason    string              `json:"reason,omitempty"`
	BanFrom   governance.Date     `json:"banFrom,omitzero"`
	BanUntil  governance.Date     `json:"banUntil,omitzero"`
	// VoidedBy is the void entry of a grant no longer in force. It is
	// derived from the later entries and checked when a ledger is restored.
	VoidedBy EntryID `json:"voidedBy,omitempty"`
}

// InForce reports whether the entry is a grant not voided.
func (e Entry) InForce() bool { return e.Kind == EntryGrant && e.VoidedBy == 0 }

// entryAlias has Entry's fields without its methods.
type entryAlias Entry

type entryJSON struct {
	entryAlias
	Duration string `json:"duration,omitempty"`
}

// MarshalJSON writes the entry with its duration as Go duration text
// ("2h30m0s").
func (e Entry) MarshalJSON() ([]byte, error) {
	j := entryJSON{entryAlias: entryAlias(e)}
	if e.Duration != 0 {
		j.Duration = e.Duration.String()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes. On error e is unchanged.
func (e *Entry) UnmarshalJSON(b []byte) error {
	var j entryJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	var d time.Duration
	if j.Duration != "" {
		var err error
		if d, err = time.ParseDuration(j.Duration); err != nil {
			return fmt.Errorf("volunteer: entry %d: %w", j.ID, err)
		}
	}
	*e = Entry(j.entryAlias)
	e.Duration = d
	return nil
}
