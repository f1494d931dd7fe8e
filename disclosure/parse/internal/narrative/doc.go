// Package narrative reads the figures of a 部门决算 report's 情况说明 (the
// narrative part) as [disclosure.Statement]s: each figure with its kind
// (an amount, a share, a change against last year, a growth rate, a
// completion rate, a comparison word, a count), the comparison word that
// goes with it, and refs to what it claims to repeat — a table cell, a
// figure of another part (三公, 机关运行经费, 政府采购, a project's
// self-evaluation form), or a figure printed elsewhere in the narrative.
//
// # How a narrative is read
//
// Headings set the context: which table or part the sentences under them
// speak of (收入决算情况说明 → 收入决算表 and 收入支出决算总表, 一般公共预算财政
// 拨款支出决算情况说明 → 一般公共预算财政拨款支出决算表, “三公”经费 → the
// "三公" table, 机关运行经费, 政府采购, 预算绩效 and the project summaries →
// the self-evaluation forms, …). Within a paragraph, sentences (up to 。 or
// ；) are scanned for events: figures (万元, %, 个, 人次, 辆, 台（套）, …),
// 持平 without a figure, and comparison phrases (决算数大于年初预算数,
// 决算数与预算数基本持平). The words just before each figure decide its role
// — 较上年度增加, 增长, 占…的, 年初预算为, 支出决算为, 完成年初预算的, 比年初
// 预算增加 — and the words before those name its subject (本年收入合计,
// 财政拨款收入, 一般公共服务支出（类）…（款）…（项）, 公务接待费, 授予中小企业
// 合同金额, a project by its name); a figure with no name of its own takes
// the subject of the clause before it. The wording of both the Hubei
// (公开01–公开08) and the national (Shanghai) templates is recognised.
//
// Subjects are mapped to refs with the document as parsed so far: a
// functional 类/款/项 named in the text is found among the tables' rows
// (then in the embedded classify catalog), a project summary is matched
// to the self-evaluation form of that project by name (and order), and a
// part the document has (三公, 政府采购, 机关运行经费) is pointed at by field.
// The refs say what a figure claims; whether it is right is for
// [disclosure.Document.CheckStatement] to decide.
//
// # What is not a statement
//
// Thresholds (单位价值100万元（含）以上的专用设备) and the indicator results
// quoted in the 预算绩效 paragraphs and project summaries (工单完成率达100%,
// 新增就业岗位280人) are not figures of the department's money and are
// counted as ignored. A figure of money, a share or a rate that the reader
// cannot attribute is never dropped silently: it becomes a finding of rule
// parse.narrative.unattributed with its line and sentence.
//
// # The words
//
// A Document keeps the figures, not the words, so the checks of the
// words (a reason missing for a large difference, 持平 explained by a
// change, years and rates written wrongly, alternatives left in, the
// "三公" items left unsaid) run here: [Extract] returns the paragraphs
// with the heading each is under and the findings of
// [disclosure.CheckNarrativeText] on them (Result.Checks), apart from the
// unattributed figures (Result.Findings).
package narrative
