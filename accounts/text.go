package accounts

import (
	"strings"

	"github.com/cnfiscal/fiscal/classify"
)

// normalizeTitle folds a printed title or label for comparison: width,
// parentheses and spaces do not matter, and “三公” quotes are dropped.
func normalizeTitle(s string) string {
	if plainTitle(s) {
		return s // nothing to fold: titles and labels are looked up line by line
	}
	return normalizeTitleFully(s)
}

func normalizeTitleFully(s string) string {
	return titleReplacer.Replace(classify.NormalizeName(s))
}

// plainTitle reports whether normalizeTitle leaves s as it is: s holds
// only printable ASCII other than the quotation mark, and well-formed CJK
// ideographs of U+4000–U+9FFF (which width folding leaves alone), and not
// 明细.
func plainTitle(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < 0x80:
			if c <= ' ' || c == '"' || c == 0x7F {
				return false
			}
			i++
		case c >= 0xE4 && c <= 0xE9:
			if i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
				return false
			}
			i += 3
		default:
			return false
		}
	}
	return !strings.Contains(s, "明细")
}

// titleReplacer is read-only after initialisation (a strings.Replacer is
// safe for concurrent use).
var titleReplacer = strings.NewReplacer("“", "", "”", "", "\"", "", "明细", "")

func contains(s, sub string) bool { return strings.Contains(s, sub) }
