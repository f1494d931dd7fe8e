package wordtext_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// FuzzParse feeds arbitrary bytes through text.Split and Parse: nothing
// may panic, every finding names a rule of Rules and a line of the input,
// and the counts agree with the document.
func FuzzParse(f *testing.F) {
	seeds := [][]string{
		{"|收入支出决算总表", "|公开01表", "|部门：测试局| |金额单位：万元", "|栏次|　|1|栏次|　|2",
			"|一、一般公共预算财政拨款收入|1|100.00|一、一般公共服务支出|32|90.00", "|注：本表。"},
		{"|收入决算表", "|部门：测试局|金额单位：万元", "|项目|本年收入合计|财政拨款收入|上级补助收入|事业收入|经营", "收入",
			"|附属单位上缴收入|其他收入", "|栏次|1|2|3|4|5|6|7", "|201|一般公共服务支出|10.00|1O.00|||||"},
		{"|一般公共预算财政拨款基本支出决算明细表", "|部门：测试局          金额单位：万元",
			"|301|工资福利支出|5.00|302|商品和服务支出|1.00|310|资本性支出|", "|人员经费合计|5.00|公用经费合计|1.00"},
		{"|国有资本经营预算财政拨款支出决算表", "|项目|本年支出", "|功能分类科目编码|科目名称|合计|基本支出|项目支出",
			"|栏次|1|2|3", "|合计|　|　|　", "本单位无此项内容，故本表无数据。"},
		{"|财政拨款“三公”经费支出决算表", "|1|2|3|4|5|6|7|8|9|10|11|12", "|1.71|||||1.71|1.71|||||1.71"},
		{"第一部分：测试局概况", "测试局本级部门预算由单位本级2个内设机构和3个下属事业单位组成。", "3个下属事业单位具体包括：甲中心、乙中心。"},
		{"第五部分：名词解释", "一、事业收入：指…", "1.一般公共服务支出(类)商贸事务（款）招商引资（项）：反映…。"},
	}
	for _, s := range seeds {
		var b strings.Builder
		for _, l := range report(s...) {
			b.WriteString(l.Text + "\n")
		}
		f.Add([]byte(b.String()))
	}
	f.Add([]byte(strings.Join(narrative(
		"全年支出涉及出国（境）团组0个，累计0人次。", "2024年度机关运行经费支出为124.6万元（与部门决算中行政单位和参照公务员法管理事业单位财政拨款基本支出中公用经费之和一致）。",
		"2024年度政府采购支出总额为3846.29万元，其中政府采购货物支出30.31万元。授予中小企业合同金额0万元，占政府采购支出总额的0%，其中：授予小微企业合同金额0万元，占政府采购支出总额的0%，占授予中小企业合同金额的0%。",
		"截至2024年12月31日，共有车辆0辆，其中，其他用车0辆。单位价值100万元（含）以上的专用设备0台（套）。"), "\n")))
	// Excerpts of the Daye report, when the corpus is present.
	dir := corpustest.Dir()
	if data, err := os.ReadFile(filepath.Join(dir, dayeFile)); err == nil {
		ls := strings.Split(string(data), "\n")
		// Small windows keep the fuzzer fast (it minimises what it finds).
		for _, r := range [][2]int{{20, 30}, {31, 75}, {654, 720}, {960, 1025}, {1104, 1160}, {1528, 1583}, {1582, 1652}, {1720, 1748}, {2100, 2146}} {
			if r[1] <= len(ls) {
				f.Add([]byte(strings.Join(ls[r[0]:r[1]], "\n")))
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ls := text.Split(data)
		res := wordtext.Parse(ls)
		if res.Document == nil {
			t.Fatal("nil document")
		}
		known := map[string]bool{}
		for _, r := range wordtext.Rules() {
			known[r.ID] = true
		}
		for _, fd := range res.Findings {
			if !known[fd.Rule] {
				t.Fatalf("unknown rule %s", fd)
			}
			if fd.Where.Line < 0 || fd.Where.Line > len(ls) {
				t.Fatalf("finding outside the input (%d lines): %s", len(ls), fd)
			}
		}
		st := res.Stats
		if st.Tables < 0 || st.Rows < 0 || st.Cells < 0 || st.Unread < 0 || st.Tables > 9 {
			t.Fatalf("stats %+v", st)
		}
		rows := 0
		if ts := res.Document.Tables; ts != nil {
			for _, tb := range ts.All() {
				rows += len(tb.Rows)
				for _, r := range tb.Rows {
					if r.Line < 1 || r.Line > len(ls) {
						t.Fatalf("row %s at line %d of %d", r.Key(), r.Line, len(ls))
					}
				}
			}
		}
		if st.Rows < rows || st.Rows > rows+1 {
			t.Fatalf("stats count %d rows, the tables have %d", st.Rows, rows)
		}
		if len(res.Narrative)+len(res.Forms) > len(ls) {
			t.Fatalf("more narrative and form lines than input lines")
		}
	})
}
