package forms_test

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/forms"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// ExampleParsePage reads a national-template form from page text whose
// cells are one space apart (empty cells dropped).
func ExampleParsePage() {
	page := strings.Join([]string{
		"项目支出绩效自评表",
		"（2024年度）",
		"项目名称 设备维修项目",
		"项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
		"（万元） 年度资金总额： 100 120 118.5 10 98.75% 9.88",
		"绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
		"产出指标 数量指标 维修次数 ≥12次 12次 90 90",
		"总分 100 99.88",
	}, "\n")
	res := forms.ParsePage(text.Split([]byte(page)))
	p := res.Projects[0]
	fmt.Println(p.Project, p.Budget.Text, p.Spent.Text, p.Rate, p.BudgetScore, p.Total)
	r := p.Rows[0]
	fmt.Println(r.Level1, r.Level2, r.Name, r.Target, r.Actual, r.Points, r.Score)
	// Output:
	// 设备维修项目 120 118.5 98.75% 9.88 99.88
	// 产出指标 数量指标 维修次数 ≥12次 12次 90 90
}
