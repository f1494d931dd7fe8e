package perf

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// lookupUnitByTables is lookupUnit by the tables moneyUnits and
// durationUnits (the second method unit_test.go compares it with).
func lookupUnitByTables(u string) unitInfo {
	if u == "" {
		return unitInfo{measure: MeasureNone, factor: 1}
	}
	for _, m := range moneyUnits {
		if u == m.text {
			return unitInfo{measure: MeasureMoney, base: "yuan", factor: m.factor}
		}
	}
	switch u {
	case "%", "％":
		return unitInfo{measure: MeasurePercent, base: "%", factor: 1}
	case "℃", "摄氏度", "°C", "°c", "度C":
		return unitInfo{measure: MeasureTemperature, base: "℃", factor: 1}
	}
	for _, d := range durationUnits {
		if u == d.text {
			return unitInfo{measure: MeasureDuration, base: d.base, factor: d.factor}
		}
	}
	return unitInfo{measure: MeasureCount, base: foldWidth(u), factor: 1}
}

// TestLookupUnit compares the switch of lookupUnit with the tables of
// units, for every unit of the tables and a few counts.
func TestLookupUnit(t *testing.T) {
	units := []string{"", "%", "％", "℃", "摄氏度", "°C", "°c", "度C", "次", "个", "万条", "Ｍｂｐｓ", "‰", "人次", "元元"}
	for _, m := range moneyUnits {
		units = append(units, m.text)
	}
	for _, d := range durationUnits {
		units = append(units, d.text)
	}
	for _, u := range units {
		assert.Equal(t, lookupUnitByTables(u), lookupUnit(u), "%q", u)
	}
	assert.Equal(t, unitInfo{measure: MeasureCount, base: "Mbps", factor: 1}, lookupUnit("Ｍｂｐｓ"))
	assert.Equal(t, unitInfo{measure: MeasureMoney, base: "yuan", factor: 10_000}, lookupUnit("万元"))
	assert.Equal(t, unitInfo{measure: MeasureDuration, base: "month", factor: 12}, lookupUnit("年"))
}
