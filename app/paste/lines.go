package paste

import (
	"strconv"
	"strings"
)

// line is one line of the paste, after repairs, with the number it had in
// the original paste so that every diagnostic and field can point back.
type line struct {
	num  int    // 1-based line number in the original paste
	text string // content without the line terminator
	eol  string // terminator as pasted: "\r\n", "\n", "\r", or "" at the end
}

// MaxLines is the most lines Read splits a paste into; what follows is
// kept as one last block, byte for byte, so a paste of millions of short
// lines cannot use gigabytes for line records.
const MaxLines = 1 << 19

// splitLines cuts src at LF, CRLF and lone CR, into at most max lines (0:
// no limit; the last one then holds the rest, line breaks and all). It
// returns the lines and how many lone CRs it saw. Substrings share src, so
// this is one pass and no copy.
func splitLines(src string, base, max int) (ls []line, loneCR int) {
	return splitLinesWith(src, base, max, nil)
}

// splitLinesWith is splitLines calling pace as it goes through src.
func splitLinesWith(src string, base, max int, pace *pacer) (ls []line, loneCR int) {
	if src == "" {
		return nil, 0
	}
	n := strings.Count(src, "\n") + 1
	if max > 0 && n > max {
		n = max
	}
	ls = make([]line, 0, n)
	num := base
	total := len(src)
	for len(src) > 0 {
		num++
		pace.at(total - len(src))
		if max > 0 && len(ls) == max-1 {
			ls = append(ls, line{num: num, text: src})
			break
		}
		// Two IndexByte calls are much faster than IndexAny, which builds
		// a set on every call.
		i := strings.IndexByte(src, '\n')
		end := i
		if end < 0 {
			end = len(src)
		}
		if cr := strings.IndexByte(src[:end], '\r'); cr >= 0 {
			i = cr
		}
		if i < 0 {
			ls = append(ls, line{num: num, text: src})
			break
		}
		eol := src[i : i+1]
		if src[i] == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				eol = "\r\n"
			} else {
				loneCR++
			}
		}
		ls = append(ls, line{num: num, text: src[:i], eol: eol})
		src = src[i+len(eol):]
	}
	return ls, loneCR
}

// joinLines puts lines back together with their own terminators, so a body
// keeps the bytes that were pasted.
func joinLines(ls []line) []byte {
	if len(ls) == 1 && ls[0].eol == "" {
		// A body on one line (minified JSON, the usual case): the
		// conversion copies without first zeroing the new memory.
		return []byte(ls[0].text)
	}
	n := 0
	for _, l := range ls {
		n += len(l.text) + len(l.eol)
	}
	b := make([]byte, 0, n)
	for _, l := range ls {
		b = append(b, l.text...)
		b = append(b, l.eol...)
	}
	return b
}

// isBlank reports whether s holds only spaces and tabs. It and trimOWS run
// on every line in each repair pass: byte loops, not strings.Trim, which
// builds a set of the cut characters on every call.
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isOWS(s[i]) {
			return false
		}
	}
	return true
}

// trimOWS trims spaces and tabs, the optional white space of HTTP.
func trimOWS(s string) string {
	i, j := 0, len(s)
	for i < j && isOWS(s[i]) {
		i++
	}
	for j > i && isOWS(s[j-1]) {
		j--
	}
	return s[i:j]
}

func isOWS(c byte) bool { return c == ' ' || c == '\t' }

// firstNonBlank returns the index of the first non-blank line at or after
// i, or len(ls).
func firstNonBlank(ls []line, i int) int {
	for i < len(ls) && isBlank(ls[i].text) {
		i++
	}
	return i
}

// trimBlankTail drops blank lines at the end of ls.
func trimBlankTail(ls []line) []line {
	for len(ls) > 0 && isBlank(ls[len(ls)-1].text) {
		ls = ls[:len(ls)-1]
	}
	return ls
}

// quote shortens s for a diagnostic, so a 1 MB line does not become a 1 MB
// message.
func quote(s string) string {
	const max = 60
	if len(s) > max {
		cut := max
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return "'" + s + "'"
}

// count writes "1 line", "3 lines".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
