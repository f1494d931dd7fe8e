package narrative_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/narrative"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// extract reads lines numbered from 1.
func extract(doc *disclosure.Document, lines ...string) narrative.Result {
	ls := make([]text.Line, len(lines))
	for i, l := range lines {
		ls[i] = text.Line{N: i + 1, Text: l}
	}
	return narrative.Extract(ls, doc)
}

// brief describes a statement: kind, figure, word, Of and Over.
func brief(s disclosure.Statement) string {
	parts := []string{s.Kind.String()}
	if s.Figure != "" {
		parts = append(parts, s.Figure)
	}
	if s.Word != "" {
		parts = append(parts, s.Word)
	}
	out := strings.Join(parts, " ")
	if !s.Of.IsZero() {
		out += " of " + s.Of.String()
	}
	if !s.Over.IsZero() {
		out += " over " + s.Over.String()
	}
	return out
}

func briefs(ss []disclosure.Statement) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = brief(s)
	}
	return out
}

// Refs as Ref.String prints them.
const (
	incomeTotal = "收入支出决算总表 收入/本年收入合计 决算数"
	spentTotal  = "收入支出决算总表 支出/本年支出合计 决算数"
	grandIn     = "收入支出决算总表 收入/总计 决算数"
	grandOut    = "收入支出决算总表 支出/总计 决算数"
	apprIn      = "财政拨款收入支出决算总表 收入/总计 决算数"
	apprOut     = "财政拨款收入支出决算总表 支出/总计 合计"
	gb          = "一般公共预算财政拨款支出决算表 合计 合计"
)

func TestPatterns(t *testing.T) {
	daye := dayeDoc()
	cases := []struct {
		name       string
		doc        *disclosure.Document
		lines      []string
		want       []string
		unassigned int // findings expected
	}{
		{
			name: "income: amount, change, growth, shares of a named whole",
			doc:  daye,
			lines: []string{"二、收入决算情况说明",
				"2024年度收入合计6577.03万元，较上年度增加1154.49万元，增长21.3%，主要原因是新增专项债资金。",
				"其中：财政拨款收入6402.44万元，占本年收入97.4%；其他收入 174.6万元，占本年收入2.6%。"},
			want: []string{
				"amount 6577.03万元 of " + incomeTotal,
				"change 1154.49万元 增加 of " + incomeTotal,
				"growth 21.3% 增长 of " + incomeTotal + " over printed 1154.49",
				"amount 6402.44万元 of 收入决算表 合计 财政拨款收入",
				"share 97.4% of 收入决算表 合计 财政拨款收入 over " + incomeTotal,
				"amount 174.6万元 of 收入决算表 合计 其他收入",
				"share 2.6% of 收入决算表 合计 其他收入 over " + incomeTotal,
			},
		},
		{
			name: "national wording: 占 alone, 与2023年度相比 … 减少, 下降",
			doc:  shanghaiDoc(),
			lines: []string{"一、收入支出决算总体情况说明",
				"上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：人员变化。",
				"三、支出决算情况说明",
				"本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；"},
			want: []string{
				"amount 2995.39万元 of " + grandIn, "amount 2995.39万元 of " + grandOut,
				"change 56.95万元 减少 of " + grandIn, "change 56.95万元 减少 of " + grandOut,
				"growth 1.87% 下降 of " + grandIn + " over printed 56.95", "growth 1.87% 下降 of " + grandOut + " over printed 56.95",
				"amount 2940.05万元 of " + spentTotal,
				"amount 2336.91万元 of 支出决算表 合计 基本支出",
				"share 79.49% of 支出决算表 合计 基本支出 over " + spentTotal,
				"amount 603.14万元 of 支出决算表 合计 项目支出",
				"share 20.51% of 支出决算表 合计 项目支出 over " + spentTotal,
			},
		},
		{
			// A single space between groups of three digits separates
			// thousands; a blank elsewhere inside a figure (an
			// extraction's) leaves where the figure begins unknown, and
			// it is not read (the narr.amount "printed 5" it gave, false).
			name: "blanks inside figures",
			doc:  shanghaiDoc(),
			lines: []string{"一、收入支出决算总体情况说明",
				"上海市普陀区财政局2024年度收入支出总计2 995.39万元。",
				"三、支出决算情况说明",
				"本年支出合计2940.0 5万元。"},
			want: []string{"amount 2995.39万元 of " + grandIn, "amount 2995.39万元 of " + grandOut},
		},
		{
			name: "收、支总计均为 and 各增加: both sides",
			doc:  daye,
			lines: []string{"收入支出决算总体情况说明",
				"2024年度收、支总计均为6577.03万元，较上年度各增加1154.49万元，增长21.3%。"},
			want: []string{
				"amount 6577.03万元 of " + grandIn, "amount 6577.03万元 of " + grandOut,
				"change 1154.49万元 增加 of " + grandIn, "change 1154.49万元 增加 of " + grandOut,
				"growth 21.3% 增长 of " + grandIn + " over printed 1154.49", "growth 21.3% 增长 of " + grandOut + " over printed 1154.49",
			},
		},
		{
			name: "持平 without a figure; 财政拨款收入支出总计",
			doc:  shanghaiDoc(),
			lines: []string{"四、财政拨款收入支出决算总体情况说明",
				"上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，",
				"财政拨款收入支出总计持平。主要原因：无。",
				"2024年度财政拨款收入中，一般公共预算财政拨款收入4402.44万元，较上年度减少915.68万元，减少17.2%。国有资本经营预算财政拨款收入0万元，较上年度持平。"},
			want: []string{
				"amount 0.3万元 of " + apprIn, "amount 0.3万元 of " + apprOut,
				"change 0万元 持平 of " + apprIn, "change 0万元 持平 of " + apprOut,
				"amount 4402.44万元 of 财政拨款收入支出决算总表 收入/一般公共预算财政拨款 决算数",
				"change 915.68万元 减少 of 财政拨款收入支出决算总表 收入/一般公共预算财政拨款 决算数",
				"growth 17.2% 减少 of 财政拨款收入支出决算总表 收入/一般公共预算财政拨款 决算数 over printed 915.68",
				"amount 0万元 of 财政拨款收入支出决算总表 收入/国有资本经营预算财政拨款 决算数",
				"change 0万元 持平 of 财政拨款收入支出决算总表 收入/国有资本经营预算财政拨款 决算数",
			},
		},
		{
			name: "具体情况: 年初预算 (the sum of the items'), 决算数, 完成年初预算, 大于, 比年初预算数增加",
			doc:  daye,
			lines: []string{"（三）一般公共预算财政拨款支出决算具体情况",
				"一般公共预算财政拨款支出年初预算为110.00万元，支出决算为120.00万元，完成年初预算的109.1%。决算数大于预算数的主要原因：追加。其中：",
				"1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）。年初预算为100.00万元，支出决算为104.00万元，完成年初预算的104.0%。",
				"2.一般公共服务支出(类)商贸事务（款）招商引资（项）。年初预算数为10.00万元，支出决算数为16.06万元，比年初预算数增加6.06万元，支出决算数大于年初预算数的主要原因是追加。",
				"3、一般公共服务支出（类）商贸事务（款）招商引资（项）。年初预算为 16.06 万元，支出决算为16.06万元。决算数与预算数基本持平。"},
			want: []string{
				"amount 110.00万元 of printed 100.00 + printed 10.00 + printed 16.06",
				"amount 120.00万元 of " + gb,
				"completion 109.1% of " + gb + " over printed 110.00",
				"compare 大于 of printed 120.00 over printed 110.00",
				"amount 104.00万元 of 一般公共预算财政拨款支出决算表 2010399 合计",
				"completion 104.0% of 一般公共预算财政拨款支出决算表 2010399 合计 over printed 100.00",
				"amount 16.06万元 of 一般公共预算财政拨款支出决算表 2011308 合计",
				"amount 6.06万元 增加 of printed 16.06 + printed -10.00",
				"compare 大于 of printed 16.06 over printed 10.00",
				"amount 16.06万元 of 一般公共预算财政拨款支出决算表 2011308 合计",
				"compare 持平 of printed 16.06 over printed 16.06",
			},
		},
		{
			name: "结构情况: 类 with 占, 款-项 and a bare 项 under the 类; a misnamed 款",
			doc:  daye,
			lines: []string{"一般公共预算财政拨款支出决算结构情况",
				"1.一般公共服务支出（类）4402.44万元，占68.8%，主要用于政府办公厅（室）及相关机构事务-其他政府办公厅（室）及相关机构事务4386.38万元，商贸事务-招商引资16.06万元。",
				"2.其他支出（类）2000万元，占31.2%，主要用于其他地方自行试点项目收益专项债券收入安排的支出2000万元。",
				"七、政府性基金预算财政拨款收入支出决算情况说明",
				"2024年度政府性基金预算财政拨款年初结转和结余0万元，本年收入2000万元，本年支出2000万元，年末结转和结余0万元。具体支出情况为：",
				"(一)其他支出（类）其他支出（款）其他地方自行试点项目收益专项债券收入安排的支出（项）。支出决算为2000万元，主要用于项目。"},
			want: []string{
				"amount 4402.44万元 of 一般公共预算财政拨款支出决算表 201 合计",
				"share 68.8% of 一般公共预算财政拨款支出决算表 201 合计 over " + gb,
				"amount 4386.38万元 of 一般公共预算财政拨款支出决算表 2010399 合计",
				"amount 16.06万元 of 一般公共预算财政拨款支出决算表 2011308 合计",
				"amount 2000万元 of 一般公共预算财政拨款支出决算表 229 合计",
				"share 31.2% of 一般公共预算财政拨款支出决算表 229 合计 over " + gb,
				"amount 2000万元 of 一般公共预算财政拨款支出决算表 2290402 合计",
				"amount 0万元 of 政府性基金预算财政拨款收入支出决算表 合计 年初结转和结余",
				"amount 2000万元 of 政府性基金预算财政拨款收入支出决算表 合计 本年收入",
				"amount 2000万元 of 政府性基金预算财政拨款收入支出决算表 合计 本年支出",
				"amount 0万元 of 政府性基金预算财政拨款收入支出决算表 合计 年末结转和结余",
				"amount 2000万元 of 政府性基金预算财政拨款收入支出决算表 2290402 本年支出",
			},
		},
		{
			name: "基本支出: 人员经费, 公用经费",
			doc:  daye,
			lines: []string{"六、一般公共预算财政拨款基本支出决算情况说明",
				"一般公共预算财政拨款基本支出1106.74万元。其中：人员经费982.08万元，主要包括：基本工资；公用经费124.66万元，主要包括：办公费。"},
			want: []string{
				"amount 1106.74万元 of 一般公共预算财政拨款支出决算表 合计 基本支出",
				"amount 982.08万元 of 一般公共预算财政拨款基本支出决算表 人员经费合计 决算数",
				"amount 124.66万元 of 一般公共预算财政拨款基本支出决算表 公用经费合计 决算数",
			},
		},
		{
			name: "三公: totals, 持平, 全年预算数, 完成全年预算, counts, 外宾 and 国内 on separate lines",
			doc:  daye,
			lines: []string{"财政拨款“三公”经费支出决算情况说明",
				"2024年度财政拨款“三公”经费支出决算数1.71万元，与上年度持平，主要原因是控制；全年预算数1.71万元，完成全年预算的100%。",
				"1.因公出国（境）费支出决算数0万元，与上年度持平；全年预算数0万元，完成全年预算的0%。",
				"全年支出涉及出国（境）团组0个，累计0人次。",
				"(2)公务用车运行费支出0万元，完成预算的0%。截至2024年12月31日，开支财政拨款的公务用车保有量 0辆。",
				"外宾接待支出0万元。2024年共接待来访团组0个，接待人数0人次（不包括陪同人员）。",
				"国内公务接待支出1.71万元。2024年共接待国内来访团组9个，接待人数124人次（不包括陪同人员）。"},
			want: []string{
				"amount 1.71万元 of 三公 决算数/合计", "change 0万元 持平 of 三公 决算数/合计",
				"amount 1.71万元 of 三公 预算数/合计", "completion 100% of 三公 决算数/合计 over 三公 预算数/合计",
				"amount 0万元 of 三公 决算数/因公出国（境）费", "change 0万元 持平 of 三公 决算数/因公出国（境）费",
				"amount 0万元 of 三公 预算数/因公出国（境）费", "completion 0% of 三公 决算数/因公出国（境）费 over 三公 预算数/因公出国（境）费",
				"count 0个 of 三公 统计/因公出国（境）团组数", "count 0人次 of 三公 统计/因公出国（境）人次",
				"amount 0万元 of 三公 决算数/公务用车运行费", "completion 0% of 三公 决算数/公务用车运行费 over 三公 预算数/公务用车运行费",
				"count 0辆 of 三公 统计/公务用车保有量",
				"amount 0万元 of 三公 决算数/公务接待费 + printed -1.71", "count 0个 of 三公 统计/外宾接待批次", "count 0人次 of 三公 统计/外宾接待人次",
				"amount 1.71万元 of 三公 决算数/公务接待费", "count 9个 of 三公 统计/国内公务接待批次", "count 124人次 of 三公 统计/国内公务接待人次",
			},
		},
		{
			name: "三公, national wording: 年初预算, 决算, 完成预算, 小于预算数, 国内 including 外宾",
			doc:  shanghaiDoc(),
			lines: []string{"七、财政拨款“三公”经费支出决算情况说明",
				"（一）“三公”经费财政拨款支出决算总体情况说明。",
				"“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：公务接待费支出决算为0.00万元，完成预算的0%。2024年度“三公”经费支出决算数小于预算数的主要原因：无支出。",
				"3、公务接待费支出0.00万元。其中：",
				"国内公务接待支出0.00万（含外宾接待支出0万元）。主要用于接待。"},
			want: []string{
				"amount 0.95万元 of 三公 预算数/合计", "amount 0.00万元 of 三公 决算数/合计",
				"completion 0% of 三公 决算数/合计 over 三公 预算数/合计",
				"amount 0.00万元 of 三公 决算数/公务接待费", "completion 0% of 三公 决算数/公务接待费 over 三公 预算数/公务接待费",
				"compare 小于 of 三公 决算数/合计 over 三公 预算数/合计",
				"amount 0.00万元 of 三公 决算数/公务接待费",
				"amount 0.00万 of 三公 决算数/公务接待费",
			},
			unassigned: 1, // 外宾接待 is not split out of 公务接待费
		},
		{
			// The national template's parts of 公务接待费 (the probe's case
			// 150): each is the whole (Daye's 1.71) less the other, not the
			// whole.
			name: "三公, national wording: 国内 and 国（境）外 公务接待支出, 外事接待",
			doc:  daye,
			lines: []string{"财政拨款“三公”经费支出决算情况说明",
				"3.公务接待费支出1.71万元。其中：国内公务接待支出1.21万元，主要用于接待上级部门调研；国（境）外公务接待支出0.50万元，主要用于接待外宾考察。",
				"4.公务接待费支出1.71万元。其中：国内公务接待1.21万元；外事接待0.50万元。"},
			want: []string{
				"amount 1.71万元 of 三公 决算数/公务接待费",
				"amount 1.21万元 of 三公 决算数/公务接待费 + printed -0.50",
				"amount 0.50万元 of 三公 决算数/公务接待费 + printed -1.21",
				"amount 1.71万元 of 三公 决算数/公务接待费",
				"amount 1.21万元 of 三公 决算数/公务接待费 + printed -0.50",
				"amount 0.50万元 of 三公 决算数/公务接待费 + printed -1.21",
			},
		},
		{
			name: "机关运行经费: 比年初预算增加 with no budget printed, the implied budget, 下降",
			doc:  daye,
			lines: []string{"十、机关运行经费支出情况说明",
				"2024年度机关运行经费支出为124.6万元（与部门决算中行政单位和参照公务员法管理事业单位财政拨款基本支出中公用经费之和一致），比年初预算增加18.7万元，完成年初预算的117.7%，主要原因是增加；较上年度减少3.86万元，下降3%。"},
			want: []string{
				"amount 124.6万元 of 机关运行经费 ",
				"change 18.7万元 增加",
				"completion 117.7% of 机关运行经费  over printed 105.9",
				"change 3.86万元 减少 of 机关运行经费 ",
				"growth 3% 下降 of 机关运行经费  over printed 3.86",
			},
		},
		{
			name: "heading glued to its paragraph",
			doc:  shanghaiDoc(),
			lines: []string{"十一、其他重要事项的情况说明",
				"（一）机关运行经费支出情况机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。"},
			want: []string{
				"amount 184.65万元 of 机关运行经费 ",
				"change 2.55万元 增加 of 机关运行经费 ",
				"growth 1.40% 增长 of 机关运行经费  over printed 2.55",
			},
		},
		{
			name: "政府采购: amounts, shares of named wholes, 预留 figures",
			doc:  daye,
			lines: []string{"十一、政府采购支出情况说明",
				"2024年度政府采购支出总额为3846.29万元，其中政府采购货物支出30.31万元、政府采购工程支出20.9万元、政府采购服务支出3795.08万元。授予中小企业合同金额0万元，占政府采购支出总额的0%，其中：授予小微企业合同金额0万元，占政府采购支出总额的0%，占授予中小企业合同金额的0%；货物采购授予中小企业合同金额占货物支出金额的0%。",
				"2024年度本部门面向中小企业预留政府采购项目预算金额246.47万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元。"},
			want: []string{
				"amount 3846.29万元 of 政府采购 总额", "amount 30.31万元 of 政府采购 货物", "amount 20.9万元 of 政府采购 工程", "amount 3795.08万元 of 政府采购 服务",
				"amount 0万元 of 政府采购 中小企业", "share 0% of 政府采购 中小企业 over 政府采购 总额",
				"amount 0万元 of 政府采购 小微企业", "share 0% of 政府采购 小微企业 over 政府采购 总额",
				"share 0% of 政府采购 小微企业 over 政府采购 中小企业",
				// 货物采购授予中小企业合同金额 is stated nowhere: its share
				// of 货物支出 is not the whole 中小企业 amount's.
				"amount 246.47万元 of 政府采购 预留中小企业", "amount 246.47万元 of 政府采购 预留中小企业中标",
			},
		},
		{
			name: "国有资产: counts; the 100万元 threshold is no figure",
			doc:  daye,
			lines: []string{"十二、国有资产占用情况说明",
				"截至2024年12月31日，共有车辆2辆，其中，主要领导干部用车1辆、其他用车1辆。单位价值100万元（含）以上的专用设备3台（套）。"},
			want: []string{"count 2辆", "count 1辆", "count 1辆", "count 3台（套）"},
		},
		{
			name: "预算绩效: count, money, share; indicator results are ignored",
			doc:  daye,
			lines: []string{"十三、预算绩效情况说明", "（一）预算绩效管理工作开展情况",
				"本单位组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目33个，资金5295.7万元，占一般公共预算项目支出总额的100％。从评价情况来看，工单完成率达100%，群众满意率达95%以上，走访企业不少于50家。"},
			want: []string{
				"count 33个",
				"amount 5295.7万元 of 支出决算表 合计 项目支出",
				"share 100％ of 支出决算表 合计 项目支出 over 一般公共预算财政拨款支出决算表 合计 项目支出",
			},
		},
		{
			name: "预算绩效, national wording, without project forms",
			doc:  shanghaiDoc(),
			lines: []string{"十、预算绩效管理情况",
				"全过程绩效管理实施情况：绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目4个）。"},
			want:       []string{"count 4个", "count 99.43分", "count 4个"},
			unassigned: 1,
		},
		{
			name: "project summary: matched to its form by name",
			doc:  daye,
			lines: []string{"部门决算中项目绩效自评结果",
				"2、2024年12345平台费用项目绩效自评综述：项目全年预算数为5.85万元，执行数为5.85万元，完成预算100％。",
				"一是产出指标：1.数量指标：新增话务员16人；2. 质量指标：处理上级下派工单完成率100%。",
				"9、无此项目项目绩效自评综述：项目全年预算数为1万元，执行数为1万元，完成预算100％。"},
			want: []string{
				"amount 5.85万元 of 项目 2024年12345平台费用/预算数",
				"amount 5.85万元 of 项目 2024年12345平台费用/执行数",
				"completion 100％ of 项目 2024年12345平台费用/执行数 over 项目 2024年12345平台费用/预算数",
			},
			unassigned: 3,
		},
		{
			name: "project summaries with near names go to the right forms",
			doc:  daye,
			lines: []string{"部门决算中项目绩效自评结果",
				"6、2024年大数据和网络中心建设项目绩效自评综述：项目全年预算数为16万元，执行数为16万元，完成预算100％。",
				"7、2024年大数据和网络中心建设增补项目绩效自评综述：项目全年预算数为138.62万元，执行数为138.62万元，完成预算100％。",
				"8、2024年大数据和网络中心项目绩效自评综述：项目全年预算数为449.4万元，执行数为299.6万元，完成预算66.7％。"},
			want: []string{
				"amount 16万元 of 项目 2024年大数据和网络中心建设项目监理/预算数",
				"amount 16万元 of 项目 2024年大数据和网络中心建设项目监理/执行数",
				"completion 100％ of 项目 2024年大数据和网络中心建设项目监理/执行数 over 项目 2024年大数据和网络中心建设项目监理/预算数",
				"amount 138.62万元 of 项目 2024年大数据和网络中心建设项目增补费用/预算数",
				"amount 138.62万元 of 项目 2024年大数据和网络中心建设项目增补费用/执行数",
				"completion 100％ of 项目 2024年大数据和网络中心建设项目增补费用/执行数 over 项目 2024年大数据和网络中心建设项目增补费用/预算数",
				"amount 449.4万元 of 项目 2024年大数据和网络中心项目建设费用/预算数",
				"amount 299.6万元 of 项目 2024年大数据和网络中心项目建设费用/执行数",
				"completion 66.7％ of 项目 2024年大数据和网络中心项目建设费用/执行数 over 项目 2024年大数据和网络中心项目建设费用/预算数",
			},
		},
		{
			name: "a project summary under 预算绩效, its indicators after it",
			doc:  daye,
			lines: []string{"十三、预算绩效情况说明",
				"1、2024年12345平台费用项目绩效自评综述：项目全年预算数为5.85万元，执行数为5.85万元，完成预算100％。",
				"一是产出指标：1.数量指标：新增话务员16人；2. 质量指标：处理上级下派工单完成率100%；罚没收入达357.15万元。"},
			want: []string{
				"amount 5.85万元 of 项目 2024年12345平台费用/预算数",
				"amount 5.85万元 of 项目 2024年12345平台费用/执行数",
				"completion 100％ of 项目 2024年12345平台费用/执行数 over 项目 2024年12345平台费用/预算数",
			},
		},
		{
			name: "what cannot be attributed is a finding",
			doc:  daye,
			lines: []string{"二、收入决算情况说明",
				"捐赠收入12万元，增长5%。",
				"（三）一般公共预算财政拨款支出决算具体情况",
				"一般公共预算财政拨款支出年初预算为110.00万元。"},
			unassigned: 3,
		},
		{
			name: "the template's placeholders are no figures",
			doc:  shanghaiDoc(),
			lines: []string{"一、收入支出决算总体情况说明",
				"上海市 XX 局 2024 年度收入支出总计 XXX 万元。与 2023 年度相比，收入支出总计增加（减少）XXX 万元，增长（下降）XX%。主要原因：XXXXXXXX。（如持平作持平表述）",
				"  2024 年度“三公”经费财政拨款支出决算数比 2023 年度减少（增加）XXX 万元，下降（增长）XX%。"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := extract(tc.doc, tc.lines...)
			assert.Equal(t, tc.want, nonNil(briefs(res.Statements)))
			assert.Len(t, res.Findings, tc.unassigned, "%v", res.Findings)
			for _, f := range res.Findings {
				assert.Equal(t, "parse.narrative.unattributed", f.Rule)
				assert.Equal(t, fiscal.SeverityWarning, f.Severity)
				assert.Positive(t, f.Where.Line)
				assert.NotEmpty(t, f.Where.Text)
				assert.Contains(t, tc.lines[f.Where.Line-1], f.Where.Text)
			}
			for _, s := range res.Statements {
				assert.Contains(t, tc.lines[s.Line-1], s.Text)
				assert.NotEmpty(t, s.Subject, brief(s))
				assert.NotEmpty(t, s.Section, brief(s))
			}
			st := res.Stats
			assert.Equal(t, len(res.Statements), st.Statements)
			assert.Equal(t, len(res.Findings), st.Unattributed)
			assert.LessOrEqual(t, st.Inputs+st.Ignored+st.Unattributed, st.Figures)
		})
	}
}

func nonNil(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestNationalTemplateFilled fills the national template's 三公 具体情况
// and 政府性基金 paragraphs with figures; the 项 of the fund table is not
// in the embedded catalog, only in the document's table.
func TestNationalTemplateFilled(t *testing.T) {
	doc := shanghaiDoc()
	f := accounts.NewTable(accounts.KindGovFund).Add(
		accounts.Row{Function: fn("2120801"), Name: "征地和拆迁补偿支出", Cells: accounts.Cells{accounts.ColExpenditure: c("90")}},
		accounts.Row{Item: accounts.ItemTotal, Cells: accounts.Cells{accounts.ColIncome: c("100"), accounts.ColExpenditure: c("90")}})
	doc.Tables.GovFund = f
	res := extract(doc,
		"七、财政拨款“三公”经费支出决算情况说明",
		"（二）“三公”经费财政拨款支出决算具体情况说明。",
		"“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 0.00 万元，占 0%；公务用车购置及运行维护费支出决算 0.50 万元，占 50.00%；公务接待费支出决算 0.50 万元，占 50.00%。具体情况如下：",
		"2、公务用车购置及运行维护费支出 0.50 万元。其中：",
		"公务用车购置支出为 0 万元。主要用于无，列明公务用车购置数量。",
		"公务用车运行维护支出 0.50 万元。主要用于日常。2024年，上海市 XX 局所属各预算单位开支财政拨款的公务用车保有量为 1 辆。",
		"八、政府性基金预算财政拨款收入支出决算情况说明",
		"政府性基金预算财政拨款收入 100 万元，支出收入 90 万元，支出具体情况如下：",
		"1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。主要用于：补偿。年初预算为 100 万元，支出决算为 90 万元。支出决算数小于年初预算数的主要原因：进度。",
	)
	assert.Equal(t, []string{
		"amount 0.00万元 of 三公 决算数/因公出国（境）费",
		"share 0% of 三公 决算数/因公出国（境）费 over 三公 决算数/合计",
		"amount 0.50万元 of 三公 决算数/公务用车购置及运行费",
		"share 50.00% of 三公 决算数/公务用车购置及运行费 over 三公 决算数/合计",
		"amount 0.50万元 of 三公 决算数/公务接待费",
		"share 50.00% of 三公 决算数/公务接待费 over 三公 决算数/合计",
		"amount 0.50万元 of 三公 决算数/公务用车购置及运行费",
		"amount 0万元 of 三公 决算数/公务用车购置费",
		"amount 0.50万元 of 三公 决算数/公务用车运行费",
		"count 1辆 of 三公 统计/公务用车保有量",
		"amount 100万元 of 政府性基金预算财政拨款收入支出决算表 合计 本年收入",
		"amount 90万元 of 政府性基金预算财政拨款收入支出决算表 合计 本年支出",
		"amount 90万元 of 政府性基金预算财政拨款收入支出决算表 2120801 本年支出",
		"compare 小于 of printed 90 over printed 100",
	}, briefs(res.Statements))
	assert.Empty(t, res.Findings)
}

// TestSummaryOnly points the incomes at 收入支出决算总表 when the document
// has no 收入决算表.
func TestSummaryOnly(t *testing.T) {
	doc := shanghaiDoc()
	doc.Tables.Income = nil
	res := extract(doc, "二、收入决算情况说明", "本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；")
	assert.Equal(t, []string{
		"amount 2946.25万元 of " + incomeTotal,
		"amount 2940.05万元 of 收入支出决算总表 收入/一般公共预算财政拨款收入 决算数 + 收入支出决算总表 收入/政府性基金预算财政拨款收入 决算数 + 收入支出决算总表 收入/国有资本经营预算财政拨款收入 决算数",
		"share 99.79% of 收入支出决算总表 收入/一般公共预算财政拨款收入 决算数 + 收入支出决算总表 收入/政府性基金预算财政拨款收入 决算数 + 收入支出决算总表 收入/国有资本经营预算财政拨款收入 决算数 over " + incomeTotal,
		"amount 6.2万元 of 收入支出决算总表 收入/其他收入 决算数",
		"share 0.21% of 收入支出决算总表 收入/其他收入 决算数 over " + incomeTotal,
	}, briefs(res.Statements))
	for _, s := range res.Statements {
		assert.Empty(t, doc.CheckStatement(s, nil), brief(s))
	}
}

func TestRules(t *testing.T) {
	rs := narrative.Rules()
	require.Len(t, rs, 1)
	assert.Equal(t, "parse.narrative.unattributed", rs[0].ID)
	assert.Equal(t, fiscal.ScopeParse, rs[0].Scope)
}

func TestNilDocument(t *testing.T) {
	res := extract(nil, "二、收入决算情况说明", "本年收入合计100万元，其中：财政拨款收入100万元，占100%。", "（三）一般公共预算财政拨款支出决算具体情况",
		"一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为 10 万元，支出决算为 9 万元。决算数小于预算数的主要原因：节约。")
	assert.Equal(t, []string{
		"amount 100万元 of " + incomeTotal,
		"amount 100万元 of 收入决算表 合计 财政拨款收入",
		"share 100% of 收入决算表 合计 财政拨款收入 over " + incomeTotal,
		"amount 9万元 of 一般公共预算财政拨款支出决算表 2010601 合计",
		"compare 小于 of printed 9 over printed 10",
	}, briefs(res.Statements))
	assert.Empty(t, res.Findings)
}
