package parse_test

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTwoBudgetsInOneFile: a 部门预算 followed in the same file by its
// unit's 单位预算 (each with its cover, 目录, 编制说明 and nine tables) gives
// the errors each gives on its own, no more (the probe's case 120: the
// unit's rows were read into the department's tables, ten false errors),
// in either order; the coverage says where the second report begins.
func TestTwoBudgetsInOneFile(t *testing.T) {
	dept := corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt")
	unit := corpustest.Read(t, "shanghai-putuo-sfj-2026-unit-budget.layout.txt")
	for _, c := range []struct {
		name          string
		first, second []byte
	}{{"department then unit", dept, unit}, {"unit then department", unit, dept}} {
		t.Run(c.name, func(t *testing.T) {
			r := readJoined(t, c.first, c.second)
			assert.Equal(t, 9, r.Coverage.Parts[0].Tables)
			assert.Len(t, r.Coverage.Tables, 18)
		})
	}
	// One report alone has no second part.
	r, err := parse.Parse(dept)
	require.NoError(t, err)
	assert.Empty(t, r.Coverage.Parts)
}

// TestNarrativeFiguresCounted: the coverage's count of narrative figures
// counts every kind read, not only statements and items: a sentence added
// to the Putuo budget's 说明 adds its figures by hand — two parts of the
// 人员经费 ("在职…", "离退休…"), a statement and its share ("一般公共预算
// 拨款收入…，占100%"), two sources after a total ("收入预算…，其中：事业收入…，
// 其他收入…": the total, and two sources).
func TestNarrativeFiguresCounted(t *testing.T) {
	text := string(corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt"))
	const at = " 财政拨款收入支出增加的主要原因是工作量增加"
	require.Equal(t, 1, strings.Count(text, at))
	count := func(added string) int {
		r, err := parse.Parse([]byte(strings.Replace(text, at, added+"\n"+at, 1)))
		require.NoError(t, err)
		return r.Stats.Narrative
	}
	base := count("")
	for added, want := range map[string]int{
		" 2026年在职人员经费2300.00万元，离退休人员经费56.33万元。":   2,
		" 2026年一般公共预算拨款收入9628.22万元，占100%。":        2,
		" 2026年收入预算9628.22万元，其中：事业收入0万元，其他收入0万元。": 3,
	} {
		assert.Equal(t, base+want, count(added), added)
	}
}
