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
	// By index, not by value: a Field copied for each line compared
	// cost more than the comparison.
	for i := range h {
		if !apart(h[i].Name, name) && strings.EqualFold(h[i].Name, name) {
			return h[i].Value
		}
	}
	return ""
}

// Lookup is like Get but also says whether the field is present.
//
//go:noinline
func (h Header) Lookup(name string) (Field, bool) {
	for i := range h {
		if !apart(h[i].Name, name) && strings.EqualFold(h[i].Name, name) {
			return h[i], true
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
	for i := range h {
		if !apart(h[i].Name, name) && strings.EqualFold(h[i].Name, name) {
			vs = append(vs, h[i].Value)
		}
	}
	return vs
}

// All returns every field named name, in order.
//
//go:noinline
func (h Header) All(name string) []Field {
	var fs []Field
	for i := range h {
		if !apart(h[i].Name, name) && strings.EqualFold(h[i].Name, name) {
			fs = append(fs, h[i])
		}
	}
	return fs
}

// NameIs reports whether the field name a is b, ignoring case: what Get and
// the other lookups compare by (strings.EqualFold).
//
// Most names looked up differ from most names present in their first or
// last byte; ASCII bytes there that are not the same letter rule the
// pair out without a call.
func NameIs(a, b string) bool {
	return !apart(a, b) && strings.EqualFold(a, b)
}

// apart reports whether a and b start, or end, with ASCII bytes that are
// not one letter in two cases, which EqualFold would refuse. Small enough
// to be inlined where NameIs is not.
//
// The last bytes count as well as the first: an ASCII last byte is a whole
// last rune, and EqualFold pairs an ASCII rune only with the same letter
// in the other case (or with a non-ASCII rune, whose last byte is not
// ASCII). So "x-ratelimit-limit" and "x-ratelimit-reset" are told apart
// without a call.
func apart(a, b string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return byteApart(a[0], b[0]) || byteApart(a[len(a)-1], b[len(b)-1])
}

// byteApart reports whether x and y are ASCII and not one letter in two
// cases.
func byteApart(x, y byte) bool {
	return x < utf8.RuneSelf && y < utf8.RuneSelf && x|0x20 != y|0x20
}

// Names is a table of field names to find the lines of a header by, one
// look-up a line: where a table of dozens of names (the request-id fields,
// the CDN telltales) asked of a header name by name walks the header once
// a name, the header walked once asks the table once a line.
type Names struct {
	names []string
	// index maps each name in lower case to its first position, when
	// every name is ASCII; nil otherwise, and then Index compares with
	// each name.
	index map[string]int
	// shapes has the shape bit of each key of index set: most names
	// looked up are in no table, and their shape alone rules them out
	// without a hash.
	shapes uint64
}

// shape is a bit for a lower-case name by its length and first byte.
func shape(length int, first byte) uint64 {
	return 1 << ((uint(length) ^ uint(first)*7) & 63)
}

// NewNames makes the table of names, which keeps their order.
func NewNames(names ...string) *Names {
	t := &Names{names: names, index: make(map[string]int, len(names))}
	for i, n := range names {
		if !isASCII(n) {
			t.index = nil
			break
		}
		key := strings.ToLower(n)
		if _, dup := t.index[key]; !dup {
			t.index[key] = i
			if key != "" {
				t.shapes |= shape(len(key), key[0])
			}
		}
	}
	return t
}

// Index returns the position of the first name in the table that NameIs
// name (a pasted field name), or -1 when none is.
func (t *Names) Index(name string) int {
	// An ASCII name matches an ASCII one only in the same letters, so a
	// copy lowered on the stack finds it in the map; any other name
	// (rare) is compared with each, as EqualFold folds more than case.
	var buf [64]byte
	if t.index != nil && len(name) <= len(buf) {
		lower, ok := lowerASCII(buf[:0], name)
		if ok {
			if len(lower) > 0 && t.shapes&shape(len(lower), lower[0]) == 0 {
				return -1
			}
			if i, found := t.index[string(lower)]; found {
				return i
			}
			return -1
		}
	}
	for i, n := range t.names {
		if NameIs(name, n) {
			return i
		}
	}
	return -1
}

// lowerASCII appends s in lower case to dst; ok is false when s is not
// all ASCII.
func lowerASCII(dst []byte, s string) (_ []byte, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
