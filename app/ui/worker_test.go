//go:build !wasm

package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestServiceWorkerCachesThePageFolder(t *testing.T) {
	sw := ServiceWorker()
	if sw == app.DefaultAppWorkerJS || !strings.Contains(sw, `new URL("./", self.location).pathname`) {
		t.Fatal("the service worker template was not changed: go-app's template moved; update cacheList")
	}
}
