package paste

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/httpexplain/httpexplain/app/message"
)

// FuzzRead checks that no paste panics, takes long, or points at a line the
// paste does not have.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("> HTTP/1.1 200 OK\n>\n> {}"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;a=b\r\nx\r\n0\r\nT: 1\r\n\r\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		done := make(chan *message.Document, 1)
		go func() { done <- Read(in) }()
		var doc *message.Document
		select {
		case doc = <-done:
		case <-time.After(2 * time.Second):
			// A hang would otherwise stall the fuzzer without saving
			// the input; fail with the stacks instead.
			buf := make([]byte, 1<<20)
			n := runtime.Stack(buf, true)
			t.Fatalf("Read did not finish in 2s on %d bytes:\n%s", len(in), buf[:n])
		}
		ls, _ := splitLines(string(in), 0, 0)
		checkLines(t, doc, len(ls))
	})
}

// checkLines fails when any line in doc is outside 0..n.
func checkLines(t *testing.T, doc *message.Document, n int) {
	t.Helper()
	bad := func(what string, l int) {
		if l < 0 || l > n {
			t.Errorf("%s line %d is outside 0..%d", what, l, n)
		}
	}
	if doc == nil {
		t.Fatal("nil document")
	}
	for _, d := range doc.Diagnostics {
		bad("diagnostic "+d.Message, d.Line)
	}
	header := func(what string, h message.Header) {
		for _, f := range h {
			bad(what+" field "+f.Name, f.Line)
		}
	}
	for _, ex := range doc.Exchanges {
		if q := ex.Request; q != nil {
			bad("request", q.Line)
			header("request", q.Header)
			if q.Body != nil {
				bad("request body", q.Body.Line)
			}
		}
		if s := ex.Response; s != nil {
			bad("response", s.Line)
			header("response", s.Header)
			header("trailer", s.Trailers)
			if s.Body != nil {
				bad("response body", s.Body.Line)
			}
		}
	}
}
