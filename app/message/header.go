package message

import (
	"strings"
	"unicode/utf8"
)

// Field is one header or trailer field line, with its name and value exactly
// as pasted after unfolding and trimming.
type Field struct {
	Name  string
	Value string
	Line  int
}

// Header is a list of fields in paste order; duplicates are kept.
type Header []Field

// Get returns the value of the first field named name (case-insensitive),
// or "" when there is none.
//
// Get, Lookup and All are called from dozens of places; kept out of line,
// they cost the web page one copy each instead of one per call.
//
//go:noinline
func (h Header) Get(name string) string {
	for _, f := range h {
		if !startsApart(f.Name, name) && strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Lookup is like Get but also says whether the field is present.
//
//go:noinline
func (h Header) Lookup(name string) (Field, bool) {
	for _, f := range h {
		if !startsApart(f.Name, name) && strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return Field{}, false
}

// Has reports whether a field named name is present.
func (h Header) Has(name string) bool {
	_, ok := h.Lookup(name)
	return ok
}

// Values returns the values of every field named name, in order.
func (h Header) Values(name string) []string {
	var vs []string
	for _, f := range h {
		if !startsApart(f.Name, name) && strings.EqualFold(f.Name, name) {
			vs = append(vs, f.Value)
		}
	}
	return vs
}

// All returns every field named name, in order.
//
//go:noinline
func (h Header) All(name string) []Field {
	var fs []Field
	for _, f := range h {
		if !startsApart(f.Name, name) && strings.EqualFold(f.Name, name) {
			fs = append(fs, f)
		}
	}
	return fs
}

// NameIs reports whether the field name a is b, ignoring case: what Get and
// the other lookups compare by (strings.EqualFold).
//
// Most names looked up differ from most names present in their first
// byte; ASCII first bytes that are not the same letter rule the pair out
// without a call.
func NameIs(a, b string) bool {
	return !startsApart(a, b) && strings.EqualFold(a, b)
}

// startsApart reports whether a and b start with ASCII bytes that are not
// one letter in two cases, which EqualFold would refuse at once. Small
// enough to be inlined where NameIs is not.
func startsApart(a, b string) bool {
	return len(a) > 0 && len(b) > 0 && a[0] < utf8.RuneSelf && b[0] < utf8.RuneSelf && a[0]|0x20 != b[0]|0x20
}
