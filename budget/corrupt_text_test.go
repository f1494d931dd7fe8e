package budget_test

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/require"
)

// corpusBudgets are the corpus budgets' page texts (pdftotext -layout).
var corpusBudgets = []string{
	"shanghai-putuo-sfj-2026-budget.layout.txt", "shanghai-putuo-sfj-2026-unit-budget.layout.txt",
	"shanghai-czj-2025-unit-budget.layout.txt", "jiangsu-gaoyuan-2019-budget.layout.txt",
}

// printedFigure is a figure as tables print it: with a decimal point or a
// thousands separator (a bare integer may be a page or column number).
var printedFigure = regexp.MustCompile(`\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+`)

// TestCorruptionThroughText changes one printed figure of a corpus budget's
// tables by one unit of its last digit (figures drawn with a fixed seed),
// reads the text again and asserts that the change is not accepted
// silently: either a new error finding, or the figure's row read as
// ambiguous, its table found but not read, or a new finding naming the
// difference as within rounding (a budget printed in 万元 or whole 元 may
// differ from its sums by that much with no error in the data).
func TestCorruptionThroughText(t *testing.T) {
	for _, name := range corpusBudgets {
		t.Run(name, func(t *testing.T) {
			data := corpustest.Read(t, name)
			base, err := parse.Parse(data)
			require.NoError(t, err)
			baseFs := base.Check(disclosure.CheckOptions{})
			lines := strings.Split(string(data), "\n")
			regions := tableRegions(base, lines)
			type spot struct{ line, from, to int }
			var spots []spot
			for _, rg := range regions {
				for n := rg[0]; n < rg[1] && n <= len(lines); n++ {
					for _, m := range printedFigure.FindAllStringIndex(lines[n-1], -1) {
						spots = append(spots, spot{n, m[0], m[1]})
					}
				}
			}
			require.NotEmpty(t, spots)
			rng := rand.New(rand.NewPCG(14, uint64(len(data))))
			caught, ambiguous, rounding, unread := 0, 0, 0, 0
			for range min(40, len(spots)) {
				s := spots[rng.IntN(len(spots))]
				l := lines[s.line-1]
				fig := l[s.from:s.to]
				bumped := bumpLastDigit(fig)
				changed := slices.Clone(lines)
				changed[s.line-1] = l[:s.from] + bumped + l[s.to:]
				r, err := parse.Parse([]byte(strings.Join(changed, "\n")))
				require.NoError(t, err)
				fs := r.Check(disclosure.CheckOptions{})
				what := fmt.Sprintf("line %d: %s → %s", s.line, fig, bumped)
				switch {
				case newFinding(baseFs, fs, true):
					caught++
				case rowAmbiguousAt(r, s.line):
					ambiguous++
				case tableUnreadAt(r, s.line):
					unread++
				case newFinding(baseFs, fs, false):
					rounding++
				default:
					t.Errorf("%s: accepted silently", what)
				}
			}
			t.Logf("%d figures in the tables; 40 changed: %d caught as errors, %d in rows read as ambiguous, %d in tables not read, %d said within rounding",
				len(spots), caught, ambiguous, unread, rounding)
		})
	}
}

// tableRegions returns, for each table the reading found, the lines from
// its title to the next table's title (the last ends at the next 情况说明
// heading or the end of the text).
func tableRegions(r *parse.Result, lines []string) [][2]int {
	var starts []int
	for _, c := range r.Coverage.Tables {
		if c.Found && c.Line > 0 {
			starts = append(starts, c.Line)
		}
	}
	slices.Sort(starts)
	var out [][2]int
	for i, s := range starts {
		end := len(lines) + 1
		if i+1 < len(starts) {
			end = starts[i+1]
		} else {
			for n := s + 1; n <= len(lines); n++ {
				if strings.Contains(lines[n-1], "情况说明") {
					end = n
					break
				}
			}
		}
		out = append(out, [2]int{s + 1, end})
	}
	return out
}

// bumpLastDigit adds one to the last digit of a printed figure (or takes
// one away from a 9, so that no other digit changes).
func bumpLastDigit(fig string) string {
	i := strings.LastIndexAny(fig, "0123456789")
	d := fig[i]
	if d == '9' {
		d = '8'
	} else {
		d++
	}
	return fig[:i] + string(d) + fig[i+1:]
}

// findingKey names a finding apart from its figures.
func findingKey(f fiscal.Finding) string {
	return f.Rule + "|" + f.Where.Table + "|" + f.Where.Row + "|" + f.Where.Column + "|" + f.Severity.String()
}

// newFinding reports whether fs holds a finding that base does not: an
// error when errors is set, any finding otherwise.
func newFinding(base, fs []fiscal.Finding, errors bool) bool {
	count := map[string]int{}
	for _, f := range base {
		count[findingKey(f)]++
	}
	for _, f := range fs {
		if errors && f.Severity != fiscal.SeverityError {
			continue
		}
		k := findingKey(f)
		if count[k] == 0 {
			return true
		}
		count[k]--
	}
	if errors {
		return false
	}
	// The same findings with other figures (a difference that grew).
	return !slices.Equal(findingKeysOf(base), findingKeysOf(fs)) || !slices.Equal(findingKeys(base), findingKeys(fs))
}

func findingKeysOf(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, findingKey(f))
	}
	return out
}

// rowAmbiguousAt reports whether a row read from line n is ambiguous.
func rowAmbiguousAt(r *parse.Result, n int) bool {
	for _, tb := range r.Budget.All() {
		for _, row := range tb.Rows {
			if row.Line == n && row.Ambiguous {
				return true
			}
		}
	}
	return false
}

// tableUnreadAt reports whether line n lies in a table found but not read
// (the coverage gives the reason).
func tableUnreadAt(r *parse.Result, n int) bool {
	var best *struct {
		line   int
		reason string
	}
	for _, c := range r.Coverage.Tables {
		if c.Found && c.Line <= n && (best == nil || c.Line > best.line) {
			best = &struct {
				line   int
				reason string
			}{c.Line, c.Reason}
		}
	}
	return best != nil && best.reason != ""
}
