// Package pdfium reads the words of a PDF with pdfium compiled to
// WebAssembly and run in-process by wazero (github.com/klippa-app/go-pdfium
// in its WebAssembly mode: pure Go, no cgo, no external command), as a
// [source.PDFEngine] for [source.PDFPages].
//
// It is a module of its own so that the fiscal module does not carry
// pdfium's weight (a 6 MB WebAssembly module, wazero, and go-pdfium's
// dependencies) when it reads PDFs with pdftotext; docs/PDF.md measures
// both and says which is the default.
//
// Starting the runtime compiles the WebAssembly module: about 4 s without
// a compilation cache, about 0.1 s with one (Options.CacheDir). An Engine
// is meant to live long and read many documents; Close releases it.
package pdfium
