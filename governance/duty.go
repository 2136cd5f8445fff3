package governance

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/jiceng/jiceng/internal/enum"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

// DutyKind says on which of the three lists (三张清单) a duty item stands.
type DutyKind uint8

// Duty kinds.
const (
	DutyKindUnknown DutyKind = iota
	DutyStatutory            // 依法履职事项: the unit's own duties by law
	DutyAssisting            // 协助办理事项: the unit assists the department that owns the item
	DutyNegative             // 负面清单: may not be handed down to the unit at all
)

var dutyKindTokens = enum.Tokens[DutyKind]{"unknown", "statutory", "assisting", "negative"}

// String returns the kind's token.
func (k DutyKind) String() string { return dutyKindTokens.String(k) }

// IsValid reports whether k is a known kind.
func (k DutyKind) IsValid() bool { return dutyKindTokens.Valid(k) }

// MarshalText returns the kind's token.
func (k DutyKind) MarshalText() ([]byte, error) { return dutyKindTokens.Marshal("duty kind", k) }

// UnmarshalText sets k from its token.
func (k *DutyKind) UnmarshalText(b []byte) error {
	return dutyKindTokens.Unmarshal("duty kind", k, b)
}

// Label returns the kind's name in the language matched for tag.
func (k DutyKind) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.duty_kind", k.String())
}

// DutyKinds yields every valid kind.
func DutyKinds() iter.Seq[DutyKind] { return dutyKindTokens.All() }

// Responsibility is the part a unit takes in a duty item handed to it.
type Responsibility uint8

// Responsibilities.
const (
	ResponsibilityUnknown Responsibility = iota
	ResponsibilityMain                   // 主责: the unit answers for the item
	ResponsibilityAssist                 // 协助: the unit assists; the owning department answers
)

var responsibilityTokens = enum.Tokens[Responsibility]{"unknown", "main", "assist"}

// String returns the responsibility's token.
func (r Responsibility) String() string { return responsibilityTokens.String(r) }

// IsValid reports whether r is a known responsibility.
func (r Responsibility) IsValid() bool { return responsibilityTokens.Valid(r) }

// MarshalText returns the responsibility's token.
func (r Responsibility) MarshalText() ([]byte, error) {
	return responsibilityTokens.Marshal("responsibility", r)
}

// UnmarshalText sets r from its token.
func (r *Responsibility) UnmarshalText(b []byte) error {
	return responsibilityTokens.Unmarshal("responsibility", r, b)
}

// Label returns the responsibility's name in the language matched for tag.
func (r Responsibility) Label(tag language.Tag) string {
	return i18n.Label(tag, "governance.responsibility", r.String())
}

// Responsibilities yields every valid responsibility.
func Responsibilities() iter.Seq[Responsibility] { return responsibilityTokens.All() }

// Responsibility returns the part a unit takes in an item of this kind when
// nothing else is asked: the main responsibility for a statutory item, the
// assisting part for an assisting item, none for a negative one.
func (k DutyKind) Responsibility() Responsibility {
	switch k {
	case DutyStatutory:
		return ResponsibilityMain
	case DutyAssisting:
		return ResponsibilityAssist
	}
	return ResponsibilityUnknown
}

// Department identifies a functional department (职能部门) of a government —
// the body that owns a duty item, applies for its admission (准入) and
// reports when a street blows the whistle (吹哨报到).
type Department string

// DutyID identifies a duty item within a deployment ("JL-JD-017").
type DutyID string

// DutyItem is one item of a duty list (职责清单事项).
type DutyItem struct {
	ID    DutyID   `json:"id"`
	Title string   `json:"title"`
	Kind  DutyKind `json:"kind,omitzero"`
	// Category is the list's own grouping ("民政", "城市管理").
	Category string `json:"category,omitempty"`
	// Level is the level whose units perform the item.
	Level Level `json:"level,omitzero"`
	// Department owns the item: the body an assisting item is assisted for
	// and the one that reports when a whistle item is called.
	Department Department `json:"department,omitempty"`
	// Basis is the legal basis (法律依据) of the item.
	Basis string `json:"basis,omitempty"`
	// Whistle marks an item a street may call departments for
	// ("街乡吹哨、部门报到" items, 46 on Jilin's street list).
	Whistle bool `json:"whistle,omitempty"`
	// OrderCategory is the work-order routing category the item answers,
	// if any (the category of a grid intake).
	OrderCategory string `json:"orderCategory,omitempty"`
}

// duty item and list problem codes.
const (
	codeDutyIDMissing     = "governance.duty.id_missing"
	codeDutyIDDuplicate   = "governance.duty.id_duplicate"
	codeDutyTitleEmpty    = "governance.duty.title_empty"
	codeDutyKindInvalid   = "governance.duty.kind_invalid"
	codeDutyLevelInvalid  = "governance.duty.level_invalid"
	codeDutyLevelMismatch = "governance.duty.level_mismatch"
	codeDutyKindConflict  = "governance.duty.kind_conflict"
	codeDutyDeptMissing   = "governance.duty.department_missing"
	codeDutyWhistleKind   = "governance.duty.whistle_negative"
	codeListLevelInvalid  = "governance.duty_list.level_invalid"
	codeListScopeInvalid  = "governance.duty_list.scope_invalid"
	codeListScopeBelow    = "governance.duty_list.scope_below_level"
	codeListFromMissing   = "governance.duty_list.from_missing"
	codeListUntilBefore   = "governance.duty_list.until_before_from"
	codeListOverlap       = "governance.duty_list.overlap"
)

// Validate reports every problem of the item on its own: a missing ID or
// title, an invalid kind or level, an assisting or whistle item without the
// department that owns it, a negative item marked as a whistle item.
func (it DutyItem) Validate() Problems { return it.validate("").Sorted() }

func (it DutyItem) validate(path string) Problems {
	var ps Problems
	if strings.TrimSpace(string(it.ID)) == "" {
		ps = append(ps, Errorf(codeDutyIDMissing, Field(path, "id")))
	}
	if strings.TrimSpace(it.Title) == "" {
		ps = append(ps, Errorf(codeDutyTitleEmpty, Field(path, "title"), string(it.ID)))
	}
	if !it.Kind.IsValid() {
		ps = append(ps, Errorf(codeDutyKindInvalid, Field(path, "kind"), string(it.ID)))
	}
	if !it.Level.IsValid() {
		ps = append(ps, Errorf(codeDutyLevelInvalid, Field(path, "level"), string(it.ID)))
	}
	if it.Department == "" && (it.Kind == DutyAssisting || it.Whistle) {
		ps = append(ps, Errorf(codeDutyDeptMissing, Field(path, "department"), string(it.ID)))
	}
	if it.Whistle && it.Kind == DutyNegative {
		ps = append(ps, Errorf(codeDutyWhistleKind, Field(path, "whistle"), string(it.ID)))
	}
	return ps
}

// DutyList is the duty list (职责清单) of one level of administration: the
// statutory, assisting and negative items of the units at Level under Scope,
// in force from From (inclusive) until Until (exclusive; zero: open).
// Jilin's street list has 282 items; Tianjin Heping's community list is
// "108+N".
type DutyList struct {
	Level Level `json:"level,omitzero"`
	// Scope is the unit whose units at Level the list binds (a province's
	// street list, a district's community list); empty: every unit at Level.
	Scope  Code       `json:"scope,omitempty"`
	From   Date       `json:"from"`
	Until  Date       `json:"until,omitzero"`
	Items  []DutyItem `json:"items"`
	Source string     `json:"source,omitempty"` // the document that issued the list
}

// InForce reports whether the list is in force on day d.
func (l DutyList) InForce(d Date) bool { return d.Within(l.From, l.Until) }

// Binds reports whether the list applies to unit u: u sits at the list's
// level and lies under its scope.
func (l DutyList) Binds(u Code) bool {
	return u.Level() == l.Level && (l.Scope == "" || l.Scope.Contains(u))
}

// Of yields the items of kind k, in list order.
func (l DutyList) Of(k DutyKind) iter.Seq[DutyItem] {
	return func(yield func(DutyItem) bool) {
		for _, it := range l.Items {
			if it.Kind == k && !yield(it) {
				return
			}
		}
	}
}

// Validate reports every problem of the list: an invalid level, scope or
// span of days, and for the items — besides each item's own problems — an
// item at another level than the list's, a duplicate ID, and the same duty
// standing both on the negative list and on the statutory or assisting
// list (by ID or by title).
func (l DutyList) Validate() Problems { return l.validate("").Sorted() }

func (l DutyList) validate(path string) Problems {
	var ps Problems
	if !l.Level.IsValid() {
		ps = append(ps, Errorf(codeListLevelInvalid, Field(path, "level")))
	}
	if l.Scope != "" {
		switch {
		case !l.Scope.IsValid():
			ps = append(ps, Errorf(codeListScopeInvalid, Field(path, "scope"), string(l.Scope)))
		case l.Level.IsValid() && l.Scope.Level() > l.Level:
			ps = append(ps, Errorf(codeListScopeBelow, Field(path, "scope"), string(l.Scope), l.Level))
		}
	}
	if l.From.IsZero() {
		ps = append(ps, Errorf(codeListFromMissing, Field(path, "from")))
	} else if !l.Until.IsZero() && !l.Until.After(l.From) {
		ps = append(ps, Errorf(codeListUntilBefore, Field(path, "until"), l.Until.String(), l.From.String()))
	}
	firstByID := make(map[DutyID]int, len(l.Items))
	firstByTitle := make(map[string]int, len(l.Items))
	for i, it := range l.Items {
		ip := Index(Field(path, "items"), i)
		ps = append(ps, it.validate(ip)...)
		if l.Level.IsValid() && it.Level.IsValid() && it.Level != l.Level {
			ps = append(ps, Errorf(codeDutyLevelMismatch, Field(ip, "level"), string(it.ID), it.Level, l.Level))
		}
		if it.ID != "" {
			if j, dup := firstByID[it.ID]; dup {
				ps = append(ps, Errorf(codeDutyIDDuplicate, Field(ip, "id"), string(it.ID), Index(Field(path, "items"), j)))
				if dutyKindsConflict(l.Items[j].Kind, it.Kind) {
					ps = append(ps, Errorf(codeDutyKindConflict, Field(ip, "kind"), string(it.ID), Index(Field(path, "items"), j)))
				}
			} else {
				firstByID[it.ID] = i
			}
		}
		title := strings.TrimSpace(it.Title)
		if title == "" {
			continue
		}
		if j, seen := firstByTitle[title]; seen {
			if dutyKindsConflict(l.Items[j].Kind, it.Kind) && l.Items[j].ID != it.ID {
				ps = append(ps, Errorf(codeDutyKindConflict, Field(ip, "kind"), string(it.ID), Index(Field(path, "items"), j)))
			}
		} else {
			firstByTitle[title] = i
		}
	}
	return ps
}

// dutyKindsConflict reports whether one duty may not have both kinds: one is
// negative and the other a duty the unit performs.
func dutyKindsConflict(a, b DutyKind) bool {
	return a != b && (a == DutyNegative || b == DutyNegative) && a.IsValid() && b.IsValid()
}

// dutySpansOverlap reports whether the spans [af, au) and [bf, bu) share a day; a
// zero end is open.
func dutySpansOverlap(af, au, bf, bu Date) bool {
	return (au.IsZero() || bf.Before(au)) && (bu.IsZero() || af.Before(bu))
}

// Sentinel errors of duty assignment. A caller branches on them with
// errors.Is; the error returned is an *AssignError that says which item,
// unit and day.
var (
	// ErrNotOnList: the item is on no list in force for the unit and had
	// not been applied for by that day. The unit may refuse it (准入,
	// RULES.md §7).
	ErrNotOnList = errors.New("duty item not on the unit's list")
	// ErrNotAdmitted: the item was applied for admission but is not
	// admitted for the unit on that day (pending, rejected, revoked,
	// lapsed, or before its start). The unit may refuse it.
	ErrNotAdmitted = errors.New("duty item not admitted")
	// ErrProhibited: the item is on the negative list (负面清单) in force
	// for the unit and may not be handed to it.
	ErrProhibited = errors.New("duty item on the negative list")
	// ErrAssistOnly: the item is an assisting item; the unit may assist but
	// may not be made mainly responsible for it (北京市接诉即办工作条例 §17).
	ErrAssistOnly = errors.New("assisting duty item may not be the unit's main responsibility")
	// ErrNotWhistle: the item is on the street's list but is not one the
	// street may call departments for.
	ErrNotWhistle = errors.New("duty item not a whistle item")
)

// assignment error codes, one per sentinel.
const (
	codeAssignNotOnList   = "governance.assign.not_on_list"
	codeAssignNotAdmitted = "governance.assign.not_admitted"
	codeAssignProhibited  = "governance.assign.prohibited"
	codeAssignAssistOnly  = "governance.assign.assist_only"
	codeAssignNotWhistle  = "governance.assign.not_whistle"
	codeAssignBadRequest  = "governance.assign.invalid"
)

// ErrInvalidAssignment is wrapped when the question itself is malformed: an
// invalid unit code or responsibility.
var ErrInvalidAssignment = errors.New("invalid assignment request")

// AssignError says why a duty item may not be handed to a unit on a day. It
// wraps one of ErrNotOnList, ErrNotAdmitted, ErrProhibited, ErrAssistOnly,
// ErrNotWhistle or ErrInvalidAssignment.
type AssignError struct {
	Item DutyID
	Unit Code
	On   Date
	// Admission names the latest admission of the item for the unit when
	// Err is ErrNotAdmitted, and State its state on that day.
	Admission string
	State     AdmissionState
	Err       error
}

// Error returns the English text.
func (e *AssignError) Error() string { return "governance: " + e.Message(language.English) }

// Unwrap returns the sentinel.
func (e *AssignError) Unwrap() error { return e.Err }

// Code returns the stable code of the refusal ("governance.assign.prohibited").
func (e *AssignError) Code() string {
	switch e.Err {
	case ErrNotOnList:
		return codeAssignNotOnList
	case ErrNotAdmitted:
		return codeAssignNotAdmitted
	case ErrProhibited:
		return codeAssignProhibited
	case ErrAssistOnly:
		return codeAssignAssistOnly
	case ErrNotWhistle:
		return codeAssignNotWhistle
	}
	return codeAssignBadRequest
}

// Message returns the refusal in the language matched for tag.
func (e *AssignError) Message(tag language.Tag) string {
	state := ""
	if e.State.IsValid() {
		state = e.State.Label(tag)
	}
	return i18n.Text(tag, e.Code(), string(e.Item), string(e.Unit), e.On.String(), e.Admission, state)
}

// Assignment is the decision that a unit takes on a duty item on a day, and
// in which part.
type Assignment struct {
	Item DutyItem       `json:"item"`
	Unit Code           `json:"unit"`
	On   Date           `json:"on"`
	As   Responsibility `json:"as"`
	// Admission names the admission in force that put the item on the
	// unit's list; empty when the item stands on the list itself.
	Admission string `json:"admission,omitempty"`
}

// Duties is a register of duty lists and admissions: it answers whether a
// duty item may be handed to a unit on a day. Build one with NewDuties and
// add admissions with Track; the register holds the admissions themselves,
// so their later decisions count at once. A Duties is not safe for
// concurrent use while admissions change.
type Duties struct {
	lists      []dutyList
	admissions map[DutyID][]*Admission
	ids        map[string]bool
}

type dutyList struct {
	DutyList
	index map[DutyID]int
}

// duties problem code.
const codeDutiesAdmission = "governance.duties.admission_duplicate"

// NewDuties returns a register of the lists. Every list must be valid, and
// two lists for the same level and scope may not be in force on the same
// day; every problem is reported (paths "lists[i]…"). The lists are copied.
func NewDuties(lists ...DutyList) (*Duties, error) {
	var ps Problems
	d := &Duties{admissions: make(map[DutyID][]*Admission), ids: make(map[string]bool)}
	for i, l := range lists {
		p := Index("lists", i)
		ps = append(ps, l.validate(p)...)
		for j, m := range lists[:i] {
			if m.Level == l.Level && m.Scope == l.Scope && dutySpansOverlap(m.From, m.Until, l.From, l.Until) {
				ps = append(ps, Errorf(codeListOverlap, Field(p, "from"), p, Index("lists", j)))
			}
		}
		c := dutyList{DutyList: l, index: make(map[DutyID]int, len(l.Items))}
		c.Items = slices.Clone(l.Items)
		for k, it := range c.Items {
			if _, dup := c.index[it.ID]; !dup {
				c.index[it.ID] = k
			}
		}
		d.lists = append(d.lists, c)
	}
	if err := ps.Err(); err != nil {
		return nil, ps.Sorted()
	}
	return d, nil
}

// Track adds an admission to the register. Admissions are told apart by
// ID; a nil admission or a second one with the same ID is an error.
func (d *Duties) Track(a *Admission) error {
	if a == nil {
		return fmt.Errorf("governance: duties: nil admission")
	}
	if d.ids[a.id] {
		return Problems{Errorf(codeDutiesAdmission, "admissions", a.id)}
	}
	d.ids[a.id] = true
	d.admissions[a.item.ID] = append(d.admissions[a.item.ID], a)
	return nil
}

// Lists yields a copy of every list, in the order given to NewDuties.
func (d *Duties) Lists() iter.Seq[DutyList] {
	return func(yield func(DutyList) bool) {
		for _, l := range d.lists {
			c := l.DutyList
			c.Items = slices.Clone(c.Items)
			if !yield(c) {
				return
			}
		}
	}
}

// Admissions yields the admissions tracked for the item, in the order they
// were tracked.
func (d *Duties) Admissions(item DutyID) iter.Seq[*Admission] {
	return slices.Values(d.admissions[item])
}

// Assign decides whether item may be handed to unit on day on, in the part
// as, and returns the assignment. The rules, in order (RULES.md §7):
//
//   - an item on the negative list in force for the unit is refused
//     (ErrProhibited), whatever else says;
//   - an item on the unit's statutory or assisting list in force, or
//     admitted for the unit on that day, may be handed to it;
//   - an item applied for but not admitted on that day is refused
//     (ErrNotAdmitted), any other item too (ErrNotOnList): the unit may
//     refuse what is not on its list;
//   - an assisting item may not be made the unit's main responsibility
//     (ErrAssistOnly; 北京市接诉即办工作条例 §17).
//
// The lists that count are those whose level is the unit's and whose scope
// contains it; admissions count when their item sits at the unit's level and
// their scope contains the unit. Errors are *AssignError.
func (d *Duties) Assign(item DutyID, unit Code, as Responsibility, on Date) (Assignment, error) {
	if !as.IsValid() {
		return Assignment{}, &AssignError{Item: item, Unit: unit, On: on, Err: ErrInvalidAssignment}
	}
	it, adm, err := d.find(item, unit, on)
	if err != nil {
		return Assignment{}, err
	}
	if it.Kind == DutyAssisting && as == ResponsibilityMain {
		return Assignment{}, &AssignError{Item: item, Unit: unit, On: on, Err: ErrAssistOnly}
	}
	return Assignment{Item: it, Unit: unit, On: on, As: as, Admission: adm}, nil
}

// MayAssign reports, as an error, whether item may be handed to unit on day
// on in the part its kind gives it: the main responsibility for a statutory
// item, the assisting part for an assisting one. It is what a dispatcher
// asks before handing a matter down to a grid, community or street; nil
// means yes. Errors are *AssignError as for Assign.
func (d *Duties) MayAssign(item DutyID, unit Code, on Date) error {
	_, _, err := d.find(item, unit, on)
	return err
}

// WhistleItem returns the item if a street may call departments for it on
// day on (吹哨报到): the item stands on, or is admitted to, the list of the
// street that contains unit (a street, or a community or grid under it) and
// is marked as a whistle item. Otherwise it returns an *AssignError
// wrapping ErrNotOnList, ErrProhibited or ErrNotWhistle.
func (d *Duties) WhistleItem(item DutyID, unit Code, on Date) (DutyItem, error) {
	street := unit.Ancestor(LevelStreet)
	if street == "" {
		return DutyItem{}, &AssignError{Item: item, Unit: unit, On: on, Err: ErrInvalidAssignment}
	}
	it, _, err := d.find(item, street, on)
	if err != nil {
		return DutyItem{}, err
	}
	if !it.Whistle {
		return DutyItem{}, &AssignError{Item: item, Unit: street, On: on, Err: ErrNotWhistle}
	}
	return it, nil
}

// find returns the item as it stands for unit on day on, and the ID of the
// admission that put it there, if any.
func (d *Duties) find(item DutyID, unit Code, on Date) (DutyItem, string, error) {
	if !unit.IsValid() {
		return DutyItem{}, "", &AssignError{Item: item, Unit: unit, On: on, Err: ErrInvalidAssignment}
	}
	var found DutyItem
	listed := false
	for i := range d.lists {
		l := &d.lists[i]
		if !l.InForce(on) || !l.Binds(unit) {
			continue
		}
		k, ok := l.index[item]
		if !ok {
			continue
		}
		it := l.Items[k]
		if it.Kind == DutyNegative {
			return DutyItem{}, "", &AssignError{Item: item, Unit: unit, On: on, Err: ErrProhibited}
		}
		if !listed {
			found, listed = it, true
		}
	}
	if listed {
		return found, "", nil
	}
	var latest *Admission
	for _, a := range d.admissions[item] {
		if a.item.Level != unit.Level() || !a.scope.Contains(unit) {
			continue
		}
		if a.InForce(on) {
			return a.item, a.id, nil
		}
		if a.StateOn(on) != AdmissionStateUnknown && (latest == nil || !a.Applied().Before(latest.Applied())) {
			latest = a
		}
	}
	if latest != nil {
		return DutyItem{}, "", &AssignError{Item: item, Unit: unit, On: on, Admission: latest.id, State: latest.StateOn(on), Err: ErrNotAdmitted}
	}
	return DutyItem{}, "", &AssignError{Item: item, Unit: unit, On: on, Err: ErrNotOnList}
}
