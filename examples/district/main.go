// Command district builds a place from an embedded profile — the figures of
// a real district, street or city from the source reports — runs a year of
// appeals, calls, disputes, volunteer service, payroll and budget through
// the library, and prints the report a street or district office would read.
//
//	go run ./examples/district                      # Tianjin Heping, in Chinese
//	go run ./examples/district -profile xibei -lang en
//	go run ./examples/district -profile benxi -json
//	go run ./examples/district -profile-file my.json
//
// The same profile, seed and year always give the same report.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/jiceng/jiceng/governance"
	"github.com/jiceng/jiceng/internal/i18n"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(cli(os.Args[1:], os.Stdout, os.Stderr))
}

// cli runs the command with its arguments and returns the exit status: 0 on
// success, 1 when the profile or the year cannot be used, 2 on bad flags.
func cli(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("district", flag.ContinueOnError)
	fs.SetOutput(stderr)
	profileID := fs.String("profile", "heping", "the embedded profile to run")
	profileFile := fs.String("profile-file", "", "a profile in a JSON file, instead of an embedded one")
	seed := fs.Uint64("seed", 1, "the seed of the generator")
	year := fs.Int("year", 2025, "the year to run (the calendar covers 2024–2026)")
	lang := fs.String("lang", "zh-Hans", "the report's language: zh-Hans or en")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "-lang: %v\n", err)
		return 2
	}
	tag = i18n.Lang(tag)

	p, err := loadProfile(*profileID, *profileFile)
	if err != nil {
		explain(stderr, tag, "report.profile.invalid", err)
		return 1
	}
	rep, err := run(p, *seed, *year)
	if err != nil {
		explain(stderr, tag, "report.run.failed", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		return 0
	}
	newPrinter(stdout, tag).report(rep)
	return 0
}

// errUnknownProfile is returned for a profile ID that is not embedded.
var errUnknownProfile = errors.New("unknown profile")

func loadProfile(id, file string) (Profile, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return Profile{}, err
		}
		return decodeProfile(b)
	}
	ps, err := profiles()
	if err != nil {
		return Profile{}, err
	}
	p, ok := ps[id]
	if !ok {
		return Profile{}, fmt.Errorf("%w %q; known profiles: %s", errUnknownProfile, id, strings.Join(profileIDs(ps), ", "))
	}
	return p, nil
}

// explain prints an error: under the heading key, every problem on its own
// line in the chosen language, or else the error's text.
func explain(w io.Writer, tag language.Tag, heading string, err error) {
	var ps governance.Problems
	if errors.As(err, &ps) {
		fmt.Fprintln(w, i18n.Text(tag, heading, len(ps)))
		for _, m := range ps.Messages(tag) {
			fmt.Fprintln(w, "  "+m)
		}
		return
	}
	fmt.Fprintln(w, err)
}
