// Command lintservice is a minimal HTTP service that checks published final
// accounts: POST a report (the library's JSON form of a Document, or either
// text form, in UTF-8, UTF-16 or GB18030) to /lint and get the findings
// back as JSON. It shows how a Go service embeds the library, and how it
// stays within bounds under hostile or heavy load.
//
//	go run ./examples/lintservice -addr :8080
//	curl --data-binary @report.txt localhost:8080/lint
//
// Responses, each a JSON body:
//
//	200 {"format", "stats", "errors", "findings"}
//	405 a method other than POST
//	413 a body larger than the limit (8 MiB by default)
//	415 a PDF, a legacy Office file, an archive or binary data (send the text)
//	422 not a readable report: empty, not a report, malformed JSON or
//	    document, a line too long, or past the time budget
//	503 every check slot busy for longer than the queue wait (Retry-After)
//
// Errors are {"error": "...", "reason": "..."}; reason is the short reason
// of reader/input (e.g. "binary data, not text") when there is one.
//
// Bounds: at most Config.MaxConcurrent checks run at once (a semaphore);
// a request waits at most Config.QueueWait for a slot, and its body is not
// read before it has one, so memory stays within about MaxConcurrent
// bodies whatever the number of clients. The server sets read, write,
// header and idle timeouts ([NewServer]).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"runtime"
	"time"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/reader/input"
)

// MaxBody is the default largest report the service reads, in bytes.
const MaxBody = 8 << 20

// Config bounds the service.
type Config struct {
	MaxBody       int64         // largest request body, in bytes
	MaxConcurrent int           // checks running at once
	QueueWait     time.Duration // longest wait for a free slot before 503
	CheckTimeout  time.Duration // time budget of reading the body, and again of the check
}

// DefaultConfig returns 8 MiB bodies, one check per CPU, a 5 s queue wait
// and a 30 s budget per check.
func DefaultConfig() Config {
	return Config{MaxBody: MaxBody, MaxConcurrent: runtime.GOMAXPROCS(0), QueueWait: 5 * time.Second, CheckTimeout: 30 * time.Second}
}

// response is the body of a successful check.
type response struct {
	Format   string           `json:"format"`
	Stats    parse.Stats      `json:"stats"`
	Errors   bool             `json:"errors"` // whether any finding has severity error
	Findings []fiscal.Finding `json:"findings"`
}

// problem is the body of every error response.
type problem struct {
	Error  string `json:"error"`
	Reason string `json:"reason,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// Handler returns the service's handler with [DefaultConfig].
func Handler() http.Handler { return NewHandler(DefaultConfig()) }

// NewHandler returns the service's handler bounded by c.
func NewHandler(c Config) http.Handler {
	s := &service{cfg: c, slots: make(chan struct{}, max(c.MaxConcurrent, 1))}
	mux := http.NewServeMux()
	mux.HandleFunc("/lint", s.lint)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok\n") })
	return mux
}

// NewServer returns an http.Server for the handler with timeouts: 5 s to
// read the headers, 60 s to read a request, 90 s to write the answer,
// 120 s idle, and 64 KiB of headers.
func NewServer(addr string, c Config) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           NewHandler(c),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      90 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// service holds the configuration and the semaphore of check slots.
type service struct {
	cfg   Config
	slots chan struct{}
}

// outcome is what one check gives: a response or an error status.
type outcome struct {
	status int
	body   any
}

func (s *service) lint(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeJSON(w, http.StatusMethodNotAllowed, problem{Error: "POST a report to /lint"})
		return
	}
	if s.cfg.MaxBody > 0 && r.ContentLength > s.cfg.MaxBody {
		writeJSON(w, http.StatusRequestEntityTooLarge, s.tooLarge())
		return
	}
	// Wait for a slot; the body is not read before there is one.
	wait := time.NewTimer(s.cfg.QueueWait)
	defer wait.Stop()
	select {
	case s.slots <- struct{}{}:
	case <-wait.C:
		w.Header().Set("Retry-After", "1")
		writeJSON(w, http.StatusServiceUnavailable, problem{Error: "busy: every check slot is taken, try again"})
		return
	case <-r.Context().Done():
		return
	}
	// The body is read here, within the size limit and the time budget;
	// the check runs on without the request.
	lim := input.DefaultLimits()
	lim.MaxBytes, lim.Timeout = s.cfg.MaxBody, s.cfg.CheckTimeout
	limited := http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	body, err := input.ReadAll(limited, lim)
	if err != nil {
		<-s.slots
		o := s.readError(err)
		if o.status != http.StatusRequestEntityTooLarge {
			// Refused early (binary data is told from its first 64 KiB):
			// take in the rest of the body, within the size limit and
			// without keeping it, so that the client, still sending, reads
			// the answer rather than a broken pipe.
			_, _ = io.Copy(io.Discard, limited)
		}
		writeJSON(w, o.status, o.body)
		return
	}
	// The slot is released when the check ends, even one that ran past its
	// time budget, so that MaxConcurrent bounds the work really running.
	done := make(chan outcome, 1)
	go func() {
		defer func() { <-s.slots }()
		done <- s.check(body)
	}()
	budget := time.NewTimer(s.cfg.CheckTimeout)
	defer budget.Stop()
	select {
	case o := <-done:
		writeJSON(w, o.status, o.body)
	case <-budget.C:
		writeJSON(w, http.StatusUnprocessableEntity, problem{Error: fmt.Sprintf("the check took longer than %s", s.cfg.CheckTimeout), Reason: input.ReasonTimeout.String()})
	}
}

func (s *service) tooLarge() problem {
	return problem{Error: fmt.Sprintf("the report is larger than %d bytes", s.cfg.MaxBody), Reason: input.ReasonTooLarge.String()}
}

// check checks a report's body.
func (s *service) check(body []byte) outcome {
	switch f := input.Sniff(body); {
	case f == input.FormatPDF, f == input.FormatOLE:
		return outcome{http.StatusUnsupportedMediaType, problem{Error: "a " + f.String() + " file: send its text (for a PDF, pdftotext -layout)", Reason: input.ReasonUnsupported.String()}}
	case f.IsArchive():
		return outcome{http.StatusUnsupportedMediaType, problem{Error: "a " + f.String() + " archive: send the report inside it", Reason: input.ReasonArchive.String()}}
	case f == input.FormatBinary:
		return outcome{http.StatusUnsupportedMediaType, problem{Error: "binary data: send the report's text", Reason: input.ReasonBinary.String()}}
	}
	// Text in any encoding, JSON, HTML, DOCX, XLSX; 决算 or 预算. The time
	// budget is the handler's.
	lim := input.DefaultLimits()
	lim.MaxBytes, lim.Timeout = s.cfg.MaxBody, 0
	rep, err := parse.Lint(context.Background(), bytes.NewReader(body), parse.LintOptions{Limits: lim})
	if err != nil {
		return s.readError(err)
	}
	return outcome{http.StatusOK, response{Format: rep.Format, Stats: rep.Result.Stats, Errors: rep.Errors(), Findings: rep.Findings}}
}

// readError maps an error of reading or parsing to its status: 413 past
// the size limit, 415 for what is not text, 422 for any other report that
// cannot be read, 400 for a broken request.
func (s *service) readError(err error) outcome {
	var tooBig *http.MaxBytesError
	var nr *input.NotReadableError
	switch {
	case errors.As(err, &tooBig), errors.As(err, &nr) && nr.Reason == input.ReasonTooLarge:
		return outcome{http.StatusRequestEntityTooLarge, s.tooLarge()}
	case errors.As(err, &nr) && (nr.Reason == input.ReasonBinary || nr.Reason == input.ReasonArchive || nr.Reason == input.ReasonUnsupported):
		return outcome{http.StatusUnsupportedMediaType, problem{Error: err.Error(), Reason: nr.Reason.String()}}
	case errors.As(err, &nr):
		return outcome{http.StatusUnprocessableEntity, problem{Error: err.Error(), Reason: nr.Reason.String()}}
	case errors.Is(err, parse.ErrUnusable): // malformed JSON
		return outcome{http.StatusUnprocessableEntity, problem{Error: err.Error(), Reason: input.ReasonMalformed.String()}}
	}
	return outcome{http.StatusBadRequest, problem{Error: "reading the request: " + err.Error()}}
}

func main() {
	addr := flag.String("addr", "localhost:8080", "address to listen on")
	c := DefaultConfig()
	flag.IntVar(&c.MaxConcurrent, "concurrent", c.MaxConcurrent, "checks running at once")
	flag.Int64Var(&c.MaxBody, "max-body", c.MaxBody, "largest request body, in bytes")
	flag.DurationVar(&c.QueueWait, "queue-wait", c.QueueWait, "longest wait for a free check slot before 503")
	flag.DurationVar(&c.CheckTimeout, "check-timeout", c.CheckTimeout, "time budget of one check")
	flag.Parse()
	srv := NewServer(*addr, c)
	log.Printf("lintservice listening on %s", *addr)
	log.Fatal(srv.ListenAndServe())
}
