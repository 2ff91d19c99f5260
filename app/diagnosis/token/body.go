package token

import (
	"bytes"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

// scanBody searches a body. A JSON body's string values are searched in
// the tree it was parsed into, so that each token gets the JSON Pointer of
// the string holding it; other bodies, and JSON that breaks off, are
// searched as text.
func (f *finder) scanBody(b *message.Body, where string) {
	if b == nil || len(b.Bytes) == 0 {
		return
	}
	data := b.Bytes
	if len(data) > maxScan {
		data = data[:maxScan]
	}
	t, jerr := b.JSON, b.JSONError
	if t == nil && message.LooksLikeJSON(data) {
		t, jerr = jsontree.Parse(data, jsontree.Options{MaxDepth: message.MaxJSONDepth})
	}
	if t != nil {
		// A tree cut by a syntax error still gives pointers for what was
		// read; the text scan below then finds the rest (a token found
		// twice keeps its first place).
		f.walkTree(t, where, b.Line)
		if jerr == nil {
			return
		}
	}
	lines := newLineCounter(data, b.Line)
	text := string(data)
	scan(text, func(start int, raw string) bool {
		return f.add(raw, where, "", lines.at(start))
	})
}

// walkTree scans the string values of a parsed JSON body, in body order,
// within the first maxScan bytes.
func (f *finder) walkTree(t *jsontree.Tree, where string, first int) {
	for i := 0; i < t.Count(); i++ {
		n := jsontree.Node(i)
		if t.Offset(n) >= maxScan {
			return
		}
		// Three dot-joined segments need two dots: most strings are
		// passed over without being decoded.
		if t.Kind(n) != jsontree.String || !twoDots(t.Raw(n)) {
			continue
		}
		line := 0
		if first > 0 {
			line = first + t.Line(n) - 1
		}
		ptr, have := "", false
		scan(t.Str(n), func(start int, raw string) bool {
			if !have {
				ptr, have = t.Pointer(n), true
			}
			return f.add(raw, where, ptr, line)
		})
	}
}

// twoDots reports whether b holds two dots or more: bytes.Count without
// counting past the second.
func twoDots(b []byte) bool {
	i := bytes.IndexByte(b, '.')
	return i >= 0 && bytes.IndexByte(b[i+1:], '.') >= 0
}

// lineCounter turns byte offsets into paste lines, moving forward only, so
// that many lookups stay linear.
type lineCounter struct {
	data       []byte
	first      int
	off, lines int
}

func newLineCounter(data []byte, first int) *lineCounter {
	return &lineCounter{data: data, first: first}
}

// at returns the paste line of offset (0 when the body has no line).
func (l *lineCounter) at(offset int) int {
	if l.first == 0 {
		return 0
	}
	if offset > len(l.data) {
		offset = len(l.data)
	}
	if offset < l.off {
		l.off, l.lines = 0, 0
	}
	l.lines += bytes.Count(l.data[l.off:offset], []byte{'\n'})
	l.off = offset
	return l.first + l.lines
}
