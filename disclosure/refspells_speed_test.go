package disclosure

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"

	"github.com/cnfiscal/fiscal/threepublic"
	"github.com/stretchr/testify/require"
)

// TestRefSpells checks countAmount's comparison of refs by their fields
// against the comparison of their strings it replaces, on random refs of
// every kind (randomRef) and on part refs that spell the fields looked for,
// wrongly spaced ones among them.
func TestRefSpells(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 6))
	fields := []string{threepublic.Abroad.String(), threepublic.VehiclePurchase.String(), threepublic.VehicleOperation.String(),
		threepublic.Reception.String(), "公务用车运行费", "合计", "a b"}
	matched := 0
	for range 200_000 {
		field := fields[rng.IntN(len(fields))]
		want := []byte(string(PartThreePublic) + " 决算数/" + field)
		var alt []byte
		if rng.IntN(3) == 0 {
			alt = []byte(string(PartThreePublic) + " 决算数/公务用车运行费")
		}
		of := randomRef(rng, 0)
		if rng.IntN(2) == 0 {
			parts := []Part{PartThreePublic, "三公 决算数", "三", PartProcurement}
			of = Ref{Part: parts[rng.IntN(len(parts))], Field: []string{"决算数/" + field, "决算数/" + fields[rng.IntN(len(fields))], field, ""}[rng.IntN(4)]}
		}
		noTable := oneSpace(want) && (alt == nil || oneSpace(alt))
		s := of.String()
		expect := s == string(want) || (alt != nil && s == string(alt))
		var buf [128]byte
		require.Equal(t, expect, refSpells(&of, want, alt, noTable, buf[:0]), "%q against %q / %q", s, want, alt)
		if expect {
			matched++
		}
	}
	require.Greater(t, matched, 5_000) // the cases that match are tried, not only those that do not
}

// TestMayHaveNamePrefix checks stripNamePrefix, whose expression now runs
// only where mayHaveNamePrefix says it may match, against the expression
// alone on random names of numerals, digits, marks and the words' parts.
func TestMayHaveNamePrefix(t *testing.T) {
	pieces := []string{"1", "０", "９", "２", "、", ".", "．", ")", "）", "（", "(", "一", "三", "十", "其", "其中", "中", "：",
		"主", "主要", "主要用于", "用", "用于", "于", "包", "包括", "一般公共服务", "支出", "行政运行", " ", "\xff", "七、"}
	rng := rand.New(rand.NewPCG(15, 8))
	stripped := 0
	for range 200_000 {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := namePrefixRE.ReplaceAllString(s, "")
		if want != s {
			stripped++
		}
		require.Equal(t, want, stripNamePrefix(s), "%q", s)
	}
	require.Greater(t, stripped, 20_000)
}

// TestLevelBytes compares hasLevelWord and lastBreak with the strings
// functions they replace, on random texts of the characters, their cut
// bytes and invalid UTF-8.
func TestLevelBytes(t *testing.T) {
	pieces := []string{"类", "款", "项", "（", "）", "，", ",", "；", ";", "：", ":", "。", "、", " ", "\u3000", "支出", "行政运行",
		"\xe7\xb1", "\xbb", "\xe6", "\xef\xbc", "\x8c", "\xe3\x80", "\xff", "\xf0", "a"}
	rng := rand.New(rand.NewPCG(15, 72))
	levels, breaks := 0, 0
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := strings.ContainsAny(s, "类款项")
		if want {
			levels++
		}
		require.Equal(t, want, hasLevelWord(s), "%q", s)
		j := strings.LastIndexAny(s, "，,；;：:。、 \u3000")
		if j >= 0 {
			breaks++
		}
		require.Equal(t, j, lastBreak(s), "%q", s)
	}
	require.Greater(t, levels, 50_000)
	require.Greater(t, breaks, 50_000)
}

// TestReceptionBytes compares isReceptionPart with the substring searches
// it replaces, on random subjects of the words, their pieces and cut bytes.
func TestReceptionBytes(t *testing.T) {
	pieces := []string{"国内", "外宾", "外事", "国", "内", "外", "宾", "事", "公务接待费", "国外", "内外", "\xe5", "\xe5\xa4", "\x96", "a"}
	rng := rand.New(rand.NewPCG(15, 77))
	parts := 0
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := Statement{Subject: b.String()}
		want := strings.Contains(s.Subject, "国内") || strings.Contains(s.Subject, "外宾") || strings.Contains(s.Subject, "外事")
		if want {
			parts++
		}
		require.Equal(t, want, isReceptionPart(&s), "%q", s.Subject)
	}
	require.Greater(t, parts, 50_000)
}

// TestFormsAreAll: which 预算绩效 sentences say that every project was
// evaluated (the forms' 执行数 then add up to 项目支出), and which do not.
func TestFormsAreAll(t *testing.T) {
	for _, c := range []struct {
		text string
		all  bool
	}{
		{"本单位组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目33个，资金5295.7万元，占一般公共预算项目支出总额的100％。", true},
		{"对所有项目开展绩效自评，涉及资金603.14万元。", true},
		{"项目支出绩效自评覆盖率100%，占项目支出的100%，涉及项目5个。", true},
		{"本单位选取3个重点项目开展绩效自评，涉及资金35.01万元。", false},
		{"全面开展绩效自评，选取部分项目公开。", false},
		{"本单位对3个项目开展绩效自评，涉及资金35.01万元。", false},
		{"绩效目标全部完成，完成率100%。", false},
		{"本年支出合计2940.05万元。", false},
	} {
		d := &Document{Narrative: []Statement{{Text: c.text}}}
		require.Equal(t, c.all, d.formsAreAll(), c.text)
	}
}

// TestMentionsEvaluation checks mentionsEvaluation against the substring
// searches it replaces, on random texts of fragments holding 评, 自, 价,
// their bytes cut apart and words alike.
func TestMentionsEvaluation(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 17))
	frags := []string{"评", "自", "价", "自评", "评价", "评估", "开展绩效", "项目", "\xe8", "\xaf", "\x84", "\xe8\xaf", "\xaf\x84", "a", "。", "计", "谓"}
	found := 0
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		want := strings.Contains(s, "自评") || strings.Contains(s, "评价")
		require.Equal(t, want, mentionsEvaluation(s), "%q", s)
		if want {
			found++
		}
	}
	require.Greater(t, found, 20_000)
}

// TestFormsAreAllRepeatedText: statements sharing a sentence, and the
// sentence that says every project was evaluated after them, as the
// reviewer reads a report.
func TestFormsAreAllRepeatedText(t *testing.T) {
	s1 := "本年支出合计2940.05万元，其中基本支出1000.00万元。"
	s2 := "对所有项目开展绩效自评，涉及资金603.14万元。"
	d := &Document{Narrative: []Statement{{Text: s1}, {Text: s1}, {Text: ""}, {Text: s2}, {Text: s2}}}
	require.True(t, d.formsAreAll())
	d.Narrative = d.Narrative[:3]
	require.False(t, d.formsAreAll())
}

// TestContainsByLast checks containsByLast against strings.Contains on
// random texts of Chinese words, their bytes cut apart and ASCII, for
// words of one to four characters.
func TestContainsByLast(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 18))
	frags := []string{"原因", "由于", "因为", "主要是", "系", "所致", "导", "是", "因", "\xe5", "\x9b\xa0", "\xa0", "a", "。", "增长", "致"}
	words := append([]string{"a", "\xa0", "因因", "主要系"}, reasonWords[:]...)
	found := 0
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		w := words[rng.IntN(len(words))]
		want := strings.Contains(s, w)
		require.Equal(t, want, containsByLast(s, w), "%q in %q", w, s)
		if want {
			found++
		}
	}
	require.Greater(t, found, 20_000)
}

// TestProjectIndex checks the statements' look-up of project forms by
// name (projectIndex) against the scan of the forms, on random documents
// whose forms repeat names, and refs to named, unnamed and missing forms,
// with and without their locations.
func TestProjectIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 19))
	names := []string{"招商引资工作经费", "政务服务", "", "政务服务 ", "a/b", "网络运维"}
	found := 0
	for range 2000 {
		d := &Document{Performance: &Performance{}}
		for j := range rng.IntN(6) {
			f := perf.ProjectForm{Title: "表" + strconv.Itoa(j), Project: names[rng.IntN(len(names))], Line: j}
			f.Budget = perf.Money{Text: "1.5" + strconv.Itoa(j), Amount: fiscal.Fen(int64(rng.IntN(1000)))}
			f.Spent = perf.Money{Text: strconv.Itoa(j), Amount: fiscal.Fen(int64(rng.IntN(1000)))}
			d.Performance.Projects = append(d.Performance.Projects, f)
		}
		var ix projectIndex
		for range 10 {
			r := Ref{Part: PartProject, Field: names[rng.IntN(len(names))] + []string{"/预算数", "/执行数", ""}[rng.IntN(3)]}
			if rng.IntN(8) == 0 {
				r.Part = PartProjects
			}
			where := rng.IntN(2) == 0
			want, werr := d.resolve(&r, where)
			got, gerr := d.resolveIn(&r, where, &ix)
			require.Equal(t, werr, gerr, "%+v", r)
			require.Equal(t, want, got, "%+v", r)
			if werr == nil {
				found++
			}
		}
	}
	require.Greater(t, found, 5000)
}

// TestTrimFigure checks trimFigure against strings.TrimSpace on random
// figures with ASCII and Unicode spaces (U+3000, U+00A0, U+0085, U+2028),
// units and invalid bytes at either end.
func TestTrimFigure(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 20))
	frags := []string{"1", "4573.01", "万元", "元", "亿元", " ", "\t", "\u3000", "\u00a0", "\u0085", "\u2028", "\xe3", "\x80", "\xc2", "％", "约"}
	trimmed := 0
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		want := strings.TrimSpace(s)
		require.Equal(t, want, trimFigure(s), "%q", s)
		if want != s {
			trimmed++
		}
	}
	require.Greater(t, trimmed, 50_000)
}
