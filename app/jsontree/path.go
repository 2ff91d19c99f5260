package jsontree

import (
	"strconv"
	"strings"
)

// ancestry returns n and its containers from the root down.
func (t *Tree) ancestry(n Node) []Node {
	var chain []Node
	for c := n; c != NoNode; c = Node(t.nodes[c].parent) {
		chain = append(chain, c)
	}
	for i, j := 0, len(chain)-1; i < j; i, j = i+1, j-1 {
		chain[i], chain[j] = chain[j], chain[i]
	}
	return chain
}

// Pointer returns the RFC 6901 JSON Pointer of n ("" for the root).
func (t *Tree) Pointer(n Node) string {
	if !t.ok(n) {
		return ""
	}
	var b []byte
	for _, c := range t.ancestry(n)[1:] {
		b = append(b, '/')
		if t.nodes[c].flags&fHasKey != 0 {
			b = appendPointerToken(b, t.Key(c))
		} else {
			b = strconv.AppendInt(b, int64(t.nodes[c].index), 10)
		}
	}
	return string(b)
}

// appendPointerToken escapes '~' as "~0" and '/' as "~1" (RFC 6901 §3).
func appendPointerToken(b []byte, key string) []byte {
	for i := 0; i < len(key); i++ {
		switch key[i] {
		case '~':
			b = append(b, '~', '0')
		case '/':
			b = append(b, '~', '1')
		default:
			b = append(b, key[i])
		}
	}
	return b
}

// Path returns n's location in the dotted notation people write in
// validation messages: `user.address.zip`, `items[2].qty`, with keys that are
// not identifiers written as `["a b"]`. The root's path is "".
func (t *Tree) Path(n Node) string {
	if !t.ok(n) {
		return ""
	}
	var b []byte
	for _, c := range t.ancestry(n)[1:] {
		if t.nodes[c].flags&fHasKey == 0 {
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(t.nodes[c].index), 10)
			b = append(b, ']')
			continue
		}
		key := t.Key(c)
		if isIdentifier(key) {
			if len(b) > 0 {
				b = append(b, '.')
			}
			b = append(b, key...)
			continue
		}
		b = append(b, '[')
		b = appendQuoted(b, key)
		b = append(b, ']')
	}
	return string(b)
}

// isIdentifier reports whether key can stand after a dot unquoted.
func isIdentifier(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !isWordByte(c) || (i == 0 && isDigit(c)) {
			return false
		}
	}
	return true
}

// Lookup follows an RFC 6901 JSON Pointer from n and returns the node it
// names, or NoNode when the pointer is malformed or names nothing. Where an
// object has duplicate keys the first member wins, as in Get.
func (t *Tree) Lookup(n Node, pointer string) Node {
	if !t.ok(n) {
		return NoNode
	}
	if pointer == "" {
		return n
	}
	if pointer[0] != '/' {
		return NoNode
	}
	cur := n
	for _, tok := range strings.Split(pointer[1:], "/") {
		switch t.nodes[cur].kind {
		case Object:
			key, ok := unescapePointerToken(tok)
			if !ok {
				return NoNode
			}
			cur = t.Get(cur, key)
		case Array:
			i, ok := arrayIndex(tok)
			if !ok {
				return NoNode
			}
			cur = t.Index(cur, i)
		default:
			return NoNode
		}
		if cur == NoNode {
			return NoNode
		}
	}
	return cur
}

// unescapePointerToken undoes "~1" → '/' and "~0" → '~'; any other '~'
// makes the pointer malformed.
func unescapePointerToken(tok string) (string, bool) {
	if strings.IndexByte(tok, '~') < 0 {
		return tok, true
	}
	var b strings.Builder
	for i := 0; i < len(tok); i++ {
		if tok[i] != '~' {
			b.WriteByte(tok[i])
			continue
		}
		if i+1 >= len(tok) {
			return "", false
		}
		switch tok[i+1] {
		case '0':
			b.WriteByte('~')
		case '1':
			b.WriteByte('/')
		default:
			return "", false
		}
		i++
	}
	return b.String(), true
}

// arrayIndex parses an RFC 6901 array index: "0" or digits without a
// leading zero. "-" (past the end) names nothing in a read-only tree.
func arrayIndex(tok string) (int, bool) {
	if tok == "" || len(tok) > 10 || (len(tok) > 1 && tok[0] == '0') {
		return 0, false
	}
	n := 0
	for i := 0; i < len(tok); i++ {
		if !isDigit(tok[i]) {
			return 0, false
		}
		n = n*10 + int(tok[i]-'0')
	}
	return n, true
}
