package parse_test

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
)

// Every rule of a 决算 is accounted for: on a report of tables only, the
// table rules ran and the others say what they lacked; the summary line
// counts them.
func TestRuleRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	l := randomLedger(t, rng)
	ts, err := l.Tables(accounts.DeriveOptions{})
	require.NoError(t, err)
	doc := &disclosure.Document{Department: l.Department, Year: 2024, Tables: ts}
	var buf bytes.Buffer
	require.NoError(t, doc.RenderTables(&buf))
	r, err := parse.Parse(buf.Bytes())
	require.NoError(t, err)
	assert.Empty(t, r.Coverage.Rules, "before Check, nothing is said about rules")
	r.Check(disclosure.CheckOptions{})
	runs := map[string]parse.RuleRun{}
	for _, x := range r.Coverage.Rules {
		runs[x.Rule] = x
		assert.NotContains(t, x.Reason, "not known", "%s: every rule's inputs are known", x.Rule)
		assert.Equal(t, x.Ran, x.Reason == "", "%s: a reason exactly when skipped", x.Rule)
	}
	assert.Len(t, runs, len(parse.FinalRules()))
	for _, id := range []string{"acc.summary.balance", "acc.income.row", "acc.cross.general-basic", "acc.structure.code", "acc.basic.public"} {
		assert.True(t, runs[id].Ran, id)
	}
	for id, why := range map[string]string{
		"tp.table.total":       "no \"三公\" table was found",
		"tp.basic-items":       "no \"三公\" table was found",
		"narr.prior":           "last year's report was not given",
		"perf.project.total":   "no performance self-evaluation form was read",
		"proc.total":           "no 政府采购 figures were read",
		"narr.amount":          "no narrative figure was read",
		"disc.department-form": "no performance self-evaluation form was read",
	} {
		assert.False(t, runs[id].Ran, id)
		assert.Equal(t, why, runs[id].Reason, id)
	}
	ran := 0
	for _, x := range r.Coverage.Rules {
		if x.Ran {
			ran++
		}
	}
	// The 48 rules of the eight tables (accounts' 52 less its 4 ledger rules).
	assert.Equal(t, 48, ran)
	assert.True(t, strings.Contains(r.Summary(), "; ran 48 rules, skipped "), r.Summary())
}
