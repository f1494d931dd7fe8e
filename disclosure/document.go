package disclosure

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

// Document is a whole 部门决算公开: every part, as published or built from a
// department's accounts.
type Document struct {
	Department string `json:"department"` // 部门, as printed in the title
	Year       int    `json:"year"`
	Title      string `json:"title,omitempty"` // the report's title, when read from one

	// Units are the 部门决算单位构成. A unit whose type the report does not
	// state has Type 0.
	Units []CoveredUnit `json:"units,omitempty"`

	Tables      *accounts.Tables   `json:"tables,omitempty"`       // the eight financial tables
	ThreePublic *threepublic.Table `json:"three_public,omitempty"` // the "三公" table
	// ThreePublicStatistics are the counts the narrative gives with the
	// "三公" figures.
	ThreePublicStatistics threepublic.Statistics `json:"three_public_statistics"`
	RunningCost           *PrintedRunningCost    `json:"running_cost,omitempty"` // 机关运行经费
	Procurement           *procurement.Summary   `json:"procurement,omitempty"`  // 政府采购
	Assets                *Assets                `json:"assets,omitempty"`       // 国有资产占用
	Performance           *Performance           `json:"performance,omitempty"`  // 预算绩效

	// Narrative are the figures the 情况说明 states, each pointing at what it
	// claims to repeat.
	Narrative []Statement `json:"narrative,omitempty"`
	Glossary  []Term      `json:"glossary,omitempty"` // 名词解释
	// Explained are the 功能分类 codes the 名词解释 explains (使用的支出功能分类
	// 科目), with the names the report gives each level.
	Explained []ExplainedCode `json:"explained,omitempty"`
	Sections  []Section       `json:"sections,omitempty"` // headings, in order
}

// CoveredUnit is a unit (单位) the department's final accounts cover.
type CoveredUnit struct {
	Name string              `json:"name"`
	Type accounts.EntityType `json:"type,omitempty"`
	Note string              `json:"note,omitempty"` // 备注 as printed
}

// PrintedRunningCost is the 机关运行经费 figure as the narrative prints it.
type PrintedRunningCost struct {
	Amount   fiscal.Amount `json:"amount"`
	Decimals int           `json:"decimals"` // printed decimals (124.6 has 1)
	// ClaimsEqualsPublic is whether the narrative says it equals the 公用经费
	// of 行政 and 参公 units ("与…公用经费之和一致").
	ClaimsEqualsPublic bool `json:"claims_equals_public,omitempty"`
	Line               int  `json:"line,omitempty"`
}

// Assets is the 国有资产占用 part: vehicles by category and high-value
// equipment.
type Assets struct {
	Vehicles  []VehicleCount    `json:"vehicles,omitempty"`  // 共有车辆 and each category, in printed order
	Equipment threepublic.Count `json:"equipment,omitempty"` // 单位价值100万元（含）以上的专用设备 台（套）
	Line      int               `json:"line,omitempty"`
}

// VehicleCount is a number of vehicles of a category (共有车辆 for the
// total).
type VehicleCount struct {
	Category string            `json:"category"`
	Count    threepublic.Count `json:"count"`
}

// Performance is the 预算绩效 part: the self-evaluation forms.
type Performance struct {
	Department *perf.DepartmentForm `json:"department,omitempty"`
	Projects   []perf.ProjectForm   `json:"projects,omitempty"`
}

// Term is one entry of 名词解释.
type Term struct {
	Term       string `json:"term"`
	Definition string `json:"definition"`
	Line       int    `json:"line,omitempty"`
}

// Section is a heading of the document.
type Section struct {
	Title string `json:"title"`
	Line  int    `json:"line,omitempty"`
}

// ExplainedCode is a 功能分类 项 explained in the 名词解释, with the 类, 款
// and 项 names as the report prints them.
type ExplainedCode struct {
	Function    classify.Function `json:"function"`
	Names       [3]string         `json:"names"` // 类, 款, 项 as printed
	Explanation string            `json:"explanation"`
	Line        int               `json:"line,omitempty"`
}
