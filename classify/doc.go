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
// Each is a distinct type (a [Code] parameterised by a [SchemeKind]) stored as a
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
// [Embedded] returns the catalogs built into the library for an edition:
// 2024 is stored whole (classify/data/SCHEME_2024.tsv), 2025 and 2026 are
// derived from it by their change lists (data/changes_YEAR.tsv), and
// [Diff] or [EditionChanges] say what changed. They are not the full
// official catalog (no complete machine-readable copy is public). Every
// entry says how its name is known ([Entry.Basis]):
//
//   - official: a Ministry of Finance text states code and name (the
//     changes of 财预〔2025〕41号, the 两套支出经济分类科目对照表);
//   - printed: published reports print it; [Entry.Seen] counts the reports
//     of the project's corpus that do and [Entry.Where] names one;
//   - pattern: derived from the catalog's structure (01 行政运行,
//     02 一般行政管理事务, 03 机关服务, 50 事业运行) in a 款 believed to
//     follow it;
//   - recalled: compiled from knowledge of the catalog, not yet checked.
//
// # Coverage
//
// Measured by `fiscal code --stats` ([Catalog.Stats]), 2024 edition:
//
//	scheme        level  entries  official  printed  pattern  recalled
//	function      类          30         0       26        0         4
//	function      款         252         5       11        0       236
//	function      项        1267         1       32      286       948
//	economic      类          10         4        6        0         0
//	economic      款          98         0       74        0        24
//	gov-economic  类          15         2        0        0        13
//	gov-economic  款          60         9        0        0        51
//	revenue       类           5         0        0        0         5
//	revenue       款          51         2        0        0        49
//
// 2025 adds the six codes of 财预〔2025〕41号 (2170404, 22911, 23107 and the
// revenue 项 1030184, 1050303, 1050305); 2026 adds nothing known. The
// official 功能分类 has about 1,600 项, so about a fifth are missing and
// most names held are recalled or from the pattern (every recalled or
// pattern name the corpus reports print proved exact); 收入分类 holds no 项
// or 目 of its own. Each catalog states the deepest level it holds whole
// ([Coverage.Complete]: every 类 for the embedded ones): a code absent at
// that level cannot exist, one absent below it may just be missing.
// [LoadCSV] loads a full official catalog from a CSV or TSV file in UTF-8
// or GBK; it is complete to its deepest level.
//
// # Names as printed
//
// [NameKey] folds a printed name for comparison (width, brackets, quotes,
// spaces, list numbers, a trailing 支出), and [Catalog.Judge] compares a
// printed code and name with the catalog: the name matches, is a recorded
// variant or a former edition's name (文化体育与传媒支出 for 207 until
// 2018: data/renames.tsv), is the name of another code under the same
// parent (2080506 printed 行政单位离退休, 2080501's), differs, or the code
// is missing or cannot exist. [Entry.Trusted] says whether a difference
// from the catalog's name is likely the report's fault. The command
// `fiscal catalog harvest` runs Judge over reports, so the catalog can grow
// from the pairs users' reports print.
//
// # Crosswalks
//
// [EconomicCrosswalk] maps 部门预算支出经济分类 款 to 政府预算支出经济分类 款
// (两套支出经济分类科目对照表), by the side of the unit (机关 or 事业).
// [ToCOFOG] maps a 功能分类 code to COFOG: every 款 (except those of 229,
// 230 and 231) to a COFOG group, other codes by their 类 to a division. It
// is this library's own crosswalk (basis "judged"; there is no official
// one) and marks approximate mappings.
package classify
