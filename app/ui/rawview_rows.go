package ui

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// rawSegment is the most bytes of one source line a raw-view row shows; a
// longer line (a minified 5 MB JSON body is one line) continues on further
// rows, so every row stays cheap to lay out.
const rawSegment = 512

// rawRows maps the rows of the raw view to the body's lines: each line takes
// one row per rawSegment bytes (at least one). A syntax error adds one caret
// row right after the row holding the error.
type rawRows struct {
	src       []byte
	lineStart []int32 // offset where each line starts
	rowStart  []int32 // first row of each line; one extra entry: the total
	errOff    int     // offset of the syntax error, or -1
	errRow    int     // row holding the error, or -1
}

// rawRow is one row of the raw view.
type rawRow struct {
	Line     int  // 0-based line of the body
	From, To int  // byte span shown, without the line break
	First    bool // the line's first row, which shows its number
	Err      bool // the row holding the syntax error
	Caret    bool // the caret row under an error
}

func newRawRows(src []byte, errOff int) *rawRows {
	x := &rawRows{src: src, errOff: -1, errRow: -1}
	x.lineStart = append(x.lineStart, 0)
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		if i == len(src) && errOff != len(src) {
			// A final line break does not start another line, unless the
			// error sits there ("found end of input" on the last line).
			break
		}
		x.lineStart = append(x.lineStart, int32(i))
	}
	x.rowStart = make([]int32, len(x.lineStart)+1)
	rows := int32(0)
	for i := range x.lineStart {
		x.rowStart[i] = rows
		from, to := x.lineSpan(i)
		rows += int32(max(1, (to-from+rawSegment-1)/rawSegment))
	}
	x.rowStart[len(x.lineStart)] = rows
	if errOff >= 0 && errOff <= len(src) {
		x.errOff = errOff
		x.errRow = x.rowOfOffset(errOff)
	}
	return x
}

// lineSpan returns line i's bytes without its "\n" or "\r\n".
func (x *rawRows) lineSpan(i int) (from, to int) {
	from = int(x.lineStart[i])
	to = len(x.src)
	if i+1 < len(x.lineStart) {
		to = int(x.lineStart[i+1]) - 1
	} else if to > from && x.src[to-1] == '\n' {
		to--
	}
	if to > from && x.src[to-1] == '\r' {
		to--
	}
	return from, to
}

// Lines returns the number of body lines.
func (x *rawRows) Lines() int { return len(x.lineStart) }

// Total returns the number of rows, caret row included.
func (x *rawRows) Total() int {
	t := int(x.rowStart[len(x.lineStart)])
	if x.errRow >= 0 {
		t++
	}
	return t
}

// segStart is where segment k of the line starting at from begins: k
// segments in, moved back to the start of a UTF-8 sequence so that no row
// splits a character.
func (x *rawRows) segStart(from, to, k int) int {
	s := from + k*rawSegment
	if s >= to {
		return to
	}
	for b := 0; b < utf8.UTFMax-1 && s > from && !utf8.RuneStart(x.src[s]); b++ {
		s--
	}
	return s
}

// rowOfOffset returns the (non-caret) row holding byte off.
func (x *rawRows) rowOfOffset(off int) int {
	line := sort.Search(len(x.lineStart), func(i int) bool { return int(x.lineStart[i]) > off }) - 1
	line = max(line, 0)
	from, to := x.lineSpan(line)
	k := 0
	segs := int(x.rowStart[line+1] - x.rowStart[line])
	for k+1 < segs && x.segStart(from, to, k+1) <= off {
		k++
	}
	return int(x.rowStart[line]) + k
}

// At returns row i.
func (x *rawRows) At(i int) (rawRow, bool) {
	if i < 0 || i >= x.Total() {
		return rawRow{}, false
	}
	if x.errRow >= 0 {
		if i == x.errRow+1 {
			r, _ := x.segmentRow(x.errRow)
			r.Caret, r.First = true, false
			return r, true
		}
		if i > x.errRow {
			i--
		}
	}
	r, ok := x.segmentRow(i)
	r.Err = ok && i == x.errRow
	return r, ok
}

func (x *rawRows) segmentRow(i int) (rawRow, bool) {
	line := sort.Search(len(x.lineStart), func(l int) bool { return int(x.rowStart[l+1]) > i })
	if line >= len(x.lineStart) {
		return rawRow{}, false
	}
	from, to := x.lineSpan(line)
	k := i - int(x.rowStart[line])
	return rawRow{
		Line:  line,
		From:  x.segStart(from, to, k),
		To:    x.segStart(from, to, k+1),
		First: k == 0,
	}, true
}

// Window returns up to count rows from start.
func (x *rawRows) Window(start, count int) []rawRow {
	var out []rawRow
	for i := start; i < start+count; i++ {
		r, ok := x.At(i)
		if !ok {
			break
		}
		out = append(out, r)
	}
	return out
}

// caretPrefix returns white space as wide as src[from:off] so that a caret
// after it sits under the byte at off: tabs stay tabs, every other
// character becomes one space.
func caretPrefix(src []byte, from, off int) string {
	var b []byte
	for i := from; i < off && i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == '\t' {
			b = append(b, '\t')
		} else {
			b = append(b, ' ')
		}
		i += size
	}
	return string(b)
}
