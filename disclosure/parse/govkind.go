package parse

import (
	"bytes"
	"fmt"

	"github.com/cnfiscal/fiscal/reader/input"
)

// governmentWords name a government's whole accounts in a title or a
// 目录: a county's 政府决算, its 财政总决算, the report on its 本级 budget's
// execution. departmentWords name a department's or a unit's own report.
var (
	governmentWords = [][]byte{[]byte("政府决算"), []byte("政府预算公开"), []byte("财政总决算"), []byte("总决算"),
		[]byte("本级财政决算"), []byte("本级决算"), []byte("预算执行情况和"), []byte("政府预算"), []byte("转移支付执行情况")}
	departmentWords = [][]byte{[]byte("部门决算"), []byte("单位决算"), []byte("部门预算"), []byte("单位预算"),
		[]byte("收入支出决算总表"), []byte("部门收支"), []byte("部门收入"), []byte("部门支出"), []byte("预算单位")}
)

// headLines is how many lines of a report's opening name what it is: its
// title, its cover and its 目录.
const headLines = 40

// governmentAccounts refuses the accounts of a government as a whole (a
// county's 政府决算 published on the same pages as its departments'): the
// opening of the text names them and names no department's or unit's
// report. Its checks are not a department's: every part a department's
// report has would be said missing.
func governmentAccounts(text []byte) error {
	head := text
	for i, n := 0, 0; i < len(text) && n < headLines; i++ {
		if text[i] == '\n' {
			n++
			head = text[:i]
		}
	}
	if !containsAnyBytes(head, governmentWords) || containsAnyBytes(head, departmentWords) {
		return nil
	}
	return fmt.Errorf("parse: %w", input.NotReadable(input.ReasonWrongKind,
		"the accounts of a government as a whole (政府决算, 总决算), not a department's or a unit's report: not checked here"))
}

func containsAnyBytes(text []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.Contains(text, w) {
			return true
		}
	}
	return false
}
