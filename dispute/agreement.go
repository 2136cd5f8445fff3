package dispute

import (
	"time"

	"github.com/jiceng/jiceng/governance"
)

// Agreement is a mediation agreement (调解协议) as the parties reach it
// (人民调解法 §28–§31).
type Agreement struct {
	Form Form `json:"form"`
	// Facts are the main facts and the issues in dispute (纠纷的主要事实、
	// 争议事项); a written agreement must state them.
	Facts string `json:"facts,omitempty"`
	// Terms are what the parties agreed (调解协议内容).
	Terms string `json:"terms"`
	// Manner is how the agreement is to be performed (履行方式).
	Manner string `json:"manner"`
	// Immediate says the agreement is performed on the spot (当即履行);
	// otherwise PerformBy is the deadline of performance (履行期限), the
	// instant the parties set. Non-performance is recorded only after it;
	// to set "by the end of a day", give the midnight that ends the day,
	// as the package's own deadlines are (see LastDay).
	Immediate bool      `json:"immediate"`
	PerformBy time.Time `json:"performBy,omitzero"`
	// WrittenRequested says a party asked for a written agreement.
	WrittenRequested bool `json:"writtenRequested,omitempty"`
	// Concerns are the personal relationships the agreement concerns in
	// itself; a court does not confirm such an agreement (Policy.Unconfirmable).
	Concerns MatterSet `json:"concerns,omitzero"`
}

// AgreementRecord is an agreement as recorded on its case: when it was
// reached and, for a written one, when each party signed and when the
// mediator signed and the committee's seal was set.
type AgreementRecord struct {
	Agreement
	Reached time.Time `json:"reached"`
	// PartySigned holds the instant each party signed, by party index;
	// zero while unsigned. Empty for an oral agreement.
	PartySigned      []time.Time         `json:"partySigned,omitempty"`
	MediatorSigned   time.Time           `json:"mediatorSigned,omitzero"`
	MediatorSignedBy governance.PersonID `json:"mediatorSignedBy,omitempty"`
	Sealed           time.Time           `json:"sealed,omitzero"`
}

// Effective returns when the agreement took effect: an oral one when it was
// reached (§30), a written one when the last of the parties' signatures, the
// mediator's signature and the committee's seal was set (§29). The bool is
// false while a written agreement lacks any of them.
func (r AgreementRecord) Effective() (time.Time, bool) { return r.effective() }

// effective is Effective without copying the record.
func (r *AgreementRecord) effective() (time.Time, bool) {
	if r.Form == FormOral {
		return r.Reached, true
	}
	if r.MediatorSigned.IsZero() || r.Sealed.IsZero() || len(r.PartySigned) == 0 {
		return time.Time{}, false
	}
	last := r.MediatorSigned
	if r.Sealed.After(last) {
		last = r.Sealed
	}
	for _, t := range r.PartySigned {
		if t.IsZero() {
			return time.Time{}, false
		}
		if t.After(last) {
			last = t
		}
	}
	return last, true
}

func (r AgreementRecord) clone() AgreementRecord {
	r.PartySigned = clone(r.PartySigned)
	return r
}

// WrittenRequired returns why an agreement in a case of category with people
// involved must be written, in WrittenReason order; none when an oral
// agreement will do. Written form is required when a party asks for it,
// when performance is not immediate, and when the case is major or complex
// — by the number of people involved or by its category (宁波市人民调解条例
// 2018 art. 24).
func (p Policy) WrittenRequired(category Category, people int, a Agreement) []WrittenReason {
	var rs []WrittenReason
	if a.WrittenRequested {
		rs = append(rs, WrittenReasonRequested)
	}
	if !a.Immediate {
		rs = append(rs, WrittenReasonDeferred)
	}
	if people >= p.WrittenFromPeople {
		rs = append(rs, WrittenReasonMajorPeople)
	}
	if p.WrittenCategories.Has(category) {
		rs = append(rs, WrittenReasonMajorCategory)
	}
	return rs
}

// writtenCodes are the problems of an oral agreement where a written one is
// required, by reason.
var writtenCodes = [...]string{
	WrittenReasonRequested:     "dispute.agreement.written_required.requested",
	WrittenReasonDeferred:      "dispute.agreement.written_required.deferred",
	WrittenReasonMajorPeople:   "dispute.agreement.written_required.major_people",
	WrittenReasonMajorCategory: "dispute.agreement.written_required.major_category",
}

// Agree records the agreement the parties reached at at. Terms and manner of
// performance are required, and a deadline of performance unless it is
// immediate; a written agreement states the facts and issues. An oral
// agreement is refused where Policy.WrittenRequired names a reason. An oral
// agreement takes effect at once; a written one when signed and sealed
// (Sign, SignMediator, Seal).
func (c *Case) Agree(a Agreement, at time.Time) error {
	to, ps, err := c.begin(VerbAgree, at)
	if err != nil {
		return err
	}
	ps = c.checkAgreement(ps, a, at)
	if ps != nil {
		return c.reject(VerbAgree, ps)
	}
	// The box is still empty: a case reaches one agreement at most.
	box := &c.room.agreement
	box.rec.Agreement, box.rec.Reached = a, at
	if n := len(c.in.Parties); a.Form == FormWritten && n <= len(box.signed) {
		box.rec.PartySigned = box.signed[:n:n]
	} else if a.Form == FormWritten {
		box.rec.PartySigned = make([]time.Time, n)
	}
	c.r.Agreement = &box.rec
	c.outcome = OutcomeAgreed
	c.commit(VerbAgree, to, at, c.actor(), "")
	return nil
}

func (c *Case) checkAgreement(ps governance.Problems, a Agreement, at time.Time) governance.Problems {
	switch a.Form {
	case FormWritten:
		if a.Facts == "" {
			ps = append(ps, governance.Errorf("dispute.agreement.facts_missing", "agreement.facts"))
		}
	case FormOral:
		in := c.in
		for _, r := range c.r.Policy.WrittenRequired(in.Category, in.People, a) {
			var args []any
			if r == WrittenReasonMajorPeople {
				args = []any{in.People, c.r.Policy.WrittenFromPeople}
			}
			ps = append(ps, governance.Errorf(writtenCodes[r], "agreement.form", args...))
		}
	default:
		ps = append(ps, governance.Errorf("dispute.agreement.form_invalid", "agreement.form"))
	}
	if a.Terms == "" {
		ps = append(ps, governance.Errorf("dispute.agreement.terms_missing", "agreement.terms"))
	}
	if a.Manner == "" {
		ps = append(ps, governance.Errorf("dispute.agreement.manner_missing", "agreement.manner"))
	}
	switch {
	case a.Immediate && !a.PerformBy.IsZero():
		ps = append(ps, governance.Errorf("dispute.agreement.perform_by_immediate", "agreement.performBy"))
	case !a.Immediate && a.PerformBy.IsZero():
		ps = append(ps, governance.Errorf("dispute.agreement.perform_by_missing", "agreement.performBy"))
	case !a.Immediate && !a.PerformBy.After(at):
		ps = append(ps, governance.Errorf("dispute.agreement.perform_by_past", "agreement.performBy", a.PerformBy))
	}
	return ps
}

// Sign records that party (an index into the intake's parties) signed the
// written agreement (签名、盖章或者按指印).
func (c *Case) Sign(party int, at time.Time) error {
	to, ps, err := c.begin(VerbSign, at)
	if err != nil {
		return err
	}
	ps = c.checkWritten(ps)
	switch {
	case !c.validParty(party):
		ps = append(ps, governance.Errorf("dispute.party.index_invalid", "party", party))
	case c.written() && !c.r.Agreement.PartySigned[party].IsZero():
		ps = append(ps, governance.Errorf("dispute.signature.twice", "party", party))
	}
	if ps != nil {
		return c.reject(VerbSign, ps)
	}
	c.r.Agreement.PartySigned[party] = at
	c.commit(VerbSign, to, at, c.in.Parties[party].key(), "")
	return nil
}

// SignMediator records that mediator, who must be assigned to the case,
// signed the written agreement.
func (c *Case) SignMediator(mediator governance.PersonID, at time.Time) error {
	to, ps, err := c.begin(VerbSignMediator, at)
	if err != nil {
		return err
	}
	ps = c.checkWritten(ps)
	if !c.isMediator(mediator) {
		ps = append(ps, governance.Errorf("dispute.signature.not_mediator", "mediator", string(mediator)))
	}
	if c.written() && !c.r.Agreement.MediatorSigned.IsZero() {
		ps = append(ps, governance.Errorf("dispute.signature.twice", "mediator", string(mediator)))
	}
	if ps != nil {
		return c.reject(VerbSignMediator, ps)
	}
	c.r.Agreement.MediatorSigned = at
	c.r.Agreement.MediatorSignedBy = mediator
	c.commit(VerbSignMediator, to, at, string(mediator), "")
	return nil
}

// Seal records that the committee's seal (人民调解委员会印章) was set on the
// written agreement.
func (c *Case) Seal(at time.Time) error {
	to, ps, err := c.begin(VerbSeal, at)
	if err != nil {
		return err
	}
	ps = c.checkWritten(ps)
	if c.written() && !c.r.Agreement.Sealed.IsZero() {
		ps = append(ps, governance.Errorf("dispute.seal.twice", "agreement.sealed"))
	}
	if ps != nil {
		return c.reject(VerbSeal, ps)
	}
	c.r.Agreement.Sealed = at
	c.commit(VerbSeal, to, at, c.actor(), "")
	return nil
}

// written reports whether the case holds a written agreement.
func (c *Case) written() bool { return c.r.Agreement != nil && c.r.Agreement.Form == FormWritten }

func (c *Case) checkWritten(ps governance.Problems) governance.Problems {
	if !c.written() {
		ps = append(ps, governance.Errorf("dispute.signature.oral", "agreement.form"))
	}
	return ps
}

// Agreement returns a copy of the case's agreement, and false when none was
// reached.
func (c *Case) Agreement() (AgreementRecord, bool) {
	if c.r.Agreement == nil {
		return AgreementRecord{}, false
	}
	return c.r.Agreement.clone(), true
}

// Effective returns when the case's agreement took effect; false when there
// is none or it is not yet in effect.
func (c *Case) Effective() (time.Time, bool) {
	if c.r.Agreement == nil {
		return time.Time{}, false
	}
	return c.r.Agreement.effective()
}
