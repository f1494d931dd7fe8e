package wordtext

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/stretchr/testify/require"
)

// TestFoldShortcut checks fold, which skips the digit replacer on a text
// without a full-width digit, against the replacer alone, and that the
// words the fact readers look for are in a line exactly when they are in
// its fold (they test the line before folding it).
func TestFoldShortcut(t *testing.T) {
	pieces := []string{"０", "９", "１２", "3", " ", "\u3000", "团组", "团", "组", "辆", "人次", "外宾", "外事", "机关运行经费",
		"\xef\xbc", "\xef\xbc\x8c", "，", "\xef", "\xff", "接待"}
	words := []string{"团组", "辆", "人次", "外宾", "外事", "机关运行经费"}
	rng := rand.New(rand.NewPCG(15, 26))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		f := fold(s)
		require.Equal(t, digitFolder.Replace(text.Trim(s)), f, "%q", s)
		for _, w := range words {
			require.Equal(t, strings.Contains(s, w), strings.Contains(f, w), "%q %q", s, w)
		}
	}
}
