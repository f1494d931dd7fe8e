package layout

import "github.com/cnfiscal/fiscal"

func rule(id, title string, sev fiscal.Severity) fiscal.Rule {
	return fiscal.Rule{ID: id, Title: title, Scope: fiscal.ScopeParse, Severity: sev}
}

// The rules of this parser. Every finding Parse returns carries one of
// these IDs; they are stable.
var (
	ruleTitle      = rule("parse.layout.title", "no report title, department or year found on the cover", fiscal.SeverityWarning)
	ruleTableMiss  = rule("parse.layout.table.missing", "one of the nine disclosure tables is not in the text", fiscal.SeverityWarning)
	ruleTableDup   = rule("parse.layout.table.duplicate", "a second table of a kind already read", fiscal.SeverityError)
	ruleTableUnit  = rule("parse.layout.table.unit", "a table without a readable 单位 line (万元 assumed)", fiscal.SeverityWarning)
	ruleColumns    = rule("parse.layout.columns", "a column of a table whose header cannot be found, so its figures cannot be placed", fiscal.SeverityError)
	ruleRowKey     = rule("parse.layout.row.key", "a row label that is neither a code, a named row nor a 类 name", fiscal.SeverityWarning)
	ruleCell       = rule("parse.layout.cell", "a figure that cannot be placed in a cell: no row, no column, a cell printed twice, or not an amount", fiscal.SeverityError)
	ruleLine       = rule("parse.layout.line", "text inside a table that belongs to no row, header or note", fiscal.SeverityWarning)
	ruleOrder      = rule("parse.layout.order", "two lines of the 情况说明 that pdftotext printed in the wrong order were put back", fiscal.SeverityInfo)
	rulePart       = rule("parse.layout.part", "a part of the report that this parser does not model (its text is not read)", fiscal.SeverityInfo)
	ruleUnits      = rule("parse.layout.units", "a line of the 部门决算单位构成 table that cannot be read", fiscal.SeverityWarning)
	ruleFigure     = rule("parse.layout.figure", "a figure of the 情况说明 (三公 statistics, 机关运行经费, 政府采购, 国有资产) that cannot be read", fiscal.SeverityWarning)
	ruleGlossary   = rule("parse.layout.glossary", "a 名词解释 paragraph that is not \"term：definition\"", fiscal.SeverityWarning)
	ruleThreeTable = rule("parse.layout.threepublic", "the \"三公\" table's 预算数/决算数 header cannot be read", fiscal.SeverityError)
)

// Rules returns the rules of the parser (scope parse), in a stable order.
func Rules() []fiscal.Rule {
	return []fiscal.Rule{ruleTitle, ruleTableMiss, ruleTableDup, ruleTableUnit, ruleColumns, ruleRowKey,
		ruleCell, ruleLine, ruleOrder, rulePart, ruleUnits, ruleFigure, ruleGlossary, ruleThreeTable}
}
