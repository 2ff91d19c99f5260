//go:build !wasm

package main

// Browser tests: they write the static site, serve it under /httpexplain/
// as GitHub Pages would, and drive Debian's Chromium through it with
// chromedp. In CI a missing browser is a failure, not a skip.

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/httpexplain/httpexplain/app/samples"
	"github.com/httpexplain/httpexplain/app/share"
)

var (
	siteOnce sync.Once
	siteDir  string
	siteErr  error
)

// testSite writes the static site once per test binary, building the wasm
// when web/app.wasm is missing.
func testSite(t *testing.T) string {
	t.Helper()
	siteOnce.Do(func() {
		web := filepath.Join("..", "..", "web")
		if _, err := os.Stat(filepath.Join(web, "app.wasm")); err != nil {
			cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(web, "app.wasm"), ".")
			cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
			if out, err := cmd.CombinedOutput(); err != nil {
				siteErr = err
				t.Logf("%s", out)
				return
			}
		}
		siteDir, siteErr = os.MkdirTemp("", "httpexplain-e2e-")
		if siteErr == nil {
			siteErr = writeSite(siteDir, web)
		}
	})
	if siteErr != nil {
		t.Fatalf("writing the site: %v", siteErr)
	}
	return siteDir
}

// browserPath finds Chromium: HTTPEXPLAIN_BROWSER first, then PATH.
func browserPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("HTTPEXPLAIN_BROWSER"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found: CI must install it (apt-get install -y chromium)")
	}
	t.Skip("no Chromium found; install it with apt-get install -y chromium")
	return ""
}

// browser starts a headless Chromium and returns a tab context.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browserPath(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

// serveSite serves the written site and returns the page's URL.
func serveSite(t *testing.T) string {
	t.Helper()
	url, _ := serveSiteServer(t)
	return url
}

// serveSiteServer is serveSite that also returns the server, for the test
// that stops it.
func serveSiteServer(t *testing.T) (string, *httptest.Server) {
	t.Helper()
	srv := httptest.NewServer(siteServer(testSite(t)))
	t.Cleanup(srv.Close)
	return srv.URL + prefix + "/", srv
}

// watchScript runs before the page's own scripts: it records CSP
// violations, and makes a payload that runs visible (window.__xss).
const watchScript = `window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`

// openPage prepares a tab: the CSP watcher, and a record of every request
// the page makes.
func openPage(t *testing.T, ctx context.Context) *requests {
	t.Helper()
	reqs := &requests{}
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watchScript})
		if err != nil {
			return err
		}
		_, err = chromedp.Call(ctx, network.Enable, network.EnableParams{})
		return err
	})); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			if e.Request != nil {
				reqs.add(e.Request.URL)
			}
		case *runtime.EventExceptionThrown:
			if e.ExceptionDetails != nil {
				reqs.fail(e.ExceptionDetails.Text)
			}
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				reqs.fail(strings.Join(parts, " "))
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	return reqs
}

// requests is the list of request URLs a tab made, in order, and the
// errors its scripts reported.
type requests struct {
	mu     sync.Mutex
	urls   []string
	errors []string
}

func (r *requests) fail(msg string) {
	r.mu.Lock()
	r.errors = append(r.errors, msg)
	r.mu.Unlock()
}

func (r *requests) errs() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.errors...)
}

func (r *requests) add(u string) {
	r.mu.Lock()
	r.urls = append(r.urls, u)
	r.mu.Unlock()
}

func (r *requests) list() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.urls...)
}

// load opens the page and waits for the wasm to run.
func load(url string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(url),
		chromedp.WaitVisible(`textarea#paste[data-ready]`),
	)
}

// pasteText puts text into the paste area as a paste would.
func pasteText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](`(() => { const ta = document.querySelector('textarea#paste'); ta.value = ` + jsString(text) + `; ta.dispatchEvent(new Event('input', {bubbles: true})); })()`)
}

// waitStatus waits for the whole report of the selected exchange to show
// code: the page renders its top first, the rest a frame later.
func waitStatus(code string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := poll(`document.querySelector('#report') && document.querySelector('#report').dataset.status === `+jsString(code)+` && document.querySelector('#report').dataset.complete === 'true'`)(ctx, tg)
		if err != nil {
			got, _ := chromedp.Evaluate[string](`String(document.querySelector('#report') && document.querySelector('#report').dataset.status)`)(ctx, tg)
			return fmt.Errorf("waiting for data-status %s (have %s): %w", code, got, err)
		}
		return nil
	})
}

func textOf(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector(`+jsString(sel)+`) || {textContent: ''}).textContent`))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func noCSPViolations(t *testing.T, ctx context.Context) {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__csp || []`))
	if err != nil {
		t.Fatal(err)
	}
	if len(v) > 0 {
		t.Errorf("Content-Security-Policy violations: %q", v)
	}
}

// sampleWant is what the report must say for each sample.
var sampleWant = map[string]struct {
	status  string
	phrases []string // in the whole report
	ids     []string // sections that must be there
}{
	"authrocket-v1-422":              {"422", []string{"Unprocessable Content", "AuthRocket", "Validation failed", "1234"}, []string{"summary", "status", "validation-errors", "rate-limit", "headers", "body"}},
	"authrocket-v1-429":              {"429", []string{"Too Many Requests", "already reset", "Wed 1 Jan 2014, 00:00:00 UTC"}, []string{"rate-limit"}},
	"authrocket-v1-401-authenticate": {"401", []string{"Unauthorized", "AuthRocket"}, []string{"status", "validation-errors"}},
	"authrocket-v1-414":              {"414", []string{"URI Too Long", "Signature not checked"}, []string{"tokens"}},
	"bearer-expired-token":           {"401", []string{"Expired", "Signature not checked", "invalid_token"}, []string{"tokens", "headers"}},
	"problem-details-422":            {"422", []string{"Unprocessable Content"}, []string{"validation-errors"}},
	"github-403-rate-limit":          {"403", []string{"Forbidden", "GitHub", "rate limit"}, []string{"rate-limit"}},
	"stripe-402-card-declined":       {"402", []string{"Payment Required", "Stripe"}, []string{"validation-errors"}},
	"curl-redirect-chain":            {"200", []string{"OK"}, []string{"exchanges"}},
	"har-two-entries":                {"429", []string{"Too Many Requests", "/v1/orders"}, []string{"exchanges", "diagnostics"}},
	"devtools-headers":               {"0", []string{"no status line"}, []string{"headers"}},
	"cloudflare-522":                 {"522", []string{"Cloudflare", "522"}, []string{"status", "diagnostics"}},
}

// TestBrowserSamples pastes every sample and checks the report's content,
// and that no request leaves the page after it loaded.
func TestBrowserSamples(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	reqs := openPage(t, ctx)
	do(t, ctx, load(url))
	if id, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id`)); id != "paste" {
		t.Errorf("on load the focus is on %q, want the paste area", id)
	}
	loaded := len(reqs.list())
	for _, s := range samples.All() {
		want, ok := sampleWant[s.ID]
		if !ok {
			t.Errorf("sample %s has no expectations in sampleWant", s.ID)
			continue
		}
		text, _ := samples.Text(s.ID)
		do(t, ctx, chromedp.Click(`#clear`), poll(`!document.querySelector('#report').dataset.status`), pasteText(text), waitStatus(want.status))
		report := textOf(t, ctx, "#report")
		for _, p := range want.phrases {
			if !strings.Contains(report, p) {
				t.Errorf("%s: report lacks %q", s.ID, p)
			}
		}
		for _, id := range want.ids {
			if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#report #`+id+`').length`)); n != 1 {
				t.Errorf("%s: section #%s missing", s.ID, id)
			}
		}
	}
	// A refused field shows its place in the body.
	text422, _ := samples.Text("authrocket-v1-422")
	do(t, ctx, pasteText(text422), waitStatus("422"), chromedp.Click(`#validation-errors button.linkish`),
		poll(`!!document.querySelector('#body .jv-focus')`, chromedp.WithPollingTimeout(5*time.Second)))
	// Copy summary puts the Markdown on the clipboard and says so.
	do(t, ctx, chromedp.Click(`#copy-markdown`), poll(`(document.querySelector('#notice') || {textContent: ''}).textContent.includes('Copied')`, chromedp.WithPollingTimeout(5*time.Second)))
	// The sample picker pastes too.
	do(t, ctx, chromedp.SetValue(`#sample`, "authrocket-v1-429"), chromedp.Evaluate[chromedp.Void](`document.querySelector('#sample').dispatchEvent(new Event('change', {bubbles: true}))`), waitStatus("429"))
	if got := textOf(t, ctx, "#reset-utc"); got != "Wed 1 Jan 2014, 00:00:00 UTC" {
		t.Errorf("reset in UTC = %q", got)
	}
	// Choosing a vendor re-runs the analysis with it.
	do(t, ctx, chromedp.SetValue(`#vendor`, "authrocket-v1"), chromedp.Evaluate[chromedp.Void](`document.querySelector('#vendor').dispatchEvent(new Event('change', {bubbles: true}))`),
		poll(`document.querySelector('#vendor-why').textContent.includes('chosen by the user')`, chromedp.WithPollingTimeout(10*time.Second)))
	noCSPViolations(t, ctx)
	after := reqs.list()
	origin := strings.TrimSuffix(url, prefix+"/")
	for _, u := range after {
		if !strings.HasPrefix(u, origin+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("request to another origin: %s", u)
		}
	}
	if extra := after[loaded:]; len(extra) > 0 {
		t.Errorf("requests after the page loaded: %q", extra)
	}
	if errs := reqs.errs(); len(errs) > 0 {
		t.Errorf("script errors in the console: %q", errs)
	}
}

// TestBrowserZoneAndCountdown checks reset times in the reader's own zone
// and the live countdown.
func TestBrowserZoneAndCountdown(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	openPage(t, ctx)
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "America/New_York"})
		return err
	}), load(url))
	text, _ := samples.Text("authrocket-v1-429")
	do(t, ctx, pasteText(text), waitStatus("429"))
	if got, want := textOf(t, ctx, "#reset-local"), "Tue 31 Dec 2013, 19:00:00 America/New_York (UTC-05:00)"; got != want {
		t.Errorf("reset in the reader's zone = %q, want %q", got, want)
	}
	if got := textOf(t, ctx, "#countdown"); !strings.HasPrefix(got, "already reset") {
		t.Errorf("countdown = %q, want already reset", got)
	}
	// A Retry-After without a Date resets from now: the countdown moves.
	do(t, ctx, chromedp.Click(`#clear`), poll(`!document.querySelector('#report').dataset.status`), pasteText("HTTP/1.1 429 Too Many Requests\nRetry-After: 600\nContent-Type: application/json\n\n{\"error\":\"slow down\"}"), waitStatus("429"))
	first := textOf(t, ctx, "#countdown")
	if first == "" {
		t.Skip("the engine gives no reset time for a bare Retry-After")
	}
	do(t, ctx, chromedp.Sleep(2200*time.Millisecond))
	second := textOf(t, ctx, "#countdown")
	if !strings.HasPrefix(first, "resets in") || first == second {
		t.Errorf("countdown did not tick: %q then %q", first, second)
	}
}

// TestBrowserReloadKeepsPaste checks that the paste survives a reload in
// the same tab, in sessionStorage and never in localStorage, and that
// Clear removes it.
func TestBrowserReloadKeepsPaste(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	openPage(t, ctx)
	text, _ := samples.Text("authrocket-v1-422")
	do(t, ctx, load(url), pasteText(text), waitStatus("422"), chromedp.Reload(), chromedp.WaitVisible(`textarea#paste[data-ready]`), waitStatus("422"))
	got, err := chromedp.Run(ctx, chromedp.Value(`#paste`))
	if err != nil {
		t.Fatal(err)
	}
	if got != text {
		t.Errorf("after a reload the paste area holds %d bytes, want the %d pasted", len(got), len(text))
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`localStorage.length`)); n != 0 {
		t.Errorf("localStorage holds %d items; pastes must never go there", n)
	}
	do(t, ctx, chromedp.Click(`#clear`), poll(`!document.querySelector('#report').dataset.status`),
		chromedp.Reload(), chromedp.WaitVisible(`textarea#paste[data-ready]`), chromedp.Sleep(300*time.Millisecond))
	if v, _ := chromedp.Run(ctx, chromedp.Value(`#paste`)); v != "" {
		t.Errorf("after Clear and a reload the paste area holds %q", v)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`sessionStorage.length`)); n != 0 {
		t.Errorf("after Clear sessionStorage still holds %d items", n)
	}
}

// TestBrowserShareLink makes a share link, checks that its fragment holds
// the redacted paste (and nothing in the query), and opens it in a fresh
// tab.
func TestBrowserShareLink(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	openPage(t, ctx)
	text, _ := samples.Text("authrocket-v1-422")
	const secret = "ko_0vSecretKeyDoNotShare"
	if !strings.Contains(text, secret) {
		t.Fatalf("the sample no longer holds the secret %s", secret)
	}
	do(t, ctx, load(url), pasteText(text), waitStatus("422"), chromedp.Click(`#copy-link`), chromedp.WaitVisible(`#share-url`),
		// The browser compresses the link in a later task.
		poll(`document.querySelector('#share-url').value !== ''`))
	link, err := chromedp.Run(ctx, chromedp.Value(`#share-url`))
	if err != nil {
		t.Fatal(err)
	}
	u, err := neturlParse(link)
	if err != nil {
		t.Fatalf("share link %q: %v", link, err)
	}
	if u.RawQuery != "" || u.Fragment == "" {
		t.Errorf("share link must carry the paste in the fragment only: %q", link)
	}
	if strings.Contains(link, secret) {
		t.Errorf("the link shows the secret")
	}
	shared, err := share.Decode(u.Fragment)
	if err != nil {
		t.Fatalf("decoding the link: %v", err)
	}
	if strings.Contains(shared, secret) || !strings.Contains(shared, share.Replacement) {
		t.Errorf("the link's paste is not redacted:\n%s", shared)
	}
	panel := textOf(t, ctx, "#share-panel")
	if !strings.Contains(panel, share.Replacement) || !strings.Contains(panel, "Redacted") {
		t.Errorf("the share panel does not show what is redacted:\n%s", panel)
	}
	// Including secrets is a choice, and then the link has them.
	do(t, ctx, chromedp.Click(`#share-secrets`), poll(`document.querySelector('#share-url').value !== `+jsString(link), chromedp.WithPollingTimeout(5*time.Second)))
	withSecrets, _ := chromedp.Run(ctx, chromedp.Value(`#share-url`))
	if u2, err := neturlParse(withSecrets); err != nil {
		t.Error(err)
	} else if full, err := share.Decode(u2.Fragment); err != nil || full != text {
		t.Errorf("with secrets included, the link should carry the paste unchanged (err %v)", err)
	}
	// Opening the link in a new tab restores the paste and the report.
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	do(t, tab, load(link), waitStatus("422"))
	got, _ := chromedp.Run(tab, chromedp.Value(`#paste`))
	if got != shared {
		t.Errorf("the opened link shows a different paste:\n%s", got)
	}
	if h, _ := chromedp.Run(tab, chromedp.Evaluate[string](`location.hash`)); h != "" {
		t.Errorf("the fragment stays in the address bar after opening: %.40q", h)
	}
	noCSPViolations(t, ctx)
}

func neturlParse(s string) (*url.URL, error) { return url.Parse(s) }

// xssPastes put markup and script in every place a paste reaches the page.
var xssPastes = map[string]string{
	"raw": "HTTP/1.1 422 <img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>\n" +
		"Content-Type: application/json\n" +
		"X-Evil: <img src=x onerror=\"window.__xss=3\">\n" +
		"X-Link: <a href=\"javascript:window.__xss=4\">x</a>\n" +
		"<svg onload=window.__xss=5>: <script>window.__xss=6</script>\n" +
		"\n" +
		`{"<img src=x onerror=window.__xss=7>": "<script>window.__xss=8</script>", "errors": {"<b onmouseover=window.__xss=9>name</b>": ["<img src=x onerror=window.__xss=10>"]}}`,
	"har": `{"log": {"version": "1.2", "entries": [{"request": {"method": "<img src=x onerror=window.__xss=11>", "url": "https://example.com/<script>window.__xss=12</script>", "headers": [{"name": "<img src=x onerror=window.__xss=13>", "value": "<script>window.__xss=14</script>"}]}, ` +
		`"response": {"status": 400, "statusText": "<img src=x onerror=window.__xss=15>", "headers": [{"name": "X-<b>bold</b>", "value": "<img src=x onerror=window.__xss=16>"}, {"name": "Content-Type", "value": "application/json"}], "content": {"mimeType": "application/json", "text": "{\"<img src=x onerror=window.__xss=17>\": \"<script>window.__xss=18</script>\"}"}}}, ` +
		`{"request": {"method": "GET", "url": "https://example.com/ok", "headers": []}, "response": {"status": 200, "statusText": "OK", "headers": [], "content": {"mimeType": "text/plain", "text": "ok"}}}]}}`,
}

// TestBrowserXSS pastes hostile markup: it must show as text and never run.
func TestBrowserXSS(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	openPage(t, ctx)
	do(t, ctx, load(url))
	for name, p := range xssPastes {
		do(t, ctx, chromedp.Click(`#clear`), poll(`!document.querySelector('#report').dataset.status`), pasteText(p),
			poll(`!!document.querySelector('#report[data-status][data-complete]')`, chromedp.WithPollingTimeout(15*time.Second)))
		// Open every <details> and every exchange, so all of the report is in the DOM.
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('details').forEach(d => d.open = true)`), chromedp.Sleep(300*time.Millisecond))
		n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('.exchange').length`))
		for i := 0; i < n; i++ {
			do(t, ctx, chromedp.Click(fmt.Sprintf(`.exchange[data-index="%d"]`, i)), chromedp.Sleep(200*time.Millisecond),
				chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('details').forEach(d => d.open = true)`))
		}
		if v, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`String(window.__xss)`)); v != "undefined" {
			t.Errorf("%s: a payload ran: window.__xss = %s", name, v)
		}
		if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#app-root img, #app-root script, #app-root svg:not(.bv-spacer), #app-root b, #app-root a[href^="javascript"]').length`)); n != 0 {
			t.Errorf("%s: %d elements from the payload are in the DOM", name, n)
		}
		if rep := textOf(t, ctx, "#report"); !strings.Contains(rep, "<img src=x") {
			t.Errorf("%s: the payload should show as text in the report", name)
		}
	}
	noCSPViolations(t, ctx)
}

// TestBrowserOffline loads the page once, stops the server, and checks that
// the page still loads from the service worker and explains a paste.
func TestBrowserOffline(t *testing.T) {
	url, srv := serveSiteServer(t)
	ctx := browser(t)
	openPage(t, ctx)
	do(t, ctx, load(url),
		poll(`(async () => { for (const k of await caches.keys()) { const c = await caches.open(k); if (await c.match(`+jsString(prefix+"/web/app.wasm")+`) && await c.match(location.pathname)) return true; } return false; })()`,
			chromedp.WithPollingTimeout(30*time.Second)),
		poll(`!!navigator.serviceWorker.controller || (location.reload(), false)`, chromedp.WithPollingTimeout(10*time.Second), chromedp.WithPollingInterval(2*time.Second)),
	)
	srv.Close()
	text, _ := samples.Text("authrocket-v1-429")
	do(t, ctx, chromedp.Click(`#clear`), chromedp.Reload(), chromedp.WaitVisible(`textarea#paste[data-ready]`), pasteText(text), waitStatus("429"))
}

// TestBrowserKeyboard checks the shortcuts to the paste area.
func TestBrowserKeyboard(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	openPage(t, ctx)
	// One keyDown that carries its text, as a real key press does (chromedp's
	// KeyEvent sends the character as a separate event a page cannot cancel).
	press := func(key, code string, vk int64, mods int64) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			text := key
			if mods != 0 {
				text = ""
			}
			if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: key, Code: code, Text: text, WindowsVirtualKeyCode: vk, Modifiers: mods}); err != nil {
				return err
			}
			_, err := chromedp.Call(ctx, input.DispatchKeyEvent, input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyUp, Key: key, Code: code, WindowsVirtualKeyCode: vk, Modifiers: mods})
			return err
		})
	}
	for _, k := range []struct {
		name      string
		key, code string
		vk        int64
		mods      int64
	}{{"/", "/", "Slash", 191, 0}, {"Alt+P", "p", "KeyP", 80, 1 /* Alt */}} {
		do(t, ctx, load(url), chromedp.Focus(`#clear`), press(k.key, k.code, k.vk, k.mods), chromedp.Sleep(100*time.Millisecond))
		if id, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id`)); id != "paste" {
			t.Errorf("after %s the focus is on %q, want the paste area", k.name, id)
		}
		if v, _ := chromedp.Run(ctx, chromedp.Value(`#paste`)); v != "" {
			t.Errorf("the shortcut %s typed into the paste area: %q", k.name, v)
		}
	}
}

// TestBrowserOpenFile reads a HAR file through the "Open file" input.
func TestBrowserOpenFile(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	openPage(t, ctx)
	har, _ := samples.Text("har-two-entries")
	file := filepath.Join(t.TempDir(), "capture.har")
	if err := os.WriteFile(file, []byte(har), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, load(url), chromedp.SetUploadFiles(`#file`, []string{file}), waitStatus("429"))
	if got, _ := chromedp.Run(ctx, chromedp.Value(`#paste`)); got != har {
		t.Errorf("the paste area does not hold the file (%d bytes, want %d)", len(got), len(har))
	}
	if n := textOf(t, ctx, "#notice"); !strings.Contains(n, "capture.har") {
		t.Errorf("notice = %q, want it to name the file", n)
	}
}

// TestBrowserScreenshots writes the report at desktop width and at 360 px
// into $HTTPEXPLAIN_SCREENSHOTS (default: a folder in the temp dir).
func TestBrowserScreenshots(t *testing.T) {
	dir := os.Getenv("HTTPEXPLAIN_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "httpexplain-screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	url := serveSite(t)
	ctx := browser(t)
	openPage(t, ctx)
	do(t, ctx, load(url))
	for _, shot := range []struct {
		name   string
		sample string
		status string
		w, h   int64
	}{
		{"desktop-422", "authrocket-v1-422", "422", 1280, 900},
		{"desktop-har", "har-two-entries", "429", 1280, 900},
		{"mobile-422", "authrocket-v1-422", "422", 360, 780},
		{"mobile-token", "bearer-expired-token", "401", 360, 780},
		{"dark-desktop-422", "authrocket-v1-422", "422", 1280, 900},
	} {
		text, _ := samples.Text(shot.sample)
		scheme := "light"
		if strings.HasPrefix(shot.name, "dark-") {
			scheme = "dark"
		}
		do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
			return err
		}))
		do(t, ctx, chromedp.EmulateViewport(shot.w, shot.h), chromedp.Click(`#clear`), poll(`!document.querySelector('#report').dataset.status`), pasteText(text), waitStatus(shot.status), chromedp.Sleep(300*time.Millisecond))
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, shot.name+".png")
		if err := os.WriteFile(file, png, 0o644); err != nil {
			t.Fatal(err)
		}
		if sw, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); int64(sw) > shot.w {
			t.Errorf("%s: the page is %d px wide in a %d px window (sideways scrolling)", shot.name, sw, shot.w)
		}
		t.Logf("screenshot %s", file)
		// Screen-sized views too, readable without zooming.
		for _, at := range []string{"summary", "rate-limit", "headers", "body"} {
			do(t, ctx, chromedp.Evaluate[chromedp.Void](`(document.getElementById('`+at+`') || document.body).scrollIntoView()`), chromedp.Sleep(100*time.Millisecond))
			png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, shot.name+"-"+at+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	}
	// The share panel, at both widths.
	for _, w := range []int64{1280, 360} {
		do(t, ctx, chromedp.EmulateViewport(w, 900), chromedp.Click(`#copy-link`), chromedp.WaitVisible(`#share-url`),
			chromedp.Evaluate[chromedp.Void](`document.getElementById('share-panel').scrollIntoView()`), chromedp.Sleep(200*time.Millisecond))
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("share-%d.png", w)), png, 0o644); err != nil {
			t.Fatal(err)
		}
		do(t, ctx, chromedp.Click(`#share-close`))
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`, "</", `<\/`)
	return "'" + r.Replace(s) + "'"
}

// poll waits until the JavaScript expression is true (15 s unless told).
func poll(expr string, opts ...chromedp.PollOption) chromedp.Action[chromedp.Void] {
	opts = append([]chromedp.PollOption{chromedp.WithPollingTimeout(15 * time.Second)}, opts...)
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Poll[bool](expr, opts...)(ctx, tg)
		return chromedp.Void{}, err
	}
}

// TestBrowserBigHAR pastes the 10 MB HAR: the exchange list and the
// selected exchange's report appear, progress shows meanwhile, and the page
// stays responsive (no long task near a second; the bench measures the
// real budget on a quiet machine).
func TestBrowserBigHAR(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	reqs := openPage(t, ctx)
	do(t, ctx, load(url))
	// Watch in the page: the longest task once the paste is in, and
	// whether #progress ever showed.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
  window.__longest = 0; window.__progress = '';
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' });
  new MutationObserver(() => {
    const p = document.querySelector('#progress');
    if (p && !window.__progress && p.getAttribute('role') === 'status' && p.querySelector('progress')) window.__progress = p.textContent;
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`))
	// The text goes into the page first: compiling a 10 MB script literal
	// is the test's own long task, not the page's.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.__text = `+jsString(string(samples.HAR10MB()))),
		chromedp.Sleep(200*time.Millisecond), chromedp.Evaluate[chromedp.Void](`window.__longest = 0`))
	start := time.Now()
	// A small paste is the browser's to put in the paste area.
	let, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
  const dt = new DataTransfer();
  dt.setData('text/plain', 'HTTP/1.1 204 No Content\n\n');
  return document.querySelector('textarea#paste').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !let {
		t.Error("the page stopped the browser putting a small paste in the paste area")
	}
	// A paste as the browser makes one: the page takes a big paste from
	// the paste event and stops the browser putting it in the paste area.
	taken, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
  const ta = document.querySelector('textarea#paste');
  ta.focus();
  const dt = new DataTransfer();
  dt.setData('text/plain', window.__text);
  return !ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !taken {
		t.Error("the page let the browser put the 10 MB paste in the paste area")
	}
	long := chromedp.WithPollingTimeout(60 * time.Second)
	do(t, ctx, poll(`document.querySelectorAll('#exchanges .exchange').length > 0`, long))
	listed := time.Since(start)
	do(t, ctx, poll(`document.querySelector('#report[data-status][data-complete]') !== null`, long))
	reported := time.Since(start)
	longest, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__longest`))
	if err != nil {
		t.Fatal(err)
	}
	shown, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`window.__progress`))
	t.Logf("10 MB HAR: list after %v, report after %v, longest task %.0f ms, progress seen %q", listed, reported, longest, shown)
	if shown == "" {
		t.Error("#progress (role=status, with a <progress> bar) never showed while the paste was analysed")
	}
	if longest >= 1000 {
		t.Errorf("the longest main-thread task took %.0f ms, want under 1000 ms", longest)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#exchanges .exchange').length`)); n < 2 || n > 250 {
		t.Errorf("the list renders %d exchanges, want the first ones only", n)
	}
	if s := textOf(t, ctx, "#exchanges"); !strings.Contains(s, "Exchanges in the paste (") {
		t.Errorf("#exchanges reads %.200q", s)
	}
	// The 10 MB stay in memory, not in the paste area (its layout took
	// seconds), and the area says so.
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelector('textarea#paste').value.length`)); n != 0 {
		t.Errorf("the paste area holds %d characters of the big paste, want none", n)
	}
	if ph, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('textarea#paste').placeholder`)); !strings.Contains(ph, "Pasted 10.5 MB") {
		t.Errorf("the paste area's placeholder reads %q, want it to say the paste is kept", ph)
	}
	if errs := reqs.errs(); len(errs) > 0 {
		t.Errorf("script errors: %v", errs)
	}
}

// TestBrowserPasteDuringJob pastes a small response while the 10 MB HAR
// is still being read: the page answers it while the job runs (so the job
// gives the thread back), stops the job, and the HAR's list never takes
// the small paste's place.
func TestBrowserPasteDuringJob(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	reqs := openPage(t, ctx)
	do(t, ctx, load(url))
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.__text = `+jsString(string(samples.HAR10MB()))))
	// The HAR by a paste event, then, as soon as the page shows its
	// progress, a 2 KB 422 typed over it; its list is watched for.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
  window.__listed = false;
  new MutationObserver(() => { if (document.querySelector('#exchanges .exchange')) window.__listed = true; })
    .observe(document.body, { subtree: true, childList: true });
  const ta = document.querySelector('textarea#paste');
  ta.focus();
  const dt = new DataTransfer();
  dt.setData('text/plain', window.__text);
  ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
})()`))
	do(t, ctx, poll(`document.querySelector('#progress') !== null`))
	if listed, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.__listed`)); listed {
		t.Skip("the HAR was listed before the second paste could be made: nothing to stop")
	}
	small := string(samples.Response2KB())
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
  const ta = document.querySelector('textarea#paste');
  ta.value = `+jsString(small)+`;
  ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
})()`))
	do(t, ctx, waitStatus("422"))
	// Long enough for the HAR's job to have finished, had it gone on.
	time.Sleep(3 * time.Second)
	if code, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#report').dataset.status`)); code != "422" {
		t.Errorf("the report shows status %q after the HAR's job would have ended, want the small paste's 422", code)
	}
	if listed, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.__listed`)); listed {
		t.Error("the stopped HAR's exchanges were listed")
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#progress').length`)); n != 0 {
		t.Error("the progress line stayed after the job was stopped")
	}
	if errs := reqs.errs(); len(errs) > 0 {
		t.Errorf("script errors: %v", errs)
	}
}

// TestBrowserBigPasteShown pastes a 1 MB JSON response through a paste
// event: the page keeps it out of the paste area, reports on it, and puts
// it there when the reader asks.
func TestBrowserBigPasteShown(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	reqs := openPage(t, ctx)
	do(t, ctx, load(url))
	text := string(samples.JSON1MB())
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.__text = `+jsString(text)))
	taken, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
  const dt = new DataTransfer();
  dt.setData('text/plain', window.__text);
  return !document.querySelector('textarea#paste').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !taken {
		t.Fatal("the page let the browser put the 1 MB paste in the paste area")
	}
	do(t, ctx, waitStatus("200"))
	// The tree's search runs in steps, each a task of its own, to the end
	// of the body, whose last key is its one "more".
	do(t, ctx, chromedp.SendKeys(`.jv-search`, "more"), poll(`document.querySelector('.jv-matches').textContent === '1 of 1'`))
	do(t, ctx, poll(`document.querySelector('#show-paste') !== null`))
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelector('textarea#paste').value.length`)); n != 0 {
		t.Errorf("the paste area holds %d characters before the reader asked, want none", n)
	}
	// A textarea's value has LF line ends whatever it was given.
	shown := len(strings.ReplaceAll(text, "\r\n", "\n"))
	do(t, ctx, chromedp.Click(`#show-paste`), poll(`document.querySelector('textarea#paste').value.length === `+strconv.Itoa(shown)))
	// Typing in it now edits it there, rather than hiding it again.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const ta = document.querySelector('textarea#paste'); ta.value = ta.value + ' '; ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ' ' })); })()`),
		chromedp.Sleep(500*time.Millisecond))
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelector('textarea#paste').value.length`)); n != shown+1 {
		t.Errorf("after typing, the paste area holds %d characters, want %d", n, shown+1)
	}
	if errs := reqs.errs(); len(errs) > 0 {
		t.Errorf("script errors: %v", errs)
	}
}

// rehearsalWatch notes whether the warm-up's report (.rehearsal) was ever
// mounted, and whether it ever was in sight while it was.
const rehearsalWatch = `window.__rehearsal = { seen: false, inSight: false };
new MutationObserver(() => {
  const r = document.querySelector('.rehearsal');
  if (!r) return;
  window.__rehearsal.seen = true;
  const box = r.getBoundingClientRect();
  if (box.right > 0 && getComputedStyle(r).visibility !== 'hidden') window.__rehearsal.inSight = true;
}).observe(document, { subtree: true, childList: true });`

// TestBrowserRehearsal checks the warm-up's report: mounted once after the
// page is ready, never in sight, and gone a frame later, leaving the page
// as it was.
func TestBrowserRehearsal(t *testing.T) {
	url := serveSite(t)
	ctx := browser(t)
	reqs := openPage(t, ctx)
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: rehearsalWatch})
		return err
	}), load(url), poll(`window.__rehearsal.seen && document.querySelector('.rehearsal') === null`, chromedp.WithPollingTimeout(10*time.Second)))
	if in, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.__rehearsal.inSight`)); err != nil || in {
		t.Errorf("the rehearsal was in sight (%v, %v)", in, err)
	}
	if got := textOf(t, ctx, "#announce"); !strings.Contains(got, "Paste something") {
		t.Errorf("after the rehearsal the report area says %q", got)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#summary, #headers').length`)); n != 0 {
		t.Errorf("%d report sections left on the page", n)
	}
	if errs := reqs.errs(); len(errs) > 0 {
		t.Errorf("script errors: %v", errs)
	}
}
