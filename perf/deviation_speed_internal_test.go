package perf

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDeviationExplained: a form's 偏差原因 judged by DefaultExplained once,
// whatever the number of rows asking, with DefaultExplained's answer; a
// caller's judgement asked every time.
func TestDeviationExplained(t *testing.T) {
	for _, text := range []string{"", "无", "较好地完成了各项工作任务", "因疫情影响，部分培训延期", "无偏差。"} {
		d := deviation{text: text}
		var o CheckOptions
		for range 3 {
			require.Equal(t, DefaultExplained(text), d.explained(&o), text)
		}
		require.True(t, d.asked)
		calls := 0
		o.Explained = func(s string) bool { calls++; return s == text && text != "" }
		for range 3 {
			require.Equal(t, text != "", d.explained(&o), text)
		}
		require.Equal(t, 3, calls)
	}
}
