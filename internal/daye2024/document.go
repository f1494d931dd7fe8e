package daye2024

import (
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/dayedata"
	"github.com/cnfiscal/fiscal/threepublic"
)

// Document returns the whole report as typed values: every part, each
// figure a fact from the report.
func Document() *disclosure.Document {
	dept, projects := dayedata.Forms()
	rc := RunningCostStated()
	proc := Procurement()
	return &disclosure.Document{
		Department: Department,
		Year:       Year,
		Title:      "大冶市政务服务和大数据管理局2024年度部门决算",
		Units: []disclosure.CoveredUnit{
			// Lines 24–28: 单位本级 (5 内设机构) and 4 下属事业单位. The report
			// does not state the 本级's type; a 局 is a 行政单位.
			{Name: "大冶市政务服务和大数据管理局本级", Type: accounts.Administrative, Note: "5个内设机构：办公室（政工股）、政务服务与行政审批改革股、招商引资项目建设与营商环境优化股、公共资源交易监督管理股、大数据管理股"},
			{Name: "大冶市投资项目联审服务中心", Type: accounts.Institution},
			{Name: "市12345公共热线管理服务中心", Type: accounts.Institution},
			{Name: "市电子政务中心", Type: accounts.Institution},
			{Name: "市营商环境发展促进中心", Type: accounts.Institution},
		},
		Tables:                Tables(),
		ThreePublic:           ThreePublic(),
		ThreePublicStatistics: ThreePublicStatistics(),
		RunningCost:           &disclosure.PrintedRunningCost{Amount: rc.Amount, Decimals: rc.Decimals, ClaimsEqualsPublic: rc.ClaimsEqualsPub, Line: rc.Line},
		Procurement:           &proc,
		Assets:                Assets(),
		Performance:           &disclosure.Performance{Department: &dept, Projects: projects},
		Narrative:             Narrative(),
		Glossary:              Glossary(),
		Explained:             Explained(),
		Sections:              Sections(),
	}
}

// Assets returns the 国有资产占用 paragraph (line 1747): no vehicles in any
// category and no equipment of 100万元 or more.
func Assets() *disclosure.Assets {
	n := threepublic.CountOf
	return &disclosure.Assets{
		Vehicles: []disclosure.VehicleCount{
			{Category: "共有车辆", Count: n(0)},
			{Category: "副省级及以上领导干部用车", Count: n(0)},
			{Category: "主要领导干部用车", Count: n(0)},
			{Category: "机要通信用车", Count: n(0)},
			{Category: "应急保障用车", Count: n(0)},
			{Category: "执法执勤用车", Count: n(0)},
			{Category: "特种专业技术用车", Count: n(0)},
			{Category: "其他用车", Count: n(0)},
		},
		Equipment: n(0),
		Line:      1747,
	}
}

// Glossary returns 第五部分 名词解释 (lines 2104–2136).
func Glossary() []disclosure.Term {
	return []disclosure.Term{
		{Term: "一般公共预算财政拨款收入", Definition: "指市级财政一般公共预算当年拨付的资金。", Line: 2104},
		{Term: "政府性基金预算财政拨款收入", Definition: "指市级财政政府性基金预算当年拨付的资金。", Line: 2106},
		{Term: "国有资本经营预算财政拨款收入", Definition: "指市级财政国有资本经营预算当年拨付的资金。", Line: 2108},
		{Term: "上级补助收入", Definition: "指从事业单位主管部门和上级单位取得的非财政补助收入。", Line: 2110},
		{Term: "事业收入", Definition: "指事业单位开展专业业务活动及其辅助活动取得的收入。", Line: 2112},
		{Term: "经营收入", Definition: "指事业单位在专业业务活动及辅助活动之外开展非独立核算经营活动取得的收入。", Line: 2114},
		{Term: "其他收入", Definition: "指单位取得的除上述“一般公共预算财政拨款收入”、“政府性基金预算财政拨款收入”、“国有资本经营预算财政拨款收入”、“上级补助收入”、“事业收入”、“经营收入”等收入以外的各项收入。", Line: 2116},
		{Term: "使用非财政拨款结余（含专用结余）", Definition: "指事业单位按照预算管理要求使用非财政拨款结余弥补收支差额的金额，以及使用专用结余安排支出的金额。", Line: 2118},
		{Term: "年初结转和结余", Definition: "指单位以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。", Line: 2120},
		{Term: "结余分配", Definition: "指事业单位按照会计制度规定缴纳的企业所得税、提取的专用结余以及转入非财政拨款结余的金额等。", Line: 2122},
		{Term: "年末结转和结余", Definition: "指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。", Line: 2124},
		{Term: "基本支出", Definition: "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。", Line: 2126},
		{Term: "项目支出", Definition: "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", Line: 2128},
		{Term: "经营支出", Definition: "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。", Line: 2130},
		{Term: "“三公”经费", Definition: "纳入市级财政预决算管理的“三公”经费，是指市部门用财政拨款安排的因公出国(境)费、公务用车购置及运行费和公务接待费。其中，因公出国(境)费反映单位公务出国(境)的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车购置支出(含车辆购置税、牌照费)及燃料费、维修费、过桥过路费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待(含外宾接待)费用。", Line: 2132},
		{Term: "机关运行经费", Definition: "指为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公费、印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。", Line: 2134},
		{Term: "政府采购", Definition: "是指各级国家机关、事业单位和团体组织，使用财政性资金采购依法制定的集中采购目录以内的或者采购限额标准以上的货物、工程和服务的行为。政府采购不仅是指具体的采购过程，而且是采购政策、采购程序、采购过程及采购管理的总称，是一种对公共采购管理的制度，是一种政府行为。", Line: 2136},
	}
}

// Explained returns 十八、使用的支出功能分类科目 (lines 2139–2143): each 项 the
// report spends under, with the 类/款/项 names as it prints them.
func Explained() []disclosure.ExplainedCode {
	f := func(s string) classify.Function { return classify.MustParse[classify.FunctionKind](s) }
	return []disclosure.ExplainedCode{
		{Function: f("2010399"), Names: [3]string{"一般公共服务支出", "政府办公厅（室）及相关机构事务", "其他政府办公厅（室）及相关机构事务支出"},
			Explanation: "反映除上述项目以外的其他政府办公厅（室）及相关机构事务支出。", Line: 2139},
		{Function: f("2011308"), Names: [3]string{"一般公共服务支出", "商贸事务", "招商引资"},
			Explanation: "反映用于招商引资、优化经济环境等方面的支出。", Line: 2141},
		{Function: f("2290402"), Names: [3]string{"其他支出", "其他支出", "其他地方自行试点项目收益专项债券收入安排的支出"},
			Explanation: "反应除上述项目以外其他不能划分到具体功能科目中的支出项目。", Line: 2143},
	}
}

// Sections returns the headings of the report, in order (parts, the
// headings of 第三部分 as printed, including those printed without their
// number).
func Sections() []disclosure.Section {
	return []disclosure.Section{
		{Title: "第一部分：大冶市政务服务和大数据管理局概况", Line: 1},
		{Title: "一、主要职责", Line: 3},
		{Title: "二、机构设置", Line: 22},
		{Title: "第二部分：大冶市政务服务和大数据管理局2024年度部门决算报表", Line: 30},
		{Title: "第三部分：大冶市政务服务和大数据管理局2024年度部门决算情况说明", Line: 1653},
		{Title: "收入支出决算总体情况说明", Line: 1654},
		{Title: "收入决算情况说明", Line: 1658},
		{Title: "支出决算情况说明", Line: 1663},
		{Title: "财政拨款收入支出决算总体情况说明", Line: 1669},
		{Title: "五、一般公共预算财政拨款支出决算情况说明", Line: 1674},
		{Title: "（一）一般公共预算财政拨款支出决算总体情况", Line: 1675},
		{Title: "一般公共预算财政拨款支出决算结构情况", Line: 1679},
		{Title: "（三）一般公共预算财政拨款支出决算具体情况", Line: 1687},
		{Title: "六、一般公共预算财政拨款基本支出决算情况说明", Line: 1697},
		{Title: "七、政府性基金预算财政拨款收入支出决算情况说明", Line: 1704},
		{Title: "八、国有资本经营预算财政拨款支出决算情况说明", Line: 1709},
		{Title: "财政拨款“三公”经费支出决算情况说明", Line: 1713},
		{Title: "（一）“三公”经费财政拨款支出决算总体情况说明", Line: 1715},
		{Title: "（二）“三公”经费财政拨款支出决算具体情况说明", Line: 1719},
		{Title: "十、机关运行经费支出情况说明", Line: 1737},
		{Title: "十一、政府采购支出情况说明", Line: 1741},
		{Title: "十二、国有资产占用情况说明", Line: 1745},
		{Title: "十三、预算绩效情况说明", Line: 1749},
		{Title: "（一）预算绩效管理工作开展情况", Line: 1750},
		{Title: "十四、专项支出、转移支付支出情况说明", Line: 2094},
		{Title: "第四部分：其他需要说明的情况", Line: 2098},
		{Title: "第五部分：名词解释", Line: 2102},
		{Title: "第六部分  附件", Line: 2145},
	}
}
