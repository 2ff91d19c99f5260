package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// copyText puts text on the clipboard with navigator.clipboard and, where
// that is missing or refused (an insecure origin, an old browser), with a
// hidden textarea and document.execCommand("copy"). done runs with the
// outcome, possibly later, from a JavaScript callback.
func copyText(text string, done func(ok bool)) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() || !clip.Get("writeText").Truthy() {
		done(copyByTextarea(text))
		return
	}
	var resolved, rejected app.Func
	release := func() {
		resolved.Release()
		rejected.Release()
	}
	resolved = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		done(true)
		return nil
	})
	rejected = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		done(copyByTextarea(text))
		return nil
	})
	clip.Call("writeText", text).Call("then", resolved, rejected)
}

// copyByTextarea is the old way to copy: select the text in a textarea and
// ask for a copy. The textarea is moved off screen through the CSSOM, which
// the page's Content-Security-Policy allows (a style attribute it would not).
func copyByTextarea(text string) bool {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return false
	}
	ta := doc.Call("createElement", "textarea")
	ta.Set("value", text)
	ta.Call("setAttribute", "readonly", "")
	st := ta.Get("style")
	st.Set("position", "fixed")
	st.Set("top", "-1000px")
	st.Set("opacity", "0")
	doc.Get("body").Call("appendChild", ta)
	ta.Call("select")
	ok := doc.Call("execCommand", "copy").Truthy()
	ta.Call("remove")
	return ok
}
