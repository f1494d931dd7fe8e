package wordtext_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
)

// TestFindings feeds input the parser cannot fully read: each case gives
// the findings expected (rule, the text and line they point at) and how
// many lines or cells stay unread.
func TestFindings(t *testing.T) {
	meta := "|部门：测试局|金额单位：万元"
	income := []string{"|收入决算表", meta,
		"|项目|本年收入合计|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入",
		"|栏次|1|2|3|4|5|6|7"}
	tests := []struct {
		name   string
		spec   []string
		rules  []string // rule IDs expected, in order (parse.title left out)
		text   string   // the Where.Text of the first finding
		line   string   // the line the first finding points at (its text), "" for the text itself
		unread int
		check  func(t *testing.T, res wordtext.Result)
	}{
		{
			name:  "a cell that is not an amount",
			spec:  append(income[:4:4], "|201|一般公共服务支出|10.00|1O.00|||||"),
			rules: []string{"parse.cell"}, text: "1O.00", unread: 1,
			check: func(t *testing.T, res wordtext.Result) {
				tb := res.Document.Tables.Income
				require.Len(t, tb.Rows, 1)
				assert.True(t, tb.Rows[0].Cells[accounts.ColAppropriation].IsAbsent())
				assert.Equal(t, "201", res.Findings[0].Where.Row)
				assert.Equal(t, "财政拨款收入", res.Findings[0].Where.Column)
			},
		},
		{
			name:  "a row with too few cells",
			spec:  append(income[:4:4], "|201|一般公共服务支出|10.00", "|合计|1.00||||||"),
			rules: []string{"parse.row.width"}, text: "201 | 一般公共服务支出 | 10.00", line: "201", unread: 3,
		},
		{
			name: "a malformed code is kept for the structure rules, without a finding",
			spec: append(income[:4:4], "|20１0x|一般公共服务支出|10.00||||||"),
			check: func(t *testing.T, res wordtext.Result) {
				r := res.Document.Tables.Income.Rows[0]
				assert.Equal(t, "20１0x", r.Code)
				assert.False(t, r.Function.Valid())
				assert.Equal(t, "一般公共服务支出", r.Name)
			},
		},
		{
			name:  "a label that is no code, named row or 类",
			spec:  append(income[:4:4], "|其中：某某收入|5.00||||||"),
			rules: []string{"parse.row.key"}, text: "其中：某某收入",
			check: func(t *testing.T, res wordtext.Result) {
				assert.Equal(t, "其中：某某收入", res.Document.Tables.Income.Rows[0].Name, "kept by its name")
			},
		},
		{
			name:  "an unknown table title: its lines are not read, the next table is",
			spec:  append([]string{"|部门预算项目支出明细表", "|公开10表", meta, "|项目|金额", "|1|2"}, append(income, "|合计|1.00||||||")...),
			rules: []string{"parse.table.unknown"}, text: "部门预算项目支出明细表", unread: 8,
			check: func(t *testing.T, res wordtext.Result) {
				assert.NotNil(t, res.Document.Tables.Income)
				assert.Equal(t, 1, res.Stats.Tables)
			},
		},
		{
			name:  "a second table of a kind",
			spec:  append(append(append([]string{}, income...), "|合计|1.00||||||"), append(income, "|合计|2.00||||||")...),
			rules: []string{"parse.table.duplicate"}, text: "收入决算表", unread: 21,
			check: func(t *testing.T, res wordtext.Result) {
				assert.Equal(t, wan("1"), res.Document.Tables.Income.Rows[0].Cells[accounts.ColTotal], "the first is kept")
			},
		},
		{
			name:  "no 金额单位",
			spec:  []string{"|收入决算表", "|部门：测试局", "|栏次|1|2|3|4|5|6|7", "|合计|1.00||||||"},
			rules: []string{"parse.table.unit"}, text: "收入决算表",
			check: func(t *testing.T, res wordtext.Result) {
				assert.Len(t, res.Document.Tables.Income.Rows, 1, "万元 assumed")
			},
		},
		{
			name:  "figures on a summary row without a label",
			spec:  []string{"|收入支出决算总表", meta, "|栏次|　|1|栏次|　|2", "| |9|5.00|二、外交支出|33|　"},
			rules: []string{"parse.row.unnamed"}, text: "5.00", line: " ", unread: 1,
		},
		{
			name:  "a 行次 that is not a number",
			spec:  []string{"|收入支出决算总表", meta, "|栏次|　|1|栏次|　|2", "|八、其他收入|八|5.00|二、外交支出|33|　"},
			rules: []string{"parse.row.seq"}, text: "八", unread: 1,
		},
		{
			name:  "a line of the tables part before any table",
			spec:  append([]string{"本部分公开以下九张表。"}, append(income, "|合计|1.00||||||")...),
			rules: []string{"parse.line"}, text: "本部分公开以下九张表。", unread: 1,
		},
		{
			name:  "a line of the tables part between two tables",
			spec:  append(append(append([]string{}, income...), "|合计|1.00||||||", "", "二、其他说明", ""), "|支出决算表", meta, "|栏次|1|2|3|4|5|6", "|合计|1.00|1.00||||"),
			rules: []string{"parse.line"}, text: "二、其他说明", unread: 1,
		},
		{
			name: "figure columns of no known layout",
			spec: []string{"|国有资本经营预算财政拨款支出决算表", meta, "|项目|甲|乙|丙|丁",
				"|栏次|1|2|3|4", "|合计|1.00|2.00|3.00|4.00"},
			rules: []string{"parse.table.columns"}, text: "国有资本经营预算财政拨款支出决算表",
		},
		{
			name:  "a table cut off after its header",
			spec:  income,
			rules: []string{"parse.table.norows"}, text: "收入决算表",
		},
		{
			name: "a \"三公\" figures row of the wrong width",
			spec: []string{"|财政拨款“三公”经费支出决算表", meta, "|1|2|3|4|5|6|7|8|9|10|11|12",
				"|2.00|1.00|||||1.00"},
			rules: []string{"parse.row.width", "parse.table.norows"}, text: "2.00 | 1.00 |  |  |  |  | 1.00", line: "2.00", unread: 3,
		},
		{
			name: "机构设置 states more units than it lists",
			spec: []string{"第一部分：测试局概况", "测试局本级部门预算由单位本级2个内设机构和3个下属事业单位组成。",
				"3个下属事业单位具体包括：甲中心、乙中心。"},
			rules: []string{"parse.units"}, text: "3个下属事业单位具体包括：甲中心、乙中心。",
			check: func(t *testing.T, res wordtext.Result) {
				assert.Len(t, res.Document.Units, 3)
			},
		},
		{
			name:  "名词解释 lines it cannot read",
			spec:  []string{"第五部分：名词解释", "这一段没有冒号", "1.一般公共服务支出(类)无此款（款）无此项（项）：反映…。"},
			rules: []string{"parse.glossary", "parse.explained"}, text: "这一段没有冒号", unread: 1,
			check: func(t *testing.T, res wordtext.Result) {
				require.Len(t, res.Document.Explained, 1)
				assert.False(t, res.Document.Explained[0].Function.Valid())
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ls := report(tc.spec...)
			res := wordtext.Parse(ls)
			requireKnownRules(t, res.Findings)
			fs := tableFindings(res.Findings)
			assert.Equal(t, tc.rules, rules(fs))
			if len(tc.rules) > 0 && len(fs) > 0 {
				assert.Equal(t, tc.text, fs[0].Where.Text)
				line := tc.line
				if line == "" {
					line = tc.text
				}
				assert.Equal(t, lineOf(t, ls, line), fs[0].Where.Line)
			}
			assert.Equal(t, tc.unread, res.Stats.Unread)
			if tc.check != nil {
				tc.check(t, res)
			}
		})
	}
}

// TestTitle reads the title, department and year from a title line or a
// part heading, and reports a report that has none.
func TestTitle(t *testing.T) {
	tests := []struct {
		name             string
		spec             []string
		title, dept      string
		year             int
		wantTitleFinding bool
	}{
		{"title line", []string{"测试局2023年度部门决算", "", "第一部分：测试局概况"}, "测试局2023年度部门决算", "测试局", 2023, false},
		{"part heading", []string{"第二部分：测试局2024年度部门决算报表"}, "测试局2024年度部门决算", "测试局", 2024, false},
		{"none", []string{"一些文字"}, "", "", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := wordtext.Parse(build(tc.spec...))
			assert.Equal(t, tc.title, res.Document.Title)
			assert.Equal(t, tc.dept, res.Document.Department)
			assert.Equal(t, tc.year, res.Document.Year)
			assert.Equal(t, tc.wantTitleFinding, len(res.Findings) == 1 && res.Findings[0].Rule == "parse.title")
		})
	}
}
