package forms

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/stretchr/testify/require"
)

// splitBlocksAppended is splitBlocks as it was written before the slabs:
// each block, cell and cell's lines appended as they come.
func splitBlocksAppended(lines []text.Line) []*block {
	var (
		out   []*block
		cur   *block
		parts [][]string
	)
	flush := func() {
		if cur == nil {
			return
		}
		for i := range cur.cells {
			c := &cur.cells[i]
			c.text = trimCell(strings.Join(parts[i], "\n"))
			c.f, c.rest = label(c.text)
		}
		cur.hdr, cur.isHdr = readHeader(cur)
		out = append(out, cur)
		cur, parts = nil, nil
	}
	for _, l := range lines {
		if isBlank(l) {
			flush()
			continue
		}
		if cur == nil {
			cur = &block{}
		}
		switch {
		case text.IsCell(l):
			cur.cells = append(cur.cells, cell{line: l.N})
			parts = append(parts, []string{l.Text[1:]})
		case len(cur.cells) > 0:
			parts[len(parts)-1] = append(parts[len(parts)-1], l.Text)
		default:
			cur.free = append(cur.free, l)
		}
	}
	flush()
	return out
}

// TestSplitBlocksSlabs checks splitBlocks against the appending version on
// random exports: blank lines, cells of one or several lines, labels,
// paragraph lines before the cells.
func TestSplitBlocksSlabs(t *testing.T) {
	pieces := []string{"", " ", "\u3000", "\t", "\t ", "\t项目名称", "\t年初目标值", "\t实际完成值", "\t≥95%", "\t100%", "\t 分值 ",
		"续行", " 续行 ", "一级指标", "\t二级指标", "\t三级指标", "\t偏差原因分析", "段落"}
	rng := rand.New(rand.NewPCG(15, 10))
	for range 5_000 {
		lines := make([]text.Line, rng.IntN(40))
		for i := range lines {
			lines[i] = text.Line{N: i + 1, Text: pieces[rng.IntN(len(pieces))]}
		}
		want, got := splitBlocksAppended(lines), splitBlocks(lines)
		require.Equal(t, len(want), len(got))
		for i := range want {
			w, g := *want[i], *got[i]
			if len(w.cells) == 0 {
				w.cells = nil
			}
			if len(g.cells) == 0 {
				g.cells = nil
			}
			require.Equal(t, w, g, "block %d of %q", i, lines)
		}
	}
}

// readHeaderNormalising is readHeader as it was written before the first
// character test: every cell normalised, the columns kept for every row.
func readHeaderNormalising(b *block) (header, bool) {
	h := header{target: -1, actual: -1}
	var seen [cScore + 1]bool
	for i, c := range b.cells {
		n := norm(c.text)
		col := cOther
		switch {
		case n == "":
			col = cGroup
		case n == "一级指标":
			col = cLevel1
		case n == "二级指标":
			col = cLevel2
		case n == "三级指标":
			col = cName
		case n == "指标分类":
			col = cClass
		case strings.HasPrefix(n, "年初目标值"), strings.HasPrefix(n, "目标值"), strings.HasPrefix(n, "年度指标值"),
			strings.HasPrefix(n, "指标值"), strings.HasPrefix(n, "年度目标值"):
			col = cTarget
			if h.target < 0 {
				h.target = i
			}
		case strings.HasPrefix(n, "实际完成值"), strings.HasPrefix(n, "全年实际值"), strings.HasPrefix(n, "实际值"),
			strings.HasPrefix(n, "实际完成情况"):
			col = cActual
			if h.actual < 0 {
				h.actual = i
			}
		case n == "分值", n == "权重", strings.HasPrefix(n, "分值("):
			col = cPoints
		case n == "得分", strings.HasPrefix(n, "得分("):
			col = cScore
		default:
			if c.f == fGroup && i == 0 {
				col = cGroup
			}
		}
		seen[col] = true
		h.cols = append(h.cols, col)
	}
	return h, seen[cLevel1] && (seen[cLevel2] || seen[cName])
}

// TestReadHeaderInitials checks readHeader against the version that
// normalises every cell, on random rows of header words (spaced, with
// full-width brackets), values, blanks and broken UTF-8, and that every
// header word begins with one of headerInitials.
func TestReadHeaderInitials(t *testing.T) {
	for _, w := range []string{"一级指标", "二级指标", "三级指标", "指标分类", "年初目标值", "目标值", "年度指标值", "指标值", "年度目标值",
		"实际完成值", "全年实际值", "实际值", "实际完成情况", "分值", "权重", "得分"} {
		r, _ := utf8.DecodeRuneInString(w)
		require.True(t, strings.ContainsRune(headerInitials, r), w)
	}
	cells := []string{"", " ", "\u3000", "一级指标", "一 级指标", "二级指标", "三级\n指标", "指标分类", "年初目标值（A）", "目标值", "年度指标值",
		"实际完成值（B）", "全年实际值", "实际完成情况", "分值", "分值（10）", "权重", "得分", "得分(5)", "年度绩效指标", "≥95%", "100",
		"项目名称", "\xff", " 指标值", "（一级指标）"}
	rng := rand.New(rand.NewPCG(15, 24))
	headers := 0
	for range 50_000 {
		b := &block{}
		for range rng.IntN(9) {
			text := cells[rng.IntN(len(cells))]
			f, rest := label(text)
			b.cells = append(b.cells, cell{text: text, f: f, rest: rest})
		}
		wh, wok := readHeaderNormalising(b)
		gh, gok := readHeader(b)
		require.Equal(t, wok, gok, "%q", b.cells)
		if wok {
			headers++
			require.Equal(t, wh, gh, "%q", b.cells)
		} else {
			require.Equal(t, wh.target, gh.target)
			require.Equal(t, wh.actual, gh.actual)
		}
	}
	require.Greater(t, headers, 1_000)
}

// TestTrimCellBytes compares trimCell, which returns a cell without a
// blank at either end as it is, with strings.TrimFunc on random cells of
// blanks, ideographs, cut bytes and invalid UTF-8.
func TestTrimCellBytes(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\r", "\v", "\f", "\u3000", "\u00a0", "\ufeff", "指标", "1", "\xe3", "\xe3\x80", "\xc2", "\xa0", "\x80",
		"\xef\xbb", "\xbf", "\xff", "（", "）"}
	rng := rand.New(rand.NewPCG(15, 79))
	trimmed := 0
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := strings.TrimFunc(s, isSpace)
		if want != s {
			trimmed++
		}
		require.Equal(t, want, trimCell(s), "%q", s)
	}
	require.Greater(t, trimmed, 50_000)
}
