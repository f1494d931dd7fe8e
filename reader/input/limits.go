package input

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"
)

// Limits bound what reading one report may cost. A zero field means "no
// limit" for that field; [DefaultLimits] gives the values to use.
type Limits struct {
	// MaxBytes is the largest input accepted, in bytes as read (before
	// decoding).
	MaxBytes int64
	// MaxLineBytes is the longest line accepted, in bytes as read. A line
	// ends at LF or CR.
	MaxLineBytes int
	// MaxPages is the largest number of pages accepted: a text's pages are
	// separated by form feeds (as pdftotext writes them).
	MaxPages int
	// Timeout is the time budget for reading and checking one report.
	Timeout time.Duration
}

// Default limits.
const (
	DefaultMaxBytes     = 64 << 20 // 64 MiB
	DefaultMaxLineBytes = 256 << 10
	DefaultMaxPages     = 2000
	DefaultTimeout      = 60 * time.Second
)

// DefaultLimits returns 64 MiB of input, lines of at most 256 KiB, 2,000
// pages and 60 seconds.
func DefaultLimits() Limits {
	return Limits{MaxBytes: DefaultMaxBytes, MaxLineBytes: DefaultMaxLineBytes, MaxPages: DefaultMaxPages, Timeout: DefaultTimeout}
}

// tooLarge is the error for an input past MaxBytes.
func (l Limits) tooLarge() *NotReadableError {
	return &NotReadableError{Reason: ReasonTooLarge, Detail: fmt.Sprintf("more than %d bytes (Limits.MaxBytes)", l.MaxBytes), Offset: l.MaxBytes}
}

// tooLong is the error for a line past MaxLineBytes.
func (l Limits) tooLong(offset int64, line int) *NotReadableError {
	return &NotReadableError{Reason: ReasonLineTooLong, Detail: fmt.Sprintf("line %d is longer than %d bytes (Limits.MaxLineBytes)", line, l.MaxLineBytes), Offset: offset, Line: line}
}

// tooManyPages is the error for a text past MaxPages.
func (l Limits) tooManyPages() *NotReadableError {
	return notReadable(ReasonTooManyPages, fmt.Sprintf("more than %d pages (Limits.MaxPages)", l.MaxPages))
}

// timedOut is the error for a read past Timeout.
func (l Limits) timedOut() *NotReadableError {
	return notReadable(ReasonTimeout, fmt.Sprintf("more than %s (Limits.Timeout)", l.Timeout))
}

// lineScanner tracks line lengths across chunks of input.
type lineScanner struct {
	max    int   // MaxLineBytes, 0 for none
	cur    int   // bytes in the current line so far
	line   int   // 1-based number of the current line
	offset int64 // bytes scanned before the current chunk
	lastCR bool  // the last byte scanned was a CR
}

// scan checks chunk, the next bytes of the input, and returns the error of
// the first line that passes the limit.
func (s *lineScanner) scan(chunk []byte, l Limits) error {
	if s.max <= 0 {
		return nil
	}
	for i := 0; i < len(chunk); {
		j := bytes.IndexAny(chunk[i:], "\n\r")
		if j < 0 {
			j = len(chunk) - i
		}
		if j > 0 {
			s.lastCR = false
		}
		if s.cur+j > s.max {
			return l.tooLong(s.offset+int64(i+s.max-s.cur), s.line)
		}
		if i+j == len(chunk) {
			s.cur += j
			break
		}
		c := chunk[i+j]
		if !(c == '\n' && j == 0 && s.lastCR) { // the LF of a CR LF ends no new line
			s.line++
		}
		s.lastCR = c == '\r'
		s.cur = 0
		i += j + 1
	}
	s.offset += int64(len(chunk))
	return nil
}

// CheckLines returns a [*NotReadableError] naming the first line of data
// longer than lim.MaxLineBytes, or nil. It allocates nothing.
func CheckLines(data []byte, lim Limits) error {
	if lim.MaxLineBytes <= 0 || shortLines(data, lim.MaxLineBytes) {
		return nil
	}
	s := lineScanner{max: lim.MaxLineBytes, line: 1}
	return s.scan(data, lim)
}

// shortLines reports whether no stretch of data between two LFs (or an
// end) is longer than max: then no line is, CRs ending lines only within
// those stretches. It finds the LFs by IndexByte, which a text's lines
// pass many bytes at a time; the scan, which looks for CR and LF at once,
// runs only to find the line that is too long.
func shortLines(data []byte, max int) bool {
	for len(data) > max {
		i := bytes.IndexByte(data[:max+1], '\n')
		if i < 0 {
			return false
		}
		data = data[i+1:]
	}
	return true
}

// ReadAll reads r to its end within lim: it stops with a
// [*NotReadableError] as soon as the input passes MaxBytes
// ([ReasonTooLarge]), a line of text passes MaxLineBytes
// ([ReasonLineTooLong]), or Timeout has passed between two reads
// ([ReasonTimeout]; a Read that blocks is not interrupted). Once it has
// the first 64 KiB (or the whole input, if shorter) it tells the format
// as [Sniff] does: binary data stops the read at once ([ReasonBinary]);
// the lines of a PDF, an Office file or an archive are not checked (they
// are not text). Memory stays within about MaxBytes whatever r gives, so
// an endless reader is safe. Errors of r other than io.EOF are returned as
// they are.
func ReadAll(r io.Reader, lim Limits) ([]byte, error) {
	var deadline time.Time
	if lim.Timeout > 0 {
		deadline = time.Now().Add(lim.Timeout)
	}
	lines := lineScanner{max: lim.MaxLineBytes, line: 1}
	decided, text := false, true // whether the format is told, and is text
	scanned := 0                 // bytes of buf the line check has seen
	size := 64 << 10
	if lim.MaxBytes > 0 && int64(size) > lim.MaxBytes {
		size = int(lim.MaxBytes)
	}
	buf := make([]byte, 0, size)
	// check tells the format once enough is read, then checks the lines
	// of text read since the last call.
	check := func(eof bool) error {
		if !decided && (len(buf) >= sniffLen || eof) {
			decided = true
			switch f := sniff(buf, !eof); {
			case f == FormatBinary:
				return notReadable(ReasonBinary, "")
			case !f.IsText() && f != FormatEmpty:
				text = false
			}
		}
		if decided && text {
			if err := lines.scan(buf[scanned:], lim); err != nil {
				return err
			}
			scanned = len(buf)
		}
		return nil
	}
	for {
		if lim.MaxBytes > 0 && int64(len(buf)) == lim.MaxBytes {
			// Full: one more byte means too large, EOF means exactly the
			// limit. A small probe spares growing the buffer past it.
			if err := probeEOF(r, lim); err != nil {
				return nil, err
			}
			if err := check(true); err != nil {
				return nil, err
			}
			return buf, nil
		}
		if len(buf) == cap(buf) {
			n := 2 * cap(buf)
			if lim.MaxBytes > 0 && int64(n) > lim.MaxBytes {
				n = int(lim.MaxBytes)
			}
			nb := make([]byte, len(buf), n)
			copy(nb, buf)
			buf = nb
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := errors.Is(err, io.EOF)
		if cerr := check(eof); cerr != nil {
			return nil, cerr
		}
		if eof {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if !deadline.IsZero() && time.Now().After(deadline) {
			return nil, lim.timedOut()
		}
	}
}

// probeEOF reads r past a full buffer: nil at EOF, a too-large error when
// r has more.
func probeEOF(r io.Reader, lim Limits) error {
	var probe [1]byte
	for range 100 { // readers may return 0, nil a few times
		n, err := r.Read(probe[:])
		if n > 0 {
			return lim.tooLarge()
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return io.ErrNoProgress
}

// WithTimeout runs f and returns its results, or a [*NotReadableError]
// with [ReasonTimeout] when f has not returned within d (no limit when d ≤
// 0). f cannot be interrupted: after a timeout it runs on to its end in
// the background and its results are dropped, so f must not write to
// anything the caller keeps using. A panic in f is not recovered.
func WithTimeout[T any](d time.Duration, f func() (T, error)) (T, error) {
	return WithContext(context.Background(), d, f)
}

// WithContext is [WithTimeout] that also returns, with ctx's error, when
// ctx is done first (f runs on in the background then too).
func WithContext[T any](ctx context.Context, d time.Duration, f func() (T, error)) (T, error) {
	var zero T
	if err := ctx.Err(); err != nil {
		return zero, err
	}
	if d <= 0 && ctx.Done() == nil {
		return f()
	}
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := f()
		done <- result{v, err}
	}()
	var timeout <-chan time.Time
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case r := <-done:
		return r.v, r.err
	case <-timeout:
		return zero, Limits{Timeout: d}.timedOut()
	case <-ctx.Done():
		return zero, ctx.Err()
	}
}
