package dayedata

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
)

// Forms returns the 部门整体绩效自评表 and the 33 项目支出绩效自评表 of the
// report, in the order printed (二、 to 三十四、). Each call builds new
// values: the caller may change them freely.
func Forms() (perf.DepartmentForm, []perf.ProjectForm) {
	return department(), []perf.ProjectForm{
		form02(),
		form03(),
		form04(),
		form05(),
		form06(),
		form07(),
		form08(),
		form09(),
		form10(),
		form11(),
		form12(),
		form13(),
		form14(),
		form15(),
		form16(),
		form17(),
		form18(),
		form19(),
		form20(),
		form21(),
		form22(),
		form23(),
		form24(),
		form25(),
		form26(),
		form27(),
		form28(),
		form29(),
		form30(),
		form31(),
		form32(),
		form33(),
		form34(),
	}
}

// PublishedProjectSpending is 项目支出 as the report's 公开03 支出决算表
// prints it in its 合计 row (line 548): 5,295.70 万元. Compare it with the
// sum of the forms' 执行数 by [perf.CheckProjectTotal].
func PublishedProjectSpending() perf.Money { return wan("5,295.70") }

// wan reads a figure of the forms' 预算执行情况 block, whose unit is 万元
// unless the cell names its own.
func wan(s string) perf.Money { return perf.MustParseMoney(s, fiscal.WanYuan) }

// department is 一、2024年度部门整体绩效评价自评表 (lines 2146–2482).
func department() perf.DepartmentForm {
	return perf.DepartmentForm{
		Line:            2146,
		Heading:         "一、2024年度部门整体绩效评价自评表",
		Title:           "2024年度市政数局部门整体绩效自评表", // line 2148
		Unit:            "大冶市政务服务和大数据管理局",
		Filed:           "2025  年  08   月  07   日",
		MoneyUnit:       "单位：万元",
		BasicSpending:   wan("1281.33万元"),
		ProjectSpending: wan("5295.69万元"),
		Goals:           "1、强化党建引领作用2、持续优化营商环境3、创新改革提升便民质效4、全力推进大数据管理运用5、全面提升热线诉求处办质效6、强力推进项目落地服务7、全力优化招投标市场环境",
		Rows: []perf.Row{
			{Line: 2178, Level1: "运行\n成本", Level2: "公用经费控制", Name: "公用经费控制率", Class: "绩效基本型", Target: "105.96万元", Actual: "105.96万元"},
			{Line: 2187, Name: "“三公”经费变动率", Class: "绩效基本型", Target: "13万", Actual: "13万"},
			{Line: 2195, Level2: "在职人员控制", Name: "在职人员控制率", Class: "绩效基本型", Target: "60人", Actual: "60人"},
			{Line: 2203, Level2: "项目支出成本控制", Name: "会议费控制率", Class: "绩效基本型", Target: "5万元", Actual: "0.54万元"},
			{Line: 2211, Level1: "管理效率", Level2: "战略管理", Name: "中长期规划相符性", Class: "绩效基本型", Target: "一致", Actual: "一致"},
			{Line: 2219, Name: "工作计划健全性", Class: "绩效基本型", Target: "合理", Actual: "合理"},
			{Line: 2227, Level2: "预算编制", Name: "预算编制科学性", Class: "绩效基本型", Target: "科学编制", Actual: "科学编制"},
			{Line: 2235, Name: "预算编制合理性", Class: "绩效基本型", Target: "合理编制", Actual: "合理编制"},
			{Line: 2243, Name: "立项规范性", Class: "绩效基本型", Target: "规范编制", Actual: "规范编制"},
			{Line: 2251, Level2: "预算执行", Name: "预算执行率", Class: "绩效基本型", Target: "100%", Actual: "100%"},
			{Line: 2259, Name: "政府采购执行率", Class: "绩效基本型", Target: "100%", Actual: "100%"},
			{Line: 2267, Name: "非税收入预算完成率", Class: "绩效基本型", Target: "357.14万元", Actual: "357.14万元"},
			{Line: 2275, Level2: "绩效管理", Name: "事前绩效评估完成率", Class: "绩效基本型", Target: "100%", Actual: "100%"},
			{Line: 2283, Name: "绩效目标合理性", Class: "绩效基本型", Target: "基本合理", Actual: "基本合理"},
			{Line: 2291, Name: "绩效监控开展率", Class: "绩效基本型", Target: "100%", Actual: "100%"},
			{Line: 2299, Name: "绩效评价覆盖率", Class: "绩效基本型", Target: "100%", Actual: "100%"},
			{Line: 2307, Name: "评价结果应用率", Class: "绩效基本型", Target: "合理应用", Actual: "合理应用"},
			{Line: 2315, Level2: "资产管理", Name: "资产管理制度健全性", Class: "绩效基本型", Target: "基本健全", Actual: "基本健全"},
			{Line: 2323, Name: "资产管理规范性", Class: "绩效基本型", Target: "管理规范", Actual: "管理规范"},
			{Line: 2331, Level2: "财务管理", Name: "财务管理制度健全性", Class: "绩效基本型", Target: "制度健全", Actual: "制度健全"},
			{Line: 2339, Name: "会计核算规范性", Class: "绩效基本型", Target: "核算规范", Actual: "核算规范"},
			{Line: 2347, Name: "资金使用合规性", Class: "绩效基本型", Target: "使用合规", Actual: "使用合规"},
			{Line: 2355, Level1: "履职\n效能", Level2: "核心业务产出1", Name: "大冶城市智能体建设方案符合省级方案要求", Class: "绩效基本型", Target: "符合", Actual: "获省级表彰"},
			{Line: 2364, Level2: "核心业务产出2", Name: "“鄂汇办”APP开通线上办理", Class: "绩效基本型", Target: "事项上线，开通“在线办理", Actual: "事项上线，开通“在线办理”，服务群众办事、咨询达1871人次"},
			{Line: 2372, Level2: "核心业务产出3", Name: "电子政务外网畅通", Class: "绩效基本型", Target: "不低于95%", Actual: "97%"},
			{Line: 2380, Level1: "社会\n效应", Level2: "经济效益", Name: "全年计划服务中介服务事项130项", Class: "绩效基本型", Target: "122项", Actual: "93.80%"},
			{Line: 2389, Level2: "社会效益", Name: "为大数据中心、网络中心提供基础能力支撑", Class: "绩效基本型", Target: "助推高效办成一件事工作螺落地，提升政府公共服务能力水平", Actual: "助推高效办成一件事工作螺落地，提升政府公共服务能力水平"},
			{Line: 2397, Level2: "生态效益", Name: "优化经济环境，处理投诉率", Class: "绩效基本型", Target: "100%", Actual: "100%"},
			{Line: 2405, Level1: "可持续发展能力", Level2: "体制机制改革", Name: "服务体制改革成效", Class: "绩效基本型", Target: "100%", Actual: "100%"},
			{Line: 2413, Name: "行政管理体制改革成效", Class: "绩效基本型", Target: "100%", Actual: "100%"},
			{Line: 2421, Level2: "人才支撑", Name: "业务学习与培训完成率", Class: "绩效基本型", Target: "组织外出学习、会议学习", Actual: ""},
			{Line: 2429, Name: "干部队伍体系建设规划情况", Class: "绩效基本型", Target: "继续培养高素质干部", Actual: "已培养人才数名"},
			{Line: 2437, Name: "高学历、高层次人才储备率", Class: "绩效基本型", Target: "解决企业生产经营中的难点堵点问题，提升市场主体满意率", Actual: "99.32%"},
			{Line: 2445, Level2: "科技支撑", Name: "信息化建设情况", Class: "绩效基本型", Target: "相关信息平台功能模块和业务流程清晰，平台运行正常", Actual: "相关信息平台功能模块和业务流程清晰，平台运行正常"},
			{Line: 2453, Level1: "满意度", Level2: "服务对象满意度", Name: "企业满意度", Class: "绩效基本型", Target: "100%", Actual: "97%"},
			{Line: 2461, Level2: "联系部门满意度", Name: "年度考核", Class: "绩效基本型", Target: "优秀", Actual: "优秀"},
		},
		Deviation:   "1、项目单位无具体项目绩效目标或制定的绩效目标不可量化,以致在具体实施绩效评价工作时不能准确对项目量化评分从而影响了项目的效果。\n2、由于我市财政资金有限，对于我单位一些项目的后续投入不足。\n3、缺乏有效地手段对各乡镇、部门项目建设工作进行奖惩办法。",
		Improvement: "绩效自评是我市一个正在逐步规范的工作，其评价范围不仅涉及财务，还涉及相关项目的业务性知识。目前填报人员专业性不强，领导干部对绩效结果的应用知之甚少，认为仅仅只是对财政资金运用的考核，对绩效改进的操作过程较为模糊，因此无法将结果应用到实际工作中去，使得绩效管理停留在了表面。鉴于此，需要开展相关的业务培训，着重是对各科室负责人的培训。",
	}
}

// form02 is 二、2023-2024年度招商引资工作经费项目绩效自评表 (lines 2500–2619).
func form02() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        2500,
		Heading:     "二、2023-2024年度招商引资工作经费项目绩效自评表",
		Title:       "2023-2024年度招商引资工作经费项目绩效自评表", // line 2502
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2023-2024年招商引资工作经费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□√", "3、一次性项目□"},
		Budget:      wan("16.244万元"),
		Spent:       wan("16.06万元"),
		Rate:        "99%",
		Rows: []perf.Row{
			{Line: 2557, Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入", Target: "16.244万元", Actual: "16.06万元"},
			{Line: 2565, Level1: "产出\n指标", Level2: "数量指标", Name: "外出招商次数", Target: "不少于2次", Actual: "3次"},
			{Line: 2573, Level2: "质量指标", Name: "签约项目数", Target: "不少于1个", Actual: "1个"},
			{Line: 2580, Level2: "时效指标", Name: "时限", Target: "一年", Actual: "一年"},
			{Line: 2587, Level1: "效益\n指标", Level2: "经济效益指标", Name: "新增固定投资额", Target: "不少于1亿元", Actual: "1.5亿元"},
			{Line: 2595, Level2: "社会效益指标", Name: "新增就业岗位", Target: "不少于200人", Actual: "280人"},
			{Line: 2602, Level2: "生态效益指标", Name: "项目环保合规性", Target: "合规", Actual: "合规"},
			{Line: 2609, Level1: "满意度指标", Level2: "具体指标", Name: "企业满意度", Target: "100%", Actual: "100%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "本项目资金使用规范，完成引进项目数量与投资额标准。",
	}
}

// form03 is 三、2024年12345平台费用项目绩效自评表 (lines 2631–2746).
func form03() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        2631,
		Heading:     "三、2024年12345平台费用项目绩效自评表",
		Title:       "2024年12345平台费用项目绩效自评表", // line 2633
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.24",
		Project:     "2024年12345平台费用",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目■", "2、新增项目□"},
		Type:        []string{"1、常年性项目■", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("5.85"),
		Spent:       wan("5.85"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 2688, Level1: "成本\n指标", Level2: "经济成本指标", Name: "12345平台结转资金", Target: "5.85万元", Actual: "5.85万元"},
			{Line: 2696, Level1: "产出\n指标", Level2: "数量指标", Name: "话务员", Target: "18人", Actual: "16人"},
			{Line: 2704, Level2: "质量指标", Name: "处理上级下派工单完成率", Target: "100%", Actual: "100%"},
			{Line: 2711, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 2718, Level1: "效益\n指标", Level2: "社会效益指标", Name: "方便市民，拉近距离，提升政府形象", Target: "群众满意", Actual: "群众满意"},
			{Line: 2726, Level2: "生态效益指标", Name: "让数据多跑路，节约证件影印纸张", Target: "无污染", Actual: "无污染"},
			{Line: 2733, Level1: "满意度指标", Level2: "具体指标", Name: "群众满意度", Target: "≥97%", Actual: "97%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "建议抓紧资金拨付进度，按节点进行资金拨付工作，不要集中在年底拨付，以免财政资金结转至下一年。该项结转资金为我市12345市民热线工作顺利开展提供了有力保障。",
	}
}

// form04 is 四、2024年便民免费复印照相费用项目绩效自评表 (lines 2758–2883).
func form04() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        2758,
		Heading:     "四、2024年便民免费复印照相费用项目绩效自评表",
		Title:       "2024年便民免费复印照相费用项目绩效自评表", // line 2760
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "便民免费复印照相费用",
		Department:  "大冶市政务服务和\n大数据管理局",
		Implementer: "大冶市政务服务和\n大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("13.22"),
		Spent:       wan("13.10"),
		Rate:        "99.10%",
		Rows: []perf.Row{
			{Line: 2817, Level1: "成本\n指标", Level2: "经济成本指标", Name: "项目成本", Target: "13.22", Actual: "13.10"},
			{Line: 2825, Level1: "产出\n指标", Level2: "数量指标", Name: "复印纸", Target: "600包", Actual: "580包"},
			{Line: 2833, Name: "复印机耗材更换次数", Target: "不低于30次", Actual: "30次"},
			{Line: 2840, Level2: "质量指标", Name: "让群众在政务大厅内就能\n免费复印、免费照相", Target: "符合要求", Actual: "符合要求"},
			{Line: 2848, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 2855, Level2: "社会效益指标", Name: "提升群众办事体验，树立\n良好政府形象", Target: "群众满意", Actual: "群众满意"},
			{Line: 2863, Level2: "生态效益指标", Name: "环境影响", Target: "无污染", Actual: "无污染"},
			{Line: 2870, Level1: "满意度指标", Level2: "服务对象满意度", Name: "群众满意度", Target: "100%", Actual: "100%"},
		},
		Deviation:   "该项目资金安排合理，顺利的完成了各项工作。",
		Improvement: "虽然群众满意度达到100%，但可能存在部分群众对免费复印照相服务知晓不足的\n情况。建议通过政务大厅、社交网络等多渠道宣传，吸引更多群众享受服务，提高\n资源利用率",
	}
}

// form05 is 五、2024年度城市数字公共基础设施建设工作技术咨询服务费项目绩效自评表 (lines 2897–3051).
func form05() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        2897,
		Heading:     "五、2024年度城市数字公共基础设施建设工作技术咨询服务费项目绩效自评表",
		Title:       "2024年度城市数字公共基础设施建设工作技术咨询服务费项目绩效自评表", // line 2899
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2024年城市数字公共基础设施建设工作技术咨询服务费",
		Department:  "市政数局",
		Implementer: "市政数局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□", "3、一次性项目□√"},
		Budget:      wan("109.4万"),
		Spent:       wan("109.4万"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 2954, Level1: "成本\n指标", Level2: "经济成本指标", Name: "成本费用109.4万元", Target: "109.4万元", Actual: "109.4万元"},
			{Line: 2962, Level1: "产出\n指标", Level2: "数量指标", Name: "来冶项目指导", Target: "不少于25次", Actual: "30次以上"},
			{Line: 2970, Name: "组织项目建设检查", Target: "不少于15次", Actual: "20次以上"},
			{Line: 2977, Name: "技术保障", Target: "1-12月", Actual: "1-12月"},
			{Line: 2984, Level2: "质量指标", Name: "方案符合省级方案要求", Target: "符合", Actual: "获省级表彰"},
			{Line: 2991, Name: "满足大冶实际需要", Target: "符合", Actual: "符合"},
			{Line: 2998, Name: "树立全省县域数公基标杆", Target: "前三", Actual: "第一"},
			{Line: 3005, Level1: "效益\n指标", Level2: "经济效益指标", Name: "促进数公基建设达到预期目标", Target: "通过省级验收", Actual: "通过验收"},
			{Line: 3013, Name: "促进数字人才培养", Target: "培养数字人才10名", Actual: "已完成"},
			{Line: 3020, Level2: "社会效益指标", Name: "营造良好的数字化发展氛围", Target: "氛围良好", Actual: "氛围良好"},
			{Line: 3027, Name: "促进大冶数字化建设", Target: "建设良好", Actual: "建设良好"},
			{Line: 3034, Level2: "生态效益指标", Name: "节约成本", Target: "无污染", Actual: "无污染"},
			{Line: 3041, Level1: "满意度指标", Level2: "具体指标", Name: "数公基建设满意度，政府满意，群众满意", Target: "满意", Actual: "满意"},
		},
		Deviation:   "无",
		Improvement: "自大冶市“数公基”项目规划、设计、建设以来，不定期开展培训，参与前期筹备、项目建设、项目验收、全域扩面及阶段性汇报等工作，现场参与工作近50余次。输出了《大冶市城市数字公共基础设施建设工作方案》、《大冶市城市数字公共基础设施应用体系化标准化研究》、大冶市智能体建设项目（二期）深化设计方案（整体设计、建设清单）。按照“统一数字底座、统一应用接口”，服务于职能部门高效、高质、覆盖需求，满足城市高位统筹指挥调度要求的基本原则构建基于“城市数字公共基础设施”的“城市数字应用服务体系”。",
	}
}

// form06 is 六、2024年度创建全省优化营商环境先行区工作相关经费项目绩效自评表 (lines 3063–3266).
func form06() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        3063,
		Heading:     "六、2024年度创建全省优化营商环境先行区工作相关经费项目绩效自评表",
		Title:       "2024年度创建全省优化营商环境先行区工作相关经费项目绩效自评表", // line 3065
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2024年创建全省优化营商环境先行区工作",
		Department:  "市政数局",
		Implementer: "市政数局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□", "3、一次性项目□√"},
		Budget:      wan("35万元"),
		Spent:       wan("35万元"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 3120, Level1: "成本\n指标", Level2: "经济成本指标", Name: "事项对接“鄂汇办”费用", Target: "9.8万元", Actual: "9.8万元"},
			{Line: 3128, Name: "云端政务超市费用", Target: "36.67万元", Actual: "36.67万元"},
			{Line: 3135, Name: "财政资金投入", Target: "35万元", Actual: "35万元"},
			{Line: 3142, Level1: "产出\n指标", Level2: "数量指标", Name: "开展项目在线检查", Target: "检查项目不少于30个", Actual: "联合多部门检查项目30个"},
			{Line: 3150, Name: "相关调研次数", Target: "不少于5次", Actual: "已开展调研6次"},
			{Line: 3157, Name: "便民服务点", Target: "不少于5处", Actual: "已建设各类政务服务点8处"},
			{Line: 3164, Name: "上线政务服务数量", Target: "便民服务事项不少于100项", Actual: "便民服务事项超200项"},
			{Line: 3171, Level2: "质量指标", Name: "符合在线监管要求", Target: "符合", Actual: "已验收合格"},
			{Line: 3178, Name: "满足大冶实际需要", Target: "符合", Actual: "已验收合格"},
			{Line: 3185, Name: "“鄂汇办”APP开通线上办理", Target: "事项上线，开通“在线办理”", Actual: "事项上线，开通“在线办理”，服务群众办事、咨询达1871人次"},
			{Line: 3192, Name: "实现远程交互，业务指导，窗口分发，办件受理", Target: "汇聚高频政务服务事项，打造 “线上一网通办” 新格局", Actual: "通过远程视频办件新模式服务群众办事、咨询达1871人次"},
			{Line: 3199, Level2: "时效指标", Name: "时限", Target: "一年", Actual: "一年"},
			{Line: 3206, Level1: "效益\n指标", Level2: "经济效益指标", Name: "带动相关产业投资增长", Target: "带动智慧城市相关产业投资增长", Actual: "带动智慧城市相关产业投资增长"},
			{Line: 3214, Name: "达到多部门联动执法监管的需求", Target: "与住建、交通等部门联动执法实现在线监管。", Actual: "已实现"},
			{Line: 3221, Level2: "社会效益指标", Name: "提高政务服务效率", Target: "政务服务事项流程优化，办事时间平均缩短", Actual: "政务服务事项流程优化，办事时间平均缩短"},
			{Line: 3228, Name: "提升市民对智慧城市建设满意度", Target: "市民满意度", Actual: "市民满意度"},
			{Line: 3235, Name: "实现全流程电子监管的需求", Target: "在线查看资料、在线受理投诉、过程预警。", Actual: "已实现"},
			{Line: 3242, Level2: "生态效益指标", Name: "监管过程全流程电子化无纸化，优化生态环境", Target: "无污染", Actual: "无污染"},
			{Line: 3249, Name: "通过远程办、智能办等措施，降低城市能源消耗", Target: "无污染", Actual: "无污染"},
			{Line: 3256, Level1: "满意度指标", Level2: "具体指标", Name: "群众满意度", Target: "100%", Actual: "100%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "1. 持续跟踪效益指标相关数据，如产业投资、城市管理效率提升、节能减排等情况，及时调整规划实施策略。\n2. 将本次项目绩效自评结果作为后续类似项目规划和实施的参考依据，不断完善项目管理流程和指标设定。\n3. 该项目已通过验收，建议持续优化监督平台，拓展监管平台各项功能，满足不同类型项目不同行业的监管诉求，提升部门单位在线监管能力和素养，数字赋能招标投标活动全流程线上办理和监管，实现事前、事中、事后全流程数字化监督管理。",
	}
}

// form07 is 七、2024年大数据和网络中心建设项目监理绩效自评表 (lines 3277–3384).
func form07() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        3277,
		Heading:     "七、2024年大数据和网络中心建设项目监理绩效自评表",
		Title:       "2024年大数据和网络中心建设项目监理绩效自评表", // line 3279
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.28",
		Project:     "2024年大数据和网络中心建设项目监理",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目□", "2、市直专项■", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□", "2、新增项目■"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□", "3、一次性项目■"},
		Budget:      wan("16"),
		Spent:       wan("16"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 3334, Level1: "成本\n指标", Level2: "经济成本指标", Name: "大数据和网络中心建设项目审计", Target: "16万", Actual: "16万"},
			{Line: 3342, Level1: "产出\n指标", Level2: "数量指标", Name: "建设工程造价咨询报告书", Target: "1个", Actual: "1个"},
			{Line: 3350, Name: "结算审定签署表", Target: "1个", Actual: "1个"},
			{Line: 3357, Level2: "质量指标", Name: "对“大冶市大数据和网络中心建设采购项目”结算审核造价编制", Target: "专业分析，陈述准确", Actual: "真实的、有效地"},
			{Line: 3364, Level2: "时效指标", Name: "时效", Target: "1年", Actual: "1年"},
			{Line: 3371, Level1: "满意度指标", Level2: "具体指标", Name: "结算审计报告", Target: "结算审核结论合法有效", Actual: "结算审核结论合法有效"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "建议抓紧资金拨付进度，按节点进行资金拨付工作。",
	}
}

// form08 is 八、2024年大数据和网络中心建设增补项目绩效自评表 (lines 3396–3522).
func form08() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        3396,
		Heading:     "八、2024年大数据和网络中心建设增补项目绩效自评表",
		Title:       "2024年大数据和网络中心建设增补项目绩效自评表", // line 3397
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.28",
		Project:     "2024年大数据和网络中心建设项目增补费用",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□", "2、新增项目■"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□", "3、一次性项目■"},
		Budget:      wan("138.6224"),
		Spent:       wan("138.6224"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 3452, Level1: "成本\n指标", Level2: "经济成本指标", Name: "专项资金", Target: "138.6224万", Actual: "138.6224万"},
			{Line: 3460, Level1: "产出\n指标", Level2: "质量指标", Name: "网络中心安全监控", Target: "对全市电子政务外网安全隐患进行全过程安全监管", Actual: "", Merged: true},
			{Line: 3467, Name: "网络中心温度", Target: "20℃—26℃", Actual: "23.8摄氏度"},
			{Line: 3474, Name: "网络机房湿度", Target: "30%—70%", Actual: "46.70%"},
			{Line: 3481, Level2: "时效指标", Name: "建设周期", Target: "1年", Actual: "1年"},
			{Line: 3488, Level1: "效益\n指标", Level2: "社会效益指标", Name: "电子政务外网“三级融合”", Target: "电子政务外网覆盖全市383个村（社区）", Actual: "", Merged: true},
			{Line: 3495, Level1: "满意度指标", Level2: "具体指标", Name: "网络中心温度", Target: "20℃—26℃", Actual: "23.8摄氏度"},
			{Line: 3502, Name: "网络机房湿度", Target: "30%—70%", Actual: "46.70%"},
			{Line: 3509, Name: "电子政务外网畅通率", Target: "不低于95%", Actual: "97%%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "建议抓紧资金拨付进度，按节点进行资金拨付工作，不要集中在年底拨付。",
	}
}

// form09 is 九、2024年大数据和网络中心项目绩效自评表 (lines 3534–3654).
func form09() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        3534,
		Heading:     "九、2024年大数据和网络中心项目绩效自评表",
		Title:       "2024年大数据和网络中心项目绩效自评表", // line 3536
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.28",
		Project:     "2024年大数据和网络中心项目建设费用",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目■", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□", "3、一次性项目■"},
		Budget:      wan("449.4"),
		Spent:       wan("299.6"),
		Rate:        "66.70%",
		Rows: []perf.Row{
			{Line: 3591, Level1: "成本\n指标", Level2: "经济成本指标", Name: "2024年大数据和网络中心项目30%约定款", Target: "449.4万", Actual: "299.6万"},
			{Line: 3599, Level1: "产出\n指标", Level2: "数量指标", Name: "大冶城市云平台", Target: "1个", Actual: "1个"},
			{Line: 3607, Name: "电子政务外网机房", Target: "1个", Actual: "1个"},
			{Line: 3614, Level2: "质量指标", Name: "各部门专网与电子政务外网融合，实现各部门、各乡镇、村社区共用一张网", Target: "100%", Actual: "100%"},
			{Line: 3621, Name: "建设政务云平台和数据共享平台,实现各部门之间数据共享流转", Target: "100%", Actual: "100%"},
			{Line: 3628, Level2: "时效指标", Name: "时效", Target: "1年", Actual: "1年"},
			{Line: 3635, Level1: "效益\n指标", Level2: "社会效益指标", Name: "落实“高效办成一件事”改革工作要求", Target: "助推“一网通办”“一窗通办”“一事联办”“跨域通办”“就近办”“全天办”“智慧办”“一业一证”“证照分离”等改革任务落地落实", Actual: "", Merged: true},
			{Line: 3642, Level1: "满意度指标", Level2: "具体指标", Name: "为全市电子政务提供网络支撑，网络畅通率95%以上；为全市各部门业务系统提供云支撑和数据支撑", Target: "网络畅通率不低于95%\n初步实现数据共享共通", Actual: "网络畅通率大达到96.7%\n承载19个部门业务系统，汇集数据总量5600万条"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "大数据服务中心项目为全市数字化转型工作提供了有力支撑，建议抓紧资金拨付进度，按节点进行资金拨付工作。",
	}
}

// form10 is 十、2024年大厅相关保障工作经费项目绩效自评表 (lines 3666–3808).
func form10() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        3666,
		Heading:     "十、2024年大厅相关保障工作经费项目绩效自评表",
		Title:       "2024年大厅相关保障工作经费项目绩效自评表", // line 3668
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "大厅相关保障工作经费",
		Department:  "大冶市政务服务和\n大数据管理局",
		Implementer: "大冶市政务服务和\n大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("93.30"),
		Spent:       wan("93.30"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 3725, Level1: "产出\n指标", Level2: "数量指标", Name: "开展文明礼仪培训", Target: "每年不少于12次", Actual: "每月开展一到两次"},
			{Line: 3733, Name: "三级政务体系建设工\n作专项检查", Target: "每年不少于24次", Actual: "每月检查不少于三次"},
			{Line: 3741, Name: "贴心服务进社区", Target: "每年不少于4次", Actual: "每季度开展一到两次"},
			{Line: 3748, Level2: "质量指标", Name: "窗口运行后勤保障", Target: "每年不少于48次", Actual: "每天对大厅进行巡检"},
			{Line: 3755, Name: "审批服务即办件现场办结率", Target: "100%", Actual: "100%"},
			{Line: 3762, Name: "办证规定时限内办结", Target: "100%", Actual: "100%"},
			{Line: 3769, Name: "提升工作人员素质", Target: "每年不少于12次", Actual: "每周开展一次"},
			{Line: 3776, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 3783, Name: "提升政府形象、拉近群众\n距离", Target: "满意", Actual: "满意"},
			{Line: 3791, Level2: "生态效益指标", Name: "环境影响", Target: "无污染", Actual: "无污染"},
			{Line: 3798, Level1: "满意度指标", Level2: "服务对象满意度", Name: "群众满意度", Target: "100%", Actual: "100%"},
		},
		Deviation:   "该项目资金安排合理，保证了各项工作正常开展。",
		Improvement: "建议按时拨付资金，确保各项工作正常开展。",
	}
}

// form11 is 十一、2024年电梯、空调维修保养费项目绩效自评表 (lines 3820–3945).
func form11() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        3820,
		Heading:     "十一、2024年电梯、空调维修保养费项目绩效自评表",
		Title:       "2024年电梯、空调维修保养费项目绩效自评表", // line 3822
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "电梯、空调维修保养费",
		Department:  "大冶市政务服务和\n大数据管理局",
		Implementer: "大冶市政务服务和\n大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("18.3"),
		Spent:       wan("18.3"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 3881, Level1: "成本\n指标", Level2: "经济成本指标", Name: "项目成本", Target: "18.3", Actual: "18.3"},
			{Line: 3889, Level1: "产出\n指标", Level2: "数量指标", Name: "直达电梯", Target: "=3台", Actual: "3台"},
			{Line: 3897, Name: "手扶电梯", Target: "=8台", Actual: "8台"},
			{Line: 3904, Name: "空调主机", Target: "=12台", Actual: "12台"},
			{Line: 3911, Level2: "质量指标", Name: "质量效果", Target: "电梯和空调运行时间较长", Actual: "空调制冷效果不佳"},
			{Line: 3918, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 3925, Level2: "生态效益指标", Name: "环境污染", Target: "无污染", Actual: "无污染"},
			{Line: 3932, Level1: "满意度指标", Level2: "服务对象满意度", Name: "群众满意度", Target: "满意", Actual: "满意"},
		},
		Deviation:   "该项目资金安排合理，确保工作有序开展。",
		Improvement: "大厅电梯运行时间较长，扶梯皮带发黑，异响存在安全隐患，中央空调今年夏季以来空调制冷效果较差，已向市政府申请冷却塔维修改造，待资金到位，尽快组织专业人员维修改造，为群众提供安全、舒适的办事环境.",
	}
}

// form12 is 十二、2024年度电子政务、网络宽带、短信效能费项目绩效自评表 (lines 3957–4085).
func form12() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        3957,
		Heading:     "十二、2024年度电子政务、网络宽带、短信效能费项目绩效自评表",
		Title:       "2024年度电子政务、网络宽带、短信效能费项目绩效自评表", // line 3959
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.28",
		Project:     "2024年电子政务、网络宽带、短信效能费",
		Department:  "大冶市政务服务和\n大数据管理局",
		Implementer: "大冶市政务服务和\n大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目■", "2、新增项目□"},
		Type:        []string{"1、常年性项目■", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("23万"),
		Spent:       wan("22.68万"),
		Rate:        "98.60%",
		Rows: []perf.Row{
			{Line: 4016, Level1: "成本\n指标", Level2: "经济成本指标", Name: "电子政务、网络宽带、\n短信效能费", Target: "23万", Actual: "22.68万"},
			{Line: 4025, Level1: "产出\n指标", Level2: "数量指标", Name: "短信", Target: "33万条", Actual: "33万条"},
			{Line: 4033, Name: "宽带服务", Target: "12月", Actual: "12月"},
			{Line: 4040, Level2: "质量指标", Name: "满足宽带业务需求", Target: "符合", Actual: "符合"},
			{Line: 4047, Level2: "时效指标", Name: "服务时效", Target: "1年", Actual: "1年"},
			{Line: 4054, Level1: "效益\n指标", Level2: "社会效益指标", Name: "赋能互联网+监督、12345热线、云帮办平台业务等社会服务业务需求", Target: "助力网上办件、\n短信通知等服务", Actual: "实现助力网上办件、\n短信通知等服务"},
			{Line: 4064, Level2: "生态效益指标", Name: "让群众实现线上办，\n节约线下资源。", Target: "无污染", Actual: "无污染"},
			{Line: 4072, Level1: "满意度指标", Level2: "具体指标", Name: "满足政务、网络、短信等办公需求", Target: "满足", Actual: "满足"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "根据本年度短信使用情况，线上办案需求量增大，短信需求增多，建议对套餐进行升级，以满足我市日益增长的短信业务需求。",
	}
}

// form13 is 十三、2024年度电子政务及网格化管理项目绩效自评表 (lines 4097–4216).
func form13() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        4097,
		Heading:     "十三、2024年度电子政务及网格化管理项目绩效自评表",
		Title:       "2024年度电子政务及网格化管理项目绩效自评表", // line 4099
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.28",
		Project:     "2024年电子政务及网格化管理工作经费",
		Department:  "大冶市政务服务和\n大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目■", "2、新增项目□"},
		Type:        []string{"1、常年性项目■", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("184.7万"),
		Spent:       wan("184.7万"),
		Rate:        "100.00%",
		Rows: []perf.Row{
			{Line: 4155, Level1: "成本\n指标", Level2: "经济成本指标", Name: "电子政务及网格化\n管理成本", Target: "184.7万", Actual: "184.7万"},
			{Line: 4164, Level1: "产出\n指标", Level2: "数量指标", Name: "电子政务外网节点优化", Target: "15个", Actual: "15个"},
			{Line: 4172, Level2: "质量指标", Name: "数据传输质量", Target: "传输高效且稳定", Actual: "传输高效且稳定"},
			{Line: 4179, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 4186, Level2: "社会效益指标", Name: "推进社区治理", Target: "切实提高网格员处\n办事效率", Actual: "切实提高网格员处\n办事效率"},
			{Line: 4195, Level2: "生态效益指标", Name: "无纸化办公率", Target: "无污染", Actual: "无污染"},
			{Line: 4202, Level1: "满意度指标", Level2: "具体指标", Name: "政务服务便捷度", Target: "推动电子政务线上办事", Actual: "切实推动电子政务\n线上办事"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "该项目切实提升政务服务便捷度、增加社区治理参与率，建议增加财政投资，持续优化。",
	}
}

// form14 is 十四、2024年度便民免费邮寄项目绩效自评表 (lines 4228–4380).
func form14() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        4228,
		Heading:     "十四、2024年度便民免费邮寄项目绩效自评表",
		Title:       "2024年度便民免费邮寄项目绩效自评表", // line 4230
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025年7月25日",
		Project:     "2024年便民免费邮寄工作经费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("16万元"),
		Spent:       wan("15.82万元"),
		Rate:        "98.88%",
		Rows: []perf.Row{
			{Line: 4280, Level1: "成本\n指标", Level2: "经济成本指标", Name: "按照邮政协定价结算", Target: "省内10元/件、省外20元/件", Actual: "省内10元/件、省外20元/件"},
			{Line: 4288, Level2: "社会成本指标", Name: "提升业务办理速度", Target: "线下办减少群众等待时间，线上办实现“零见面”", Actual: "线下办减少群众等待时间，线上办实现“零见面”"},
			{Line: 4295, Name: "增强跨区域（省）办理的便捷性", Target: "100%", Actual: "100%"},
			{Line: 4302, Level2: "生态环境成本指标", Name: "减少碳排放", Target: "减少环境污染", Actual: "减少环境污染"},
			{Line: 4309, Level1: "产出\n指标", Level2: "数量指标", Name: "按当月实际件数核查后结算", Target: "全额结算", Actual: "全年实际5116件结算完成"},
			{Line: 4317, Level2: "质量指标", Name: "上门投递率", Target: "100%", Actual: "100%"},
			{Line: 4324, Level2: "时效指标", Name: "次月结算上月费用", Target: "按时结算", Actual: "按时结算"},
			{Line: 4331, Level1: "效益\n指标", Level2: "经济效益指标", Name: "节省企业和群众时间", Target: "减跑动", Actual: "减跑动"},
			{Line: 4339, Name: "为线上办理和跨区办群众节约经济成本", Target: "零跑动", Actual: "零跑动"},
			{Line: 4346, Level2: "社会效益指标", Name: "全面推进政务服务水平，提升营商服务环境", Target: "优", Actual: "优"},
			{Line: 4353, Name: "增强跨区域（省）办理的便捷性", Target: "100%", Actual: "100%"},
			{Line: 4360, Level2: "生态效益指标", Name: "减少碳排放", Target: "无环境污染", Actual: "无环境污染"},
			{Line: 4367, Level1: "满意度指标", Level2: "具体指标", Name: "受惠群众满意率", Target: "100%", Actual: "100%"},
		},
		Deviation:   "未完成原因：该经费根据办件实际产生的邮寄费用而定，因此会产生偏差。",
		Improvement: "在参与以前2-3年度预算执行情况以及近年各事项办理情况提前预估工作，尽量减少预算和执行数的偏差。",
	}
}

// form15 is 十五、2024年度项目建设推进项目绩效自评表 (lines 4392–4528).
func form15() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        4392,
		Heading:     "十五、2024年度项目建设推进项目绩效自评表",
		Title:       "2024年度项目建设推进项目绩效自评表", // line 4394
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2024年项目建设推进相关工作费用",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("41.31万元"),
		Spent:       wan("41.27万元"),
		Rate:        "99.9%",
		Rows: []perf.Row{
			{Line: 4449, Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入", Target: "41.31万元", Actual: "41.27万元"},
			{Line: 4457, Level1: "产出\n指标", Level2: "数量指标", Name: "对全市范围组织项目建设推进情况调查摸底", Target: "不少于4次", Actual: "4次"},
			{Line: 4465, Name: "协调解决重点企业、项目问题", Target: "不少于80个", Actual: "98个"},
			{Line: 4472, Name: "召开项目对接会、协调会、座谈会", Target: "不少于12次", Actual: "18次"},
			{Line: 4479, Level2: "质量指标", Name: "对全市项目建设会议纪要、交办通知落实情况进行长期督办", Target: "≥90%", Actual: "98%"},
			{Line: 4486, Level2: "时效指标", Name: "时限", Target: "一年", Actual: "一年"},
			{Line: 4493, Level1: "效益\n指标", Level2: "经济效益指标", Name: "促进项目早建成早投产", Target: "按照每年任务指标完成全年", Actual: "已完成"},
			{Line: 4501, Level2: "社会效益指标", Name: "开展项目建设季督办，加大项目建设力度", Target: "督促项目早开工、早投产全年", Actual: "已完成"},
			{Line: 4508, Level2: "生态效益指标", Name: "环境影响", Target: "无污染全年", Actual: "无污染"},
			{Line: 4515, Level1: "满意度指标", Level2: "具体指标", Name: "服务对象满意度", Target: "项目业主满意度", Actual: "≥95%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "2024年，我单位科学统筹、精准拨付项目建设资金，通过强化资金管理与优化服务保障，有力促进了我市项目早开工、快建设、稳投产，持续优化了营商环境，显著提升了项目业主满意度，为助推大冶经济社会高质量发展奠定了坚实基础。",
	}
}

// form16 is 十六、2024年度优化经济发展环境工作经费项目绩效自评表 (lines 4540–4669).
func form16() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        4540,
		Heading:     "十六、2024年度优化经济发展环境工作经费项目绩效自评表",
		Title:       "2024年度优化经济发展环境工作经费项目绩效自评表", // line 4542
		Unit:        "",
		Filed:       "2025.08.07",
		Project:     "2024年优化经济发展环境工作经费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□", "3、一次性项目□√"},
		Budget:      wan("28.5万元"),
		Spent:       wan("28.5万元"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 4597, Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入", Target: "28.5万元", Actual: "28.5万元"},
			{Line: 4605, Level1: "产出\n指标", Level2: "数量指标", Name: "走访企业", Target: "≥50家", Actual: "60家"},
			{Line: 4613, Name: "万家民营企业评营商环境活动", Target: "≥80家", Actual: "95家"},
			{Line: 4620, Level2: "质量指标", Name: "工作成果", Target: "解决企业生产经营中的难点堵点问题，提升市场主体满意率", Actual: "满意率达99.32％"},
			{Line: 4627, Level2: "时效指标", Name: "时限", Target: "＝1年", Actual: "1年"},
			{Line: 4634, Level1: "效益\n指标", Level2: "经济效益指标", Name: "优化经济环境，吸引企业来冶投资", Target: "来冶投资建设项目增多全年", Actual: "来冶投资建设项目增多全年"},
			{Line: 4642, Level2: "社会效益指标", Name: "改善大冶投资环境", Target: "＝100%", Actual: "100%"},
			{Line: 4649, Level2: "生态效益指标", Name: "环境影响", Target: "无污染全年", Actual: "无污染全年"},
			{Line: 4656, Level1: "满意度指标", Level2: "具体指标", Name: "业主满意度", Target: "≥95%", Actual: "≥95%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "针对2024年评价指标存在的短板弱项，狠抓整改提升。把先进地区好的经验做法吸收转化成大冶模式，促进各项改革落地生效，确保各项指标精准提升。",
	}
}

// form17 is 十七、2024年度优化营商环境监测评价分析平台建设费用项目绩效自评表 (lines 4681–4797).
func form17() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        4681,
		Heading:     "十七、2024年度优化营商环境监测评价分析平台建设费用项目绩效自评表",
		Title:       "2024年度优化营商环境监测评价分析平台建设费用项目绩效自评表", // line 4683
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2024年优化营商环境监测评价分析平台建设费用",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目☑√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□", "3、一次性项目□√"},
		Budget:      wan("11.34万元"),
		Spent:       wan("11.34万元"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 4732, Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入", Target: "11.34万元", Actual: "11.34万元"},
			{Line: 4740, Level1: "产出\n指标", Level2: "数量指标", Name: "全省营商环境指标评价试填报", Target: "≥1次", Actual: "1次"},
			{Line: 4748, Level2: "质量指标", Name: "工作成果", Target: "借鉴先进地区改革举措、典型案例，对标对表整改提升", Actual: "借鉴先进地区改革举措、典型案例，对标对表整改提升"},
			{Line: 4755, Level2: "时效指标", Name: "时限", Target: "＝1年", Actual: "1年"},
			{Line: 4762, Level1: "效益\n指标", Level2: "经济效益指标", Name: "促进各部门优化审批流程，助力企业降本增效", Target: "来冶投资建设项目增多全年", Actual: "来冶投资建设项目增多全年"},
			{Line: 4770, Level2: "社会效益指标", Name: "改善大冶投资环境", Target: "＝100%", Actual: "100%"},
			{Line: 4777, Level2: "生态效益指标", Name: "环境影响", Target: "无污染全年", Actual: "无污染全年"},
			{Line: 4784, Level1: "满意度指标", Level2: "具体指标", Name: "业主满意度", Target: "≥95%", Actual: "≥95%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "针对2024年评价指标存在的短板弱项，狠抓整改提升。把先进地区好的经验做法吸收转化成大冶模式，促进各项改革落地生效，确保各项指标精准提升。",
	}
}

// form18 is 十八、2024年度大冶城市智能体建设项目绩效自评表 (lines 4809–4981).
func form18() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        4809,
		Heading:     "十八、2024年度大冶城市智能体建设项目绩效自评表",
		Title:       "2024年度大冶城市智能体建设项目绩效自评表", // line 4811
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "大冶城市智能体建设项目（二期）",
		Department:  "市政数局",
		Implementer: "市政数局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□√", "3、一次性项目□"},
		Budget:      wan("2000万"),
		Spent:       wan("2000万"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 4865, Level1: "成本\n指标", Level2: "经济成本指标", Name: "成本2000万", Target: "2000万", Actual: "2000万"},
			{Line: 4873, Level1: "产出\n指标", Level2: "数量指标", Name: "来冶项目指导", Target: "不少于25次", Actual: "30次以上"},
			{Line: 4881, Name: "组织项目建设检查", Target: "不少于15次", Actual: "20次以上"},
			{Line: 4888, Name: "技术保障", Target: "1-12月", Actual: "1-12月"},
			{Line: 4895, Level2: "质量指标", Name: "方案符合省级方案要求", Target: "符合", Actual: "获省级表彰"},
			{Line: 4902, Name: "满足大冶实际需要", Target: "符合", Actual: "符合"},
			{Line: 4909, Name: "树立全省县域数公基标杆", Target: "前三", Actual: "第一"},
			{Line: 4916, Level2: "时效指标", Name: "2024全年", Target: "1-12月", Actual: "1-12月"},
			{Line: 4923, Level1: "效益\n指标", Level2: "经济效益指标", Name: "促进数公基建设达到预期目标", Target: "通过省级验收", Actual: "通过验收"},
			{Line: 4931, Name: "促进数字人才培养", Target: "培养数字人才10名", Actual: "已完成"},
			{Line: 4938, Level2: "社会效益指标", Name: "打造数字城管等典型场景，赋能民生", Target: "数字城管、智慧农房平台", Actual: "已完成"},
			{Line: 4945, Name: "打造全市数据资源池", Target: "已完成", Actual: "已完成"},
			{Line: 4952, Name: "明确全市数据权属划分", Target: "344个小类", Actual: "344个小类"},
			{Line: 4959, Level2: "生态效益指标", Name: "集约项目建设和更好地推动系统建设，\n减少纸的使用", Target: "无污染", Actual: "无污染"},
			{Line: 4967, Level1: "满意度指标", Level2: "具体指标", Name: "提升当地政府对外形象，积极配合\n省委省政府工作", Target: "全省数公基县域典范", Actual: "全省数公基县域典范"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "该项目已完成初步验收，2023年11月被确定为全省首个城市数字公共基础设施建设“市县一体”试点县（市），率先在全省完成“市县一体”阶段性验收。“基于CIM数字孪生的大冶城市数字公共基础设施解决方案”获评2024年数字中国典型案例金奖、全省城市数字公共基础设施建设扩面推广现场会在大冶召开、省委数公基工作年度总结会中大冶指标全绿成为县域标杆城市。下一步按照项目合同内容，准备验收工作。",
	}
}

// form19 is 十九、2024年度综窗改革政务服务外包项目绩效自评表 (lines 4993–5131).
func form19() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        4993,
		Heading:     "十九、2024年度综窗改革政务服务外包项目绩效自评表",
		Title:       "2024年度综窗改革政务服务外包项目绩效自评表", // line 4995
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025年7月25日",
		Project:     "2024年综窗改革政务服务外包人员经费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("815.9万元"),
		Spent:       wan("916.47万元"),
		Rate:        "112.33%",
		Rows: []perf.Row{
			{Line: 5045, Level1: "成本\n指标", Level2: "经济成本指标", Name: "利用市场机制降低行政运行成本，提高政务服务质量", Target: "实现个人、企业两个全生命周期事务“一窗通办”", Actual: "实现个人、企业两个全生命周期事务“一窗通办”"},
			{Line: 5053, Name: "916.47万元", Target: "916.47万元", Actual: "916.47万元"},
			{Line: 5060, Level2: "社会成本指标", Name: "提升业务办理速度，减少群众办事时间", Target: "优", Actual: "优"},
			{Line: 5067, Name: "打造多样性服务", Target: "提供“错时、延时、预约、上门”等特色服务", Actual: "提供“错时、延时、预约、上门”等特色服务"},
			{Line: 5074, Level1: "产出\n指标", Level2: "数量指标", Name: "根据合同约定每季度按照考核情况付款", Target: "按季度结算", Actual: "按季度结算"},
			{Line: 5082, Level2: "质量指标", Name: "推动线下办事只进一门，线上办事一网通办", Target: "按各级要求完成", Actual: "按各级要求完成"},
			{Line: 5089, Name: "市、镇（街道）两级政务中心全面实施以无差别综合窗口受理为核心的“一窗通办”改革", Target: "按各级要求完成", Actual: "按各级要求完成"},
			{Line: 5096, Level2: "时效指标", Name: "受理事项按照承诺时限完成", Target: "在时限内完成", Actual: "在时限内完成"},
			{Line: 5103, Level1: "效益\n指标", Level2: "经济效益指标", Name: "节省企业和群众时间和跑动成本", Target: "减跑动", Actual: "减跑动"},
			{Line: 5111, Level2: "社会效益指标", Name: "全面推进政务服务水平，提升营商服务环境", Target: "优", Actual: "优"},
			{Line: 5118, Level1: "满意度指标", Level2: "具体指标", Name: "群众满意率", Target: "≥95%", Actual: "99.8%"},
		},
		Deviation:   "产生偏差的原因：1、审批环节多，项目考核需经多个部门的审批签字，且考核结果需党组研究，耗时较久；2、外包供应商提交资料不全或不规范，导致反复退改，支付延误；",
		Improvement: "1、 优化考核流程，提高操作性及效率；2、制定清晰的标准化考核材料清单。现已将部门分散考核优化为集中考核，减少考核时间；对考核所需资料形成标准化，减少退改情况。",
	}
}

// form20 is 二十、2024年度公共资源交易监查执法经费项目绩效自评表 (lines 5143–5272).
func form20() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        5143,
		Heading:     "二十、2024年度公共资源交易监查执法经费项目绩效自评表",
		Title:       "2024年度公共资源交易监查执法经费项目绩效自评表", // line 5145
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2024年公共资源交易监查执法经费",
		Department:  "市政数局",
		Implementer: "市政数局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("12万元"),
		Spent:       wan("9.93万元"),
		Rate:        "83%",
		Rows: []perf.Row{
			{Line: 5200, Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入", Target: "12万元", Actual: "9.93万元"},
			{Line: 5208, Level1: "产出\n指标", Level2: "数量指标", Name: "标后巡查、下乡执法次数", Target: "≥30次", Actual: "≥30次"},
			{Line: 5216, Name: "案件查处", Target: "6件", Actual: "6件"},
			{Line: 5223, Level2: "质量指标", Name: "规范执法，全年无起诉、行政复议", Target: "0", Actual: "0"},
			{Line: 5230, Level2: "时效指标", Name: "时限", Target: "一年", Actual: "一年"},
			{Line: 5237, Level1: "效益\n指标", Level2: "经济效益指标", Name: "罚没收入", Target: "", Actual: "357.15万元"},
			{Line: 5245, Level2: "社会效益指标", Name: "加强公共资源交易监督执法，组织多部门联动执法", Target: "≥2次", Actual: "≥2次"},
			{Line: 5252, Level2: "生态效益指标", Name: "减少环境污染，节约纸张使用", Target: "无污染", Actual: "无污染"},
			{Line: 5259, Level1: "满意度指标", Level2: "具体指标", Name: "群众满意度", Target: "≥100%", Actual: "100%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "加大财政支持力度,结合当地财政实际，合理保障行政执法经费投入力度，切实满足行政执法工作需要。",
	}
}

// form21 is 二十一、2024年度公共资源交易培训宣传费项目绩效自评表 (lines 5284–5413).
func form21() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        5284,
		Heading:     "二十一、2024年度公共资源交易培训宣传费项目绩效自评表",
		Title:       "2024年度公共资源交易培训宣传费项目绩效自评表", // line 5286
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2024年公共资源交易培训宣传费",
		Department:  "市政数局",
		Implementer: "市政数局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("9万元"),
		Spent:       wan("9万元"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 5341, Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入", Target: "9万元", Actual: "9万元"},
			{Line: 5349, Level1: "产出\n指标", Level2: "数量指标", Name: "走访企业次数", Target: "＞25次", Actual: "＞25次"},
			{Line: 5357, Name: "全市招投标企业的业务培训、代理机构考核培训", Target: "≥2次", Actual: "≥2次"},
			{Line: 5364, Level2: "质量指标", Name: "印制并发放招投标资料汇编及课件", Target: "≥150套", Actual: "≥150套"},
			{Line: 5371, Level2: "时效指标", Name: "时限", Target: "全年", Actual: "全年"},
			{Line: 5378, Level1: "效益\n指标", Level2: "经济效益指标", Name: "普法宣传政策法规，规范全市招投标企业的业务操作", Target: "3次", Actual: "3次"},
			{Line: 5386, Level2: "社会效益指标", Name: "优化经济环境，加强市场主体对招投标的知晓度", Target: "100%", Actual: "100%"},
			{Line: 5393, Level2: "生态效益指标", Name: "减少环境污染，节约纸张使用", Target: "无污染", Actual: "无污染"},
			{Line: 5400, Level1: "满意度指标", Level2: "具体指标", Name: "群众满意度", Target: "100%", Actual: "100%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "建议保障宣传经费，加大招投标宣传力度，多送政策上门。",
	}
}

// form22 is 二十二、2024年度互联网+监督平台软件、硬件运行维护项目绩效自评表 (lines 5425–5543).
func form22() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        5425,
		Heading:     "二十二、2024年度互联网+监督平台软件、硬件运行维护项目绩效自评表",
		Title:       "2024年度互联网+监督平台软件、硬件运行维护项目\n绩效自评表", // line 5427
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.28",
		Project:     "2024年互联网+监督平台软件、硬件运行维护费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目■", "2、新增项目□"},
		Type:        []string{"1、常年性项目■", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("32.3万"),
		Spent:       wan("14.23824万"),
		Rate:        "44.08%",
		Rows: []perf.Row{
			{Line: 5482, Level1: "成本\n指标", Level2: "经济成本指标", Name: "互联网+监督平台\n运行维护成本", Target: "32.3万", Actual: "14.23824万"},
			{Line: 5491, Level1: "产出\n指标", Level2: "数量指标", Name: "软硬件运维", Target: "1年", Actual: "1年"},
			{Line: 5499, Level2: "质量指标", Name: "三级等保护", Target: "通过", Actual: "通过"},
			{Line: 5506, Level2: "时效指标", Name: "时效", Target: "1年", Actual: "1年"},
			{Line: 5513, Level2: "社会效益指标", Name: "拓宽公众参与渠道，\n提升社会共治水平。", Target: "提升群众参与监督便捷度", Actual: "切实提升群众参与监督便捷度"},
			{Line: 5521, Level2: "生态效益指标", Name: "解决传统人工排查、实地走访、人力成本高 等问题。", Target: "无污染", Actual: "无污染"},
			{Line: 5528, Level1: "满意度指标", Level2: "具体指标", Name: "降低社会治理成本，\n提升监督效率。", Target: "解决传统监督“人力成本高、覆盖窄、滞后性强” 等问题", Actual: "解决“人力成本高、覆盖窄\n、滞后性强” 等问题"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "“互联网 + 监督平台” 通过技术赋能，既在社会领域强化了公平正义、\n提升了治理效能、增强了社会信任，建议增加投资，持续优化该平台。",
	}
}

// form23 is 二十三、2024年互联网+监督平台软件升级项目绩效自评表 (lines 5556–5664).
func form23() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        5556,
		Heading:     "二十三、2024年互联网+监督平台软件升级项目绩效自评表",
		Title:       "2024年互联网+监督平台软件升级项目绩效自评表", // line 5558
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.28",
		Project:     "2024年互联网+监督平台软件升级经费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目■", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目■", "3、一次性项目□"},
		Budget:      wan("8.2"),
		Spent:       wan("8.2"),
		Rate:        "100.00%",
		Rows: []perf.Row{
			{Line: 5613, Level1: "成本\n指标", Level2: "经济成本指标", Name: "互联网+监督平台软件升级经费", Target: "8.2万", Actual: "8.2万"},
			{Line: 5621, Level1: "产出\n指标", Level2: "数量指标", Name: "功能模块", Target: "30个", Actual: "30个"},
			{Line: 5629, Level2: "质量指标", Name: "对大冶市“互联网+监督”平台进行功能优化", Target: "对大冶市“互联网+监督”平台进行功能优化", Actual: "对页面、项目公示信息、领导信息等多个功能模块进行优化"},
			{Line: 5636, Level2: "时效指标", Name: "时效", Target: "1年", Actual: "1年"},
			{Line: 5643, Level1: "效益\n指标", Level2: "社会效益指标", Name: "“互联网 + 监督” 通过数据透明化，压缩权力寻租空间，提升监督效率", Target: "保障群众知情权，促进社会公平公正", Actual: "保障群众知情权，促进社会公平公正"},
			{Line: 5651, Level1: "满意度指标", Level2: "具体指标", Name: "各部门、各村（社区）通过平台能第一时间查询到涉民惠民资金落地", Target: "相关资金数据每月更新", Actual: "每月更新且准确"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "该项目对“互联网+监督”平台进行常态化升级，是对相关数据透明化的一个提升举措，建议按节点进行资金拨付工作。",
	}
}

// form24 is 二十四、2024年民情通平台诉求渠道整合业务费项目绩效自评表 (lines 5676–5785).
func form24() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        5676,
		Heading:     "二十四、2024年民情通平台诉求渠道整合业务费项目绩效自评表",
		Title:       "2024年民情通平台诉求渠道整合业务费项目\n绩效自评表", // line 5678
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.24",
		Project:     "2024年民情通平台诉求渠道整合业务费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目□", "2、市直专项■", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□", "2、新增项目■"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□", "3、一次性项目■"},
		Budget:      wan("9"),
		Spent:       wan("9"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 5734, Level1: "成本\n指标", Level2: "经济成本指标", Name: "平台数据接口建设成本", Target: "9万元", Actual: "9万元"},
			{Line: 5742, Level1: "产出\n指标", Level2: "数量指标", Name: "平台系统对接数据对接功能", Target: "6个", Actual: "6个"},
			{Line: 5750, Level2: "质量指标", Name: "民情通诉求渠道整合", Target: "热线系统的接口将信息同步", Actual: "已同步"},
			{Line: 5757, Level2: "时效指标", Name: "使用时限", Target: "12个月", Actual: "12个月"},
			{Line: 5764, Level1: "效益\n指标", Level2: "社会效益指标", Name: "社会影响", Target: "确保及时有效处理群众的诉求并进行反馈", Actual: "已及时有效处理群众的诉求并进行反馈"},
			{Line: 5772, Level1: "满意度指标", Level2: "具体指标", Name: "平台使用者满意度", Target: "≥95%", Actual: "97%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "该资金实现了热线系统各接口数据整合，新系统部，确保及时有效对群众的诉求进行反馈，为我市民情通热线平台工作顺利开展提供了有力保障。",
	}
}

// form25 is 二十五、2024年民情通热线服务相关费用项目绩效自评表 (lines 5797–5906).
func form25() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        5797,
		Heading:     "二十五、2024年民情通热线服务相关费用项目绩效自评表",
		Title:       "2024年民情通热线服务相关费用项目绩效自评表", // line 5799
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.24",
		Project:     "2024年民情通热线服务相关费用",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目■", "2、新增项目□"},
		Type:        []string{"1、常年性项目■", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("135"),
		Spent:       wan("133.98"),
		Rate:        "99.24%",
		Rows: []perf.Row{
			{Line: 5854, Level1: "成本\n指标", Level2: "经济成本指标", Name: "民情通平台运营管理服务采购项目预算成本", Target: "108万元", Actual: "107.65万元"},
			{Line: 5862, Level1: "产出\n指标", Level2: "数量指标", Name: "预算人数", Target: "18人", Actual: "16人"},
			{Line: 5870, Level2: "质量指标", Name: "服务效果", Target: "及时回复，每日进行交办并反馈全年", Actual: "及时回复，每日进行交办并反馈全年"},
			{Line: 5877, Level2: "时效指标", Name: "服务时间", Target: "全天候", Actual: "全天候"},
			{Line: 5884, Level1: "效益\n指标", Level2: "社会效益指标", Name: "群众反映问题有效解决", Target: "有效", Actual: "有效"},
			{Line: 5892, Level1: "满意度指标", Level2: "具体指标", Name: "群众满意度", Target: "≥95%", Actual: "95%"},
		},
		Deviation:   "1、民情通平台运营管理服务采购项目中标价低于预算价，节约了成本。\n2、中标方采用核心团队+机动支持模式提供服务，减少了固定服务人数。",
		Improvement: "建议本单位采购执行阶段增强灵活性与协同性，明确调整条件和流程，政府部门持续支持民情通热线平台工作。\n    在部门预算编制环节，本单位重视部门预算，该项目支出预算根据单位年度计划，结合财政部门预算安排情况，科学细化项目。在预算执行方面，本单位遵循先有预算、后有支出的原则，严格执行预算。在财政支出过程中，本单位及时根据资金使用进度，考核阶段性目标的完成进度，提高资金使用效率。进一步提高预算单位的绩效管理理念和意识，提高财政资金使用的责任意识，提高财政资金的支出效益，并根据政策和工作实际，让绩效评价更加渗透到各项工作中。\n    此项目由财政按进度和政府采购手续拨付。保障大冶市民情通热线通过平台汇聚收集企业和群众诉求，提供7*24全天候人工服务，力争使群众诉求“事事有回音、件件有着落”。",
	}
}

// form26 is 二十六、2024年度全市“一张网”项目绩效自评表 (lines 5920–6038).
func form26() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        5920,
		Heading:     "二十六、2024年度全市“一张网”项目绩效自评表",
		Title:       "2024年度全市“一张网”项目绩效自评表", // line 5922
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.28",
		Project:     "2024年全市“一张网”工作经费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目■", "2、新增项目□"},
		Type:        []string{"1、常年性项目■", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("45.64万"),
		Spent:       wan("45.638万"),
		Rate:        "99.90%",
		Rows: []perf.Row{
			{Line: 5976, Level1: "成本\n指标", Level2: "经济成本指标", Name: "全市“一张网”工作成本", Target: "45.64万", Actual: "45.638万"},
			{Line: 5984, Level1: "产出\n指标", Level2: "数量指标", Name: "业务培训", Target: "不少于10次", Actual: "15次以上"},
			{Line: 5992, Level2: "质量指标", Name: "满足“一网通办”\n“互联网+监督”考核", Target: "达成考核指标", Actual: "顺利通过考核"},
			{Line: 6000, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 6007, Level2: "社会效益指标", Name: "推进政务服务\n“一网一门一次”", Target: "解决群众办事“堵点”\n“痛点”“难点”", Actual: "切实解决了群众办事“堵点”\n“痛点”“难点”"},
			{Line: 6017, Level2: "生态效益指标", Name: "高效办成一件事，\n让群众少跑腿。", Target: "无污染", Actual: "无污染"},
			{Line: 6025, Level1: "满意度指标", Level2: "具体指标", Name: "高效办成一件事", Target: "实现一网通办", Actual: "实现一网通办"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "建议围绕“高效办成一件事”，持续推进政务服务环境改革。",
	}
}

// form27 is 二十七、2024年度政务中心大厅工作人员餐费项目绩效自评表 (lines 6050–6194).
func form27() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        6050,
		Heading:     "二十七、2024年度政务中心大厅工作人员餐费项目绩效自评表",
		Title:       "2024年度政务中心大厅工作人员餐费项目绩效自评表", // line 6052
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2024年市政务中心大厅工作人员餐费",
		Department:  "大冶市政务服务和\n大数据管理局",
		Implementer: "大冶市政务服务和\n大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("33.6"),
		Spent:       wan("33.6"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 6109, Level1: "成本\n指标", Level2: "经济成本指标", Name: "33.6", Target: "33.6", Actual: "100%"},
			{Line: 6117, Level1: "产出\n指标", Level2: "数量指标", Name: "大冶市自然资源和规划局", Target: "259200", Actual: "259200"},
			{Line: 6125, Name: "大冶市住房和城乡建设局", Target: "28800", Actual: "28800"},
			{Line: 6132, Name: "大冶市商务局", Target: "4800", Actual: "4800"},
			{Line: 6139, Name: "大冶市城市管理执法局", Target: "9600", Actual: "9600"},
			{Line: 6146, Name: "大冶市水利湖泊局", Target: "4800", Actual: "4800"},
			{Line: 6153, Name: "大冶市民政局", Target: "9600", Actual: "9600"},
			{Line: 6160, Name: "大冶市教育局", Target: "4800", Actual: "4800"},
			{Line: 6167, Name: "大冶市交通运输局（综合执法大队）", Target: "14400", Actual: "14400"},
			{Line: 6174, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 6181, Level1: "满意度指标", Level2: "具体指标", Name: "就餐人员满意", Target: "满意", Actual: "满意"},
		},
		Deviation:   "该项目资金安排合理，各项工作已完成。",
		Improvement: "建议加快资金划拨进度，食堂好及时支付费用。",
	}
}

// form28 is 二十八、2024年优化营商环境专题培训费项目绩效自评表 (lines 6206–6322).
func form28() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        6206,
		Heading:     "二十八、2024年优化营商环境专题培训费项目绩效自评表",
		Title:       "2024年优化营商环境专题培训费项目绩效自评表", // line 6208
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2024年优化营商环境专题培训费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目□√", "3、一次性项目□"},
		Budget:      wan("18.99万元"),
		Spent:       wan("18.99万元"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 6257, Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入", Target: "18.99万元", Actual: "18.99万元"},
			{Line: 6265, Level1: "产出\n指标", Level2: "数量指标", Name: "培训次数", Target: "≥1次", Actual: "1次"},
			{Line: 6273, Level2: "质量指标", Name: "工作成果", Target: "对标先进地区，促进我市营商环境向好发展", Actual: "对标先进地区，促进我市营商环境向好发展"},
			{Line: 6280, Level2: "时效指标", Name: "时限", Target: "＝1年", Actual: "1年"},
			{Line: 6287, Level1: "效益\n指标", Level2: "经济效益指标", Name: "优化经济环境，吸引企业来冶投资", Target: "来冶投资建设项目增多全年", Actual: "来冶投资建设项目增多全年"},
			{Line: 6295, Level2: "社会效益指标", Name: "提升大冶市整体营商环境", Target: "＝100%", Actual: "100%"},
			{Line: 6302, Level2: "生态效益指标", Name: "环境影响", Target: "无污染全年", Actual: "无污染全年"},
			{Line: 6309, Level1: "满意度指标", Level2: "具体指标", Name: "业主满意度", Target: "≥95%", Actual: "≥95%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "对标先进地区经验做法，更大力度推动先行试点改革工作，按照“应领尽领”“应创尽创”原则，结合大冶实际，推出更多国家级、省级试点改革项目，并取得实效。",
	}
}

// form29 is 二十九、2024年度政企“午茶会”项目绩效自评表 (lines 6334–6455).
func form29() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        6334,
		Heading:     "二十九、2024年度政企“午茶会”项目绩效自评表",
		Title:       "2024年度政企“午茶会”项目绩效自评表", // line 6336
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "2024年政企“午茶会”宣传策划活动相关工作经费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("50.7724万元"),
		Spent:       wan("50.7724万元"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 6390, Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入", Target: "50.7724万元", Actual: "50.7724万元"},
			{Line: 6398, Level1: "产出\n指标", Level2: "数量指标", Name: "活动举办次数", Target: "不少于12次", Actual: "16次"},
			{Line: 6406, Name: "参加企业数量", Target: "不少于60家", Actual: "76家"},
			{Line: 6413, Level2: "质量指标", Name: "企业诉求解决率", Target: "≥98%", Actual: "98%"},
			{Line: 6420, Level2: "时效指标", Name: "时限", Target: "一年", Actual: "一年"},
			{Line: 6427, Level1: "效益\n指标", Level2: "经济效益指标", Name: "促成合作项目数", Target: "不少于30个", Actual: "38个"},
			{Line: 6435, Level2: "社会效益指标", Name: "企业政策知晓率提升", Target: "≥30%", Actual: "60%"},
			{Line: 6442, Level1: "满意度指标", Level2: "具体指标", Name: "企业满意度", Target: "98%", Actual: "98%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "本项目通过结构化活动设计与数字化工具应用，超额完成企业对接目标，企业诉求解决率和政策落地效率显著提升。",
	}
}

// form30 is 三十、2024年政务大厅水、电、天然气费用项目绩效自评表 (lines 6467–6585).
func form30() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        6467,
		Heading:     "三十、2024年政务大厅水、电、天然气费用项目绩效自评表",
		Title:       "2024年政务大厅水、电、天然气费用", // line 6468
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "政务大厅水、电、天然气费用",
		Department:  "大冶市政务服务和\n大数据管理局",
		Implementer: "大冶市政务服务和\n大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("234.02"),
		Spent:       wan("234.02"),
		Rate:        "100%%",
		Rows: []perf.Row{
			{Line: 6525, Level1: "成本\n指标", Level2: "经济成本指标", Name: "项目成本", Target: "234.02", Actual: "234.02"},
			{Line: 6533, Level1: "产出\n指标", Level2: "数量指标", Name: "供应范围", Target: "政务服务大\n楼1-3层", Actual: "大厅1-3楼"},
			{Line: 6542, Level2: "质量指标", Name: "水、电、天然气持续供应", Target: "全年持续供应\n不间断全年", Actual: "全年供应"},
			{Line: 6550, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 6557, Level2: "社会效益指标", Name: "提升政府形象、\n拉近群众距离", Target: "群众舒心满意全年", Actual: ""},
			{Line: 6565, Level2: "生态效益指标", Name: "环境影响", Target: "无污染", Actual: "无污染"},
			{Line: 6572, Level1: "满意度指标", Level2: "服务对象满意度", Name: "群众满意度", Target: "≥95%", Actual: "≥95%"},
		},
		Deviation:   "该项目资金安排合理，确保了各项工作有序开展。",
		Improvement: "建议优化报账流程，看能否提前预付，每个月天然气公司一直在崔费用结算。",
	}
}

// form31 is 三十一、2024年政务大厅网络及日常办公电子设备运维费项目绩效自评表 (lines 6597–6716).
func form31() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        6597,
		Heading:     "三十一、2024年政务大厅网络及日常办公电子设备运维费项目绩效自评表",
		Title:       "2024年政务大厅网络及日常办公电子设备运维费", // line 6599
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "政务大厅网络及日常办公电子设备运维费",
		Department:  "大冶市政务服务和\n大数据管理局",
		Implementer: "大冶市政务服务和\n大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("39.14"),
		Spent:       wan("39.14"),
		Rate:        "100.00%",
		Rows: []perf.Row{
			{Line: 6656, Level1: "成本\n指标", Level2: "经济成本指标", Name: "项目成本", Target: "39.14", Actual: "39.14"},
			{Line: 6664, Level1: "产出\n指标", Level2: "数量指标", Name: "网络及日常办公电子设备\n范围", Target: "每年不少于48次", Actual: "60次"},
			{Line: 6673, Level2: "质量指标", Name: "确保大厅设备、机房、监\n控等运行正常", Target: "每年不少于1200次", Actual: "1825次"},
			{Line: 6681, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 6688, Level2: "社会效益指标", Name: "及时解决硬件故障\n，定期排查网络设备", Target: "每年不少于600次", Actual: "620次"},
			{Line: 6696, Level2: "生态效益指标", Name: "环境影响", Target: "无污染", Actual: "无污染"},
			{Line: 6703, Level1: "满意度指标", Level2: "具体指标", Name: "群众满意度", Target: "97%", Actual: "97%"},
		},
		Deviation:   "该项目资金安排合理，较好地完成各项工作。",
		Improvement: "建议运维团队不定期\n组织小培训，让窗口和机关工作人员掌握基本操作要领，降低设备损坏率，提高办公效率。",
	}
}

// form32 is 三十二、2024年政务服务中心多证合一工作经费项目绩效自评表 (lines 6729–6845).
func form32() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        6729,
		Heading:     "三十二、2024年政务服务中心多证合一工作经费项目绩效自评表",
		Title:       "2024年政务服务中心多证合一工作经费", // line 6730
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "政务服务中心多证合一工作经费",
		Department:  "大冶市政务服务和\n大数据管理局",
		Implementer: "大冶市政务服务和\n大数据管理局本级",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("12.00"),
		Spent:       wan("12.00"),
		Rate:        "100%",
		Rows: []perf.Row{
			{Line: 6787, Level1: "成本\n指标", Level2: "经济成本指标", Name: "项目成本", Target: "12.00", Actual: "12.00"},
			{Line: 6795, Level1: "产出\n指标", Level2: "数量指标", Name: "劳务人员", Target: "3人", Actual: "3人"},
			{Line: 6803, Level2: "质量指标", Name: "成效", Target: "100%", Actual: "100%"},
			{Line: 6810, Level2: "时效指标", Name: "时限", Target: "1年", Actual: "1年"},
			{Line: 6817, Level1: "效益\n指标", Level2: "经济效益指标", Name: "降低企业办事成本", Target: "群众满意", Actual: "群众满意"},
			{Line: 6825, Level2: "生态效益指标", Name: "环境影响", Target: "无污染", Actual: "无污染"},
			{Line: 6832, Level1: "满意度指标", Level2: "具体指标", Name: "企业业主满意度", Target: "100%", Actual: "100%"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好的完成了各项工作任务。",
		Improvement: "劳务人员工作量较大，工资待遇有点低，建议提高一下工作待遇。",
	}
}

// form33 is 三十三、2024年中介超市经费项目绩效自评表 (lines 6857–6986).
func form33() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        6857,
		Heading:     "三十三、2024年中介超市经费项目绩效自评表",
		Title:       "2024年中介超市经费项目绩效自评表", // line 6859
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.08.07",
		Project:     "中介超市(27项行政审批)经费",
		Department:  "市政数局",
		Implementer: "市政数局",
		Category:    []string{"1、部门预算项目□√", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□√", "2、延续性项目□", "3、一次性项目□"},
		Budget:      wan("650"),
		Spent:       wan("444.88"),
		Rate:        "68%",
		Rows: []perf.Row{
			{Line: 6914, Level1: "成本\n指标", Level2: "经济成本指标", Name: "项目成本", Target: "650万元", Actual: "444.88万元"},
			{Line: 6922, Level1: "产出\n指标", Level2: "数量指标", Name: "全年计划服务中介服务事项130项", Target: "122项", Actual: "93.80%"},
			{Line: 6930, Level2: "质量指标", Name: "中介服务事项审批完成率", Target: "不低于95%", Actual: "98%"},
			{Line: 6937, Level2: "时效指标", Name: "时限", Target: "一年", Actual: "一年"},
			{Line: 6944, Level1: "效益\n指标", Level2: "经济效益指标", Name: "为企业节约成本", Target: "650万元", Actual: "444.88万元"},
			{Line: 6952, Level2: "社会效益指标", Name: "促进项目早投产", Target: "服务到位，及时验收", Actual: "服务到位，及时验收"},
			{Line: 6959, Name: "提高营商环境，提升服务企业质量", Target: "营造更加良好的营商环境", Actual: "营造更加良好的营商环境"},
			{Line: 6966, Level2: "生态效益指标", Name: "环境影响", Target: "全年无污染", Actual: "全年无污染"},
			{Line: 6973, Level1: "满意度指标", Level2: "具体指标", Name: "回访、星级评价服务对象满意度", Target: "95%以上", Actual: "95%以上"},
		},
		Deviation:   "目资金已按专款专用的原则拨付给相关项目，没有未执行的情况，也未挪用专款的情况。",
		Improvement: "我局将根据工作需要使用好财政的每一笔资金，合理安排拨付进度，进一步优化中介服务验收流程，提高验收效率，提前做好验收准备工作，每月提前做好资金申报工作，完成一批验收一批结算一批，确保资金按时结算到位。",
	}
}

// form34 is 三十四、2024年综窗改革工作经费项目绩效自评表 (lines 6998–7140).
func form34() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        6998,
		Heading:     "三十四、2024年综窗改革工作经费项目绩效自评表",
		Title:       "2024年综窗改革工作经费项目绩效自评表", // line 7000
		Unit:        "大冶市政务服务和大数据管理局",
		Filed:       "2025.07.28",
		Project:     "2024年综窗改革工作经费",
		Department:  "大冶市政务服务和大数据管理局",
		Implementer: "大冶市政务服务和大数据管理局",
		Category:    []string{"1、部门预算项目■", "2、市直专项□", "3、转移支付项目□"},
		Attribute:   []string{"1、持续性项目■", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "2、延续性项目■", "3、一次性项目□"},
		Budget:      wan("220.9"),
		Spent:       wan("211.79"),
		Rate:        "95.90%",
		Rows: []perf.Row{
			{Line: 7055, Level1: "成本\n指标", Level2: "经济成本指标", Name: "2024年综窗改革工作经费及结转资金", Target: "220.9万", Actual: "211.79万"},
			{Line: 7063, Level1: "产出\n指标", Level2: "数量指标", Name: "网络中心主用链路租赁", Target: "17个", Actual: "17个"},
			{Line: 7071, Name: "网络中心备用链路租赁", Target: "17个", Actual: "17个"},
			{Line: 7078, Name: "网络中心安全运维一体化服务", Target: "1个", Actual: "1个"},
			{Line: 7085, Name: "大数据中心机房租赁服务", Target: "1个", Actual: "1个"},
			{Line: 7092, Level2: "质量指标", Name: "电子政务外网畅通", Target: "不低于95%", Actual: "97%"},
			{Line: 7099, Name: "市民之家软硬件安全运维", Target: "全年无重大网络安全事故", Actual: "全年无重大网络安全事故"},
			{Line: 7106, Level2: "时效指标", Name: "时效", Target: "1年", Actual: "1年"},
			{Line: 7113, Level1: "效益\n指标", Level2: "社会效益指标", Name: "为大数据中心、网络中心提供基础能力支撑", Target: "助推高效办成一件事工作螺落地，提升政府公共服务能力水平", Actual: "", Merged: true},
			{Line: 7120, Level1: "满意度指标", Level2: "具体指标", Name: "电子政务外网畅通", Target: "不低于95%", Actual: "97%"},
			{Line: 7127, Name: "年度安全重大安全隐患及事件", Target: "0", Actual: "0"},
		},
		Deviation:   "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
		Improvement: "建议抓紧资金拨付进度，按节点进行资金拨付工作。",
	}
}
