package threepublic_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/threepublic"
)

func ExampleDerive() {
	c := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.Yuan) }
	budget := threepublic.Expenses{Reception: c("17100.00")}
	actual := threepublic.Expenses{Reception: c("17100.00"), VehicleOperation: c("2345.67")}
	t, err := threepublic.Derive(budget, actual, threepublic.DeriveOptions{})
	if err != nil {
		panic(err)
	}
	f := fiscal.TableFormat()
	fmt.Println("预算数 合计", t.Budget.Total.Format(f), "决算数 合计", t.Actual.Total.Format(f), "小计", t.Actual.Vehicles.Format(f))
	cmp, _ := threepublic.Compare(t, threepublic.Expenses{Reception: c("20000.00")})
	g, _ := cmp[5].Growth()
	fmt.Println(cmp[5].Name, "较上年", g.Percent(1).String()+"%")
	// Output:
	// 预算数 合计 1.71 决算数 合计 1.94 小计 0.23
	// 公务接待费 较上年 -14.5%
}
