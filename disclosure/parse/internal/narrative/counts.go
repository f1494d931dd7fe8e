package narrative

import (
	"regexp"
	"strings"

	"github.com/cnfiscal/fiscal/disclosure"
)

var (
	// countTopicRE finds the words that say which "三公" item a count is
	// of: 出国 (abroad), 外宾 (foreign guests), 国内 (domestic reception),
	// 接待 (reception, of no side), 保有 and 购置 (vehicles).
	countTopicRE = regexp.MustCompile(`出国|出境|出访|外宾|外事|外国|境外来访|国内|接待|保有|购置|更新|购买|新购`)
	// closedParenRE is a closed parenthesis: what it holds (含外宾接待支出…)
	// does not change what the sentence speaks of.
	closedParenRE = regexp.MustCompile(`[（(][^（）()]*[）)]`)
	// countLastYearRE marks a count of last year, or a change of a count
	// (较上年增加3批次): not this year's count.
	countLastYearRE = regexp.MustCompile(`上年|上一年|去年|同期|[较比](?:增加|减少|增长|下降)?$|(?:增加|减少|增长|下降|持平)(?:了)?$`)
	// groupNounRE names what a count of groups counts: 团组, 批次, 批.
	groupNounRE = regexp.MustCompile(`团|批|次`)
	// otherCountRE names what a count after a "三公" item may be of
	// instead: meetings, training, travel, projects, staff.
	otherCountRE = regexp.MustCompile(`会议|培训|差旅|项目|编制|在职|退休|职工|干部|设备`)
)

// threePublicCount returns the field of the "三公" count a figure states
// (团组 and 人次 abroad, vehicles bought and held, 国内 and 外宾 批次 and
// 人次), or a zero ref when it is none of them or of another year. before
// is the paragraph's text before the figure; lead the words just before
// it. The item is the one the last topic word before the figure names
// (parenthesised asides left out): 出国 abroad, 外宾 or 国内 reception, and
// a bare 接待 the side named last, else 国内; 辆 is bought after 购置 or
// 更新 and held after 保有.
func threePublicCount(f *figure, before, lead string) disclosure.Ref {
	if countLastYearRE.MatchString(lead) || strings.Contains(before[max(0, len(before)-len(lead)-12):], "上年") {
		return disclosure.Ref{}
	}
	unit := countUnit(f.text)
	text := closedParenRE.ReplaceAllString(before, "")
	last := map[string]int{}
	for _, m := range countTopicRE.FindAllStringIndex(text, -1) {
		w := text[m[0]:m[1]]
		switch w {
		case "出境", "出访":
			w = "出国"
		case "外事", "外国", "境外来访":
			w = "外宾"
		case "更新", "购买", "新购":
			w = "购置"
		}
		last[w] = m[0] + 1 // 0 is "not seen"
	}
	field := func(name string) disclosure.Ref { return disclosure.PartRef(disclosure.PartThreePublic, name) }
	if unit == "辆" {
		if at := max(last["保有"], last["购置"]); at > 0 && otherCountRE.MatchString(text[at-1:]) {
			return disclosure.Ref{}
		}
		switch {
		case !strings.Contains(text, "车"):
			return disclosure.Ref{}
		case last["保有"] > last["购置"]:
			return field(disclosure.CountVehiclesHeld)
		case last["购置"] > 0:
			return field(disclosure.CountVehiclesPurchased)
		}
		return disclosure.Ref{}
	}
	persons := unit == "人次" || unit == "人"
	if !persons && unit != "批次" && !groupNounRE.MatchString(lead) {
		return disclosure.Ref{} // 个 of something that is no group
	}
	topic := ""
	best := 0
	for _, w := range []string{"出国", "外宾", "国内", "接待"} {
		if last[w] > best {
			topic, best = w, last[w]
		}
	}
	if best > 0 && otherCountRE.MatchString(text[best-1:]) {
		return disclosure.Ref{} // 会议3次 after 公务接待: not a reception count
	}
	if topic == "接待" {
		topic = "国内"
		if last["外宾"] > last["出国"] && last["外宾"] > last["国内"] {
			topic = "外宾"
		}
	}
	switch {
	case topic == "出国" && persons:
		return field(disclosure.CountAbroadPersons)
	case topic == "出国":
		return field(disclosure.CountAbroadGroups)
	case topic == "外宾" && persons:
		return field(disclosure.CountForeignPersons)
	case topic == "外宾":
		return field(disclosure.CountForeignBatches)
	case topic == "国内" && persons:
		return field(disclosure.CountReceptionPersons)
	case topic == "国内":
		return field(disclosure.CountReceptionBatches)
	}
	return disclosure.Ref{}
}

// countUnit returns the unit a count figure is printed with.
func countUnit(text string) string {
	for _, u := range []string{"人次", "批次", "台（套）", "台(套)", "辆", "个", "台", "套", "人", "次"} {
		if strings.HasSuffix(text, u) {
			return u
		}
	}
	return ""
}
