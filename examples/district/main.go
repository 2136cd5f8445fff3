// Command district builds a street from the governance core, validates it,
// and prints what it found.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/jiceng/jiceng/governance"
	"golang.org/x/text/language"
)

func main() {
	lang := flag.String("lang", "zh-Hans", "language of the report: zh-Hans or en")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	h, err := buildStreet()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	root := h.Root()
	fmt.Printf("%s %s (%s): %d units\n", root.Code, root.Name, root.Kind.Label(tag), h.Len())
	for c := range h.Children(root.Code) {
		hh, rs := h.Figures(c.Code)
		fmt.Printf("  %s %s (%s): %d households, %d residents\n", c.Code, c.Name, c.Kind.Label(tag), hh, rs)
	}
	for _, m := range h.Validate().Messages(tag) {
		fmt.Println("  !", m)
	}
}

// buildStreet builds a small street: two communities of three grids each.
func buildStreet() (*governance.Hierarchy, error) {
	street := governance.MustParseCode("520115001")
	h, err := governance.NewHierarchy(governance.Unit{Code: street, Name: "示例街道"})
	if err != nil {
		return nil, err
	}
	for i, name := range []string{"东社区", "西社区"} {
		community := governance.MustParseCode(fmt.Sprintf("520115001%03d", i+1))
		if err := h.Add(governance.Unit{Code: community, Name: name, Households: 1200}); err != nil {
			return nil, err
		}
		for g := 1; g <= 3; g++ {
			code, err := governance.GridCode(community, g)
			if err != nil {
				return nil, err
			}
			if err := h.Add(governance.Unit{Code: code, Name: fmt.Sprintf("%s第%d网格", name, g), Households: 380 + 20*g, Residents: 1100}); err != nil {
				return nil, err
			}
		}
	}
	return h, nil
}
