package perf_test

import (
	"math/rand/v2"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/require"
)

// TestAppendCheckProjectsAlike compares AppendCheckProjects, which reads
// each 一级 and 二级 text once for all the forms, with AppendCheckProject
// called form by form: on the Daye forms, and on random sets of forms
// whose rows print official names, names broken over lines and spaced,
// other names, and more distinct texts than the memo keeps.
func TestAppendCheckProjectsAlike(t *testing.T) {
	one := func(forms []perf.ProjectForm, o perf.CheckOptions) []fiscal.Finding {
		var fs []fiscal.Finding
		for i := range forms {
			fs = perf.AppendCheckProject(fs, &forms[i], o)
		}
		return fs
	}
	daye := daye2024.Document().Performance.Projects
	want := one(daye, perf.CheckOptions{})
	require.NotEmpty(t, want)
	require.Equal(t, want, perf.AppendCheckProjects(nil, daye, perf.CheckOptions{}))

	level1 := []string{"", "", "产出指标", "产出\n指标", "效益 指标", "满意度", "成本指标", "运行成本", "\u3000产出", "其他"}
	level2 := []string{"", "", "数量指标", "质量\n指标", "时效", "成本指标", "社会效益指标", "服务对象满意度", "经济成本", "具体指标"}
	targets := []string{"100%", "≥95%", "按时", "≤10万元", "1000人次", "5个", "好", "≥90%"}
	rng := rand.New(rand.NewPCG(4, 76))
	found := 0
	for range 2000 {
		forms := make([]perf.ProjectForm, rng.IntN(6))
		for i := range forms {
			forms[i] = perf.ProjectForm{Title: "项目支出绩效自评表", Project: "项目"}
			for range rng.IntN(12) {
				l1, l2 := level1[rng.IntN(len(level1))], level2[rng.IntN(len(level2))]
				if rng.IntN(4) == 0 { // more distinct texts than the memo keeps
					l1 += string(rune('a' + rng.IntN(40)))
					l2 += string(rune('a' + rng.IntN(40)))
				}
				forms[i].Rows = append(forms[i].Rows, perf.Row{Level1: l1, Level2: l2, Name: "指标",
					Target: targets[rng.IntN(len(targets))], Actual: targets[rng.IntN(len(targets))]})
			}
		}
		want := one(forms, perf.CheckOptions{})
		found += len(want)
		require.Equal(t, want, perf.AppendCheckProjects(nil, forms, perf.CheckOptions{}))
	}
	require.Greater(t, found, 5000)
}
