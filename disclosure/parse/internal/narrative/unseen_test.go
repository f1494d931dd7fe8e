package narrative_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
)

// TestUnseenWordings reads narrative paragraphs written as other
// departments write them — full-width digits, amounts in 元, 一是/二是 and
// （1） numbering, a reason in the next paragraph, counts in one sentence —
// each of whose figures was recomputed by hand and is right. No error may
// come of them, and none of the words' or the reviewer's checks may warn.
// No table is given: figures that repeat a table cannot be checked and are
// at most unresolved (a warning of the reader, not of the report).
func TestUnseenWordings(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
	}{
		// 123.45 / (1234.56 − 123.45) = 11.11%.
		{"full-width digits", []string{"一、收入支出决算总体情况说明",
			"２０２４年度收入总计１２３４.５６万元、支出总计１２３４.５６万元，与２０２３年度相比，收、支总计各增加１２３.４５万元，增长１１.１１％。主要原因是：新增人员经费。"}},
		// 12,000,000.00 / 12,345,678.90 = 97.20%; 345,678.90 / 12,345,678.90 = 2.80%.
		{"amounts in 元 with separators", []string{"二、收入决算情况说明",
			"本年收入合计12,345,678.90元，其中：财政拨款收入12,000,000.00元，占97.20%；其他收入345,678.90元，占2.80%。"}},
		// 856.20 / 1234.56 = 69.35%; 378.36 / 1234.56 = 30.65%.
		{"一是, 二是", []string{"三、支出决算情况说明",
			"本年支出合计1234.56万元。一是基本支出856.20万元，占本年支出合计的69.35%；二是项目支出378.36万元，占30.65%。"}},
		// 20 / 1000 = 2.00%; the reason opens the next paragraph.
		{"比上年减少, reason in the next paragraph", []string{"四、财政拨款收入支出决算总体情况说明",
			"财政拨款收入支出总计980.00万元，比上年减少20.00万元，下降2.00%。", "主要原因是压减一般性支出。"}},
		// 882 / 900 = 98.00%.
		{"决算 against 年初预算, 决算数小于预算数", []string{"五、一般公共预算财政拨款支出决算情况说明",
			"一般公共预算财政拨款支出年初预算为900.00万元，支出决算为882.00万元，完成年初预算的98.00%。决算数小于预算数的主要原因是厉行节约。"}},
		// 118.5 / 120 = 98.75%: one item, its 决算 said once.
		{"（项） item with 年初预算 and 决算", []string{"（三）一般公共预算财政拨款支出决算具体情况",
			"1.一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为120.00万元，支出决算为118.50万元，完成年初预算的98.75%。决算数小于预算数的主要原因是人员减少。"}},
		// 0 + 0 + 23,600 + 12,000 = 35,600 元; vehicles held with running
		// costs, batches with reception money.
		{"三公 in 元 with its counts in one paragraph", []string{"六、财政拨款“三公”经费支出决算情况说明",
			"2024年度“三公”经费财政拨款支出决算为35,600.00元，其中：因公出国（境）费0元，全年未安排因公出国（境）团组；公务用车购置费0元，本年未购置公务用车；公务用车运行维护费23,600.00元，年末公务用车保有量2辆；公务接待费12,000.00元，共接待国内公务来访15批次、120人次。"}},
		// (1) numbering, 外事 and 国内 reception with their own money.
		{"（1）（2）（3）numbering, 外事接待", []string{"“三公”经费支出情况",
			"（1）因公出国（境）费支出2.40万元，组织出国团组1个、3人次。（2）公务用车购置及运行费0万元。（3）公务接待费支出1.20万元，其中国内公务接待1.00万元，接待8批次、60人次；外事接待0.20万元，接待外宾1批次、5人次。"}},
		// 持平 with a reason of its own (a rule kept, not a change).
		{"持平 with a reason of its own", []string{"七、机关运行经费支出情况说明",
			"本部门2024年度机关运行经费支出56.30万元，与上年持平，主要原因是严格执行公用经费定额标准。"}},
		// 100 / (200 − 100) = 100.00%: a real base.
		{"增长100% from a base that is not 0", []string{"八、政府性基金预算财政拨款收入支出决算情况说明",
			"政府性基金预算财政拨款支出200.00万元，较上年增加100.00万元，增长100.00%，主要原因是新增专项债券项目。"}},
		{"none last year, said in words", []string{"九、国有资本经营预算财政拨款支出决算情况说明",
			"本部门2024年度无国有资本经营预算财政拨款支出，上年亦无此项支出。"}},
		// 80 / 120.5 = 66.39%; 120.5 / 120.5 = 100%.
		{"政府采购 of another wording", []string{"十、政府采购支出情况说明",
			"2024年度政府采购支出总额为120.50万元，其中：政府采购货物支出20.50万元、政府采购工程支出0万元、政府采购服务支出100.00万元。授予中小企业合同金额120.50万元，占政府采购支出总额的100%，其中：授予小微企业合同金额80.00万元，占政府采购支出总额的66.39%。"}},
		{"years with spaces, a date, 增加值", []string{"十一、其他重要事项的情况说明",
			"截至 2024 年 12 月 31 日，本部门带动产业增加值提升，2025年度将继续推进。"}},
	}
	reviewer := map[string]bool{"narr.direction-conflict": true, "disc.3p.change-sum": true, "narr.function-name": true, "narr.doubled-word": true,
		"narr.alternatives": true, "narr.percent-sign": true, "narr.year-form": true, "narr.stray-unit": true, "narr.flat-reason": true,
		"narr.repeat": true, "narr.growth-from-zero": true, "narr.growth-undefined": true, "disc.3p.count-amount": true, "narr.reason": true,
		"disc.3p.items-stated": true}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(nil, c.lines...)
			doc := &disclosure.Document{Year: 2024, Narrative: r.Statements}
			fs := append(doc.Check(disclosure.CheckOptions{}), r.Checks...)
			fs = append(fs, r.Findings...)
			for _, f := range fs {
				assert.NotEqual(t, fiscal.SeverityError, f.Severity, "%s", f)
				if reviewer[f.Rule] {
					assert.Equal(t, fiscal.SeverityInfo, f.Severity, "%s", f)
				}
			}
		})
	}
}
