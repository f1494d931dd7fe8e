package accounts

import (
	"strings"

	"github.com/cnfiscal/fiscal/classify"
)

// normalizeTitle folds a printed title or label for comparison: width,
// parentheses and spaces do not matter, and “三公” quotes are dropped.
func normalizeTitle(s string) string {
	n := classify.NormalizeName(s)
	return strings.NewReplacer("“", "", "”", "", "\"", "", "明细", "").Replace(n)
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
