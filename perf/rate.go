package perf

// IsRate reports whether the indicator is a rate that cannot exceed 100%:
// a satisfaction (满意度, 满意率), or a name with 率 other than a growth,
// change, completion or execution rate ([RuleTargetImpossible] asks it).
func (ind Indicator) IsRate() bool { return rateLike(&ind) }
