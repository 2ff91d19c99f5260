package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The page's few direct uses of the browser. Natively (tests, prerendering)
// go-app's JS values are inert, so each helper guards with app.IsClient.

// browserZone asks the browser for the reader's time zone.
func browserZone() Zone {
	if !app.IsClient {
		return UTC
	}
	name := ""
	if intl := app.Window().Get("Intl"); intl.Truthy() {
		opts := intl.Get("DateTimeFormat").New().Call("resolvedOptions")
		if tz := opts.Get("timeZone"); tz.Type() == app.TypeString {
			name = tz.String()
		}
	}
	date := app.Window().Get("Date")
	return Zone{Name: name, Offset: func(t time.Time) int {
		// getTimezoneOffset is minutes WEST of UTC at that instant.
		return -date.New(float64(t.UnixMilli())).Call("getTimezoneOffset").Int() * 60
	}}
}

// writeClipboard puts s on the clipboard, falling back to a hidden textarea and
// execCommand when the Clipboard API is missing or refused; done learns
// whether it worked.
func writeClipboard(s string, done func(ok bool)) {
	if !app.IsClient {
		done(false)
		return
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		done(clipboardFallback(s))
		return
	}
	var ok, fail app.Func
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		ok.Release()
		fail.Release()
		done(true)
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		ok.Release()
		fail.Release()
		done(clipboardFallback(s))
		return nil
	})
	clip.Call("writeText", s).Call("then", ok, fail)
}

func clipboardFallback(s string) bool {
	doc := app.Window().Get("document")
	host := doc.Call("getElementById", "app-root")
	if !host.Truthy() {
		host = doc.Get("body")
	}
	ta := doc.Call("createElement", "textarea")
	ta.Set("value", s)
	ta.Call("setAttribute", "readonly", "")
	ta.Call("setAttribute", "aria-hidden", "true")
	ta.Get("classList").Call("add", "offscreen")
	host.Call("appendChild", ta)
	ta.Call("select")
	ok := doc.Call("execCommand", "copy").Truthy()
	host.Call("removeChild", ta)
	return ok
}

// setPasteValue writes the paste area's value: go-app sets a textarea's
// text, which a browser ignores once the reader has typed in it.
func setPasteValue(s string) {
	if !app.IsClient {
		return
	}
	if ta := app.Window().GetElementByID("paste"); ta.Truthy() {
		ta.Set("value", s)
	}
}

// focusPaste moves the focus to the paste area.
func focusPaste() {
	if !app.IsClient {
		return
	}
	if ta := app.Window().GetElementByID("paste"); ta.Truthy() {
		ta.Call("focus")
	}
}

// focusID focuses an element by id, if it is there.
func focusID(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// highlight scrolls to the place in the body a validation error names (by
// JSON pointer, else by paste line) and marks it for a moment.
func highlight(pointer string, line int) bool {
	if !app.IsClient {
		return false
	}
	doc := app.Window().Get("document")
	var target app.Value
	if pointer != "" {
		// Compare in Go rather than build a CSS selector from pasted text.
		nodes := doc.Call("querySelectorAll", "#body [data-pointer]")
		for i := 0; i < nodes.Length(); i++ {
			if n := nodes.Index(i); n.Call("getAttribute", "data-pointer").String() == pointer {
				target = n
				break
			}
		}
	}
	if target == nil && line > 0 {
		if n := doc.Call("querySelector", `#body [data-line="`+strconv.Itoa(line)+`"]`); n.Truthy() {
			target = n
		}
	}
	if target == nil {
		if n := doc.Call("getElementById", "body"); n.Truthy() {
			target = n
		} else {
			return false
		}
	}
	// Open any closed <details> around it so it can be seen.
	for p := target; p.Truthy(); p = p.Get("parentElement") {
		if p.Get("tagName").String() == "DETAILS" {
			p.Set("open", true)
		}
	}
	target.Get("classList").Call("remove", "flash")
	target.Get("offsetWidth") // restart the animation
	target.Get("classList").Call("add", "flash")
	if !target.Call("hasAttribute", "tabindex").Bool() {
		target.Call("setAttribute", "tabindex", "-1")
	}
	target.Call("scrollIntoView", map[string]any{"block": "center", "behavior": "smooth"})
	target.Call("focus", map[string]any{"preventScroll": true})
	return true
}

// tickCountdowns refreshes every live countdown in place, without a
// re-render: the rest of the report does not change with the clock.
func tickCountdowns(now time.Time) {
	if !app.IsClient {
		return
	}
	nodes := app.Window().Get("document").Call("querySelectorAll", "[data-target]")
	for i := 0; i < nodes.Length(); i++ {
		n := nodes.Index(i)
		sec, err := strconv.ParseInt(n.Call("getAttribute", "data-target").String(), 10, 64)
		if err != nil {
			continue
		}
		n.Set("textContent", Countdown(time.Unix(sec, 0), now, "resets in", "already reset"))
	}
}

// locationHash returns the URL fragment without "#".
func locationHash() string {
	if !app.IsClient {
		return ""
	}
	h := app.Window().Get("location").Get("hash").String()
	if len(h) > 0 && h[0] == '#' {
		h = h[1:]
	}
	return h
}

// dropHash removes the fragment from the address bar without a reload or a
// request, so an edited paste is not mistaken for the shared one.
func dropHash() {
	if !app.IsClient {
		return
	}
	loc := app.Window().Get("location")
	app.Window().Get("history").Call("replaceState", nil, "", loc.Get("pathname").String()+loc.Get("search").String())
}

// pageURL is the page's address without query or fragment.
func pageURL() string {
	if !app.IsClient {
		return "https://example.invalid/httpexplain/"
	}
	loc := app.Window().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String()
}

// deflateRaw compresses b as raw DEFLATE with the browser's own
// CompressionStream and hands the result to done, in a later task. The
// page links no compressor of its own: Go's took 21 KB of app.wasm (gzip).
func deflateRaw(b []byte, done func(out []byte, err string)) {
	if !app.IsClient {
		done(nil, "no browser")
		return
	}
	w := app.Window()
	cs := w.Get("CompressionStream")
	if !cs.Truthy() {
		done(nil, "This browser cannot compress the link (it has no CompressionStream); update it to make links.")
		return
	}
	u8 := w.Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(u8, b)
	resp := w.Get("Response")
	stream := resp.New(u8).Get("body").Call("pipeThrough", cs.New("deflate-raw"))
	var ok, fail app.Func
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		ok.Release()
		fail.Release()
		arr := w.Get("Uint8Array").New(args[0])
		out := make([]byte, arr.Length())
		app.CopyBytesToGo(out, arr)
		done(out, "")
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		ok.Release()
		fail.Release()
		done(nil, "The browser could not compress the link.")
		return nil
	})
	resp.New(stream).Call("arrayBuffer").Call("then", ok, fail)
}

// readFile reads a File object as text and hands the text to done.
func readFile(f app.Value, done func(text string, err string)) {
	const maxFile = 32 << 20
	if !f.Truthy() {
		return
	}
	if size := f.Get("size").Int(); size > maxFile {
		done("", "That file is "+strconv.Itoa(size>>20)+" MB; the page reads files up to 32 MB.")
		return
	}
	var ok, fail app.Func
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		ok.Release()
		fail.Release()
		done(args[0].String(), "")
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		ok.Release()
		fail.Release()
		done("", "The file could not be read.")
		return nil
	})
	f.Call("text").Call("then", ok, fail)
}

// clipboardText is the plain text a paste event carries, as a JavaScript
// string left on the JavaScript side, or nil.
func clipboardText(e app.Value) app.Value {
	if !app.IsClient || e == nil || !e.Truthy() {
		return nil
	}
	cd := e.Get("clipboardData")
	if !cd.Truthy() {
		return nil
	}
	return cd.Call("getData", "text/plain")
}

// stringObject wraps a JavaScript string in a String object: Go can call
// its methods (length, substring) where a bare string has none it can
// reach, and the object shares the text rather than copying it. Anything
// else comes back as it is.
func stringObject(v app.Value) app.Value {
	if !app.IsClient || v == nil || v.Type() != app.TypeString {
		return v
	}
	return app.Window().Get("String").New(v)
}

// jsLength is the length of a JavaScript string or String object in
// UTF-16 code units, without copying it into Go; 0 for anything else.
func jsLength(v app.Value) int {
	if !app.IsClient || v == nil {
		return 0
	}
	switch {
	case v.Type() == app.TypeString:
		v = stringObject(v)
	case !v.Truthy() || !v.InstanceOf(app.Window().Get("String")):
		return 0
	}
	return v.Get("length").Int()
}

// markStale takes data-status off #report at once, before the next render:
// the report on screen is no longer of the paste, and scripts waiting for
// the new one must not take the old one for it.
func markStale() {
	if !app.IsClient {
		return
	}
	if r := app.Window().GetElementByID("report"); r.Truthy() {
		r.Call("removeAttribute", "data-status")
	}
}

// storeSession keeps text in this tab's session storage under key, in the
// JSON form ctx.SessionStorage().Get reads, but encoded by the browser:
// go-app's Set runs json.Marshal, in wasm a long task on a big paste. It
// reports false when the browser refuses (over its quota).
func storeSession(key, text string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	w := app.Window()
	w.Get("sessionStorage").Call("setItem", key, w.Get("JSON").Call("stringify", text))
	return true
}

// breathe blocks the calling goroutine until the browser has run a task
// of its own: the job's pause between slices of work. A sleep is not
// enough: Go's wasm returns to the browser only once every goroutine is
// blocked and no timer is due, so a sleep of 1 ms ended inside whatever
// the page's goroutine did meanwhile (rendering the progress, storing the
// paste), and the job ran on in the same task, one of 300 ms on a 2.8 MB
// paste. Off the browser it sleeps a moment.
func breathe() {
	if !app.IsClient {
		time.Sleep(pause)
		return
	}
	done := make(chan struct{})
	postTask(func() { close(done) })
	<-done
}

// inTask runs fn on the UI goroutine in a task of the browser's own, after
// the current one: where ctx.After with a short delay would, for the same
// reason as in breathe, run it on in the current task. Off the browser it
// runs fn after the current render.
func inTask(ctx app.Context, fn func(ctx app.Context)) {
	if !app.IsClient {
		ctx.Dispatch(fn)
		return
	}
	postTask(func() { ctx.Dispatch(fn) })
}

// postTask has the browser call fn in a task of its own: a message on a
// MessageChannel, which only the event loop delivers and which, unlike a
// chain of setTimeout(0), is never held back 4 ms.
func postTask(fn func()) {
	ch := app.Window().Get("MessageChannel").New()
	var wake app.Func
	wake = app.FuncOf(func(this app.Value, args []app.Value) any {
		wake.Release()
		ch.Get("port1").Call("close")
		fn()
		return nil
	})
	ch.Get("port1").Set("onmessage", wake)
	ch.Get("port2").Call("postMessage", 0)
}

// afterPaint runs fn on the UI goroutine once the browser has painted
// what the current render puts on screen: after the render (ctx.Defer),
// then the next frame's requestAnimationFrame callbacks, then a task. Off
// the browser (tests, prerendering) fn runs after the render.
func afterPaint(ctx app.Context, fn func(ctx app.Context)) {
	ctx.Defer(func(ctx app.Context) {
		if !app.IsClient {
			ctx.Dispatch(fn)
			return
		}
		var frame, task app.Func
		task = app.FuncOf(func(this app.Value, args []app.Value) any {
			task.Release()
			ctx.Dispatch(fn)
			return nil
		})
		frame = app.FuncOf(func(this app.Value, args []app.Value) any {
			frame.Release()
			app.Window().Call("setTimeout", task, 0)
			return nil
		})
		app.Window().Call("requestAnimationFrame", frame)
	})
}
