package token

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// scanBody searches a body. A JSON body is walked so that each token gets
// the JSON Pointer of the string holding it; other bodies, and JSON that
// breaks off, are searched as text.
func (f *finder) scanBody(b *message.Body, where string) {
	if b == nil || len(b.Bytes) == 0 {
		return
	}
	data := b.Bytes
	if len(data) > maxScan {
		data = data[:maxScan]
	}
	lines := newLineCounter(data, b.Line)
	if message.LooksLikeJSON(data) && f.walkJSON(data, where, lines) {
		return
	}
	text := string(data)
	scan(text, func(start int, raw string) bool {
		return f.add(raw, where, "", lines.at(start))
	})
}

// frame is one open JSON container while walking.
type frame struct {
	object    bool
	key       string
	index     int
	expectKey bool
}

// walkJSON scans every string value of a JSON text; false when the text is
// not valid JSON (the caller then falls back to a text scan).
func (f *finder) walkJSON(data []byte, where string, lines *lineCounter) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []frame
	advance := func() {
		if n := len(stack); n > 0 {
			if stack[n-1].object {
				stack[n-1].expectKey = true
			} else {
				stack[n-1].index++
			}
		}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return false
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{':
				stack = append(stack, frame{object: true, expectKey: true})
			case '[':
				stack = append(stack, frame{})
			default:
				stack = stack[:len(stack)-1]
				advance()
			}
		case string:
			if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].expectKey {
				stack[n-1].key, stack[n-1].expectKey = v, false
				continue
			}
			end := int(dec.InputOffset())
			ptr, have := "", false
			scan(v, func(start int, raw string) bool {
				if !have {
					ptr, have = pointer(stack), true
				}
				return f.add(raw, where, ptr, lines.at(end))
			})
			advance()
		default:
			advance()
		}
	}
}

// pointer writes the RFC 6901 JSON Pointer of the current value ("" for
// the whole document).
func pointer(stack []frame) string {
	var b strings.Builder
	for _, fr := range stack {
		b.WriteByte('/')
		if fr.object {
			writeEscaped(&b, fr.key)
		} else {
			b.WriteString(strconv.Itoa(fr.index))
		}
	}
	return b.String()
}

// writeEscaped writes a member name as a JSON Pointer reference token:
// "~" as "~0" and "/" as "~1" (RFC 6901 §3).
func writeEscaped(b *strings.Builder, key string) {
	for i := 0; i < len(key); i++ {
		switch key[i] {
		case '~':
			b.WriteString("~0")
		case '/':
			b.WriteString("~1")
		default:
			b.WriteByte(key[i])
		}
	}
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
