package wordtext

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// TestNormQuotes compares norm, which returns a text without quotes as it
// is, with the replacer on every text, on random texts of quotes, blanks,
// full-width forms and cut bytes.
func TestNormQuotes(t *testing.T) {
	pieces := []string{"“", "”", "‘", "’", "\"", "'", "\xe2\x80", "\xe2", "—", "…", " ", "\u3000", "Ａ", "（", "项目", "经费", "1"}
	rng := rand.New(rand.NewPCG(15, 66))
	quoted := 0
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		n := classify.NormalizeName(s)
		want := quoteStripper.Replace(n)
		if want != n {
			quoted++
		}
		require.Equal(t, want, norm(s), "%q", s)
	}
	require.Greater(t, quoted, 30_000)
}

// rowsOfAppended is rowsOf as it was written before the slab: each row's
// cells appended as they come.
func rowsOfAppended(ls []text.Line) []row {
	var rows []row
	open := false
	lastCell := -1
	for i, l := range ls {
		switch {
		case text.IsCell(l):
			if !open {
				rows = append(rows, row{})
			}
			r := &rows[len(rows)-1]
			r.cells = append(r.cells, cell{s: text.Cell(l), line: l.N})
			open, lastCell = true, i
		case isBlankLine(l):
			open = false
		default:
			if continues(ls, i, lastCell, open) && len(rows) > 0 && !rows[len(rows)-1].prose {
				r := &rows[len(rows)-1]
				c := &r.cells[len(r.cells)-1]
				c.s = strings.TrimRight(c.s+text.Trim(l.Text), " \u3000\u00a0")
				open, lastCell = true, i
				continue
			}
			rows = append(rows, row{cells: []cell{{s: text.Trim(l.Text), line: l.N}}, prose: true})
			open = false
		}
	}
	return rows
}

// TestRowsOfSlab compares rowsOf with rowsOfAppended on random lines of
// cells, blank lines, prose and wrapped cells.
func TestRowsOfSlab(t *testing.T) {
	kinds := []string{"\t合计", "\t1,234.56", "\t", "\t\t", "", " ", "\u3000", "续行", "一、说明", "（项）", "2010301", "行政运行"}
	rng := rand.New(rand.NewPCG(15, 67))
	for range 20_000 {
		var ls []text.Line
		for i := range rng.IntN(30) {
			ls = append(ls, text.Line{N: i + 1, Text: kinds[rng.IntN(len(kinds))]})
		}
		require.Equal(t, rowsOfAppended(ls), rowsOf(ls), "%q", ls)
	}
}

// TestStatisticsWordBytes compares holdsStatisticsWord with containsAny
// on random lines of the words, their characters, cut bytes and others.
func TestStatisticsWordBytes(t *testing.T) {
	pieces := []string{"团组", "辆", "人次", "外宾", "外事", "团", "组", "人", "次", "外", "宾", "事", "出国", "公务用车", "\xe5", "\xe8\xbe", "\x86", "a", "1"}
	rng := rand.New(rand.NewPCG(15, 78))
	found := 0
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := containsAny(s, "团组", "辆", "人次", "外宾", "外事")
		if want {
			found++
		}
		require.Equal(t, want, holdsStatisticsWord(s), "%q", s)
	}
	require.Greater(t, found, 50_000)
}

// TestUnitsGuards checks that every line the units' expressions match
// holds the words readUnits asks for first, on random lines of their
// pieces.
func TestUnitsGuards(t *testing.T) {
	pieces := []string{"本部门", "部门决算", "由", "单位", "本级", "5", "12", "个", "内设机构", "和", "及", "、", "下属", "所属", "预算", "事业", "事业单位",
		"单位组成", "组成", "具体", "包括", "为", "分别是", "：", " ", "办公室", "。", "内设", "机构", "3个事业单位", "2个内设机构"}
	rng := rand.New(rand.NewPCG(15, 81))
	var hits [3]int
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if rng.IntN(3) == 0 { // the sentence the first expression reads, parts dropped or changed at random
			parts := []string{"大冶市政务服务和大数据管理局", "部门决算", "由", "单位", "本级", "5", "个内设机构", "和", "2", "个", "下属", "事业", "单位组成"}
			b.Reset()
			for _, p := range parts {
				switch rng.IntN(8) {
				case 0: // dropped
				case 1:
					b.WriteString(pieces[rng.IntN(len(pieces))])
				default:
					b.WriteString(p)
				}
			}
			s = b.String()
		}
		offices := strings.Contains(s, "内设机构")
		if unitsMade.MatchString(s) {
			hits[0]++
			require.True(t, offices && strings.Contains(s, "单位组成"), "%q", s)
		}
		if officesList.MatchString(s) {
			hits[1]++
			require.True(t, offices, "%q", s)
		}
		if institutionsList.MatchString(s) {
			hits[2]++
			require.True(t, strings.Contains(s, "事业单位"), "%q", s)
		}
	}
	for i, n := range hits {
		require.Greater(t, n, 100, "expression %d", i)
	}
}
