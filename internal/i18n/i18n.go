// Package i18n holds the library's one message catalog: the zh-Hans and en
// text of every problem code and every enum label. It is private to the
// module, built once from the tables in this package, and never touches the
// process-wide default catalog of golang.org/x/text/message.
//
// Keys are the problem codes themselves ("grid.households.above_max") and,
// for enum labels, "<package>.<enum>.<token>" ("grid.state.received").
// Message text uses fmt verbs with explicit argument indexes (%[1]v) so the
// two languages may order arguments differently.
package i18n

import (
	"iter"
	"slices"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Entry is one message in both languages.
type Entry struct {
	Key string
	ZH  string // zh-Hans
	EN  string // en
}

// tables lists every package's entries; each lives in its own file.
var tables = [][]Entry{
	governanceEntries,
	governanceIdsEntries,
	governanceOrgEntries,
	governanceDutyEntries,
	gridEntries,
	disputeEntries,
	volunteerEntries,
	fundingEntries,
	reportEntries,
}

// supported is what the matcher chooses from. Traditional Chinese is
// matched on its own so that zh-TW and zh-HK land on Chinese text rather
// than on the matcher's default; it is served from the zh-Hans messages.
var supported = []language.Tag{
	language.English,
	language.SimplifiedChinese,
	language.TraditionalChinese,
}

// served maps each supported index to the catalog language that serves it.
var served = []language.Tag{
	language.English,
	language.SimplifiedChinese,
	language.SimplifiedChinese,
}

type state struct {
	matcher  language.Matcher
	printers map[language.Tag]*message.Printer
	keys     map[string]Entry
}

// the catalog is built once and never changed afterwards.
var cat = build()

func build() *state {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	keys := make(map[string]Entry)
	for _, t := range tables {
		for _, e := range t {
			keys[e.Key] = e
			if e.ZH != "" {
				_ = b.SetString(language.SimplifiedChinese, e.Key, e.ZH)
			}
			if e.EN != "" {
				_ = b.SetString(language.English, e.Key, e.EN)
			}
		}
	}
	return &state{
		matcher: language.NewMatcher(supported),
		printers: map[language.Tag]*message.Printer{
			language.English:           message.NewPrinter(language.English, message.Catalog(b)),
			language.SimplifiedChinese: message.NewPrinter(language.SimplifiedChinese, message.Catalog(b)),
		},
		keys: keys,
	}
}

// Lang returns the language the catalog serves for tag: zh-Hans for any
// Chinese (zh, zh-CN, zh-TW, zh-HK, zh-Hant…), en for everything else.
func Lang(tag language.Tag) language.Tag {
	_, i, conf := cat.matcher.Match(tag)
	if conf == language.No {
		return language.English
	}
	return served[i]
}

// Text renders key in the language matched for tag. A key missing from the
// catalog renders as "[key]" so that it is visible; the catalog tests
// ensure that never happens for a key the library uses.
func Text(tag language.Tag, key string, args ...any) string {
	if _, ok := cat.keys[key]; !ok {
		return "[" + key + "]"
	}
	return cat.printers[Lang(tag)].Sprintf(key, args...)
}

// Label renders the label of an enum token: Text(tag, prefix+"."+token).
func Label(tag language.Tag, prefix, token string) string {
	return Text(tag, prefix+"."+token)
}

// Lookup returns the entry for key.
func Lookup(key string) (Entry, bool) {
	e, ok := cat.keys[key]
	return e, ok
}

// Keys yields every key in the catalog in sorted order.
func Keys() iter.Seq[string] {
	keys := make([]string, 0, len(cat.keys))
	for k := range cat.keys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return slices.Values(keys)
}

// Duplicates returns the keys that more than one table entry defines.
func Duplicates() []string {
	seen := make(map[string]int)
	for _, t := range tables {
		for _, e := range t {
			seen[e.Key]++
		}
	}
	var dup []string
	for k, n := range seen {
		if n > 1 {
			dup = append(dup, k)
		}
	}
	slices.Sort(dup)
	return dup
}
