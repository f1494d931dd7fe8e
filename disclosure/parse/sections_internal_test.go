package parse

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/stretchr/testify/assert"
)

// TestTableFoundUnderOtherTitle: a required table the text check does not
// find by its title, while the reader found a table of its kind under
// another ("收入支出决算表", Yunnan's) and could not read it (its rows an
// image; the probe's case 168), is not missing: the finding is info. One
// the reader did not find either stays an error.
func TestTableFoundUnderOtherTitle(t *testing.T) {
	missing := func(k accounts.TableKind) fiscal.Finding {
		return ruleSections.Finding(fiscal.Where{Part: k.Title()}, "the report has no %s", k.Title())
	}
	r := &Result{Kind: KindFinal, Document: &disclosure.Document{Year: 2024},
		Findings: []fiscal.Finding{missing(accounts.KindSummary), missing(accounts.KindIncome)}}
	r.Coverage.note(reader.TableCoverage{Profile: "final.summary", Title: "收入支出决算表", Found: true, Line: 120, Reason: "no row of it could be read"})
	sev := map[string]fiscal.Severity{}
	for _, f := range r.Check(disclosure.CheckOptions{}) {
		if f.Rule == ruleSections.ID {
			sev[f.Where.Part] = f.Severity
		}
	}
	assert.Equal(t, fiscal.SeverityInfo, sev[accounts.KindSummary.Title()])
	assert.Equal(t, fiscal.SeverityError, sev[accounts.KindIncome.Title()])
}
