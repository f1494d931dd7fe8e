package wordtext_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
	"github.com/cnfiscal/fiscal/threepublic"
)

// TestThreePublic reads "三公" tables: 预算数 and 决算数, 决算数 alone, and
// an empty one.
func TestThreePublic(t *testing.T) {
	header := []string{"|财政拨款“三公”经费支出决算表", "|公开09表", "|部门：测试局　      金额单位：万元",
		"|预算数|决算数",
		"|合计|因公出国（境）费|公务用车购置及运行费|公务接待费|合计|因公出国（境）费|公务用车购置及运行费|公务接待费",
		"|||小计|公务用车购置费|公务用车运行维护费||||小计|公务用车购置费|公务用车运行维护费|"}
	tests := []struct {
		name string
		spec []string
		want threepublic.Table
	}{
		{
			name: "预算数 and 决算数",
			spec: append(header[:6:6], "|1|2|3|4|5|6|7|8|9|10|11|12", "|3.00|1.00|1.50|0.50|1.00|0.50|2.90|1.00|1.40|0.40|1.00|0.50", "|注：本表反映…。"),
			want: threepublic.Table{
				Budget: threepublic.Figures{Total: wan("3"), Abroad: wan("1"), Vehicles: wan("1.5"), VehiclePurchase: wan("0.5"), VehicleOperation: wan("1"), Reception: wan("0.5")},
				Actual: threepublic.Figures{Total: wan("2.9"), Abroad: wan("1"), Vehicles: wan("1.4"), VehiclePurchase: wan("0.4"), VehicleOperation: wan("1"), Reception: wan("0.5")},
				Notes:  []string{"注：本表反映…。"},
			},
		},
		{
			// The national layout: each item's 预算数 and 决算数 side by
			// side (the probe's case 200: read as six 预算数 then six
			// 决算数, 9 false errors). The same figures as above.
			name: "预算数 and 决算数 under each item",
			spec: []string{"|财政拨款“三公”经费支出决算表", "|公开09表", "|部门：测试局　      金额单位：万元",
				"|合计||因公出国（境）费||公务用车购置及运行费||||||公务接待费|",
				"|||||小计||公务用车购置费||公务用车运行维护费|||",
				"|预算数|决算数|预算数|决算数|预算数|决算数|预算数|决算数|预算数|决算数|预算数|决算数",
				"|3.00|2.90|1.00|1.00|1.50|1.40|0.50|0.40|1.00|1.00|0.50|0.50"},
			want: threepublic.Table{
				Budget: threepublic.Figures{Total: wan("3"), Abroad: wan("1"), Vehicles: wan("1.5"), VehiclePurchase: wan("0.5"), VehicleOperation: wan("1"), Reception: wan("0.5")},
				Actual: threepublic.Figures{Total: wan("2.9"), Abroad: wan("1"), Vehicles: wan("1.4"), VehiclePurchase: wan("0.4"), VehicleOperation: wan("1"), Reception: wan("0.5")},
			},
		},
		{
			name: "决算数 alone",
			spec: []string{"|财政拨款“三公”经费支出决算表", "|部门：测试局|金额单位：万元", "|决算数",
				"|合计|因公出国（境）费|公务用车购置及运行费|公务接待费", "|1|2|3|4|5|6", "|0.50|||||0.50"},
			want: threepublic.Table{Actual: threepublic.Figures{Total: wan("0.5"), Reception: wan("0.5")}, Number: "-"},
		},
		{
			name: "printed blank with a statement",
			spec: append(header[:6:6], "|1|2|3|4|5|6|7|8|9|10|11|12", "|"+strings.Repeat("|", 11), "本部门无“三公”经费支出，故本表为空表。", ""),
			want: threepublic.Table{EmptyStatement: "本部门无“三公”经费支出，故本表为空表。"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ls := report(tc.spec...)
			res := wordtext.Parse(ls)
			assert.Empty(t, tableFindings(res.Findings))
			got := res.Document.ThreePublic
			require.NotNil(t, got)
			assert.Positive(t, got.Line)
			want := tc.want
			want.Title, want.Department, want.Unit, want.Decimals, want.Line = "财政拨款“三公”经费支出决算表", "测试局", fiscal.WanYuan, 2, got.Line
			switch want.Number {
			case "":
				want.Number = "公开09表"
			case "-":
				want.Number = ""
			}
			assert.Equal(t, &want, got)
		})
	}
}
