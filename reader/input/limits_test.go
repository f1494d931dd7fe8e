package input_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// endless is a reader that never ends: it repeats its pattern forever.
type endless struct {
	pattern []byte
	off     int
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.pattern[e.off%len(e.pattern)]
		e.off++
	}
	return len(p), nil
}

// slow returns one byte per read, after a pause.
type slow struct{ d time.Duration }

func (s slow) Read(p []byte) (int, error) {
	time.Sleep(s.d)
	p[0] = '\n'
	return 1, nil
}

func reasonOf(t *testing.T, err error) input.Reason {
	t.Helper()
	var nr *input.NotReadableError
	require.True(t, errors.As(err, &nr), "%v is not a NotReadableError", err)
	return nr.Reason
}

func TestReadAll(t *testing.T) {
	// /dev/zero: binary, told from the first 64 KiB.
	z := &endless{pattern: []byte{0}}
	_, err := input.ReadAll(z, input.DefaultLimits())
	assert.Equal(t, input.ReasonBinary, reasonOf(t, err))
	assert.LessOrEqual(t, z.off, 128<<10, "stops after the first 64 KiB or so")

	// An endless single line of text: the line limit stops it.
	x := &endless{pattern: []byte("收入支出决算总表")}
	_, err = input.ReadAll(x, input.DefaultLimits())
	assert.Equal(t, input.ReasonLineTooLong, reasonOf(t, err))
	assert.LessOrEqual(t, x.off, 2*input.DefaultMaxLineBytes)

	// An endless zip: not text, so no line check; the size limit stops it.
	_, err = input.ReadAll(io.MultiReader(strings.NewReader("PK\x03\x04"), &endless{pattern: []byte{0}}), input.Limits{MaxBytes: 1 << 20, MaxLineBytes: 100})
	assert.Equal(t, input.ReasonTooLarge, reasonOf(t, err))

	// Endless short lines: the size limit stops it.
	lim := input.Limits{MaxBytes: 1 << 20, MaxLineBytes: 100}
	_, err = input.ReadAll(&endless{pattern: []byte("决算 100.00\n")}, lim)
	assert.Equal(t, input.ReasonTooLarge, reasonOf(t, err))

	// Exactly MaxBytes is accepted; one more is not.
	b, err := input.ReadAll(bytes.NewReader(bytes.Repeat([]byte("a"), 1000)), input.Limits{MaxBytes: 1000})
	require.NoError(t, err)
	assert.Len(t, b, 1000)
	_, err = input.ReadAll(bytes.NewReader(bytes.Repeat([]byte("a"), 1001)), input.Limits{MaxBytes: 1000})
	assert.Equal(t, input.ReasonTooLarge, reasonOf(t, err))

	// The time budget is checked between reads.
	_, err = input.ReadAll(slow{5 * time.Millisecond}, input.Limits{Timeout: 20 * time.Millisecond})
	assert.Equal(t, input.ReasonTimeout, reasonOf(t, err))

	// Other errors come back as they are.
	_, err = input.ReadAll(io.MultiReader(strings.NewReader("abc"), errReader{}), input.DefaultLimits())
	assert.ErrorIs(t, err, errBroken)
	assert.NotErrorIs(t, err, input.ErrNotReadable)
}

var errBroken = errors.New("broken")

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errBroken }

// TestReadAllMemory: an endless reader under the default limits stops at
// 64 MiB of input having allocated a bounded amount.
func TestReadAllMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 64 MiB")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err := input.ReadAll(&endless{pattern: []byte("收入 100.00\n")}, input.DefaultLimits())
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	assert.Equal(t, input.ReasonTooLarge, reasonOf(t, err))
	total := after.TotalAlloc - before.TotalAlloc
	t.Logf("endless reader: stopped after %v, %d MiB allocated in all", elapsed, total>>20)
	// Doubling from 64 KiB to 64 MiB allocates under 2 × 64 MiB in all.
	assert.Less(t, total, uint64(2*input.DefaultMaxBytes+1<<20))
}

func TestWithTimeout(t *testing.T) {
	v, err := input.WithTimeout(time.Second, func() (int, error) { return 42, nil })
	require.NoError(t, err)
	assert.Equal(t, 42, v)

	release := make(chan struct{})
	defer close(release)
	_, err = input.WithTimeout(10*time.Millisecond, func() (int, error) { <-release; return 0, nil })
	assert.Equal(t, input.ReasonTimeout, reasonOf(t, err))

	v, err = input.WithTimeout(0, func() (int, error) { return 7, errBroken })
	assert.Equal(t, 7, v)
	assert.ErrorIs(t, err, errBroken)
}

func TestWithContext(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(10 * time.Millisecond); cancel() }()
	_, err := input.WithContext(ctx, time.Minute, func() (int, error) { <-release; return 0, nil })
	assert.ErrorIs(t, err, context.Canceled)

	_, err = input.WithContext(ctx, 0, func() (int, error) { return 1, nil })
	assert.ErrorIs(t, err, context.Canceled, "a context already done runs nothing")

	v, err := input.WithContext(context.Background(), 0, func() (int, error) { return 3, nil })
	require.NoError(t, err)
	assert.Equal(t, 3, v)
}

func TestDefaultLimits(t *testing.T) {
	assert.Equal(t, input.Limits{MaxBytes: 64 << 20, MaxLineBytes: 256 << 10, MaxPages: 2000, Timeout: time.Minute}, input.DefaultLimits())
}
