package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func htmlOf(ui app.UI) string { return app.HTMLString(ui) }

func parseErr(t *testing.T, src string) *jsontree.SyntaxError {
	t.Helper()
	_, err := jsontree.Parse([]byte(src), jsontree.Options{})
	if err == nil {
		t.Fatalf("%q parsed without error", src)
	}
	return err
}

// mount loads v into a test engine and runs everything it queued.
func mount(t *testing.T, v *BodyView) app.TestEngine {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(v); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return e
}

var (
	rowRE  = regexp.MustCompile(`<div [^>]*class="(jv-row(?: [^"]*)?)"[^>]*>`)
	nodeRE = regexp.MustCompile(`data-node="(\d+)"`)
)

// rowClasses maps the pointer of every rendered tree row to its classes.
func rowClasses(t *testing.T, v *BodyView) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, m := range rowRE.FindAllStringSubmatch(htmlOf(v.Render()), -1) {
		n := 0
		for _, c := range nodeRE.FindStringSubmatch(m[0])[1] {
			n = n*10 + int(c-'0')
		}
		out[v.json.t.Pointer(jsontree.Node(n))] = m[1]
	}
	return out
}

func TestBodyViewJSONTree(t *testing.T) {
	v := &BodyView{Bytes: []byte(orderJSON), MediaType: "application/json", FirstLine: 9}
	mount(t, v)
	if err := app.Match(app.Div().Class("bv"), v, 0); err != nil {
		t.Fatal(err)
	}
	if err := app.Match(app.Div().Class("bv-bar"), v, 0, 0); err != nil {
		t.Fatal(err)
	}
	html := htmlOf(v.Render())
	for _, want := range []string{
		`aria-pressed="false"`, ">Tree<", ">Raw<", "Expand all", "Collapse all", `placeholder="Search keys and values"`,
		`class="jv-viewport"`,
		// Small bodies open two levels: /order/items shows, collapsed.
		`aria-label="Expand order.items"`,
		`aria-label="Collapse order"`,
		// Numbers exactly as sent.
		`12345678901234567890.50`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("missing %s", want)
		}
	}
	rows := rowClasses(t, v)
	if _, ok := rows["/order/items"]; !ok || len(rows) != 7 {
		t.Errorf("rows %v", rows)
	}
	if got, _ := v.copyValue("value"); got != "" {
		t.Errorf("copy with no selection gave %q", got)
	}
	v.json.act("select", v.json.t.Lookup(0, "/order/total"))
	for kind, want := range map[string]string{"pointer": "/order/total", "path": "order.total", "value": "12345678901234567890.50"} {
		if got, _ := v.copyValue(kind); got != want {
			t.Errorf("copy %s = %q, want %q", kind, got, want)
		}
	}
	if !strings.Contains(htmlOf(v.Render()), `<code class="jv-path">order.total</code>`) {
		t.Error("selection bar does not show the path")
	}
}

func TestBodyViewXSS(t *testing.T) {
	const evil = `<img src=x onerror=alert(1)>`
	tests := []struct {
		name, mediaType, body string
	}{
		{"json key and value", "application/json", `{"` + evil + `":"` + evil + `","a":["<script>alert(2)</script>"]}`},
		{"html body in raw view", "text/html", evil + "\n<script>alert(2)</script>"},
		{"broken json in raw view", "application/json", `{"` + evil + `": <script>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := &BodyView{Bytes: []byte(tc.body), MediaType: tc.mediaType}
			mount(t, v)
			v.json.setQueryIfTree("img")
			html := htmlOf(v.Render())
			if strings.Contains(html, "<img") || strings.Contains(html, "<script") {
				t.Errorf("markup from the body reached the page:\n%s", html)
			}
			if !strings.Contains(html, "&lt;img src=x onerror=alert(1)&gt;") && !strings.Contains(html, "&lt;</mark>") &&
				!strings.Contains(html, "<mark>img</mark>") {
				t.Errorf("body text missing:\n%s", html)
			}
		})
	}
}

// setQueryIfTree searches when there is a tree, so the XSS test also
// covers text split around <mark>.
func (v *jsonView) setQueryIfTree(q string) {
	if v != nil {
		v.setQuery(q)
	}
}

func TestBodyViewFocus(t *testing.T) {
	v := &BodyView{Bytes: []byte(orderJSON), MediaType: "application/json", Focus: "/order/items/1/qty"}
	e := mount(t, v)
	rows := rowClasses(t, v)
	if c := rows["/order/items/1/qty"]; !strings.Contains(c, "jv-focus") || !strings.Contains(c, "jv-sel") {
		t.Errorf("focused row classes %q (rows %v)", c, rows)
	}
	// The page changes Focus: the view follows through OnUpdate.
	if err := e.Load(&BodyView{Bytes: v.Bytes, MediaType: "application/json", Focus: "#/order/items/9"}); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	rows = rowClasses(t, v)
	if c := rows["/order/items"]; !strings.Contains(c, "jv-focus") {
		t.Errorf("fallback row classes %q", c)
	}
	if !strings.Contains(v.status, "nothing at #/order/items/9") || !strings.Contains(v.status, "/order/items.") {
		t.Errorf("status %q", v.status)
	}
	// The inner state survived the update: the same body was not re-parsed.
	if !v.json.rows.Expanded(v.json.t.Lookup(0, "/order/items/1")) {
		t.Error("state lost on update")
	}
	// The focus action reveals too.
	v.Reveal("/order/id")
	if c := rowClasses(t, v)["/order/id"]; !strings.Contains(c, "jv-focus") {
		t.Errorf("Reveal: classes %q", c)
	}
}

func TestBodyViewUsesParsedBody(t *testing.T) {
	body := message.NewBody([]byte(orderJSON), "application/json; charset=utf-8", 3)
	v := &BodyView{Body: body}
	mount(t, v)
	if v.json == nil || v.json.t != body.JSON {
		t.Fatal("the view parsed the body again instead of using Body.JSON")
	}
	// A different body resets the view.
	v.json.rows.CollapseAll()
	v.Body = message.NewBody([]byte(`[1,2,3]`), "application/json", 3)
	v.prepare()
	if v.json.t.Count() != 4 || v.json.rows.Total() != 4 {
		t.Errorf("new body: %d nodes, %d rows", v.json.t.Count(), v.json.rows.Total())
	}
}

func TestBodyViewSyntaxError(t *testing.T) {
	v := &BodyView{Bytes: []byte("{\"items\": [1, 2,\n  3"), MediaType: "application/json", FirstLine: 5}
	mount(t, v)
	html := htmlOf(v.Render())
	for _, want := range []string{
		"JSON error at line 6, column 4: ",
		"The body looks cut off",
		`class="rv-viewport"`,
		`<span class="rv-num">5</span>`,
		`rv-row rv-err`,
		`the body looks cut off here`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("missing %q in\n%s", want, html)
		}
	}
	if !v.rawMode {
		t.Error("a body with a syntax error should open in the raw view")
	}
	// The partial tree is still there to look at.
	v.rawMode = false
	if !strings.Contains(htmlOf(v.Render()), "jv-cut") {
		t.Error("cut-off containers are not marked in the tree")
	}
}

func TestBodyViewKinds(t *testing.T) {
	tests := []struct {
		name, mediaType string
		body            []byte
		want, notWant   []string
	}{
		{"text body is raw only", "text/plain", []byte("rate limited\ntry later"),
			[]string{`<span class="rv-num">1</span>`, "try later"}, []string{">Tree<", "jv-viewport"}},
		{"binary body", "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
			[]string{"16 bytes of binary data", "89 50 4e 47", `class="bv-hex"`}, []string{"rv-viewport"}},
		{"gzip labelled as json", "application/json", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"),
			[]string{"8 bytes of binary data", "1f 8b 08"}, []string{"jv-viewport", "JSON error"}},
		{"empty body", "application/json", nil, []string{"The body is empty."}, []string{"jv-viewport"}},
		{"sniffed json", "", []byte(`{"ok":true}`), []string{">Tree<", "jv-bool"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := &BodyView{Bytes: tc.body, MediaType: tc.mediaType}
			mount(t, v)
			html := htmlOf(v.Render())
			for _, w := range tc.want {
				if !strings.Contains(html, w) {
					t.Errorf("missing %q in\n%s", w, html)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(html, w) {
					t.Errorf("unexpected %q", w)
				}
			}
		})
	}
}

// TestBodyViewBigBodyRendersAWindow opens a 100 000-node body, expands all
// and jumps around: the DOM never holds more than a window of rows.
func TestBodyViewBigBodyRendersAWindow(t *testing.T) {
	tr := bigTree(t, 10000)
	v := &BodyView{Bytes: tr.Source(), MediaType: "application/json"}
	mount(t, v)
	if n := len(rowClasses(t, v)); n != 3 {
		t.Errorf("opened with %d rows, want root, data, meta", n)
	}
	v.json.expandAll()
	if v.json.note == "" {
		t.Error("expand all on a huge body does not say it stopped")
	}
	v.Reveal("/data/9999/user/roles/1")
	for _, top := range []int{0, 5000, v.json.total() - 1} {
		v.json.top = top
		html := htmlOf(v.Render())
		if n := strings.Count(html, `<div class="jv-row`); n == 0 || n > 110 {
			t.Errorf("top %d: %d rows in the DOM", top, n)
		}
		if !strings.Contains(html, `<svg class="bv-spacer" aria-hidden="true" focusable="false" width="1" height="`) {
			t.Error("no spacer")
		}
	}
}

// BenchmarkBodyViewOpen measures what opening a 100 000-node body costs
// on top of parsing: the row state and the first window's render.
func BenchmarkBodyViewOpen(b *testing.B) {
	tr := bigTree(b, 10000)
	body := &message.Body{Bytes: tr.Source(), IsJSON: true, JSON: tr, MediaType: "application/json"}
	for i := 0; i < b.N; i++ {
		v := &BodyView{Body: body}
		v.Render()
	}
}

// BenchmarkBodyViewExpandAll measures "Expand all" on a 100 000-node body.
func BenchmarkBodyViewExpandAll(b *testing.B) {
	v := newJSONView(bigTree(b, 10000))
	for i := 0; i < b.N; i++ {
		v.expandAll()
		v.renderRows()
	}
}

// BenchmarkBodyViewSearchStep measures one bounded search step.
func BenchmarkBodyViewSearchStep(b *testing.B) {
	tr := bigTree(b, 10000)
	for i := 0; i < b.N; i++ {
		s := newTreeSearch(tr, "user 9")
		s.Step(tr, searchBudget)
	}
}
