package fiscal

import (
	"strconv"
	"strings"
)

// Format says how to print an amount: the unit, the number of decimals
// (rounded half away from zero, 四舍五入), thousands separators, and whether
// to append the unit's name.
type Format struct {
	Unit     Unit // 元, 万元 or 亿元; the zero Unit means 元
	Decimals int  // digits after the point; negative means 0
	Grouping bool // "6,577.03" rather than "6577.03"
	Suffix   bool // append the unit: "6577.03万元"
}

// TableFormat is how disclosure tables print: 万元 at two decimals, no
// separators.
func TableFormat() Format { return Format{Unit: WanYuan, Decimals: 2} }

// String returns the amount in 元 with two decimals and no separators
// ("65770300.00"), the same text as [Amount.MarshalText].
func (a Amount) String() string { return a.Format(Format{Unit: Yuan, Decimals: 2}) }

// Format prints the amount as f says. Decimals beyond the unit's fen
// precision print as zeros. Rounding cannot overflow here: the digits are
// produced from the unsigned magnitude.
func (a Amount) Format(f Format) string {
	u := f.Unit
	if !u.Valid() {
		u = Yuan
	}
	d := max(f.Decimals, 0)
	md := u.MaxDecimals()
	mag := absU(a.fen)
	shown := min(d, md)
	// Round the magnitude to `shown` decimals of u, half away from zero.
	step := uint64(u.Fen() / pow10[shown])
	q, r := mag/step, mag%step
	if r*2 >= step {
		q++
	}
	// q counts units of 10^-shown of u.
	digits := strconv.FormatUint(q, 10)
	if len(digits) <= shown {
		digits = strings.Repeat("0", shown-len(digits)+1) + digits
	}
	intPart, frac := digits[:len(digits)-shown], digits[len(digits)-shown:]
	if d > shown {
		frac += strings.Repeat("0", d-shown)
	}
	var b strings.Builder
	if a.fen < 0 && q != 0 {
		b.WriteByte('-')
	}
	if f.Grouping {
		writeGrouped(&b, intPart)
	} else {
		b.WriteString(intPart)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	if f.Suffix {
		b.WriteString(u.String())
	}
	return b.String()
}

func writeGrouped(b *strings.Builder, digits string) {
	first := len(digits) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += 3 {
		b.WriteByte(',')
		b.WriteString(digits[i : i+3])
	}
}
