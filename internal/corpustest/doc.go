// Package corpustest is how the module's tests find the shared corpus of
// published reports (../shared/corpus beside the repository, or the
// directory FISCAL_CORPUS names) and what they do when it is absent.
//
// A test asks for a corpus file with [Path] or [Read]. When the corpus is
// absent the test is skipped; when FISCAL_REQUIRE_CORPUS is set (CI sets
// it) it fails instead. A package whose tests read the corpus runs them
// through [Run] in its TestMain, which says once, loudly, how many tests
// were skipped and how to point at the corpus:
//
//	func TestMain(m *testing.M) { os.Exit(corpustest.Run(m)) }
//
// The package is for tests only; it never copies corpus files.
package corpustest
