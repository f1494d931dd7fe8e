package disclosure_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
)

// TestSelectedProjectForms: the forms' 执行数 add up to 项目支出 only where
// the report says every project was evaluated (Daye: "全面开展绩效自评，共涉
// 及项目33个"). With three of Daye's forms (16.06 + 5.85 + 13.10 = 35.01 万元
// against 项目支出 5295.70) and that claim, an error; said of selected
// projects ("选取3个重点项目开展绩效自评"), or of three projects, or not said
// at all, none; selected forms above 项目支出, an error.
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
	three := func(sentence string) *disclosure.Document {
		d := daye2024.Document()
		d.Performance.Projects = d.Performance.Projects[:3]
		var kept []disclosure.Statement
		for _, s := range d.Narrative {
			if !strings.Contains(s.Text, "全面开展绩效自评") {
				kept = append(kept, s)
			}
		}
		d.Narrative = kept
		if sentence != "" {
			d.Narrative = append(d.Narrative, disclosure.Statement{Line: 1, Section: "十三、预算绩效情况说明",
				Text: sentence, Subject: "评价项目资金", Figure: "35.01万元", Kind: disclosure.KindAmount})
		}
		return d
	}
	assert.Len(t, projectTotal(three("本单位组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目33个。")), 1)
	assert.Empty(t, projectTotal(three("本单位选取3个重点项目开展绩效自评，涉及资金35.01万元。")))
	assert.Empty(t, projectTotal(three("本单位对3个项目开展绩效自评，涉及资金35.01万元。")))
	assert.Empty(t, projectTotal(three("")))
	// Selected forms above 项目支出: an error.
	d := three("本单位选取3个重点项目开展绩效自评，涉及资金35.01万元。")
	d.Performance.Projects[0].Spent.Amount, _ = fiscal.ParseAmount("6000", fiscal.WanYuan)
	fs := projectTotal(d)
	if assert.Len(t, fs, 1) {
		assert.True(t, strings.Contains(fs[0].Message, "3 project forms"), fs[0].Message)
	}
}
