package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromium finds a Chromium or Chrome binary (FISCAL_CHROME names one).
// Without one the test is skipped loudly, except under CI, where it fails.
func chromium(t *testing.T) string {
	t.Helper()
	names := []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"}
	if p := os.Getenv("FISCAL_CHROME"); p != "" {
		names = append([]string{p}, names...)
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	msg := "no Chromium found (Debian: apt-get install chromium; or set FISCAL_CHROME): the HTML report's browser test did NOT run"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	fmt.Fprintln(os.Stderr, "!!! "+msg)
	t.Skip(msg)
	return ""
}

// inViewport is a script that reports whether the element with the given
// id lies wholly inside the viewport.
func inViewport(id string) string {
	return `(function(){var r=document.getElementById(` + strconv.Quote(id) + `).getBoundingClientRect();` +
		`return r.top>=0&&r.left>=0&&r.bottom<=window.innerHeight&&r.right<=window.innerWidth&&r.height>0;})()`
}

// TestHTMLInBrowser loads the page of the Putuo 财政局 report in headless
// Chromium: no script error, the counts shown equal the findings' JSON,
// clicking a finding scrolls its cell into view and flashes it, and the
// severity filter hides what it should.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	bin := chromium(t)
	doc, fs := putuo(t)
	var page bytes.Buffer
	require.NoError(t, report.HTML(&page, doc, fs, report.Options{Source: "shanghai-putuo-czj-2024.layout.txt"}))
	file := filepath.Join(t.TempDir(), "putuo.html")
	require.NoError(t, os.WriteFile(file, page.Bytes(), 0o644))

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// Start the browser on a context without a deadline (a deadline on the
	// first Run would stop the browser), then bound each step.
	_, err := chromedp.Run(ctx, chromedp.Location())
	require.NoError(t, err, "starting %s", bin)
	step, cancelStep := context.WithTimeout(ctx, 90*time.Second)
	defer cancelStep()

	messages := chromedp.Console(step)
	require.NoError(t, chromedp.Do(step,
		chromedp.Navigate("file://"+file),
		chromedp.WaitVisible(chromedp.CSS("#finding-list")),
	))
	ready := run(t, step, chromedp.Evaluate[string](`document.body.dataset.ready || ""`))
	assert.Equal(t, "true", ready, "the page's script ran to its end")

	// The counts by a second method: the findings' JSON form.
	var js bytes.Buffer
	require.NoError(t, fiscal.EncodeFindings(&js, fs))
	var decoded []struct {
		Severity string `json:"severity"`
	}
	require.NoError(t, json.Unmarshal(js.Bytes(), &decoded))
	want := map[string]int{}
	for _, d := range decoded {
		want[d.Severity]++
	}
	for _, sev := range []string{"error", "warning", "info"} {
		shown := run(t, step, chromedp.Text(chromedp.CSS("#count-"+sev)))
		assert.Equal(t, strconv.Itoa(want[sev])+" "+sev, strings.TrimSpace(shown))
	}

	top := filepath.Join(os.TempDir(), "fiscal-report-putuo-top.png")
	require.NoError(t, os.WriteFile(top, run(t, step, chromedp.CaptureScreenshot()), 0o644))
	t.Log("screenshot of the page as loaded:", top)

	// Click the finding on 基本支出决算表 301 (by hand: printed 2082.85),
	// whose cell is far below the first screen.
	n := 0
	for k, f := range fs {
		if f.Rule == "acc.basic.hierarchy" && f.Where.Row == "301" {
			n = k + 1
		}
	}
	wantText := "2082.85"
	if n == 0 {
		// The rules changed: take the last finding shown on a table cell.
		t.Log("no acc.basic.hierarchy finding on 301; clicking the last finding on a cell")
		for k, f := range fs {
			if f.Where.Table != "" && f.Where.Column != "" {
				n = k + 1
			}
		}
		wantText = ""
	}
	require.NotZero(t, n, "the Putuo report has a finding on a table cell")
	sel := chromedp.CSS(fmt.Sprintf(`#finding-list li.item[data-n="%d"] a`, n))
	target := run(t, step, chromedp.AttributeValue(sel, "data-target")).Value
	require.NotEmpty(t, target)
	before := run(t, step, chromedp.Evaluate[bool](inViewport(target)))
	require.NoError(t, chromedp.Do(step,
		chromedp.ScrollIntoView(sel),
		chromedp.Click(sel),
		chromedp.Sleep(300*time.Millisecond),
	))
	after := run(t, step, chromedp.Evaluate[bool](inViewport(target)))
	flashed := run(t, step, chromedp.Evaluate[bool](`document.getElementById(`+strconv.Quote(target)+`).classList.contains("flash")`))
	cellText := run(t, step, chromedp.Evaluate[string](`document.getElementById(`+strconv.Quote(target)+`).firstChild.textContent.trim()`))
	assert.False(t, before, "the cell starts out of view, so the scroll is the click's doing")
	assert.True(t, after, "after the click the cell %s is in the viewport", target)
	assert.True(t, flashed)
	if wantText != "" {
		assert.Equal(t, wantText, cellText)
	}
	clicked := filepath.Join(os.TempDir(), "fiscal-report-putuo-clicked.png")
	require.NoError(t, os.WriteFile(clicked, run(t, step, chromedp.CaptureScreenshot()), 0o644))
	t.Log("screenshot after clicking finding", n, ":", clicked)

	// Unticking info hides the info findings from the list.
	info := chromedp.CSS(`input[data-filter="sev"][value="info"]`)
	require.NoError(t, chromedp.Do(step, chromedp.ScrollIntoView(info), chromedp.Click(info)))
	shown := run(t, step, chromedp.Text(chromedp.CSS("#shown")))
	assert.Equal(t, strconv.Itoa(len(fs)-want["info"]), strings.TrimSpace(shown))

	// Script errors: every console message so far, read after a marker.
	assert.True(t, run(t, step, chromedp.Evaluate[bool](`(console.info("fiscal-test-end"), true)`)))
	var scriptErrors []string
	for m, err := range messages {
		require.NoError(t, err)
		if m.Type == chromedp.ConsoleInfo && strings.Contains(m.Text, "fiscal-test-end") {
			break
		}
		if m.IsException() || m.Type == chromedp.ConsoleError {
			scriptErrors = append(scriptErrors, m.String())
		}
	}
	assert.Empty(t, scriptErrors, "script errors")
}

// run runs an action and requires it to succeed.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	require.NoError(t, err)
	return v
}
