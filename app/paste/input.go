package paste

import (
	"bytes"
	"unicode/utf8"
)

// MaxInput is the most of a paste that Read reads; the rest is ignored with
// a diagnostic, so a huge paste cannot exhaust the browser's memory.
const MaxInput = 64 << 20

// limitInput cuts input at limit.
func (r *reader) limitInput(input []byte, limit int) []byte {
	if len(input) <= limit {
		return input
	}
	r.warn(0, "the paste is %d bytes; only the first %d bytes (%d MiB) were read and the rest was ignored", len(input), limit, limit>>20)
	return input[:limit]
}

// stripBOM removes a UTF-8 byte order mark, which some editors and
// Windows tools put at the start of text.
func (r *reader) stripBOM(input []byte) []byte {
	if bytes.HasPrefix(input, []byte("\xef\xbb\xbf")) {
		r.info(1, "removed a UTF-8 byte order mark at the start of the paste")
		return input[3:]
	}
	return input
}

// looksBinary reports whether the start of the paste (its head, before the
// first blank line) is not text. A binary body after a text header is fine.
func looksBinary(input []byte) (bool, string) {
	head := input
	if len(head) > 1024 {
		head = head[:1024]
	}
	if i := bytes.Index(head, []byte("\n\n")); i >= 0 {
		head = head[:i]
	}
	if i := bytes.Index(head, []byte("\r\n\r\n")); i >= 0 {
		head = head[:i]
	}
	if bytes.HasPrefix(input, []byte{0x1f, 0x8b}) {
		return true, "it starts like gzip-compressed data"
	}
	ctl := 0
	for _, c := range head {
		if c == 0 {
			return true, "it holds NUL bytes"
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	if ctl > 0 && ctl*10 > len(head) {
		return true, "it holds many control bytes"
	}
	return false, ""
}

// checkUTF8 reports the first line with invalid UTF-8; reading goes on
// with the bytes as they are.
func (r *reader) checkUTF8(input []byte, ls []line) {
	if utf8.Valid(input) {
		return
	}
	for _, l := range ls {
		if utf8.ValidString(l.text) {
			continue
		}
		col := 0
		for col < len(l.text) {
			c, size := utf8.DecodeRuneInString(l.text[col:])
			if c == utf8.RuneError && size <= 1 {
				break
			}
			col += size
		}
		r.warn(l.num, "the paste is not valid UTF-8 (first bad byte on line %d, byte %d of the line); it was read as is, and such text may show as U+FFFD", l.num, col+1)
		return
	}
}
