package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/httpexplain/httpexplain/app/message"
	"github.com/httpexplain/httpexplain/app/paste"
	"github.com/httpexplain/httpexplain/app/report"
	"github.com/httpexplain/httpexplain/app/samples"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storeKey names the paste in sessionStorage. Never localStorage: pastes
// hold secrets, and a tab's session storage dies with the tab.
const storeKey = "httpexplain.paste"

// debounce is how long typing must pause before the paste is analysed.
const debounce = 150 * time.Millisecond

// Page is the one screen: a paste area and the report of what was pasted.
type Page struct {
	app.Compo

	ready  bool
	paste  string
	vendor string // "" picks the vendor automatically
	gen    int    // counts pastes, so a stale analysis is dropped

	doc  *report.Document
	msg  *message.Document
	sel  int
	zone Zone
	now  time.Time

	vendors []report.ListedVendor
	sample  string
	notice  string // one-line message: "Copied", a file error...

	share shareState

	keys app.Func
}

// OnInit lists the vendors once.
func (p *Page) OnInit() {
	p.vendors = report.Knowledge().Vendors
	p.zone = UTC
}

// OnMount wires the browser: the reader's zone, the keyboard shortcuts, a
// paste from a share link or from this tab's session, and the countdowns.
func (p *Page) OnMount(ctx app.Context) {
	p.ready = true
	p.zone = browserZone()
	p.listenKeys(ctx)
	restored := ""
	if h := locationHash(); h != "" {
		text, err := decodeLink(h)
		dropHash()
		if err != nil {
			p.notice = "This link could not be opened: " + err.Error()
		} else {
			restored = text
			p.notice = "Opened the paste from the link."
		}
	}
	if restored == "" {
		var s string
		if err := ctx.SessionStorage().Get(storeKey, &s); err == nil {
			restored = s
		}
	}
	if restored != "" {
		p.setPaste(ctx, restored)
	}
	focusPaste()
	ctx.Async(func() {
		for {
			time.Sleep(time.Second)
			if !p.Mounted() {
				return
			}
			ctx.Dispatch(func(ctx app.Context) {
				ctx.PreventUpdate()
				tickCountdowns(time.Now())
			})
		}
	})
}

// OnDismount releases the keyboard listener.
func (p *Page) OnDismount() {
	if p.keys != nil {
		app.Window().Call("removeEventListener", "keydown", p.keys)
		p.keys.Release()
		p.keys = nil
	}
}

// listenKeys adds the shortcuts: "/" or Alt+P focus the paste area, Escape
// closes the share panel.
func (p *Page) listenKeys(ctx app.Context) {
	if !app.IsClient {
		return
	}
	p.keys = app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		key := e.Get("key").String()
		tag := ""
		if t := e.Get("target"); t.Truthy() {
			tag = t.Get("tagName").String()
		}
		typing := tag == "TEXTAREA" || tag == "INPUT" || tag == "SELECT"
		switch {
		case e.Get("altKey").Bool() && e.Get("code").String() == "KeyP",
			key == "/" && !typing && !e.Get("ctrlKey").Bool() && !e.Get("metaKey").Bool():
			e.Call("preventDefault")
			focusPaste()
		case key == "Escape" && p.share.open:
			ctx.Dispatch(func(ctx app.Context) { p.share.open = false; focusID("copy-link") })
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", p.keys)
}

// setPaste replaces the paste (sample, file, link, restore) and analyses it
// at once.
func (p *Page) setPaste(ctx app.Context, text string) {
	p.paste = text
	setPasteValue(text)
	p.gen++
	p.analyze(ctx, p.gen)
}

func (p *Page) onInput(ctx app.Context, e app.Event) {
	p.paste = ctx.JSSrc().Get("value").String()
	p.gen++
	g := p.gen
	// Nothing on screen changes until the analysis: no re-render per key.
	ctx.PreventUpdate()
	ctx.After(debounce, func(ctx app.Context) {
		if g == p.gen {
			p.analyze(ctx, g)
		} else {
			ctx.PreventUpdate()
		}
	})
}

// analyze runs the engine off the event handler and shows the result if
// the paste has not changed meanwhile.
func (p *Page) analyze(ctx app.Context, g int) {
	text, vendor := p.paste, p.vendor
	p.store(ctx, text)
	if strings.TrimSpace(text) == "" {
		p.doc, p.msg, p.sel = nil, nil, 0
		p.share.open = false
		return
	}
	ctx.Async(func() {
		now := time.Now()
		doc, msg := Analyze(text, vendor, now)
		ctx.Dispatch(func(ctx app.Context) {
			if g != p.gen || vendor != p.vendor {
				return
			}
			p.doc, p.msg, p.now = doc, msg, now
			p.sel = doc.Selected
			if p.sel < 0 {
				p.sel = 0
			}
			if p.share.open {
				p.share.compute(p.paste)
			}
		})
	})
}

// Analyze explains a paste for the page: the report, and the read paste
// that holds the bodies the report only describes.
func Analyze(text, vendor string, now time.Time) (*report.Document, *message.Document) {
	msg := paste.Read([]byte(text))
	return report.Explain(msg, report.Options{Now: now, Vendor: vendor}), msg
}

// store keeps the paste in this tab's session storage.
func (p *Page) store(ctx app.Context, text string) {
	if !app.IsClient {
		return
	}
	if strings.TrimSpace(text) == "" {
		ctx.SessionStorage().Del(storeKey)
		return
	}
	if err := ctx.SessionStorage().Set(storeKey, text); err != nil {
		// Too big for the quota: better no copy than a stale one.
		ctx.SessionStorage().Del(storeKey)
	}
}

func (p *Page) onClear(ctx app.Context, e app.Event) {
	p.setPaste(ctx, "")
	p.sample, p.notice = "", "Cleared the paste, the report and this tab's stored copy."
	p.share = shareState{}
	focusPaste()
}

func (p *Page) onSample(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("value").String()
	text, ok := samples.Text(id)
	if !ok {
		return
	}
	p.sample, p.notice = id, ""
	p.setPaste(ctx, text)
}

func (p *Page) onVendor(ctx app.Context, e app.Event) {
	p.vendor = ctx.JSSrc().Get("value").String()
	p.gen++
	p.analyze(ctx, p.gen)
}

func (p *Page) onOpenFile(ctx app.Context, e app.Event) {
	if in := app.Window().GetElementByID("file"); in.Truthy() {
		in.Call("click")
	}
}

func (p *Page) onFile(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	p.readFile(ctx, files.Index(0))
	ctx.JSSrc().Set("value", "")
}

func (p *Page) onDragOver(ctx app.Context, e app.Event) {
	e.PreventDefault()
	ctx.PreventUpdate()
}

func (p *Page) onDrop(ctx app.Context, e app.Event) {
	dt := e.Get("dataTransfer")
	if !dt.Truthy() {
		return
	}
	files := dt.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return // dropped text: let the textarea take it
	}
	e.PreventDefault()
	p.readFile(ctx, files.Index(0))
}

func (p *Page) readFile(ctx app.Context, f app.Value) {
	name := f.Get("name").String()
	readFile(f, func(text, errText string) {
		ctx.Dispatch(func(ctx app.Context) {
			if errText != "" {
				p.notice = errText
				return
			}
			p.sample, p.notice = "", "Read "+name+"."
			p.setPaste(ctx, text)
		})
	})
}

func (p *Page) onCopyMarkdown(ctx app.Context, e app.Event) {
	if p.doc == nil {
		return
	}
	d := *p.doc
	d.Selected = p.sel
	writeClipboard(d.Markdown(), func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) {
			if ok {
				p.notice = "Copied the Markdown summary."
			} else {
				p.notice = "The browser refused the clipboard: select the summary and copy it by hand."
			}
		})
	})
}

func (p *Page) onPick(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.doc != nil && i >= 0 && i < len(p.doc.Exchanges) {
			p.sel = i
		}
	}
}

func (p *Page) onField(pointer string, line int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.PreventUpdate()
		if pointer != "" {
			// The body view expands its tree to the node and focuses it.
			ctx.NewActionWithValue(BodyFocusAction, pointer)
			return
		}
		highlight("", line)
	}
}

// selected is the exchange on screen, or nil.
func (p *Page) selected() *report.Exchange {
	if p.doc == nil || p.sel < 0 || p.sel >= len(p.doc.Exchanges) {
		return nil
	}
	return &p.doc.Exchanges[p.sel]
}

// selectedBody is the read body of the exchange on screen, or nil.
func (p *Page) selectedBody() *message.Body {
	if p.msg == nil || p.sel < 0 || p.sel >= len(p.msg.Exchanges) {
		return nil
	}
	if r := p.msg.Exchanges[p.sel].Response; r != nil {
		return r.Body
	}
	return nil
}

// Render draws the page.
func (p *Page) Render() app.UI {
	return app.Div().ID("app-root").Class("page").OnDragOver(p.onDragOver).OnDrop(p.onDrop).Body(
		app.A().Class("skip").Href("#paste").Text("Skip to the paste area"),
		app.Header().Class("top").Body(
			app.Div().Class("brand").Body(
				app.H1().Text("httpexplain"),
				app.P().Class("tagline").Text("Paste an HTTP response, curl output or a HAR file: it is explained right here. Nothing you paste leaves this page."),
			),
		),
		app.Main().Class("layout").Body(
			p.renderInput(),
			p.renderReport(),
		),
		app.Footer().Class("foot").Body(
			app.P().Body(
				app.Text("Everything runs in your browser; the page makes no requests once loaded and works offline. Press "),
				app.Kbd().Text("/"), app.Text(" or "), app.Kbd().Text("Alt"), app.Text("+"), app.Kbd().Text("P"),
				app.Text(" to jump to the paste area."),
			),
		),
	)
}

func (p *Page) renderInput() app.UI {
	ta := app.Textarea().
		ID("paste").
		Name("paste").
		Aria("label", "Paste an HTTP response").
		Aria("describedby", "paste-help").
		Placeholder("HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n…\n\nPaste a raw response, curl -i / -v output, a HAR file, headers alone or a body alone.").
		AutoFocus(true).
		Spellcheck(false).
		Attr("autocomplete", "off").
		Attr("autocapitalize", "off").
		Attr("wrap", "off").
		OnInput(p.onInput)
	if p.ready {
		ta = ta.DataSet("ready", "true")
	}
	return app.Section().Class("input").Aria("label", "Paste").Body(
		app.Div().Class("toolbar").Body(
			app.Label().For("sample").Class("inline").Body(
				app.Span().Text("Try a sample"),
				app.Select().ID("sample").OnChange(p.onSample).Body(
					app.Option().Value("").Selected(p.sample == "").Text("Choose…"),
					app.Range(samples.All()).Slice(func(i int) app.UI {
						s := samples.All()[i]
						return app.Option().Value(s.ID).Selected(p.sample == s.ID).Text(s.Title)
					}),
				),
			),
			app.Button().Type("button").ID("open-file").OnClick(p.onOpenFile).Text("Open file…"),
			app.Input().Type("file").ID("file").Class("offscreen").TabIndex(-1).Aria("hidden", "true").
				Accept(".txt,.har,.json,.log,text/plain,application/json").OnChange(p.onFile),
			app.Button().Type("button").ID("clear").OnClick(p.onClear).Text("Clear"),
		),
		ta,
		app.P().ID("paste-help").Class("muted", "small").Body(
			app.Text("The report appears as you paste. You can also drop a file here (.txt, .har, .json, .log). Shortcut: "),
			app.Kbd().Text("/"),
			app.Text(". The paste is kept only in this tab until you close it or press Clear."),
		),
	)
}

func (p *Page) renderReport() app.UI {
	ex := p.selected()
	status := "Paste something to see its report."
	rep := app.Div().ID("report").Class("report").Aria("busy", "false")
	if p.doc != nil {
		code := "none"
		if ex != nil && ex.Response != nil {
			code = strconv.Itoa(ex.Response.Status)
			status = "Report ready: " + ex.Title()
		} else {
			status = "Report ready: no HTTP response found in the paste."
		}
		rep = rep.DataSet("status", code)
	}
	return app.Section().Class("output").Aria("label", "Report").Body(
		app.P().ID("announce").Class("announce").Attr("role", "status").Aria("live", "polite").Body(
			app.Span().Text(status),
			app.If(p.notice != "", func() app.UI { return app.Span().ID("notice").Class("notice").Text(" " + p.notice) }),
		),
		app.If(p.doc != nil, func() app.UI { return p.renderActions(ex) }),
		app.If(p.share.open, func() app.UI { return p.renderShare() }),
		rep.Body(p.renderSections(ex)...),
	)
}

// renderActions is the bar above the report: vendor, copy, share.
func (p *Page) renderActions(ex *report.Exchange) app.UI {
	detected := "No vendor profile detected."
	if ex != nil && ex.Vendor != nil {
		detected = "Vendor: " + ex.Vendor.Name + " (" + ex.Vendor.Why + ")."
	}
	return app.Div().Class("actions").Body(
		app.Div().Class("vendor").Body(
			app.Label().For("vendor").Class("inline").Body(
				app.Span().Text("Vendor"),
				app.Select().ID("vendor").OnChange(p.onVendor).Body(
					app.Option().Value("").Selected(p.vendor == "").Text("Auto"),
					app.Range(p.vendors).Slice(func(i int) app.UI {
						v := p.vendors[i]
						return app.Option().Value(v.ID).Selected(p.vendor == v.ID).Text(v.Name)
					}),
				),
			),
			app.Span().ID("vendor-why").Class("muted", "small").Text(detected),
		),
		app.Div().Class("buttons").Body(
			app.Button().Type("button").ID("copy-markdown").OnClick(p.onCopyMarkdown).Text("Copy summary (Markdown)"),
			app.Button().Type("button").ID("copy-link").Aria("expanded", p.share.open).Aria("controls", "share-panel").OnClick(p.onCopyLink).Text("Copy link…"),
		),
	)
}

// renderSections is the report, top to bottom; empty parts are left out.
func (p *Page) renderSections(ex *report.Exchange) []app.UI {
	if p.doc == nil {
		return nil
	}
	if ex == nil {
		return []app.UI{renderSummary(p.doc, nil), renderDiagnostics(p.doc)}
	}
	return []app.UI{
		renderExchanges(p.doc, p.sel, p.onPick),
		renderSummary(p.doc, ex),
		renderStatus(ex),
		renderValidation(ex, p.onField),
		renderRateLimit(ex, p.zone, p.now),
		renderTokens(ex, p.zone),
		renderHeaders(ex),
		renderBody(ex, p.selectedBody()),
		renderDiagnostics(p.doc),
	}
}
