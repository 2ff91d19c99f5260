//go:build wasm && floor

// The floor's browser entry point (go build -tags floor): the baseline page
// that the browser benchmark compares httpexplain with. See app/ui/floor.
package main

import (
	"github.com/httpexplain/httpexplain/app/ui/floor"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	floor.Routes()
	app.RunWhenOnBrowser()
}
