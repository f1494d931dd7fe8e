package input_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal/reader/input"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// A report saved as GBK with CR LF line ends and full-width figures
// decodes to UTF-8 with LF and ASCII figures.
func ExampleDecode() {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("本年收入合计\t６，５７７．０３\r\n增长１２．５％，较上年增加\r\n")
	text, info, err := input.Decode([]byte(gbk), input.DefaultLimits())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(text))
	fmt.Println(info.Encoding, info.CRLF, "line ends,", info.Folded, "characters folded")
	// Output:
	// 本年收入合计	6,577.03
	// 增长12.5%，较上年增加
	// GB18030 2 line ends, 13 characters folded
}

func ExampleSniff() {
	fmt.Println(input.Sniff([]byte("%PDF-1.7\n")))
	fmt.Println(input.Sniff([]byte("\x1f\x8b\x08\x00")))
	fmt.Println(input.Sniff([]byte("2024年度部门决算\n")))
	// Output:
	// pdf
	// gzip
	// text
}

// ReadAll stops an endless input at the limit; the error says which.
func ExampleReadAll() {
	endless := strings.NewReader(strings.Repeat("x", 1000)) // a single line of 1,000 bytes
	_, err := input.ReadAll(endless, input.Limits{MaxBytes: 1 << 20, MaxLineBytes: 100})
	var nr *input.NotReadableError
	if errors.As(err, &nr) {
		fmt.Println(nr.Reason)
		fmt.Println(err)
	}
	// Output:
	// a line too long
	// not a readable report: a line too long: line 1 is longer than 100 bytes (Limits.MaxLineBytes)
}

func ExampleLooksLikeFiscalReport() {
	fmt.Println(input.LooksLikeFiscalReport([]byte("2024年度部门决算\n本年支出合计 6577.03 万元")))
	fmt.Println(input.LooksLikeFiscalReport([]byte("Licensed under the Apache License, Version 2.0")))
	// Output:
	// true
	// false
}

func ExampleIsPDF() {
	fmt.Println(input.IsPDF([]byte("%PDF-1.7\n%âãÏÓ\n1 0 obj")))
	fmt.Println(input.IsPDF([]byte("大冶市政务服务和大数据管理局2024年度部门决算")))
	// Output:
	// true
	// false
}
