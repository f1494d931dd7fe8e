package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// blocking is a body that sends a little, then waits for release.
type blocking struct {
	sent    bool
	release chan struct{}
}

func (b *blocking) Read(p []byte) (int, error) {
	if !b.sent {
		b.sent = true
		return copy(p, "决算"), nil
	}
	<-b.release
	return 0, io.EOF
}

// TestBusy: with every slot taken, a request waits QueueWait and gets 503
// with Retry-After and a JSON body.
func TestBusy(t *testing.T) {
	srv := httptest.NewServer(NewHandler(Config{MaxBody: MaxBody, MaxConcurrent: 1, QueueWait: 50 * time.Millisecond, CheckTimeout: 10 * time.Second}))
	defer srv.Close()
	hold := &blocking{release: make(chan struct{})}
	first := make(chan int, 1)
	go func() {
		resp, err := http.Post(srv.URL+"/lint", "text/plain", hold)
		if err != nil {
			first <- 0
			return
		}
		resp.Body.Close()
		first <- resp.StatusCode
	}()
	time.Sleep(100 * time.Millisecond) // the first request holds the only slot
	start := time.Now()
	resp, v := postTo(t, srv.URL, bytes.NewReader([]byte("决算")))
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	assert.Equal(t, "1", resp.Header.Get("Retry-After"))
	assert.Contains(t, v["error"], "busy")
	assert.Less(t, time.Since(start), 2*time.Second)
	close(hold.release)
	assert.Equal(t, http.StatusUnprocessableEntity, <-first, "决算 alone is not a report")
}

// rng is a body of n random bytes, made as it is read.
type rng struct {
	r *rand.Rand
	n int64
}

func (g *rng) Read(p []byte) (int, error) {
	if g.n <= 0 {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), g.n)]
	for i := range p {
		p[i] = byte(g.r.Uint32())
	}
	g.n -= int64(len(p))
	return len(p), nil
}

// TestLoad sends 50 concurrent large requests (about 7 MiB each, made as
// they are sent) to a service with 4 check slots, and shows that the
// heap stays bounded by the slots, not the clients: hostile bodies of
// every kind and real reports, each with its expected status.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("sends 350 MiB")
	}
	daye := corpus(t, "000_a6b8f70e670f2841.txt")
	var zipBuf bytes.Buffer
	zw := zip.NewWriter(&zipBuf)
	f, err := zw.Create("report.txt")
	require.NoError(t, err)
	_, err = f.Write(daye)
	require.NoError(t, err)
	require.NoError(t, zw.Close())

	const large = 7 << 20
	kinds := []struct {
		name string
		body func(i int) (io.Reader, int64)
		want int
	}{
		{"random bytes", func(i int) (io.Reader, int64) {
			return &rng{r: rand.New(rand.NewPCG(uint64(i), 1)), n: large}, large
		}, http.StatusUnsupportedMediaType},
		{"prose", func(int) (io.Reader, int64) {
			return bodyOf([]byte("今天天气很好，我们去公园散步。\n"), large), large
		}, http.StatusUnprocessableEntity},
		{"one long line", func(int) (io.Reader, int64) { return bodyOf([]byte("收入支出决算总表"), large), large }, http.StatusUnprocessableEntity},
		{"zip then junk", func(int) (io.Reader, int64) {
			return io.MultiReader(bytes.NewReader(zipBuf.Bytes()), bodyOf([]byte{0}, large-int64(zipBuf.Len()))), large
		}, http.StatusUnsupportedMediaType},
		{"over the limit", func(int) (io.Reader, int64) { return bodyOf([]byte("决算\n"), MaxBody+1), MaxBody + 1 }, http.StatusRequestEntityTooLarge},
		{"the Daye report", func(int) (io.Reader, int64) { return bytes.NewReader(daye), int64(len(daye)) }, http.StatusOK},
	}
	srv := httptest.NewServer(NewHandler(Config{MaxBody: MaxBody, MaxConcurrent: 4, QueueWait: 5 * time.Minute, CheckTimeout: 5 * time.Minute}))
	defer srv.Close()
	// Clients that send large bodies should ask first (Expect:
	// 100-continue): a body over the limit is then refused before it is sent.
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 50, ExpectContinueTimeout: 10 * time.Second}}

	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() { // sample the heap while the requests run
		defer close(sampled)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&m)
				if m.HeapAlloc > peak.Load() {
					peak.Store(m.HeapAlloc)
				}
			}
		}
	}()

	start := time.Now()
	var wg sync.WaitGroup
	got := make([]int, 50)
	for i := range 50 {
		wg.Go(func() {
			k := kinds[i%len(kinds)]
			body, n := k.body(i)
			req, err := http.NewRequest(http.MethodPost, srv.URL+"/lint", body)
			if err != nil {
				return
			}
			req.ContentLength = n
			req.Header.Set("Expect", "100-continue")
			resp, err := client.Do(req)
			if err != nil {
				t.Errorf("%s: %v", k.name, err)
				return
			}
			defer resp.Body.Close()
			var v map[string]any
			if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
				t.Errorf("%s: the answer is not JSON: %v", k.name, err)
			}
			got[i] = resp.StatusCode
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(stop)
	<-sampled
	for i, code := range got {
		k := kinds[i%len(kinds)]
		assert.Equal(t, k.want, code, "request %d (%s)", i, k.name)
	}
	grown := int64(peak.Load()) - int64(base.HeapAlloc)
	t.Logf("50 requests of about 7 MiB (%d MiB sent), 4 slots: %v; heap %d MiB before, peak %d MiB (+%d MiB)",
		50*large>>20, elapsed.Round(time.Millisecond), base.HeapAlloc>>20, peak.Load()>>20, grown>>20)
	// Four slots of at most 8 MiB each, decoded and normalised (a few
	// copies), plus parsing: well under 400 MiB. Without the cap, 50
	// bodies would need 50 × 8 MiB = 400 MiB for the bodies alone.
	assert.Less(t, grown, int64(400<<20), "the heap grows with the slots, not with the clients")
}
