// Package forms reads the performance self-evaluation forms of a final-
// accounts report, the 部门整体绩效自评表 and the 项目支出绩效自评表, from a
// word processor's text export ([Parse]) or from page text ([ParsePage]),
// into [perf.DepartmentForm] and [perf.ProjectForm] values.
//
// # The export
//
// The export prints one table cell per line, the line beginning with a tab.
// A blank line (empty, or spaces and full-width spaces only) ends a table
// row. A line without a leading tab that follows a cell continues that cell
// (the cell was broken over lines, as in "一级\n指标"): it is joined to it
// with "\n". A line without a tab that starts a row is a paragraph: the
// headings above the tables ("二、2024年…项目绩效自评表") and any other text.
// Each cell is kept as printed with the blanks around it removed (spaces,
// tabs, full-width spaces, no-break spaces and line breaks at either end);
// spacing and line breaks inside it stay.
//
// # Forms
//
// A table is a run of rows between paragraphs. A table is a form when it
// prints the labels of one and shows that it is a self-evaluation: a
// project form prints 项目名称, a department form 基本支出总额 or 项目支出总额,
// and either prints actuals (实际完成值, 执行数) or is called a 自评表 by its
// heading or title. A table announced as a 自评表 that is neither is
// reported ([RuleUnknown]). A row holding a single title naming a 自评表
// starts a new form even where no paragraph separates two tables, and a
// table cut by a stray paragraph before its 改进 row continues the form
// above it, the paragraph being reported ([RuleText]).
//
// A form's heading is the last paragraph line before its table, when it is
// short and names a table (contains 表); its title is the table's first row
// when that row holds a single cell that is no label. The form's Line is the
// heading's line, or the title's when there is no heading.
//
// # Fields
//
// Fields are found by their labels, not by their place: a label cell
// (项目名称, 主管部门, 项目实施单位, 基本支出总额, 偏差…原因分析, 改进…方案, …)
// takes the next non-empty cell of its row as its value, or the text after
// the label in the same cell ("单位名称（盖章）：…", "填报日期：…", "年度目标：…").
// Labels are compared without blanks and with full-width brackets and
// colons folded, so "一级\n指标" is 一级指标. The tick-box rows (项目类别,
// 项目属性, 项目类型) take every non-empty cell after the label, as printed
// with their ■, □ and √.
//
// The 预算执行情况 block and the indicator block are read by their header
// rows: the header names the columns (预算数, 执行数, 执行率; 一级指标, 二级指标,
// 三级指标, 指标分类, 年初目标值, 实际完成值, 分值, 得分), and each row below
// is read cell by cell against it. An indicator row one cell short of the
// header, where 年初目标值 and 实际完成值 are side by side, prints a single
// cell across both ([perf.Row].Merged). The unit of money comes from the
// 预算执行情况（万元） header or a "单位：万元" cell.
//
// # Page text
//
// [ParsePage] reads the same forms from page text (pdftotext -layout or
// default, pdfplumber-style text with the cells one space apart and the
// empty ones dropped, CRLF): each line is a row, its cells split at runs of
// two blanks or more, else at every blank; a header's words are one cell
// each. As page text prints no blank cell, the rows under an indicator
// header and under the 预算执行情况 header are put back in their header's
// columns by what they hold (pagerows.go): figures at the end are 分值
// and 得分, a 指标性质 (=, ≥, ≤, 定性) starts the 指标值 and 度量单位, level
// names (产出指标, "效益指标（30分）", a 二级 ending in 指标) come first;
// a budget row's label comes before its figures, which fill the figure
// columns from the left. A line holding a piece of a wrapped name joins
// its row, a 一级 printed on a middle row of its merged cell moves up to
// its group, the year under a title joins the title, and a budget label
// printed on a line of its own joins its column names.
//
// # Layouts
//
// The layouts are header data, not parsers: the Hubei export (预算数,
// 执行数, 执行率; 年初目标值, 实际完成值), the national template of
// 财预〔2021〕101号 (项目资金 年初预算数 全年预算数 全年执行数 分值 执行率
// 得分; 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施; 总分) and
// the Sichuan 部门预算项目支出绩效自评表 (年初预算 调整后预算数 预算执行数
// 预算执行率 权重 得分 原因; 指标性质 指标值 度量单位 完成值 权重 得分
// 未完成原因分析; 合计). The budget 执行率 is against 全年预算数 or
// 调整后预算数, never 年初 (the 年初预算数 is kept beside it, Initial); a
// 指标性质, 指标值 and 度量单位 make one target ("≥5个") and a bare 完成值
// takes the 度量单位; the rows under 年度资金总额 (其中：本年财政拨款,
// 上年结转资金, 财政资金, 单位资金, 其他 …) are its [perf.Source]s. A form
// whose rows carry their own reason column is not asked for a 偏差 row
// (nor an 改进 row when the column names 改进).
//
// The 部门整体 forms print the same block under other labels
// (年度预算执行情况（万元）, 年度预算申请, 部门（单位）总体资金 with a
// 得分计算方法 column in Guizhou), with the total split by source of funds
// and by kind of spending (按支出性质分：基本支出, 项目支出: Uses, whose
// 全年执行数 are the 基本支出总额 and 项目支出总额 where the Hubei labels are
// not printed and the uses add up). Page text prints the block's merged
// label beside its column names, in pieces down its rows, or not at all:
// a line of column names alone is the block's header. A note or column
// saying how the budget row is scored ("执行率*该指标分值") is kept as
// ScoreMethod.
//
// # Nothing dropped
//
// [Parse] never panics. Every non-empty cell of a form is either read into a
// field, recognised (labels, headers, the 备注 note) or reported as a
// [fiscal.Finding] with its line and text ([RuleUnread]); rows that do not
// line up with their header, figures that are not money, fields printed
// twice and parts a form lacks (a truncated form) are findings too. [Stats]
// counts what was read and what was not. [Rules] lists the rules; every ID
// begins with "parse.form.".
package forms
