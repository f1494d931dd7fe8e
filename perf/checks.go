package perf

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
)

// CheckOptions configure the checks. The zero value means the defaults.
type CheckOptions struct {
	// LowRate flags an 执行率 below it (a share: 0.6 is 60%). Zero means
	// 0.6; a negative value turns the check off.
	LowRate decimal.Decimal
	// HighActual flags an actual at this multiple of its target or above
	// (1.3 is 130%) when the form does not explain it. Zero means 1.3; a
	// negative value turns the check off.
	HighActual decimal.Decimal
	// Explained says whether a 偏差原因 text explains a deviation; nil means
	// [DefaultExplained].
	Explained func(deviation string) bool
	// Scheme, when set, is used to recompute the scores a form prints
	// (Row.Score, ProjectForm.Total) for [RuleScorePrinted].
	Scheme *ScoringScheme
}

func (o CheckOptions) lowRate() decimal.Decimal {
	if o.LowRate.IsZero() {
		return defaultLowRate
	}
	return o.LowRate
}

func (o CheckOptions) highActual() decimal.Decimal {
	if o.HighActual.IsZero() {
		return defaultHighActual
	}
	return o.HighActual
}

// withDefaults returns o with the default thresholds written in, so that
// they are made once per form rather than once per indicator.
func (o CheckOptions) withDefaults() CheckOptions {
	o.LowRate, o.HighActual = o.lowRate(), o.highActual()
	return o
}

func (o CheckOptions) explained(s string) bool {
	if o.Explained != nil {
		return o.Explained(s)
	}
	return DefaultExplained(s)
}

// boilerplate are phrases that say all went well and explain nothing
// (practice: the Daye forms use them where nothing deviated).
var boilerplate = [...]string{"完成了各项工作", "完成各项工作", "各项工作已完成", "各项工作正常开展", "工作有序开展", "各项工作顺利开展"}

// DefaultExplained reports whether a 偏差原因 text explains a deviation: it
// is not blank, not "无" or "无偏差", and not a stock phrase that all went
// well ("较好地完成了各项工作任务", "确保工作有序开展", …). It is a
// judgement of practice; callers with better knowledge pass their own.
func DefaultExplained(s string) bool {
	t := strings.TrimRight(trimSpace(s), "。.")
	switch t {
	case "", "无", "无偏差", "没有偏差", "/", "—":
		return false
	}
	for _, b := range boilerplate {
		if strings.Contains(t, b) {
			return false
		}
	}
	return true
}

// CheckProject runs the checks of one 项目支出绩效自评表 and returns their
// findings, in the order of the form: [RuleRatePrinted], [RuleSpentOverBudget],
// [RuleRateLow], [RuleCostSpent], then per indicator [RuleBlank],
// [RuleMalformed], [RuleUnitMismatch], [RuleTargetImpossible],
// [RuleActualHigh], [RuleLevel], each row's 得分 against its 分值
// ([RuleScorePoints]), and [RuleScorePrinted] when the form prints
// scores and o.Scheme is set.
func CheckProject(f ProjectForm, o CheckOptions) []fiscal.Finding {
	return AppendCheckProject(nil, &f, o)
}

// AppendCheckProject appends the findings of [CheckProject] on *f to dst
// and returns the extended slice: a caller checking many forms gathers
// their findings in one slice, and the form is not copied.
func AppendCheckProject(dst []fiscal.Finding, f *ProjectForm, o CheckOptions) []fiscal.Finding {
	o = o.withDefaults()
	return appendCheckProject(dst, f, o, partsOf(o.HighActual), nil, nil)
}

// AppendCheckProjects appends the findings of [CheckProject] on each of
// forms, in order, to dst and returns the extended slice: the findings of
// AppendCheckProject on one form after the other. The forms of one
// document print the same few 一级 and 二级 names on all their rows: each
// name is read once for all of them.
func AppendCheckProjects(dst []fiscal.Finding, forms []ProjectForm, o CheckOptions) []fiscal.Finding {
	o = o.withDefaults()
	high := partsOf(o.HighActual) // the threshold's integers, read once
	var (
		levels  levelMemo
		targets targetMemo
	)
	for i := range forms {
		dst = appendCheckProject(dst, &forms[i], o, high, &levels, &targets)
	}
	return dst
}

// appendCheckProject is AppendCheckProject with the options' defaults
// written in, the threshold's integers, and the levels and targets read
// so far (nil for none kept).
func appendCheckProject(dst []fiscal.Finding, f *ProjectForm, o CheckOptions, high scaled, levels *levelMemo, targets *targetMemo) []fiscal.Finding {
	fs := dst
	w := f.where()
	fs, srcBad := appendSources(fs, f, w)
	if !(srcBad && f.Budget.Amount.IsZero()) && !(f.Budget.Text == "" && f.Spent.Text == "" && trimSpace(f.Rate) == "") {
		// (A form whose budget block was not read prints nothing to
		// check: the reader says so.)
		// A 年度资金总额 left at 0 above sources that print the money
		// is the sources' finding: its 执行率 cannot be recomputed.
		fs = appendRate(fs, f, w, o)
	}
	fs = appendPointsAndRate(fs, f, w)
	// One pass over the indicators, resolved one at a time (Resolve
	// without its slice): each is checked, and its actual, read once,
	// counts in the 成本 sum, whose finding comes before the indicators'.
	at := len(fs)
	var (
		v        resolver
		cost     costSum
		costRows [16]int32 // the 成本 rows counted, on the stack while they fit
		ind      Indicator
		a        Target
	)
	cost.rows = costRows[:0]
	v.memo = levels
	dev := deviation{text: f.Deviation}
	for i := range f.Rows {
		v.nextInto(&ind, &f.Rows[i])
		l1, l1ok := v.printedLevel1()
		var (
			aerr error
			read bool
		)
		fs, aerr, read = checkIndicatorRead(fs, &ind, &a, l1, l1ok, w, &dev, &o, high, targets)
		if !ind.Merged && ind.isCost() {
			if !read {
				a = Target{}
				aerr = parseTargetInto(&a, ind.Actual)
			}
			cost = cost.add(i, &a, aerr, f.Spent.Unit)
		}
	}
	if fd, ok := cost.check(f, w); ok {
		fs = slices.Insert(fs, at, fd)
	}
	fs = appendRowPoints(fs, f.Rows, w)
	fs = appendScoreSum(fs, f, w)
	if o.Scheme != nil {
		fs = append(fs, checkPrintedScores(*f, *o.Scheme)...)
	}
	return fs
}

// CheckDepartment runs the checks of a 部门整体绩效自评表: those of its
// budget block where it prints one (年度资金总额 against its sources and its
// uses, [RuleBudgetSources]; the printed 执行率, [RuleRatePrinted],
// [RuleSpentOverBudget], [RuleRateLow]; the budget row's 得分,
// [RuleScorePoints], [RuleScoreRate]), then per indicator [RuleBlank],
// [RuleMalformed], [RuleUnitMismatch], [RuleTargetImpossible],
// [RuleActualHigh] (against its 偏差原因) and [RuleLevel], each row's 得分
// against its 分值 ([RuleScorePoints]) and the 总分 ([RuleScoreSum]).
func CheckDepartment(d DepartmentForm, o CheckOptions) []fiscal.Finding {
	return AppendCheckDepartment(nil, &d, o)
}

// AppendCheckDepartment appends the findings of [CheckDepartment] on *d
// to dst and returns the extended slice.
func AppendCheckDepartment(dst []fiscal.Finding, d *DepartmentForm, o CheckOptions) []fiscal.Finding {
	o = o.withDefaults()
	high := partsOf(o.HighActual)
	fs := dst
	w := d.where()
	var (
		v   resolver
		ind Indicator
		a   Target
	)
	fs = appendDepartmentBudget(fs, d, w, o)
	dev := deviation{text: d.Deviation}
	for i := range d.Rows {
		v.nextInto(&ind, &d.Rows[i])
		l1, l1ok := v.printedLevel1()
		fs, _, _ = checkIndicatorRead(fs, &ind, &a, l1, l1ok, w, &dev, &o, high, nil)
	}
	fs = appendRowPoints(fs, d.Rows, w)
	pf := d.budgetForm()
	return appendScoreSum(fs, &pf, w)
}

// CheckProjectTotal compares the sum of the forms' 执行数 with 项目支出
// (projectSpending: from the 支出决算表, or a 部门整体 form's 项目支出总额),
// and reports any difference as a [RuleProjectTotal] finding at w. Both are
// printed in 万元 at two decimals, so a difference within
// [fiscal.AmountTolerance] of len(forms) parts is marked within rounding.
func CheckProjectTotal(forms []ProjectForm, projectSpending fiscal.Amount, w fiscal.Where) []fiscal.Finding {
	sum := fiscal.Amount{}
	for i := range forms { // by index: a form is large
		s, err := sum.Add(forms[i].Spent.Amount)
		if err != nil {
			return []fiscal.Finding{rule(RuleProjectTotal).Finding(w, "Σ 执行数 overflows: %v", err)}
		}
		sum = s
	}
	tol := fiscal.AmountTolerance(len(forms), fiscal.WanYuan, 2)
	f, found := rule(RuleProjectTotal).CompareAmounts(w, "", projectSpending, sum, tol, fiscal.TableFormat())
	if !found {
		return nil
	}
	f.Message = fmt.Sprintf("Σ 执行数 of %d project forms is %s 万元, 项目支出 %s 万元 (difference %s 万元%s)",
		len(forms), f.Actual, f.Expected, f.Difference, withinNote(f))
	return []fiscal.Finding{f}
}

// withinNote says that a difference is within rounding, or nothing.
func withinNote(f fiscal.Finding) string {
	if f.WithinRounding {
		return ", within rounding tolerance " + f.Tolerance.String()
	}
	return ""
}

// appendRate compares the printed 执行率 with 执行数 / 预算数 and flags
// spending above the budget and a low rate, appending its findings to fs.
func appendRate(fs []fiscal.Finding, f *ProjectForm, w fiscal.Where, o CheckOptions) []fiscal.Finding {
	w.Column = "执行率（B/A）"
	w.Text = f.Rate
	// The exact rate (a big.Rat) is made only when a finding needs it;
	// percentages and the comparison with the low rate are computed in
	// integers when the amounts allow (intmath.go).
	var exact fiscal.Ratio
	haveExact := false
	rate := func() fiscal.Ratio {
		if !haveExact {
			exact, _ = fiscal.CompletionRate(f.Spent.Amount, f.Budget.Amount)
			haveExact = true
		}
		return exact
	}
	percent := func(d int) decimal.Decimal {
		if p, ok := percentFen(f.Spent.Amount.Fen(), f.Budget.Amount.Fen(), d); ok {
			return p
		}
		return rate().Percent(d)
	}
	if f.Budget.Amount.IsZero() {
		_, err := fiscal.CompletionRate(f.Spent.Amount, f.Budget.Amount)
		return append(fs, rule(RuleRatePrinted).Finding(w, "执行率 cannot be recomputed: %v", err))
	}
	if f.Spent.Amount.Cmp(f.Budget.Amount) > 0 {
		bw := w
		bw.Column, bw.Text = "执行数（B）", f.Spent.Text
		fd, _ := rule(RuleSpentOverBudget).CompareAmounts(bw, "执行数 against 预算数", f.Budget.Amount, f.Spent.Amount, fiscal.Amount{}, fiscal.TableFormat())
		// "执行数 %s exceeds 预算数 %s by %s 万元 (执行率 %s%%)", without fmt.
		var buf [256]byte
		b := append(append(buf[:0], "执行数 "...), f.Spent.Text...)
		b = append(append(b, " exceeds 预算数 "...), f.Budget.Text...)
		b = fd.Difference.Append(append(b, " by "...))
		b = append(b, " 万元 (执行率 "...)
		if c, ok := percentFenCoef(f.Spent.Amount.Fen(), f.Budget.Amount.Fen(), 2); ok {
			b = fiscal.FigureScaled(c, -2).Append(b) // the text of rate().Percent(2), in integers
		} else {
			b = append(b, rate().Percent(2).String()...)
		}
		b = append(b, "%)"...)
		fd.Message = string(b)
		fs = append(fs, fd)
	}
	if low := o.lowRate(); !low.IsNegative() {
		below, ok := ratioBelowParts(f.Spent.Amount.Fen(), 0, 1, f.Budget.Amount.Fen(), 0, 1, low)
		if !ok {
			below = rate().Rat().Cmp(low.Rat()) < 0
		}
		if below {
			// "执行率 %s%% (%s / %s) is below %s%%", without fmt.
			var buf [256]byte
			b := append(append(append(buf[:0], "执行率 "...), percent(2).String()...), "% ("...)
			b = append(append(append(b, f.Spent.Text...), " / "...), f.Budget.Text...)
			b = append(append(append(b, ") is below "...), low.Shift(2).String()...), '%')
			fd := rule(RuleRateLow).FindingText(w, b)
			fd.Expected, fd.Actual, fd.Unit = fiscal.FigureOf(low.Shift(2)), fiscal.FigureOf(percent(2)), "%"
			fs = append(fs, fd)
		}
	}
	printed, perr := parseTarget(f.Rate)
	if perr != nil || printed.Qualitative || printed.Measure() != MeasurePercent || printed.Comparator != None {
		var buf [256]byte // "printed 执行率 %q is not a percentage", without fmt
		b := strconv.AppendQuote(append(buf[:0], "printed 执行率 "...), f.Rate)
		return append(fs, rule(RuleMalformed).FindingText(w, append(b, " is not a percentage"...)))
	}
	d := decimalsOf(printed.NumberText)
	// The recomputed rate at the printed decimals, wantC × 10^−d, compared
	// with the printed one in integers: most forms print it right, and
	// then no decimal is made.
	wantC, wantOK := percentFenCoef(f.Spent.Amount.Fen(), f.Budget.Amount.Fen(), d)
	if wantOK {
		pc, pe, ok := printed.numberParts()
		if ok && equalScaled(pc, pe, wantC, -d) {
			return fs // CompareDecimals finds nothing: no tolerance to compute
		}
		// The printed rate at its own decimals and the tolerance in
		// integers too: the finding's figures as coefficients at 10^−d
		// (CompareCoef: the finding CompareDecimals gives).
		if ok && pe == -d {
			hs, hb := f.Spent.HalfUnit(), f.Budget.HalfUnit()
			if tc, set, ok := rateTolerance(f.Spent.Amount.Fen(), f.Budget.Amount.Fen(), hs.Fen(), hb.Fen(), wantC, d); ok {
				if !set {
					tc = 0
				}
				what := "执行率 " + f.Spent.Text + " / " + f.Budget.Text + " at " + strconv.Itoa(d) + " decimals"
				if fd, found := rule(RuleRatePrinted).CompareCoef(w, what, wantC, pc, tc, "%", d); found {
					fs = append(fs, fd)
				}
				return fs
			}
		}
	}
	printed.materialize()
	var want decimal.Decimal
	if wantOK {
		want = decimal.New(wantC, int32(-d)) // what percent(d) gives
	} else {
		want = percent(d)
	}
	if want.Equal(printed.Number) {
		return fs
	}
	// The largest change that rounding 执行数 and 预算数 to their printed
	// precision can make to the rate, at the printed precision.
	tol := decimal.Zero
	hs, hb := f.Spent.HalfUnit(), f.Budget.HalfUnit()
	if tc, set, ok := rateTolerance(f.Spent.Amount.Fen(), f.Budget.Amount.Fen(), hs.Fen(), hb.Fen(), wantC, d); ok && wantOK {
		if set {
			tol = decimal.New(tc, int32(-d))
		}
	} else {
		tol = rateToleranceRat(f.Spent.Amount, f.Budget.Amount, hs, hb, want, d)
	}
	what := "执行率 " + f.Spent.Text + " / " + f.Budget.Text + " at " + strconv.Itoa(d) + " decimals"
	if fd, found := rule(RuleRatePrinted).CompareDecimals(w, what, want, printed.Number, tol, "%", d); found {
		fs = append(fs, fd)
	}
	return fs
}

// rateToleranceRat is rateTolerance in exact fractions, for figures that
// do not fit integers: the tolerance of the printed rate want at d
// decimals given 执行数 s and 预算数 b printed to half units hs and hb.
func rateToleranceRat(s, b, hs, hb fiscal.Amount, want decimal.Decimal, d int) decimal.Decimal {
	tol := decimal.Zero
	if hs.Sign() > 0 || hb.Sign() > 0 {
		s, b := s.Decimal().Rat(), b.Decimal().Rat()
		hsr, hbr := hs.Decimal().Rat(), hb.Decimal().Rat()
		if bl := new(big.Rat).Sub(b, hbr); bl.Sign() > 0 {
			hi := percentOf(new(big.Rat).Quo(new(big.Rat).Add(s, hsr), bl), d)
			lo := percentOf(new(big.Rat).Quo(new(big.Rat).Sub(s, hsr), new(big.Rat).Add(b, hbr)), d)
			tol = decimal.Max(hi.Sub(want), want.Sub(lo))
		}
	}
	return tol
}

func percentOf(r *big.Rat, decimals int) decimal.Decimal {
	return roundRat(new(big.Rat).Mul(r, big.NewRat(100, 1)), decimals)
}

// costSum adds the money actuals of the 成本 indicators, to compare the
// sum with 执行数 (checkCost). A bare number in a 成本 row ("13.10") is read
// in the form's unit (万元), as the 预算执行情况 block prints it.
type costSum struct {
	sum fiscal.Amount
	n   int
	// rows are the indices of the rows counted, in the form's Rows: their
	// names are spelled only for a finding.
	rows []int32
}

// add returns c with the actual a (read from ind.Actual, with its error)
// of a 成本 indicator that is not merged, the form's row i, counted. (By
// value: rows held through a pointer would move a caller's buffer to the
// heap.)
func (c costSum) add(i int, a *Target, err error, unit fiscal.Unit) costSum {
	if err != nil || a.Qualitative || (a.Comparator != None && a.Comparator != Equal) {
		return c
	}
	var amt fiscal.Amount
	switch a.Measure() {
	case MeasureMoney:
		amt, _ = a.Amount()
	case MeasureNone:
		// In integers where the number is held as one (what FromDecimalIn
		// gives for a whole number of fen); otherwise, and for its errors,
		// FromDecimalIn itself.
		if v, ok := amountIn(a, unit); ok {
			amt = v
			break
		}
		v, err := fiscal.FromDecimalIn(a.number(), unit)
		if err != nil {
			return c
		}
		amt = v
	default:
		return c
	}
	s, err := c.sum.Add(amt)
	if err != nil {
		return c
	}
	c.sum, c.n = s, c.n+1
	c.rows = append(c.rows, int32(i))
	return c
}

// check compares the sum with 执行数.
func (c *costSum) check(f *ProjectForm, w fiscal.Where) (fiscal.Finding, bool) {
	sum, n := c.sum, c.n
	if n == 0 {
		return fiscal.Finding{}, false
	}
	w.Row, w.Column = "成本指标", "实际完成值（B）"
	fd, found := rule(RuleCostSpent).CompareAmounts(w, "", f.Spent.Amount, sum, fiscal.AmountTolerance(n, fiscal.WanYuan, 2), fiscal.TableFormat())
	if !found {
		return fiscal.Finding{}, false
	}
	// "the 成本 actuals (%s) add up to %s 万元, 执行数 is %s 万元
	// (difference %s 万元%s)", the names joined by "、", without fmt.
	var buf [512]byte
	b := append(buf[:0], "the 成本 actuals ("...)
	for j, i := range c.rows {
		if j > 0 {
			b = append(b, "、"...)
		}
		b = append(b, oneLine(f.Rows[i].Name)...)
	}
	b = fd.Actual.Append(append(b, ") add up to "...))
	b = fd.Expected.Append(append(b, " 万元, 执行数 is "...))
	b = fd.Difference.Append(append(b, " 万元 (difference "...))
	b = append(append(append(b, " 万元"...), withinNote(fd)...), ')')
	fd.Message = string(b)
	return fd, true
}

// checkIndicatorRead appends the findings of the per-indicator checks to fs, and
// reads the actual into *a with its error; targets, when not nil, holds
// the texts read by the general scan for the forms checked before (read is false for a merged
// cell, which is not read, and *a is then the zero Target). l1 and l1ok
// are ind.PrintedLevel1(); high is o.HighActual's parts (o has its
// defaults).
func checkIndicatorRead(fs []fiscal.Finding, ind *Indicator, a *Target, l1 Level1, l1ok bool, w fiscal.Where, dev *deviation, o *CheckOptions, high scaled, targets *targetMemo) (_ []fiscal.Finding, aerr error, read bool) {
	w.Line = ind.Line
	// The row's name, on one line, is spelled into a location only for a
	// finding.
	at := func(col, text string) fiscal.Where {
		x := w
		x.Row, x.Column, x.Text = oneLine(ind.Name), col, text
		return x
	}

	if l1ok && ind.Category.Level2.Valid() && ind.Category.Level2.Level1() != l1 {
		lw := at("二级指标", ind.Level2Text)
		// "二级 %s belongs to 一级 %s but sits under %s", in one buffer.
		var buf [128]byte
		b := append(buf[:0], "二级 "...)
		b = ind.Category.Level2.appendName(b)
		b = append(b, " belongs to 一级 "...)
		b = ind.Category.Level2.Level1().appendName(b)
		b = append(b, " but sits under "...)
		b = l1.appendName(b)
		fs = append(fs, rule(RuleLevel).FindingText(lw, b))
	}
	if ind.Merged {
		tw := at("年初目标值（A）", ind.Target)
		*a = Target{}
		return append(fs, rule(RuleBlank).Finding(tw, "one cell spans 年初目标值 and 实际完成值: no separate target and actual")), nil, false
	}
	// Read with their numbers as integers: a decimal is made only where a
	// check needs one.
	var t Target // parseTargetInto writes it whole
	terr := targets.read(&t, ind.Target)
	if ind.Actual == ind.Target {
		// Most rows print the target again as the actual ("100%",
		// "合规"): the same text reads the same.
		*a, aerr = t, terr
	} else {
		aerr = targets.read(a, ind.Actual)
	}
	// The locations are made only for a finding.
	if terr != nil || (t.Qualitative && looksNumeric(ind.Target)) {
		tw := at("年初目标值（A）", ind.Target)
		fs = unreadable(fs, &tw, ind.Target, "target", terr, &t)
	}
	if aerr != nil || (a.Qualitative && looksNumeric(ind.Actual)) {
		aw := at("实际完成值（B）", ind.Actual)
		fs = unreadable(fs, &aw, ind.Actual, "actual", aerr, a)
	}
	if terr != nil || aerr != nil {
		return fs, aerr, true
	}
	agree := false // checkHigh asks what UnitsAgree says of two figures
	// An actual printed as a bare number under a target with a unit ("52"
	// for "≥50个": the national form's 实际完成值 column) is in the
	// target's unit as the form means it; it is not compared (no unit
	// finding, no high-actual finding) rather than guessed.
	bareActual := a.Unit == "" && a.Period == "" && t.Unit != ""
	if !t.Qualitative && !a.Qualitative && !bareActual {
		if agree = unitsAgree(&t, a); !agree {
			aw := at("实际完成值（B）", ind.Actual)
			// "target %q is in %s, actual %q in %s: they cannot be
			// compared", without fmt.
			var buf [256]byte
			b := strconv.AppendQuote(append(buf[:0], "target "...), ind.Target)
			b = append(append(b, " is in "...), unitName(t)...)
			b = strconv.AppendQuote(append(b, ", actual "...), ind.Actual)
			b = append(append(append(b, " in "...), unitName(*a)...), ": they cannot be compared"...)
			fs = append(fs, rule(RuleUnitMismatch).FindingText(aw, b))
		}
	}
	if msg := impossible(ind, &t); msg != "" {
		tw := at("年初目标值（A）", ind.Target)
		fs = append(fs, rule(RuleTargetImpossible).Finding(tw, "%s", msg)) // "%s" of a string: msg as it is
	}
	if agree {
		if fd, ok := checkHigh(ind, &t, a, &w, dev, o, high); ok {
			fs = append(fs, fd)
		}
	}
	return fs, aerr, true
}

// unreadable appends the finding of a target or actual (what) that is
// blank, cannot be read, or reads as text although it looks like a
// figure.
func unreadable(fs []fiscal.Finding, w *fiscal.Where, text, what string, err error, q *Target) []fiscal.Finding {
	// The messages of "no %s is written", "the %s cannot be read: %v"
	// and "the %s %q looks like a figure but cannot be read as one",
	// spelled without fmt into one buffer.
	var buf [256]byte
	switch {
	case errors.Is(err, ErrBlank):
		b := append(append(append(buf[:0], "no "...), what...), " is written"...)
		fs = append(fs, rule(RuleBlank).FindingText(*w, b))
	case err != nil:
		b := append(append(append(buf[:0], "the "...), what...), " cannot be read: "...)
		b = append(b, err.Error()...)
		fs = append(fs, rule(RuleMalformed).FindingText(*w, b))
	case q.Qualitative && looksNumeric(text):
		b := append(append(append(buf[:0], "the "...), what...), ' ')
		b = strconv.AppendQuote(b, text)
		b = append(b, " looks like a figure but cannot be read as one"...)
		fs = append(fs, rule(RuleMalformed).FindingText(*w, b))
	}
	return fs
}

// looksNumeric reports whether a text that did not parse begins like a
// figure: a digit or a comparator sign.
func looksNumeric(s string) bool {
	r, _ := utf8.DecodeRuneInString(trimSpace(s))
	switch r { // the comparator signs, as a switch (speed_test.go checks it against the list)
	case '≥', '≤', '＞', '＜', '>', '＝', '=', '<', '±':
		return true
	}
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

// rateLike reports whether an indicator is a rate that cannot exceed 100%:
// a satisfaction (满意度, 满意率) or a name with 率 other than a growth,
// change, completion or execution rate (practice).
func rateLike(ind *Indicator) bool {
	name := ind.Name
	if ind.Category.Level1 == Satisfaction || strings.Contains(name, "满意") {
		return true
	}
	if !strings.Contains(name, "率") {
		return false
	}
	for _, x := range []string{"增长", "增幅", "变动", "完成率", "执行率"} {
		if strings.Contains(name, x) {
			return false
		}
	}
	return true
}

// impossible says why a percentage target of a rate cannot be reached, or
// returns "".
func impossible(ind *Indicator, t *Target) string {
	if t.Qualitative || t.Measure() != MeasurePercent || !rateLike(ind) {
		return ""
	}
	// The number (and the top of a range) against 100, in integers where
	// the target holds them.
	topAbove, numIs100 := false, false
	nc, ne, ok1 := t.numberParts()
	tc, te, ok2 := nc, ne, ok1
	if t.Comparator == Between {
		tc, te, ok2 = t.highParts()
	}
	c1, ok3 := cmpSigned(tc, te, 100, 0)
	c2, ok4 := cmpSigned(nc, ne, 100, 0)
	if ok1 && ok2 && ok3 && ok4 {
		topAbove, numIs100 = c1 > 0, c2 == 0
	} else {
		hundred := decimal.NewFromInt(100)
		top := t.number()
		if t.Comparator == Between {
			top = t.high()
		}
		topAbove, numIs100 = top.GreaterThan(hundred), t.number().Equal(hundred)
	}
	// fmt.Sprintf("target %q …", t.Text), without fmt.
	switch {
	case t.Comparator != AtMost && t.Comparator != LessThan && t.Comparator != Within && topAbove,
		t.Comparator == MoreThan && numIs100:
		return "target " + strconv.Quote(t.Text) + " asks a rate above 100%"
	case t.Comparator == AtLeast && numIs100:
		return "target " + strconv.Quote(t.Text) + " can only be met at exactly 100%: a rate does not exceed 100% (write ＝100%)"
	}
	return ""
}

// checkHigh flags an actual at HighActual × target or more on a 正向
// indicator when the form does not explain it.
//
// high is o.highActual()'s parts (partsOf); w locates the actual, its Row
// set here, to the indicator's name on one line, for a finding.
func checkHigh(ind *Indicator, t, a *Target, row *fiscal.Where, dev *deviation, o *CheckOptions, high scaled) (fiscal.Finding, bool) {
	// th.IsNegative() from the threshold's integers where they hold it.
	negative := high.coef < 0
	if !high.ok {
		negative = o.highActual().IsNegative()
	}
	if negative || t.Qualitative || a.Qualitative || !unitsAgree(t, a) {
		return fiscal.Finding{}, false
	}
	// t.Implied(ind.isCost()), without copying the target.
	c := t.Comparator
	if c == None {
		c = AtLeast
		if ind.isCost() {
			c = AtMost
		}
	}
	if !c.positive() && c != Equal {
		return fiscal.Finding{}, false
	}
	switch a.Comparator {
	case None, Equal, AtLeast, MoreThan:
	default:
		return fiscal.Finding{}, false
	}
	// Most actuals are nowhere near the threshold: that is decided in
	// integers, and the exact fractions are made only for the others.
	af, tf := a.unitInfo().factor, t.unitInfo().factor
	ac, ae, ok1 := a.numberParts()
	tc, te, ok2 := t.numberParts()
	if ok2 && tc <= 0 && tf > 0 {
		return fiscal.Finding{}, false // a target of at most 0 is no base: highFindingRat says so with fractions
	}
	if ok1 && ok2 {
		if below, ok := ratioBelowScaled(ac, ae, af, tc, te, tf, high); ok {
			if below || dev.explained(o) || rowExplained(ind, o) {
				return fiscal.Finding{}, false
			}
			// A finding: its figures in integers where they fit.
			if f, ok := highFinding(t, a, af, tf, actualWhere(row, ind), high); ok {
				return f, true
			}
		}
	}
	t.materialize()
	a.materialize()
	return highFindingRat(t, a, actualWhere(row, ind), o.highActual(), func() bool { return dev.explained(o) || rowExplained(ind, o) })
}

// rowExplained reports whether the indicator's own reason (a form with a
// 未完成原因分析 column) explains its deviation.
func rowExplained(ind *Indicator, o *CheckOptions) bool {
	return trimSpace(ind.Reason) != "" && o.explained(ind.Reason)
}

// deviation is a form's 偏差原因 text and, once asked, whether the default
// judgement ([DefaultExplained]) finds that it explains a deviation: a
// form asks for each actual at the threshold or above, and the judgement
// reads the whole text. A judgement of the caller's (CheckOptions.Explained)
// is asked each time, as before.
type deviation struct {
	text            string
	asked, explains bool
}

// explained is o.explained(d.text).
func (d *deviation) explained(o *CheckOptions) bool {
	if o.Explained != nil {
		return o.Explained(d.text)
	}
	if !d.asked {
		d.explains, d.asked = DefaultExplained(d.text), true
	}
	return d.explains
}

// actualWhere is the location of a row's 实际完成值: the row's location
// (form and line) with its name on one line, the column and the text.
// It is spelled only for a finding.
func actualWhere(row *fiscal.Where, ind *Indicator) fiscal.Where {
	w := *row
	w.Row, w.Column, w.Text = oneLine(ind.Name), "实际完成值（B）", ind.Actual
	return w
}

// highFindingRat is checkHigh's comparison and finding in exact fractions,
// for figures that integers do not hold: the finding when a is at th × t
// or above and explained reports false.
func highFindingRat(t, a *Target, w fiscal.Where, th decimal.Decimal, explained func() bool) (fiscal.Finding, bool) {
	tv, _ := baseValues(*t)
	av, _ := baseValues(*a)
	if tv.Sign() <= 0 {
		return fiscal.Finding{}, false
	}
	ratio := new(big.Rat).Quo(av, tv)
	if ratio.Cmp(th.Rat()) < 0 || explained() {
		return fiscal.Finding{}, false
	}
	f := rule(RuleActualHigh).Finding(w, "actual %q is %s%% of target %q (threshold %s%%) and 偏差原因 gives no explanation",
		a.Text, roundRat(new(big.Rat).Mul(ratio, big.NewRat(100, 1)), 2), t.Text, th.Shift(2))
	factor := new(big.Rat).SetInt64(lookupUnit(t.Unit).factor)
	f.Expected = fiscal.FigureOf(roundRat(new(big.Rat).Quo(tv, factor), 8))
	f.Actual = fiscal.FigureOf(roundRat(new(big.Rat).Quo(av, factor), 8))
	f.Unit = t.Unit
	return f, true
}

// highFinding builds checkHigh's finding in integer arithmetic (the same
// finding, field for field, as its exact fractions), or reports false when
// the figures do not fit: a positive actual a at th × target t or above.
func highFinding(t, a *Target, af, tf int64, w fiscal.Where, th scaled) (fiscal.Finding, bool) {
	ac, ae, ok1 := a.numberParts()
	tc, te, ok2 := t.numberParts()
	if !ok1 || !ok2 {
		return fiscal.Finding{}, false
	}
	pct, tv, av, ok := highFigures(ac, ae, af, tc, te, tf)
	if !ok {
		return fiscal.Finding{}, false
	}
	hc, he, ok := th.coef, th.exp, th.ok
	if !ok {
		return fiscal.Finding{}, false
	}
	var buf [256]byte
	b := append(buf[:0], "actual "...)
	b = strconv.AppendQuote(b, a.Text)
	b = append(b, " is "...)
	b = fiscal.FigureScaled(pct, -2).Append(b)
	b = append(b, "% of target "...)
	b = strconv.AppendQuote(b, t.Text)
	b = append(b, " (threshold "...)
	b = fiscal.FigureScaled(hc, he+2).Append(b)
	b = append(b, "%) and 偏差原因 gives no explanation"...)
	f := rule(RuleActualHigh).FindingText(w, b)
	f.Expected = fiscal.FigureScaled(tv, -8)
	f.Actual = fiscal.FigureScaled(av, -8)
	f.Unit = t.Unit
	return f, true
}
