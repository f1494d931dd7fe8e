package disclosure

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/require"
)

// refStringJoined is Ref.String as it was written before appendString:
// strings joined by +, each code spelled by Code.String.
func refStringJoined(r Ref) string {
	switch {
	case r.Table != 0:
		var key string
		switch {
		case r.Function.Valid():
			key = r.Function.String()
		case r.Economic.Valid():
			key = r.Economic.String()
		case r.Item != 0:
			key = r.Item.Name()
			if r.Under != 0 {
				key = r.Under.Name() + "/" + key
			}
		}
		if r.Side != accounts.SideMain {
			key = r.Side.String() + "/" + key
		}
		return r.Table.Title() + " " + key + " " + r.Column.Name()
	case r.Part != "":
		return string(r.Part) + " " + r.Field
	case r.Printed != nil:
		return "printed " + r.Printed.Format(fiscal.Format{Unit: fiscal.WanYuan, Decimals: r.Decimals})
	case len(r.Sum) > 0:
		var parts []string
		for _, s := range r.Sum {
			parts = append(parts, refStringJoined(s))
		}
		return strings.Join(parts, " + ")
	}
	return ""
}

func randomRef(rng *rand.Rand, depth int) Ref {
	fns := []string{"201", "20103", "2010301", "229", "2299999", "208"}
	ecs := []string{"301", "30101", "302", "30299", "310"}
	var r Ref
	switch rng.IntN(5) {
	case 0, 1:
		r.Table = accounts.TableKind(rng.IntN(10))
		r.Side = accounts.Side(rng.IntN(3))
		r.Column = accounts.Column(rng.IntN(30))
		switch rng.IntN(4) {
		case 0:
			r.Function = classify.MustParse[classify.FunctionKind](fns[rng.IntN(len(fns))])
		case 1:
			r.Economic = classify.MustParse[classify.EconomicKind](ecs[rng.IntN(len(ecs))])
		case 2:
			r.Item, r.Under = accounts.Item(rng.IntN(25)), accounts.Item(rng.IntN(3)*rng.IntN(25))
		}
	case 2:
		r.Part, r.Field = []Part{PartThreePublic, PartProcurement, "其他"}[rng.IntN(3)], []string{"", "合计", "预算数/合计"}[rng.IntN(3)]
	case 3:
		a := fiscal.Fen(rng.Int64N(2_000_000_000) - 1_000_000_000)
		r.Printed, r.Decimals = &a, rng.IntN(4)
	case 4:
		if depth < 2 {
			for range rng.IntN(4) {
				r.Sum = append(r.Sum, randomRef(rng, depth+1))
			}
		}
	}
	return r
}

// TestRefStringAppended checks Ref.String, now appended into one buffer,
// against the joined strings it replaces, on random refs of every kind.
func TestRefStringAppended(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 4))
	for range 50_000 {
		r := randomRef(rng, 0)
		require.Equal(t, refStringJoined(r), r.String(), "%#v", r)
	}
}

// TestRepeatKeyDistinct checks that two repeat keys are equal exactly when
// their heading, line and ref string are.
func TestRepeatKeyDistinct(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 6))
	sections := []string{"", "1", "一、收入", "一、收入1", "1:"}
	type triple struct {
		section string
		line    int
		of      string
	}
	seen := map[string]triple{}
	for range 20_000 {
		tr := triple{sections[rng.IntN(len(sections))], rng.IntN(12) - 1, ""}
		r := randomRef(rng, 1)
		tr.of = r.String()
		k := string(appendRepeatKey(nil, tr.section, tr.line, &r))
		if old, ok := seen[k]; ok {
			require.Equal(t, old, tr, "key %q", k)
		}
		seen[k] = tr
	}
}

// TestQuoteStripShortcut checks stripQuotes and foldFunctionName, which
// skip their replacer on a text without quotation marks, against the
// replacers alone, on random texts.
func TestQuoteStripShortcut(t *testing.T) {
	pieces := []string{"“", "”", "\"", "‘", "’", "'", "一般公共服务", "支出", "（", "）", " ", "\u3000", "Ａ", "\xff"}
	all := strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "")
	double := strings.NewReplacer("“", "", "”", "", "\"", "")
	rng := rand.New(rand.NewPCG(15, 11))
	for range 30_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, all.Replace(s), stripQuotes(s), "%q", s)
		require.Equal(t, strings.TrimSuffix(double.Replace(classify.NormalizeName(s)), "支出"), foldFunctionName(s), "%q", s)
	}
}

// TestNamePrefixGuards checks stripNamePrefix against namePrefixRE alone,
// and printedLevels' test for a level marker against levelMarkerRE, on
// random names.
func TestNamePrefixGuards(t *testing.T) {
	pieces := []string{"1", "２", "、", ".", "．", ")", "）", "（", "(", "一", "十", "其中", "：", "主要用于", "用于", "包括",
		"一般公共服务", "支出", "类", "款", "项", "（类）", "(款)", "（项）", "行政运行", " ", "\xff"}
	rng := rand.New(rand.NewPCG(15, 19))
	stripped, marked := 0, 0
	for range 50_000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := namePrefixRE.ReplaceAllString(s, "")
		if want != s {
			stripped++
		}
		require.Equal(t, want, stripNamePrefix(s), "%q", s)
		if levelMarkerRE.MatchString(s) {
			marked++
			require.True(t, strings.ContainsAny(s, "类款项"), "%q", s)
		}
	}
	require.Greater(t, stripped, 5_000)
	require.Greater(t, marked, 1_000)
}
