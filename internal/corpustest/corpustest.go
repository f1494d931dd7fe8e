package corpustest

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// EnvDir names the corpus directory; EnvRequire, when set to anything,
// turns a missing corpus into a failure.
const (
	EnvDir     = "FISCAL_CORPUS"
	EnvRequire = "FISCAL_REQUIRE_CORPUS"
)

// skipped counts the tests of this test binary skipped for want of the
// corpus, for [Run] to report. It is the one piece of process-wide state:
// testing.M gives no other way to learn, after the run, why tests skipped.
var skipped atomic.Int64

// Dir returns the corpus directory: $FISCAL_CORPUS when set, else
// shared/corpus beside the directory of the module's go.mod (found from
// the working directory up), else "../shared/corpus".
func Dir() string {
	if d := os.Getenv(EnvDir); d != "" {
		return d
	}
	if root, ok := moduleRoot(); ok {
		return filepath.Join(filepath.Dir(root), "shared", "corpus")
	}
	return filepath.Join("..", "shared", "corpus")
}

// moduleRoot returns the nearest directory, from the working directory up,
// holding a go.mod.
func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Available reports whether the corpus directory exists.
func Available() bool {
	fi, err := os.Stat(Dir())
	return err == nil && fi.IsDir()
}

// Required reports whether FISCAL_REQUIRE_CORPUS is set.
func Required() bool { return os.Getenv(EnvRequire) != "" }

// Path returns the path of the corpus file name. When the file cannot be
// found the test fails if FISCAL_REQUIRE_CORPUS is set and is skipped
// otherwise (and counted for [Run]).
func Path(tb testing.TB, name string) string {
	tb.Helper()
	p := filepath.Join(Dir(), name)
	if _, err := os.Stat(p); err != nil {
		Missing(tb, fmt.Sprintf("corpus file %s: %v", name, err))
	}
	return p
}

// Read returns the content of the corpus file name, skipping or failing
// as [Path] does when it is absent.
func Read(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(Path(tb, name))
	if err != nil {
		tb.Fatalf("corpus file %s: %v", name, err)
	}
	return b
}

// Missing ends a test that cannot run without the corpus: it fails when
// FISCAL_REQUIRE_CORPUS is set, and is skipped (and counted for [Run])
// otherwise. why says what was not found.
func Missing(tb testing.TB, why string) {
	tb.Helper()
	if Required() {
		tb.Fatalf("%s (%s is set: the corpus is required; %s=%s)", why, EnvRequire, EnvDir, Dir())
	}
	skipped.Add(1)
	tb.Skipf("%s; set %s to the corpus directory to run this test", why, EnvDir)
}

// Run runs the tests of m and returns the exit code for os.Exit. When tests
// were skipped for want of the corpus it prints one message naming the
// directory looked at, the number of tests skipped and FISCAL_CORPUS. The
// message goes to the terminal when there is one, since go test keeps the
// output of a passing package to itself when given packages to test, and
// to standard error otherwise.
func Run(m *testing.M) int {
	code := m.Run()
	if n := skipped.Load(); n > 0 {
		announce(fmt.Sprintf("\n*** corpus not found at %s; %d test(s) skipped; set %s to the corpus directory (../shared/corpus beside the repository) ***\n\n", Dir(), n, EnvDir))
	}
	return code
}

func announce(msg string) {
	var w io.Writer = os.Stderr
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		w = tty
	}
	_, _ = io.WriteString(w, msg)
}
