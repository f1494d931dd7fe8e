// Package daye2024 holds the 2024 final accounts of 大冶市政务服务和大数据管理局
// (Daye City Government Services and Big Data Administration) as typed Go
// values: every figure is a fact printed in the published report
// (../shared/corpus/000_a6b8f70e670f2841.txt), with the line it is printed
// on. Tests and examples/daye2024 use it; it is internal because it is data,
// not API.
//
// Each function builds fresh values, so callers may modify what they get.
package daye2024
