package accounts

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"

	"github.com/stretchr/testify/assert"
)

// TestExpenseRecPacking checks that every field of a packed expense record
// reads back as stored, at the extremes each can take and at random.
func TestExpenseRecPacking(t *testing.T) {
	type fields struct {
		amount int64
		fn, ec uint32
		entity EntityID
		nature Nature
		source FundSource
	}
	cases := []fields{
		{0, 0, 0, 0, NaturePersonnel, SourceGeneral},
		{-1 << 63, 9_999_999, 100_000, 1<<16 - 2, NatureSubsidiary, SourceOther},
		{1<<63 - 1, 1<<24 - 1, 1<<17 - 1, 1<<16 - 1, NatureSubsidiary, SourceOther},
	}
	rng := rand.New(rand.NewPCG(15, 9))
	for range 10_000 {
		cases = append(cases, fields{int64(rng.Uint64()), rng.Uint32N(1 << 24), rng.Uint32N(1 << 17), EntityID(rng.IntN(1 << 16)),
			NaturePersonnel + Nature(rng.IntN(int(numNatures-1))), SourceGeneral + FundSource(rng.IntN(int(numSources-1)))})
	}
	for _, c := range cases {
		r := newExpenseRec(c.amount, c.fn, c.ec, c.entity, c.nature, c.source)
		got := fields{r.amount, r.fn(), r.ec(), r.entity(), r.nature(), r.source()}
		assert.Equal(t, int(c.source)*int(numNatures)+int(c.nature), r.cell())
		if !assert.Equal(t, c, got) {
			return
		}
	}
}

// stripNumberingByIndex is stripNumbering as it was written first (by the
// first index of each bracket and separator): the second method
// TestStripNumbering compares with.
func stripNumberingByIndex(s string) string {
	t := trimCell(s)
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if rest, ok := strings.CutPrefix(t, p[0]); ok {
			if i := strings.Index(rest, p[1]); i > 0 && isNumeral(rest[:i]) {
				return trimCell(rest[i+len(p[1]):])
			}
		}
	}
	for _, sep := range []string{"、", ".", "．"} {
		if i := strings.Index(t, sep); i > 0 && isNumeral(t[:i]) {
			return trimCell(t[i+len(sep):])
		}
	}
	return t
}

// TestStripNumbering compares stripNumbering with stripNumberingByIndex on
// random names made of numerals, brackets, separators and words.
func TestStripNumbering(t *testing.T) {
	frags := []string{"一", "十", "二", "1", "12", "〇", "（", "）", "(", ")", "、", ".", "．", " ", "\u3000", "一般公共服务支出", "收入", "a", "\xe4"}
	rng := rand.New(rand.NewPCG(15, 11))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		if !assert.Equal(t, stripNumberingByIndex(s), stripNumbering(s), "%q", s) {
			return
		}
	}
	assert.Equal(t, "一般公共服务支出", stripNumbering("一、一般公共服务支出"))
	assert.Equal(t, "一般公共服务支出", stripNumbering("一般公共服务支出"))
	assert.Equal(t, "收入", stripNumbering("（十二）收入"))
}

// isNumeral reports whether s is a run of numerals.
func isNumeral(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isNumeralRune(r) {
			return false
		}
	}
	return true
}

// TestIsNumeralRune checks the switch against the list of numerals.
func TestIsNumeralRune(t *testing.T) {
	for _, r := range numerals {
		assert.True(t, isNumeralRune(r), string(r))
	}
	for _, r := range "两千万亿aA（、.收" {
		assert.False(t, isNumeralRune(r), string(r))
	}
}

// TestNormalizeTitleShortcut compares normalizeTitle with the full folding
// on random titles of ideographs, ASCII, blanks, quotes, full-width forms
// and stray bytes.
func TestNormalizeTitleShortcut(t *testing.T) {
	frags := []string{"收入", "支出", "决算", "表", "明", "细", "明细", "三公", "“", "”", "\"", " ", "\u3000", "（", "）", "(", "1", "Ａ", "a", "ｶ", "\xe4", "\x80", "丂", "龥", "\x7f", "\t"}
	rng := rand.New(rand.NewPCG(15, 14))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		if !assert.Equal(t, normalizeTitleFully(s), normalizeTitle(s), "%q", s) {
			return
		}
	}
	for i := Item(1); i < numItems; i++ {
		got, ok := ItemOfName(KindIncome, i.Name())
		assert.True(t, ok, i.Name())
		if ok && i != ItemTotal {
			assert.Equal(t, normalizeTitle(i.Name()), normalizeTitle(got.Name()), i.Name())
		}
	}
}

// TestLedgerClassificationRules compares the ledger's classification
// rules (by cell flags) with the rules written out per entry, on random
// ledgers: the number of acc.ledger.economic and acc.ledger.nature
// findings must match.
func TestLedgerClassificationRules(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 17))
	ecos := []string{"30101", "30201", "30301", "30901", "31002", "39999"}
	for range 50 {
		l := NewLedger("x", 2024)
		_, err := l.AddEntity(Entity{Name: "本级", Type: Administrative})
		assert.NoError(t, err)
		for range 200 {
			e := Expense{Function: classify.MustParse[classify.FunctionKind]("2010601"),
				Nature: NaturePersonnel + Nature(rng.IntN(int(numNatures-1))), Source: SourceGeneral + FundSource(rng.IntN(int(numSources-1))),
				Amount: fiscal.Fen(int64(rng.IntN(1000)))}
			if rng.IntN(3) > 0 {
				e.Economic = classify.MustParse[classify.EconomicKind](ecos[rng.IntN(len(ecos))])
			}
			assert.NoError(t, l.AddExpense(e))
		}
		wantEconomic, wantNature := 0, 0
		for e := range l.Expenses() {
			basic := e.Nature == NaturePersonnel || e.Nature == NaturePublic
			if e.Source == SourceGeneral && basic && !e.Economic.Valid() {
				wantEconomic++
			}
			if basic && e.Economic.Valid() && IsPersonnel(e.Economic) != (e.Nature == NaturePersonnel) {
				wantNature++
			}
			if e.Source.IsAppropriation() && e.Nature != NatureProject && !basic {
				wantNature++
			}
		}
		gotEconomic, gotNature := 0, 0
		for _, f := range l.Check() {
			switch f.Rule {
			case RuleLedgerEconomic:
				gotEconomic++
			case RuleLedgerNature:
				gotNature++
			}
		}
		assert.Equal(t, wantEconomic, gotEconomic)
		assert.Equal(t, wantNature, gotNature)
		assert.Positive(t, wantNature)
	}
}
