// Package classify models 政府收支分类科目, the government revenue and
// expenditure classification published yearly by the Ministry of Finance.
//
// # Schemes and codes
//
// Four schemes share one code shape, 3 digits for a 类 and 2 more for each
// level below:
//
//   - 支出功能分类 ([Function]): 类/款/项, 201 / 20103 / 2010399;
//   - 部门预算支出经济分类 ([Economic]): 类/款, 302 / 30217;
//   - 政府预算支出经济分类 ([GovEconomic]): 类/款, 502 / 50201;
//   - 收入分类 ([Revenue]): 类/款/项/目, 103 / 10304 / 1030401 / 103040101.
//
// Each is a distinct type (a [Code] parameterised by a [Kind]) stored as a
// uint32, so codes are compact, comparable with ==, usable as map keys and
// never confused across schemes. [Parse] reads the forms printed in tables:
// "2010399", the split columns "201 03 99", full-width digits. A text that
// is not a code gives a [*CodeError] naming the text and why.
//
// # Catalogs
//
// A [Catalog] holds the codes of one scheme and edition with their official
// names: lookup, parents and children, a walk in order ([Catalog.All],
// [Catalog.Walk]), search by name with normalisation ([NormalizeName]), and
// the orphans whose parent is missing, which are reported and never
// attached elsewhere. Catalogs are immutable and safe for concurrent use.
//
// [Embedded] returns the catalogs built into the library for an edition.
// They are not the full official catalog (no complete machine-readable copy
// is public): each states its coverage, and every entry says how its name
// is known ([Entry.Basis]). Every code printed in the reports this project
// is tested on resolves with exactly the printed name. [LoadCSV] loads a
// full official catalog from a CSV or TSV file in UTF-8 or GBK.
//
// # Crosswalks
//
// [EconomicCrosswalk] maps 部门预算支出经济分类 款 to 政府预算支出经济分类 款
// (两套支出经济分类科目对照表), by the side of the unit (机关 or 事业).
// [ToCOFOG] maps a 功能分类 类 to a COFOG division; it is this library's own
// crosswalk and marks approximate mappings.
package classify
