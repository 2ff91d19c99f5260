package ui

import (
	"fmt"
	"strconv"

	"github.com/httpexplain/httpexplain/app/share"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shareState is the "Copy link" panel: the link made from the paste, with
// its secrets redacted unless the reader asks otherwise.
type shareState struct {
	open    bool
	secrets bool // include secrets: off unless the reader ticks it
	url     string
	result  share.Result
	warn    string
	copied  string
	// made counts the links asked for, so that a compression finishing
	// after a newer one was asked for is dropped.
	made int
}

// compute redacts text for the link; link then makes the link itself.
func (s *shareState) compute(text string) {
	s.result = share.Redact(text, share.Options{Keep: s.secrets})
	s.url, s.warn, s.copied = "", "", ""
	s.made++
}

// link makes the link from the redacted text, compressed by the browser,
// and then copies it to the clipboard when andCopy is set. The paste travels
// only in the fragment, which browsers never send to a server; never in
// the query.
func (p *Page) link(ctx app.Context, andCopy bool) {
	made := p.share.made
	deflateRaw([]byte(p.share.result.Text), func(out []byte, errText string) {
		ctx.Dispatch(func(ctx app.Context) {
			s := &p.share
			if s.made != made {
				ctx.PreventUpdate()
				return
			}
			if errText != "" {
				s.warn = errText
				return
			}
			s.url = pageURL() + "#" + share.Frame(out)
			s.warn = share.LinkInfo(len(s.url))
			if andCopy {
				p.copyShare(ctx)
				ctx.Defer(func(app.Context) { focusID("share-url") })
			}
		})
	})
}

// decodeLink reads the paste a share link carries.
func decodeLink(fragment string) (string, error) {
	return share.Decode(fragment)
}

func (p *Page) onCopyLink(ctx app.Context, e app.Event) {
	if p.paste == "" {
		return
	}
	p.share.open = true
	p.share.compute(p.paste)
	p.link(ctx, true)
}

func (p *Page) onShareCopy(ctx app.Context, e app.Event) { p.copyShare(ctx) }

func (p *Page) copyShare(ctx app.Context) {
	url := p.share.url
	if url == "" {
		return // the link is still being made
	}
	writeClipboard(url, func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) {
			if p.share.url != url {
				return
			}
			if ok {
				p.share.copied = "Copied the link."
			} else {
				p.share.copied = "The browser refused the clipboard: copy the link from the box."
			}
		})
	})
}

func (p *Page) onSecrets(ctx app.Context, e app.Event) {
	p.share.secrets = ctx.JSSrc().Get("checked").Bool()
	p.share.compute(p.paste)
	p.link(ctx, false)
}

func (p *Page) onShareClose(ctx app.Context, e app.Event) {
	p.share.open = false
	focusID("copy-link")
}

func (p *Page) onShareFocus(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	ctx.JSSrc().Call("select")
}

// renderShare is the preview of what the link gives away.
func (p *Page) renderShare() app.UI {
	s := &p.share
	r := s.result
	var what string
	switch {
	case r.Found == 0:
		what = "No secrets found in the paste. Check it yourself before sharing: the link carries the whole paste."
	case s.secrets:
		what = fmt.Sprintf("The link INCLUDES the %d secret%s below. Anyone with the link can read them.", r.Found, plural(r.Found))
	default:
		what = fmt.Sprintf("%d secret%s replaced with %s in the link:", r.Removed, plural(r.Removed), share.Replacement)
	}
	lvl := "good"
	if s.secrets && r.Found > 0 {
		lvl = "bad"
	}
	return app.Section().ID("share-panel").Class("card", "share").Attr("role", "region").Aria("labelledby", "share-h").Body(
		app.Div().Class("share-head").Body(
			app.H2().ID("share-h").Text("Share link"),
			app.Button().Type("button").ID("share-close").Class("quiet").OnClick(p.onShareClose).Aria("label", "Close the share panel").Text("Close"),
		),
		app.P().Class("muted", "small").Text("The paste travels in the part of the link after #, which browsers never send to a server. Whoever opens the link sees the paste and its report."),
		app.Label().For("share-secrets").Class("check").Body(
			app.Input().Type("checkbox").ID("share-secrets").Checked(s.secrets).OnChange(p.onSecrets),
			app.Span().Text(" Include secrets (tokens, keys, cookies, passwords)"),
		),
		app.P().Body(badge(lvl, map[bool]string{true: "Secrets included", false: "Redacted"}[lvl == "bad"]), app.Text(" "+what)),
		app.If(len(r.Redactions) > 0, func() app.UI {
			return app.Div().Class("scroll").Body(app.Table().Class("grid", "redactions").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Line"),
					app.Th().Scope("col").Text("What"),
					app.Th().Scope("col").Text("In your paste"),
					app.Th().Scope("col").Text("In the link"),
				)),
				app.TBody().Body(app.Range(r.Redactions).Slice(func(i int) app.UI {
					d := r.Redactions[i]
					after := d.After
					if d.Kept {
						after = "(kept as is)"
					}
					kind := d.Kind
					if d.Name != "" {
						kind += ": " + d.Name
					}
					return app.Tr().Body(
						app.Td().Text(strconv.Itoa(d.Line)),
						app.Td().Text(kind),
						app.Td().Body(app.Code().Text(d.Before)),
						app.Td().Body(app.Code().Text(after)),
					)
				})),
			))
		}),
		app.If(r.Found > len(r.Redactions), func() app.UI {
			return app.P().Class("muted").Text(fmt.Sprintf("…and %d more.", r.Found-len(r.Redactions)))
		}),
		app.Label().For("share-url").Class("block").Text(linkLabel(s.url)),
		app.Div().Class("share-row").Body(
			app.Input().Type("text").ID("share-url").ReadOnly(true).Value(s.url).Spellcheck(false).OnFocus(p.onShareFocus),
			app.Button().Type("button").ID("copy-share").OnClick(p.onShareCopy).Text("Copy"),
		),
		app.If(s.warn != "", func() app.UI { return app.P().ID("share-warn").Body(badge("warn", "Long link"), app.Text(" "+s.warn)) }),
		app.If(s.copied != "", func() app.UI { return app.P().ID("share-copied").Attr("role", "status").Text(s.copied) }),
	)
}

// linkLabel labels the link box: its length, or that it is being made.
func linkLabel(url string) string {
	if url == "" {
		return "Link (making it…)"
	}
	return fmt.Sprintf("Link (%d characters)", len(url))
}
