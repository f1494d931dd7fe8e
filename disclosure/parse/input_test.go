package parse_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// asDecoded rewrites, in place, every exported string reachable from v
// the way input.Decode normalises a text: the full-width ％ becomes %. The
// typed documents keep the report's text verbatim; the parser reads it
// after decoding.
func asDecoded(v any) { percentASCII(reflect.ValueOf(v)) }

func percentASCII(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			percentASCII(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				percentASCII(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			percentASCII(v.Index(i))
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(strings.ReplaceAll(v.String(), "％", "%"))
		}
	}
}

// TestParseNotReadable: what Parse refuses on decoding is a
// *input.NotReadableError with its reason, and still ErrUnusable.
func TestParseNotReadable(t *testing.T) {
	for _, c := range []struct {
		name string
		data string
		want input.Reason
	}{
		{"empty", "", input.ReasonEmpty},
		{"white space", " \n\u3000\n", input.ReasonEmpty},
		{"binary", "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", input.ReasonBinary},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00", input.ReasonArchive},
		{"PDF", "%PDF-1.4\n", input.ReasonUnsupported},
		{"HTML, no report in it", "<html><body><table><tr><td>决算</td></tr></table></body></html>", input.ReasonNotReport},
		{"licence", "Licensed under the Apache License, Version 2.0 (the \"License\");\nyou may not use this file except in compliance with the License.\n", input.ReasonNotReport},
	} {
		_, err := parse.Parse([]byte(c.data))
		require.Error(t, err, c.name)
		assert.ErrorIs(t, err, parse.ErrUnusable, c.name)
		var nr *input.NotReadableError
		require.True(t, errors.As(err, &nr), "%s: %v", c.name, err)
		assert.Equal(t, c.want, nr.Reason, c.name)
	}
}
