package tables

// A workbook printing a code's 类, 款 and 项 in columns of their own may
// store them as numbers: Excel keeps a typed "03" as 3, and the sheet
// shows "3". Under a header naming those columns 类, 款 and 项, a 款 or 项
// of one digit is the code's two digits with the leading 0 dropped.

// padSplitCodes returns lines given with their cells where, under a
// header line whose cells name 类, 款 and 项 side by side, a 款 or 项
// cell holding one digit is written with its leading 0 ("3" → "03"); the
// lines are copied only where a cell changes.
func padSplitCodes(lines []Line) []Line {
	col := -1 // the 类 cell of the header
	var out []Line
	for i, l := range lines {
		if l.Cells == nil {
			continue
		}
		if col < 0 {
			for j := 0; j+2 < len(l.Cells); j++ {
				if norm(l.Cells[j]) == "类" && norm(l.Cells[j+1]) == "款" && norm(l.Cells[j+2]) == "项" {
					col = j
					break
				}
			}
			continue
		}
		if col+2 >= len(l.Cells) {
			continue
		}
		c := trim(l.Cells[col])
		if len(c) != 3 || !allDigits(c) {
			continue
		}
		var cells []string
		for _, j := range []int{col + 1, col + 2} {
			if d := trim(l.Cells[j]); len(d) == 1 && allDigits(d) {
				if cells == nil {
					cells = append([]string(nil), l.Cells...)
				}
				cells[j] = "0" + d
			}
		}
		if cells != nil {
			if out == nil {
				out = append([]Line(nil), lines...)
			}
			out[i].Cells = cells
		}
	}
	if out == nil {
		return lines
	}
	return out
}
