package validation

import (
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// Reading the JSON tree: every helper accepts NoNode and wrong kinds and
// then returns the zero value, so readers can chain lookups without checks.
// RFC 9457 §3.1 also asks that a member of the wrong type be ignored.

// kind and the few helpers below are called from dozens of places in the
// readers; kept out of line, they cost the web page one copy each instead
// of one per call.
//
//go:noinline
func (in *input) kind(n jsontree.Node) jsontree.Kind {
	if in.t == nil || n == jsontree.NoNode {
		return jsontree.Invalid
	}
	return in.t.Kind(n)
}

func (in *input) isObj(n jsontree.Node) bool { return in.kind(n) == jsontree.Object }
func (in *input) isArr(n jsontree.Node) bool { return in.kind(n) == jsontree.Array }
func (in *input) isStr(n jsontree.Node) bool { return in.kind(n) == jsontree.String }
func (in *input) isNum(n jsontree.Node) bool { return in.kind(n) == jsontree.Number }

// get returns member key of object n, or NoNode.
func (in *input) get(n jsontree.Node, key string) jsontree.Node {
	// Most look-ups are of the top level, whose kind newInput noted.
	if n == in.root && in.t != nil {
		if !in.rootObj {
			return jsontree.NoNode
		}
	} else if !in.isObj(n) {
		return jsontree.NoNode
	}
	return in.t.Get(n, key)
}

// has reports whether object n has member key, of any kind.
func (in *input) has(n jsontree.Node, key string) bool {
	return in.get(n, key) != jsontree.NoNode
}

// str returns the string value of n, or "".
func (in *input) str(n jsontree.Node) string {
	if !in.isStr(n) {
		return ""
	}
	return in.t.Str(n)
}

// gs returns the string member key of n, or "".
func (in *input) gs(n jsontree.Node, key string) string { return in.str(in.get(n, key)) }

// text returns a string value, or a number as written (codes come as
// either), or "".
func (in *input) text(n jsontree.Node) string {
	switch in.kind(n) {
	case jsontree.String:
		return in.t.Str(n)
	case jsontree.Number:
		return string(in.t.Raw(n))
	}
	return ""
}

// gt returns member key of n as text.
func (in *input) gt(n jsontree.Node, key string) string { return in.text(in.get(n, key)) }

// integer returns the value of an integral number node.
func (in *input) integer(n jsontree.Node) (int64, bool) {
	if !in.isNum(n) {
		return 0, false
	}
	v, err := strconv.ParseInt(string(in.t.Raw(n)), 10, 64)
	return v, err == nil
}

// status reads an HTTP status stated in a body, as a number or a string
// ("422" in JSON:API and recent GitHub bodies).
func (in *input) statusOf(n jsontree.Node) int {
	s := in.text(n)
	if len(s) != 3 {
		return 0
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 100 || v > 599 {
		return 0
	}
	return v
}

// each calls fn for the members of object or array n, in order, until fn
// returns false.
func (in *input) each(n jsontree.Node, fn func(m jsontree.Node) bool) {
	if k := in.kind(n); k != jsontree.Object && k != jsontree.Array {
		return
	}
	for m := in.t.First(n); m != jsontree.NoNode; m = in.t.Next(m) {
		if !fn(m) {
			return
		}
	}
}

// key returns the key of object member m.
func (in *input) key(m jsontree.Node) string {
	if in.t == nil || m == jsontree.NoNode {
		return ""
	}
	return in.t.Key(m)
}

// strs returns a string as a one-element list, or the strings in an array
// (other elements skipped).
func (in *input) strs(n jsontree.Node) []string {
	switch in.kind(n) {
	case jsontree.String:
		if s := in.t.Str(n); s != "" {
			return []string{s}
		}
	case jsontree.Array:
		var out []string
		in.each(n, func(m jsontree.Node) bool {
			if s := in.str(m); s != "" {
				out = append(out, s)
			}
			return true
		})
		return out
	}
	return nil
}

// allStrings reports whether n is a non-empty array of strings only.
func (in *input) allStrings(n jsontree.Node) bool {
	if !in.isArr(n) || in.t.First(n) == jsontree.NoNode {
		return false
	}
	ok := true
	in.each(n, func(m jsontree.Node) bool {
		ok = in.isStr(m)
		return ok
	})
	return ok
}

// allObjects reports whether n is a non-empty array of objects only.
func (in *input) allObjects(n jsontree.Node) bool {
	if !in.isArr(n) || in.t.First(n) == jsontree.NoNode {
		return false
	}
	ok := true
	in.each(n, func(m jsontree.Node) bool {
		ok = in.isObj(m)
		return ok
	})
	return ok
}

// onlyKeys reports whether every member of object n has one of keys.
func (in *input) onlyKeys(n jsontree.Node, keys ...string) bool {
	if !in.isObj(n) {
		return false
	}
	ok := true
	in.each(n, func(m jsontree.Node) bool {
		k := in.key(m)
		ok = false
		for _, want := range keys {
			if k == want {
				ok = true
				break
			}
		}
		return ok
	})
	return ok
}

// hasAny reports whether object n has at least one of keys.
func (in *input) hasAny(n jsontree.Node, keys ...string) bool {
	for _, k := range keys {
		if in.has(n, k) {
			return true
		}
	}
	return false
}

// pointer returns the RFC 6901 pointer of n in the pasted body.
func (in *input) pointer(n jsontree.Node) string {
	if in.t == nil || n == jsontree.NoNode {
		return ""
	}
	return in.t.Pointer(n)
}

// line returns the line of the paste where n starts, or 0 when the paste
// carries no lines.
func (in *input) line(n jsontree.Node) int {
	if in.t == nil || n == jsontree.NoNode || in.body == nil || in.body.Line <= 0 {
		return 0
	}
	l, _ := in.t.Position(in.t.Offset(n))
	if l <= 0 {
		return 0
	}
	return in.body.Line + l - 1
}

// fieldAt builds a FieldError standing at node n.
func (in *input) fieldAt(field string, n jsontree.Node, msgs []string, code string) FieldError {
	return FieldError{Field: field, Pointer: in.pointer(n), Messages: msgs, Code: code, Line: in.line(n)}
}

// extra appends the text of member key of n (when present) to r.Extra
// under name.
func (in *input) extra(r *Result, n jsontree.Node, key, name string) {
	m := in.get(n, key)
	switch in.kind(m) {
	case jsontree.String, jsontree.Number, jsontree.Bool:
	default:
		return
	}
	v := in.value(m)
	if v == "" {
		return
	}
	r.Extra = append(r.Extra, Param{Name: name, Value: v})
}

// add appends f to r unless r is full; it reports whether there was room.
//
//go:noinline
func (r *Result) add(f FieldError) bool {
	if len(r.Fields) >= maxFields {
		return false
	}
	r.Fields = append(r.Fields, f)
	return true
}

// firstNonEmpty returns the first of vs that is not "".
//
//go:noinline
func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// boolean returns the value of a bool node; ok is false for other kinds.
func (in *input) boolean(n jsontree.Node) (v, ok bool) {
	if in.kind(n) != jsontree.Bool {
		return false, false
	}
	return in.t.Bool(n), true
}

// value returns n as short text: a string's value, or the JSON as written
// for other kinds, cut to a bounded length.
func (in *input) value(n jsontree.Node) string {
	if in.t == nil || n == jsontree.NoNode {
		return ""
	}
	var s string
	if in.isStr(n) {
		s = in.t.Str(n)
	} else {
		s = string(in.t.Raw(n))
	}
	if len(s) > maxExtraValue {
		s = s[:maxExtraValue]
	}
	return s
}

// setOf makes a set from a list. Tables written as setOf calls are data
// and one loop; a map literal compiles to one insertion per entry.
func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
