package forms

import (
	"math/rand/v2"
	"strings"
	"testing"

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
