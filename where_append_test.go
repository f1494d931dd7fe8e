package fiscal

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// whereString is Where.String as it was written before Where.Append: the
// parts joined by strings.Join, the line and the text by fmt.
func whereString(w Where) string {
	w = w.bounded()
	var parts []string
	for _, p := range []string{w.Part, w.Table, w.Row, w.Column} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	s := strings.Join(parts, " / ")
	if w.Line > 0 {
		s += fmt.Sprintf(" (line %d)", w.Line)
	}
	if w.Text != "" {
		s += fmt.Sprintf(" %q", w.Text)
	}
	return s
}

// TestWhereAppend compares Where.String and Where.Append with the
// string spelled by fmt, on random locations: empty and long parts, lines
// and texts with quotes, control characters and invalid UTF-8.
func TestWhereAppend(t *testing.T) {
	texts := []string{"", "情况说明", "收入支出决算总表", "本年收入合计", "决算数", "\"引号\"", "a\tb\n", "\xff\xfe", "“三公”",
		strings.Repeat("长", 250), "2010301"}
	rng := rand.New(rand.NewPCG(15, 71))
	for range 50_000 {
		w := Where{Part: texts[rng.IntN(len(texts))], Table: texts[rng.IntN(len(texts))], Row: texts[rng.IntN(len(texts))],
			Column: texts[rng.IntN(len(texts))], Text: texts[rng.IntN(len(texts))], Line: rng.IntN(3) * rng.IntN(5000)}
		want := whereString(w)
		require.Equal(t, want, w.String(), "%#v", w)
		prefix := []byte("前缀")
		require.Equal(t, "前缀"+want, string(w.Append(prefix)), "%#v", w)
	}
}

// TestSprintfShortcuts compares sprintf with fmt.Sprintf on the messages
// it gives as they are and on others around them.
func TestSprintfShortcuts(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"one cell spans 年初目标值 and 实际完成值", nil},
		{"", nil},
		{"100%% done", nil},
		{"%d left", nil},
		{"%s", []any{"目标值不可能"}},
		{"%s", []any{""}},
		{"%s", []any{42}},
		{"%s", []any{fmt.Stringer(Where{Part: "表"})}},
		{"%q", []any{"x"}},
		{"%s %s", []any{"a", "b"}},
		{"%s", []any{"a", "b"}},
		{"%s", nil},
	} {
		require.Equal(t, fmt.Sprintf(c.format, c.args...), sprintf(c.format, c.args), "%q %v", c.format, c.args)
	}
}
