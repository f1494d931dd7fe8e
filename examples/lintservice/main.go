// Command lintservice is a minimal HTTP service that checks published final
// accounts: POST a report (the library's JSON form of a Document, or either
// text form) to /lint and get the findings back as JSON. It shows how a Go
// service embeds the library.
//
//	go run ./examples/lintservice -addr :8080
//	curl --data-binary @report.txt localhost:8080/lint
//
// Responses: 200 with {"format", "stats", "errors", "findings"}; 400 for an
// unusable document; 405 for a method other than POST; 413 past the size
// limit; 415 for a PDF (convert it with pdftotext -layout first).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
)

// MaxBody is the largest report the service reads, in bytes.
const MaxBody = 8 << 20

// response is the body of a successful check.
type response struct {
	Format   string           `json:"format"`
	Stats    parse.Stats      `json:"stats"`
	Errors   bool             `json:"errors"` // whether any finding has severity error
	Findings []fiscal.Finding `json:"findings"`
}

type problem struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// Handler returns the service's handler.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/lint", lint)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok\n") })
	return mux
}

func lint(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeJSON(w, http.StatusMethodNotAllowed, problem{"POST a report to /lint"})
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeJSON(w, http.StatusRequestEntityTooLarge, problem{"the report is larger than 8 MiB"})
			return
		}
		writeJSON(w, http.StatusBadRequest, problem{"reading the request: " + err.Error()})
		return
	}
	if parse.Detect(body) == parse.FormatPDF {
		writeJSON(w, http.StatusUnsupportedMediaType, problem{"send the text of the PDF (pdftotext -layout), not the PDF"})
		return
	}
	res, err := parse.Parse(body)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, problem{err.Error()})
		return
	}
	findings := append(res.Findings, res.Document.Check(disclosure.CheckOptions{})...)
	fiscal.SortFindings(findings)
	if findings == nil {
		findings = []fiscal.Finding{}
	}
	writeJSON(w, http.StatusOK, response{Format: res.Format.String(), Stats: res.Stats, Errors: fiscal.HasErrors(findings), Findings: findings})
}

func main() {
	addr := flag.String("addr", "localhost:8080", "address to listen on")
	flag.Parse()
	srv := &http.Server{Addr: *addr, Handler: Handler(), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second}
	log.Printf("lintservice listening on %s", *addr)
	log.Fatal(srv.ListenAndServe())
}
