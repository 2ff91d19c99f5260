//go:build !wasm

package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// tracer records a browser trace (the DevTools Performance panel's) of
// parts of a bench run into dir, and sums the renderer's main-thread work
// by kind: script, style, layout, paint. A CPU profile sees the page's
// functions but counts the browser's own work as "(program)"; the trace
// says what that is. With dir "" it does nothing.
type tracer struct {
	t    *tab
	dir  string
	side string
	log  io.Writer

	mu     sync.Mutex
	events []json.RawMessage
	done   chan struct{}

	// Tasks are the main thread's long tasks in the last trace stopped,
	// for a CPU profile of the same stretch to say what ran in them.
	Tasks []span
}

// span is a stretch of time on the browser's monotonic clock, in µs: the
// clock of trace events and of CPU profiles alike.
type span struct{ start, end float64 }

// longTask is how long a task must be to count as long (the longtask
// observer's threshold).
const longTask = 50_000 // µs

// traceCategories are what the Performance panel records, less the
// screenshots.
var traceCategories = []string{
	"devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink", "loading",
	"disabled-by-default-devtools.timeline.frame", "toplevel",
}

func (r *tracer) start() error {
	if r.dir == "" {
		return nil
	}
	r.events, r.done = nil, make(chan struct{})
	done := r.done
	err := chromedp.Listen(r.t.ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			r.mu.Lock()
			for _, v := range e.Value {
				b, err := json.Marshal(v)
				if err == nil {
					r.events = append(r.events, b)
				}
			}
			r.mu.Unlock()
		case *tracing.EventTracingComplete:
			select {
			case <-done:
			default:
				close(done)
			}
		}
	})
	if err != nil {
		return err
	}
	_, err = chromedp.Call(r.t.ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: traceCategories},
	})
	return err
}

// stop ends the trace, writes it to dir/SIDE-name.json (the Performance
// panel loads it) and logs the main thread's busiest kinds of work.
func (r *tracer) stop(name string) error {
	if r.dir == "" {
		return nil
	}
	if _, err := chromedp.Call(r.t.ctx, tracing.End, cdp.Empty{}); err != nil {
		return err
	}
	<-r.done
	r.mu.Lock()
	events := r.events
	r.mu.Unlock()
	if err := os.MkdirAll(r.dir, 0o755); err != nil {
		return err
	}
	file := filepath.Join(r.dir, r.side+"-"+name+".json")
	b, err := json.Marshal(map[string]any{"traceEvents": events})
	if err != nil {
		return err
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(r.log, "  trace %s; the renderer's main thread, by kind of work:\n", file)
	sums, tasks := mainThreadWork(events, 14)
	for _, w := range sums {
		fmt.Fprintf(r.log, "    %7.1f ms  %4d×  %s\n", w.ms, w.n, w.name)
	}
	r.Tasks = append([]span{}, tasks...) // none is not "not traced"
	return nil
}

// traceEvent is the part of a trace event the summary reads.
type traceEvent struct {
	Name string          `json:"name"`
	Ph   string          `json:"ph"`
	Pid  int             `json:"pid"`
	Tid  int             `json:"tid"`
	Ts   float64         `json:"ts"`  // µs
	Dur  float64         `json:"dur"` // µs
	Args json.RawMessage `json:"args"`
}

// work is the time spent in one kind of trace event.
type work struct {
	name string
	ms   float64
	n    int
}

// mainThreadWork sums the complete events of the renderer's main thread
// (CrRendererMain) by name, the n biggest first, and lists its long tasks
// (RunTask events over longTask), longest first. Events nest (a
// FunctionCall holds the Layout it forced), so the sums overlap.
func mainThreadWork(raw []json.RawMessage, n int) ([]work, []span) {
	type thread struct{ pid, tid int }
	var main []thread
	var evs []traceEvent
	for _, b := range raw {
		var e traceEvent
		if json.Unmarshal(b, &e) != nil {
			continue
		}
		if e.Ph == "M" && e.Name == "thread_name" {
			var a struct {
				Name string `json:"name"`
			}
			if json.Unmarshal(e.Args, &a) == nil && a.Name == "CrRendererMain" {
				main = append(main, thread{e.Pid, e.Tid})
			}
			continue
		}
		if e.Ph == "X" {
			evs = append(evs, e)
		}
	}
	sums := map[string]*work{}
	var tasks []span
	for _, e := range evs {
		if !slices.Contains(main, thread{e.Pid, e.Tid}) {
			continue
		}
		if e.Name == "RunTask" && e.Dur >= longTask {
			tasks = append(tasks, span{e.Ts, e.Ts + e.Dur})
		}
		w := sums[e.Name]
		if w == nil {
			w = &work{name: e.Name}
			sums[e.Name] = w
		}
		w.ms += e.Dur / 1000
		w.n++
	}
	var out []work
	for _, w := range sums {
		out = append(out, *w)
	}
	slices.SortFunc(out, func(a, b work) int { return cmp.Compare(b.ms, a.ms) })
	slices.SortFunc(tasks, func(a, b span) int { return cmp.Compare(b.end-b.start, a.end-a.start) })
	return out[:min(n, len(out))], tasks
}
