package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jiceng/jiceng/internal/testkit"
)

func TestEmbeddedProfilesAreValid(t *testing.T) {
	ps, err := profiles()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"benxi", "heping", "xibei"}, profileIDs(ps)); diff != "" {
		t.Errorf("profiles (-want +got):\n%s", diff)
	}
	for id, p := range ps {
		if ps := p.Validate(); len(ps) > 0 {
			t.Errorf("%s: %v", id, ps)
		}
	}
}

// TestReportGolden pins the Xibei report in both languages: the same
// profile, seed and year always print the same report.
func TestReportGolden(t *testing.T) {
	for _, lang := range []string{"zh-Hans", "en"} {
		var out, errs bytes.Buffer
		if code := cli([]string{"-profile", "xibei", "-lang", lang}, &out, &errs); code != 0 {
			t.Fatalf("-lang %s: exit %d: %s", lang, code, errs.String())
		}
		testkit.Golden(t, filepath.Join("testdata", "xibei."+lang+".txt"), out.String())
	}
}

func TestUnknownProfileListsKnownOnes(t *testing.T) {
	var out, errs bytes.Buffer
	if code := cli([]string{"-profile", "nowhere"}, &out, &errs); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, id := range []string{"benxi", "heping", "xibei"} {
		if !strings.Contains(errs.String(), id) {
			t.Errorf("stderr %q does not list %s", errs.String(), id)
		}
	}
}

func TestBadProfileFileListsEveryProblem(t *testing.T) {
	file := filepath.Join(t.TempDir(), "bad.json")
	bad := `{"id": "x", "name": "某地", "nameEn": "Somewhere", "code": "120101",
		"streets": 2, "communities": 1, "grids": 0, "households": 10, "residents": 5,
		"staffing": "mars", "teams": "default", "payBase": "0.00", "disputeSuccessPercent": 120}`
	if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][]string{
		"en":      {"the profile has 6 problems", "communities: 1 is too few; at least 2", "staffing: unknown rule \"mars\"", "payBase: the amount 0.00 must be positive", "disputeSuccessPercent: 120 lies outside 0–100"},
		"zh-Hans": {"概况有 6 个问题", "未知规则 \"mars\""},
	} {
		var out, errs bytes.Buffer
		if code := cli([]string{"-profile-file", file, "-lang", lang}, &out, &errs); code != 1 {
			t.Errorf("%s: exit %d, want 1", lang, code)
		}
		for _, w := range want {
			if !strings.Contains(errs.String(), w) {
				t.Errorf("%s: stderr lacks %q:\n%s", lang, w, errs.String())
			}
		}
	}
}

func TestBadFlagsAndYears(t *testing.T) {
	var out, errs bytes.Buffer
	if code := cli([]string{"-lang", "!!"}, &out, &errs); code != 2 {
		t.Errorf("bad -lang: exit %d, want 2", code)
	}
	errs.Reset()
	if code := cli([]string{"-profile", "xibei", "-year", "2030"}, &out, &errs); code != 1 || !strings.Contains(errs.String(), "2030") {
		t.Errorf("uncovered year: exit %d, stderr %q", code, errs.String())
	}
}

func TestJSONReport(t *testing.T) {
	var out, errs bytes.Buffer
	if code := cli([]string{"-profile", "xibei", "-json"}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var rep Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Units.Grids != 110 || rep.Disputes.Total.Registered != 365 || rep.Year != 2025 {
		t.Errorf("report: %d grids, %d disputes, year %d", rep.Units.Grids, rep.Disputes.Total.Registered, rep.Year)
	}
	if !strings.Contains(out.String(), `"total": "`) {
		t.Error("money is not a quoted decimal in the JSON report")
	}
}
