package accounts

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/cnfiscal/fiscal"
)

// ledgerJSON is the JSON form of a ledger. Codes, sources, natures and
// types are text; amounts are decimal strings in 元 (a JSON number is
// accepted when it is an exact number of fen); units are named.
type ledgerJSON struct {
	Department          string          `json:"department"`
	Year                int             `json:"year,omitempty"`
	Entities            []entityJSON    `json:"entities"`
	Income              []entryJSON     `json:"income,omitempty"`
	Expenses            []entryJSON     `json:"expenses,omitempty"`
	Balances            []entryJSON     `json:"balances,omitempty"`
	SurplusUsed         json.RawMessage `json:"non_appropriation_surplus_used,omitempty"`
	SurplusDistribution json.RawMessage `json:"surplus_distribution,omitempty"`
}

type entityJSON struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// entryJSON is an income, expense or balance entry; fields that do not
// apply to the kind are left out.
type entryJSON struct {
	Entity   string          `json:"entity"`
	Source   string          `json:"source"`
	Function string          `json:"function"`
	Economic string          `json:"economic,omitempty"`
	Nature   string          `json:"nature,omitempty"`
	Amount   json.RawMessage `json:"amount,omitempty"`
	Opening  json.RawMessage `json:"opening,omitempty"`
	Closing  json.RawMessage `json:"closing,omitempty"`
}

// WriteLedgerJSON writes a ledger as indented JSON:
//
//	{"department": "…", "year": 2024,
//	 "entities": [{"name": "…", "type": "行政单位"}],
//	 "income":   [{"entity": "…", "source": "一般公共预算财政拨款", "function": "2010101", "amount": "1000.00"}],
//	 "expenses": [{"entity": "…", "source": "…", "function": "…", "economic": "30101", "nature": "基本支出-人员经费", "amount": "…"}],
//	 "balances": [{"entity": "…", "source": "…", "function": "…", "opening": "…", "closing": "…"}],
//	 "non_appropriation_surplus_used": "…", "surplus_distribution": "…"}
//
// Amounts are decimal strings in 元. Units must have unique, non-empty
// names (entries name their unit).
func WriteLedgerJSON(w io.Writer, l *Ledger) error {
	b, err := l.MarshalJSON()
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err = w.Write(out.Bytes())
	return err
}

// MarshalJSON implements [json.Marshaler] with the form [WriteLedgerJSON]
// documents (compact).
func (l *Ledger) MarshalJSON() ([]byte, error) {
	names, err := entityNames(l)
	if err != nil {
		return nil, err
	}
	amt := func(a fiscal.Amount) json.RawMessage { return json.RawMessage(strconv.Quote(a.String())) }
	j := ledgerJSON{Department: l.Department, Year: l.Year, Entities: []entityJSON{}}
	for _, e := range l.Entities() {
		j.Entities = append(j.Entities, entityJSON{Name: e.Name, Type: e.Type.String()})
	}
	for in := range l.Incomes() {
		j.Income = append(j.Income, entryJSON{Entity: names[in.Entity], Source: in.Source.String(), Function: in.Function.String(), Amount: amt(in.Amount)})
	}
	for e := range l.Expenses() {
		ec := ""
		if e.Economic.Valid() {
			ec = e.Economic.String()
		}
		j.Expenses = append(j.Expenses, entryJSON{Entity: names[e.Entity], Source: e.Source.String(), Function: e.Function.String(),
			Economic: ec, Nature: e.Nature.String(), Amount: amt(e.Amount)})
	}
	for b := range l.Balances() {
		j.Balances = append(j.Balances, entryJSON{Entity: names[b.Entity], Source: b.Source.String(), Function: b.Function.String(),
			Opening: amt(b.Opening), Closing: amt(b.Closing)})
	}
	if a := l.NonAppropriationSurplusUsed(); !a.IsZero() {
		j.SurplusUsed = amt(a)
	}
	if a := l.SurplusDistribution(); !a.IsZero() {
		j.SurplusDistribution = amt(a)
	}
	buf := &bytes.Buffer{}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads the form
// [WriteLedgerJSON] writes, replacing the ledger's contents.
func (l *Ledger) UnmarshalJSON(b []byte) error {
	v, err := ReadLedgerJSON(bytes.NewReader(b), LedgerReadOptions{})
	if err != nil {
		return err
	}
	*l = *v
	return nil
}

// ReadLedgerJSON reads a ledger in the form [WriteLedgerJSON] writes.
// Unknown fields are errors. Errors are [*LedgerFileError]s: a syntax error
// names the line; a bad value names the array ("income", "expenses",
// "balances", "entities"), the 1-based element and the field.
// opt.Department and opt.Year apply when the file leaves them out.
func ReadLedgerJSON(r io.Reader, opt LedgerReadOptions) (*Ledger, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &LedgerFileError{File: opt.File, Err: err}
	}
	var j ledgerJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return nil, jsonErr(opt, data, err)
	}
	if dec.More() {
		return nil, &LedgerFileError{File: opt.File, Row: lineAt(data, dec.InputOffset()), Err: shapeErr("data after the ledger object")}
	}
	dept := j.Department
	if dept == "" {
		dept = opt.Department
	}
	b := newLedgerBuilder(dept, opt)
	if j.Year != 0 {
		b.l.Year = j.Year
	}
	for i, e := range j.Entities {
		r := jsonRecord("entities", i, map[string]string{fieldEntity: e.Name, fieldEntityType: e.Type})
		if _, dup := b.entities[e.Name]; dup {
			return nil, r.err(opt, fieldEntity, shapeErr("unit %q is listed twice", e.Name))
		}
		if err := b.add(r, entryEntity); err != nil {
			return nil, err
		}
	}
	for _, part := range []struct {
		name, entry string
		list        []entryJSON
	}{{"income", entryIncome, j.Income}, {"expenses", entryExpense, j.Expenses}, {"balances", entryBalance, j.Balances}} {
		for i, e := range part.list {
			r := jsonRecord(part.name, i, map[string]string{fieldEntity: e.Entity, fieldSource: e.Source, fieldFunction: e.Function,
				fieldEconomic: e.Economic, fieldNature: e.Nature, fieldAmount: rawText(e.Amount), fieldOpening: rawText(e.Opening),
				fieldClosing: rawText(e.Closing)})
			if _, known := b.entities[e.Entity]; !known {
				return nil, r.err(opt, fieldEntity, shapeErr("no such unit in entities"))
			}
			if err := b.add(r, part.entry); err != nil {
				return nil, err
			}
		}
	}
	for _, s := range []struct {
		field, entry string
		raw          json.RawMessage
	}{{"non_appropriation_surplus_used", entrySurplusUsed, j.SurplusUsed}, {"surplus_distribution", entrySurplusDist, j.SurplusDistribution}} {
		if len(s.raw) == 0 {
			continue
		}
		r := &record{row: 0, fields: map[string]string{fieldAmount: rawText(s.raw)}, cols: map[string]string{fieldAmount: s.field}}
		if err := b.add(r, s.entry); err != nil {
			return nil, err
		}
	}
	return b.l, nil
}

func jsonRecord(array string, i int, fields map[string]string) *record {
	cols := map[string]string{fieldEntity: "entity", fieldEntityType: "type", fieldSource: "source", fieldFunction: "function",
		fieldEconomic: "economic", fieldNature: "nature", fieldAmount: "amount", fieldOpening: "opening", fieldClosing: "closing"}
	if array == "entities" {
		cols[fieldEntity] = "name"
	}
	return &record{sheet: array, row: i + 1, fields: fields, cols: cols}
}

// rawText returns a JSON string's text, or a JSON number's digits as
// written (never through a float); null and absent give "".
func rawText(raw json.RawMessage) string {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 || bytes.Equal(t, []byte("null")) {
		return ""
	}
	if t[0] == '"' {
		var s string
		if json.Unmarshal(t, &s) == nil {
			return s
		}
	}
	return string(t)
}

func jsonErr(opt LedgerReadOptions, data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &LedgerFileError{File: opt.File, Row: lineAt(data, se.Offset), Err: err}
	case errors.As(err, &te):
		return &LedgerFileError{File: opt.File, Row: lineAt(data, te.Offset), Column: te.Field, Err: err}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &LedgerFileError{File: opt.File, Err: shapeErr("empty or truncated JSON")}
	}
	return &LedgerFileError{File: opt.File, Err: err}
}

// lineAt returns the 1-based line of a byte offset.
func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}
