package classify_test

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal/classify"
)

func ExampleParseFunction() {
	for _, s := range []string{"2010399", "201  03  99", "２０１０３９９", "2010 3 99", "3010101"} {
		c, err := classify.ParseFunction(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		p, _ := c.Parent()
		fmt.Println(c, c.Level(), "parent", p)
	}
	// Output:
	// 2010399 项 parent 20103
	// 2010399 项 parent 20103
	// 2010399 项 parent 20103
	// classify: "2010 3 99" is not a 功能分类 code: 类 group "2010" has 4 digits, want 3
	// classify: "3010101" is not a 功能分类 code: begins with 3; 功能分类 codes begin with 2
}

func ExampleCatalog_Lookup() {
	cats, err := classify.Embedded(2024)
	if err != nil {
		panic(err)
	}
	code := classify.MustParse[classify.FunctionKind]("2290402")
	for _, e := range cats.Function.Path(code) {
		fmt.Println(e.Code, e.Code.Level(), e.Name)
	}
	// Output:
	// 229 类 其他支出
	// 22904 款 其他政府性基金及对应专项债务收入安排的支出
	// 2290402 项 其他地方自行试点项目收益专项债券收入安排的支出
}

func ExampleCatalog_FindByName() {
	cats, _ := classify.Embedded(2024)
	// Half-width parentheses and a line break, as text extracted from a PDF.
	for _, e := range cats.Economic.FindByName("因公出国(境)\n费用") {
		fmt.Println(e.Code, e.Name)
	}
	// Output: 30212 因公出国（境）费用
}

func ExampleCatalog_Children() {
	cats, _ := classify.Embedded(2024)
	for _, e := range cats.Economic.Children(classify.MustParse[classify.EconomicKind]("310"))[:3] {
		fmt.Println(e.Code, e.Name)
	}
	// Output:
	// 31001 房屋建筑物购建
	// 31002 办公设备购置
	// 31003 专用设备购置
}

func ExampleLoadCSV() {
	csv := "科目编码,科目名称\n201,一般公共服务支出\n2010101,行政运行\n2010x,坏\n"
	_, err := classify.LoadCSV[classify.FunctionKind](strings.NewReader(csv), classify.LoadOptions{Edition: 2024})
	fmt.Println(err)
	cat, _ := classify.LoadCSV[classify.FunctionKind](strings.NewReader(csv[:strings.LastIndex(csv[:len(csv)-1], "\n")+1]), classify.LoadOptions{Edition: 2024})
	for _, o := range cat.Orphans() {
		fmt.Println("orphan:", o.Code, o.Name)
	}
	// Output:
	// classify: 1 malformed row(s); line 4 code: classify: "2010x" is not a 功能分类 code: character 'x' is not a digit
	// orphan: 2010101 行政运行
}

func ExampleEconomicCrosswalk_ToGov() {
	cats, _ := classify.Embedded(2024)
	e := classify.MustParse[classify.EconomicKind]("30101")
	for _, side := range []classify.UnitSide{classify.Agency, classify.Institution} {
		g, _ := cats.Crosswalk.ToGov(e, side)
		fmt.Println(side, g, cats.GovEconomic.Name(g))
	}
	// Output:
	// 机关 50101 工资奖金津补贴
	// 事业 50501 工资福利支出
}

func ExampleCatalog_Judge() {
	cats, _ := classify.Embedded(2024)
	code := classify.MustParse[classify.FunctionKind]("2080506")
	j := cats.Function.Judge(code, "行政单位离退休")
	fmt.Println(j.Verdict, j.Other.Code, j.Other.Name, j.Other.Trusted())
	j = cats.Function.Judge(code, "机关事业单位职业年金缴费")
	fmt.Println(j.Verdict, j.Entry.Basis)
	j = cats.Function.Judge(classify.MustParse[classify.FunctionKind]("207"), "文化体育与传媒支出")
	fmt.Println(j.Verdict, j.Alias.Until)
	// Output:
	// another code's name 2080501 行政单位离退休 true
	// matches printed
	// former name 2018
}

func ExampleDiff() {
	c24, _ := classify.Embedded(2024)
	c25, _ := classify.Embedded(2025)
	for _, c := range classify.Diff(c24.Function, c25.Function) {
		fmt.Println(c.Op, c.Code, c.Name, c.Where)
	}
	// Output:
	// add 2170404 中央金融机构注资特别国债支出 财预〔2025〕41号
	// add 22911 中央金融机构注资特别国债财务基金支出 财预〔2025〕41号
	// add 23107 中央金融机构注资特别国债还本支出 财预〔2025〕41号
}
