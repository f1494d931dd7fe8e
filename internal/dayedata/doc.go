// Package dayedata holds the performance self-evaluation forms of the 2024
// final accounts of 大冶市政务服务和大数据管理局 (Daye City Government
// Services and Big Data Administration) as typed Go values: the
// 部门整体绩效自评表 and the 33 项目支出绩效自评表 of 第六部分 附件.
//
// # Source
//
// The values are facts transcribed from the report as published, the text
// export ../shared/corpus/000_a6b8f70e670f2841.txt (lines 2146–7151),
// where each table cell is a line beginning with a tab. Every text is kept
// exactly as printed, character for character, with only the tab and the
// blank space around a cell removed: full-width symbols ("＝1年", "≥95%"),
// odd spacing inside a cell, line breaks inside a cell ("成本\n指标"), and
// the report's own slips ("97%%", "100%%", "工作螺落地") are all kept.
// Each form's comment gives its heading and lines; each form and row
// carries its source line in its Line field.
//
// # Layout of the forms
//
// Every project form prints 预算数（A）, 执行数（B） and 执行率（B/A） in
// 万元, and the indicator columns 一级指标, 二级指标, 三级指标, 年初目标值（A）
// and 实际完成值（B）; none prints 分值, 得分 or 年度目标. A blank 一级 or 二级
// cell continues the one above ([perf.Resolve]). Four rows print a single
// cell across 年初目标值 and 实际完成值 ([perf.Row].Merged). The department
// form prints 基本支出总额, 项目支出总额, 年度目标 and a 指标分类 column, and
// uses the department framework (运行成本, 管理效率, 履职效能, 社会效应,
// 可持续发展能力, 满意度).
//
// The transcription was made with a script that splits the export into
// cells and was then checked by eye against the file, form by form.
package dayedata
