package perf

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
)

// Outcome is the result of evaluating one indicator.
type Outcome uint8

// The outcomes. The zero Outcome is NotAssessable: nothing could be said.
const (
	NotAssessable Outcome = iota // 无法评价: blank, unreadable, units disagree, or qualitative without a judgement
	Met                          // 达成
	Partly                       // 部分达成
	NotMet                       // 未达成
)

var outcomeNames = [...]struct{ token, zh string }{
	{"not_assessable", "无法评价"}, {"met", "达成"}, {"partly", "部分达成"}, {"not_met", "未达成"},
}

// String returns a stable token: "met", "partly", "not_met",
// "not_assessable".
func (o Outcome) String() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o].token
	}
	return fmt.Sprintf("Outcome(%d)", uint8(o))
}

// Chinese returns the outcome's Chinese name: 达成, 部分达成, 未达成, 无法评价.
func (o Outcome) Chinese() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o].zh
	}
	return o.String()
}

// MarshalText implements [encoding.TextMarshaler] with [Outcome.String].
func (o Outcome) MarshalText() ([]byte, error) {
	if int(o) >= len(outcomeNames) {
		return nil, fmt.Errorf("perf: cannot marshal %v", o)
	}
	return []byte(o.String()), nil
}

// Cause says how an outcome was reached, or why none could be.
type Cause uint8

// The causes.
const (
	Compared       Cause = iota + 1 // both read as quantities in agreeing units and compared
	Judged                          // the caller's [Judgement] decided
	NeedsJudgement                  // the target or the actual is qualitative and no judgement was given
	UnitMismatch                    // target and actual are quantities in units that do not agree
	Unsettled                       // the actual is a bound or range ("≥95%") that does not settle the target
	Blank                           // the target or the actual is blank
	Unreadable                      // the target or the actual gave a [*TargetError] other than blank
)

var causeNames = [...]string{"", "compared", "judged", "needs judgement", "unit mismatch", "unsettled", "blank", "unreadable"}

// String returns the cause in words: "compared", "unit mismatch", ….
func (c Cause) String() string {
	if c >= Compared && int(c) < len(causeNames) {
		return causeNames[c]
	}
	return fmt.Sprintf("Cause(%d)", uint8(c))
}

// Judgement is the caller's verdict on an indicator that cannot be
// compared by numbers (a qualitative target "合规", or an actual that does
// not settle it). Share is the score as a share of the weight and must lie
// in the outcome's band: 达成 [0.8, 1], 部分达成 [0.6, 0.8), 未达成 [0, 0.6).
// Without a Share the score is 1 for 达成 (full marks), 0.6 for 部分达成 (the
// lowest of its band) and 0 for 未达成.
type Judgement struct {
	Outcome Outcome             // Met, Partly or NotMet
	Share   decimal.NullDecimal // optional share of the weight within the band
}

// share returns the judgement's share of the weight, checked against its
// band.
func (j Judgement) share() (*big.Rat, error) {
	var lo, hi *big.Rat
	var def *big.Rat
	switch j.Outcome {
	case Met:
		lo, hi, def = big.NewRat(4, 5), one(), one()
	case Partly:
		lo, hi, def = big.NewRat(3, 5), big.NewRat(4, 5), big.NewRat(3, 5)
	case NotMet:
		lo, hi, def = new(big.Rat), big.NewRat(3, 5), new(big.Rat)
	default:
		return nil, &ScoreError{What: "outcome", Value: j.Outcome.String(), Detail: "a judgement is met, partly or not_met", Err: ErrJudgement}
	}
	if !j.Share.Valid {
		return def, nil
	}
	s := j.Share.Decimal.Rat()
	inBand := s.Cmp(lo) >= 0 && (s.Cmp(hi) < 0 || (j.Outcome == Met && s.Cmp(hi) == 0))
	if !inBand {
		return nil, &ScoreError{What: "share", Value: j.Share.Decimal.String(),
			Detail: "outside the band of " + j.Outcome.Chinese(), Err: ErrWeight}
	}
	return s, nil
}

// ScoreJudged scores a judged indicator: the judgement's share × w, rounded
// as [ScorePositive]. A share outside the outcome's band or a negative
// weight is a [*ScoreError].
func ScoreJudged(j Judgement, weight decimal.Decimal) (decimal.Decimal, error) {
	if err := checkWeight(weight); err != nil {
		return decimal.Decimal{}, err
	}
	s, err := j.share()
	if err != nil {
		return decimal.Decimal{}, err
	}
	return scoreOf(s, weight), nil
}

// EvalOptions configure [Evaluate]. The zero value is usable: a weight of 0
// (scores 0), ReverseRatio, and partly met from 60% of the target.
type EvalOptions struct {
	// Cost says the indicator measures cost (成本; see [Category.IsCost]): a
	// bare target is then an upper bound.
	Cost bool
	// Weight is the indicator's points (分值); negative is an error.
	Weight decimal.Decimal
	// Reverse chooses the 反向 scoring variant.
	Reverse ReverseVariant
	// PartlyFrom is the share of the weight from which a target not met
	// counts as partly met (部分达成); zero means 0.6, the bottom of the
	// 部分达成 band.
	PartlyFrom decimal.Decimal
	// Judgement, when set, decides whenever the numbers cannot: a
	// qualitative target or actual, units that disagree, or an actual that
	// does not settle the target.
	Judgement *Judgement
}

// Evaluation is the result of evaluating one indicator.
type Evaluation struct {
	Target     Target          // the target as read
	Actual     Target          // the actual as read
	Comparator Comparator      // the comparator applied: the target's, or the implied one for a bare target
	Outcome    Outcome         // met, partly, not met, not assessable
	Cause      Cause           // how the outcome was reached, or why there is none
	Reason     string          // the outcome explained in words
	Share      fiscal.Ratio    // the share of the weight earned, exact; 0 when not assessable
	Score      decimal.Decimal // Share × weight rounded to ScoreDecimals; 0 when not assessable
	Scored     bool            // whether Score is a score (false when not assessable)
}

// EvaluateText reads target and actual with [ParseTarget] and evaluates
// them with [Evaluate]. Text that cannot be read is not an error here: the
// evaluation is not assessable, with Cause Blank or Unreadable and the
// reason. Only bad options return an error.
func EvaluateText(target, actual string, o EvalOptions) (Evaluation, error) {
	if err := o.check(); err != nil {
		return Evaluation{}, err
	}
	t, terr := ParseTarget(target)
	a, aerr := ParseTarget(actual)
	if terr == nil && aerr == nil {
		return Evaluate(t, a, o)
	}
	e := Evaluation{Target: t, Actual: a}
	for _, err := range []error{terr, aerr} {
		if err == nil {
			continue
		}
		e.Cause = Unreadable
		if errors.Is(err, ErrBlank) {
			e.Cause = Blank
		}
		which := "target"
		if err == aerr {
			which = "actual"
		}
		e.Reason = which + ": " + err.Error()
		break
	}
	if o.Judgement != nil {
		return judged(e, o)
	}
	return e, nil
}

func (o EvalOptions) check() error {
	if err := checkWeight(o.Weight); err != nil {
		return err
	}
	if o.PartlyFrom.IsNegative() || o.PartlyFrom.GreaterThan(decimal.NewFromInt(1)) {
		return &ScoreError{What: "share", Value: o.PartlyFrom.String(), Detail: "PartlyFrom must lie in [0, 1]", Err: ErrWeight}
	}
	if o.Judgement != nil {
		if _, err := o.Judgement.share(); err != nil {
			return err
		}
	}
	return nil
}

func (o EvalOptions) partlyFrom() *big.Rat {
	if o.PartlyFrom.IsZero() {
		return big.NewRat(3, 5)
	}
	return o.PartlyFrom.Rat()
}

// Evaluate holds an actual against a target.
//
// Quantities are compared when their units agree ([UnitsAgree]); money in
// fen, durations in their base unit. The comparator is the target's or,
// for a bare target, the one it implies ([Target.Implied]). The outcome is
// met when the comparison holds; otherwise partly met when the share earned
// is at least PartlyFrom (0.6), and not met below. The share is:
//
//   - 正向 (≥, >, and a bare target outside cost): min(a / t, 1);
//   - 反向 (≤, <, and a bare cost target): 1 when a ≤ t, else t / a or
//     1 − (a − t) / t floored at 0, as EvalOptions.Reverse says;
//   - 等于 (=): 1 when a = t, else 1 − |a − t| / |t| floored at 0;
//   - a range or ±: 1 inside, 0 outside.
//
// A strict comparator at equality ("＞25次" against 25次) is partly met
// with a share of 1 by the formula.
//
// An actual written with a comparator ("≥95%", "30次以上") or as a range is
// what it says: met when every value it allows meets the target, and
// otherwise not assessable (Cause Unsettled), since the form does not say
// what was achieved.
//
// A qualitative target or actual, units that disagree, or an unsettled
// actual are decided by o.Judgement when given (Cause Judged), and are not
// assessable otherwise. The error is only for bad options.
func Evaluate(target, actual Target, o EvalOptions) (Evaluation, error) {
	if err := o.check(); err != nil {
		return Evaluation{}, err
	}
	e := Evaluation{Target: target, Actual: actual}
	switch {
	case target.Qualitative || actual.Qualitative:
		e.Cause = NeedsJudgement
		e.Reason = "qualitative " + which(target.Qualitative, actual.Qualitative)
		return judged(e, o)
	case !UnitsAgree(target, actual):
		e.Cause = UnitMismatch
		e.Reason = fmt.Sprintf("units do not agree: target %s, actual %s", unitName(target), unitName(actual))
		return judged(e, o)
	}
	c := target.Implied(o.Cost)
	e.Comparator = c
	t, th := baseValues(target)
	lo, hi, loOpen, hiOpen := actualInterval(actual)
	if holds(c, t, th, lo, hi, loOpen, hiOpen) {
		e.Outcome, e.Cause = Met, Compared
		e.Reason = fmt.Sprintf("%s meets %s", actual.String(), describe(target, c))
		return scored(e, one(), o), nil
	}
	if actual.Comparator != None && actual.Comparator != Equal {
		e.Cause = Unsettled
		e.Reason = fmt.Sprintf("actual %q is a bound or range that does not settle %s", actual.Text, describe(target, c))
		return judged(e, o)
	}
	a := lo
	var share *big.Rat
	switch {
	case c.positive():
		share = positiveShare(a, t)
	case c.negative():
		share = negativeShare(a, t, o.Reverse)
	case c == Equal:
		share = equalShare(a, t)
	default:
		share = new(big.Rat)
	}
	e.Cause = Compared
	if share.Cmp(o.partlyFrom()) >= 0 && share.Sign() > 0 {
		e.Outcome = Partly
	} else {
		e.Outcome = NotMet
	}
	e.Reason = fmt.Sprintf("%s does not meet %s", actual.String(), describe(target, c))
	return scored(e, share, o), nil
}

func which(t, a bool) string {
	switch {
	case t && a:
		return "target and actual"
	case t:
		return "target"
	}
	return "actual"
}

func unitName(t Target) string {
	if t.Unit == "" {
		return "(none)"
	}
	return t.Unit
}

func describe(t Target, c Comparator) string {
	if t.Comparator == None {
		return fmt.Sprintf("%s (bare, read as %s)", t.String(), c.Symbol())
	}
	return t.String()
}

// judged applies the caller's judgement, or leaves e not assessable.
func judged(e Evaluation, o EvalOptions) (Evaluation, error) {
	if o.Judgement == nil {
		e.Outcome = NotAssessable
		if e.Cause == NeedsJudgement {
			e.Reason += ": needs a judgement"
		}
		return e, nil
	}
	s, err := o.Judgement.share()
	if err != nil {
		return Evaluation{}, err
	}
	e.Reason += "; judged " + o.Judgement.Outcome.Chinese()
	e.Outcome, e.Cause = o.Judgement.Outcome, Judged
	return scored(e, s, o), nil
}

func scored(e Evaluation, share *big.Rat, o EvalOptions) Evaluation {
	q, err := fiscal.NewRatio(decimal.NewFromBigInt(share.Num(), 0), decimal.NewFromBigInt(share.Denom(), 0))
	if err == nil {
		e.Share = q
	}
	e.Score = scoreOf(share, o.Weight)
	e.Scored = true
	return e
}

// UnitsAgree reports whether two quantities can be compared: the same
// [Measure], and for counts the same unit word (次 against 次, never 次
// against 个), for durations the same base (年 against 个月, not against 天).
// Two bare numbers agree. A qualitative target agrees with nothing.
//
// Periods must agree too when both are written: 每年 (with 全年, 年度 and
// 年均) against 每月 does not. A quantity without a period is taken over
// the other's (a form reports one year): "60次" against "每年不少于48次".
func UnitsAgree(a, b Target) bool { return unitsAgree(&a, &b) }

// unitsAgree is [UnitsAgree] without copying the targets.
func unitsAgree(a, b *Target) bool {
	if a.Qualitative || b.Qualitative {
		return false
	}
	if pa, pb := periodKey(a.Period), periodKey(b.Period); pa != "" && pb != "" && pa != pb {
		return false
	}
	ua, ub := a.unitInfo(), b.unitInfo()
	return ua.measure == ub.measure && ua.base == ub.base
}

// periodKey groups the period words that mean the same period.
func periodKey(p string) string {
	switch p {
	case "每年", "全年", "年度", "年均":
		return "year"
	case "每月", "月均":
		return "month"
	case "每天", "每日":
		return "day"
	}
	return p
}

// baseValues returns a target's number (and high end) in its base unit:
// money in 元, durations in months, days or minutes.
func baseValues(t Target) (lo, hi *big.Rat) {
	f := new(big.Rat).SetInt64(lookupUnit(t.Unit).factor)
	lo = new(big.Rat).Mul(t.Number.Rat(), f)
	hi = lo
	if t.Comparator == Between {
		hi = new(big.Rat).Mul(t.High.Rat(), f)
	}
	return lo, hi
}

// actualInterval returns the values an actual allows as an interval; nil
// ends are unbounded, and the flags say whether an end is open.
func actualInterval(a Target) (lo, hi *big.Rat, loOpen, hiOpen bool) {
	v, h := baseValues(a)
	switch a.Comparator {
	case AtLeast:
		return v, nil, false, false
	case MoreThan:
		return v, nil, true, false
	case AtMost:
		return nil, v, false, false
	case LessThan:
		return nil, v, false, true
	case Between:
		return v, h, false, false
	case Within:
		return new(big.Rat).Neg(v), v, false, false
	}
	return v, v, false, false
}

// holds reports whether every value in the actual's interval satisfies the
// comparator c against the target t (th is the high end of a range, or
// the ± bound's mirror).
func holds(c Comparator, t, th, lo, hi *big.Rat, loOpen, hiOpen bool) bool {
	switch c {
	case AtLeast:
		return lo != nil && lo.Cmp(t) >= 0
	case MoreThan:
		return lo != nil && (lo.Cmp(t) > 0 || (lo.Cmp(t) == 0 && loOpen))
	case AtMost:
		return hi != nil && hi.Cmp(t) <= 0
	case LessThan:
		return hi != nil && (hi.Cmp(t) < 0 || (hi.Cmp(t) == 0 && hiOpen))
	case Equal:
		return lo != nil && hi != nil && lo.Cmp(t) == 0 && hi.Cmp(t) == 0
	case Between:
		return lo != nil && hi != nil && lo.Cmp(t) >= 0 && hi.Cmp(th) <= 0
	case Within:
		neg := new(big.Rat).Neg(t)
		return lo != nil && hi != nil && lo.Cmp(neg) >= 0 && hi.Cmp(t) <= 0
	}
	return false
}
