package perf

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// ScoreDepartment scores a 部门整体绩效自评表 (practice). The form prints no
// 预算数 of its own, so there is no 执行率 part: points (100 when zero) are
// shared equally among its indicators, each earning its share of its
// weight as evaluated by [EvaluateIndicator] (with judge, when not nil, for
// what numbers cannot decide; unassessable indicators score 0). The total is
// summed exactly and rounded once, half away from zero, to
// [ScoreDecimals]; Level1s is empty, since the department framework's 一级
// (运行成本, 履职效能, …) are not the project tree's.
func ScoreDepartment(d DepartmentForm, points decimal.Decimal, judge func(Indicator) (Judgement, bool)) (FormScore, error) {
	if points.IsZero() {
		points = decimal.NewFromInt(100)
	}
	if err := checkWeight(points); err != nil {
		return FormScore{}, err
	}
	var fsc FormScore
	inds := d.Indicators()
	if len(inds) == 0 {
		fsc.Grade = GradeOf(decimal.Zero)
		return fsc, nil
	}
	weight := new(big.Rat).Quo(points.Rat(), big.NewRat(int64(len(inds)), 1))
	w, err := ratioOf(weight)
	if err != nil {
		return FormScore{}, err
	}
	total := new(big.Rat)
	for _, ind := range inds {
		var o EvalOptions
		if judge != nil {
			if j, ok := judge(ind); ok {
				o.Judgement = &j
			}
		}
		e, err := EvaluateIndicator(ind, o)
		if err != nil {
			return FormScore{}, err
		}
		if !e.Scored {
			fsc.Unassessed++
		}
		exact := new(big.Rat).Mul(e.Share.Rat(), weight)
		fsc.Rows = append(fsc.Rows, RowScore{Indicator: ind, Evaluation: e, Weight: w, Score: roundRat(exact, ScoreDecimals)})
		total.Add(total, exact)
	}
	fsc.Indicators = roundRat(total, ScoreDecimals)
	fsc.Total = fsc.Indicators
	fsc.Grade = GradeOf(fsc.Total)
	return fsc, nil
}
