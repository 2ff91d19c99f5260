package ui

import (
	"strconv"
	"unsafe"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BodyFocusAction is the go-app action that makes every mounted BodyView
// reveal a node: its value is the JSON pointer (a string), e.g.
// ctx.NewActionWithValue(ui.BodyFocusAction, "/items/2/qty").
const BodyFocusAction = "httpexplain/body-focus"

// BodyView shows a message body: a collapsible, searchable JSON tree for
// JSON bodies, the raw text with paste line numbers for every body (JSON
// syntax errors marked), and a hex preview for binary bodies. Both views
// are virtual lists: only the rows around the scroll position are in the
// DOM, so a body of 100 000 values opens and scrolls without long tasks.
//
// Give it either Body (preferred when the page already holds the parsed
// *message.Body: its tree is reused, nothing is parsed twice) or Bytes,
// MediaType and FirstLine (then it parses once per body, on first render,
// with the same rules as message.NewBody).
//
// To reveal a node (expand its ancestors, select and highlight it, scroll it
// into view and focus it), set Focus to its RFC 6901 pointer, call Reveal,
// or post BodyFocusAction. A pointer that names nothing reveals the deepest
// part of it that exists and says so.
type BodyView struct {
	app.Compo

	// Body is the parsed body; when nil, Bytes, MediaType and FirstLine
	// are used instead.
	Body *message.Body
	// Bytes are the body bytes, used when Body is nil.
	Bytes []byte
	// MediaType is the Content-Type value or media type, used when Body is
	// nil.
	MediaType string
	// FirstLine is the paste line where the body starts (1 when unknown),
	// used when Body is nil.
	FirstLine int
	// Focus is the JSON pointer of the node to reveal, in plain ("/a/0") or
	// URI fragment form ("#/a/0"). "" means none; "#" is the whole body.
	// The view reacts when the value changes; to reveal the same pointer
	// again, call Reveal.
	Focus string

	key     bodyKey
	body    *message.Body
	binary  bool
	json    *jsonView
	raw     *rawView
	rawMode bool
	applied string // the Focus value last acted on
	pending string // a Reveal made before mounting
	// scrollPending asks the next deferred call to scroll the revealed
	// row into view and focus it.
	scrollPending bool
	status        string // last copy or focus outcome, read out politely
	mctx          app.Context
	mounted       bool
}

// bodyKey tells whether the body changed between renders without
// comparing its bytes.
type bodyKey struct {
	body      *message.Body
	data      *byte
	n         int
	mediaType string
	line      int
}

func (b *BodyView) currentKey() bodyKey {
	if b.Body != nil {
		return bodyKey{body: b.Body}
	}
	return bodyKey{data: unsafe.SliceData(b.Bytes), n: len(b.Bytes), mediaType: b.MediaType, line: b.FirstLine}
}

// prepare (re)builds the view state when the body changed.
func (b *BodyView) prepare() {
	k := b.currentKey()
	if b.body != nil && k == b.key {
		return
	}
	b.key = k
	b.body = b.Body
	if b.body == nil {
		b.body = message.NewBody(b.Bytes, b.MediaType, b.FirstLine)
	}
	b.json, b.raw, b.status = nil, nil, ""
	if b.body.IsJSON && b.body.JSON.Root() != jsontree.NoNode {
		b.json = newJSONView(b.body.JSON)
	}
	// A "JSON" body that did not even start parsing may be gzip or an
	// image behind a wrong Content-Type.
	b.binary = b.json == nil && bodyIsBinary(b.body.Bytes)
	b.rawMode = b.json == nil || b.body.JSONError != nil
}

// rawView returns the raw view, built on first use.
func (b *BodyView) rawView() *rawView {
	if b.raw == nil {
		b.raw = newRawView(b.body.Bytes, b.body.Line, b.body.JSONError)
	}
	return b.raw
}

// OnMount listens for BodyFocusAction and measures the viewport.
func (b *BodyView) OnMount(ctx app.Context) {
	b.mctx, b.mounted = ctx, true
	ctx.Handle(BodyFocusAction, func(ctx app.Context, a app.Action) {
		if p, ok := a.Value.(string); ok {
			b.revealState(p)
			b.afterRender(ctx)
		}
	})
	b.afterRender(ctx)
}

// OnDismount forgets the mount context.
func (b *BodyView) OnDismount() { b.mounted = false }

// OnUpdate runs when the page passed new fields (a new body or Focus);
// Render applies them, and the deferred call scrolls afterwards.
func (b *BodyView) OnUpdate(ctx app.Context) { b.afterRender(ctx) }

// afterRender schedules what needs the DOM once the next render is done:
// measuring the viewport and scrolling to a revealed row.
func (b *BodyView) afterRender(ctx app.Context) {
	ctx.Defer(func(ctx app.Context) {
		b.measure(ctx)
		if b.scrollPending {
			b.scrollPending = false
			b.scrollTree(true)
		}
	})
}

// sync brings the state in line with the fields: a new body, a new Focus
// or a Reveal made before mounting.
func (b *BodyView) sync() {
	b.prepare()
	if b.Focus != b.applied {
		b.applied = b.Focus
		if b.Focus != "" {
			b.revealState(b.Focus)
		}
	}
	if b.pending != "" {
		p := b.pending
		b.pending = ""
		b.revealState(p)
	}
}

// Reveal expands the tree to the node named by pointer, highlights and
// selects it, scrolls it into view and focuses it. It may be called from
// any page handler; before the view is mounted it takes effect on the
// first render.
func (b *BodyView) Reveal(pointer string) {
	if !b.mounted {
		b.pending = pointer
		if pointer == "" {
			b.pending = "#"
		}
		return
	}
	b.mctx.Dispatch(func(ctx app.Context) {
		b.revealState(pointer)
		b.afterRender(ctx)
	})
}

// revealState does the part of a reveal that needs no DOM.
func (b *BodyView) revealState(pointer string) {
	b.prepare()
	if b.json == nil {
		return
	}
	n, exact := resolvePointer(b.json.t, pointer)
	b.json.focus = n
	b.json.reveal(n)
	b.rawMode = false
	b.status = ""
	if !exact {
		b.status = "The body has nothing at " + clip(pointer, 200) + "; showing the nearest part that exists, " + pointerLabel(b.json.t, n) + "."
	}
	b.scrollPending = true
}

func pointerLabel(t *jsontree.Tree, n jsontree.Node) string {
	if p := t.Pointer(n); p != "" {
		return clip(p, 200)
	}
	return "the whole body"
}

// clip shortens s to at most n bytes, on a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// viewport returns the scrolling element of the current view.
func (b *BodyView) viewport() app.Value {
	root := b.JSValue()
	if !root.Truthy() {
		return root
	}
	if b.rawMode {
		return root.Call("querySelector", ".rv-viewport")
	}
	return root.Call("querySelector", ".jv-viewport")
}

// measure reads how many rows fit in the viewport.
func (b *BodyView) measure(ctx app.Context) {
	vp := b.viewport()
	if !vp.Truthy() {
		return
	}
	rows := (vp.Get("clientHeight").Int() + RowHeight - 1) / RowHeight
	if b.json != nil && b.json.viewport != rows {
		b.json.viewport = rows
		ctx.Update()
	}
	if b.raw != nil && b.raw.viewport != rows {
		b.raw.viewport = rows
		ctx.Update()
	}
}

// scrollTree moves the tree viewport to its top row and, with focus, puts
// keyboard focus on the selected row.
func (b *BodyView) scrollTree(focus bool) {
	vp := b.viewport()
	if !vp.Truthy() || b.json == nil {
		return
	}
	vp.Set("scrollTop", b.json.top*RowHeight)
	if !focus || b.json.sel == jsontree.NoNode {
		return
	}
	el := vp.Call("querySelector", `[data-node="`+strconv.Itoa(int(b.json.sel))+`"] .jv-item`)
	if el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
		el.Call("focus", map[string]any{"preventScroll": true})
	}
}

// scrollRaw moves the raw viewport to its top row.
func (b *BodyView) scrollRaw() {
	if vp := b.viewport(); vp.Truthy() && b.raw != nil {
		vp.Set("scrollTop", b.raw.top*RowHeight)
	}
}

// Render draws the body.
func (b *BodyView) Render() app.UI {
	b.sync()
	body := b.body
	switch {
	case body.Omitted:
		return app.Div().Class("bv").Body(app.P().Class("bv-empty").Text("The paste says there was a body but does not include it."))
	case len(body.Bytes) == 0:
		return app.Div().Class("bv").Body(app.P().Class("bv-empty").Text("The body is empty."))
	case b.binary:
		return app.Div().Class("bv").Body(
			app.P().Class("bv-binary").Text(strconv.Itoa(len(body.Bytes))+" bytes of binary data. The first "+
				strconv.Itoa(min(len(body.Bytes), hexPreviewBytes))+" in hex:"),
			app.Pre().Class("bv-hex").Text(hexPreview(body.Bytes)),
		)
	}
	parts := []app.UI{b.renderBar()}
	if e := body.JSONError; e != nil {
		parts = append(parts, b.renderError(e))
	}
	if b.rawMode {
		parts = append(parts, b.renderRaw())
	} else {
		parts = append(parts, b.renderTree()...)
	}
	parts = append(parts, app.P().Class("bv-status").Aria("live", "polite").Text(b.status))
	return app.Div().Class("bv").Body(parts...)
}

func (b *BodyView) renderBar() app.UI {
	facts := strconv.Itoa(len(b.body.Bytes)) + " bytes"
	if b.body.MediaType != "" {
		facts = b.body.MediaType + ", " + facts
	}
	var modes app.UI
	if b.json != nil {
		modes = app.Div().Class("bv-modes").Role("group").Aria("label", "Show the body as").Body(
			app.Button().Type("button").Class("bv-mode").Aria("pressed", strconv.FormatBool(!b.rawMode)).
				OnClick(b.onMode(false)).Text("Tree"),
			app.Button().Type("button").Class("bv-mode").Aria("pressed", strconv.FormatBool(b.rawMode)).
				OnClick(b.onMode(true)).Text("Raw"),
		)
	}
	return app.Div().Class("bv-bar").Body(modes, app.Span().Class("bv-facts").Text(facts))
}

func (b *BodyView) renderError(e *jsontree.SyntaxError) app.UI {
	msg := b.rawView().errorText()
	if e.Truncated {
		msg += ". The body looks cut off: it ends inside a value."
	}
	return app.Div().Class("bv-error").Role("alert").Body(
		app.Span().Text(msg),
		app.Button().Type("button").Class("bv-btn").OnClick(b.onShowError).Text("Show in raw text"),
	)
}

func (b *BodyView) renderTree() []app.UI {
	v := b.json
	// Always there, empty (and hidden by CSS) when there is nothing to
	// say: go-app matches children by position, and a note coming and
	// going would make it build the whole viewport again.
	hint := app.P().Class("jv-note").Text(v.note)
	noMatches := v.search == nil || len(v.search.matches) == 0
	tools := app.Div().Class("jv-tools").Body(
		app.Button().Type("button").Class("bv-btn").OnClick(b.onExpandAll).Text("Expand all"),
		app.Button().Type("button").Class("bv-btn").OnClick(b.onCollapseAll).Text("Collapse all"),
		app.Input().Type("search").Class("jv-search").
			Aria("label", "Search keys and values").Placeholder("Search keys and values").
			Value(v.query).OnInput(b.onSearch).OnKeyDown(b.onSearchKey),
		app.Button().Type("button").Class("bv-btn").Disabled(noMatches).Aria("label", "Previous match").
			OnClick(b.onMatch(-1)).Text("↑"),
		app.Button().Type("button").Class("bv-btn").Disabled(noMatches).Aria("label", "Next match").
			OnClick(b.onMatch(1)).Text("↓"),
		app.Span().Class("jv-matches").Aria("live", "polite").Text(v.matchLabel()),
	)
	return []app.UI{
		tools,
		hint,
		b.renderSelection(),
		app.Div().Class("jv-viewport").Aria("label", "JSON tree").
			OnScroll(b.onTreeScroll).OnClick(b.onTreeClick).OnKeyDown(b.onTreeKey).
			Body(v.renderRows()...),
	}
}

func (b *BodyView) renderSelection() app.UI {
	v := b.json
	if v.sel == jsontree.NoNode {
		return app.Div().Class("jv-selbar").Body(app.Span().Class("jv-hint").
			Text("Select a row to copy its JSON pointer, its path or its value."))
	}
	path := v.t.Path(v.sel)
	if path == "" {
		path = "(the whole body)"
	}
	return app.Div().Class("jv-selbar").Body(
		app.Code().Class("jv-path").Text(clip(path, 300)),
		app.Button().Type("button").Class("bv-btn").OnClick(b.onCopy("pointer")).Text("Copy pointer"),
		app.Button().Type("button").Class("bv-btn").OnClick(b.onCopy("path")).Text("Copy path"),
		app.Button().Type("button").Class("bv-btn").OnClick(b.onCopy("value")).Text("Copy value"),
	)
}

func (b *BodyView) renderRaw() app.UI {
	v := b.rawView()
	return app.Div().Class("rv-viewport").Aria("label", "Body text").OnScroll(b.onRawScroll).Body(v.renderRows()...)
}

func (b *BodyView) onMode(raw bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if b.rawMode == raw {
			return
		}
		b.rawMode = raw
		ctx.Defer(func(ctx app.Context) {
			b.measure(ctx)
			if raw {
				b.scrollRaw()
			} else {
				b.scrollTree(false)
			}
		})
	}
}

func (b *BodyView) onShowError(ctx app.Context, e app.Event) {
	v := b.rawView()
	b.rawMode = true
	if r := v.errorRow(); r >= 0 {
		v.top = max(0, r-defaultViewportRows/3)
	}
	ctx.Defer(func(ctx app.Context) { b.scrollRaw() })
}

func (b *BodyView) onExpandAll(ctx app.Context, e app.Event) {
	b.json.expandAll()
	b.fill(ctx)
}

func (b *BodyView) onCollapseAll(ctx app.Context, e app.Event) {
	b.json.collapseAll()
	ctx.Defer(func(ctx app.Context) { b.scrollTree(false) })
	b.fill(ctx)
}

// fill renders the rest of a lean tree window (jsonView.lean) once the
// browser has painted the rows in view: two tasks of about half the work
// each instead of one, so that "Expand all" or a long scroll on a big
// body stays under 100 ms a task.
func (b *BodyView) fill(ctx app.Context) {
	v := b.json
	if v == nil || !v.lean {
		return
	}
	afterPaint(ctx, func(ctx app.Context) {
		if b.json != v || !v.lean {
			ctx.PreventUpdate()
			return
		}
		v.lean = false
	})
}

func (b *BodyView) onSearch(ctx app.Context, e app.Event) {
	b.json.setQuery(ctx.JSSrc().Get("value").String())
	b.continueSearch(ctx, b.json.gen)
	ctx.Defer(func(ctx app.Context) { b.scrollTree(false) })
}

// continueSearch runs the rest of a long search in later frames, so that
// typing stays responsive; a newer query stops it.
func (b *BodyView) continueSearch(ctx app.Context, gen int) {
	v := b.json
	if v.search == nil || v.search.Done() {
		return
	}
	// In a task of its own: the browser only paints and reads input
	// between tasks.
	inTask(ctx, func(ctx app.Context) {
		if b.json != v || v.gen != gen {
			return
		}
		had := v.cur
		v.stepSearch()
		if had < 0 && v.cur >= 0 {
			ctx.Defer(func(ctx app.Context) { b.scrollTree(false) })
		}
		b.continueSearch(ctx, gen)
	})
}

func (b *BodyView) onSearchKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Enter":
		d := 1
		if e.Get("shiftKey").Bool() {
			d = -1
		}
		e.PreventDefault()
		b.json.moveMatch(d)
		ctx.Defer(func(ctx app.Context) { b.scrollTree(false) })
	default:
		ctx.PreventUpdate()
	}
}

func (b *BodyView) onMatch(d int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		b.json.moveMatch(d)
		ctx.Defer(func(ctx app.Context) { b.scrollTree(true) })
	}
}

// copyValue returns what a copy action puts on the clipboard.
func (b *BodyView) copyValue(kind string) (text, label string) {
	v := b.json
	switch kind {
	case "pointer":
		return v.t.Pointer(v.sel), "JSON pointer"
	case "path":
		return v.t.Path(v.sel), "path"
	default:
		// Raw is the value exactly as sent: numbers keep every digit.
		return string(v.t.Raw(v.sel)), "value"
	}
}

func (b *BodyView) onCopy(kind string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if b.json == nil || b.json.sel == jsontree.NoNode {
			return
		}
		text, label := b.copyValue(kind)
		copyText(text, func(ok bool) {
			ctx.Dispatch(func(ctx app.Context) {
				if ok {
					b.status = "Copied the " + label + "."
				} else {
					b.status = "The browser did not allow copying; select the text in the raw view instead."
				}
			})
		})
	}
}

// onTreeClick handles every row button through one listener on the
// viewport, so rendering a window attaches no handlers per row.
func (b *BodyView) onTreeClick(ctx app.Context, e app.Event) {
	target := e.Get("target")
	btn := target.Call("closest", ".jv-tog, .jv-item")
	row := target.Call("closest", "[data-node]")
	if !btn.Truthy() || !row.Truthy() {
		ctx.PreventUpdate()
		return
	}
	n, err := strconv.Atoi(row.Get("dataset").Get("node").String())
	if err != nil {
		ctx.PreventUpdate()
		return
	}
	act := "select"
	if btn.Get("classList").Call("contains", "jv-tog").Bool() {
		act = "toggle"
	}
	b.json.act(act, jsontree.Node(n))
}

// onTreeKey moves through rows with the arrow keys: up and down go to the
// previous and next row, right opens a node, left closes it or goes to its
// container, Home and End go to the first and last row.
func (b *BodyView) onTreeKey(ctx app.Context, e app.Event) {
	el := e.Get("target").Call("closest", "[data-node]")
	if !el.Truthy() {
		ctx.PreventUpdate()
		return
	}
	n, err := strconv.Atoi(el.Get("dataset").Get("node").String())
	if err != nil || !b.json.key(e.Get("key").String(), jsontree.Node(n)) {
		ctx.PreventUpdate()
		return
	}
	e.PreventDefault()
	ctx.Defer(func(ctx app.Context) { b.scrollTree(true) })
}

func scrollRows(vp app.Value) (top, rows int) {
	return vp.Get("scrollTop").Int() / RowHeight, (vp.Get("clientHeight").Int() + RowHeight - 1) / RowHeight
}

// onTreeScroll moves the rendered window; go-app renders at most once a
// frame, and only when the scroll crossed a windowStep boundary.
func (b *BodyView) onTreeScroll(ctx app.Context, e app.Event) {
	v := b.json
	top, rows := scrollRows(ctx.JSSrc())
	s0, c0 := windowRange(v.top, v.viewport, v.total())
	v.top, v.viewport = top, rows
	s1, c1 := windowRange(v.top, v.viewport, v.total())
	switch {
	case s0 == s1 && c0 == c1:
		ctx.PreventUpdate()
	case s1 >= s0+c0 || s1+c1 <= s0:
		// A jump: no row of the window stays.
		v.lean = true
		b.fill(ctx)
	}
}

func (b *BodyView) onRawScroll(ctx app.Context, e app.Event) {
	v := b.rawView()
	top, rows := scrollRows(ctx.JSSrc())
	s0, c0 := windowRange(v.top, v.viewport, v.total())
	v.top, v.viewport = top, rows
	if s1, c1 := windowRange(v.top, v.viewport, v.total()); s0 == s1 && c0 == c1 {
		ctx.PreventUpdate()
	}
}
