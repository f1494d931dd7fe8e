// Package perf models budget performance management (预算绩效管理) as the
// final-accounts disclosures print it: indicators, targets written as text,
// their evaluation and scoring, and the self-evaluation forms
// (项目支出绩效自评表 and 部门整体绩效自评表) with their checks.
//
// # Indicators
//
// The indicator tree has three levels. [Level1] (一级指标) is 产出, 效益,
// 满意度 and, since 财预〔2021〕101号, 成本. [Level2] (二级指标) knows its
// 一级: 数量, 质量, 时效 under 产出; 经济效益, 社会效益, 生态效益, 可持续影响
// under 效益; 服务对象满意度 under 满意度; 经济成本, 社会成本, 生态环境成本
// under 成本. The 2021 reform moved 成本 from a 二级 under 产出 ([OutputCost])
// to a 一级 of its own ([Cost]); [Framework] says which edition has which,
// and forms of either load. 三级指标 are free text. A [Category] is a 一级
// with its 二级, read by [ParseCategory] from "产出/数量".
//
// # Targets as written
//
// [ParseTarget] reads a 年初目标值 or 实际完成值 as written, "≥30次",
// "不少于12次", "不低于95%", "≤5万元", "＝1年", "100%", "16.244万元",
// "30次以上", "20℃—26℃", "每年不少于48次", "全年", into a [Target]: the
// [Comparator], the number ([decimal.Decimal]) and the unit, each reported
// as written. Money units (元, 万元, 亿元) read as exact
// [fiscal.Amount]s; percentages, counts (次, 个, 人, 家, 件, 项, …),
// durations (年, 个月, 天; 一年 and 全年 are one year) and temperatures are
// [Measure]s of a decimal. Anything else, "合规", "无污染", "获省级表彰",
// is a qualitative target, kept verbatim. A bare target's comparator
// follows from the indicator ([Target.Implied]): a cost is an upper bound,
// anything else a lower bound.
//
// # Evaluation and scoring
//
// [Evaluate] holds an actual against a target and gives an [Outcome] (met,
// partly met, not met, not assessable) with its [Cause] and the reason in
// words. Units must agree ([UnitsAgree]: 次 against 次, % against %); a
// qualitative indicator needs the caller's [Judgement]. Scores
// ([ScorePositive], [ScoreNegative] in two [ReverseVariant]s, [ScoreEqual],
// [ScoreJudged], [RateScore]) are computed exactly and rounded once, half
// away from zero (四舍五入), to [ScoreDecimals]. Qualitative bands are
// 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w). [ScoreProject]
// scores a whole project form under a [ScoringScheme] (执行率 10 points plus
// indicators 90 by default) and grades it ([Grade]: 优 ≥ 90, 良 ≥ 80,
// 中 ≥ 60, 差 below).
//
// # Forms
//
// [ProjectForm] and [DepartmentForm] hold every field as printed; figures
// of money are [Money] (the text with its exact amount), targets and
// actuals stay text in each [Row] and are read when evaluated. [Resolve]
// fills down the merged 一级 and 二级 cells. Package dayedata holds the 34
// forms of the Daye 2024 report as values.
//
// # Checks
//
// [CheckProject], [CheckDepartment] and [CheckProjectTotal] return
// [fiscal.Finding]s, never print and never panic: the printed 执行率
// against the recomputed one, 执行数 above 预算数, a low 执行率, the 成本
// actuals against 执行数, an unexplained actual far above its target, an
// impossible target, units that disagree, blank and unreadable cells, a
// 二级 under the wrong 一级, printed scores against a scheme, the printed
// 总分 against the printed 得分 added up ([RuleScoreSum]), 年度资金总额
// against its sources and its uses in each column printed (年初预算数,
// 全年预算数, 全年执行数: [RuleBudgetSources]), a 得分 above its 分值
// ([RuleScorePoints]), the budget row's 得分 against min(执行率, 1) × 分值
// where the form says it is so scored ([RuleScoreRate], [ScoredByRate]),
// and Σ project 执行数 against 项目支出. A 部门整体 form's budget block
// (年度预算执行情况) gets the checks of a project form's. A bare actual under a target with a unit ("52" for "≥50个") is
// read as the form means it and not compared. [Unchecked] says which rules
// no form of a document lets run, for a coverage that never reports a
// check that could not run as passed. [Rules] lists them; every rule ID begins with "perf.". Rules
// marked practice in the domain notes are configurable ([CheckOptions]).
//
// # Errors
//
// Input never causes a panic. Text that cannot be read at all gives a
// [*TargetError] (blank, invalid UTF-8, a comparator without a number, a
// reversed range, an impossible amount of money); names that are not in
// the tree a [*LevelError]; bad weights or judgements a [*ScoreError]. All
// work with [errors.As] and wrap sentinels for [errors.Is]. The Must*
// helpers, which panic, are for literals.
package perf
