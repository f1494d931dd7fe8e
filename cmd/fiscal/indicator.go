package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
)

// indicatorResult is the JSON form of `fiscal indicator --json`. Numbers are
// decimal strings, never JSON numbers; score is null when the indicator is
// not assessable.
type indicatorResult struct {
	Target  targetJSON `json:"target"`
	Actual  targetJSON `json:"actual"`
	Kind    string     `json:"kind,omitempty"`
	Applied string     `json:"applied"`
	Outcome string     `json:"outcome"`
	Cause   string     `json:"cause"`
	Reason  string     `json:"reason"`
	Weight  string     `json:"weight"`
	Score   *string    `json:"score"`
}

// targetJSON is a target or an actual as read.
type targetJSON struct {
	Text        string `json:"text"`
	Comparator  string `json:"comparator"`
	Written     string `json:"written,omitempty"`
	Period      string `json:"period,omitempty"`
	Value       string `json:"value,omitempty"`
	High        string `json:"high,omitempty"`
	Unit        string `json:"unit"`
	Measure     string `json:"measure,omitempty"`
	Amount      string `json:"amount,omitempty"` // money in 元
	Qualitative bool   `json:"qualitative"`
}

func toJSON(t perf.Target) targetJSON {
	j := targetJSON{Text: t.Text, Comparator: t.Comparator.String(), Qualitative: t.Qualitative}
	if t.Qualitative {
		return j
	}
	j.Written, j.Period, j.Value, j.Unit, j.Measure = t.Written, t.Period, t.Number.String(), t.Unit, t.Measure().String()
	if t.Comparator == perf.Between {
		j.High = t.High.String()
	}
	if a, ok := t.Amount(); ok {
		j.Amount = a.String()
	}
	return j
}

var judgements = map[string]perf.Outcome{
	"达成": perf.Met, "met": perf.Met,
	"部分达成": perf.Partly, "partly": perf.Partly,
	"未达成": perf.NotMet, "not_met": perf.NotMet,
}

func runIndicator(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("indicator", flag.ContinueOnError)
	fs.SetOutput(stderr)
	target := fs.String("target", "", "the target as written (年初目标值): \"≥30次\", \"不低于95%\", \"合规\"")
	actual := fs.String("actual", "", "the actual as written (实际完成值)")
	kind := fs.String("kind", "", "the indicator's 一级/二级, e.g. 产出/数量 or 成本: a bare cost target is an upper bound")
	weight := fs.String("weight", "100", "the indicator's points (分值), a decimal")
	judgement := fs.String("judgement", "", "for a qualitative indicator: 达成, 部分达成 or 未达成 (met, partly, not_met)")
	reverse := fs.String("reverse", "ratio", "反向 scoring when a cost is exceeded: ratio (t/a × w) or deviation ((1 − (a − t)/t) × w)")
	asJSON := fs.Bool("json", false, "print a JSON object")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fiscal indicator --target TEXT --actual TEXT [--kind 产出/数量] [--weight W] [--judgement 达成] [--json]")
		fmt.Fprintln(stderr, "Reads a target and an actual as written on a self-evaluation form, evaluates and scores them.")
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if len(rest) > 0 || !set["target"] || !set["actual"] {
		fs.Usage()
		return 2
	}
	var o perf.EvalOptions
	if *kind != "" {
		c, err := perf.ParseCategory(*kind)
		if err != nil {
			fmt.Fprintln(stderr, "fiscal indicator: --kind:", fiscal.Quote(err.Error(), fiscal.MaxMessage))
			return 2
		}
		o.Cost = c.IsCost()
	}
	// Bounded: no exponent and at most perf.MaxDigits digits, so that an
	// absurd weight ("1e400000000") is an error, not a run-away computation.
	o.Weight, err = perf.ParseDecimal(*weight)
	if err != nil || o.Weight.IsNegative() {
		fmt.Fprintf(stderr, "fiscal indicator: --weight %q is not a non-negative decimal of at most %d digits\n", fiscal.Quote(*weight, 40), perf.MaxDigits)
		return 2
	}
	switch *reverse {
	case "ratio":
		o.Reverse = perf.ReverseRatio
	case "deviation":
		o.Reverse = perf.ReverseDeviation
	default:
		fmt.Fprintf(stderr, "fiscal indicator: --reverse %q: want ratio or deviation\n", *reverse)
		return 2
	}
	if *judgement != "" {
		out, ok := judgements[*judgement]
		if !ok {
			fmt.Fprintf(stderr, "fiscal indicator: --judgement %q: want 达成, 部分达成 or 未达成\n", *judgement)
			return 2
		}
		o.Judgement = &perf.Judgement{Outcome: out}
	}
	t, terr := perf.ParseTarget(*target)
	a, aerr := perf.ParseTarget(*actual)
	for _, e := range []error{terr, aerr} {
		if e != nil {
			fmt.Fprintln(stderr, "fiscal indicator:", targetMessage(e))
			return 2
		}
	}
	ev, err := perf.Evaluate(t, a, o)
	if err != nil {
		fmt.Fprintln(stderr, "fiscal indicator:", err)
		return 2
	}
	res := indicatorResult{
		Target: toJSON(t), Actual: toJSON(a), Applied: ev.Comparator.String(),
		Outcome: ev.Outcome.String(), Cause: ev.Cause.String(), Reason: ev.Reason, Weight: o.Weight.String(),
	}
	if *kind != "" {
		c, _ := perf.ParseCategory(*kind)
		res.Kind = c.String()
	}
	if ev.Scored {
		s := ev.Score.String()
		res.Score = &s
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			fmt.Fprintln(stderr, "fiscal indicator:", err)
			return 2
		}
		return 0
	}
	printTarget(stdout, "target", t)
	printTarget(stdout, "actual", a)
	fmt.Fprintf(stdout, "outcome  %s (%s): %s\n", ev.Outcome, ev.Outcome.Chinese(), ev.Reason)
	if ev.Scored {
		fmt.Fprintf(stdout, "score    %s of %s\n", ev.Score, o.Weight)
	} else {
		fmt.Fprintf(stdout, "score    none of %s\n", o.Weight)
	}
	return 0
}

func printTarget(w io.Writer, label string, t perf.Target) {
	if t.Qualitative {
		fmt.Fprintf(w, "%-8s %q: qualitative\n", label, t.Text)
		return
	}
	cmp := t.Comparator.String()
	if t.Written != "" {
		cmp += fmt.Sprintf(" (written %q)", t.Written)
	}
	value := t.Number.String()
	if t.Comparator == perf.Between {
		value += "–" + t.High.String()
	}
	unit := t.Unit
	if unit == "" {
		unit = "(none)"
	}
	fmt.Fprintf(w, "%-8s %q: comparator %s, value %s, unit %s (%s)", label, t.Text, cmp, value, unit, t.Measure())
	if t.Period != "" {
		fmt.Fprintf(w, ", period %s", t.Period)
	}
	if a, ok := t.Amount(); ok {
		fmt.Fprintf(w, ", amount %s 元", a)
	}
	fmt.Fprintln(w)
}

// targetMessage says why a target or an actual cannot be read, quoting at
// most 60 characters of it (the reason comes after the quote and must not
// be cut away).
func targetMessage(err error) string {
	var te *perf.TargetError
	if !errors.As(err, &te) {
		return fiscal.Quote(err.Error(), fiscal.MaxMessage)
	}
	msg := fmt.Sprintf("cannot read %q: %v", fiscal.Quote(te.Text, 60), te.Err)
	if te.Detail != "" {
		msg += " (" + te.Detail + ")"
	}
	return msg
}
