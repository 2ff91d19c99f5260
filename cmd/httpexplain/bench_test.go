//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/runtime"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

func TestSummarize(t *testing.T) {
	tests := []struct {
		name string
		in   []float64
		want stat
		ok   bool
	}{
		{"none", nil, stat{}, false},
		{"one", []float64{7}, stat{med: 7, lo: 7, hi: 7, n: 1}, true},
		{"odd, unsorted", []float64{30, 10, 20}, stat{med: 20, lo: 10, hi: 30, n: 3}, true},
		{"even takes the mean of the middle two", []float64{4, 1, 3, 2}, stat{med: 2.5, lo: 1, hi: 4, n: 4}, true},
		{"outlier does not move the median", []float64{100, 101, 5000, 99, 102}, stat{med: 101, lo: 99, hi: 5000, n: 5}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]float64(nil), tt.in...)
			got, ok := summarize(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("summarize(%v) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
			for i := range in {
				if in[i] != tt.in[i] {
					t.Fatalf("summarize reordered its input: %v", tt.in)
				}
			}
		})
	}
}

func TestFormatStat(t *testing.T) {
	tests := []struct {
		unit unit
		st   stat
		want string
	}{
		{unitMS, stat{med: 512, lo: 480, hi: 530, n: 5}, "512 ms (480–530 ms)"},
		{unitMS, stat{med: 28.4, lo: 28.4, hi: 28.4, n: 5}, "28 ms"},
		{unitMS, stat{med: 3.25, lo: 3.25, hi: 3.25, n: 1}, "3.2 ms"},
		{unitTask, stat{med: 0, lo: 0, hi: 0, n: 3}, "<50 ms"},
		{unitTask, stat{med: 0, lo: 0, hi: 180, n: 3}, "<50 ms (<50–180 ms)"},
		{unitBytes, stat{med: 1890034, lo: 1890034, hi: 1890034, n: 1}, "1.89 MB"},
		{unitBytes, stat{med: 2353, n: 1}, "2.4 KB"},
		{unitBytes, stat{med: 372, n: 1}, "372 B"},
		{unitBytes, stat{med: 1.38e6, lo: 1.378e6, hi: 1.382e6, n: 2}, "1.38 MB"},
		{unitBytes, stat{med: 85e6, lo: 80e6, hi: 90e6, n: 2}, "85.00 MB (80.00–90.00 MB)"},
		{unitCount, stat{med: 1, lo: 1, hi: 2, n: 3}, "1 (1–2)"},
	}
	for _, tt := range tests {
		if got := formatStat(tt.unit, tt.st); got != tt.want {
			t.Errorf("formatStat(%v, %+v) = %q, want %q", tt.unit, tt.st, got, tt.want)
		}
	}
}

func TestBudgetCheck(t *testing.T) {
	floor := stat{med: 100, lo: 90, hi: 110, n: 3}
	tests := []struct {
		name string
		b    budget
		app  stat
		want bool
	}{
		{"ratio met", budget{ratio: true, limit: 1.15}, stat{med: 115, hi: 300}, true},
		{"ratio missed", budget{ratio: true, limit: 1.15}, stat{med: 116}, false},
		{"median at the limit", budget{limit: 3000}, stat{med: 3000, hi: 9000}, true},
		{"median over", budget{limit: 3000}, stat{med: 3001}, false},
		{"worst sample counts", budget{worst: true, limit: 1}, stat{med: 1, lo: 1, hi: 2}, false},
		{"worst sample within", budget{worst: true, limit: 200}, stat{med: 20, hi: 200}, true},
	}
	for _, tt := range tests {
		if got := tt.b.check(floor, tt.app); got != tt.want {
			t.Errorf("%s: check = %v, want %v", tt.name, got, tt.want)
		}
	}
	if (budget{ratio: true, limit: 2}).check(stat{}, stat{med: 1}) {
		t.Error("a ratio to a floor of zero passed")
	}
}

// fakeReport is a report as two runs of the bench would leave it.
func fakeReport() *benchReport {
	rep := &benchReport{
		when:    time.Date(2026, 12, 3, 9, 30, 0, 0, time.UTC),
		machine: "linux/amd64, 2 CPUs",
		browser: "Chrome/156.0",
		runs:    2,
		kbps:    1600,
		inputs:  []benchInput{{id: "2kb", label: "2 KB response", data: make([]byte, 2048)}, {id: "10mb", label: "10 MB HAR", data: make([]byte, 10<<20)}},
		files:   []string{wasmFile, "app.js", "index.html"},
		measured: map[string]series{
			sideFloor: {
				"bytes.raw." + wasmFile: {6947512}, "bytes.gzip." + wasmFile: {1890034},
				"bytes.raw.app.js": {8920}, "bytes.gzip.app.js": {3000},
				"bytes.raw.index.html": {2000}, "bytes.gzip.index.html": {1000},
				"ready.first":     {500, 520},
				"downloads.first": {1, 1},
				"paste.2kb.ms":    {28, 30},
				"paste.10mb.ms":   {6000, 6200},
			},
			sideApp: {
				"bytes.raw." + wasmFile: {9069953}, "bytes.gzip." + wasmFile: {2500000},
				"bytes.raw.app.js": {8920}, "bytes.gzip.app.js": {3000},
				"bytes.raw.index.html": {2400}, "bytes.gzip.index.html": {1200},
				"ready.first":            {560, 580},
				"downloads.first":        {1, 2},
				"paste.2kb.ms":           {40, 44},
				"paste.10mb.ms":          {2500, 2900},
				"paste.10mb.longest":     {0, 150},
				"paste.10mb.wasm":        {80e6, 90e6},
				"downloads.throttled":    {1},
				"ready.throttled":        {12000},
				"paste.2kb.longest":      {0, 0},
				"not.a.row.of.the.table": {1},
			},
		},
	}
	return rep
}

func TestBenchTable(t *testing.T) {
	rows := map[string][]string{}
	cells := benchTable(fakeReport())
	if got := strings.Join(cells[0], ","); got != "metric,floor,app,app/floor,budget,verdict" {
		t.Fatalf("header = %s", got)
	}
	for _, r := range cells[1:] {
		if len(r) != 6 {
			t.Fatalf("row %v has %d cells", r, len(r))
		}
		if _, dup := rows[r[0]]; dup {
			t.Fatalf("two rows named %q", r[0])
		}
		rows[r[0]] = r[1:]
	}
	want := map[string][]string{
		"bytes web/app.wasm raw":                         {"6.95 MB", "9.07 MB", "1.31×", "", ""},
		"bytes web/app.wasm gzip":                        {"1.89 MB", "2.50 MB", "1.32×", "≤ 1.10× floor", "OVER"},
		"bytes index.html gzip (raw)":                    {"1.0 KB (2.0 KB)", "1.2 KB (2.4 KB)", "1.20×", "", ""},
		"bytes all but the wasm, gzip (raw)":             {"4.0 KB (10.9 KB)", "4.2 KB (11.3 KB)", "1.05×", "≤ 60 KB", "ok"},
		"ready, first visit":                             {"510 ms (500–520 ms)", "570 ms (560–580 ms)", "1.12×", "≤ 1.15× floor", "ok"},
		"app.wasm downloads, first visit":                {"1", "2 (1–2)", "—", "1", "OVER"},
		"app.wasm downloads, first visit at 1.6 Mbit/s":  {"—", "1", "—", "1", "ok"},
		"paste → report visible, 2 KB response (2.0 KB)": {"29 ms (28–30 ms)", "42 ms (40–44 ms)", "1.45×", "≤ 1.5× floor", "ok"},
		"paste → report visible, 10 MB HAR (10.49 MB)":   {"6100 ms (6000–6200 ms)", "2700 ms (2500–2900 ms)", "0.44×", "≤ 3 s", "ok"},
		"2 KB response: longest task":                    {"—", "<50 ms", "—", "", ""},
		"10 MB HAR: longest task":                        {"—", "75 ms (<50–150 ms)", "—", "≤ 200 ms", "ok"},
		"10 MB HAR: wasm memory after":                   {"—", "85.00 MB (80.00–90.00 MB)", "—", "≤ 10× input", "ok"},
	}
	for label, w := range want {
		got, ok := rows[label]
		if !ok {
			t.Errorf("no row %q", label)
			continue
		}
		if strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("row %q\n got %q\nwant %q", label, got, w)
		}
	}
	if _, ok := rows["ready, repeat visit"]; ok {
		t.Error("a row with no samples on either side was printed")
	}
}

func TestWriteAligned(t *testing.T) {
	var b bytes.Buffer
	writeAligned(&b, [][]string{{"a", "bb"}, {"ccc", "–"}})
	want := "| a   | bb |\n| --- | -- |\n| ccc | –  |\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestBenchInputs(t *testing.T) {
	a, b := benchInputs(), benchInputs()
	sizes := map[string]int{"2kb": 2 << 10, "1mb": 1 << 20, "10mb": 10 << 20, "tree": treeSize}
	if len(a) != len(sizes) {
		t.Fatalf("%d inputs, want %d", len(a), len(sizes))
	}
	for i, in := range a {
		if !bytes.Equal(in.data, b[i].data) {
			t.Errorf("%s differs between two calls", in.id)
		}
		size := sizes[in.id]
		if len(in.data) < size-1024 || len(in.data) > size+size/20+1024 {
			t.Errorf("%s is %d bytes, want about %d", in.id, len(in.data), size)
		}
	}
	if _, body, _ := bytes.Cut(a[3].data, []byte("\r\n\r\n")); true {
		tr, err := jsontree.Parse(body, jsontree.Options{})
		if err != nil || tr.Count() < 100_000 {
			t.Errorf("the tree input holds %d JSON values (%v), want at least 100 000", tr.Count(), err)
		}
	}
	for _, in := range []benchInput{a[0], a[1], a[3]} {
		head, body, ok := bytes.Cut(in.data, []byte("\r\n\r\n"))
		if !ok {
			t.Fatalf("%s has no blank line after the header", in.id)
		}
		if !bytes.HasPrefix(head, []byte("HTTP/1.1 ")) {
			t.Errorf("%s does not start with a status line: %.40q", in.id, head)
		}
		cl := ""
		for _, l := range strings.Split(string(head), "\r\n") {
			if v, ok := strings.CutPrefix(l, "Content-Length: "); ok {
				cl = v
			}
		}
		if cl != strconv.Itoa(len(body)) {
			t.Errorf("%s: Content-Length %q, body is %d bytes", in.id, cl, len(body))
		}
		if !json.Valid(body) {
			t.Errorf("%s: body is not JSON", in.id)
		}
	}
	var har struct {
		Log struct {
			Version string
			Entries []struct {
				Response struct {
					Status  int
					Content struct{ Text string }
				}
			}
		}
	}
	if err := json.Unmarshal(a[2].data, &har); err != nil {
		t.Fatalf("the HAR is not JSON: %v", err)
	}
	statuses := map[int]int{}
	for _, e := range har.Log.Entries {
		statuses[e.Response.Status]++
		if !json.Valid([]byte(e.Response.Content.Text)) {
			t.Fatalf("an entry's content is not JSON: %.60q", e.Response.Content.Text)
		}
	}
	if har.Log.Version != "1.2" || statuses[200] == 0 || statuses[429] == 0 || statuses[404] == 0 {
		t.Errorf("HAR version %q, statuses %v", har.Log.Version, statuses)
	}
}

func TestBenchServer(t *testing.T) {
	files := map[string]*siteFile{
		"index.html":  {raw: []byte("<!doctype html>"), ctype: "text/html; charset=utf-8"},
		wasmFile:      {raw: bytes.Repeat([]byte{0, 'a', 's', 'm'}, 1000), ctype: "application/wasm"},
		"web/app.css": {raw: []byte("body{}"), ctype: "text/css; charset=utf-8"},
	}
	for _, f := range files {
		f.gz = gzipBest(f.raw)
	}
	s := &benchServer{files: files, inputs: map[string][]byte{"2kb": []byte("HTTP/1.1 200 OK\r\n\r\n")}, cacheControl: "max-age=600"}
	srv := httptest.NewServer(s)
	defer srv.Close()
	client := &http.Client{
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Transport:     &http.Transport{DisableCompression: true},
	}
	get := func(path, enc string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if enc != "" {
			req.Header.Set("Accept-Encoding", enc)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}

	tests := []struct {
		path, enc      string
		status         int
		ctype, cenc    string
		body, location string
	}{
		{"/", "", 301, "", "", "", prefix + "/"},
		{prefix, "", 301, "", "", "", prefix + "/"},
		{prefix + "/", "", 200, "text/html; charset=utf-8", "", "<!doctype html>", ""},
		{prefix + "/web/app.css", "gzip, br", 200, "text/css; charset=utf-8", "gzip", "body{}", ""},
		{prefix + "/missing.js", "", 404, "", "", "", ""},
		{"/web/app.css", "", 404, "", "", "", ""},
		{"/bench-input/2kb", "gzip", 200, "text/plain; charset=utf-8", "", "HTTP/1.1 200 OK\r\n\r\n", ""},
		{"/bench-input/nope", "", 404, "", "", "", ""},
	}
	for _, tt := range tests {
		resp, b := get(tt.path, tt.enc)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
			continue
		}
		if tt.location != "" && resp.Header.Get("Location") != tt.location {
			t.Errorf("GET %s: Location %q", tt.path, resp.Header.Get("Location"))
		}
		if tt.status != 200 {
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != tt.ctype {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, got, tt.ctype)
		}
		if got := resp.Header.Get("Content-Encoding"); got != tt.cenc {
			t.Errorf("GET %s: Content-Encoding %q, want %q", tt.path, got, tt.cenc)
		}
		if tt.cenc == "gzip" {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("GET %s: %v", tt.path, err)
			}
			b, _ = io.ReadAll(zr)
		}
		if string(b) != tt.body {
			t.Errorf("GET %s: body %q, want %q", tt.path, b, tt.body)
		}
	}
	if n := s.wasmHits.Load(); n != 0 {
		t.Fatalf("wasm hits %d before any wasm request", n)
	}
	get(prefix+"/web/app.wasm", "gzip")
	resp, b := get(prefix+"/web/app.wasm", "")
	if n := s.wasmHits.Load(); n != 2 {
		t.Errorf("wasm hits %d after two requests", n)
	}
	if len(b) != 4000 || resp.Header.Get("Cache-Control") != "max-age=600" {
		t.Errorf("wasm: %d bytes, Cache-Control %q", len(b), resp.Header.Get("Cache-Control"))
	}
}

func TestThrottleSharesTheLink(t *testing.T) {
	// Two writers of 5 KB each on a 100 KB/s link: whoever goes second
	// finishes after both transfers, about 100 ms in.
	th := &throttle{bytesPerSec: 100e3}
	start := time.Now()
	done := make(chan struct{})
	go func() { th.wait(5000); close(done) }()
	th.wait(5000)
	<-done
	if d := time.Since(start); d < 95*time.Millisecond {
		t.Errorf("10 KB at 100 KB/s took %v, want at least 100 ms", d)
	}
}

// TestTasksInProfile checks that a trace's long tasks are found and that
// the profile's samples in each are summed by the functions under them.
func TestTasksInProfile(t *testing.T) {
	ev := func(s string) json.RawMessage { return json.RawMessage(s) }
	_, tasks := mainThreadWork([]json.RawMessage{
		ev(`{"name":"thread_name","ph":"M","pid":1,"tid":1,"args":{"name":"CrRendererMain"}}`),
		ev(`{"name":"RunTask","ph":"X","pid":1,"tid":1,"ts":1000,"dur":60000}`),
		ev(`{"name":"RunTask","ph":"X","pid":1,"tid":1,"ts":70000,"dur":20000}`), // short
		ev(`{"name":"RunTask","ph":"X","pid":1,"tid":2,"ts":0,"dur":90000}`),     // another thread
		ev(`{"name":"RunTask","ph":"X","pid":1,"tid":1,"ts":100000,"dur":80000}`),
	}, 5)
	if want := []span{{100000, 180000}, {1000, 61000}}; !slices.Equal(tasks, want) {
		t.Fatalf("tasks %v, want %v", tasks, want)
	}
	// (root) > app.read > app.split, and (root) > runtime.gc; one sample a
	// millisecond from 0.
	prof := &profiler.Profile{
		Nodes: []*profiler.ProfileNode{
			{ID: 1, CallFrame: &runtime.CallFrame{FunctionName: "(root)"}, Children: []int64{2, 4}},
			{ID: 2, CallFrame: &runtime.CallFrame{FunctionName: "github.com_httpexplain_httpexplain_app_paste.read"}, Children: []int64{3}},
			{ID: 3, CallFrame: &runtime.CallFrame{FunctionName: "github.com_httpexplain_httpexplain_app_paste.split"}},
			{ID: 4, CallFrame: &runtime.CallFrame{FunctionName: "runtime.gc"}},
		},
		StartTime: 0,
	}
	for i := 0; i < 200; i++ {
		id := int64(3)
		if i%4 == 0 {
			id = 4
		}
		prof.Samples = append(prof.Samples, id)
		prof.TimeDeltas = append(prof.TimeDeltas, 1000)
	}
	at := sampleTimes(prof)
	from, _ := slices.BinarySearch(at, tasks[0].start)
	to, _ := slices.BinarySearch(at, tasks[0].end)
	got := underFunctions(prof, from, to, appFunction, 5)
	if len(got) != 2 || got[0].name != "app_paste.read" || got[0].ms != 60 || got[1].name != "app_paste.split" || got[1].ms != 60 {
		t.Errorf("under the 80 ms task: %+v, want app_paste.read and app_paste.split 60 ms each (the GC's 20 are not the app's)", got)
	}
}
