package accounts_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/accounts"
)

// TestRuleIDConstants checks that the exported rule IDs and the rules the
// package lists are the same set, each once, and that every ID is in the
// package's "acc." namespace.
func TestRuleIDConstants(t *testing.T) {
	consts := []string{
		accounts.RuleStructureCode,
		accounts.RuleStructureOrphan,
		accounts.RuleStructureDuplicate,
		accounts.RuleStructureUnknown,
		accounts.RuleStructureName,
		accounts.RuleStructureEmpty,
		accounts.RuleSummaryIncomeTotal,
		accounts.RuleSummaryExpenditureTotal,
		accounts.RuleSummaryIncomeGrandTotal,
		accounts.RuleSummaryExpenditureGrandTotal,
		accounts.RuleSummaryBalance,
		accounts.RuleIncomeRow,
		accounts.RuleIncomeHierarchy,
		accounts.RuleIncomeTotal,
		accounts.RuleExpenditureRow,
		accounts.RuleExpenditureHierarchy,
		accounts.RuleExpenditureTotal,
		accounts.RuleAppropriationIncomeTotal,
		accounts.RuleAppropriationOpening,
		accounts.RuleAppropriationIncomeGrandTotal,
		accounts.RuleAppropriationRow,
		accounts.RuleAppropriationExpenditureTotal,
		accounts.RuleAppropriationClosing,
		accounts.RuleAppropriationExpenditureGrandTotal,
		accounts.RuleAppropriationBalance,
		accounts.RuleAppropriationFundBalance,
		accounts.RuleGeneralRow,
		accounts.RuleGeneralHierarchy,
		accounts.RuleGeneralTotal,
		accounts.RuleBasicHierarchy,
		accounts.RuleBasicPersonnel,
		accounts.RuleBasicPublic,
		accounts.RuleGovFundRow,
		accounts.RuleGovFundBalance,
		accounts.RuleGovFundHierarchy,
		accounts.RuleGovFundTotal,
		accounts.RuleStateCapitalRow,
		accounts.RuleStateCapitalBalance,
		accounts.RuleStateCapitalHierarchy,
		accounts.RuleStateCapitalTotal,
		accounts.RuleCrossSummaryIncome,
		accounts.RuleCrossSummaryExpenditure,
		accounts.RuleCrossSummaryAppropriation,
		accounts.RuleCrossIncomeAppropriation,
		accounts.RuleCrossAppropriationGeneral,
		accounts.RuleCrossAppropriationGovFund,
		accounts.RuleCrossAppropriationStateCapital,
		accounts.RuleCrossGeneralBasic,
		accounts.RuleLedgerBalance,
		accounts.RuleLedgerFundBalance,
		accounts.RuleLedgerEconomic,
		accounts.RuleLedgerNature,
	}
	seen := map[string]bool{}
	for _, c := range consts {
		require.False(t, seen[c], "constant %q twice", c)
		seen[c] = true
		assert.True(t, strings.HasPrefix(c, "acc."), c)
	}
	var ids []string
	for _, r := range accounts.Rules() {
		ids = append(ids, r.ID)
	}
	assert.ElementsMatch(t, consts, ids)
}
