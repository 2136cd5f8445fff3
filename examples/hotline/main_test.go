package main

import (
	"testing"

	"github.com/jiceng/jiceng/internal/testkit"
)

// TestProgram pins the output in zh-Hans and en (JICENG_UPDATE=1 rewrites
// testdata/), checks the language fallback and refuses a malformed tag.
func TestProgram(t *testing.T) { testkit.Program(t, run) }
