package forms

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
)

// field is what a label cell names.
type field uint8

// The labels of the forms.
const (
	fNone            field = iota
	fUnit                  // 单位名称（盖章）
	fFiled                 // 填报日期
	fMoneyUnit             // 单位：万元
	fProject               // 项目名称
	fDepartment            // 主管部门
	fImplementer           // 项目实施单位
	fCategory              // 项目类别
	fAttribute             // 项目属性
	fType                  // 项目类型
	fBudget                // 预算执行情况（万元）, the header of the budget block
	fGoal                  // 年度目标, 年度总体目标
	fBasic                 // 基本支出总额
	fProjectSpending       // 项目支出总额
	fDeviation             // 偏差大或未完成原因分析
	fImprovement           // 改进建议、措施及结果应用方案
	fTotal                 // 总分
	fNote                  // 备注
	fGroup                 // 年度绩效目标, 年度绩效指标: the merged label of the indicator block
	fConclusion            // 评价结论 (Sichuan)
	fProblems              // 存在问题 (Sichuan)
	fSigned                // 项目负责人, 财务负责人, 填表人, 联系电话: read, not kept
	fSituation             // 项目基本情况 (Sichuan): the goal and the work done
	fName                  // 部门（单位）名称, 部门名称: the department form's department
)

// names are the fields' names in findings.
var names = [...]string{
	fNone: "", fUnit: "单位名称", fFiled: "填报日期", fMoneyUnit: "单位", fProject: "项目名称",
	fDepartment: "主管部门", fImplementer: "项目实施单位", fCategory: "项目类别", fAttribute: "项目属性",
	fType: "项目类型", fBudget: "预算执行情况", fGoal: "年度目标", fBasic: "基本支出总额",
	fProjectSpending: "项目支出总额", fDeviation: "偏差原因分析", fImprovement: "改进措施",
	fTotal: "总分", fNote: "备注", fGroup: "年度绩效指标",
	fConclusion: "评价结论", fProblems: "存在问题", fSigned: "负责人", fSituation: "项目基本情况",
	fName: "部门名称",
}

// String returns the field's name as findings print it.
func (f field) String() string {
	if int(f) < len(names) {
		return names[f]
	}
	return ""
}

// exact are the labels that are a whole cell, or a cell followed by a
// colon and the value.
var exact = []struct {
	label string
	f     field
}{
	{"项目名称", fProject},
	{"部门(单位)名称", fName},
	{"部门名称", fName},
	{"主管部门", fDepartment},
	{"项目实施单位", fImplementer},
	{"实施单位", fImplementer},
	{"项目类别", fCategory},
	{"项目属性", fAttribute},
	{"项目类型", fType},
	{"基本支出总额", fBasic},
	{"项目支出总额", fProjectSpending},
	{"年度总体目标", fGoal},
	{"年度目标", fGoal},
	{"总体目标", fGoal},
	{"自评总分", fTotal},
	{"总得分", fTotal},
	{"总分", fTotal},
	{"合计", fTotal},
	{"评价结论", fConclusion},
	{"存在问题", fProblems},
	{"项目负责人", fSigned},
	{"财务负责人", fSigned},
	{"填表人", fSigned},
	{"联系电话", fSigned},
	{"项目基本情况", fSituation},
	{"年度绩效目标", fGroup},
	{"年度绩效指标", fGroup},
	{"绩效指标", fGroup},
}

// unitNames are the labels of the unit that fills the form in: the Hubei
// 单位名称（盖章）, the Guizhou "单位（盖章）：…".
var unitNames = []string{"单位名称", "单位(盖章)", "单位(公章)", "部门(盖章)"}

// budgetLabels are the labels of the budget block, each alone in its cell
// or followed by what is in brackets ("（万元）", "（10分）"): the project
// forms' 预算执行情况 and 项目资金, the 部门整体 forms' 年度预算执行情况,
// 年度预算申请, 部门（单位）总体资金 and 年度预算资金. A row label such as
// 年度资金总额 is none.
var budgetLabels = []string{"预算执行情况", "项目资金", "年度预算执行情况", "部门整体支出年度预算执行情况", "部门预算执行情况",
	"年度预算申请", "年度预算资金", "年度资金", "部门(单位)总体资金", "部门总体资金", "单位总体资金", "总体资金"}

// isLabelPiece reports whether s is a piece of one of the budget block's
// labels with its unit ("年度预算执", "行情况（万", "元）", "（万元）"), at
// least two characters, and no label of a row (年度资金总额, 其中：…).
func isLabelPiece(s string) bool {
	n := norm(s)
	if utf8.RuneCountInString(n) < 2 || partOf(n) != partNone || strings.Contains(n, "总额") {
		return false
	}
	for _, l := range budgetLabels {
		if strings.Contains(l+"(万元)", n) {
			return true
		}
	}
	return false
}

// maxLabel is the longest a phrase label (偏差…, 改进…) can be, in runes;
// a longer cell is a value.
const maxLabel = 24

// label reads a cell as a label: the field it names and the text after the
// label in the same cell, trimmed ("" when the cell is the label alone).
// A cell that is no label gives fNone.
func label(s string) (field, string) {
	if !mayBeLabel(s) {
		return fNone, "" // most cells: values, not labels
	}
	return labelOf(s)
}

// mayBeLabel reports whether s begins (after blanks) with the first
// character of a label that label knows (forms_internal_test.go checks the
// list against labelOf).
func mayBeLabel(s string) bool {
	for _, r := range s {
		if isSpace(r) {
			continue
		}
		switch r {
		case '单', '填', '金', '预', '项', '备', '偏', '改', '主', '实', '基', '年', '总', '自', '绩', '合', '评', '存', '财', '联', '部', '(', '（':
			return true
		}
		return false
	}
	return false
}

// labelOf is label without the first-character test.
func labelOf(s string) (field, string) {
	if s == "" {
		return fNone, ""
	}
	for _, l := range unitNames {
		if rest, ok := cutLabel(s, l); ok {
			for _, p := range []string{"(盖章)", "(公章)"} {
				if r, ok := cutLabel(rest, p); ok {
					rest = r
					break
				}
			}
			return fUnit, cutColon(rest)
		}
	}
	if rest, ok := cutLabel(s, "填报日期"); ok {
		return fFiled, cutColon(rest)
	}
	for _, p := range []string{"金额单位", "单位"} {
		if rest, ok := cutLabel(s, p); ok {
			if r, ok := cutLabel(rest, ":"); ok {
				if _, err := fiscal.ParseUnit(r); err == nil {
					return fMoneyUnit, trimCell(r)
				}
			}
		}
	}
	for _, p := range budgetLabels {
		if rest, ok := cutLabel(s, p); ok {
			if r := norm(rest); r == "" || strings.HasPrefix(r, "(") {
				return fBudget, trimCell(rest)
			}
		}
	}
	n := norm(s)
	if u, ok := unitLabel(n); ok {
		return fMoneyUnit, u
	}
	if strings.HasPrefix(n, "备注") {
		return fNote, ""
	}
	if utf8.RuneCountInString(n) <= maxLabel {
		switch {
		case strings.HasPrefix(n, "偏差") && (strings.Contains(n, "原因") || strings.HasSuffix(n, "分析")):
			return fDeviation, ""
		case strings.HasPrefix(n, "改进") && (strings.HasSuffix(n, "方案") || strings.HasSuffix(n, "措施")):
			return fImprovement, ""
		}
	}
	for _, e := range exact {
		rest, ok := cutLabel(s, e.label)
		if !ok {
			continue
		}
		rest = cutAside(rest)
		if trimCell(rest) == "" {
			return e.f, ""
		}
		if r, ok := cutLabel(rest, ":"); ok {
			return e.f, trimCell(r)
		}
	}
	return fNone, ""
}

// cutAside removes what a label may carry in brackets before its value:
// (盖章), (公章), and the points of a block, "(90分)".
func cutAside(rest string) string {
	n := norm(rest)
	if !strings.HasPrefix(n, "(") {
		return rest
	}
	end := strings.IndexByte(n, ')')
	if end < 0 {
		return rest
	}
	in := n[1:end]
	if in != "盖章" && in != "公章" && !isPoints(in) {
		return rest
	}
	// Cut the same number of runes from the printed text, blanks skipped.
	r, _ := cutLabel(rest, n[:end+1])
	return r
}

// isPoints reports whether s is a number of points: "90分", "10 分".
func isPoints(s string) bool {
	d, ok := strings.CutSuffix(s, "分")
	if !ok || d == "" {
		return false
	}
	for _, r := range d {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}

// maxUnitLabel is the longest a cell naming the unit of money alone can be
// ("年度预算数（万元）", "（万元）"), in runes.
const maxUnitLabel = 12

// unitOnly are the words a cell naming the unit alone may print before
// it: none (the national "（万元）" under 项目资金), or the Sichuan
// "年度预算数". A row label with figures beside it ("年度资金总额") is not
// one.
var unitOnly = []string{"", "年度预算数"}

// unitLabel reads a short cell that names the unit of money in brackets
// and holds no figure: "（万元）" under 项目资金, the Sichuan "年度预算数（万元）".
// n is the cell in [norm] form. It gives the unit's text.
func unitLabel(n string) (string, bool) {
	if !strings.HasSuffix(n, ")") || utf8.RuneCountInString(n) > maxUnitLabel || strings.ContainsAny(n, "0123456789") {
		return "", false
	}
	open := strings.LastIndexByte(n, '(')
	if open < 0 || !slices.Contains(unitOnly, n[:open]) {
		return "", false
	}
	u := n[open+1 : len(n)-1]
	if _, err := fiscal.ParseUnit(u); err != nil {
		return "", false
	}
	return u, true
}

// cutColon removes a colon (either width) at the start of s, and the
// blanks around what is left.
func cutColon(s string) string {
	if r, ok := cutLabel(s, ":"); ok {
		return trimCell(r)
	}
	return trimCell(s)
}

// foldRune folds full-width brackets and colons to ASCII.
func foldRune(r rune) rune {
	switch r {
	case '（':
		return '('
	case '）':
		return ')'
	case '：':
		return ':'
	}
	return r
}

// norm removes the blanks of s, line breaks included, and folds full-width
// brackets and colons: the form labels are compared in it.
func norm(s string) string {
	if !mayNorm(s) && utf8.ValidString(s) { // (strings.Map replaces invalid bytes)
		return s
	}
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return foldRune(r)
	}, s)
}

// mayNorm reports whether norm may change s: whether s holds an ASCII
// blank or control byte, or the lead byte of U+00A0 (C2), U+3000 (E3), or
// U+FEFF and the full-width brackets and colon (EF). Cells of Chinese text
// hold none.
func mayNorm(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c == 0x7F || c == 0xC2 || c == 0xE3 || c == 0xEF {
			return true
		}
	}
	return false
}

// cutLabel reports whether s begins with label (in [norm] form), blanks
// in s ignored, and returns the rest of s after it as printed.
func cutLabel(s, label string) (string, bool) {
	i := 0
	for _, want := range label {
		for i < len(s) {
			r, w := utf8.DecodeRuneInString(s[i:])
			if !isSpace(r) {
				break
			}
			i += w
		}
		if i >= len(s) {
			return "", false
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if foldRune(r) != want {
			return "", false
		}
		i += w
	}
	return s[i:], true
}

// unitIn reads the unit named in brackets in s: "（万元）" gives 万元.
func unitIn(s string) (fiscal.Unit, bool) {
	n := norm(s)
	for {
		open := strings.IndexByte(n, '(')
		if open < 0 {
			return 0, false
		}
		n = n[open+1:]
		end := strings.IndexByte(n, ')')
		if end < 0 {
			return 0, false
		}
		if u, err := fiscal.ParseUnit(n[:end]); err == nil {
			return u, true
		}
		n = n[end+1:]
	}
}

// isGoalHeader reports whether a cell is a sub-header of the 年度总体目标
// block: 预期目标 or 实际完成情况.
func isGoalHeader(s string) bool {
	switch norm(s) {
	case "预期目标", "实际完成情况", "实际完成":
		return true
	}
	return false
}

// column is what an indicator or budget column holds.
type column uint8

// The columns.
const (
	cOther   column = iota // a column the forms do not model
	cGroup                 // the merged 年度绩效指标 label column, or a blank header
	cLevel1                // 一级指标
	cLevel2                // 二级指标
	cName                  // 三级指标
	cClass                 // 指标分类
	cTarget                // 年初目标值（A）
	cActual                // 实际完成值（B）
	cPoints                // 分值
	cScore                 // 得分
	cNature                // 指标性质 (Sichuan: =, ≥, ≤, 定性): joined to the target
	cMeasure               // 度量单位 (Sichuan): joined to the target
	cReason                // 未完成原因分析, 偏差原因分析及改进措施: a row's own reason
)

// header is an indicator block's header: its columns, in order.
type header struct {
	cols           []column
	target, actual int // the index of 年初目标值 and 实际完成值, -1 when absent
}

// readHeader reads b as the header of the indicator block: a row that
// names 一级指标 and 二级指标 or 三级指标. Its cells' labels must be read.
func readHeader(b *block) (header, bool) {
	h := header{target: -1, actual: -1}
	var (
		seen [cReason + 1]bool
		buf  [16]column
	)
	cols := buf[:0] // on the stack: kept only for a header
	for i, c := range b.cells {
		col := cOther
		n, maybe := "", true
		switch first := firstNonBlank(c.text); {
		case first < 0:
			// blank: norm gives ""
		case strings.ContainsRune(headerInitials, first):
			n = norm(c.text)
		default:
			maybe = false // no header word begins so: the default case
		}
		switch {
		case !maybe:
			if c.f == fGroup && i == 0 {
				col = cGroup
			}
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
		case n == "指标性质", n == "指标方向":
			col = cNature
		case n == "度量单位", n == "计量单位":
			col = cMeasure
		case strings.HasPrefix(n, "未完成原因"), strings.HasPrefix(n, "偏差原因"), n == "原因", n == "原因分析":
			col = cReason
		case strings.HasPrefix(n, "年初目标值"), strings.HasPrefix(n, "目标值"), strings.HasPrefix(n, "年度指标值"),
			strings.HasPrefix(n, "指标值"), strings.HasPrefix(n, "年度目标值"):
			col = cTarget
			if h.target < 0 {
				h.target = i
			}
		case strings.HasPrefix(n, "实际完成值"), strings.HasPrefix(n, "全年实际值"), strings.HasPrefix(n, "实际值"),
			strings.HasPrefix(n, "实际完成情况"), strings.HasPrefix(n, "完成值"):
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
		cols = append(cols, col)
	}
	isHdr := seen[cLevel1] && (seen[cLevel2] || seen[cName])
	if isHdr {
		h.cols = slices.Clone(cols)
	}
	return h, isHdr
}

// headerInitials are the first characters of the header words readHeader
// knows (一级指标, 年初目标值, 实际完成值, 分值, 得分, …); firstNonBlank tells
// a cell that begins otherwise from them without normalising it
// (blocks_internal_test.go checks the list).
const headerInitials = "一二三指年目实全分权得完度计未偏原"

// firstNonBlank returns the first rune of s that is no blank (isSpace), or
// −1 when there is none. Invalid UTF-8 gives utf8.RuneError, which is no
// header initial: norm would replace it, and no header word has it.
func firstNonBlank(s string) rune {
	for _, r := range s {
		if !isSpace(r) {
			return r
		}
	}
	return -1
}
