package disclosure

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// StatementKind is what a narrative figure states.
type StatementKind uint8

// Kinds of narrative figures.
const (
	KindAmount     StatementKind = iota + 1 // an amount that repeats a table cell or another part: "收入合计6577.03万元"
	KindShare                               // a share: "占本年收入97.4%" (Of over Over)
	KindChange                              // a change against last year: "较上年度增加1154.49万元" (Of is the current figure)
	KindGrowth                              // a growth rate: "增长21.3%" (Of current, Over the printed change)
	KindCompletion                          // a completion rate: "完成年初预算的107.5%" (Of actual over Over budget)
	KindCompare                             // a comparison word only: "决算数大于年初预算数" (Of against Over)
	KindCount                               // a count with no table source: "接待人数124人次"
)

var kindNames = [...]string{"", "amount", "share", "change", "growth", "completion", "compare", "count"}

// String returns "amount", "share", ….
func (k StatementKind) String() string {
	if int(k) < len(kindNames) && k > 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements [encoding.TextMarshaler].
func (k StatementKind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("disclosure: cannot marshal %v", k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *StatementKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if i > 0 && n == string(b) {
			*k = StatementKind(i)
			return nil
		}
	}
	return fmt.Errorf("disclosure: unknown statement kind %q", b)
}

// Part names a part of the document that is not one of the eight tables.
type Part string

// Parts a Ref can point into.
const (
	PartThreePublic Part = "三公"     // Field: "预算数/合计", "决算数/公务接待费", …
	PartRunningCost Part = "机关运行经费" // the printed figure
	PartProcurement Part = "政府采购"   // Field: "总额", "货物", "工程", "服务", "中小企业", "小微企业", and the reservation figures "预留中小企业", "预留小微企业", "预留中小企业中标", "预留小微企业中标", "其他中小企业中标"
	PartProject     Part = "项目"     // Field: "项目名称/预算数" or "项目名称/执行数" (the self-evaluation form)
	PartProjects    Part = "项目合计"   // Field: "预算数" or "执行数": Σ over the project forms
	PartDepartment  Part = "部门整体"   // Field: "基本支出总额" or "项目支出总额" (the department form)
)

// Ref points at the value a narrative figure claims: a cell of one of the
// eight tables, a figure of another part, a figure printed elsewhere in the
// narrative (Printed), or a sum of refs.
type Ref struct {
	Table    accounts.TableKind `json:"table,omitempty"`
	Side     accounts.Side      `json:"side,omitempty"`
	Item     accounts.Item      `json:"item,omitempty"`
	Under    accounts.Item      `json:"under,omitempty"`
	Function classify.Function  `json:"function,omitzero"`
	Economic classify.Economic  `json:"economic,omitzero"`
	Column   accounts.Column    `json:"column,omitempty"`

	Part  Part   `json:"part,omitempty"`
	Field string `json:"field,omitempty"`

	// Printed is a figure printed in the narrative itself (the 年初预算 of a
	// completion rate, the change of a growth rate), with its decimals.
	Printed  *fiscal.Amount `json:"printed,omitempty"`
	Decimals int            `json:"decimals,omitempty"`

	Sum []Ref `json:"sum,omitempty"`
}

// IsZero reports whether the ref points at nothing.
func (r Ref) IsZero() bool {
	return r.Table == 0 && r.Part == "" && r.Printed == nil && len(r.Sum) == 0
}

// String describes the ref: "公开05 合计/合计", "三公 决算数/合计", "printed 4094.32".
func (r Ref) String() string {
	var buf [128]byte
	return string(r.appendString(buf[:0]))
}

// appendString appends [Ref.String] to b, so that a key can be looked up
// without a string of its own.
func (r *Ref) appendString(b []byte) []byte { // by pointer: a ref is large
	switch {
	case r.Table != 0:
		b = append(b, r.Table.Title()...)
		b = append(b, ' ')
		if r.Side != accounts.SideMain {
			b = append(b, r.Side.String()...)
			b = append(b, '/')
		}
		switch {
		case r.Function.Valid():
			b = strconv.AppendUint(b, uint64(r.Function.Uint32()), 10) // Code.String's digits
		case r.Economic.Valid():
			b = strconv.AppendUint(b, uint64(r.Economic.Uint32()), 10)
		case r.Item != 0:
			if r.Under != 0 {
				b = append(b, r.Under.Name()...)
				b = append(b, '/')
			}
			b = append(b, r.Item.Name()...)
		}
		b = append(b, ' ')
		return append(b, r.Column.Name()...)
	case r.Part != "":
		b = append(b, r.Part...)
		b = append(b, ' ')
		return append(b, r.Field...)
	case r.Printed != nil:
		b = append(b, "printed "...)
		return append(b, r.Printed.Format(fiscal.Format{Unit: fiscal.WanYuan, Decimals: r.Decimals})...)
	case len(r.Sum) > 0:
		for i := range r.Sum {
			if i > 0 {
				b = append(b, " + "...)
			}
			b = r.Sum[i].appendString(b)
		}
	}
	return b
}

// Cell returns a ref to a table cell of a named row.
func Cell(k accounts.TableKind, side accounts.Side, it accounts.Item, col accounts.Column) Ref {
	return Ref{Table: k, Side: side, Item: it, Column: col}
}

// FunctionCell returns a ref to a table cell of a functional row.
func FunctionCell(k accounts.TableKind, side accounts.Side, code classify.Function, col accounts.Column) Ref {
	return Ref{Table: k, Side: side, Function: code, Column: col}
}

// PartRef returns a ref to a figure of a part.
func PartRef(p Part, field string) Ref { return Ref{Part: p, Field: field} }

// PrintedRef returns a ref to a figure printed in the narrative.
func PrintedRef(a fiscal.Amount, decimals int) Ref { return Ref{Printed: &a, Decimals: decimals} }

// SumRef returns a ref to the sum of refs.
func SumRef(rs ...Ref) Ref { return Ref{Sum: rs} }

// Statement is one figure of the narrative with what it claims. The figure
// is kept as printed; the numbers are read from it on demand.
type Statement struct {
	Line    int           `json:"line,omitempty"`
	Section string        `json:"section,omitempty"` // the heading it is under
	Text    string        `json:"text"`              // the sentence, verbatim
	Subject string        `json:"subject"`           // what the figure is of, in the sentence's words
	Figure  string        `json:"figure"`            // the figure as printed: "174.6万元", "97.4%", "124人次"
	Kind    StatementKind `json:"kind"`
	// Word is the comparison word that goes with the figure: 增加, 减少,
	// 持平, 增长, 下降, 大于, 小于, 等于.
	Word string `json:"word,omitempty"`
	Of   Ref    `json:"of,omitzero"`   // the value repeated, the numerator, or the current value
	Over Ref    `json:"over,omitzero"` // the denominator, the budget, or the printed change
}

// Amount reads the statement's figure as an amount (万元 unless it names its
// unit) with its printed decimals. "0万元" is 0 at 0 decimals. The
// decimals count in 万元: a figure in 亿元 has four fewer than it prints,
// fewer than none when coarser than 1 万元 (0.294亿元 is to the 10 万元:
// −1; see package internal/wan).
func (s Statement) Amount() (fiscal.Amount, int, error) { return figureAmount(s.Figure) }

// figureAmount is [Statement.Amount] of the figure (without copying the
// statement).
func figureAmount(figure string) (fiscal.Amount, int, error) {
	t := trimFigure(figure)
	a, err := fiscal.ParseAmount(t, fiscal.WanYuan)
	if err != nil {
		return fiscal.Amount{}, 0, err
	}
	dp := decimalsOf(t)
	if strings.HasSuffix(t, "亿元") {
		dp -= 4
	}
	return a, dp, nil
}

// statedAmount is what [Statement.Amount] returned for one statement.
type statedAmount struct {
	a    fiscal.Amount
	dp   int
	err  error
	read bool
}

// statedAmounts holds [Statement.Amount] of the narrative's amounts and
// changes, by statement index, read once for a whole check: the checks of
// the statements, of repeated figures and of changes all read them. A nil
// statedAmounts reads each time.
type statedAmounts []statedAmount

// readAmounts reads the amount of every amount and change statement of
// d's narrative into buf (grown when too short).
func (d *Document) readAmounts(buf statedAmounts) statedAmounts {
	if cap(buf) < len(d.Narrative) {
		buf = make(statedAmounts, len(d.Narrative))
	}
	buf = buf[:len(d.Narrative)]
	for i := range d.Narrative {
		s := &d.Narrative[i]
		if s.Kind != KindAmount && s.Kind != KindChange {
			buf[i] = statedAmount{}
			continue
		}
		a, dp, err := figureAmount(s.Figure) // s.Amount(), the statement not copied
		buf[i] = statedAmount{a: a, dp: dp, err: err, read: true}
	}
	return buf
}

// amount returns the amount of statement i of d's narrative, s: as read,
// or read now.
func (m statedAmounts) amount(i int, s *Statement) (fiscal.Amount, int, error) {
	if i >= 0 && i < len(m) && m[i].read {
		return m[i].a, m[i].dp, m[i].err
	}
	return s.Amount()
}

// Percent reads the statement's figure as a percentage.
func (s Statement) Percent() (fiscal.Percent, error) { return fiscal.ParsePercent(s.Figure) }

// decimalsOf counts the digits after the point in a printed number.
func decimalsOf(t string) int {
	_, frac, ok := strings.Cut(t, ".")
	if !ok {
		return 0
	}
	n := 0 // ASCII digits: a byte that is none ends them, as a rune would
	for n < len(frac) && frac[n] >= '0' && frac[n] <= '9' {
		n++
	}
	return n
}

// trimFigure is strings.TrimSpace(s), which a figure seldom needs: when
// neither its first nor its last character is a space, s as it is (a
// figure ends in 元, which TrimSpace reads rune by rune from the end).
func trimFigure(s string) string {
	if s == "" {
		return s
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsSpace(first) && !unicode.IsSpace(last) {
		return s
	}
	return strings.TrimSpace(s)
}

// Sign is the direction a comparison word gives: +1 for 增加, 增长, 大于,
// 超出; −1 for 减少, 下降, 小于, 降低; 0 for 持平, 等于, 一致; and ok false for
// no word.
func Sign(word string) (sign int, ok bool) {
	switch word {
	case "增加", "增长", "大于", "超出", "上升", "提高", "多":
		return 1, true
	case "减少", "下降", "小于", "降低", "少", "节约":
		return -1, true
	case "持平", "等于", "一致", "相等", "相同":
		return 0, true
	}
	return 0, false
}
