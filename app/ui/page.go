package ui

import (
	"strconv"
	"strings"
	"time"
	"unsafe"

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

// pasteJump is how much the text must grow or shrink at once for an input
// event to count as a paste (or a cut), analysed without the debounce.
const pasteJump = 32

// bigPaste is the size from which the paste is kept in memory but not
// put in the paste area: the browser lays out all the text of a textarea
// (a second for 1 MB, more for 10 MB) and again on many later changes to
// the page, which was most of the time a big paste took to answer. A paste
// this big is taken from the paste event itself, so the text never enters
// the page at all (listenPaste).
const bigPaste = 256 << 10

// maxStored is the largest paste kept in session storage: browsers allow
// about 5 MiB an origin, so a bigger one would only be refused after the
// cost of encoding it.
const maxStored = 5 << 20

// syncAnalyze is the largest paste analysed in the event handler itself
// rather than in a job: a few milliseconds of work, and the report then
// renders in the same frame.
const syncAnalyze = 16 << 10

// syncExplain is the largest body an exchange picked from the list may
// have to be explained in the click handler; a bigger one is explained in
// a job, with progress shown.
const syncExplain = 256 << 10

// listStep is how many exchanges the list shows at first, and how many
// more each "Show more" adds: rendering thousands at once would be one
// long task.
const listStep = 200

// Page is the one screen: a paste area and the report of what was pasted.
type Page struct {
	app.Compo

	// warm is the warm-up's report while it is mounted, out of sight,
	// for one frame (rehearse).
	warm *Page

	ready  bool
	paste  string
	vendor string // "" picks the vendor automatically
	gen    int    // counts pastes, so a stale analysis is dropped

	doc      *report.Document
	msg      *message.Document
	sel      int
	zone     Zone
	zoneRead bool // zone is the browser's (readerZone)
	now      time.Time

	// explained says which of doc.Exchanges are analysed in full; the
	// others hold only what the list shows (report.Outline).
	explained []bool
	msgText   string // the paste msg was read from
	shown     int    // how many exchanges the list shows
	job       *job   // the analysis under way, or nil
	busy      *progress
	hidden    int  // bytes of the paste held but not shown in the paste area
	stale     bool // the report on screen is of an earlier paste

	vendors []report.ListedVendor
	sample  string
	notice  string // one-line message: "Copied", a file error...

	share shareState

	keys   app.Func
	pastes app.Func

	// opened holds the header rows whose details the reader opened, for
	// the exchange openedOf; any other exchange starts with all closed.
	opened   map[int]bool
	openedOf *report.Exchange

	// partial says only the top of the report is rendered yet (staged).
	partial bool
}

// OnInit lists the vendors once.
func (p *Page) OnInit() {
	p.vendors = report.Vendors()
	p.zone = UTC
}

// OnMount wires the browser: the reader's zone, the keyboard shortcuts, a
// paste from a share link or from this tab's session, and the countdowns.
func (p *Page) OnMount(ctx app.Context) {
	p.ready = true
	// The zone later, once the page shows: the browser's first Intl call
	// loads its locale data, which held the page back by some 35 ms.
	ctx.After(afterReady, func(ctx app.Context) {
		ctx.PreventUpdate()
		p.readerZone()
	})
	p.listenKeys(ctx)
	p.listenPaste(ctx)
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
	p.warmUp(ctx)
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

// readerZone is the reader's time zone, asked of the browser the first
// time it is needed.
func (p *Page) readerZone() Zone {
	if !p.zoneRead && app.IsClient {
		p.zone, p.zoneRead = browserZone(), true
	}
	return p.zone
}

// afterReady is how long after OnMount the page does the work that can
// wait (the reader's zone, warmUp): go-app then has drawn the page and
// taken its loading screen away.
const afterReady = 150 * time.Millisecond

// warmDelay is the pause between the steps of warmUp, each a task of its
// own, well before a reader pastes.
const warmDelay = 50 * time.Millisecond

// warmUp explains the samples once, in the background, and throws the
// reports away; the first one is also mounted for a frame (rehearse). The
// browser compiles a wasm function the first time it runs, so without this
// the reader's first paste paid for compiling the whole engine (about
// 40 ms, against 3 ms once compiled). It stops as soon as there is a paste
// of the reader's own.
func (p *Page) warmUp(ctx app.Context) {
	if !app.IsClient {
		return
	}
	list := samples.All()
	var next func(i int)
	next = func(i int) {
		delay := warmDelay
		if i == 0 {
			delay = afterReady
		}
		ctx.After(delay, func(ctx app.Context) {
			if i >= len(list) || p.paste != "" || p.hidden > 0 || p.job != nil {
				ctx.PreventUpdate()
				return
			}
			if text, ok := samples.Text(list[i].ID); ok {
				q := warmPage(Analyze(text, "", time.Now()))
				if i == 0 && p.doc == nil {
					// The first sample is mounted once, so that
					// the browser's side is warm too.
					p.rehearse(ctx, q)
				} else {
					_ = q.renderReport() // the sections and the actions bar with them
					ctx.PreventUpdate()
				}
			} else {
				ctx.PreventUpdate()
			}
			next(i + 1)
		})
	}
	next(0)
}

// warmPage is a page of its own showing doc, every exchange explained,
// for warmUp: rendering it runs the page's rendering code once, so that it
// is compiled before the reader's first report.
func warmPage(doc *report.Document, msg *message.Document) *Page {
	q := &Page{doc: doc, msg: msg, sel: max(doc.Selected, 0), zone: UTC, zoneRead: true, now: time.Now(), shown: listStep}
	q.explained = make([]bool, len(doc.Exchanges))
	for i := range q.explained {
		q.explained[i] = true
	}
	return q
}

// rehearse mounts q's report in this render, out of sight (web/app.css:
// .rehearsal), and takes it away once painted. Rendering it compiles the
// Go side; mounting it also warms go-app's mounting of each kind of
// element and the browser's style, layout and text drawing of the report. In an A/B of 7 runs a side, the first 2 KB
// paste was visible in 32–38 ms rather than 61, the whole report in 86–92
// rather than 129.
func (p *Page) rehearse(ctx app.Context, q *Page) {
	p.warm = q
	afterPaint(ctx, func(ctx app.Context) { p.warm = nil })
}

// renderRehearsal is the warm-up's report (rehearse): its actions bar and
// sections, but not #report or #announce, so that no script takes it for
// the reader's report. It goes in the render that shows a paste.
func (p *Page) renderRehearsal() app.UI {
	q := p.warm
	ex := q.selected()
	return app.Div().Class("rehearsal").Aria("hidden", "true").Body(
		q.renderActions(ex),
		app.Div().Class("report").Body(q.renderSections(ex)...),
	)
}

// OnDismount releases the keyboard and paste listeners.
func (p *Page) OnDismount() {
	if p.keys != nil {
		app.Window().Call("removeEventListener", "keydown", p.keys)
		p.keys.Release()
		p.keys = nil
	}
	if p.pastes != nil {
		app.Window().Call("removeEventListener", "paste", p.pastes, true)
		p.pastes.Release()
		p.pastes = nil
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
	p.hidden = 0
	if len(text) >= bigPaste {
		p.hidden = len(text)
		text = ""
	}
	setPasteValue(text)
	p.gen++
	p.analyze(ctx, p.gen)
}

// listenPaste takes a big paste straight from the clipboard, before the
// browser puts it in the paste area: it then replaces the whole paste (one
// paste is one response to explain). A small one is left to the browser,
// and onInput answers it. The listener is the page's own rather than
// go-app's, whose handlers run after the event is over, too late to stop
// the browser.
func (p *Page) listenPaste(ctx app.Context) {
	if !app.IsClient {
		return
	}
	p.pastes = app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		if t := e.Get("target"); !t.Truthy() || t.Get("id").String() != "paste" {
			return nil
		}
		text := stringObject(clipboardText(e))
		n := jsLength(text)
		if n < bigPaste {
			return nil
		}
		e.Call("preventDefault")
		markStale()
		ctx.Dispatch(func(ctx app.Context) { p.takeBig(ctx, text, n) })
		return nil
	})
	app.Window().Call("addEventListener", "paste", p.pastes, true)
}

// takeBig analyses a big paste held in a JavaScript String object of n
// UTF-16 units, without ever putting it in the paste area.
func (p *Page) takeBig(ctx app.Context, text app.Value, n int) {
	p.gen++
	p.stopJob()
	setPasteValue("")
	p.sample, p.notice = "", ""
	p.paste, p.hidden = "", n
	p.analyzeFrom(ctx, p.gen, text)
}

func (p *Page) onInput(ctx app.Context, e app.Event) {
	before := len(p.paste)
	value := ctx.JSSrc().Get("value")
	p.gen++
	g := p.gen
	p.stopJob()
	obj := stringObject(value)
	// A big paste the reader put in the paste area (onShowPaste) is edited
	// there like a small one.
	shown := p.hidden == 0 && len(p.paste) >= bigPaste
	if n := jsLength(obj); n >= bigPaste && !shown {
		// Out of the paste area before the browser lays it out: hidden at
		// once, emptied in a task of its own (emptying a textarea of 10 MB
		// is itself a long task); the job copies the text in slices.
		ta := ctx.JSSrc()
		ta.Get("style").Set("display", "none")
		markStale()
		inTask(ctx, func(ctx app.Context) {
			ctx.PreventUpdate()
			ta.Set("value", "")
			ta.Get("style").Set("display", "")
			focusPaste()
		})
		p.paste, p.hidden = "", n
		p.analyzeFrom(ctx, g, obj)
		return
	}
	p.paste, p.hidden = value.String(), 0
	if isPaste(e, before, len(p.paste)) {
		// A paste is answered at once; only typing waits. A big one is
		// analysed in a job, and nothing on screen changes before it shows
		// (or reports progress): a render now would only delay it.
		if len(p.paste) > syncAnalyze {
			ctx.PreventUpdate()
		}
		markStale()
		p.analyze(ctx, g)
		return
	}
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

// isPaste tells a paste, drop or cut from typing: by the input event's
// inputType when the browser gives one, else by how much the text jumped.
func isPaste(e app.Event, before, after int) bool {
	if e.Value != nil && e.Truthy() {
		if t := e.Get("inputType"); t.Truthy() {
			switch t.String() {
			case "insertFromPaste", "insertFromDrop", "insertFromPasteAsQuotation", "deleteByCut":
				return true
			}
		}
	}
	return after-before >= pasteJump || before-after >= pasteJump
}

// stopJob abandons the analysis under way, if any.
func (p *Page) stopJob() {
	p.job.stop()
	p.job, p.busy = nil, nil
}

// analyze runs the engine in a job off the event handler, in steps: read
// the paste, list its exchanges (shown at once), explain the selected one.
// Each step shows only if the paste has not changed meanwhile; a new paste
// stops the job.
func (p *Page) analyze(ctx app.Context, g int) {
	p.store(ctx, p.paste)
	p.analyzeFrom(ctx, g, nil)
}

// analyzeFrom is analyze for the paste in p.paste, or, when value is set,
// for the text of that JavaScript string, which the job first copies in
// slices and then puts in p.paste.
func (p *Page) analyzeFrom(ctx app.Context, g int, value app.Value) {
	text, vendor := p.paste, p.vendor
	p.stopJob()
	if value == nil && strings.TrimSpace(text) == "" {
		p.doc, p.msg, p.sel, p.explained, p.msgText, p.stale = nil, nil, 0, nil, "", false
		p.share.open = false
		return
	}
	var msg *message.Document
	if value == nil && p.msg != nil && p.msgText == text {
		msg = p.msg // the vendor changed, not the paste
	} else {
		p.stale = p.doc != nil
	}
	if value == nil && len(text) <= syncAnalyze {
		// Small: at once, in the handler, with no goroutine to wait for
		// and no second dispatch before the report renders.
		now := time.Now()
		p.present(ctx, runStages(newJob(nil).unpaced(), text, vendor, now, msg, nil), text, now, msg == nil)
		return
	}
	current := func() bool { return g == p.gen && vendor == p.vendor }
	j := newJob(func(pr progress) {
		ctx.Dispatch(func(ctx app.Context) {
			if current() && p.job != nil {
				p.busy = &pr
			}
		})
	})
	p.job = j
	// No progress yet: a small paste is done before the first pause, and
	// one render fewer is time saved; a big one reports at that pause.
	ctx.Async(func() {
		now := time.Now()
		j.run(func() {
			if value != nil {
				text = j.copyString(value)
				// Storing megabytes is one long call of the browser's
				// (about 60 ms for 2.8 MB): in a task of its own, not
				// on top of a slice of the job's.
				j.rest()
				ctx.Dispatch(func(ctx app.Context) {
					if current() {
						p.paste, p.hidden = text, len(text)
						p.store(ctx, text)
					}
				})
				j.rest()
			}
			st := runStages(j, text, vendor, now, msg, func(st stages) {
				ctx.Dispatch(func(ctx app.Context) {
					if current() {
						p.show(st, text, now)
						p.relink(ctx)
					}
				})
				// Let the list show before explaining the selected exchange.
				j.rest()
			})
			ctx.Dispatch(func(ctx app.Context) {
				if current() {
					p.present(ctx, st, text, now, msg == nil)
					if p.job == j {
						p.job, p.busy = nil, nil
					}
					if !p.isExplained(p.sel) && p.sel < len(p.doc.Exchanges) {
						p.explainPicked(ctx, p.sel) // picked while the job ran
					}
				}
			})
		})
	})
}

// stages is what an analysis has done so far.
type stages struct {
	doc       *report.Document
	msg       *message.Document
	explained []bool
}

// runStages is the analysis of a paste as the page runs it: read it (or
// reuse msg, read before), outline its exchanges, and explain the
// selected one. When that took long enough to pause, listed is called
// with the outline before the selected exchange is explained, so the list
// shows first.
func runStages(j *job, text, vendor string, now time.Time, msg *message.Document, listed func(stages)) stages {
	if msg == nil {
		j.reading(text)
		msg = paste.ReadWith(textBytes(text), paste.Options{Yield: j.yield})
	}
	opt := report.Options{Now: now, Vendor: vendor, Yield: j.yield, NoDigests: true}
	j.listing(len(msg.Exchanges))
	st := stages{doc: report.Outline(msg, opt), msg: msg, explained: make([]bool, len(msg.Exchanges))}
	sel := st.doc.Selected
	if sel < 0 {
		return st
	}
	if j.paused && listed != nil {
		// Copies: the page must not see the exchange replaced below.
		first := *st.doc
		first.Exchanges = append([]report.Exchange(nil), st.doc.Exchanges...)
		listed(stages{doc: &first, msg: msg, explained: append([]bool(nil), st.explained...)})
	}
	j.explaining(sel, len(msg.Exchanges))
	st.doc.Exchanges[sel] = report.ExplainExchange(msg, sel, opt)
	st.explained[sel] = true
	return st
}

// textBytes is the bytes of text without a copy: a second copy of a 10 MB
// paste was a tenth of the heap. The reader only reads its input, and a
// string's bytes are never written, so the two views never disagree.
func textBytes(text string) []byte {
	return unsafe.Slice(unsafe.StringData(text), len(text))
}

// show puts an analysis on screen.
func (p *Page) show(st stages, text string, now time.Time) {
	newPaste := p.msg != st.msg
	p.stale, p.partial = false, false // whole, unless staged follows
	p.doc, p.msg, p.explained, p.msgText, p.now = st.doc, st.msg, st.explained, text, now
	if newPaste || p.sel >= len(st.doc.Exchanges) {
		p.sel = max(st.doc.Selected, 0)
		p.shown = listStep
	}
	if p.share.open {
		p.share.compute(p.paste)
	}
}

// relink remakes the share link after show, when the share panel is open.
func (p *Page) relink(ctx app.Context) {
	if p.share.open {
		p.link(ctx, false)
	}
}

// present shows a finished analysis: staged when it is of a new paste; a
// new vendor for the same paste shows at once, leaving the reader's place
// on the page alone.
func (p *Page) present(ctx app.Context, st stages, text string, now time.Time, newPaste bool) {
	p.show(st, text, now)
	p.relink(ctx)
	if newPaste {
		p.staged(ctx)
	}
}

// isExplained says whether exchange i of the report is analysed in full.
func (p *Page) isExplained(i int) bool {
	return p.doc != nil && i >= 0 && i < len(p.explained) && p.explained[i]
}

// explainPicked explains exchange i, picked from the list: in the handler
// when it is small, else in a job with progress shown.
func (p *Page) explainPicked(ctx app.Context, i int) {
	doc, msg, now, vendor, g := p.doc, p.msg, p.now, p.vendor, p.gen
	opt := report.Options{Now: now, Vendor: vendor, NoDigests: true}
	if b := msg.Exchanges[i].Response; b == nil || b.Body == nil || len(b.Body.Bytes) < syncExplain {
		doc.Exchanges[i] = report.ExplainExchange(msg, i, opt)
		p.explained[i] = true
		return
	}
	if p.job != nil {
		return // the job under way explains it when done (see show)
	}
	j := newJob(func(pr progress) {
		ctx.Dispatch(func(ctx app.Context) {
			if p.job != nil {
				p.busy = &pr
			}
		})
	})
	p.job = j
	p.busy = &progress{phase: "Explaining exchange", done: i + 1, total: len(msg.Exchanges), exchange: true}
	ctx.Async(func() {
		ex := report.Exchange{}
		opt.Yield = j.yield
		if !j.run(func() { j.explaining(i, len(msg.Exchanges)); ex = report.ExplainExchange(msg, i, opt) }) {
			return
		}
		ctx.Dispatch(func(ctx app.Context) {
			if g != p.gen || p.doc != doc {
				return
			}
			doc.Exchanges[i] = ex
			p.explained[i] = true
			if p.job == j {
				p.job, p.busy = nil, nil
			}
			if p.sel != i && !p.isExplained(p.sel) {
				p.explainPicked(ctx, p.sel)
			}
		})
	})
}

// Analyze explains a paste all at once: the report of every exchange, and
// the read paste that holds the bodies the report only describes. The page
// itself works in stages (runStages), to stay responsive on a big paste.
func Analyze(text, vendor string, now time.Time) (*report.Document, *message.Document) {
	msg := paste.Read([]byte(text))
	return report.Explain(msg, report.Options{Now: now, Vendor: vendor, NoDigests: true}), msg
}

// store keeps the paste in this tab's session storage.
func (p *Page) store(ctx app.Context, text string) {
	if !app.IsClient {
		return
	}
	if strings.TrimSpace(text) == "" || len(text) > maxStored {
		ctx.SessionStorage().Del(storeKey)
		return
	}
	if !storeSession(storeKey, text) {
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

// onShowPaste puts a big paste held in memory into the paste area, for a
// reader who wants to read or edit it there.
func (p *Page) onShowPaste(ctx app.Context, e app.Event) {
	if p.hidden == 0 || p.paste == "" {
		return
	}
	p.hidden = 0
	setPasteValue(p.paste)
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
	if p.doc == nil || (len(p.doc.Exchanges) > 0 && !p.isExplained(p.sel)) {
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
			p.staged(ctx)
			if !p.isExplained(i) {
				p.explainPicked(ctx, i)
			}
		}
	}
}

// staged renders a new report in two steps: first what answers the paste
// (the summary, with its next steps, and the status), then, once the
// browser has painted that, the details: validation errors, the rate
// limit, tokens, headers, the body and the diagnostics, which are most of
// the nodes. The reader sees the answer about twice as soon, and no single
// task renders the whole report. The second step waits for the paint
// rather than a fixed time, because a timer could fire before the frame
// and hold the answer back behind the details.
func (p *Page) staged(ctx app.Context) {
	p.partial = true
	doc, sel := p.doc, p.sel
	afterPaint(ctx, func(ctx app.Context) {
		if !p.partial || p.doc != doc || p.sel != sel {
			ctx.PreventUpdate()
			return
		}
		p.partial = false
	})
}

// headerOpen says whether the details of header row i of the exchange on
// screen are open.
func (p *Page) headerOpen(i int) bool {
	return p.openedOf == p.selected() && p.opened[i]
}

// onHeaderToggle follows the reader opening or closing header row i's
// details: an open row renders them, a closed one does not.
func (p *Page) onHeaderToggle(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		open := ctx.JSSrc().Get("open").Bool()
		if ex := p.selected(); p.openedOf != ex {
			p.opened, p.openedOf = map[int]bool{}, ex
		}
		if p.opened[i] == open {
			ctx.PreventUpdate()
			return
		}
		p.opened[i] = open
	}
}

// onMore shows more of a long list of exchanges.
func (p *Page) onMore(ctx app.Context, e app.Event) {
	p.shown += listStep
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
		app.If(p.warm != nil && p.doc == nil, p.renderRehearsal),
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
		Placeholder(p.placeholder()).
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
			app.If(p.hidden > 0 && p.paste != "", func() app.UI {
				return app.Button().Type("button").ID("show-paste").OnClick(p.onShowPaste).
					Title("The browser may take a while to show this much text.").
					Text("Show the " + sizeWords(p.hidden) + " in the paste area")
			}),
		),
		ta,
		app.P().ID("paste-help").Class("muted", "small").Body(
			app.Text("The report appears as you paste. You can also drop a file here (.txt, .har, .json, .log). Shortcut: "),
			app.Kbd().Text("/"),
			app.Text(". The paste is kept only in this tab until you close it or press Clear."),
		),
	)
}

// placeholder is the paste area's hint: what to paste, or, for a big paste
// held in memory, that it is there.
func (p *Page) placeholder() string {
	if p.hidden > 0 {
		return "Pasted " + sizeWords(p.hidden) + ": it is kept in memory and not shown here, so that the page stays fast. The report is beside this.\n\nPaste or type to replace it, or press Clear."
	}
	return "HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n…\n\nPaste a raw response, curl -i / -v output, a HAR file, headers alone or a body alone."
}

// sizeWords says a size in bytes as people do: "10.0 MB".
func sizeWords(n int) string {
	return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB"
}

func (p *Page) renderReport() app.UI {
	ex := p.selected()
	status := "Paste something to see its report."
	rep := app.Div().ID("report").Class("report").Aria("busy", strconv.FormatBool(p.busy != nil))
	switch {
	case p.doc != nil && p.stale:
		// Not ready: the report shown is of the paste before.
		status = "Reading the new paste…"
	case p.doc != nil && ex != nil && !p.isExplained(p.sel):
		status = "Explaining the exchange…"
	case p.doc != nil:
		code := "none"
		if ex != nil && ex.Response != nil {
			code = strconv.Itoa(ex.Response.Status)
			status = "Report ready: " + ex.Title()
		} else {
			status = "Report ready: no HTTP response found in the paste."
		}
		rep = rep.DataSet("status", code)
		if !p.partial {
			rep = rep.DataSet("complete", "true")
		}
	}
	ready := p.doc != nil && (ex == nil || p.isExplained(p.sel))
	return app.Section().Class("output").Aria("label", "Report").Body(
		app.P().ID("announce").Class("announce").Attr("role", "status").Aria("live", "polite").Body(
			app.Span().Text(status),
			app.If(p.notice != "", func() app.UI { return app.Span().ID("notice").Class("notice").Text(" " + p.notice) }),
		),
		p.renderProgress(),
		app.If(ready, func() app.UI { return p.renderActions(ex) }),
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
	list := renderExchanges(p.doc, p.sel, p.shown, p.onPick, p.onMore)
	if !p.isExplained(p.sel) {
		return []app.UI{list, renderDiagnostics(p.doc)}
	}
	top := []app.UI{list, renderSummary(p.doc, ex), renderStatus(ex)}
	if p.partial {
		return top
	}
	return append(top,
		renderValidation(ex, p.onField),
		renderRateLimit(ex, p.readerZone(), p.now),
		renderTokens(ex, p.readerZone()),
		renderHeaders(ex, rowToggle{open: p.headerOpen, toggle: p.onHeaderToggle}),
		renderBody(ex, p.selectedBody()),
		renderDiagnostics(p.doc),
	)
}

// renderProgress is the line saying what the analysis is doing, with a bar,
// while it runs.
func (p *Page) renderProgress() app.UI {
	if p.busy == nil {
		return nil
	}
	bar := app.Progress().ID("progress-bar").Aria("label", p.busy.phase).Max(100)
	if p.busy.bar && p.busy.total > 0 {
		bar = bar.Value(p.busy.percent())
	}
	return app.Div().ID("progress").Class("progress").Attr("role", "status").Aria("live", "polite").Body(
		app.Span().Class("progress-text").Text(p.busy.text()),
		bar,
	)
}
