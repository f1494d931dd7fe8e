package parse

import (
	"archive/zip"
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/reader/input"
)

// mayHavePlaceholderByRunes is mayHavePlaceholder as it was written before
// it tested bytes: rune by rune. It is the reference the byte scan is
// tested against.
func mayHavePlaceholderByRunes(t string) bool {
	for i := 0; i < len(t); {
		c := t[i]
		if c < 0x80 {
			if c == 'X' || c == ')' && endsWithChangeWord(t[:i]) {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		switch r {
		case 'Ｘ', '×', '…':
			return true
		case '某':
			if strings.HasPrefix(t[i+size:], "某") {
				return true
			}
		case '。':
			if strings.HasPrefix(t[i+size:], "。。") {
				return true
			}
		case '）':
			if endsWithChangeWord(t[:i]) {
				return true
			}
		case '如':
			if strings.HasPrefix(t[i:], "如持平作持平表述") {
				return true
			}
		case '不':
			if strings.HasPrefix(t[i:], "不涉及的不列") {
				return true
			}
		case '按':
			if strings.HasPrefix(t[i:], "按上述格式依次说明") {
				return true
			}
		}
		i += size
	}
	return false
}

// noneHeadRE is what holdsNone looks for: 无 or 没有 and the start of
// what noneRE names after it.
var noneHeadRE = regexp.MustCompile(`(?:无|没有)(?:“?三公|政府性基金预算财政拨款|国有资本经营预算财政拨款)`)

// TestPlaceholderBytes compares the byte scan of mayHavePlaceholder with
// the rune scan, and holdsNone with its two searches, on random lines of
// the guards' fragments, cut bytes and invalid UTF-8 among them.
func TestPlaceholderBytes(t *testing.T) {
	frags := append([]string{"\xe4", "\xef\xbc", "\xbc\xb8", "\xe6\x9f", "\xff", "\xe6", "某某某", "。。。", "增长）", "增长)"}, textFragments...)
	rng := rand.New(rand.NewPCG(15, 10))
	found, none := 0, 0
	for range 300_000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		want := mayHavePlaceholderByRunes(s)
		require.Equal(t, want, mayHavePlaceholder(s), "%q", s)
		if want {
			found++
		}
		wantNone := noneHeadRE.MatchString(s)
		require.Equal(t, wantNone, holdsNone(s), "%q", s)
		if noneRE.MatchString(s) {
			require.True(t, wantNone, "%q", s)
		}
		if wantNone {
			none++
		}
	}
	require.Greater(t, found, 50_000)
	require.Greater(t, none, 10_000)
}

// TestPageNumberNeedsDigit checks that no line without a digit is a page
// number (the expression is no longer asked of one), on random short
// lines of the characters page numbers are printed with, and that lines
// with one still are.
func TestPageNumberNeedsDigit(t *testing.T) {
	frags := []string{"-", "—", "–", " ", "　", "第", "页", "共", "/", "P", "p", "age", "3", "１２", "２", "0", "9", "a", "一", "\xef\xbc"}
	rng := rand.New(rand.NewPCG(15, 11))
	pages := 0
	for range 300_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		if isPageNumber(s) {
			pages++
			require.True(t, holdsDigit(s), "%q", s)
		}
	}
	require.Greater(t, pages, 1_000)
	for _, s := range []string{"- 3 -", "第３页", "3/25", "Page 12", "第 1 页 共 25 页"} {
		require.True(t, holdsDigit(s) && isPageNumber(s), s)
	}
}

// TestPageNumberNeedsMark checks that every page number holds a mark
// mayBePageNumber looks for, on random short lines of dashes, slashes,
// 第/页/共, page, digits, full-width forms and quotes, and on the lines of
// the corpus's texts.
func TestPageNumberNeedsMark(t *testing.T) {
	frags := []string{"-", "—", "–", "－", "／", "﹣", " ", "　", "\t", "第", "页", "共", "/", "P", "p", "Ｐ", "ｐ", "age", "ＡＧＥ", "AGE",
		"3", "１２", "２", "0", "9", "“", "”", "'", "a", "\xef\xbc", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(15, 70))
	pages := 0
	for range 600_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		if isPageNumber(s) {
			pages++
			require.True(t, mayBePageNumber(s), "%q", s)
		}
	}
	require.Greater(t, pages, 1_000)
	files, _ := filepath.Glob(filepath.Join(corpustest.Dir(), "*.txt"))
	lines := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		for _, l := range text.Split(data) {
			if isPageNumber(l.Text) {
				lines++
				require.True(t, mayBePageNumber(l.Text), "%s: %q", name, l.Text)
			}
		}
	}
	t.Logf("%d random page numbers, %d in the corpus", pages, lines)
}

// TestMaySourceLikeSniff checks maySource against input.Sniff: an input
// maySource rejects is never one that parseSource reads (a DOCX, an XLSX,
// an HTML page), on random inputs of pages, zips, UTF-16 and GB18030
// pieces and bytes, and on the corpus.
func TestMaySourceLikeSniff(t *testing.T) {
	var zipped bytes.Buffer
	zw := zip.NewWriter(&zipped)
	for _, name := range []string{"word/document.xml", "xl/workbook.xml"} {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte("<x/>"))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	pieces := []string{"<html>", "<table>", "<p>", "<", " ", "\n", "\r\n", "\ufeff", "\u3000", "{", "决算", "收入支出决算总表", "2940.05",
		"\xff\xfe", "\xfe\xff", "<\x00h\x00t\x00m\x00l\x00>\x00", "\x00<\x00t\x00a\x00b\x00l\x00e\x00>", "\xbe\xf6\xcb\xe3", "\x3c",
		"PK\x03\x04", "PK", zipped.String(), "%PDF-", "\x00", "\x80", "\xe5\xa2"}
	rng := rand.New(rand.NewPCG(15, 63))
	sources, rejected := 0, 0
	for range 30_000 {
		var b []byte
		for range rng.IntN(8) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		f := input.Sniff(b)
		source := f == input.FormatDOCX || f == input.FormatXLSX || f == input.FormatHTML
		if source {
			sources++
			require.True(t, maySource(b), "%q: %v", b, f)
		}
		if !maySource(b) {
			rejected++
		}
	}
	t.Logf("%d of 30000 are sources, %d rejected", sources, rejected)
	require.Greater(t, sources, 2000)
	require.Greater(t, rejected, 5000)
	files, _ := filepath.Glob(filepath.Join(corpustest.Dir(), "*"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		f := input.Sniff(data)
		if f == input.FormatDOCX || f == input.FormatXLSX || f == input.FormatHTML {
			require.True(t, maySource(data), name)
		}
	}
}

// hasMarkPairBytes is hasMarkPair as it was before it skipped eight bytes
// at a time: byte by byte.
func hasMarkPairBytes(t string) bool {
	prev := -10
	for i := 0; i+3 <= len(t); {
		if c := t[i]; c != 0xE3 && c != 0xEF {
			i++
			continue
		}
		if isMark(t[i : i+3]) {
			if prev == i-3 {
				return true
			}
			prev = i
			i += 3
			continue
		}
		i++
	}
	return false
}

// TestMarkPairWords compares hasMarkPair with hasMarkPairBytes, and
// hasByte with a byte search, on random lines of marks, ideographs, the
// full-width space, cut bytes and ASCII, of every length and alignment.
func TestMarkPairWords(t *testing.T) {
	pieces := []string{"。", "，", "；", "、", "：", "！", "？", "经费", "支出", "\u3000", "（", "）", "a", "12", "\xe3", "\xef\xbc", "\x80", " "}
	rng := rand.New(rand.NewPCG(15, 82))
	pairs := 0
	for range 300_000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := hasMarkPairBytes(s)
		if want {
			pairs++
		}
		require.Equal(t, want, hasMarkPair(s), "%q", s)
		if len(s) >= 8 {
			i := rng.IntN(len(s) - 7)
			require.Equal(t, strings.IndexByte(s[i:i+8], 0xE3) >= 0 || strings.IndexByte(s[i:i+8], 0xEF) >= 0, markLeadIn8(s, i), "%q", s[i:i+8])
		}
	}
	require.Greater(t, pairs, 50_000)
	for b := range 256 {
		for k := range 8 {
			w := uint64(0x4242424242424242)&^(0xFF<<(8*k)) | uint64(b)<<(8*k)
			require.True(t, hasByte(w, byte(b)), "%x in %x", b, w)
			if c := byte(b) ^ 0x01; c != 0x42 {
				require.False(t, hasByte(w, c), "%x in %x", c, w)
			}
		}
	}
}
