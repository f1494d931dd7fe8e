package accounts_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/stretchr/testify/require"
)

// FuzzReadLedgersCSV: any input gives ledgers or a *LedgerFileError, never
// a panic; ledgers read are written and read back equal.
func FuzzReadLedgersCSV(f *testing.F) {
	f.Add([]byte(handCSV))
	f.Add([]byte("department,entity,entity_type,entry,source,function,amount\n甲,甲本级,行政,income,general,2010101,1.00\n"))
	f.Add([]byte("entry\n"))
	f.Add([]byte("\xef\xbb\xbfentry,amount\nsurplus_used,1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ls, err := accounts.ReadLedgersCSV(bytes.NewReader(data), accounts.LedgerReadOptions{Department: "默认"})
		if err != nil {
			var fe *accounts.LedgerFileError
			require.True(t, errors.As(err, &fe), "%T %v", err, err)
			return
		}
		var buf bytes.Buffer
		if err := accounts.WriteLedgersCSV(&buf, ls); err != nil {
			return // units of one name written twice: refused, not corrupted
		}
		back, err := accounts.ReadLedgersCSV(bytes.NewReader(buf.Bytes()), accounts.LedgerReadOptions{Department: "默认"})
		require.NoError(t, err)
		var nonEmpty []*accounts.Ledger
		for _, l := range ls {
			if in, ex, bal := l.Len(); in+ex+bal > 0 || len(l.Entities()) > 0 || !l.NonAppropriationSurplusUsed().IsZero() || !l.SurplusDistribution().IsZero() {
				nonEmpty = append(nonEmpty, l)
			}
		}
		require.Len(t, back, len(nonEmpty))
		for i := range back {
			require.Equal(t, viewOf(nonEmpty[i]).Income, viewOf(back[i]).Income)
			require.Equal(t, viewOf(nonEmpty[i]).Expenses, viewOf(back[i]).Expenses)
			require.Equal(t, viewOf(nonEmpty[i]).Entities, viewOf(back[i]).Entities)
		}
	})
}
