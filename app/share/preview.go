package share

import (
	"strings"
	"unicode/utf8"
)

// How much of the line around a secret the previews show, in bytes.
const (
	contextBefore = 32
	contextAfter  = 16
)

// preview shows the line around text[start:end] with mid in its place,
// cut to a short, printable, valid UTF-8 piece.
func preview(text string, start, end int, mid string) string {
	// Look only as far as the context reaches: a paste may be one huge line.
	lo := max(0, start-contextBefore-1)
	ls := lo
	if k := strings.LastIndexByte(text[lo:start], '\n'); k >= 0 {
		ls = lo + k + 1
	} else if lo == 0 {
		ls = 0
	}
	hi := min(len(text), end+contextAfter+1)
	le := hi
	if k := strings.IndexByte(text[end:hi], '\n'); k >= 0 {
		le = end + k
	}
	from, lead := ls, ""
	if start-ls > contextBefore {
		from, lead = start-contextBefore, "…"
		for from < start && !utf8.RuneStart(text[from]) {
			from++
		}
	}
	to, tail := le, ""
	if le-end > contextAfter {
		to, tail = end+contextAfter, "…"
		for to > end && !utf8.RuneStart(text[to]) {
			to--
		}
	}
	return printable(lead + text[from:start] + mid + text[end:to] + tail)
}

// shorten keeps a few characters of each end of a secret, enough for the
// person who pasted it to recognise it, too few to use it.
func shorten(secret string) string {
	n := utf8.RuneCountInString(secret[:min(len(secret), 64)])
	var head, tail int
	switch {
	case n >= 12:
		head, tail = 6, 3
	case n >= 6:
		head, tail = 2, 1
	default:
		head, tail = 1, 0
	}
	h := secret
	for i := range h {
		if head == 0 {
			h = h[:i]
			break
		}
		head--
	}
	t := ""
	for k := len(secret); tail > 0 && k > len(h); tail-- {
		_, size := utf8.DecodeLastRuneInString(secret[:k])
		k -= size
		t = secret[k:]
	}
	return h + "…" + t
}

// printable turns control characters into spaces and bad UTF-8 into U+FFFD,
// so a preview never carries terminal escapes or broken text.
func printable(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}
