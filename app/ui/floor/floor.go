// Package floor is the baseline the browser benchmark measures httpexplain
// against: the smallest go-app page that takes a paste, a textarea whose
// input is echoed into a <pre>. It is built and served the same way as the
// real page, so whatever the real page costs beyond it is ours.
package floor

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers the floor page at "/". The floor wasm's entry point and
// the bench's site writer both call it.
func Routes() {
	app.Route("/", func() app.Composer { return &Page{} })
}

// Page is the floor's one screen. It marks the textarea with data-ready
// once the wasm runs, as the real page does, so that the bench waits for
// the same signal on both.
type Page struct {
	app.Compo

	ready bool
	echo  string
}

// OnMount marks the textarea ready once the wasm runs.
func (p *Page) OnMount(ctx app.Context) {
	p.ready = true
}

// Render draws the textarea and the echo of what was typed into it.
func (p *Page) Render() app.UI {
	ta := app.Textarea().
		ID("paste").
		Aria("label", "Paste").
		Spellcheck(false).
		OnInput(p.onInput)
	if p.ready {
		ta = ta.DataSet("ready", "true")
	}
	return app.Main().Body(
		ta,
		app.Pre().ID("echo").Text(p.echo),
	)
}

func (p *Page) onInput(ctx app.Context, e app.Event) {
	p.echo = ctx.JSSrc().Get("value").String()
}
