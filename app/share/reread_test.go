package share

import (
	"strings"
	"testing"
)

// rereadShapes repeat, on one line, a header or a curl flag standing in a
// secret parameter's value: the line scanner goes back to the parameter's
// end (resume), so a careless one reads each later header's value again.
var rereadShapes = []string{
	"token=Set-Cookie:a=1; ",
	"token=Set-Cookie: a=1; Path=/ ",
	"token=Set-Cookie:a=1;Path=/;",
	"token=Set-Cookie:a=1, b=2; x ",
	"token=[Set-Cookie: a=1; ",
	"token=Cookie:0 ",
	"token=Cookie:a; ",
	"secret=Authorization: x ",
	"token=Authorization:x&",
	"token=X-Api-Key: x ",
	"password=-H 'Cookie: a' ",
	"secret=-b a=1 ",
	"token=-u a:b ",
	`\"Set-Cookie: a`,
}

// TestValueReadsAreLinear counts, instead of timing, the bytes the header
// value readers read: a bounded number per byte of the paste, so Redact
// stays linear (it runs on the page's one thread).
func TestValueReadsAreLinear(t *testing.T) {
	const n = 64 << 10
	for _, unit := range rereadShapes {
		in := strings.Repeat(unit, n/len(unit))
		c := &collector{s: in}
		c.run()
		// Each value reader reads a byte once; a line's values pass
		// through three of them at most (a bracket's, a JSON string's
		// end, the cookies).
		if c.reads > 4*len(in) {
			t.Errorf("%q repeated: %d bytes read for %d", unit, c.reads, len(in))
		}
	}
}
