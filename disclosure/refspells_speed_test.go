package disclosure

import (
	"math/rand/v2"
	"testing"

	"github.com/cnfiscal/fiscal/threepublic"
	"github.com/stretchr/testify/require"
)

// TestRefSpells checks countAmount's comparison of refs by their fields
// against the comparison of their strings it replaces, on random refs of
// every kind (randomRef) and on part refs that spell the fields looked for,
// wrongly spaced ones among them.
func TestRefSpells(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 6))
	fields := []string{threepublic.Abroad.String(), threepublic.VehiclePurchase.String(), threepublic.VehicleOperation.String(),
		threepublic.Reception.String(), "公务用车运行费", "合计", "a b"}
	matched := 0
	for range 200_000 {
		field := fields[rng.IntN(len(fields))]
		want := []byte(string(PartThreePublic) + " 决算数/" + field)
		var alt []byte
		if rng.IntN(3) == 0 {
			alt = []byte(string(PartThreePublic) + " 决算数/公务用车运行费")
		}
		of := randomRef(rng, 0)
		if rng.IntN(2) == 0 {
			parts := []Part{PartThreePublic, "三公 决算数", "三", PartProcurement}
			of = Ref{Part: parts[rng.IntN(len(parts))], Field: []string{"决算数/" + field, "决算数/" + fields[rng.IntN(len(fields))], field, ""}[rng.IntN(4)]}
		}
		noTable := oneSpace(want) && (alt == nil || oneSpace(alt))
		s := of.String()
		expect := s == string(want) || (alt != nil && s == string(alt))
		var buf [128]byte
		require.Equal(t, expect, refSpells(of, want, alt, noTable, buf[:0]), "%q against %q / %q", s, want, alt)
		if expect {
			matched++
		}
	}
	require.Greater(t, matched, 5_000) // the cases that match are tried, not only those that do not
}
