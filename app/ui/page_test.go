package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/httpexplain/httpexplain/app/report"
	"github.com/httpexplain/httpexplain/app/samples"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// now is the instant the page tests analyse for.
var now = time.Date(2026, 12, 1, 10, 5, 0, 0, time.UTC)

// paris stands in for a reader in Paris: UTC+1 in winter, UTC+2 in summer.
var paris = Zone{Name: "Europe/Paris", Offset: func(t time.Time) int {
	if t.Month() > 3 && t.Month() < 11 {
		return 7200
	}
	return 3600
}}

// pageFor renders the page as it shows text, natively.
func pageFor(t *testing.T, text, vendor string) (*Page, string) {
	t.Helper()
	p := &Page{ready: true, paste: text, vendor: vendor, zone: paris, now: now}
	p.OnInit()
	p.zone = paris
	j := newJob(nil)
	if !j.run(func() { p.show(runStages(j, text, vendor, now, nil, nil), text, now) }) {
		t.Fatal("the analysis was abandoned")
	}
	return p, app.HTMLString(p)
}

func TestPageSamples(t *testing.T) {
	tests := []struct {
		sample string
		status string
		ids    []string
		absent []string
		texts  []string
	}{
		{"authrocket-v1-422", "422", []string{"summary", "status", "validation-errors", "rate-limit", "headers", "body"}, []string{"tokens", "exchanges", "diagnostics"},
			[]string{"Unprocessable Content", "What AuthRocket 1 means by it", "username", "Wed 1 Jan 2014, 01:00:00 Europe/Paris (UTC+01:00)", "Wed 1 Jan 2014, 00:00:00 UTC"}},
		{"authrocket-v1-429", "429", []string{"rate-limit"}, []string{"validation-errors-missing"}, []string{"Limit was reached; it has reset since", "already reset"}},
		{"bearer-expired-token", "401", []string{"tokens", "headers"}, []string{"exchanges"}, []string{"Expired", "Signature not checked", "Claims (6)", "invalid"}},
		{"curl-redirect-chain", "200", []string{"exchanges", "summary"}, nil, []string{"(most relevant)"}},
		{"har-two-entries", "429", []string{"exchanges", "diagnostics"}, nil, []string{"HAR file"}},
		{"devtools-headers", "0", []string{"headers"}, []string{"status"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.sample, func(t *testing.T) {
			text, ok := samples.Text(tt.sample)
			if !ok {
				t.Fatalf("no sample %s", tt.sample)
			}
			_, html := pageFor(t, text, "")
			if want := `data-status="` + tt.status + `"`; !strings.Contains(html, want) {
				t.Errorf("page lacks %s", want)
			}
			for _, id := range tt.ids {
				if !strings.Contains(html, `id="`+id+`"`) {
					t.Errorf("section #%s missing", id)
				}
			}
			for _, id := range tt.absent {
				if strings.Contains(html, `id="`+id+`"`) {
					t.Errorf("section #%s shown without content", id)
				}
			}
			if tt.sample == "curl-redirect-chain" {
				// The final 200 is selected and marked so.
				for _, line := range strings.Split(html, "\n") {
					if strings.Contains(line, `class="exchange"`) && strings.Contains(line, `data-index="1"`) != strings.Contains(line, "aria-current") {
						t.Errorf("aria-current on the wrong exchange: %s", strings.TrimSpace(line))
					}
				}
			}
			for _, s := range tt.texts {
				if !strings.Contains(html, s) {
					t.Errorf("page lacks %q", s)
				}
			}
		})
	}
}

func TestPageEmptyAndUnknown(t *testing.T) {
	p := &Page{}
	p.OnInit()
	html := app.HTMLString(p)
	if strings.Contains(html, "data-status") || strings.Contains(html, `id="summary"`) {
		t.Errorf("an empty page shows a report:\n%s", html)
	}
	if !strings.Contains(html, `id="paste"`) || strings.Contains(html, `data-ready`) {
		t.Errorf("before the wasm runs the paste area must be there without data-ready")
	}
	_, html = pageFor(t, "hello, this is not HTTP at all", "")
	if !strings.Contains(html, "Nothing in the paste looks like an HTTP response") && !strings.Contains(html, `id="summary"`) {
		t.Errorf("a non-HTTP paste gets no explanation:\n%s", html)
	}
}

func TestPageVendorForced(t *testing.T) {
	text, _ := samples.Text("authrocket-v1-429")
	_, auto := pageFor(t, text, "")
	if !strings.Contains(auto, "No vendor profile detected.") {
		t.Errorf("the 429 sample has no vendor hints, yet a vendor was detected")
	}
	_, forced := pageFor(t, text, "authrocket-v1")
	if !strings.Contains(forced, "chosen by the user") {
		t.Errorf("a chosen vendor is not shown as chosen")
	}
	picked := false
	for _, line := range strings.Split(forced, "\n") {
		if strings.Contains(line, `<option`) && strings.Contains(line, `value="authrocket-v1"`) {
			picked = strings.Contains(line, " selected")
		}
	}
	if !picked {
		t.Errorf("the vendor picker does not show the choice")
	}
}

// TestPageRendersPasteAsText puts markup everywhere a paste reaches the
// page: it must come out escaped.
func TestPageRendersPasteAsText(t *testing.T) {
	paste := "HTTP/1.1 422 <script>alert(1)</script>\n" +
		"Content-Type: application/json\n" +
		"X-Evil: <img src=x onerror=alert(2)>\n" +
		"\n" +
		`{"errors": {"<b>name</b>": ["<img src=x onerror=alert(3)>"]}}`
	_, html := pageFor(t, paste, "")
	// HTMLString puts each element on its own line; an element made from
	// the paste would start a line. (Attribute values hold pasted text in
	// places, such as aria-labels; the browser sets those with setAttribute.)
	for _, line := range strings.Split(html, "\n") {
		l := strings.TrimSpace(line)
		for _, bad := range []string{"<script", "<img", "<b>"} {
			if strings.HasPrefix(l, bad) {
				t.Errorf("markup from the paste is in the page as markup: %q", l)
			}
		}
	}
	for _, good := range []string{"&lt;img src=x onerror=alert(2)&gt;", "&lt;b&gt;name&lt;/b&gt;"} {
		if !strings.Contains(html, good) {
			t.Errorf("page lacks the escaped text %q", good)
		}
	}
}

func TestRefLink(t *testing.T) {
	if err := app.Match(app.A().Class("ref").Href("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20").Target("_blank").Rel("noopener noreferrer"),
		refLink("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20", "")); err != nil {
		t.Error(err)
	}
	// Anything but https is text, never a link.
	if err := app.Match(app.Span().Class("ref"), refLink("javascript:alert(1)", "x")); err != nil {
		t.Error(err)
	}
	for url, want := range map[string]string{
		"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20": "RFC 9110 §15.5.20",
		"https://www.rfc-editor.org/rfc/rfc6585":                 "RFC 6585",
		"https://v1.authrocket.com/docs/api/status_codes":        "v1.authrocket.com",
	} {
		if got := refLabel(url); got != want {
			t.Errorf("refLabel(%q) = %q, want %q", url, got, want)
		}
	}
}

func TestBadgeCarriesWords(t *testing.T) {
	for level, words := range map[string]string{"good": "OK", "info": "Info", "warn": "Warning", "bad": "Problem"} {
		b := badge(level, "")
		if err := app.Match(app.Span().Class("badge", "lvl-"+level), b); err != nil {
			t.Errorf("%s: %v", level, err)
		}
		if err := app.Match(app.Text(words), b, 0); err != nil {
			t.Errorf("%s: the badge must say %q: %v", level, words, err)
		}
	}
}

func TestStatusLevel(t *testing.T) {
	for code, want := range map[int]string{0: "info", 200: "good", 304: "info", 404: "warn", 429: "warn", 500: "bad", 522: "bad"} {
		if got := statusLevel(code); got != want {
			t.Errorf("statusLevel(%d) = %s, want %s", code, got, want)
		}
	}
}

func TestNotesFor(t *testing.T) {
	ex := &report.Exchange{Notes: []report.Note{
		{ID: "a", Subject: "header:Date", Line: 3, Level: "bad"},
		{ID: "b", Subject: "header:date", Line: 9, Level: "warn"},
		{ID: "c", Subject: "status", Level: "info"},
		{ID: "d", Subject: "body", Level: "info"},
	}}
	if got := notesFor(ex, "header:Date", 3); len(got) != 1 || got[0].ID != "a" {
		t.Errorf("notes for Date on line 3 = %v", got)
	}
	if got := notesFor(ex, "header:DATE", 0); len(got) != 2 {
		t.Errorf("notes for any Date line = %v", got)
	}
	if got := otherNotes(ex); len(got) != 1 || got[0].ID != "d" {
		t.Errorf("other notes = %v", got)
	}
	if got := worstLevel(ex.Notes); got != "bad" {
		t.Errorf("worst level = %s", got)
	}
}

func TestClaimKeysKeepTokenOrder(t *testing.T) {
	c := report.Claims{Keys: []string{"sub", "exp", "iat"}, Values: map[string]any{"iat": 1, "sub": "u", "exp": 2, "zz": 3, "aa": 4}}
	got := strings.Join(claimKeys(c), ",")
	if want := "sub,exp,iat,aa,zz"; got != want {
		t.Errorf("claim order = %s, want %s", got, want)
	}
}

func TestHeadCSP(t *testing.T) {
	h := strings.Join(Head(), "\n")
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'", "form-action 'none'"} {
		if !strings.Contains(h, want) {
			t.Errorf("CSP lacks %q", want)
		}
	}
	if strings.Contains(h, "unsafe-inline") || strings.Contains(h, "'unsafe-eval'") || strings.Contains(h, "https:") {
		t.Errorf("CSP is looser than needed: %s", h)
	}
}

// TestPageBoundsTables: a body with thousands of field errors draws a
// bounded table.
func TestPageBoundsTables(t *testing.T) {
	ex := &report.Exchange{Validation: &report.Validation{Format: "test"}}
	for i := 0; i < 1000; i++ {
		ex.Validation.Fields = append(ex.Validation.Fields, report.FieldError{Field: "field" + strconv.Itoa(i), Pointer: "/field" + strconv.Itoa(i), Messages: []string{"is wrong"}})
	}
	p := &Page{}
	html := app.HTMLString(renderValidation(ex, p.onField))
	if n := strings.Count(html, "<tr"); n != maxRows+1 { // +1: the head row
		t.Errorf("validation table has %d rows, want %d", n, maxRows+1)
	}
	if !strings.Contains(html, "700 more not shown") {
		t.Errorf("the table does not say how many rows it left out")
	}
}

// A report renders in two steps: its top (summary and status) with
// data-status, then the details with data-complete.
func TestPageStagedReport(t *testing.T) {
	text, _ := samples.Text("authrocket-v1-422")
	p, whole := pageFor(t, text, "")
	p.partial = true
	top := app.HTMLString(p)
	for _, want := range []string{`data-status="422"`, `id="summary"`, `id="status"`} {
		if !strings.Contains(top, want) {
			t.Errorf("the report's first step lacks %s", want)
		}
	}
	for _, absent := range []string{`data-complete`, `id="validation-errors"`, `id="headers"`, `id="body"`} {
		if strings.Contains(top, absent) {
			t.Errorf("the report's first step already has %s", absent)
		}
	}
	for _, want := range []string{`data-complete`, `id="validation-errors"`, `id="headers"`, `id="body"`} {
		if !strings.Contains(whole, want) {
			t.Errorf("the whole report lacks %s", want)
		}
	}
}

// A header row renders its details only once the reader opens it.
func TestHeaderDetailsLazy(t *testing.T) {
	text, _ := samples.Text("authrocket-v1-422")
	p, closed := pageFor(t, text, "")
	if i := strings.Index(closed, `id="headers"`); i < 0 || strings.Contains(closed[i:], `class="more"`) {
		t.Error("no headers table, or a closed header row rendered its details")
	}
	p.opened, p.openedOf = map[int]bool{0: true}, p.selected()
	open := app.HTMLString(p)
	i := strings.Index(open, `id="headers"`)
	if i < 0 || strings.Count(open[i:], `class="more"`) != 1 {
		t.Errorf("with row 0 open, the headers table shows %d rows' details, want 1", strings.Count(open[max(i, 0):], `class="more"`))
	}
}

// TestRehearsal checks the warm-up's report mounted out of sight: hidden
// from screen readers, without the ids and attributes scripts read as the
// reader's report, and gone once there is a report of the reader's own.
func TestRehearsal(t *testing.T) {
	text, ok := samples.Text(samples.All()[0].ID)
	if !ok {
		t.Fatal("no first sample")
	}
	p := &Page{}
	p.OnInit()
	p.warm = warmPage(Analyze(text, "", time.Now()))
	html := app.HTMLString(p)
	i := strings.Index(html, `class="rehearsal"`)
	if i < 0 {
		t.Fatal("no rehearsal on the page")
	}
	start := strings.LastIndex(html[:i], "<div")
	tag := html[start : start+strings.Index(html[start:], ">")]
	// go-app writes aria-hidden="true" bare in HTML, and sets "true" in
	// the DOM.
	if !strings.Contains(tag, `aria-hidden`) || strings.Contains(tag, `aria-hidden="false"`) {
		t.Errorf("the rehearsal is not hidden from screen readers: %s", tag)
	}
	r := html[start:]
	for _, want := range []string{`id="summary"`, `id="headers"`, `id="copy-markdown"`} {
		if !strings.Contains(r, want) {
			t.Errorf("the rehearsal lacks %s", want)
		}
	}
	for _, bad := range []string{`id="report"`, `id="announce"`, `data-status`, `data-complete`} {
		if strings.Contains(r, bad) {
			t.Errorf("the rehearsal carries %s, which scripts read as the reader's report", bad)
		}
	}
	p.doc = p.warm.doc
	if strings.Contains(app.HTMLString(p), "rehearsal") {
		t.Error("the rehearsal stays beside a report of the reader's own")
	}
}
