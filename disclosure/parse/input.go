package parse

import (
	"fmt"

	"github.com/cnfiscal/fiscal/reader/input"
)

// decodeInput is the first step of [Parse]: it decodes and normalises the
// input once with [input.Decode] under [input.DefaultLimits], and refuses
// HTML (not read here), text that is not a fiscal report
// ([input.LooksLikeFiscalReport]) and a government's whole accounts
// ([governmentAccounts]). Its errors are [*input.NotReadableError]
// values (wrapped), so they match [ErrUnusable] and [input.ErrNotReadable].
func decodeInput(data []byte) ([]byte, error) {
	text, info, err := input.Decode(data, input.DefaultLimits())
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	switch info.Format {
	case input.FormatHTML:
		return nil, fmt.Errorf("parse: %w", input.NotReadable(input.ReasonUnsupported, "an HTML page: save its text first"))
	case input.FormatText:
		if !input.LooksLikeFiscalReport(text) {
			return nil, fmt.Errorf("parse: %w", input.NotReadable(input.ReasonNotReport, "it names no 决算 or 预算, 收入 or 支出, amounts or codes"))
		}
		if err := governmentAccounts(text); err != nil {
			return nil, err
		}
	}
	return text, nil
}
