// Command daye2024 reproduces the 2024 final accounts of 大冶市政务服务和大数据
// 管理局 (Daye City Government Services and Big Data Administration) with the
// fiscal library: it builds the whole report from typed values (every figure
// a fact from the published report), prints the nine tables in their
// published layout, the narrative's figures next to the recomputed ones,
// "三公", 机关运行经费, 政府采购, the performance scores, and every finding.
//
//	go run ./examples/daye2024          # the report and its findings
//	go run ./examples/daye2024 --json   # the findings only, as JSON
//
// The README next to this file lists the report's real inconsistencies.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/cnfiscal/fiscal/threepublic"
	"github.com/shopspring/decimal"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("daye2024", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print only the findings, as a JSON array")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	doc := daye2024.Document()
	findings := doc.Check(disclosure.CheckOptions{})
	if *asJSON {
		if err := fiscal.EncodeFindings(stdout, findings); err != nil {
			fmt.Fprintln(stderr, "daye2024:", err)
			return 1
		}
		return 0
	}
	var b strings.Builder
	report(&b, doc, findings)
	if _, err := io.WriteString(stdout, b.String()); err != nil {
		fmt.Fprintln(stderr, "daye2024:", err)
		return 1
	}
	return 0
}

func heading(b *strings.Builder, s string) {
	b.WriteString("\n" + s + "\n" + strings.Repeat("=", 60) + "\n\n")
}

func report(b *strings.Builder, doc *disclosure.Document, findings []fiscal.Finding) {
	fmt.Fprintf(b, "%s（%d年度部门决算）\n", doc.Department, doc.Year)
	for _, u := range doc.Units {
		fmt.Fprintf(b, "  单位：%s（%s）\n", u.Name, u.Type)
	}

	heading(b, "Tables 公开01–公开09 (as published, 万元)")
	_ = doc.RenderTables(b)

	heading(b, "Narrative figures: printed against recomputed")
	narrative(b, doc)

	heading(b, "“三公”经费")
	threePublic(b, doc)

	heading(b, "机关运行经费")
	rc := doc.RunningCost
	public, _ := doc.Tables.BasicExpenditure.Named(accounts.SideMain, accounts.ItemPublicTotal)
	fmt.Fprintf(b, "printed (line %d): %s万元; 公开06 公用经费合计: %s万元\n", rc.Line,
		rc.Amount.Format(fiscal.Format{Unit: fiscal.WanYuan, Decimals: rc.Decimals}), public.Cell(accounts.ColAmount).Format(fiscal.TableFormat()))

	heading(b, "政府采购")
	p := doc.Procurement
	f := fiscal.TableFormat()
	fmt.Fprintf(b, "总额 %s = 货物 %s + 工程 %s + 服务 %s\n", p.Total.Format(f), p.Goods.Format(f), p.Works.Format(f), p.Services.Format(f))
	for _, s := range p.Shares() {
		v := "—"
		if s.Err == nil {
			v = s.Value.Percent(2).StringFixed(2) + "%"
		}
		fmt.Fprintf(b, "%s 占%s: %s\n", s.Name, s.Denominator, v)
	}

	heading(b, "Performance self-evaluation scores")
	performance(b, doc)

	heading(b, fmt.Sprintf("Findings (%d)", len(findings)))
	for _, f := range findings {
		fmt.Fprintf(b, "%s\n", f)
	}
}

func narrative(b *strings.Builder, doc *disclosure.Document) {
	for _, s := range doc.Narrative {
		exp, ok := doc.Expected(s)
		if !ok {
			continue
		}
		// = agrees, ≈ differs within rounding, ≠ differs.
		mark := "="
		for _, f := range doc.CheckStatement(s, nil) {
			if f.WithinRounding || f.Severity == fiscal.SeverityInfo {
				mark = "≈"
			} else {
				mark = "≠"
			}
		}
		fmt.Fprintf(b, "line %4d  %-8s %s  printed %s %s recomputed %s\n", s.Line, s.Kind, s.Subject, s.Figure, mark, exp)
	}
}

func threePublic(b *strings.Builder, doc *disclosure.Document) {
	t := doc.ThreePublic
	f := fiscal.TableFormat()
	fmt.Fprintf(b, "预算数 合计 %s, 决算数 合计 %s\n", t.Budget.Total.Format(f), t.Actual.Total.Format(f))
	cmp, err := threepublic.Compare(t, threepublic.Expenses{})
	if err != nil {
		return
	}
	for _, c := range cmp {
		rate := "—"
		if r, err := c.Completion(); err == nil {
			rate = r.Percent(1).StringFixed(1) + "%"
		}
		fmt.Fprintf(b, "  %s: 预算 %s 决算 %s 完成 %s\n", c.Name, orZero(c.Budget), orZero(c.Actual), rate)
	}
	s := doc.ThreePublicStatistics
	fmt.Fprintf(b, "出国团组 %s 个 %s 人次; 公务用车购置 %s 辆, 保有 %s 辆; 国内接待 %s 批 %s 人次; 外宾接待 %s 批 %s 人次\n",
		s.AbroadGroups, s.AbroadPersons, s.VehiclesPurchased, s.VehiclesHeld, s.ReceptionBatches, s.ReceptionPersons, s.ForeignBatches, s.ForeignPersons)
}

func orZero(c fiscal.Cell) string { return c.OrZero().Format(fiscal.TableFormat()) }

func performance(b *strings.Builder, doc *disclosure.Document) {
	// The usual scheme: 执行率 10 + 产出 50 / 效益 30 / 满意度 10; an actual
	// that repeats a qualitative target word for word counts as 达成.
	scheme := perf.DefaultScoringScheme()
	scheme.Judge = perf.JudgeVerbatim
	if d := doc.Performance.Department; d != nil {
		s, err := perf.ScoreDepartment(*d, decimal.Zero, perf.JudgeVerbatim)
		if err != nil {
			fmt.Fprintf(b, "%s: %v\n", d.Title, err)
		} else {
			fmt.Fprintf(b, "%s: %d indicators (%d not assessable), 得分 %s  %s\n\n", d.Title, len(s.Rows), s.Unassessed, s.Total.StringFixed(2), s.Grade)
		}
	}
	for _, p := range doc.Performance.Projects {
		s, err := perf.ScoreProject(p, scheme)
		if err != nil {
			fmt.Fprintf(b, "%s: %v\n", p.Project, err)
			continue
		}
		fmt.Fprintf(b, "%s  执行率 %-8s 得分 %6s  %s\n", disclosure.PadRight(p.Project, 52), p.Rate, s.Total.StringFixed(2), s.Grade)
	}
}
