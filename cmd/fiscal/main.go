// Command fiscal looks up classification codes, lists the rules of every
// check, and (as the library grows) checks published final-accounts
// reports.
//
// Usage:
//
//	fiscal code [--edition 2024] [--json] CODE...
//	fiscal rules [--json]
//	fiscal lint [--json] FILE|-
//	fiscal tables FILE|-
//	fiscal indicator --target TEXT --actual TEXT [--kind 产出/数量] [--weight W] [--json]
//
// Exit status: 0 on success, 1 when a code is unknown or a check finds an
// error, 2 on bad usage or input that is not a readable report (one line
// on standard error says why: empty, binary, an archive, a scanned PDF, not
// a report, a limit passed). "-" reads standard input. The format is told
// from the content, not the file name; text may be UTF-8, UTF-16 or
// GB18030. Reading a PDF needs pdftotext (Debian package poppler-utils).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"code", "look codes up in the embedded catalogs", runCode},
		{"rules", "list the rules of every check", runRules},
		{"lint", "check a published report (text, .json, .pdf; - for standard input)", withStdin(runLint)},
		{"tables", "print the tables of a report as read", withStdin(runTables)},
		{"indicator", "read, evaluate and score a performance target and actual", runIndicator},
		{"score", "precision and recall of findings against adjudicated defects", runScore},
		{"catalog", "harvest code–name pairs from reports that the catalog lacks", runCatalog},
		{"export", "write a report's tables or ledgers to Parquet (--parquet FILE)", runExport},
	}
}

// withStdin adapts a command that reads standard input ("-") to the
// command signature, giving it os.Stdin.
func withStdin(f func(args []string, stdin io.Reader, stdout, stderr io.Writer) int) func(args []string, stdout, stderr io.Writer) int {
	return func(args []string, stdout, stderr io.Writer) int { return f(args, os.Stdin, stdout, stderr) }
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "fiscal: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: fiscal <command> [flags] [arguments]")
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
}

// parseFlags parses flags wherever they appear among the arguments
// ("fiscal code 201 --json" as well as "fiscal code --json 201") and returns
// the positional arguments. "--" ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
