package jsontree

import (
	"unicode/utf16"
	"unicode/utf8"
)

// decodeString decodes the inside of a JSON string (between the quotes).
// It never fails: lone surrogates and invalid UTF-8 become U+FFFD, and a
// malformed escape (which Parse would have rejected) is kept as written.
func decodeString(s []byte) string {
	return string(appendDecoded(make([]byte, 0, len(s)), s))
}

// appendDecoded appends the decoding of s (see decodeString) to buf.
func appendDecoded(buf, s []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			if r, n := DecodeEscape(s, i); n > 0 {
				buf = utf8.AppendRune(buf, r)
				i += n
				continue
			}
			buf = append(buf, c)
			i++
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			buf = utf8.AppendRune(buf, r)
			i += size
		}
	}
	return buf
}

// DecodeEscape reads the JSON escape sequence that starts at s[i] (a
// backslash): the rune it stands for and its length in bytes. A high and a
// low surrogate escape make one 12-byte sequence; a lone surrogate stands
// for U+FFFD. n is 0 when s[i:] starts no valid escape.
func DecodeEscape[S ~string | ~[]byte](s S, i int) (r rune, n int) {
	if i < 0 || i+1 >= len(s) || s[i] != '\\' {
		return 0, 0
	}
	switch e := s[i+1]; e {
	case '"', '\\', '/':
		return rune(e), 2
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'u':
		r, ok := hex4(s, i+2)
		if !ok {
			return 0, 0
		}
		if !utf16.IsSurrogate(r) {
			return r, 6
		}
		if i+7 < len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
			if r2, ok := hex4(s, i+8); ok {
				if p := utf16.DecodeRune(r, r2); p != utf8.RuneError {
					return p, 12
				}
			}
		}
		return utf8.RuneError, 6
	}
	return 0, 0
}

// hex4 reads four hex digits at s[i:].
func hex4[S ~string | ~[]byte](s S, i int) (rune, bool) {
	if i < 0 || i+4 > len(s) {
		return 0, false
	}
	var r rune
	for k := i; k < i+4; k++ {
		c := s[k]
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// appendQuoted appends s as a JSON string literal.
func appendQuoted(buf []byte, s string) []byte {
	const hexDigits = "0123456789abcdef"
	buf = append(buf, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			buf = append(buf, '\\', c)
		case c == '\n':
			buf = append(buf, '\\', 'n')
		case c == '\r':
			buf = append(buf, '\\', 'r')
		case c == '\t':
			buf = append(buf, '\\', 't')
		case c < 0x20:
			buf = append(buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
		default:
			buf = append(buf, c)
		}
	}
	return append(buf, '"')
}
