package ui

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/httpexplain/httpexplain/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Every piece of pasted text (status line, header names and values, JSON
// keys and values, HAR fields) reaches the page only through .Text(): go-app
// sets it as a DOM text node, so markup in a paste stays text. This file
// never uses app.Raw.

// levelWords gives each level a word, so the level never rests on colour.
var levelWords = map[string]string{
	"good":  "OK",
	"info":  "Info",
	"warn":  "Warning",
	"bad":   "Problem",
	"error": "Error",
}

// badge is a small coloured label that also carries its meaning in words.
func badge(level, text string) app.UI {
	if text == "" {
		text = levelWords[level]
	}
	return app.Span().Class("badge", "lvl-"+level).Text(text)
}

// refLink links a reference URL from the knowledge tables; anything not
// https is shown as text, so a paste can never smuggle in a javascript: link.
func refLink(url, label string) app.UI {
	if url == "" {
		return nil
	}
	if !strings.HasPrefix(url, "https://") {
		return app.Span().Class("ref").Text(url)
	}
	if label == "" {
		label = url
	}
	return app.A().Class("ref").Href(url).Target("_blank").Rel("noopener noreferrer").Text(label)
}

// refLabel names a reference briefly: "RFC 9110 §15.5.20" or the host.
func refLabel(url string) string {
	const rfc = "https://www.rfc-editor.org/rfc/rfc"
	if strings.HasPrefix(url, rfc) {
		rest := strings.TrimPrefix(url, rfc)
		num, sec, _ := strings.Cut(rest, "#section-")
		num = strings.TrimSuffix(strings.TrimSuffix(num, ".html"), ".txt")
		if sec != "" {
			return "RFC " + num + " §" + sec
		}
		return "RFC " + num
	}
	u := strings.TrimPrefix(url, "https://")
	host, _, _ := strings.Cut(u, "/")
	return host
}

// section wraps a report part with a stable id and a heading.
func section(id, title string, body ...app.UI) app.UI {
	return app.Section().ID(id).Class("card").Aria("labelledby", id+"-h").Body(
		append([]app.UI{app.H2().ID(id + "-h").Text(title)}, body...)...,
	)
}

// list renders strings as a bulleted list, or nothing.
func list(class string, items []string) app.UI {
	if len(items) == 0 {
		return nil
	}
	return app.Ul().Class(class).Body(app.Range(items).Slice(func(i int) app.UI {
		return app.Li().Text(items[i])
	}))
}

// lineRef shows a paste line number, or nothing.
func lineRef(n int) app.UI {
	if n <= 0 {
		return nil
	}
	return app.Span().Class("line").Title("line in the paste").Text("line " + strconv.Itoa(n))
}

// noteItem renders one note of the report.
func noteItem(n report.Note) app.UI {
	return app.Li().Class("note", "lvl-"+n.Level).Body(
		badge(n.Level, ""),
		app.Span().Class("note-summary").Text(n.Summary),
		lineRef(n.Line),
		app.If(n.Detail != "" || n.Reference != "", func() app.UI {
			return app.Details().Body(
				app.Summary().Text("Why it matters"),
				app.P().Text(n.Detail),
				app.If(n.Reference != "", func() app.UI {
					return app.P().Body(app.Text("Reference: "), refLink(n.Reference, refLabel(n.Reference)))
				}),
			)
		}),
	)
}

func notesList(ns []report.Note) app.UI {
	if len(ns) == 0 {
		return nil
	}
	return app.Ul().Class("notes").Body(app.Range(ns).Slice(func(i int) app.UI { return noteItem(ns[i]) }))
}

// notesFor picks the notes about one subject ("status", "header:Name").
func notesFor(ex *report.Exchange, subject string, line int) []report.Note {
	var out []report.Note
	for _, n := range ex.Notes {
		if !strings.EqualFold(n.Subject, subject) {
			continue
		}
		if line > 0 && n.Line > 0 && n.Line != line {
			continue
		}
		out = append(out, n)
	}
	return out
}

// otherNotes are the notes not shown beside the status or a header.
func otherNotes(ex *report.Exchange) []report.Note {
	var out []report.Note
	for _, n := range ex.Notes {
		if n.Subject == "status" || strings.HasPrefix(n.Subject, "header:") {
			continue
		}
		out = append(out, n)
	}
	return out
}

// worstLevel is the most serious level among notes, "" for none.
func worstLevel(ns []report.Note) string {
	rank := map[string]int{"good": 1, "info": 2, "warn": 3, "bad": 4}
	best := ""
	for _, n := range ns {
		if rank[n.Level] > rank[best] {
			best = n.Level
		}
	}
	return best
}

// statusLevel colours a status code by class.
func statusLevel(code int) string {
	switch {
	case code == 0:
		return "info"
	case code < 300:
		return "good"
	case code < 400:
		return "info"
	case code < 500:
		return "warn"
	}
	return "bad"
}

// renderSummary is the plain-words summary and next steps.
func renderSummary(doc *report.Document, ex *report.Exchange) app.UI {
	if ex == nil {
		return section("summary", "Summary",
			app.P().Class("lead").Text("Nothing in the paste looks like an HTTP response. Paste the raw response (status line, headers, body), curl -i or -v output, or a HAR file."),
		)
	}
	code := 0
	if ex.Response != nil {
		code = ex.Response.Status
	}
	var ids []app.UI
	for _, id := range ex.IDs {
		ids = append(ids, app.Li().Body(app.Span().Class("k").Text(id.Name+": "), app.Code().Text(id.Value)))
	}
	facts := []app.UI{}
	add := func(k, v string) {
		if v != "" {
			facts = append(facts, app.Li().Body(app.Span().Class("k").Text(k+": "), app.Span().Text(v)))
		}
	}
	add("Endpoint", ex.Endpoint)
	add("Server", ex.Server)
	add("CDN", ex.CDN)
	add("Response date", ex.Time)
	add("Input", report.FormatName(doc.InputFormat))
	return section("summary", "Summary",
		app.P().Class("title-line").Body(badge(statusLevel(code), statusWord(code)), app.Strong().Text(ex.Title())),
		app.P().Class("lead").Text(ex.Summary),
		app.If(len(ex.NextSteps) > 0, func() app.UI {
			return app.Div().Class("next").Body(app.H3().Text("Next steps"), app.Ol().Body(app.Range(ex.NextSteps).Slice(func(i int) app.UI {
				return app.Li().Text(ex.NextSteps[i])
			})))
		}),
		app.If(len(ids) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("For the ticket"), app.Ul().Class("facts").Body(ids...))
		}),
		app.If(len(facts) > 0, func() app.UI { return app.Ul().Class("facts").Body(facts...) }),
		app.If(len(otherNotes(ex)) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("Other findings"), notesList(otherNotes(ex)))
		}),
	)
}

// statusWord says in a word how the exchange went.
func statusWord(code int) string {
	switch {
	case code == 0:
		return "No status"
	case code < 200:
		return "Interim"
	case code < 300:
		return "Success"
	case code < 400:
		return "Redirect"
	case code < 500:
		return "Client error"
	}
	return "Server error"
}

// retryWords explains the retry advice of a status.
var retryWords = map[string]string{
	"never":             "Do not retry: the same request will get the same answer.",
	"after-fix":         "Retry only after fixing the request.",
	"with-backoff":      "Retry later, with growing pauses between attempts (backoff with jitter).",
	"after-retry-after": "Retry after the wait the server gives (Retry-After or the rate-limit reset).",
}

// renderStatus explains the status code.
func renderStatus(ex *report.Exchange) app.UI {
	st := ex.Status
	if st == nil || ex.Response == nil || ex.Response.Status == 0 {
		return nil // no status line: the summary says so
	}
	reg := "registered"
	if !st.Registered {
		reg = "not in the IANA registry"
	}
	code := "—"
	if st.Code != 0 {
		code = strconv.Itoa(st.Code)
	}
	retry := retryWords[st.Retry]
	vendor := ""
	if st.Vendor != nil && ex.Vendor != nil {
		vendor = ex.Vendor.Name
	} else if st.Vendor != nil {
		vendor = *st.Vendor
	}
	return section("status", "Status",
		app.P().Class("status-head").Body(
			app.Span().Class("code", "lvl-"+statusLevel(st.Code)).Text(code),
			app.Span().Class("status-title").Text(st.Title),
			app.Span().Class("muted").Text(" ("+strings.ReplaceAll(st.Class, "-", " ")+", "+reg+")"),
		),
		app.If(ex.Response.Reason != "" && !strings.EqualFold(ex.Response.Reason, st.Title), func() app.UI {
			return app.P().Class("muted").Body(app.Text("Reason phrase in the paste: "), app.Q().Text(ex.Response.Reason))
		}),
		app.P().Text(st.Summary),
		app.If(st.VendorMeaning != "", func() app.UI {
			return app.Div().Class("vendor-meaning").Body(
				app.H3().Text("What "+vendor+" means by it"),
				app.P().Text(st.VendorMeaning),
				list("", st.VendorSteps),
				app.If(st.VendorRef != "", func() app.UI {
					return app.P().Body(app.Text("Vendor reference: "), refLink(st.VendorRef, refLabel(st.VendorRef)))
				}),
			)
		}),
		app.If(len(st.Causes) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("Common causes"), list("", st.Causes))
		}),
		app.If(len(st.NextSteps) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text("What to do"), list("", st.NextSteps))
		}),
		app.If(retry != "" || st.RetryWhy != "", func() app.UI {
			safe := badge("warn", "Not safe to resend as is")
			if st.RetrySafe {
				safe = badge("good", "Safe to resend")
			}
			return app.Div().Class("retry").Body(
				app.H3().Text("Retry"),
				app.P().Body(safe, app.Text(" "+retry)),
				app.If(st.RetryWhy != "", func() app.UI { return app.P().Class("muted").Text("Why: " + st.RetryWhy) }),
			)
		}),
		notesList(notesFor(ex, "status", 0)),
		app.P().Class("refs").Body(app.Text("Reference: "), refLink(st.Reference, refLabel(st.Reference))),
	)
}

// maxRows bounds the rows of the validation and header tables: past a few
// hundred nobody reads them one by one, and thousands of rows would make
// the page slow to draw.
const maxRows = 300

// moreRows says how many rows a table left out, or nothing.
func moreRows(n int, hint string) app.UI {
	if n <= maxRows {
		return nil
	}
	return app.P().Class("muted").Text(fmt.Sprintf("%d more not shown; %s", n-maxRows, hint))
}

// renderValidation lists the refused fields; each field is a button that
// shows its place in the body.
func renderValidation(ex *report.Exchange, onField func(pointer string, line int) app.EventHandler) app.UI {
	v := ex.Validation
	if v == nil || (len(v.Fields) == 0 && v.Message == "") {
		return nil
	}
	fields := v.Fields[:min(len(v.Fields), maxRows)]
	return section("validation-errors", "Validation errors",
		app.If(v.Message != "" || v.Code != "", func() app.UI {
			return app.P().Body(
				app.If(v.Message != "", func() app.UI { return app.Span().Text(v.Message) }),
				app.If(v.Code != "", func() app.UI { return app.Span().Class("muted").Text(" (code " + v.Code + ")") }),
			)
		}),
		app.If(len(v.Fields) > 0, func() app.UI {
			return app.Table().Class("grid", "fields").Body(
				app.Caption().Class("muted").Text("Read as "+v.Format+". Choose a field to see it in the body."),
				app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Field"), app.Th().Scope("col").Text("Problem"))),
				app.TBody().Body(app.Range(fields).Slice(func(i int) app.UI {
					f := fields[i]
					name := f.Field
					if name == "" {
						name = "(the request as a whole)"
					}
					var cell app.UI = app.Code().Text(name)
					if f.Pointer != "" || f.Line > 0 {
						cell = app.Button().Type("button").Class("linkish").
							Title("Show in the body").
							OnClick(onField(f.Pointer, f.Line)).
							Body(app.Code().Text(name))
					}
					return app.Tr().Body(
						app.Td().Body(cell),
						app.Td().Body(
							app.Ul().Class("plain").Body(app.Range(f.Messages).Slice(func(j int) app.UI {
								return app.Li().Text(f.Messages[j])
							})),
							app.If(f.Code != "", func() app.UI { return app.Span().Class("muted").Text("code " + f.Code) }),
						),
					)
				})),
			)
		}),
		moreRows(len(v.Fields), "the body view below has them all."),
	)
}

// parseTime reads an RFC 3339 time from the report.
func parseTime(s *string) (time.Time, bool) {
	if s == nil {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, *s)
	return t, err == nil
}

// renderRateLimit is the rate-limit card, with the reset time in the
// reader's zone and in UTC and a countdown the page ticks every second.
func renderRateLimit(ex *report.Exchange, z Zone, now time.Time) app.UI {
	rl := ex.RateLimit
	if rl == nil {
		return nil
	}
	num := func(p *int64) string {
		if p == nil {
			return "—"
		}
		return strconv.FormatInt(*p, 10)
	}
	level, state := "good", "Within the limit"
	if rl.Remaining != nil && *rl.Remaining == 0 {
		level, state = "bad", "Limit reached"
		if rl.AlreadyReset {
			level, state = "warn", "Limit was reached; it has reset since"
		}
	}
	var rows []app.UI
	row := func(k string, v ...app.UI) {
		rows = append(rows, app.Dt().Text(k), app.Dd().Body(v...))
	}
	row("Remaining", app.Strong().Text(num(rl.Remaining)), app.Text(" of "+num(rl.Limit)))
	if rl.Used != nil {
		row("Used", app.Text(num(rl.Used)))
	}
	if rl.WindowSeconds != nil {
		row("Window", app.Text(report.Duration(float64(*rl.WindowSeconds))))
	}
	if rl.Policy != "" {
		row("Policy", app.Code().Text(rl.Policy))
	}
	if reset, ok := parseTime(rl.ResetAt); ok {
		row("Resets (your time)", app.Span().ID("reset-local").Text(z.Local(reset)))
		row("Resets (UTC)", app.Span().ID("reset-utc").Text(UTCTime(reset)))
		row("Countdown", app.Span().ID("countdown").Class("countdown").
			DataSet("target", reset.Unix()).Aria("live", "off").
			Text(Countdown(reset, now, "resets in", "already reset")))
	}
	if rl.AdvisedWaitSeconds != nil {
		row("Advised wait", app.Text(report.Duration(*rl.AdvisedWaitSeconds)))
	}
	if sk := rl.ClockSkewSeconds; sk != nil && (*sk >= 60 || *sk <= -60) {
		when := " before now: the paste is that old, or the server's clock is behind"
		if *sk < 0 {
			when = " after now: the server's clock is ahead"
		}
		row("Response Date", app.Text(report.Duration(*sk)+when))
	}
	if rl.Basis != "" {
		b := rl.Basis
		if rl.BasisWhy != "" {
			b += ": " + rl.BasisWhy
		}
		row("Reset read as", app.Text(b))
	}
	if rl.Category != "" {
		row("Category", app.Text(rl.Category))
	}
	return section("rate-limit", "Rate limit",
		app.P().Body(badge(level, state), app.Span().Class("muted").Text(" "+rl.Scheme)),
		app.Dl().Class("kv").Body(rows...),
		app.If(rl.Advice != "", func() app.UI { return app.P().Class("advice").Text(rl.Advice) }),
	)
}

// renderTokens shows each decoded JWT.
func renderTokens(ex *report.Exchange, z Zone) app.UI {
	if len(ex.Tokens) == 0 {
		return nil
	}
	return section("tokens", "Tokens",
		app.Range(ex.Tokens).Slice(func(i int) app.UI { return renderToken(ex.Tokens[i], z) }),
	)
}

func renderToken(t report.Token, z Zone) app.UI {
	state := badge("good", "Not expired")
	switch {
	case t.Expired:
		state = badge("bad", "Expired")
	case t.NotYetValid:
		state = badge("warn", "Not valid yet")
	case t.ExpiresAt == nil:
		state = badge("info", "No expiry")
	}
	where := t.Where
	if t.Header != "" {
		where += " (" + t.Header + ")"
	}
	times := []app.UI{}
	for _, tt := range []struct {
		k string
		v *string
	}{{"Issued (iat)", t.IssuedAt}, {"Not before (nbf)", t.NotBefore}, {"Expires (exp)", t.ExpiresAt}} {
		if at, ok := parseTime(tt.v); ok {
			times = append(times, app.Dt().Text(tt.k), app.Dd().Body(app.Text(z.Local(at)), app.Br(), app.Span().Class("muted").Text(UTCTime(at))))
		}
	}
	keys := claimKeys(t.Claims)
	return app.Div().Class("token").Body(
		app.P().Body(state, app.Text(" "), badge("warn", "Signature not checked"), app.Span().Class("muted").Text(" JWT in "+where)),
		app.If(t.Alg != "", func() app.UI { return app.P().Body(app.Span().Class("k").Text("Algorithm: "), app.Code().Text(t.Alg)) }),
		app.If(len(times) > 0, func() app.UI { return app.Dl().Class("kv").Body(times...) }),
		app.If(t.SessionID != "", func() app.UI {
			return app.P().Body(app.Span().Class("k").Text("Session id ("+t.SessionClaim+"): "), app.Code().Text(t.SessionID))
		}),
		app.If(len(keys) > 0, func() app.UI {
			return app.Details().Body(
				app.Summary().Text(fmt.Sprintf("Claims (%d)", len(keys))),
				app.Table().Class("grid").Body(app.TBody().Body(app.Range(keys).Slice(func(i int) app.UI {
					v, _ := json.Marshal(t.Claims.Values[keys[i]])
					return app.Tr().Body(app.Th().Scope("row").Body(app.Code().Text(keys[i])), app.Td().Body(app.Code().Text(string(v))))
				}))),
			)
		}),
		app.P().Class("muted").Text("The signature is not checked here: the claims are what the token says, not proof that it is genuine."),
	)
}

// fieldStatusWords names a field's registry status when it is not
// "permanent".
var fieldStatusWords = map[string]string{
	"provisional":  "provisional",
	"deprecated":   "deprecated",
	"obsoleted":    "obsolete",
	"unregistered": "not registered",
}

var fieldStatusLevel = map[string]string{
	"provisional":  "info",
	"deprecated":   "warn",
	"obsoleted":    "warn",
	"unregistered": "info",
}

// renderHeaders is the table of response header fields.
// rowToggle is how the headers table asks the page whether a row's
// details are open, and tells it when the reader opens or closes one: a
// closed row renders no details at all, which were most of the nodes of
// a report.
type rowToggle struct {
	open   func(i int) bool
	toggle func(i int) app.EventHandler
}

func renderHeaders(ex *report.Exchange, rows rowToggle) app.UI {
	if ex.Response == nil || len(ex.Response.Headers) == 0 {
		return nil
	}
	all := ex.Response.Headers
	hs := all[:min(len(all), maxRows)]
	fields := ex.Fields
	return section("headers", fmt.Sprintf("Headers (%d)", len(all)),
		app.Table().Class("grid", "headers").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Field"),
				app.Th().Scope("col").Text("Value"),
				app.Th().Scope("col").Text("What it says"),
				app.Th().Scope("col").Text("Check"),
			)),
			app.TBody().Body(app.Range(hs).Slice(func(i int) app.UI {
				var f *report.Field
				if i < len(fields) && strings.EqualFold(fields[i].Name, hs[i][0]) {
					f = &fields[i]
				}
				return headerRow(ex, hs[i][0], hs[i][1], f, rows.open(i), rows.toggle(i))
			})),
		),
		moreRows(len(all), "the paste area holds them all."),
	)
}

func headerRow(ex *report.Exchange, name, value string, f *report.Field, open bool, toggle app.EventHandler) app.UI {
	var summary, ref, status string
	var valid *bool
	line := 0
	if f != nil {
		summary, ref, status, valid, line = f.Summary, f.Reference, f.Status, f.Valid, f.Line
	}
	if summary == "" {
		summary = "Not a field this tool knows."
	}
	notes := notesFor(ex, "header:"+name, line)
	check := badge("none", "not checked")
	switch {
	case valid != nil && !*valid:
		check = badge("bad", "invalid")
	case valid != nil && *valid:
		check = badge("good", "valid")
	}
	worst := worstLevel(notes)
	cls := "row"
	if worst == "warn" || worst == "bad" {
		cls = "row lvl-row-" + worst
	}
	return app.Tr().Class(cls).DataSet("line", line).Body(
		app.Td().Class("h-name").DataSet("label", "Field").Body(app.Code().Text(name)),
		app.Td().Class("h-value").DataSet("label", "Value").Body(app.Code().Text(value)),
		app.Td().Class("h-what").DataSet("label", "What it says").Body(
			app.Details().Open(open).OnToggle(toggle).Body(
				app.Summary().Body(
					app.Span().Text(summary),
					app.If(status != "" && status != "permanent", func() app.UI {
						return app.Span().Body(app.Text(" "), badge(fieldStatusLevel[status], fieldStatusWords[status]))
					}),
					app.If(worst == "warn" || worst == "bad", func() app.UI {
						return app.Span().Body(app.Text(" "), badge(worst, fmt.Sprintf("%d note%s", len(notes), plural(len(notes)))))
					}),
				),
				app.If(open, func() app.UI {
					return app.Div().Class("more").Body(
						notesList(notes),
						app.If(ref != "", func() app.UI {
							return app.P().Body(app.Text("Reference: "), refLink(ref, refLabel(ref)))
						}),
						app.If(line > 0, func() app.UI { return app.P().Class("muted").Text("Line " + strconv.Itoa(line) + " of the paste.") }),
					)
				}),
			),
		),
		app.Td().Class("h-check").DataSet("label", "Check").Body(check),
	)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// renderDiagnostics lists what the reader found odd in the input.
func renderDiagnostics(doc *report.Document) app.UI {
	if len(doc.Diagnostics) == 0 {
		return nil
	}
	return section("diagnostics", "About the paste",
		app.Ul().Class("notes").Body(app.Range(doc.Diagnostics).Slice(func(i int) app.UI {
			d := doc.Diagnostics[i]
			lvl := d.Level
			if lvl == "error" {
				lvl = "bad"
			}
			return app.Li().Class("note").Body(
				app.Span().Class("badge", "lvl-"+lvl).Text(levelWords[d.Level]),
				app.Span().Class("line").Text(map[bool]string{true: "whole paste", false: "line " + strconv.Itoa(d.Line)}[d.Line <= 0]),
				app.Span().Class("note-summary").Text(d.Message),
			)
		})),
	)
}

// renderExchanges lists the exchanges of a chain or HAR to pick from: the
// first shown of them, the selected one wherever it is, and a button for
// more, so a HAR of thousands does not render thousands of rows at once.
func renderExchanges(doc *report.Document, sel, shown int, onPick func(i int) app.EventHandler, onMore app.EventHandler) app.UI {
	n := len(doc.Exchanges)
	if n < 2 {
		return nil
	}
	shown = min(max(shown, listStep), n)
	rows := make([]app.UI, 0, shown+2)
	for i := 0; i < shown; i++ {
		rows = append(rows, exchangeRow(doc, i, sel, onPick))
	}
	// The picked and the most relevant exchanges, when past the first
	// shown, follow in paste order, numbered as they are in the paste.
	var extra []int
	for _, i := range []int{doc.Selected, sel} {
		if i >= shown && i < n && !slices.Contains(extra, i) {
			extra = append(extra, i)
		}
	}
	slices.Sort(extra)
	for _, i := range extra {
		rows = append(rows, exchangeRow(doc, i, sel, onPick).Value(i+1))
	}
	return section("exchanges", fmt.Sprintf("Exchanges in the paste (%d)", n),
		app.Ol().Class("exchanges").Body(rows...),
		app.If(shown < n, func() app.UI {
			return app.P().Class("muted", "small").Body(
				app.Text(fmt.Sprintf("Showing the first %s of %s. ", grouped(shown), grouped(n))),
				app.Button().Type("button").ID("more-exchanges").OnClick(onMore).Text(fmt.Sprintf("Show %s more", grouped(min(listStep, n-shown)))),
			)
		}),
	)
}

// exchangeRow is one exchange of the list: status, method, URL.
func exchangeRow(doc *report.Document, i, sel int, onPick func(i int) app.EventHandler) app.HTMLLi {
	ex := &doc.Exchanges[i]
	method, url, code := "", "", 0
	if ex.Request != nil {
		method, url = ex.Request.Method, ex.Request.URL
		if url == "" {
			url = ex.Request.Target
		}
	}
	st := "no response"
	if ex.Response != nil {
		code = ex.Response.Status
		st = strconv.Itoa(code)
	}
	b := app.Button().Type("button").Class("exchange").DataSet("index", i).OnClick(onPick(i)).Body(
		app.Span().Class("code", "lvl-"+statusLevel(code)).Text(st),
		app.Span().Class("method").Text(method),
		app.Span().Class("url").Text(url),
		app.If(i == doc.Selected, func() app.UI { return app.Span().Class("muted").Text(" (most relevant)") }),
	)
	if i == sel {
		b = b.Aria("current", "true")
	}
	return app.Li().Body(b)
}

// claimKeys lists the claims in token order, then any others sorted.
func claimKeys(c report.Claims) []string {
	seen := make(map[string]bool, len(c.Values))
	var keys []string
	for _, k := range c.Keys {
		if _, ok := c.Values[k]; ok && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	var rest []string
	for k := range c.Values {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(keys, rest...)
}
