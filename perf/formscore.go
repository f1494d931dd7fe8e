package perf

import (
	"fmt"
	"math/big"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
)

// ScoringScheme is how a 项目支出绩效自评表 is scored (practice; every field is the
// caller's to set). DefaultScheme gives the usual 10 + 90.
type ScoringScheme struct {
	// RatePoints are the points of budget execution: min(执行率, 1) ×
	// RatePoints.
	RatePoints decimal.Decimal
	// Points are the points of each 一级, shared equally among its
	// indicators. A 一级 left out scores nothing, nor does a row whose 一级
	// is not one of the four; a 一级 with points but no indicator on the
	// form loses them (FormScore.Missing).
	Points map[Level1]decimal.Decimal
	// Reverse chooses the 反向 scoring variant.
	Reverse ReverseVariant
	// PartlyFrom is as in [EvalOptions].
	PartlyFrom decimal.Decimal
	// Judge judges the indicators that numbers cannot decide; nil leaves
	// them not assessable (scoring 0). [JudgeVerbatim] is one judge.
	Judge func(Indicator) (Judgement, bool)
}

// DefaultScoringScheme is 执行率 10 points and indicators 90: 产出 50, 效益 30,
// 满意度 10, and 成本 nothing (forms of the 2021 tree that weight 成本 set
// their own, e.g. 产出 40 and 成本 10).
func DefaultScoringScheme() ScoringScheme {
	return ScoringScheme{
		RatePoints: decimal.NewFromInt(10),
		Points: map[Level1]decimal.Decimal{
			Output:       decimal.NewFromInt(50),
			Benefit:      decimal.NewFromInt(30),
			Satisfaction: decimal.NewFromInt(10),
		},
	}
}

// RowScore is the score of one indicator of a form.
type RowScore struct {
	Indicator  Indicator       // the row, resolved
	Evaluation Evaluation      // its evaluation under the scheme
	Weight     fiscal.Ratio    // the indicator's points, exact (50/3 for one of three 产出 indicators)
	Score      decimal.Decimal // Evaluation.Share × Weight, rounded to ScoreDecimals
}

// Level1Score is the score of one 一级 on a form.
type Level1Score struct {
	Level1 Level1          // the 一级
	Points decimal.Decimal // the 一级's points in the scheme
	Rows   int             // how many indicators it has on the form
	Score  decimal.Decimal // Σ of its indicators, rounded to ScoreDecimals from the exact sum
}

// FormScore is the score of a 项目支出绩效自评表. Totals are summed exactly
// and rounded once, half away from zero, to ScoreDecimals, so a total can
// differ by rounding from the sum of the rounded parts.
type FormScore struct {
	Rate        fiscal.Ratio    // 执行率 = 执行数 / 预算数, exact
	RateScore   decimal.Decimal // min(执行率, 1) × RatePoints
	Rows        []RowScore      // in the order of the form
	Level1s     []Level1Score   // per 一级, in the order Cost, Output, Benefit, Satisfaction
	Indicators  decimal.Decimal // Σ of the indicators
	Total       decimal.Decimal // RateScore + Indicators
	Grade       Grade           // of Total
	Unassessed  int             // indicators not assessable (scored 0)
	Missing     []Level1        // 一级 with points in the scheme but no indicator on the form
	PrintedUsed bool            // every row printed its 分值 and those were the weights
}

// ScoreProject scores a form with a scheme. Each indicator is evaluated by
// [EvaluateIndicator] (with the scheme's judge for what numbers cannot
// decide) and earns its share of its weight. The weights are the scheme's
// 一级 points shared equally among that 一级's indicators, unless every row
// prints its 分值, in which case those are the weights. Errors: a negative
// points value or an unreadable printed 分值 ([*ScoreError]), a 预算数 of 0
// ([*fiscal.RatioError]).
func ScoreProject(f ProjectForm, s ScoringScheme) (FormScore, error) {
	var fsc FormScore
	rate, err := fiscal.CompletionRate(f.Spent.Amount, f.Budget.Amount)
	if err != nil {
		return FormScore{}, err
	}
	if err := checkWeight(s.RatePoints); err != nil {
		return FormScore{}, err
	}
	fsc.Rate = rate
	rateExact := new(big.Rat).Mul(clamp01(rate.Rat()), s.RatePoints.Rat())
	fsc.RateScore = roundRat(rateExact, ScoreDecimals)

	inds := f.Indicators()
	weights, printed, err := rowWeights(inds, s)
	if err != nil {
		return FormScore{}, err
	}
	fsc.PrintedUsed = printed
	perLevel := map[Level1]*big.Rat{}
	counts := map[Level1]int{}
	total := new(big.Rat)
	for i, ind := range inds {
		o := EvalOptions{Reverse: s.Reverse, PartlyFrom: s.PartlyFrom}
		if s.Judge != nil {
			if j, ok := s.Judge(ind); ok {
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
		exact := new(big.Rat).Mul(e.Share.Rat(), weights[i])
		w, _ := ratioOf(weights[i])
		fsc.Rows = append(fsc.Rows, RowScore{Indicator: ind, Evaluation: e, Weight: w, Score: roundRat(exact, ScoreDecimals)})
		l1 := ind.Category.Level1
		if perLevel[l1] == nil {
			perLevel[l1] = new(big.Rat)
		}
		perLevel[l1].Add(perLevel[l1], exact)
		counts[l1]++
		total.Add(total, exact)
	}
	for _, l1 := range []Level1{Cost, Output, Benefit, Satisfaction} {
		p, hasPoints := s.Points[l1]
		if counts[l1] == 0 && !(hasPoints && p.IsPositive() && !printed) {
			continue
		}
		ls := Level1Score{Level1: l1, Points: p, Rows: counts[l1]}
		if perLevel[l1] != nil {
			ls.Score = roundRat(perLevel[l1], ScoreDecimals)
		}
		if counts[l1] == 0 {
			fsc.Missing = append(fsc.Missing, l1)
		}
		fsc.Level1s = append(fsc.Level1s, ls)
	}
	fsc.Indicators = roundRat(total, ScoreDecimals)
	fsc.Total = roundRat(new(big.Rat).Add(total, rateExact), ScoreDecimals)
	fsc.Grade = GradeOf(fsc.Total)
	return fsc, nil
}

// rowWeights returns each indicator's weight: the printed 分值 when every
// row prints one, else the 一级's points shared equally.
func rowWeights(inds []Indicator, s ScoringScheme) ([]*big.Rat, bool, error) {
	out := make([]*big.Rat, len(inds))
	allPrinted := len(inds) > 0
	for _, ind := range inds {
		if trimSpace(ind.Points) == "" {
			allPrinted = false
			break
		}
	}
	if allPrinted {
		for i, ind := range inds {
			d, err := ParseDecimal(ind.Points) // bounded: no exponent, at most MaxDigits digits
			if err != nil || d.IsNegative() {
				return nil, false, &ScoreError{What: "points", Value: ind.Points, Detail: "printed 分值 is not a non-negative number", Err: ErrWeight}
			}
			out[i] = d.Rat()
		}
		return out, true, nil
	}
	counts := map[Level1]int64{}
	for _, ind := range inds {
		counts[ind.Category.Level1]++
	}
	for l1, p := range s.Points {
		if p.IsNegative() {
			return nil, false, &ScoreError{What: "points", Value: p.String(), Detail: "negative points for " + l1.String(), Err: ErrWeight}
		}
	}
	for i, ind := range inds {
		p, ok := s.Points[ind.Category.Level1]
		if !ok || !ind.Category.Level1.Valid() {
			out[i] = new(big.Rat)
			continue
		}
		out[i] = new(big.Rat).Quo(p.Rat(), big.NewRat(counts[ind.Category.Level1], 1))
	}
	return out, false, nil
}

func ratioOf(r *big.Rat) (fiscal.Ratio, error) {
	return fiscal.NewRatio(decimal.NewFromBigInt(r.Num(), 0), decimal.NewFromBigInt(r.Denom(), 0))
}

// checkPrintedScores compares the 得分 a form prints, per row and in total,
// with the scores the scheme gives. A printed score is compared at its own
// precision: the recomputed score is rounded to the printed decimals.
func checkPrintedScores(f ProjectForm, s ScoringScheme) []fiscal.Finding {
	hasRow := false
	for _, r := range f.Rows {
		if trimSpace(r.Score) != "" {
			hasRow = true
			break
		}
	}
	if !hasRow && trimSpace(f.Total) == "" {
		return nil
	}
	w := f.Where()
	sc, err := ScoreProject(f, s)
	if err != nil {
		return []fiscal.Finding{rule(RuleScorePrinted).Finding(w, "the form cannot be scored: %v", err)}
	}
	var fs []fiscal.Finding
	compare := func(w fiscal.Where, what, printed string, exact decimal.Decimal) {
		p, err := ParseDecimal(printed) // bounded: no exponent, at most MaxDigits digits
		if err != nil {
			fs = append(fs, rule(RuleMalformed).Finding(w, "printed %s %q is not a number", what, printed))
			return
		}
		d := decimalsOf(printed)
		want := roundRat(exact.Rat(), d)
		if fd, found := rule(RuleScorePrinted).CompareDecimals(w, what, want, p, decimal.Zero, "分", d); found {
			fs = append(fs, fd)
		}
	}
	for _, rs := range sc.Rows {
		if trimSpace(rs.Indicator.Score) == "" {
			continue
		}
		rw := w
		rw.Row, rw.Column, rw.Text, rw.Line = oneLine(rs.Indicator.Name), "得分", rs.Indicator.Score, rs.Indicator.Line
		exact := roundRat(new(big.Rat).Mul(rs.Evaluation.Share.Rat(), rs.Weight.Rat()), 10)
		compare(rw, fmt.Sprintf("得分 (%s, weight %s)", rs.Evaluation.Outcome.Chinese(), rs.Weight.Round(2)), rs.Indicator.Score, exact)
	}
	if trimSpace(f.Total) != "" {
		tw := w
		tw.Row, tw.Column, tw.Text = "总分", "得分", f.Total
		compare(tw, "总分", f.Total, sc.Total)
	}
	return fs
}
