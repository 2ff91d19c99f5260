package ui

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/httpexplain/httpexplain/app/samples"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestProgressText(t *testing.T) {
	tests := []struct {
		pr   progress
		want string
	}{
		{progress{phase: "Reading", done: 45, total: 100, bar: true}, "Reading… 45%"},
		{progress{phase: "Reading", done: 300, total: 100, bar: true}, "Reading… 99%"},
		{progress{phase: "Reading"}, "Reading…"},
		{progress{phase: "Explaining exchange", done: 3, total: 8700, exchange: true}, "Explaining exchange 3 of 8,700…"},
		{progress{phase: "Listing exchanges", done: 1234567, total: 12345678, exchange: true}, "Listing exchanges 1,234,567 of 12,345,678…"},
	}
	for _, tt := range tests {
		if got := tt.pr.text(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.pr, got, tt.want)
		}
	}
}

// TestStagesMatchAnalyze checks the page's staged analysis explains the
// selected exchange as the whole analysis does, and only that one.
func TestStagesMatchAnalyze(t *testing.T) {
	for _, s := range samples.All() {
		text, _ := samples.Text(s.ID)
		full, _ := Analyze(text, "", now)
		j := newJob(nil)
		var st stages
		if !j.run(func() { st = runStages(j, text, "", now, nil, nil) }) {
			t.Fatalf("%s: abandoned", s.ID)
		}
		if len(st.doc.Exchanges) != len(full.Exchanges) || st.doc.Selected != full.Selected {
			t.Fatalf("%s: %d exchanges selecting %d, want %d selecting %d", s.ID, len(st.doc.Exchanges), st.doc.Selected, len(full.Exchanges), full.Selected)
		}
		for i := range full.Exchanges {
			if want := i == full.Selected; st.explained[i] != want {
				t.Errorf("%s: exchange %d explained %v, want %v", s.ID, i, st.explained[i], want)
			}
		}
		if sel := full.Selected; sel >= 0 && !reflect.DeepEqual(st.doc.Exchanges[sel], full.Exchanges[sel]) {
			t.Errorf("%s: the selected exchange differs from the whole analysis", s.ID)
		}
	}
}

// TestJobPausesAndStops runs the 10 MB HAR: the job pauses (and reports
// progress) as it goes, lists the exchanges before explaining the
// selected one, and a stop abandons it at the next yield.
func TestJobPausesAndStops(t *testing.T) {
	text := string(samples.HAR10MB())
	var phases []string
	j := newJob(func(pr progress) { phases = append(phases, pr.phase) })
	listedFirst := false
	var st stages
	if !j.run(func() {
		st = runStages(j, text, "", now, nil, func(first stages) {
			listedFirst = !first.explained[first.doc.Selected]
		})
	}) {
		t.Fatal("abandoned without a stop")
	}
	if !j.paused || !listedFirst {
		t.Errorf("paused %v, listed first %v; want both on 10 MB", j.paused, listedFirst)
	}
	joined := strings.Join(phases, ",")
	for _, want := range []string{"Reading", "Listing exchanges", "Explaining exchange"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no %q in the progress reported: %s", want, joined)
		}
	}
	if !st.explained[st.doc.Selected] {
		t.Error("the selected exchange is not explained")
	}

	stopped := newJob(nil)
	yields := 0
	stopped.report = func(progress) {
		yields++
		if yields == 3 {
			stopped.stop()
		}
	}
	start := time.Now()
	if stopped.run(func() { runStages(stopped, text, "", now, nil, nil) }) {
		t.Error("a stopped job ran to the end")
	}
	if yields != 3 {
		t.Errorf("the job reported %d times, want it abandoned on the 3rd report", yields)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("abandoning took %v", d)
	}
}

// TestJobPanicsGoOn checks job.run recovers only its own panic.
func TestJobPanicsGoOn(t *testing.T) {
	defer func() {
		if r := recover(); r != "boom" {
			t.Errorf("recovered %v, want the other panic to go on", r)
		}
	}()
	newJob(nil).run(func() { panic("boom") })
}

// TestPageWhileExplaining renders the page between the outline and the
// selected exchange's report: the list shows, with progress, and #report
// has no data-status yet.
func TestPageWhileExplaining(t *testing.T) {
	text := string(samples.HAR10MB())
	p := &Page{ready: true, paste: text, zone: paris, now: now}
	p.OnInit()
	j := newJob(nil)
	st := runStages(j, text, "", now, nil, nil)
	st.explained[st.doc.Selected] = false
	p.show(st, text, now)
	p.busy = &progress{phase: "Explaining exchange", done: st.doc.Selected + 1, total: len(st.doc.Exchanges), exchange: true}
	html := app.HTMLString(p)
	for _, want := range []string{`id="exchanges"`, `id="progress"`, `role="status"`, `<progress`, `Explaining exchange`, `id="more-exchanges"`} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	for _, absent := range []string{`data-status=`, `id="summary"`, `id="copy-markdown"`, `aria-busy="false"`} {
		if strings.Contains(html, absent) {
			t.Errorf("page has %s before the exchange is explained", absent)
		}
	}
	if n := strings.Count(html, `class="exchange"`); n < listStep || n > listStep+2 {
		t.Errorf("the list renders %d exchanges, want the first %d and the selected", n, listStep)
	}

	// Done: the report shows, the progress goes.
	st.explained[st.doc.Selected] = true
	p.busy = nil
	html = app.HTMLString(p)
	if !strings.Contains(html, `data-status="`) || strings.Contains(html, `id="progress"`) {
		t.Error("the finished page lacks data-status or still shows progress")
	}
}

// TestExchangeListWindow checks a long list shows the first rows, then the
// selected one beyond them numbered as in the paste.
func TestExchangeListWindow(t *testing.T) {
	text := string(samples.HAR10MB())
	p, _ := pageFor(t, text, "")
	far := len(p.doc.Exchanges) - 1
	p.sel = far
	p.explained[far] = true
	p.doc.Exchanges[far] = p.doc.Exchanges[p.doc.Selected]
	html := app.HTMLString(p)
	if !strings.Contains(html, `data-index="`+itoa(far)+`"`) || !strings.Contains(html, `value="`+itoa(far+1)+`"`) {
		t.Errorf("the selected exchange %d, past the first %d, is not listed with its number", far, listStep)
	}
	if strings.Contains(html, `data-index="`+itoa(listStep)+`"`) {
		t.Errorf("exchange %d is listed before Show more", listStep)
	}
	p.onMore(app.Context{}, app.Event{})
	if html := app.HTMLString(p); !strings.Contains(html, `data-index="`+itoa(listStep)+`"`) {
		t.Errorf("Show more does not list exchange %d", listStep)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestPlaceholderForBigPaste checks the paste area says a big paste is
// kept when it no longer shows it.
func TestPlaceholderForBigPaste(t *testing.T) {
	p := &Page{ready: true}
	p.OnInit()
	if html := app.HTMLString(p); !strings.Contains(html, "Paste a raw response") || strings.Contains(html, "kept in memory") {
		t.Error("the empty paste area lacks its usual hint")
	}
	p.hidden = len(samples.HAR10MB())
	if html := app.HTMLString(p); !strings.Contains(html, "Pasted 10.5 MB: it is kept in memory and not shown here") {
		t.Error("the paste area does not say the big paste is kept")
	}
}

// TestStaleReport checks the report of the paste before loses its
// data-status while a new paste is read: it is not the report of the paste.
func TestStaleReport(t *testing.T) {
	text, _ := samples.Text("authrocket-v1-422")
	p, html := pageFor(t, text, "")
	if !strings.Contains(html, `data-status="422"`) {
		t.Fatal("no data-status on the report")
	}
	p.stale, p.busy = true, &progress{phase: "Reading"}
	if html := app.HTMLString(p); strings.Contains(html, `data-status=`) || !strings.Contains(html, "Reading the new paste") {
		t.Error("a stale report keeps its data-status or does not say a new paste is read")
	}
}

// An unpaced job never pauses, however long its slice has run: it runs in
// an event handler, where a pause would hold up go-app's loop.
func TestUnpacedJob(t *testing.T) {
	reported := 0
	j := newJob(func(progress) { reported++ }).unpaced()
	j.start = time.Now().Add(-time.Second)
	for range 10 {
		j.yield()
	}
	if j.paused || reported != 0 {
		t.Errorf("the unpaced job paused (%v) or reported progress %d times", j.paused, reported)
	}
	paced := newJob(nil)
	paced.start = time.Now().Add(-time.Second)
	paced.yield()
	if !paced.paused {
		t.Error("a paced job past its slice did not pause")
	}
}
