package paste

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/samples"
)

// TestReadWithYield checks ReadWith calls Yield at least once every
// YieldEvery bytes of a big paste, and reads what Read reads.
func TestReadWithYield(t *testing.T) {
	var lines strings.Builder
	lines.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
	for lines.Len() < 3<<20 {
		lines.WriteString("a log line of plain text, not JSON, to split into lines\r\n")
	}
	cases := map[string][]byte{
		"HAR10MB":   samples.HAR10MB(),
		"JSON1MB":   samples.JSON1MB(),
		"text3MB":   []byte(lines.String()),
		"headers":   bytes.Repeat([]byte("X-Long: "+strings.Repeat("v", 1000)+"\n"), 1000),
		"2KB":       samples.Response2KB(),
		"truncated": samples.HAR10MB()[:4<<20],
	}
	for name, in := range cases {
		n := 0
		with := ReadWith(in, Options{Yield: func() { n++ }})
		if min := len(in) / YieldEvery; n < min {
			t.Errorf("%s: %d yields for %d bytes, want at least %d", name, n, len(in), min)
		}
		if !reflect.DeepEqual(with, Read(in)) {
			t.Errorf("%s: ReadWith with Yield reads differently from Read", name)
		}
	}
}

// stop is what the abandoning Yield below panics with.
type stop struct{}

// TestReadWithYieldAbandons checks a Yield may stop reading by panicking,
// on both the HAR path and the line path.
func TestReadWithYieldAbandons(t *testing.T) {
	for _, in := range [][]byte{samples.HAR10MB(), samples.JSON1MB()} {
		func() {
			defer func() {
				if r := recover(); r != (stop{}) {
					t.Errorf("recovered %v, want the Yield's panic", r)
				}
			}()
			ReadWith(in, Options{Yield: func() { panic(stop{}) }})
			t.Error("ReadWith returned after Yield panicked")
		}()
	}
}
