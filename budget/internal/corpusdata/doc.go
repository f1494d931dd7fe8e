// Package corpusdata holds the tables of the corpus budgets as typed Go
// values, transcribed by hand from the published PDFs (not produced by the
// package's own reading), for tests and examples.
package corpusdata
