package classify_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusCodes are the codes printed in the documents of ../shared/corpus with
// the names printed next to them, transcribed by hand (Daye 公开02–公开07,
// Putuo's tables, the Shanghai template's sample rows), and the 类 that the
// 收入支出决算总表 prints by name only.
var corpusCodes = []struct{ code, name, doc string }{
	{"201", "一般公共服务支出", "daye"},
	{"20103", "政府办公厅（室）及相关机构事务", "daye"},
	{"2010399", "其他政府办公厅（室）及相关机构事务支出", "daye"},
	{"20106", "财政事务", "putuo"},
	{"2010601", "行政运行", "putuo"},
	{"2010602", "一般行政管理事务", "putuo"},
	{"2010607", "信息化建设", "putuo"},
	{"2010608", "财政委托业务支出", "putuo"},
	{"20113", "商贸事务", "daye"},
	{"2011308", "招商引资", "daye"},
	{"205", "教育支出", "template"},
	{"20502", "普通教育", "template"},
	{"2050205", "高等教育", "template"},
	{"207", "文化旅游体育与传媒支出", "template"},
	{"20799", "其他文化旅游体育与传媒支出", "template"},
	{"208", "社会保障和就业支出", "putuo"},
	{"20805", "行政事业单位养老支出", "putuo"},
	{"2080501", "行政单位离退休", "putuo"},
	{"2080505", "机关事业单位基本养老保险缴费支出", "putuo"},
	{"2080506", "机关事业单位职业年金缴费支出", "putuo"},
	{"2080599", "其他行政事业单位养老支出", "putuo"},
	{"210", "卫生健康支出", "putuo"},
	{"21011", "行政事业单位医疗", "putuo"},
	{"2101101", "行政单位医疗", "putuo"},
	{"214", "交通运输支出", "daye"},
	{"21401", "公路水路运输", "daye"},
	{"2140199", "其他公路水路运输支出", "daye"},
	{"221", "住房保障支出", "putuo"},
	{"22102", "住房改革支出", "putuo"},
	{"2210201", "住房公积金", "putuo"},
	{"2210203", "购房补贴", "putuo"},
	{"229", "其他支出", "daye"},
	{"22904", "其他政府性基金及对应专项债务收入安排的支出", "daye"},
	{"2290402", "其他地方自行试点项目收益专项债券收入安排的支出", "daye"},
	{"301", "工资福利支出", "daye"},
	{"30101", "基本工资", "daye"},
	{"30102", "津贴补贴", "daye"},
	{"30103", "奖金", "daye"},
	{"30106", "伙食补助费", "daye"},
	{"30107", "绩效工资", "daye"},
	{"30108", "机关事业单位基本养老保险缴费", "daye"},
	{"30109", "职业年金缴费", "daye"},
	{"30110", "职工基本医疗保险缴费", "daye"},
	{"30111", "公务员医疗补助缴费", "daye"},
	{"30112", "其他社会保障缴费", "daye"},
	{"30113", "住房公积金", "daye"},
	{"30114", "医疗费", "daye"},
	{"30199", "其他工资福利支出", "daye"},
	{"302", "商品和服务支出", "daye"},
	{"30201", "办公费", "daye"},
	{"30202", "印刷费", "daye"},
	{"30203", "咨询费", "daye"},
	{"30204", "手续费", "daye"},
	{"30205", "水费", "daye"},
	{"30206", "电费", "daye"},
	{"30207", "邮电费", "daye"},
	{"30208", "取暖费", "daye"},
	{"30209", "物业管理费", "daye"},
	{"30211", "差旅费", "daye"},
	{"30212", "因公出国（境）费用", "daye"},
	{"30213", "维修（护）费", "daye"},
	{"30214", "租赁费", "daye"},
	{"30215", "会议费", "daye"},
	{"30216", "培训费", "daye"},
	{"30217", "公务接待费", "daye"},
	{"30218", "专用材料费", "daye"},
	{"30224", "被装购置费", "daye"},
	{"30225", "专用燃料费", "daye"},
	{"30226", "劳务费", "daye"},
	{"30227", "委托业务费", "daye"},
	{"30228", "工会经费", "daye"},
	{"30229", "福利费", "daye"},
	{"30231", "公务用车运行维护费", "daye"},
	{"30239", "其他交通费用", "daye"},
	{"30240", "税金及附加费用", "daye"},
	{"30299", "其他商品和服务支出", "daye"},
	{"303", "对个人和家庭的补助", "daye"},
	{"30301", "离休费", "daye"},
	{"30302", "退休费", "daye"},
	{"30303", "退职（役）费", "daye"},
	{"30304", "抚恤金", "daye"},
	{"30305", "生活补助", "daye"},
	{"30306", "救济费", "daye"},
	{"30307", "医疗费补助", "daye"},
	{"30308", "助学金", "daye"},
	{"30309", "奖励金", "daye"},
	{"30310", "个人农业生产补贴", "daye"},
	{"30311", "代缴社会保险费", "daye"},
	{"30399", "其他对个人和家庭的补助", "daye"},
	{"307", "债务利息及费用支出", "daye"},
	{"30701", "国内债务付息", "daye"},
	{"30702", "国外债务付息", "daye"},
	{"310", "资本性支出", "daye"},
	{"31001", "房屋建筑物购建", "daye"},
	{"31002", "办公设备购置", "daye"},
	{"31003", "专用设备购置", "daye"},
	{"31005", "基础设施建设", "daye"},
	{"31006", "大型修缮", "daye"},
	{"31007", "信息网络及软件购置更新", "daye"},
	{"31008", "物资储备", "daye"},
	{"31009", "土地补偿", "daye"},
	{"31010", "安置补助", "daye"},
	{"31011", "地上附着物和青苗补偿", "daye"},
	{"31012", "拆迁补偿", "daye"},
	{"31013", "公务用车购置", "daye"},
	{"31019", "其他交通工具购置", "daye"},
	{"31021", "文物和陈列品购置", "daye"},
	{"31022", "无形资产购置", "daye"},
	{"31099", "其他资本性支出", "daye"},
	{"399", "其他支出", "daye"},
	{"39906", "赠予", "daye"},
	{"39907", "国家赔偿费用支出", "daye"},
	{"39908", "对民间非营利组织和群众性自治组织补贴", "daye"},
	{"39999", "其他支出", "daye"},
	// 类 printed by name only in the 收入支出决算总表 rows (Daye 公开01).
	{"202", "外交支出", "daye"},
	{"203", "国防支出", "daye"},
	{"204", "公共安全支出", "daye"},
	{"206", "科学技术支出", "daye"},
	{"211", "节能环保支出", "daye"},
	{"212", "城乡社区支出", "daye"},
	{"213", "农林水支出", "daye"},
	{"215", "资源勘探工业信息等支出", "daye"},
	{"216", "商业服务业等支出", "daye"},
	{"217", "金融支出", "daye"},
	{"219", "援助其他地区支出", "daye"},
	{"220", "自然资源海洋气象等支出", "daye"},
	{"222", "粮油物资储备支出", "daye"},
	{"223", "国有资本经营预算支出", "daye"},
	{"224", "灾害防治及应急管理支出", "daye"},
	{"231", "债务还本支出", "daye"},
	{"232", "债务付息支出", "daye"},
	{"234", "抗疫特别国债安排的支出", "daye"},
}

var corpusFiles = map[string]string{
	"daye":     "000_a6b8f70e670f2841.txt",
	"putuo":    "shanghai-putuo-czj-2024.layout.txt",
	"template": "shanghai-template-2024.layout.txt",
}

// TestCorpusCodesResolve checks that every code printed in the corpus
// resolves in the embedded 2024 catalogs with exactly the printed name.
func TestCorpusCodesResolve(t *testing.T) {
	cats, err := classify.Embedded(2024)
	require.NoError(t, err)
	for _, c := range corpusCodes {
		var name string
		switch c.code[0] {
		case '2':
			name = cats.Function.Name(classify.MustParse[classify.FunctionKind](c.code))
		case '3':
			name = cats.Economic.Name(classify.MustParse[classify.EconomicKind](c.code))
		}
		assert.Equal(t, c.name, name, "code %s", c.code)
	}
}

// TestCorpusCodesArePrinted checks the transcription above against the
// documents themselves: each name occurs in its document (spaces and digits are ignored: Putuo's layout
// text letter-spaces some justified cells, and the template prints a code
// inside a wrapped name).
func TestCorpusCodesArePrinted(t *testing.T) {
	texts := map[string]string{}
	for key, file := range corpusFiles {
		b, err := os.ReadFile(filepath.Join(corpusDir(t), file))
		require.NoError(t, err)
		texts[key] = withoutDigits(classify.NormalizeName(string(b)))
	}
	for _, c := range corpusCodes {
		assert.True(t, strings.Contains(texts[c.doc], withoutDigits(classify.NormalizeName(c.name))), "%s %s in %s", c.code, c.name, c.doc)
	}
}

// withoutDigits drops ASCII digits: a layout text can print a code inside a
// wrapped name ("其他文化旅游体育与传媒支 20799 出").
func withoutDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, s)
}

// corpusDir returns the corpus directory, or skips the test when it is
// absent (and fails when FISCAL_REQUIRE_CORPUS is set, as in CI).
func corpusDir(t *testing.T) string {
	t.Helper()
	if !corpustest.Available() {
		corpustest.Missing(t, "corpus not found at "+corpustest.Dir())
	}
	return corpustest.Dir()
}

func TestEmbeddedCoverage(t *testing.T) {
	cats, err := classify.Embedded(2024)
	require.NoError(t, err)
	assert.Equal(t, 2024, cats.Edition)
	// Every 类 of the 2024 functional classification (the 26 rows of the
	// 收入支出决算总表 plus 209, 227, 230, 233), by hand.
	var classes []string
	for _, e := range cats.Function.Children(classify.Function{}) {
		classes = append(classes, e.Code.String())
	}
	assert.Equal(t, strings.Fields("201 202 203 204 205 206 207 208 209 210 211 212 213 214 215 216 217 219 220 221 222 223 224 227 229 230 231 232 233 234"), classes)
	var econ []string
	for _, e := range cats.Economic.Children(classify.Economic{}) {
		econ = append(econ, e.Code.String())
	}
	assert.Equal(t, strings.Fields("301 302 303 307 309 310 311 312 313 399"), econ)
	var gov []string
	for _, e := range cats.GovEconomic.Children(classify.GovEconomic{}) {
		gov = append(gov, e.Code.String())
	}
	assert.Equal(t, strings.Fields("501 502 503 504 505 506 507 508 509 510 511 512 513 514 599"), gov)
	var rev []string
	for _, e := range cats.Revenue.Children(classify.Revenue{}) {
		rev = append(rev, e.Code.String())
	}
	assert.Equal(t, strings.Fields("101 102 103 105 110"), rev)
	for _, cov := range []classify.Coverage{cats.Function.Coverage(), cats.Economic.Coverage(), cats.GovEconomic.Coverage(), cats.Revenue.Coverage()} {
		assert.Equal(t, 2024, cov.Edition)
		assert.Contains(t, cov.Note, "coverage:")
		assert.Contains(t, cov.Note, "missing:")
	}
	assert.Empty(t, cats.Function.Orphans(), "the embedded 2024 catalogs are closed under parents")
	assert.Empty(t, cats.Economic.Orphans())
	assert.Empty(t, cats.GovEconomic.Orphans())
	assert.Empty(t, cats.Revenue.Orphans())
	// Every entry has a basis.
	for e := range cats.Function.All() {
		assert.Contains(t, []string{classify.BasisOfficial, classify.BasisPrinted, classify.BasisPattern, classify.BasisRecalled}, e.Basis, e.Code.String())
	}
}

func TestEdition2025(t *testing.T) {
	cats, err := classify.Embedded(2025)
	require.NoError(t, err)
	assert.Equal(t, 2025, cats.Edition)
	e, ok := cats.Function.Lookup(classify.MustParse[classify.FunctionKind]("22911"))
	require.True(t, ok)
	assert.Equal(t, "中央金融机构注资特别国债财务基金支出", e.Name)
	assert.Equal(t, 2025, e.Edition)
	old, ok := cats.Function.Lookup(classify.MustParse[classify.FunctionKind]("2010399"))
	require.True(t, ok)
	assert.Equal(t, 2024, old.Edition, "unchanged entries keep the edition that states them")
	assert.Contains(t, cats.Revenue.Coverage().Note, "add 1050303")
	var orphans []string
	for _, o := range cats.Revenue.Orphans() {
		orphans = append(orphans, o.Code.String())
	}
	assert.Equal(t, []string{"1050303", "1050305"}, orphans, "10503 is not known, so they are reported, not attached")
	c24, err := classify.Embedded(2024)
	require.NoError(t, err)
	assert.False(t, c24.Function.Contains(classify.MustParse[classify.FunctionKind]("22911")))
	assert.Equal(t, c24.Function.Len()+3, cats.Function.Len())
	_, err = classify.Embedded(1999)
	assert.Error(t, err)
}

func TestCrosswalk(t *testing.T) {
	cats, err := classify.Embedded(2024)
	require.NoError(t, err)
	x := cats.Crosswalk
	eco := func(s string) classify.Economic { return classify.MustParse[classify.EconomicKind](s) }
	// DOMAIN.md §2: the official 对照表 examples.
	cases := []struct {
		dept string
		side classify.UnitSide
		gov  string
	}{
		{"30101", classify.Agency, "50101"},
		{"30102", classify.Agency, "50101"},
		{"30103", classify.Agency, "50101"},
		{"30108", classify.Agency, "50102"},
		{"30112", classify.Agency, "50102"},
		{"30113", classify.Agency, "50103"},
		{"30201", classify.Agency, "50201"},
		{"30240", classify.Agency, "50201"},
		{"30215", classify.Agency, "50202"},
		{"30216", classify.Agency, "50203"},
		{"30217", classify.Agency, "50206"},
		{"30101", classify.Institution, "50501"},
		{"30701", classify.Agency, "51101"}, // the same for every unit
		{"30701", classify.Institution, "51101"},
	}
	for _, c := range cases {
		g, ok := x.ToGov(eco(c.dept), c.side)
		require.True(t, ok, "%s %s", c.dept, c.side)
		assert.Equal(t, c.gov, g.String(), "%s %s", c.dept, c.side)
	}
	_, ok := x.ToGov(eco("30107"), classify.Agency)
	assert.False(t, ok, "绩效工资 is paid by 事业单位 only")
	from := x.FromGov(classify.MustParse[classify.GovEconomicKind]("50202"))
	require.Len(t, from, 1)
	assert.Equal(t, "30215", from[0].Economic.String())
	for _, p := range x.Pairings() {
		assert.True(t, cats.Economic.Contains(p.Economic), p.Economic.String())
		assert.True(t, cats.GovEconomic.Contains(p.GovEconomic), p.GovEconomic.String())
	}

	_, err = classify.NewEconomicCrosswalk(2024, []classify.Pairing{
		{Economic: eco("30101"), GovEconomic: classify.MustParse[classify.GovEconomicKind]("50101"), Side: classify.AnyUnit},
		{Economic: eco("30101"), GovEconomic: classify.MustParse[classify.GovEconomicKind]("50501"), Side: classify.Institution},
	})
	assert.Error(t, err, "an any-unit pairing excludes a sided one")
	_, err = classify.NewEconomicCrosswalk(2024, []classify.Pairing{
		{Economic: eco("301"), GovEconomic: classify.MustParse[classify.GovEconomicKind]("501")},
	})
	assert.Error(t, err, "款 only")
}

func TestCOFOG(t *testing.T) {
	cases := []struct {
		code   string
		div    string
		name   string
		approx bool
		ok     bool
	}{
		{"2010399", "01", "General public services", false, true}, // 款 20103: 01.1
		{"201", "01", "General public services", true, true},      // the 类 as a whole
		{"203", "02", "Defence", false, true},
		{"20402", "03", "Public order and safety", false, true},
		{"205", "09", "Education", false, true},
		{"208", "10", "Social protection", true, true},
		{"2101101", "07", "Health", true, true},
		{"214", "04", "Economic affairs", false, true},
		{"231", "", "", false, false}, // debt principal is financing
		{"229", "", "", false, false},
	}
	for _, c := range cases {
		m, ok := classify.ToCOFOG(classify.MustParse[classify.FunctionKind](c.code))
		assert.Equal(t, c.ok, ok, c.code)
		if ok {
			assert.Equal(t, c.div, m.Division.String(), c.code)
			assert.Equal(t, c.name, m.Division.Name(), c.code)
			assert.Equal(t, c.approx, m.Approximate, c.code)
		}
	}
	_, ok := classify.ToCOFOG(classify.Function{})
	assert.False(t, ok)
	assert.Equal(t, "", classify.COFOG(11).Name())
}
