package accounts

import "slices"

// StandardColumns returns the columns a table of kind k prints on side s
// in the national template (and Hubei's 公开01–公开08, which print the same
// columns except that its 国有资本经营 table prints only 本年支出).
func StandardColumns(k TableKind, s Side) []Column {
	return slices.Clone(standardColumns(k, s))
}

// The standard columns, read-only: standardColumns hands out slices of
// these arrays, which no caller may modify.
var (
	colsAmount        = [...]Column{ColAmount}
	colsIncome        = [...]Column{ColTotal, ColAppropriation, ColSuperior, ColBusiness, ColOperating, ColAffiliated, ColOtherIncome}
	colsExpenditure   = [...]Column{ColTotal, ColBasic, ColProject, ColRemitted, ColOperatingExp, ColSubsidiary}
	colsApExpenditure = [...]Column{ColTotal, ColGeneral, ColGovFund, ColStateCapital}
	colsGeneral       = [...]Column{ColTotal, ColBasic, ColProject}
	colsFund          = [...]Column{ColOpening, ColIncome, ColExpenditure, ColBasic, ColProject, ColClosing}
)

// standardColumns is [StandardColumns] without the copy, for the checks.
func standardColumns(k TableKind, s Side) []Column {
	switch k {
	case KindSummary:
		if s == SideIncome || s == SideExpenditure {
			return colsAmount[:]
		}
	case KindIncome:
		return colsIncome[:]
	case KindExpenditure:
		return colsExpenditure[:]
	case KindAppropriationSummary:
		switch s {
		case SideIncome:
			return colsAmount[:]
		case SideExpenditure:
			return colsApExpenditure[:]
		}
	case KindGeneralBudget:
		return colsGeneral[:]
	case KindBasicExpenditure:
		return colsAmount[:]
	case KindGovFund, KindStateCapital:
		return colsFund[:]
	}
	return nil
}

// HubeiStateCapitalColumns are the columns of Hubei's 公开08
// 国有资本经营预算财政拨款支出决算表: 本年支出 合计, 基本支出, 项目支出.
func HubeiStateCapitalColumns() map[Side][]Column {
	return map[Side][]Column{SideMain: {ColExpenditure, ColBasic, ColProject}}
}

// Sides returns the sides of a kind: income and expenditure for the two
// summary tables, the main side for the others.
func Sides(k TableKind) []Side {
	if k == KindSummary || k == KindAppropriationSummary {
		return []Side{SideIncome, SideExpenditure}
	}
	return []Side{SideMain}
}
