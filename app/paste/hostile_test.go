package paste

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/httpexplain/httpexplain/app/message"
)

// TestHostileInput feeds input built to hurt: each must read without panic,
// in bounded time, with the diagnostic that says what was wrong.
func TestHostileInput(t *testing.T) {
	deep := "HTTP/1.1 200 OK\nContent-Type: application/json\n\n" + strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	longHeader := "HTTP/1.1 200 OK\nX-Big: " + strings.Repeat("a", 1<<20) + "\nX-After: 1\n\nok"
	manyFolds := "HTTP/1.1 200 OK\nX-Fold: a\n" + strings.Repeat(" b\n", 200000)
	manyWraps := "HTTP/1.1 200 OK\nX-Wrap: a\n" + strings.Repeat("bbbbbbbbbbbbbbbbbbbbbbbb\n", 200000)
	manyBlocks := strings.Repeat("HTTP/1.1 100 Continue\n\n", 50000) + "HTTP/1.1 200 OK\n\n"
	manyCurl := strings.Repeat("> GET / HTTP/1.1\n> Host: a\n>\n< HTTP/1.1 200 OK\n<\n", 20000)
	tests := []struct {
		name   string
		in     string
		format string
		diag   string
		check  func(t *testing.T, doc *message.Document)
	}{
		{"binary NUL", "HTTP\x00\x00\x01\x02\x03\x04binary", message.FormatUnknown, "looks like binary data", nil},
		{"binary gzip", "\x1f\x8b\x08\x00rest", message.FormatUnknown, "looks like binary data", nil},
		{"binary body after text head is fine", "HTTP/1.1 200 OK\nContent-Encoding: gzip\n\n\x1f\x8b\x08\x00\x00\x00", message.FormatHTTP, "binary data", nil},
		{"invalid utf-8", "HTTP/1.1 200 OK\nX-A: \xff\xfe\n\nok", message.FormatHTTP, "not valid UTF-8", func(t *testing.T, doc *message.Document) {
			if !hasDiag(doc, message.Warn, 2, "UTF-8") {
				t.Errorf("UTF-8 diagnostic not on line 2: %v", doc.Diagnostics)
			}
		}},
		{"deep json", deep, message.FormatHTTP, "", func(t *testing.T, doc *message.Document) {
			b := lastResponse(doc).Body
			if b == nil || len(b.Bytes) != 200000 || !b.IsJSON {
				t.Fatalf("body not passed through: %+v", b)
			}
			if b.JSONError == nil {
				t.Errorf("jsontree did not report nesting beyond %d", message.MaxJSONDepth)
			}
		}},
		{"1 MB header line", longHeader, message.FormatHTTP, "", func(t *testing.T, doc *message.Document) {
			h := lastResponse(doc).Header
			if len(h.Get("X-Big")) != 1<<20 || h.Get("X-After") != "1" {
				t.Errorf("fields around the long line lost: %d, %q", len(h.Get("X-Big")), h.Get("X-After"))
			}
		}},
		{"many folded lines", manyFolds, message.FormatHTTP, "obsolete line folding", func(t *testing.T, doc *message.Document) {
			if v := lastResponse(doc).Header.Get("X-Fold"); len(v) != 1+2*200000 {
				t.Errorf("folded value is %d bytes", len(v))
			}
		}},
		{"many wrapped lines", manyWraps, message.FormatHTTP, "wrapped", nil},
		{"many interim blocks", manyBlocks, message.FormatHTTP, "", func(t *testing.T, doc *message.Document) {
			if len(doc.Exchanges) != 50001 {
				t.Errorf("%d exchanges", len(doc.Exchanges))
			}
		}},
		{"many curl exchanges", manyCurl, message.FormatCurlVerbose, "", func(t *testing.T, doc *message.Document) {
			if len(doc.Exchanges) != 20000 {
				t.Errorf("%d exchanges", len(doc.Exchanges))
			}
		}},
		{"millions of lines", "HTTP/1.1 200 OK\nContent-Type: text/plain\n\n" + strings.Repeat("a\n", 2*MaxLines), message.FormatHTTP, "one block", func(t *testing.T, doc *message.Document) {
			if b := lastResponse(doc).Body; b == nil || len(b.Bytes) != 4*MaxLines {
				t.Errorf("body not kept byte for byte")
			}
		}},
		{"empty", "", message.FormatUnknown, "empty", nil},
		{"only a BOM", "\ufeff", message.FormatUnknown, "empty", nil},
		{"only quote markers", ">\n>\n", message.FormatUnknown, "", nil},
		{"only a fence", "```\n```\n", message.FormatUnknown, "nothing is left", nil},
		{"lone ESC", "HTTP/1.1 200 OK\x1b", message.FormatHTTP, "colour", nil},
		{"huge chunk size", "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nfffffffffffffff\nabc\n", message.FormatHTTP, "cut off", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			doc := Read([]byte(tt.in))
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			if doc.Format != tt.format {
				t.Errorf("format = %q, want %q (%v)", doc.Format, tt.format, doc.Diagnostics)
			}
			if tt.diag != "" {
				found := false
				for _, d := range doc.Diagnostics {
					found = found || strings.Contains(d.Message, tt.diag)
				}
				if !found {
					t.Errorf("no diagnostic with %q in %v", tt.diag, doc.Diagnostics)
				}
			}
			if tt.check != nil {
				tt.check(t, doc)
			}
		})
	}
}

// TestHugePaste checks that a paste over the limit is cut, with a
// diagnostic, both at a small limit and at the real one.
func TestHugePaste(t *testing.T) {
	body := bytes.Repeat([]byte(strings.Repeat("x", 1023)+"\n"), 1024) // 1 MiB
	in := append([]byte("HTTP/1.1 200 OK\nContent-Type: text/plain\n\n"), body...)
	doc := read(in, 64<<10, Options{})
	if !hasDiag(doc, message.Warn, 0, "rest was ignored") {
		t.Errorf("no limit diagnostic: %v", doc.Diagnostics)
	}
	if b := lastResponse(doc).Body; b == nil || len(b.Bytes) > 64<<10 {
		t.Errorf("body not cut at the limit")
	}
	if testing.Short() {
		return
	}
	big := make([]byte, 0, 100<<20)
	big = append(big, "HTTP/1.1 200 OK\nContent-Type: text/plain\n\n"...)
	for len(big) < 100<<20 {
		big = append(big, body...)
	}
	start := time.Now()
	doc = Read(big)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("100 MB paste took %v", d)
	}
	if !hasDiag(doc, message.Warn, 0, "rest was ignored") {
		t.Errorf("no limit diagnostic: %v", doc.Diagnostics)
	}
	if b := lastResponse(doc).Body; b == nil || len(b.Bytes) > MaxInput {
		t.Errorf("body is not cut at %d bytes", MaxInput)
	}
}

func TestSplitLinesLimit(t *testing.T) {
	src := "a\r\nb\rc\nd\n\ne"
	for max := 0; max < 8; max++ {
		ls, _ := splitLines(src, 0, max)
		if max > 0 && len(ls) > max {
			t.Errorf("max %d: %d lines", max, len(ls))
		}
		if got := string(joinLines(ls)); got != src {
			t.Errorf("max %d: lines join to %q", max, got)
		}
		for i, l := range ls {
			if l.num != i+1 {
				t.Errorf("max %d: line %d numbered %d", max, i+1, l.num)
			}
		}
	}
	if ls, cr := splitLines(src, 0, 0); len(ls) != 6 || cr != 1 {
		t.Errorf("%d lines, %d lone CR; want 6, 1", len(ls), cr)
	}
}
