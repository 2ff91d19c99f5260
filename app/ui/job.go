package ui

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/httpexplain/httpexplain/app/paste"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Go's wasm runs on the browser's main thread: while the engine works,
// nothing paints and no key is handled. A job is one analysis run in a
// goroutine whose Yield (handed to the engine, which calls it as it goes)
// waits for a task of the browser's own once a slice of work has passed
// (breathe); that hands the thread back to the browser's event loop, so no
// task grows much longer than a slice.
//
// Cancelling: when a new paste arrives the page stops the old job. Its next
// Yield panics with the private value abandoned, which unwinds the engine
// (which never recovers panics) back to job.run, which recovers it. So an
// abandoned analysis costs at most one more slice of work.

// slice is how long a job works before it lets the browser run.
const slice = 20 * time.Millisecond

// pause is how long a job's pause sleeps off the browser (see breathe).
const pause = time.Millisecond

// abandoned is what a stopped job's yield panics with.
type abandoned struct{}

// progress is what a job is doing, for the #progress line.
type progress struct {
	phase       string // "Reading", "Listing exchanges", "Explaining exchange"
	done, total int    // a fraction when total > 0
	exchange    bool   // done and total count exchanges, not bytes
	bar         bool   // the bar can show done out of total
}

// text says what is going on, e.g. "Reading… 45%" or "Explaining exchange
// 3 of 8,700…".
func (pr progress) text() string {
	switch {
	case pr.total <= 0:
		return pr.phase + "…"
	case pr.exchange:
		return fmt.Sprintf("%s %s of %s…", pr.phase, grouped(pr.done), grouped(pr.total))
	}
	return fmt.Sprintf("%s… %d%%", pr.phase, pr.percent())
}

// percent is done out of total, capped at 99 until the phase is over.
func (pr progress) percent() int {
	if pr.total <= 0 {
		return 0
	}
	return min(99, int(int64(pr.done)*100/int64(pr.total)))
}

// grouped writes n with thousands separators: 8,700.
func grouped(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return s
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// job is one analysis run off the event handler.
type job struct {
	stopped atomic.Bool
	// report, when set, is called at each pause with the progress; the
	// page dispatches it to the screen.
	report func(progress)
	// The fields below belong to the goroutine that runs the job.
	prog   progress
	step   func(*progress) // advances prog at each yield
	start  time.Time       // when the current slice began
	paused bool            // the job has paused at least once
	noRest bool            // never pause (unpaced)
}

// unpaced makes j a job that never pauses: for work small enough to run
// in an event handler, where a pause would hold up go-app's loop.
func (j *job) unpaced() *job {
	j.noRest = true
	return j
}

func newJob(report func(progress)) *job {
	return &job{report: report, start: time.Now()}
}

// stop makes the job's next yield abandon it. Safe from any goroutine.
func (j *job) stop() {
	if j != nil {
		j.stopped.Store(true)
	}
}

// yield is the engine's Yield: it abandons a stopped job, and pauses once
// a slice of work has passed.
func (j *job) yield() {
	if j.stopped.Load() {
		panic(abandoned{})
	}
	if j.step != nil {
		j.step(&j.prog)
	}
	if !j.noRest && time.Since(j.start) >= slice {
		j.rest()
	}
}

// rest reports the progress and lets the browser run.
func (j *job) rest() {
	if j.report != nil {
		j.report(j.prog)
	}
	breathe()
	j.paused = true
	j.start = time.Now()
	if j.stopped.Load() {
		panic(abandoned{})
	}
}

// reading starts the reading phase of text. Read yields about every
// paste.YieldEvery bytes on each of its passes over the input; most big
// pastes take two (a HAR: its JSON, then its entries; a raw response: its
// lines, then its JSON body), so that is the estimate.
func (j *job) reading(text string) {
	j.phase(progress{phase: "Reading", total: 2 * len(text), bar: true}, func(pr *progress) { pr.done += paste.YieldEvery })
}

// copyChunk is how many UTF-16 code units of a JavaScript string copyString
// copies between yields: a few milliseconds' work.
const copyChunk = 256 << 10

// copyString copies a JavaScript String object into Go in slices, yielding
// between them: one copy of 10 MB is a long task of its own. Each slice is
// encoded to UTF-8 on the JavaScript side and lands in one reused buffer,
// so the copy leaves no garbage in the Go heap.
func (j *job) copyString(v app.Value) string {
	n := v.Get("length").Int()
	j.phase(progress{phase: "Copying the paste", total: n, bar: true}, func(pr *progress) { pr.done += copyChunk })
	enc := app.Window().Get("TextEncoder").New()
	scratch := make([]byte, 3*copyChunk) // UTF-8 takes at most 3 bytes a UTF-16 unit
	var b strings.Builder
	b.Grow(n)
	for i := 0; i < n; {
		k := min(i+copyChunk, n)
		if k < n {
			// Never cut a surrogate pair: each half alone is not text.
			if c := v.Call("charCodeAt", k-1).Int(); c >= 0xD800 && c < 0xDC00 {
				k--
			}
		}
		m := app.CopyBytesToGo(scratch, enc.Call("encode", v.Call("substring", i, k)))
		b.Write(scratch[:m])
		i = k
		j.yield()
	}
	return b.String()
}

// listing starts the phase that lists n exchanges.
func (j *job) listing(n int) {
	j.phase(progress{phase: "Listing exchanges", total: n, exchange: true, bar: true}, func(pr *progress) { pr.done = min(pr.done+1, pr.total) })
}

// explaining starts explaining exchange i (0-based) of n.
func (j *job) explaining(i, n int) {
	j.phase(progress{phase: "Explaining exchange", done: i + 1, total: n, exchange: true}, nil)
}

func (j *job) phase(pr progress, step func(*progress)) {
	j.prog, j.step = pr, step
	if j.report != nil {
		j.report(pr)
	}
}

// run runs fn, reporting false if the job was abandoned on the way.
// Other panics go on up.
func (j *job) run(fn func()) (finished bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(abandoned); !ok {
				panic(r)
			}
			finished = false
		}
	}()
	fn()
	return true
}
