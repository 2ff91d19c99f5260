//go:build !wasm

package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// cacheList is the line of go-app's service worker that lists what to cache.
const cacheList = "const resourcesToCache = {{.ResourcesToCache}};"

// ServiceWorker returns go-app's service worker with one change: it also
// caches the page under the address readers open, the folder's own URL
// ("/httpexplain/"). go-app lists the page as "/httpexplain" (no slash),
// which GitHub Pages answers with a redirect, so offline the page itself
// was never found in the cache. The worker's own folder is that URL, on any
// host and under any prefix.
func ServiceWorker() string {
	return strings.Replace(app.DefaultAppWorkerJS, cacheList,
		"const resourcesToCache = {{.ResourcesToCache}}.concat([new URL(\"./\", self.location).pathname]);", 1)
}
