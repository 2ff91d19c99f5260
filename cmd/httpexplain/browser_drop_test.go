//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/httpexplain/httpexplain/app/samples"
)

// TestBrowserDropFile drops a HAR file on the page, as a user dragging it
// from a file manager would, and expects its report.
func TestBrowserDropFile(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	openPage(t, ctx)
	har, _ := samples.Text("har-two-entries")
	drop := chromedp.Evaluate[chromedp.Void](`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([` + jsString(har) + `], 'dropped.har', {type: 'application/json'}));
		const target = document.querySelector('textarea#paste');
		target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: dt}));
		target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: dt}));
	})()`)
	do(t, ctx, load(url), drop, waitStatus("429"))
	if got, _ := chromedp.Run(ctx, chromedp.Value(`#paste`)); got != har {
		t.Errorf("the paste area does not hold the dropped file (%d bytes, want %d)", len(got), len(har))
	}
	if n := textOf(t, ctx, "#notice"); !strings.Contains(n, "dropped.har") {
		t.Errorf("notice = %q, want it to name the file", n)
	}
}
