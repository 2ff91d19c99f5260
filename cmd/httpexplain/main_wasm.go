//go:build wasm && !floor

// The browser entry point: it registers the page's routes and hands over to
// go-app. It links no server code.
package main

import (
	"github.com/httpexplain/httpexplain/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Routes()
	app.RunWhenOnBrowser()
}
