package paste

import (
	"sort"
	"strconv"
	"strings"
)

// isTraceLine reports whether s is a section line of curl --trace-ascii.
func isTraceLine(s string) bool {
	return strings.HasPrefix(s, "== Info:") || strings.HasPrefix(s, "=> Send ") || strings.HasPrefix(s, "<= Recv ")
}

// hasTrace reports whether the first lines of ls are --trace-ascii output.
func hasTrace(ls []line) bool {
	for i, l := range ls {
		if i > 200 {
			break
		}
		if strings.HasPrefix(l.text, "=> Send header") || strings.HasPrefix(l.text, "<= Recv header") {
			return true
		}
	}
	return false
}

// traceRow is one "0000: text" line of a section.
type traceRow struct {
	off  int
	text string
	num  int
}

// traceSection is one "<= Recv header, 17 bytes (0x11)" section.
type traceSection struct {
	tag  vtag // 0 for sections this package does not read (SSL data)
	size int
	rows []traceRow
}

// classifyTrace turns --trace-ascii output into the same tagged lines as
// curl -v. curl prints data in rows of at most 64 bytes, starting a new row
// after each CRLF; the row offsets tell a wrapped row from a line break.
func (r *reader) classifyTrace(ls []line) []vline {
	var out []vline
	var sec traceSection
	flush := func() {
		if sec.tag != 0 {
			if data, ok := sec.hexData(); ok {
				out = append(out, sec.hexLines(data)...)
			} else {
				out = append(out, sec.lines()...)
			}
		}
		sec = traceSection{}
	}
	for _, l := range ls {
		t := l.text
		switch {
		case strings.HasPrefix(t, "== Info:"):
			flush()
			l.text = strings.TrimPrefix(t[len("== Info:"):], " ")
			out = append(out, vline{tagInfo, l})
		case strings.HasPrefix(t, "=> Send ") || strings.HasPrefix(t, "<= Recv "):
			flush()
			sec.size = traceSize(t)
			switch {
			case strings.HasPrefix(t, "=> Send header"):
				sec.tag = tagSend
			case strings.HasPrefix(t, "<= Recv header"):
				sec.tag = tagRecv
			case strings.HasPrefix(t, "<= Recv data"):
				sec.tag = tagData
			case strings.HasPrefix(t, "=> Send data"):
				sec.tag = tagSendData
			}
		default:
			if off, text, ok := traceRowOf(t); ok {
				sec.rows = append(sec.rows, traceRow{off: off, text: text, num: l.num})
			} else if !isBlank(t) {
				flush()
				out = append(out, vline{tagData, l})
			}
		}
	}
	flush()
	return out
}

// traceSize reads N from "<= Recv header, 17 bytes (0x11)".
func traceSize(s string) int {
	_, rest, ok := strings.Cut(s, ", ")
	if !ok {
		return -1
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return -1
	}
	n, err := strconv.Atoi(f[0])
	if err != nil {
		return -1
	}
	return n
}

// traceRowOf reads "0018: Host: api.example.com".
func traceRowOf(s string) (off int, text string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i < 4 || i > 8 {
		return 0, "", false
	}
	n, err := strconv.ParseUint(s[:i], 16, 32)
	if err != nil {
		return 0, "", false
	}
	text = s[i+1:]
	if strings.HasPrefix(text, " ") {
		text = text[1:]
	}
	return int(n), text, true
}

// lines joins a section's rows into lines.
func (sec traceSection) lines() []vline {
	var out []vline
	var b strings.Builder
	start := 0
	for k, row := range sec.rows {
		if b.Len() == 0 {
			start = row.num
		}
		b.WriteString(row.text)
		next := sec.size
		if k+1 < len(sec.rows) {
			next = sec.rows[k+1].off
		}
		eol := ""
		switch gap := next - (row.off + len(row.text)); {
		case gap == 0 && k+1 < len(sec.rows):
			continue // the row was wrapped at 64 bytes
		case gap == 0 || next < 0:
			eol = ""
		case gap == 1:
			eol = "\n"
		default:
			eol = "\r\n"
		}
		out = append(out, vline{sec.tag, line{num: start, text: b.String(), eol: eol}})
		b.Reset()
	}
	if b.Len() > 0 {
		out = append(out, vline{sec.tag, line{num: start, text: b.String()}})
	}
	return out
}

// hexRow decodes the hex columns of a --trace row ("48 54 54 50 … HTTP"):
// up to 16 bytes, each as two hex digits and a space.
func hexRow(text string) ([]byte, bool) {
	var out []byte
	for k := 0; k < 16 && len(text) >= 3*k+3; k++ {
		g := text[3*k : 3*k+3]
		if g == "   " {
			break
		}
		b, err := strconv.ParseUint(g[:2], 16, 8)
		if err != nil || g[2] != ' ' {
			return nil, false
		}
		out = append(out, byte(b))
	}
	return out, len(out) > 0
}

// hexData decodes a section written by --trace (hex columns). ok is false
// for --trace-ascii sections: their rows do not decode to the byte count
// the section line states.
func (sec traceSection) hexData() (data []byte, ok bool) {
	if sec.size <= 0 || len(sec.rows) == 0 {
		return nil, false
	}
	for _, row := range sec.rows {
		b, ok := hexRow(row.text)
		if !ok {
			return nil, false
		}
		data = append(data, b...)
	}
	return data, len(data) == sec.size
}

// hexLines splits the decoded bytes of a --trace section into lines, each
// numbered by the paste line of the row it starts in.
func (sec traceSection) hexLines(data []byte) []vline {
	ls, _ := splitLines(string(data), 0, 0)
	out := make([]vline, 0, len(ls))
	off := 0
	for _, l := range ls {
		// Rows hold 16 bytes each, so the row of an offset is off/16;
		// search anyway in case a row was short.
		k := sort.Search(len(sec.rows), func(i int) bool { return sec.rows[i].off > off }) - 1
		if k < 0 {
			k = 0
		}
		l.num = sec.rows[k].num
		off += len(l.text) + len(l.eol)
		out = append(out, vline{sec.tag, l})
	}
	return out
}
