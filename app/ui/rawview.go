package ui

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rawView is the state of the raw text of a body: its rows, the first
// visible row, and the syntax error to mark.
type rawView struct {
	src       []byte
	rows      *rawRows
	firstLine int // paste line of the body's first line
	err       *jsontree.SyntaxError
	top       int
	viewport  int
}

func newRawView(src []byte, firstLine int, err *jsontree.SyntaxError) *rawView {
	off := -1
	if err != nil {
		off = err.Offset
	}
	if firstLine <= 0 {
		firstLine = 1
	}
	return &rawView{src: src, rows: newRawRows(src, off), firstLine: firstLine, err: err}
}

func (v *rawView) total() int { return min(v.rows.Total(), MaxTreeRows) }

// errorRow returns the row of the syntax error, or -1.
func (v *rawView) errorRow() int { return v.rows.errRow }

// errorText is the message shown above the raw text, with the line in
// paste numbering so it matches the gutter.
func (v *rawView) errorText() string {
	if v.err == nil {
		return ""
	}
	return fmt.Sprintf("JSON error at line %d, column %d: %s", v.firstLine+v.err.Line-1, v.err.Column, v.err.Message)
}

func (v *rawView) renderRows() []app.UI {
	start, count := windowRange(v.top, v.viewport, v.total())
	rows := v.rows.Window(start, count)
	return []app.UI{
		bvSpacer(start * RowHeight),
		chunkedRows("rv-rows", start, len(rows), func(i int) app.UI { return v.renderRow(rows[i-start]) }, nil),
		bvSpacer((v.total() - start - len(rows)) * RowHeight),
	}
}

func (v *rawView) renderRow(r rawRow) app.UI {
	num := ""
	if r.First {
		num = strconv.Itoa(v.firstLine + r.Line)
	}
	off := -1
	if v.err != nil {
		off = v.err.Offset
	}
	if r.Caret {
		msg := "^"
		if v.err.Truncated {
			msg += " the body looks cut off here"
		} else {
			msg += " " + v.err.Message
		}
		return app.Div().Class("rv-row rv-caret").Body(
			app.Span().Class("rv-num").Aria("hidden", "true"),
			app.Span().Class("rv-text").Text(caretPrefix(v.src, r.From, min(off, r.To))+msg),
		)
	}
	cls := "rv-row"
	text := []app.UI{app.Text(string(v.src[r.From:r.To]))}
	if r.Err {
		cls += " rv-err"
		off = max(r.From, min(off, r.To))
		at, end := " ", off // past the end of the line: mark a blank
		if off < r.To {
			_, size := utf8.DecodeRune(v.src[off:r.To])
			end = off + size
			at = string(v.src[off:end])
		}
		text = []app.UI{
			app.Text(string(v.src[r.From:off])),
			app.Mark().Class("rv-at").Text(at),
			app.Text(string(v.src[end:r.To])),
		}
	}
	return app.Div().Class(cls).Body(
		app.Span().Class("rv-num").Text(num),
		app.Span().Class("rv-text").Body(text...),
	)
}

// isBinary reports whether b is binary rather than text: it holds a NUL
// byte, or bytes that are not UTF-8 (an incomplete character at the very
// end is forgiven, since pastes get cut anywhere).
func bodyIsBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	if utf8.Valid(b) {
		return false
	}
	for cut := 1; cut < utf8.UTFMax && cut <= len(b); cut++ {
		if utf8.Valid(b[:len(b)-cut]) && utf8.RuneStart(b[len(b)-cut]) {
			return false
		}
	}
	return true
}

// hexPreviewBytes is how much of a binary body the hex preview shows.
const hexPreviewBytes = 256

// hexPreview renders the first hexPreviewBytes of b as lines of offset,
// sixteen hex bytes and their printable ASCII.
func hexPreview(b []byte) string {
	b = b[:min(len(b), hexPreviewBytes)]
	var s strings.Builder
	for off := 0; off < len(b); off += 16 {
		line := b[off:min(off+16, len(b))]
		fmt.Fprintf(&s, "%08x  ", off)
		for i := 0; i < 16; i++ {
			if i < len(line) {
				fmt.Fprintf(&s, "%02x ", line[i])
			} else {
				s.WriteString("   ")
			}
			if i == 7 {
				s.WriteByte(' ')
			}
		}
		s.WriteString(" |")
		for _, c := range line {
			if c < 0x20 || c > 0x7e {
				c = '.'
			}
			s.WriteByte(c)
		}
		s.WriteString("|\n")
	}
	return s.String()
}
