package parse_test

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTablesNotPrinted removes the nine tables from the corpus Putuo 决算
// (its body's 第二部分, keeping the heading) and keeps the 目录 that lists
// them (the probe's case 85): a 目录's entry is no table, so each required
// table is missing (an error, as where no 目录 lists them; before, the
// entries were taken for tables found but not read, and nothing was
// said). Where the report says its tables are published apart ("报表详见
// 附件" under the heading, or an attachment's file named), each missing
// table is info: its checks did not run.
func TestTablesNotPrinted(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const part2, part3 = "第二部分 上海市普陀区财政局2024年度部门决算表", "第三部分上海市普陀区财政局2024年度部门决算情况"
	from := strings.LastIndex(data, part2)
	to := strings.LastIndex(data, part3)
	require.True(t, from > 0 && to > from)
	from += len(part2)
	missingTables := []string{"收入支出决算总表", "财政拨款收入支出决算总表", "收入决算表", "支出决算表", "一般公共预算财政拨款支出决算表"}
	check := func(t *testing.T, data string) (errs, infos map[string]bool, r *parse.Result) {
		t.Helper()
		r, err := parse.Parse([]byte(data))
		require.NoError(t, err)
		errs, infos = map[string]bool{}, map[string]bool{}
		for _, f := range r.Check(disclosure.CheckOptions{}) {
			switch {
			case f.Rule == "text.sections" && f.Severity == fiscal.SeverityError:
				errs[f.Where.Part] = true
			case f.Rule == "parse.unread-part" && f.Severity == fiscal.SeverityInfo && strings.Contains(f.Message, "published apart"):
				infos[f.Where.Part] = true
			}
		}
		return errs, infos, r
	}
	t.Run("目录 lists them", func(t *testing.T) {
		errs, _, r := check(t, data[:from]+"\n"+data[to:])
		for _, m := range missingTables {
			assert.True(t, errs[m], m)
		}
		for _, c := range r.Coverage.Tables {
			assert.False(t, c.Found && c.Rows == 0, "%s found at line %d, a 目录 entry", c.Title, c.Line)
			assert.NotContains(t, c.Title, "、", "the table's name, not the 目录's numbered entry")
		}
	})
	for _, apart := range []string{"  报表详见附件", "  部门决算公开表请见附件。", "附件：上海市普陀区财政局2024年度部门决算报表.xls"} {
		t.Run(apart, func(t *testing.T) {
			errs, infos, r := check(t, data[:from]+"\n"+apart+"\n"+data[to:])
			for _, m := range missingTables {
				assert.False(t, errs[m], m)
				assert.True(t, infos[m], m)
			}
			// The narrative's figures of those tables could not be
			// checked: info, not a warning each (the probe's case 166).
			for _, f := range r.Check(disclosure.CheckOptions{}) {
				if f.Rule == "narr.unresolved" && strings.Contains(f.Message, "the document has no") {
					assert.Equal(t, fiscal.SeverityInfo, f.Severity, "%s", f)
				}
			}
		})
	}
	// With its tables, the corpus report says nothing of the kind.
	errs, infos, _ := check(t, data)
	assert.Empty(t, errs)
	assert.Empty(t, infos)
	// Where its tables were read, the 目录's entry of a part whose heading
	// is not found in the body (the 名词解释's, here removed) stands for a
	// part not read, not for a missing one (the probe's rw/p/P08).
	const glossary = "第四部分 名词解释"
	body := strings.LastIndex(data, glossary)
	require.Greater(t, body, strings.Index(data, glossary))
	errs, _, _ = check(t, data[:body]+data[body+len(glossary):])
	assert.Empty(t, errs)
}
