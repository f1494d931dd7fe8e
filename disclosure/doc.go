// Package disclosure models a whole 部门决算公开 (a department's published
// final accounts) and checks its parts against each other.
//
// # Document
//
// A [Document] composes every part: the department, its units and their
// types; the eight financial tables (package accounts) and the "三公" table
// (package threepublic) with its statistics; 机关运行经费; 政府采购 (package
// procurement); 国有资产占用; the performance self-evaluation forms (package
// perf); the narrative; 名词解释 and the 功能分类 codes it explains.
//
// # Narrative as data
//
// Each figure the 情况说明 states is a [Statement]: the sentence, the figure
// as printed, its [StatementKind] (an amount, a share, a change against last year, a
// growth rate, a completion rate, a comparison word, a count), and [Ref]s to
// what it claims: a table cell, a figure of another part, a figure printed
// elsewhere in the narrative. [Document.Resolve] finds the value a Ref
// points at; [Document.Expected] recomputes what a figure should read at its
// printed precision. [Document.GenerateNarrative] writes the statements
// from the tables, so that a program can print a correct 情况说明
// ([RenderNarrative]).
//
// # Checks
//
// [Document.Check] runs every rule of every package on the document, the
// narrative rules of this package (each figure against its source, shares
// and rates recomputed and compared at the printed precision allowing for
// the rounding of their inputs, comparison words against signs), the
// cross-part rules (tables against the performance forms, 机关运行经费
// against 公用经费, the codes of the 名词解释 against the catalog), and, given
// last year's document, the prior-year figures a change implies
// ([CheckOptions.Previous]). A figure off by one unit of its last printed
// digit is a warning (truncated, or rounded to make shares add up to
// 100%); a larger difference an error; a difference that rounding explains
// is information, marked within rounding.
//
// # Rendering
//
// [Document.RenderTables] prints the nine tables in their published layout
// as fixed-width text aligned for Chinese characters.
package disclosure
