package narrative_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/narrative"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// FuzzExtract reads arbitrary text as a narrative, without a document and
// with the Daye and Putuo ones: it must not panic, and what it returns
// must add up.
func FuzzExtract(f *testing.F) {
	// Seeds are short (a few paragraphs each), so that the fuzzer's
	// minimisation of what they lead to stays quick.
	for _, chunk := range chunks(strings.Split(putuoNarrative, "\n"), 6) {
		f.Add(chunk)
	}
	f.Add("二、收入决算情况说明\n本年收入合计100万元，其中：财政拨款收入100万元，占100%；较上年度增加1万元，增长1%。")
	f.Add("（三）一般公共预算财政拨款支出决算具体情况\n一般公共预算财政拨款支出年初预算为1万元，支出决算为2万元，完成年初预算的200%。\n1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1万元，支出决算为2万元，比年初预算数增加1万元，决算数大于预算数。")
	f.Add("财政拨款“三公”经费支出决算情况说明\n外宾接待支出0万元。国内公务接待支出1.71万元（含外宾接待支出0万元）。与上年度持平。")
	f.Add("部门决算中项目绩效自评结果\n1、某项目绩效自评综述：项目全年预算数为1万元，执行数为1万元，完成预算100％。\n一是产出指标：完成率达100%。")
	f.Add("一、收入支出决算总体情况说明\n收入支出总计2 995.39万元，本年支出合计2940.0 5万元，增长1 2%。")
	f.Add("（一）机关运行经费支出情况机关运行经费支出1万元，比年初预算增加1万元，完成年初预算的200%；")
	// The text checks: doubled and alternative words, rates without %,
	// year forms, stray units, reasons, 持平 with a change, 三公 items.
	f.Add("一般公共预算财政拨款支出决算情况说明\n2024度支出较上年下降下降5.2%，增加/减少1万元，占41.5，20245年，公务接待费元、完成年初预算的156.4%。\n与2023年度相比持平。主要原因：\n减少支付。")
	f.Add("财政拨款“三公”经费支出决算情况说明\n“三公”经费支出1.71万元，较上年减少0.5万元，其中：公务接待费较上年增加0.2万元，因公出国（境）费持平。")
	// The "三公" counts, typed by the words before them.
	f.Add("财政拨款“三公”经费支出决算情况说明\n（1）因公出国（境）费2.4万元，团组1个、3人次；（2）公务用车运行维护费0万元，保有量2辆；（3）公务接待费0万元（含外宾接待0万元），接待8批次、60人次，其中外宾1批次，较上年增加3批次。")
	f.Add("占%\n增长12%\n（（（（持平））。；\xff\xfe1,234,567.891万元9999999999999999999万元")
	if b, err := os.ReadFile(filepath.Join(corpusDir(), dayeReport)); err == nil {
		if ls := strings.Split(string(b), "\n"); len(ls) > 2100 {
			for _, chunk := range chunks(ls[1652:1800], 16) {
				f.Add(chunk)
			}
		}
	}
	docs := []*disclosure.Document{nil, dayeDoc(), shanghaiDoc()}
	f.Fuzz(func(t *testing.T, data string) {
		lines := text.Split([]byte(data))
		for _, doc := range docs {
			res := narrative.Extract(lines, doc)
			st := res.Stats
			if st.Statements != len(res.Statements) || st.Unattributed != len(res.Findings) ||
				st.Inputs+st.Ignored+st.Unattributed > st.Figures {
				t.Fatalf("stats %+v with %d statements and %d findings", st, len(res.Statements), len(res.Findings))
			}
			for i, s := range res.Statements {
				if s.Kind < disclosure.KindAmount || s.Kind > disclosure.KindCount || s.Text == "" || s.Line < 1 || s.Line > len(lines) {
					t.Fatalf("statement %+v", s)
				}
				if doc != nil && i < 200 {
					doc.CheckStatement(s, nil) // what the reader makes, the checker takes
				}
			}
			for _, fd := range res.Findings {
				if fd.Rule != "parse.narrative.unattributed" || fd.Where.Line < 1 || fd.Where.Text == "" {
					t.Fatalf("finding %+v", fd)
				}
			}
		}
	})
}

// chunks joins every n lines.
func chunks(lines []string, n int) []string {
	var out []string
	for i := 0; i < len(lines); i += n {
		out = append(out, strings.Join(lines[i:min(i+n, len(lines))], "\n"))
	}
	return out
}
