package governance_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/testkit"
	"golang.org/x/text/language"
)

const (
	mismatch = "governance.unit.households_mismatch"
	noName   = "governance.unit.name_empty"
	negative = "governance.unit.figure_negative"
)

func TestProblemsSorted(t *testing.T) {
	ps := governance.Problems{
		governance.Errorf(noName, "units[120101001004]"),
		governance.Errorf(negative, "grids[10].households"),
		governance.Warnf(mismatch, "units[120101001003].households"),
		governance.Errorf(noName, "grids[2]"),
		governance.Errorf(negative, "units[120101001003001].households"),
		governance.Errorf(negative, "grids[2]"),
		governance.Errorf(noName, ""),
		governance.Errorf(negative, "grids[02]"),
		governance.Warnf(negative, "grids[2]"),
		governance.Errorf(noName, "grid"),
	}
	want := []string{
		"governance.unit.name_empty @ ",
		"governance.unit.name_empty @ grid",
		"governance.unit.figure_negative @ grids[2]",
		"governance.unit.figure_negative @ grids[2]", // error before warning
		"governance.unit.name_empty @ grids[2]",
		"governance.unit.figure_negative @ grids[02]",
		"governance.unit.figure_negative @ grids[10].households",
		"governance.unit.households_mismatch @ units[120101001003].households",
		"governance.unit.figure_negative @ units[120101001003001].households",
		"governance.unit.name_empty @ units[120101001004]",
	}
	got := ps.Sorted()
	if diff := cmp.Diff(want, problemCodes(got)); diff != "" {
		t.Errorf("Sorted (-want +got):\n%s", diff)
	}
	if got[2].Severity != governance.SeverityError || got[3].Severity != governance.SeverityWarning {
		t.Errorf("equal paths and codes not ordered by severity: %v, %v", got[2].Severity, got[3].Severity)
	}
	if len(governance.Problems(nil).Sorted()) != 0 {
		t.Error("sorting nothing gave something")
	}
}

func TestProblemsErr(t *testing.T) {
	warning := governance.Warnf(mismatch, "units[120101001001].households", "120101001001", 1200, 1150)
	failure := governance.Errorf(noName, "units[120101001002].name", "120101001002")
	for _, tc := range []struct {
		name    string
		ps      governance.Problems
		wantErr bool
	}{
		{"none", nil, false},
		{"empty", governance.Problems{}, false},
		{"warnings only", governance.Problems{warning, warning}, false},
		{"an error", governance.Problems{warning, failure}, true},
		{"a problem without severity counts as an error", governance.Problems{{Code: noName}}, true},
	} {
		err := tc.ps.Err()
		if (err != nil) != tc.wantErr {
			t.Errorf("%s: Err() = %v", tc.name, err)
		}
		if err != nil {
			var ps governance.Problems
			if !errors.As(err, &ps) || len(ps) != len(tc.ps) {
				t.Errorf("%s: Err() does not hold every problem: %v", tc.name, err)
			}
		}
	}
	ps := governance.Problems{warning, failure}
	if diff := cmp.Diff(governance.Problems{failure}, ps.Errors()); diff != "" {
		t.Errorf("Errors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(governance.Problems{warning}, ps.Warnings()); diff != "" {
		t.Errorf("Warnings (-want +got):\n%s", diff)
	}
	if !ps.Has(noName) || !ps.Has(mismatch) || ps.Has(negative) {
		t.Error("Has disagrees with the problems")
	}
	if !failure.IsError() || warning.IsError() {
		t.Error("IsError disagrees with the severity")
	}
}

func TestProblemsErrors(t *testing.T) {
	h, _ := governance.NewHierarchy(governance.Unit{Code: "120101001000", Name: "街道"})
	_ = h.Add(governance.Unit{Code: "120101001001", Households: -3})
	err := h.Validate().Err()
	wrapped := fmt.Errorf("loading the street: %w", err)

	for _, tc := range []struct {
		name   string
		target governance.Problem
		want   bool
	}{
		{"by code", governance.Problem{Code: noName}, true},
		{"by code and path", governance.Problem{Code: negative, Path: "units[120101001001].households"}, true},
		{"by code, another path", governance.Problem{Code: negative, Path: "units[120101001001].residents"}, false},
		{"another code", governance.Problem{Code: mismatch}, false},
	} {
		if got := errors.Is(wrapped, tc.target); got != tc.want {
			t.Errorf("%s: errors.Is = %t, want %t", tc.name, got, tc.want)
		}
	}
	var p governance.Problem
	if !errors.As(wrapped, &p) || p.Code != negative {
		t.Errorf("errors.As(Problem) = %+v", p)
	}
	var ps governance.Problems
	if !errors.As(wrapped, &ps) || len(ps) != 2 {
		t.Errorf("errors.As(Problems) = %v", ps)
	}
	if errors.Is(wrapped, governance.ErrInvalidTransition) {
		t.Error("a validation error is an invalid transition")
	}
	const want = "units[120101001001].households: unit 120101001001 has a negative count: -3; units[120101001001].name: unit 120101001001 has no name"
	if got := err.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestProblemMessage(t *testing.T) {
	p := governance.Warnf(mismatch, "units[120101001001].households", "120101001001", 1200, 1150)
	const (
		zh = "units[120101001001].households: 社区 120101001001 登记户数 1,200 与所辖网格户数之和 1,150 不一致"
		en = "units[120101001001].households: community 120101001001 records 1,200 households but its grids add up to 1,150"
	)
	for _, tc := range []struct {
		tag  string
		want string
	}{
		{"zh-Hans", zh},
		{"zh", zh},
		{"zh-CN", zh},
		{"zh-TW", zh},
		{"zh-HK", zh},
		{"en", en},
		{"en-GB", en},
		{"fr", en},
		{"und", en},
	} {
		if got := p.Message(language.MustParse(tc.tag)); got != tc.want {
			t.Errorf("Message(%s) = %q, want %q", tc.tag, got, tc.want)
		}
	}
	if got := p.Error(); got != en {
		t.Errorf("Error() = %q", got)
	}
	noPath := governance.Errorf(noName, "", "120101001001")
	if diff := cmp.Diff([]string{"单位 120101001001 缺少名称"}, governance.Problems{noPath}.Messages(language.Chinese)); diff != "" {
		t.Errorf("Messages (-want +got):\n%s", diff)
	}
	unknown := governance.Errorf("governance.no.such_code", "x")
	if got := unknown.Message(language.English); got != "x: [governance.no.such_code]" {
		t.Errorf("unknown code renders %q", got)
	}
}

func TestProblemJSON(t *testing.T) {
	ps := governance.Problems{
		governance.Errorf(noName, "units[120101001001].name", "120101001001"),
		governance.Warnf(mismatch, "", "120101001001", 1200, 1150),
	}
	b, err := json.Marshal(ps)
	if err != nil {
		t.Fatal(err)
	}
	const want = `[{"code":"governance.unit.name_empty","path":"units[120101001001].name","severity":"error","args":["120101001001"]},` +
		`{"code":"governance.unit.households_mismatch","severity":"warning","args":["120101001001",1200,1150]}]`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

func TestPaths(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{governance.Index("grids", 3), "grids[3]"},
		{governance.Field(governance.Index("grids", 3), "households"), "grids[3].households"},
		{governance.Field("", "name"), "name"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestSeverity(t *testing.T) {
	testkit.Labels(t, "governance.severity", governance.Severities())
	for s := range governance.Severities() {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back governance.Severity
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%s → %q → %s, %v", s, b, back, err)
		}
	}
	var s governance.Severity
	if err := s.UnmarshalText([]byte("fatal")); err == nil {
		t.Error("an unknown severity was read")
	}
	if got := governance.SeverityWarning.Label(language.Chinese); got != "警告" {
		t.Errorf("label = %q", got)
	}
}

func TestTransitionError(t *testing.T) {
	err := fmt.Errorf("dispatching: %w", &governance.TransitionError{Workflow: "work_order", Verb: "dispatch", State: "closed"})
	if !errors.Is(err, governance.ErrInvalidTransition) {
		t.Error("a TransitionError is not an ErrInvalidTransition")
	}
	var te *governance.TransitionError
	if !errors.As(err, &te) || te.State != "closed" {
		t.Errorf("errors.As = %+v", te)
	}
	if got := te.Error(); got != "governance: work_order: cannot dispatch in state closed" {
		t.Errorf("Error() = %q", got)
	}
}

func TestMessageRendersArgumentsForTheReader(t *testing.T) {
	at := time.Date(2025, 10, 9, 17, 30, 0, 0, time.FixedZone("CST", 8*3600))
	args := []any{governance.LevelStreet, governance.MustDate(2025, 10, 8), at, 7}
	p := governance.Errorf("governance.problem.test", "x", args...)
	for _, tc := range []struct {
		tag  language.Tag
		want string
	}{
		{language.English, "x: test problem: street"},
		{language.SimplifiedChinese, "x: 测试问题：乡级（街道）"},
	} {
		if got := p.Message(tc.tag); got != tc.want {
			t.Errorf("Message(%s) = %q, want %q", tc.tag, got, tc.want)
		}
	}
	if p.Args[0] != governance.LevelStreet || p.Args[2] != at {
		t.Errorf("Message changed the problem's arguments: %v", p.Args)
	}
	if got := governance.Errorf("governance.problem.test", "", governance.Level(99)).Error(); got != "test problem: unknown(99)" {
		t.Errorf("an invalid enum renders as %q", got)
	}
	got := governance.Errorf("governance.problem.test", "", governance.MustDate(2025, 10, 8)).Error()
	if got != "test problem: 2025-10-08" {
		t.Errorf("a date renders as %q", got)
	}
	got = governance.Errorf("governance.problem.test", "", at).Error()
	if got != "test problem: 2025-10-09 17:30" {
		t.Errorf("an instant renders as %q", got)
	}
}

func TestInvalidArgumentsStayWritable(t *testing.T) {
	p := governance.Errorf("governance.problem.test", "x", governance.Level(99))
	if p.Args[0] != "unknown(99)" {
		t.Errorf("an invalid enum is kept as %#v", p.Args[0])
	}
	b, err := json.Marshal(governance.Errorf("governance.problem.test", "x", governance.Date{Year: 2025, Month: 2, Day: 30}, governance.LevelStreet))
	if err != nil || string(b) != `{"code":"governance.problem.test","path":"x","severity":"error","args":["2025-02-30","street"]}` {
		t.Errorf("JSON = %s, %v", b, err)
	}
}
