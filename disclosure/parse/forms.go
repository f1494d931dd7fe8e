package parse

import (
	"fmt"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/forms"
)

// takeForms puts the performance forms read into the document, their
// findings into the result, and says in the coverage how many forms were
// seen and not read.
func (r *Result) takeForms(f forms.Result) {
	if f.Department != nil || len(f.Projects) > 0 {
		r.Document.Performance = &disclosure.Performance{Department: f.Department, Projects: f.Projects}
	}
	r.Findings = append(r.Findings, f.Findings...)
	if n := f.Stats.Seen - f.Stats.Forms; n > 0 {
		r.Coverage.Unread = append(r.Coverage.Unread, fmt.Sprintf("%d of %d 绩效自评表", n, f.Stats.Seen))
	}
}
