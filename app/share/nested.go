package share

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// maxNesting bounds how many levels of JSON-in-a-JSON-string are read
// again; each level costs at most one more pass over the paste.
const maxNesting = 3

// nested reads the JSON string content s[a:b] again, unescaped, with every
// scanner: a HAR postData.text holding a JSON body, a log line holding a
// raw HTTP message ("HTTP/1.1 200 OK\r\nSet-Cookie: ..."), HAR inside a
// JSON document. What it finds maps back onto the escaped text, whole
// escape sequences at a time, and replacements that need quotes get them
// escaped, so the outer JSON stays valid.
func (c *collector) nested(a, b int) {
	raw := c.s[a:b]
	if c.depth >= maxNesting || len(c.s) >= 1<<31 || strings.IndexByte(raw, '\\') < 0 {
		return // without escapes, the other scanners see the same text
	}
	// Every secret found by its surroundings (a header, a member, a
	// parameter, a cookie) needs a ":" or "="; the ones found by their own
	// shape (JWTs, key prefixes, Bearer) the scanners already see in the
	// escaped text. "\u0026" may hide the "&" of a query.
	if strings.IndexAny(raw, ":=") < 0 && !strings.Contains(raw, `\u`) {
		return
	}
	text, at := unescape(raw)
	sub := &collector{s: text, depth: c.depth + 1}
	sub.run()
	c.reads += sub.reads
	for _, sp := range sub.spans {
		start, end := a+int(at[sp.start]), a+int(at[sp.end])
		if start >= end {
			continue
		}
		repl := sp.repl
		if repl != "" {
			repl = escapeJSON(repl)
		}
		c.spans = append(c.spans, span{start: start, end: end, seq: len(c.spans), kind: sp.kind, name: sp.name, repl: repl})
	}
}

// unescape decodes JSON string content. at[i] is the offset in raw of the
// escape sequence (or byte) that produced byte i of text; at[len(text)] is
// len(raw). Bad escapes are kept as they stand.
func unescape(raw string) (string, []int32) {
	var b strings.Builder
	b.Grow(len(raw))
	at := make([]int32, 0, len(raw)+1)
	emit := func(src int, s string) {
		b.WriteString(s)
		for range len(s) {
			at = append(at, int32(src))
		}
	}
	for i := 0; i < len(raw); {
		ch := raw[i]
		if ch != '\\' || i+1 == len(raw) {
			emit(i, raw[i:i+1])
			i++
			continue
		}
		// \' is not JSON, but JavaScript's single-quoted strings use it.
		if raw[i+1] == '\'' {
			emit(i, "'")
			i += 2
			continue
		}
		r, n := jsontree.DecodeEscape(raw, i)
		if n == 0 {
			emit(i, raw[i:i+2])
			i += 2
			continue
		}
		emit(i, string(r))
		i += n
	}
	at = append(at, int32(len(raw)))
	return b.String(), at
}

// escapeJSON escapes quotes and backslashes for use inside a JSON string.
func escapeJSON(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}
