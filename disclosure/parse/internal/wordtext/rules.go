package wordtext

import "github.com/cnfiscal/fiscal"

// The rules of this parser: each finding it emits carries one of these IDs.
var (
	ruleTableUnknown = fiscal.Rule{ID: "parse.table.unknown", Title: "a table whose title names none of the nine disclosure tables", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleTableDup     = fiscal.Rule{ID: "parse.table.duplicate", Title: "a second table of a kind already read", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityError}
	ruleTableUnit    = fiscal.Rule{ID: "parse.table.unit", Title: "a table without a readable 金额单位 (万元 assumed)", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleTableColumns = fiscal.Rule{ID: "parse.table.columns", Title: "a table whose figure columns match no known layout of its kind", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityError}
	ruleTableNoRows  = fiscal.Rule{ID: "parse.table.norows", Title: "a table with neither rows nor a statement that it is empty (truncated?)", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleRowWidth     = fiscal.Rule{ID: "parse.row.width", Title: "a row whose number of cells does not fit the table's columns", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityError}
	ruleRowKey       = fiscal.Rule{ID: "parse.row.key", Title: "a row label that is neither a code, a named row nor a 类 name", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleRowUnnamed   = fiscal.Rule{ID: "parse.row.unnamed", Title: "figures printed on a row without a label", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityError}
	ruleRowSeq       = fiscal.Rule{ID: "parse.row.seq", Title: "a 行次 that is not a whole number", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleCell         = fiscal.Rule{ID: "parse.cell", Title: "a table cell that is not an amount", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityError}
	ruleLine         = fiscal.Rule{ID: "parse.line", Title: "a line of the tables part that belongs to no table", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleUnits        = fiscal.Rule{ID: "parse.units", Title: "机构设置: the number of units stated differs from the units listed", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleGlossary     = fiscal.Rule{ID: "parse.glossary", Title: "a 名词解释 line that is neither a term nor an explained code", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleExplained    = fiscal.Rule{ID: "parse.explained", Title: "an explained 功能分类 科目 whose names match no code", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleFigure       = fiscal.Rule{ID: "parse.figure", Title: "a figure of the 情况说明 (三公, 机关运行经费, 政府采购, 国有资产) that cannot be read", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
	ruleTitle        = fiscal.Rule{ID: "parse.title", Title: "no report title, department or year found", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning}
)

// Rules returns the rules of the parser (scope parse), in a stable order.
func Rules() []fiscal.Rule {
	return []fiscal.Rule{ruleTableUnknown, ruleTableDup, ruleTableUnit, ruleTableColumns, ruleTableNoRows,
		ruleRowWidth, ruleRowKey, ruleRowUnnamed, ruleRowSeq, ruleCell, ruleLine,
		ruleUnits, ruleGlossary, ruleExplained, ruleFigure, ruleTitle}
}
