package jsontree

import (
	"testing"
	"unicode/utf8"
)

func TestDecodeEscape(t *testing.T) {
	cases := []struct {
		in string
		r  rune
		n  int
	}{
		{`\"`, '"', 2}, {`\\`, '\\', 2}, {`\/`, '/', 2}, {`\n`, '\n', 2}, {`\t`, '\t', 2},
		{`\u00e9`, 'é', 6}, {`\u00E9x`, 'é', 6},
		{`\ud83d\ude00`, '😀', 12},
		{`\ud83d`, utf8.RuneError, 6},       // lone high surrogate
		{`\ude00\ud83d`, utf8.RuneError, 6}, // low before high
		{`\ud83d\u0041`, utf8.RuneError, 6}, // high then a non-surrogate
		{`\u12`, 0, 0}, {`\uzzzz`, 0, 0}, {`\x`, 0, 0}, {`\'`, 0, 0}, {`\`, 0, 0}, {`a`, 0, 0},
	}
	for _, c := range cases {
		r, n := DecodeEscape(c.in, 0)
		if r != c.r || n != c.n {
			t.Errorf("DecodeEscape(%q) = %q, %d; want %q, %d", c.in, r, n, c.r, c.n)
		}
		if rb, nb := DecodeEscape([]byte(c.in), 0); rb != r || nb != n {
			t.Errorf("DecodeEscape([]byte(%q)) differs from the string form", c.in)
		}
	}
}
