package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// maxShownRunes is how much of a key or string value a tree row shows; the
// copy action still gives the whole value.
const maxShownRunes = 300

// shownKey returns n's key as a row shows it.
func shownKey(t *jsontree.Tree, n jsontree.Node) string {
	return shownJSONString(t.RawKey(n))
}

// shownValue returns a scalar as a row shows it: strings decoded (bounded,
// with invisible characters made visible), numbers, booleans and null
// exactly as written, so a 30-digit number is never rounded.
func shownValue(t *jsontree.Tree, n jsontree.Node) string {
	raw := t.Raw(n)
	if t.Kind(n) == jsontree.String {
		return shownJSONString(raw)
	}
	if len(raw) > maxShownRunes {
		return string(raw[:maxShownRunes]) + "…"
	}
	return string(raw)
}

// shownJSONString decodes at most maxShownRunes of a quoted JSON string and
// makes control, line-separator and bidi characters visible as escapes, so
// that a hostile value can neither break a row nor reorder its text. It
// reads only the prefix it shows, however long the string.
func shownJSONString(raw []byte) string {
	if len(raw) >= 2 {
		raw = raw[1 : len(raw)-1]
	}
	var b strings.Builder
	shown := 0
	for i := 0; i < len(raw); {
		if shown >= maxShownRunes {
			b.WriteString("…")
			break
		}
		var r rune
		if raw[i] == '\\' && i+1 < len(raw) {
			r, i = decodeEscape(raw, i)
		} else {
			var size int
			r, size = utf8.DecodeRune(raw[i:])
			i += size
		}
		writeVisible(&b, r)
		shown++
	}
	return b.String()
}

// decodeEscape decodes the escape at raw[i] ('\\') and returns the rune and
// the offset after it. Malformed escapes come out as U+FFFD.
func decodeEscape(raw []byte, i int) (rune, int) {
	if r, n := jsontree.DecodeEscape(raw, i); n > 0 {
		return r, i + n
	}
	if raw[i+1] == 'u' {
		return utf8.RuneError, i + 2
	}
	return rune(raw[i+1]), i + 2
}

// writeVisible writes r, or an escape for characters that would be
// invisible or would change how the row reads.
func writeVisible(b *strings.Builder, r rune) {
	switch {
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < 0x20 || r == 0x7f,
		r >= 0x200b && r <= 0x200f, // zero-width and direction marks
		r >= 0x2028 && r <= 0x202e, // line/paragraph separators, bidi embeddings
		r >= 0x2066 && r <= 0x2069, // bidi isolates
		r == 0xfeff:
		b.WriteString(`\u`)
		h := strconv.FormatInt(int64(r), 16)
		b.WriteString(strings.Repeat("0", 4-len(h)))
		b.WriteString(h)
	default:
		b.WriteRune(r)
	}
}

// countLabel says how many members a container has.
func countLabel(t *jsontree.Tree, n jsontree.Node) string {
	l := t.Len(n)
	unit := "items"
	if t.Kind(n) == jsontree.Object {
		unit = "keys"
	}
	if l == 1 {
		unit = unit[:len(unit)-1]
	}
	return strconv.Itoa(l) + " " + unit
}

// maxIndent is the deepest level indented in full (web/body.css has a
// jv-dN class for each level up to it).
const maxIndent = 24

// indent is how a row at depth d is indented: a class (jv-dN pads the row
// by N levels: a class rather than an element, as every element of a row
// is costly to render) and, past maxIndent levels, a marker that writes
// the depth out, so a 500-deep body does not push its rows off screen.
func indent(d int) (class, marker string) {
	if d <= maxIndent {
		return "jv-d" + strconv.Itoa(d), ""
	}
	return "jv-d" + strconv.Itoa(maxIndent-4), "…" + strconv.Itoa(d) + " "
}
