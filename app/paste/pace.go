package paste

import "math"

// Options tune ReadWith.
type Options struct {
	// Yield, when set, is called about every YieldEvery bytes of input
	// read (between HAR entries, in long line loops, inside JSON bodies),
	// so a caller on a single thread (the page, in the browser) can let
	// other work run. It may panic to abandon the read; the panic reaches
	// the caller of ReadWith. nil never yields.
	Yield func()
}

// YieldEvery is about how many bytes of input ReadWith reads between calls
// to Options.Yield: small enough that in the browser, where reading is
// several times slower than natively (a HAR's entries most of all), the
// work between two calls stays well under the 50 ms of a long task.
const YieldEvery = 32 << 10

// pacer calls a yield function each time progress passes another
// YieldEvery bytes. Its zero value, and one without a function, never
// calls anything and costs one comparison a check.
type pacer struct {
	yield func()
	next  int
}

func newPacer(yield func()) *pacer {
	p := &pacer{yield: yield, next: math.MaxInt}
	if yield != nil {
		p.next = YieldEvery
	}
	return p
}

// at notes that reading has reached byte offset off.
func (p *pacer) at(off int) {
	if p == nil || off < p.next {
		return
	}
	p.yield()
	p.next = off + YieldEvery
}

// now yields at once if there is a yield function: between stages whose
// cost grows with the input.
func (p *pacer) now() {
	if p != nil && p.yield != nil {
		p.yield()
	}
}
