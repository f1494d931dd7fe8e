package classify_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/classify"
)

var (
	sinkCode  classify.Function
	sinkName  string
	sinkEntry []classify.Entry[classify.FunctionKind]
)

func BenchmarkParseFunction(b *testing.B) {
	for b.Loop() {
		sinkCode, _ = classify.ParseFunction("2010399")
	}
}

func BenchmarkParseFunctionSplit(b *testing.B) {
	for b.Loop() {
		sinkCode, _ = classify.ParseFunction("201  03  99")
	}
}

func BenchmarkLookup(b *testing.B) {
	cats, err := classify.Embedded(2024)
	if err != nil {
		b.Fatal(err)
	}
	code := classify.MustParse[classify.FunctionKind]("2010399")
	for b.Loop() {
		sinkName = cats.Function.Name(code)
	}
}

func BenchmarkFindByName(b *testing.B) {
	cats, _ := classify.Embedded(2024)
	for b.Loop() {
		sinkEntry = cats.Function.FindByName("其他政府办公厅（室）及相关机构事务支出")
	}
}
