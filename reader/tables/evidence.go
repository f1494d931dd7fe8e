package tables

import (
	"slices"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// rowRef names a row across tables: its code, or its named key.
type rowRef struct{ code, named string }

// evidence narrows the candidates of every row that still has several:
// the candidates whose figures equal, column for column, most figures of
// the same row in other tables (settled rows only) and in the evidence
// grids are kept, when some candidate has any support.
func evidence(tables []*Table, extra []profile.Grid) {
	type known struct {
		prof  *profile.Table
		cells map[string]fiscal.Cell
	}
	settled := map[rowRef][]known{}
	for _, t := range tables {
		for _, r := range t.raws {
			if len(r.cands) == 1 && !r.ambig {
				ref := rowRef{r.code, r.named}
				cells := map[string]fiscal.Cell{}
				for i, c := range t.Profile.Columns {
					cells[c.ID] = r.cands[0].cells[i]
				}
				settled[ref] = append(settled[ref], known{t.Profile, cells})
			}
		}
	}
	for _, g := range extra {
		for _, r := range g.Rows {
			ref := rowRef{r.Code, r.Named}
			settled[ref] = append(settled[ref], known{g.Profile, r.Cells})
		}
	}
	for _, t := range tables {
		for _, r := range t.raws {
			if len(r.cands) < 2 {
				continue
			}
			ks := settled[rowRef{r.code, r.named}]
			best, bestN := []assign(nil), 0
			for _, a := range r.cands {
				n := 0
				for _, k := range ks {
					if k.prof == t.Profile || !slices.Contains(t.Profile.Evidence, k.prof.ID) {
						continue
					}
					for i, c := range t.Profile.Columns {
						v, ok := a.cells[i].Amount()
						w, wok := k.cells[c.ID].Amount()
						if ok && wok && !v.IsZero() && v == w {
							n++
						}
					}
				}
				switch {
				case n > bestN:
					best, bestN = []assign{a}, n
				case n == bestN && n > 0:
					best = append(best, a)
				}
			}
			if bestN > 0 {
				r.cands = best
			}
		}
	}
}
