package perf_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/internal/dayedata"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/shopspring/decimal"
)

var (
	sinkTarget     perf.Target
	sinkEvaluation perf.Evaluation
	sinkScore      decimal.Decimal
	sinkFormScore  perf.FormScore
	sinkFindings   []fiscal.Finding
	sinkErr        error
)

func BenchmarkParseTarget(b *testing.B) {
	for b.Loop() {
		sinkTarget, sinkErr = perf.ParseTarget("不少于12次")
	}
}

func BenchmarkParseTargetMoney(b *testing.B) {
	for b.Loop() {
		sinkTarget, sinkErr = perf.ParseTarget("16.244万元")
	}
}

func BenchmarkParseTargetQualitative(b *testing.B) {
	for b.Loop() {
		sinkTarget, sinkErr = perf.ParseTarget("助推高效办成一件事工作螺落地，提升政府公共服务能力水平")
	}
}

func BenchmarkEvaluateText(b *testing.B) {
	o := perf.EvalOptions{Weight: decimal.NewFromInt(10)}
	for b.Loop() {
		sinkEvaluation, sinkErr = perf.EvaluateText("≥30次", "24次", o)
	}
}

func BenchmarkScorePositive(b *testing.B) {
	a, t, w := decimal.NewFromInt(16), decimal.NewFromInt(18), decimal.NewFromInt(20)
	for b.Loop() {
		sinkScore, sinkErr = perf.ScorePositive(a, t, w)
	}
}

func BenchmarkScoreProject(b *testing.B) {
	_, forms := dayedata.Forms()
	s := perf.DefaultScoringScheme()
	s.Judge = perf.JudgeVerbatim
	for b.Loop() {
		sinkFormScore, sinkErr = perf.ScoreProject(forms[4], s) // 六、, 20 rows
	}
}

func BenchmarkCheckDaye(b *testing.B) {
	d, forms := dayedata.Forms()
	for b.Loop() {
		fs := perf.CheckDepartment(d, perf.CheckOptions{})
		for _, f := range forms {
			fs = append(fs, perf.CheckProject(f, perf.CheckOptions{})...)
		}
		sinkFindings = fs
	}
}
