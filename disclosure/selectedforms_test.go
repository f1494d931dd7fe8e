package disclosure_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
)

// TestSelectedProjectForms: a report that publishes the self-evaluation
// forms of its key projects only says so ("选取3个重点项目开展绩效自评"):
// their 执行数 (Daye's first three, 16.06 + 5.85 + 13.10 = 35.01 万元) are
// a part of 项目支出 (5295.70), not all of it. Without that sentence the
// same three forms against 项目支出 are an error, and so is a sum of
// selected forms above 项目支出.
func TestSelectedProjectForms(t *testing.T) {
	projectTotal := func(d *disclosure.Document) []fiscal.Finding {
		var out []fiscal.Finding
		for _, f := range d.Check(disclosure.CheckOptions{}) {
			if f.Rule == "perf.project.total" && f.Severity == fiscal.SeverityError {
				out = append(out, f)
			}
		}
		return out
	}
	three := func(selected bool) *disclosure.Document {
		d := daye2024.Document()
		d.Performance.Projects = d.Performance.Projects[:3]
		if selected {
			d.Narrative = append(d.Narrative, disclosure.Statement{Line: 1, Section: "十三、预算绩效情况说明",
				Text: "本单位选取3个重点项目开展绩效自评，涉及资金35.01万元。", Subject: "评价项目资金", Figure: "35.01万元", Kind: disclosure.KindAmount})
		}
		return d
	}
	assert.Empty(t, projectTotal(three(true)))
	assert.Len(t, projectTotal(three(false)), 1)
	// "全面开展" is all of them, whatever else the sentence says.
	d := three(false)
	d.Narrative = append(d.Narrative, disclosure.Statement{Line: 1, Text: "全面开展重点项目绩效自评。", Kind: disclosure.KindAmount})
	assert.Len(t, projectTotal(d), 1)
	// Selected forms above 项目支出: an error.
	d = three(true)
	d.Performance.Projects[0].Spent.Amount, _ = fiscal.ParseAmount("6000", fiscal.WanYuan)
	fs := projectTotal(d)
	if assert.Len(t, fs, 1) {
		assert.True(t, strings.Contains(fs[0].Message, "3 project forms"), fs[0].Message)
	}
}
