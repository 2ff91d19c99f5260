// Package ui holds the go-app components of the httpexplain page. It is the
// only package that imports go-app; the engine it shows lives in app/report.
package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Routes registers the page's components with go-app. Both the browser
// entry point and the static-site generator call it, so that the
// prerendered HTML matches what the wasm renders.
func Routes() {
	app.Route("/", func() app.Composer { return &Page{} })
}
