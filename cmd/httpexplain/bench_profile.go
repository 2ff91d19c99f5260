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
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// cpuProfiler profiles parts of a bench run into dir; with dir "" it
// does nothing.
type cpuProfiler struct {
	t   *tab
	dir string
	log io.Writer
}

func (p cpuProfiler) start() error {
	if p.dir == "" {
		return nil
	}
	return p.t.startProfile()
}

// stop writes the profile begun by start to dir/name.cpuprofile. Given
// the long tasks a trace of the same stretch saw, it also says what ran
// in them.
func (p cpuProfiler) stop(name string, tasks ...span) error {
	if p.dir == "" {
		return nil
	}
	return p.t.stopProfile(filepath.Join(p.dir, name+".cpuprofile"), p.log, tasks)
}

// pasteDetails logs, after a paste, what the page logged (console.log)
// and the report's nodes, then pastes the same input again on the same
// page, warm, to show what code the browser had not compiled yet costs;
// that paste is profiled too (ID-again.cpuprofile).
func (p cpuProfiler) pasteDetails(side, url, id string, timeout time.Duration) error {
	if p.dir == "" {
		return nil
	}
	t := p.t
	lines, _ := chromedp.Run(t.ctx, chromedp.Evaluate[[]string](`__bench.log.splice(0)`))
	nodes, _ := chromedp.Run(t.ctx, chromedp.Evaluate[string](`[...document.querySelectorAll("#report > *, #report > * > *")].map(e => (e.id||e.className||e.tagName) + "=" + e.querySelectorAll("*").length).join(" ")`))
	for _, l := range append(lines, "nodes: "+nodes) {
		fmt.Fprintf(p.log, "  page: %s\n", l)
	}
	if _, err := chromedp.Run(t.ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('clear').click()`)); err != nil {
		return err
	}
	time.Sleep(300 * time.Millisecond)
	if err := p.start(); err != nil {
		return err
	}
	warm, err := t.paste(side, url, timeout)
	if err != nil {
		return err
	}
	if err := p.stop(id + "-again"); err != nil {
		return err
	}
	fmt.Fprintf(p.log, "  %s again on the same page: visible %.0f ms, whole %.0f ms\n", id, warm.Painted, warm.Whole)
	return nil
}

// startProfile starts the browser's sampling CPU profiler, which sees
// JavaScript and wasm functions alike (by name when the wasm keeps its
// name section).
func (t *tab) startProfile() error {
	if _, err := chromedp.Call(t.ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return err
	}
	if _, err := chromedp.Call(t.ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}); err != nil {
		return err
	}
	_, err := chromedp.Call(t.ctx, profiler.Start, cdp.Empty{})
	return err
}

// stopProfile stops the profiler, writes the profile to file (DevTools
// opens it) and lists the functions that took the most time themselves.
func (t *tab) stopProfile(file string, log io.Writer, tasks []span) error {
	res, err := chromedp.Call(t.ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return err
	}
	prof := res.Profile
	if prof == nil {
		return fmt.Errorf("the browser returned no profile")
	}
	b, err := json.Marshal(prof)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(log, "  profile %s\n", file)
	for _, f := range topFunctions(prof, 0, len(prof.Samples), 25) {
		fmt.Fprintf(log, "    %7.1f ms  %s\n", f.ms, f.name)
	}
	if tasks != nil {
		logTasks(prof, tasks, log)
		return nil
	}
	from, to, ms := longestBusy(prof)
	fmt.Fprintf(log, "  longest stretch without idle: %.1f ms; in it:\n", ms)
	for _, f := range topFunctions(prof, from, to, 15) {
		fmt.Fprintf(log, "    %7.1f ms  %s\n", f.ms, f.name)
	}
	return nil
}

// logTasks says, for the three longest of the tasks a trace saw, which
// functions ran in them: by their own time, and the app's own functions
// by the time under them. A stretch of samples without idle is no guide
// to a task: a task that yields to a short one shows no idle between.
func logTasks(prof *profiler.Profile, tasks []span, log io.Writer) {
	if len(tasks) == 0 {
		fmt.Fprintf(log, "  no task over %d ms\n", longTask/1000)
		return
	}
	at := sampleTimes(prof)
	for _, task := range tasks[:min(3, len(tasks))] {
		from, _ := slices.BinarySearch(at, task.start)
		to, _ := slices.BinarySearch(at, task.end)
		fmt.Fprintf(log, "  task of %.1f ms; in it, by own time:\n", (task.end-task.start)/1000)
		for _, f := range topFunctions(prof, from, to, 8) {
			fmt.Fprintf(log, "    %7.1f ms  %s\n", f.ms, f.name)
		}
		fmt.Fprintf(log, "  the app's functions in it, by the time under them:\n")
		for _, f := range underFunctions(prof, from, to, appFunction, 10) {
			fmt.Fprintf(log, "    %7.1f ms  %s\n", f.ms, f.name)
		}
	}
}

// sampleTimes is when each sample of prof was taken, in µs.
func sampleTimes(prof *profiler.Profile) []float64 {
	at := make([]float64, len(prof.Samples))
	t := prof.StartTime
	for i := range at {
		if i < len(prof.TimeDeltas) {
			t += float64(prof.TimeDeltas[i])
		}
		at[i] = t
	}
	return at
}

// appPrefix starts the wasm name of each of the app's own functions.
const appPrefix = "github.com_httpexplain_httpexplain_"

// appFunction tells the app's own functions by their wasm names.
func appFunction(name string) bool { return strings.HasPrefix(name, appPrefix) }

// underFunctions sums, over samples [from, to), the time under each
// function that keep accepts (its own and its callees'), counting a
// function once a sample however often it recurs, and returns the n
// largest.
func underFunctions(prof *profiler.Profile, from, to int, keep func(string) bool, n int) []profiledFunction {
	name := nodeNames(prof)
	parent := map[int64]int64{}
	for _, node := range prof.Nodes {
		for _, c := range node.Children {
			parent[int64(c)] = int64(node.ID)
		}
	}
	under := map[string]float64{}
	for i := from; i < to && i+1 < len(prof.TimeDeltas); i++ {
		ms := float64(prof.TimeDeltas[i+1]) / 1000
		seen := map[string]bool{}
		for id, ok := int64(prof.Samples[i]), true; ok; id, ok = parent[id] {
			if nm := name[id]; keep(nm) && !seen[nm] {
				seen[nm] = true
				under[strings.TrimPrefix(nm, appPrefix)] += ms
			}
		}
	}
	return largest(under, n)
}

// longestBusy finds the longest run of samples with no idle one among
// them: about the longest task the main thread ran.
func longestBusy(prof *profiler.Profile) (from, to int, ms float64) {
	idle := map[int64]bool{}
	for _, node := range prof.Nodes {
		if node.CallFrame.FunctionName == "(idle)" {
			idle[int64(node.ID)] = true
		}
	}
	start, run := 0, 0.0
	for i, id := range prof.Samples {
		if idle[int64(id)] {
			start, run = i+1, 0
			continue
		}
		if i+1 < len(prof.TimeDeltas) {
			run += float64(prof.TimeDeltas[i+1]) / 1000
		}
		if run > ms {
			from, to, ms = start, i+1, run
		}
	}
	return from, to, ms
}

// profiledFunction is one function's own time in a profile.
type profiledFunction struct {
	name string
	ms   float64
}

// topFunctions sums each function's own time (its samples times the
// interval they stand for) over samples [from, to) and returns the n
// largest.
func topFunctions(prof *profiler.Profile, from, to, n int) []profiledFunction {
	name := nodeNames(prof)
	self := map[string]float64{}
	for i := from; i < to; i++ {
		if i+1 < len(prof.TimeDeltas) {
			self[name[int64(prof.Samples[i])]] += float64(prof.TimeDeltas[i+1]) / 1000
		}
	}
	return largest(self, n)
}

// nodeNames names each node of prof by its function.
func nodeNames(prof *profiler.Profile) map[int64]string {
	names := map[int64]string{}
	for _, node := range prof.Nodes {
		name := node.CallFrame.FunctionName
		if name == "" {
			name = "(anonymous) " + filepath.Base(node.CallFrame.URL)
		}
		names[int64(node.ID)] = name
	}
	return names
}

// largest returns the n functions of most time, the most first (by name
// between equals).
func largest(ms map[string]float64, n int) []profiledFunction {
	out := make([]profiledFunction, 0, len(ms))
	for name, t := range ms {
		out = append(out, profiledFunction{name, t})
	}
	slices.SortFunc(out, func(a, b profiledFunction) int {
		return cmp.Or(cmp.Compare(b.ms, a.ms), strings.Compare(a.name, b.name))
	})
	return out[:min(n, len(out))]
}
