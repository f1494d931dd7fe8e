// Package profile describes the tables of published fiscal reports as
// data: the titles a table is printed under, its columns and their header
// variants, how its rows are keyed, and the identities that bind its
// columns. The reader (package reader and its table recognition) finds a
// table by its profile wherever it stands in a report and whatever its
// number, and assigns the figures of a row to columns by position where
// the format keeps positions and by the profile's identities where it does
// not. A new layout or province is a profile plus tests, not a parser.
//
// The package holds types only (and no I/O); the profiles themselves live
// beside the models they fill: the 决算 tables in package reader, the 预算
// tables in package budget.
package profile
