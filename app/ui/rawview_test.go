package ui

import (
	"reflect"
	"strings"
	"testing"
)

// rowTexts renders rows as "line:text", with "^" rows for the caret and
// "+" for continuation rows.
func rowTexts(x *rawRows, rows []rawRow) []string {
	var out []string
	for _, r := range rows {
		s := string(x.src[r.From:r.To])
		switch {
		case r.Caret:
			s = "^" + caretPrefix(x.src, r.From, min(x.errOff, r.To)) + "|"
		case r.Err:
			s = "!" + s
		}
		if !r.First && !r.Caret {
			s = "+" + s
		}
		out = append(out, s)
	}
	return out
}

func TestRawViewRows(t *testing.T) {
	long := strings.Repeat("a", rawSegment) + strings.Repeat("b", 10)
	// A segment boundary inside a 2-byte character moves back before it.
	utf := strings.Repeat("x", rawSegment-1) + "é" + "y"
	tests := []struct {
		name   string
		src    string
		errOff int
		want   []string
	}{
		{"lines", "a\nbb\r\nccc", -1, []string{"a", "bb", "ccc"}},
		{"final newline adds no line", "a\nb\n", -1, []string{"a", "b"}},
		{"empty lines kept", "a\n\nb", -1, []string{"a", "", "b"}},
		{"long line continues", long, -1, []string{strings.Repeat("a", rawSegment), "+" + strings.Repeat("b", 10)}},
		{"no split inside a character", utf, -1, []string{strings.Repeat("x", rawSegment-1), "+éy"}},
		{"error with caret", "{\n  \"a\": 1,\n\t\"b\" 2\n}", 17, []string{"{", `  "a": 1,`, "!\t\"b\" 2", "^\t    |", "}"}},
		{"error at end of input", "{\"a\":", 5, []string{"!{\"a\":", "^     |"}},
		{"error after a final newline", "[1,\n", 4, []string{"[1,", "!", "^|"}},
		{"error in a continuation row", long, rawSegment + 3, []string{strings.Repeat("a", rawSegment), "+!" + strings.Repeat("b", 10), "^   |"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newRawRows([]byte(tc.src), tc.errOff)
			got := rowTexts(x, x.Window(0, 1000))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("rows\n got %q\nwant %q", got, tc.want)
			}
			if x.Total() != len(tc.want) {
				t.Errorf("Total %d, want %d", x.Total(), len(tc.want))
			}
		})
	}
}

func TestRawViewLineNumbers(t *testing.T) {
	// The body starts on paste line 12: its third line is line 14, and the
	// error message counts the same way.
	src := "{\n  \"a\": 1\n  \"b\": 2\n}"
	v := newRawView([]byte(src), 12, parseErr(t, src))
	if got, want := v.errorText(), "JSON error at line 14, column 3: "; !strings.HasPrefix(got, want) {
		t.Errorf("errorText %q, want prefix %q", got, want)
	}
	rows := v.rows.Window(0, 10)
	html := []string{}
	for _, r := range rows {
		html = append(html, htmlOf(v.renderRow(r)))
	}
	if !strings.Contains(html[2], `<span class="rv-num">14</span>`) || !strings.Contains(html[2], "rv-err") {
		t.Errorf("error row: %s", html[2])
	}
	if !strings.Contains(html[2], `<mark class="rv-at">&#34;</mark>`) {
		t.Errorf("error char not marked: %s", html[2])
	}
	if !strings.Contains(html[3], "rv-caret") || !strings.Contains(html[3], "^ expected") {
		t.Errorf("caret row: %s", html[3])
	}
}

func TestRawViewBinary(t *testing.T) {
	tests := []struct {
		name string
		b    []byte
		want bool
	}{
		{"text", []byte("hello, wörld"), false},
		{"nul byte", []byte("GIF89a\x00\x01"), true},
		{"invalid utf-8", []byte{0xff, 0xd8, 0xff, 0xe0, 'J', 'F', 'I', 'F'}, true},
		{"cut inside the last character", []byte("caf\xc3"), false},
		{"latin-1 text is not utf-8", []byte("caf\xe9 cr\xe8me"), true},
	}
	for _, tc := range tests {
		if got := bodyIsBinary(tc.b); got != tc.want {
			t.Errorf("%s: bodyIsBinary = %v, want %v", tc.name, got, tc.want)
		}
	}
	dump := hexPreview([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00"))
	want := "00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|\n" +
		"00000010  00                                                |.|\n"
	if dump != want {
		t.Errorf("hexPreview\n%s\nwant\n%s", dump, want)
	}
	if got := strings.Count(hexPreview(make([]byte, 1000)), "\n"); got != hexPreviewBytes/16 {
		t.Errorf("hex preview has %d lines, want %d", got, hexPreviewBytes/16)
	}
}

// BenchmarkRawViewWindow measures a 100-row window of a 5 MB one-line body.
func BenchmarkRawViewWindow(b *testing.B) {
	src := []byte(strings.Repeat(`{"id":1,"name":"x"},`, 250000))
	x := newRawRows(src, -1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if w := x.Window((i*31)%(x.Total()-100), 100); len(w) != 100 {
			b.Fatal(len(w))
		}
	}
}
