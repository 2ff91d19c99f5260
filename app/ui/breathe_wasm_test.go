//go:build wasm

package ui

import (
	"syscall/js"
	"testing"
	"time"
)

// queueTask queues a task on the host's event loop (a MessageChannel
// message, the kind breathe waits for) and returns a func that tells
// whether it has run.
func queueTask(t *testing.T) (ran func() bool) {
	done := false
	f := js.FuncOf(func(this js.Value, args []js.Value) any { done = true; return nil })
	t.Cleanup(f.Release)
	ch := js.Global().Get("MessageChannel").New()
	ch.Get("port1").Set("onmessage", f)
	ch.Get("port2").Call("postMessage", 0)
	t.Cleanup(func() { ch.Get("port1").Call("close") })
	return func() bool { return done }
}

// busy keeps the wasm thread running for d without blocking, as the page's
// goroutine does while it renders or stores a paste.
func busy(d time.Duration) {
	for end := time.Now().Add(d); time.Now().Before(end); {
	}
}

// TestWasmBreatheRunsAHostTask checks that the job's pause hands the thread to
// the host's event loop even while another goroutine keeps it busy for
// longer than the pause: the case in which a 1 ms sleep ran the job on in
// the same browser task.
func TestWasmBreatheRunsAHostTask(t *testing.T) {
	for _, c := range []struct {
		name string
		wait func()
		want bool
	}{
		// The reason for breathe, kept as a control: a sleep ends inside
		// the other goroutine's work, and the host never runs.
		{"sleep", func() { time.Sleep(pause) }, false},
		{"breathe", breathe, true},
	} {
		ran := queueTask(t)
		go busy(20 * time.Millisecond)
		c.wait()
		if got := ran(); got != c.want {
			t.Errorf("%s: the queued host task had run: %v, want %v", c.name, got, c.want)
		}
		time.Sleep(10 * time.Millisecond) // let the host settle
	}
}
