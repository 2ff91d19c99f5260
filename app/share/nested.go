package share

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
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
		switch e := raw[i+1]; e {
		case '"', '\\', '/', '\'':
			emit(i, string(e))
		case 'n':
			emit(i, "\n")
		case 'r':
			emit(i, "\r")
		case 't':
			emit(i, "\t")
		case 'b':
			emit(i, "\b")
		case 'f':
			emit(i, "\f")
		case 'u':
			r, n := unicodeEscape(raw[i:])
			if n == 0 {
				emit(i, raw[i:i+2])
				i += 2
				continue
			}
			emit(i, string(r))
			i += n
			continue
		default:
			emit(i, raw[i:i+2])
		}
		i += 2
	}
	at = append(at, int32(len(raw)))
	return b.String(), at
}

// unicodeEscape reads \uXXXX (and a following low surrogate) at the start
// of s; n is the length read, 0 when it is not a valid escape.
func unicodeEscape(s string) (rune, int) {
	r, ok := hex4(s)
	if !ok {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex4(s[6:]); ok {
			if p := utf16.DecodeRune(r, r2); p != utf8.RuneError {
				return p, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r, 6
}

func hex4(s string) (rune, bool) {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return 0, false
	}
	var r rune
	for _, ch := range []byte(s[2:6]) {
		switch {
		case ch >= '0' && ch <= '9':
			r = r<<4 | rune(ch-'0')
		case ch >= 'a' && ch <= 'f':
			r = r<<4 | rune(ch-'a'+10)
		case ch >= 'A' && ch <= 'F':
			r = r<<4 | rune(ch-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// escapeJSON escapes quotes and backslashes for use inside a JSON string.
func escapeJSON(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}
