package accounts

import (
	"strings"

	"github.com/cnfiscal/fiscal/classify"
)

// normalizeTitle folds a printed title or label for comparison: width,
// parentheses and spaces do not matter, and “三公” quotes are dropped.
func normalizeTitle(s string) string {
	return titleReplacer.Replace(classify.NormalizeName(s))
}

// titleReplacer is read-only after initialisation (a strings.Replacer is
// safe for concurrent use).
var titleReplacer = strings.NewReplacer("“", "", "”", "", "\"", "", "明细", "")

func contains(s, sub string) bool { return strings.Contains(s, sub) }
