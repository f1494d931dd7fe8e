package daye2024_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/cnfiscal/fiscal/internal/dayedata"
)

// reportLines reads the report (internal/corpustest), or skips the test
// when it is absent (unless FISCAL_REQUIRE_CORPUS is set).
func reportLines(t *testing.T) []string {
	t.Helper()
	b := corpustest.Read(t, "000_a6b8f70e670f2841.txt")
	return strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
}

// unprintedZero is a "持平" with no printed figure, recorded as "0万元".
func unprintedZero(s disclosure.Statement) bool {
	return s.Kind == disclosure.KindChange && s.Word == "持平" && s.Figure == "0万元"
}

func TestNarrativeAgainstReport(t *testing.T) {
	lines := reportLines(t)
	for i, s := range daye2024.Narrative() {
		if s.Line < 1 || s.Line > len(lines) {
			t.Errorf("#%d %s: line %d out of range", i, s.Subject, s.Line)
			continue
		}
		line := lines[s.Line-1]
		text := strings.TrimSpace(s.Text)
		if text == "" || !strings.Contains(line, text) {
			t.Errorf("#%d line %d: text %q not on the line %q", i, s.Line, s.Text, line)
		}
		if s.Figure != "" && !unprintedZero(s) {
			if !strings.Contains(line, s.Figure) {
				t.Errorf("#%d line %d: figure %q not on the line", i, s.Line, s.Figure)
			}
			if !strings.Contains(s.Text, s.Figure) {
				t.Errorf("#%d line %d: figure %q not in its text %q", i, s.Line, s.Figure, s.Text)
			}
		}
		// The section is a heading printed above the statement.
		found := false
		for n := s.Line - 1; n >= 1653 && n >= 1; n-- {
			if strings.TrimSpace(lines[n-1]) == s.Section {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("#%d line %d: section %q is not a heading above it", i, s.Line, s.Section)
		}
	}
}

func TestNarrativeFigures(t *testing.T) {
	st := daye2024.Narrative()
	if len(st) == 0 {
		t.Fatal("no statements")
	}
	for i, s := range st {
		if s.Subject == "" || s.Text == "" || s.Section == "" || s.Line == 0 {
			t.Errorf("#%d %+v: missing subject, text, section or line", i, s)
		}
		switch s.Kind {
		case disclosure.KindAmount, disclosure.KindChange:
			if _, _, err := s.Amount(); err != nil {
				t.Errorf("#%d line %d %s: figure %q: %v", i, s.Line, s.Kind, s.Figure, err)
			}
		case disclosure.KindShare, disclosure.KindGrowth, disclosure.KindCompletion:
			if _, err := s.Percent(); err != nil {
				t.Errorf("#%d line %d %s: figure %q: %v", i, s.Line, s.Kind, s.Figure, err)
			}
		case disclosure.KindCompare:
			if s.Figure != "" {
				t.Errorf("#%d line %d: a comparison with figure %q", i, s.Line, s.Figure)
			}
		case disclosure.KindCount:
			if s.Figure == "" || s.Figure[0] < '0' || s.Figure[0] > '9' {
				t.Errorf("#%d line %d: count %q", i, s.Line, s.Figure)
			}
			// A "三公" count names what it counts (团组, 人次, 辆, 批次); other
			// counts point at nothing.
			counted := s.Of.Part == disclosure.PartThreePublic && slices.Contains(disclosure.CountFields(), s.Of.Field)
			if !s.Of.IsZero() && !counted || !s.Over.IsZero() {
				t.Errorf("#%d line %d: a count with a source", i, s.Line)
			}
		default:
			t.Errorf("#%d line %d: kind %v", i, s.Line, s.Kind)
		}
		// Which refs each kind needs.
		needOf := s.Kind != disclosure.KindCount && s.Kind != disclosure.KindChange
		needOver := s.Kind == disclosure.KindShare || s.Kind == disclosure.KindGrowth ||
			s.Kind == disclosure.KindCompletion || s.Kind == disclosure.KindCompare
		if needOf && s.Of.IsZero() {
			t.Errorf("#%d line %d %s %q: no Of", i, s.Line, s.Kind, s.Subject)
		}
		if needOver && s.Over.IsZero() {
			t.Errorf("#%d line %d %s %q: no Over", i, s.Line, s.Kind, s.Subject)
		}
		if !needOver && !s.Over.IsZero() {
			t.Errorf("#%d line %d %s %q: an Over it does not use", i, s.Line, s.Kind, s.Subject)
		}
		if s.Word != "" {
			if _, ok := disclosure.Sign(s.Word); !ok {
				t.Errorf("#%d line %d: unknown word %q", i, s.Line, s.Word)
			}
		}
		if (s.Kind == disclosure.KindChange || s.Kind == disclosure.KindGrowth || s.Kind == disclosure.KindCompare) && s.Word == "" {
			t.Errorf("#%d line %d %s: no word", i, s.Line, s.Kind)
		}
	}
}

// TestNarrativeResolves checks that every ref points at something the
// document has: a table, a part field, a project form by its exact name.
// It does not look at what the checks find.
func TestNarrativeResolves(t *testing.T) {
	dept, forms := dayedata.Forms()
	rc := daye2024.RunningCostStated()
	proc := daye2024.Procurement()
	doc := &disclosure.Document{
		Department:  daye2024.Department,
		Year:        daye2024.Year,
		Tables:      daye2024.Tables(),
		ThreePublic: daye2024.ThreePublic(),
		RunningCost: &disclosure.PrintedRunningCost{Amount: rc.Amount, Decimals: rc.Decimals, ClaimsEqualsPublic: rc.ClaimsEqualsPub, Line: rc.Line},
		Procurement: &proc,
		Performance: &disclosure.Performance{Department: &dept, Projects: forms},
	}
	names := map[string]bool{}
	for _, f := range forms {
		names[f.Project] = true
	}
	used := map[string]int{}
	var visit func(i int, s disclosure.Statement, r disclosure.Ref)
	visit = func(i int, s disclosure.Statement, r disclosure.Ref) {
		if r.IsZero() {
			return
		}
		for _, x := range r.Sum {
			visit(i, s, x)
		}
		if r.Part == disclosure.PartProject {
			name := r.Field[:strings.LastIndex(r.Field, "/")]
			if !names[name] {
				t.Errorf("#%d line %d: no form named %q", i, s.Line, name)
			}
			used[name]++
		}
		if _, err := doc.Resolve(r); err != nil {
			t.Errorf("#%d line %d %q: %s: %v", i, s.Line, s.Subject, r, err)
		}
	}
	for i, s := range daye2024.Narrative() {
		if s.Kind == disclosure.KindCount {
			continue // what a count counts is no amount of the document
		}
		visit(i, s, s.Of)
		visit(i, s, s.Over)
	}
	// Each summary: 预算数 and 执行数 amounts, and the completion's two.
	for n := range names {
		if used[n] != 4 {
			t.Errorf("project %q referred to %d times, want 4", n, used[n])
		}
	}
}
