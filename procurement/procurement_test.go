package procurement_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func w(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }

func pct(s string) *fiscal.Percent {
	p, err := fiscal.ParsePercent(s)
	if err != nil {
		panic(err)
	}
	return &p
}

func rules(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestDayeProcurement(t *testing.T) {
	s := daye2024.Procurement()
	fs := s.Check(fiscal.Where{Part: "情况说明", Line: 1743})
	// 3846.29 = 30.31 + 20.9 + 3795.08 exactly; SME 0 of 3846.29 = 0%. The
	// one thing to note: 授予小微企业合同金额 占 授予中小企业合同金额 is 0/0,
	// printed 0%.
	require.Len(t, fs, 1)
	assert.Equal(t, "proc.share", fs[0].Rule)
	assert.Equal(t, fiscal.SeverityInfo, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "denominator is 0")
	assert.Equal(t, "授予小微企业合同金额占授予中小企业合同金额", fs[0].Where.Row)

	shares := s.Shares()
	require.Len(t, shares, 3)
	assert.Equal(t, procurement.OfTotal, shares[0].Denominator)
	assert.Equal(t, "0", shares[0].Value.Percent(2).String())
	assert.ErrorIs(t, shares[2].Err, fiscal.ErrDivisionByZero, "小微 over 中小企业 with no SME awards")
	assert.Equal(t, "授予中小企业合同金额", shares[2].Denominator.String())
}

func TestProcurementChecks(t *testing.T) {
	base := func() procurement.Summary {
		// By hand: 100.00 + 50.00 + 250.00 = 400.00; SME 200.00 = 50%; micro
		// 150.00 = 37.5% of the total, 75% of SME.
		return procurement.Summary{Goods: w("100.00"), Works: w("50.00"), Services: w("250.00"), Total: w("400.00"),
			SME: w("200.00"), Micro: w("150.00"), SMEShare: pct("50%"), MicroShareOfTotal: pct("37.5%"), MicroShareOfSME: pct("75%"),
			Unit: fiscal.WanYuan, Decimals: 2}
	}
	assert.Empty(t, base().Check(fiscal.Where{}), "pass")

	cases := []struct {
		name   string
		change func(*procurement.Summary)
		want   []string
	}{
		{"total", func(s *procurement.Summary) {
			s.Total = w("401.00")
			s.SMEShare = pct("49.9%")
			s.MicroShareOfTotal = pct("37.4%")
		}, []string{"proc.total"}},
		{"micro above SME", func(s *procurement.Summary) {
			s.Micro = w("210.00")
			s.MicroShareOfTotal = pct("52.5%")
			s.MicroShareOfSME = pct("105%")
		}, []string{"proc.bounds"}},
		{"SME above total", func(s *procurement.Summary) {
			s.SME = w("500.00")
			s.SMEShare = pct("125%")
			s.MicroShareOfSME = pct("30%")
		}, []string{"proc.bounds"}},
		{"wrong share", func(s *procurement.Summary) { s.SMEShare = pct("5%") }, []string{"proc.share"}},
		{"share within rounding", func(s *procurement.Summary) { s.MicroShareOfTotal = pct("37.49%") }, []string{"proc.share"}},
		{"goods SME", func(s *procurement.Summary) { s.GoodsSME = w("120.00") }, []string{"proc.bounds"}},
		{"reservation", func(s *procurement.Summary) {
			s.Reserved = &procurement.Reservation{ReservedSME: w("10.00"), ReservedMicro: w("12.00")}
		}, []string{"proc.reservation"}},
	}
	for _, c := range cases {
		s := base()
		c.change(&s)
		fs := s.Check(fiscal.Where{})
		assert.Equal(t, c.want, rules(fs), c.name)
	}
	s := base()
	s.MicroShareOfTotal = pct("37.49%")
	fs := s.Check(fiscal.Where{})
	require.Len(t, fs, 1)
	// 150.00/400.00 = 37.50%; inputs off by 0.005 give 149.995/400.005 =
	// 37.498% up to 150.005/399.995 = 37.502%: 37.49% is not reachable.
	assert.False(t, fs[0].WithinRounding)

	// Absent: nothing printed, nothing to check.
	assert.Empty(t, procurement.Summary{}.Check(fiscal.Where{}))
	// Absent parts with a total: compared with zero.
	fs = procurement.Summary{Total: w("1.00")}.Check(fiscal.Where{})
	assert.Equal(t, []string{"proc.total"}, rules(fs))
}
