package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

// allRules lists the rules of every package that has rules.
func allRules() []fiscal.Rule {
	var out []fiscal.Rule
	out = append(out, accounts.Rules()...)
	out = append(out, threepublic.Rules()...)
	out = append(out, procurement.Rules()...)
	out = append(out, perf.Rules()...)
	out = append(out, disclosure.Rules()...)
	out = append(out, parse.Rules()...)
	out = append(out, budget.Rules()...)
	return out
}

func runRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print a JSON array of {id, title, scope, severity}")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if len(rest) > 0 {
		fmt.Fprintln(stderr, "usage: fiscal rules [--json]")
		return 2
	}
	rules := allRules()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rules); err != nil {
			fmt.Fprintln(stderr, "fiscal rules:", err)
			return 2
		}
		return 0
	}
	for _, r := range rules {
		fmt.Fprintf(stdout, "%-40s %-11s %-7s %s\n", r.ID, r.Scope, r.Severity, r.Title)
	}
	return 0
}
