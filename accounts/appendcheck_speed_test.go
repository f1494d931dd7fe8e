package accounts_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/internal/daye2024"
)

// TestAppendCheckLikeCheck checks that AppendCheck, sorted, gives what
// Check gives, after findings already in the slice, on the Daye tables and
// 300 copies with random cells changed, dropped or rows duplicated, with
// and without a policy.
func TestAppendCheckLikeCheck(t *testing.T) {
	cats, err := classify.Embedded(2024)
	require.NoError(t, err)
	base := daye2024.Tables()
	rng := rand.New(rand.NewPCG(15, 70))
	head := []fiscal.Finding{{Rule: "zz.other", Severity: fiscal.SeverityWarning, Where: fiscal.Where{Table: "收入决算表"}, Message: "before"}}
	total := 0
	for i := range 301 {
		ts := base.Clone()
		if i > 0 {
			for range 1 + rng.IntN(4) {
				tb := ts.Get(accounts.KindSummary + accounts.TableKind(rng.IntN(int(accounts.KindStateCapital-accounts.KindSummary+1))))
				if tb == nil || len(tb.Rows) == 0 {
					continue
				}
				r := &tb.Rows[rng.IntN(len(tb.Rows))]
				c := accounts.Column(rng.IntN(len(r.Cells)))
				switch rng.IntN(3) {
				case 0:
					r.Cells[c] = fiscal.MustParseCell("1.01", fiscal.WanYuan)
				case 1:
					r.Cells[c] = fiscal.Cell{}
				default:
					tb.Rows = append(tb.Rows, *r)
				}
			}
		}
		opt := accounts.CheckOptions{Functions: cats.Function, Economics: cats.Economic}
		if i%3 == 1 {
			opt.Policy = fiscal.Policy{"acc.income.total": fiscal.SeverityError, "acc.structure.duplicate": fiscal.SeverityInfo}
		}
		want := append(slices.Clone(head), ts.Check(opt)...)
		fiscal.SortFindings(want)
		got := ts.AppendCheck(slices.Clone(head), opt)
		fiscal.SortFindings(got)
		require.Equal(t, want, got, "case %d", i)
		total += len(want)
	}
	require.Greater(t, total, 301*9)
}

// TestCatalogNameOnce checks that a functional code's name, judged once
// per check and not again where another table prints the code with the
// same name, gives the findings each table gives checked alone: on the
// Daye tables with random codes' names replaced (by a wrong name, a
// numbered one, a spaced one, another code's) in some tables and not in
// others.
func TestCatalogNameOnce(t *testing.T) {
	cats, err := classify.Embedded(2024)
	require.NoError(t, err)
	opt := accounts.CheckOptions{Functions: cats.Function, Economics: cats.Economic}
	base := daye2024.Tables()
	names := []string{"一般公共服务支出", "其他支出", "一、一般公共服务支出", " 行政运行 ", "（一）行政运行", "社会保障和就业支出", ""}
	nameRules := func(fs []fiscal.Finding) []fiscal.Finding {
		var out []fiscal.Finding
		for _, f := range fs {
			if f.Rule == accounts.RuleStructureName || f.Rule == accounts.RuleStructureUnknown {
				out = append(out, f)
			}
		}
		fiscal.SortFindings(out)
		return out
	}
	rng := rand.New(rand.NewPCG(15, 71))
	found := 0
	for range 300 {
		ts := base.Clone()
		for kd := accounts.KindSummary; kd <= accounts.KindStateCapital; kd++ {
			tb := ts.Get(kd)
			if tb == nil {
				continue
			}
			for i := range tb.Rows {
				if tb.Rows[i].Function.Valid() && rng.IntN(6) == 0 {
					tb.Rows[i].Name = names[rng.IntN(len(names))]
				}
			}
		}
		var alone []fiscal.Finding
		for kd := accounts.KindSummary; kd <= accounts.KindStateCapital; kd++ {
			if tb := ts.Get(kd); tb != nil {
				alone = append(alone, accounts.CheckTable(tb.Clone(), opt)...)
			}
		}
		want := nameRules(alone)
		require.Equal(t, want, nameRules(ts.Check(opt)))
		found += len(want)
	}
	require.Greater(t, found, 300)
}
