// Package text splits a document's text into numbered lines and cells, the
// common ground of the parsers.
package text
