package perf

import "testing"

// benchTargetTexts are texts as the Daye forms print them, in about the
// proportions they occur there: bare and compared percentages, durations
// in figures and words, counts, money, ranges and qualitative text.
var benchTargetTexts = []string{
	"100%", "100%", "100%", "1年", "1年", "无污染", "无污染", "符合", "≥95%", "一年",
	"1个", "不低于95%", "满意", "无污染全年", "＝1年", "＝100%", "群众满意", "优", "4800",
	"1-12月", "每年不少于48次", "不少于25次", "≥2次", "9万元", "30%—70%", "20℃—26℃",
	"18人", "前三", "97%", "已完成", "获省级表彰", "0", "16.244万元",
	"助推高效办成一件事工作螺落地，提升政府公共服务能力水平",
}

var sinkParsed Target

// BenchmarkParseTargetMix reads a mix of the Daye forms' targets the way
// the checks read them (parseTarget: numbers kept as integers); one
// operation is the whole list.
func BenchmarkParseTargetMix(b *testing.B) {
	for b.Loop() {
		for _, s := range benchTargetTexts {
			sinkParsed, _ = parseTarget(s)
		}
	}
}
