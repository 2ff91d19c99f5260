package ui

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const orderJSON = `{"order":{"id":"ord_1","items":[{"sku":"A-1","qty":2},{"sku":"B-7","qty":0}],"total":12345678901234567890.50},"errors":[],"note":null}`

func parseJSON(t testing.TB, s string) *jsontree.Tree {
	t.Helper()
	tr, err := jsontree.Parse([]byte(s), jsontree.Options{})
	if err != nil {
		t.Fatalf("parse: %v", err.Message)
	}
	return tr
}

// pointers lists the rows as JSON pointers, with the depth as indentation.
func pointers(r *treeRows, rows []treeRow) []string {
	var out []string
	for _, rw := range rows {
		out = append(out, strings.Repeat(".", rw.Depth)+r.t.Pointer(rw.Node))
	}
	return out
}

// naiveRows flattens the tree by recursion, the obvious way, as the
// reference for treeRows.
func naiveRows(r *treeRows) []treeRow {
	var out []treeRow
	var walk func(n jsontree.Node, d int)
	walk = func(n jsontree.Node, d int) {
		out = append(out, treeRow{Node: n, Depth: d})
		if r.Expanded(n) {
			for c := r.t.First(n); c != jsontree.NoNode; c = r.t.Next(c) {
				walk(c, d+1)
			}
		}
	}
	if r.t.Root() != jsontree.NoNode {
		walk(r.t.Root(), 0)
	}
	return out
}

func TestJSONViewRows(t *testing.T) {
	tests := []struct {
		name string
		do   func(r *treeRows, tr *jsontree.Tree)
		want []string
	}{
		{"collapsed", func(r *treeRows, tr *jsontree.Tree) {}, []string{""}},
		{"one level", func(r *treeRows, tr *jsontree.Tree) { r.ExpandLevels(1) },
			[]string{"", "./order", "./errors", "./note"}},
		{"two levels", func(r *treeRows, tr *jsontree.Tree) { r.ExpandLevels(2) },
			[]string{"", "./order", "../order/id", "../order/items", "../order/total", "./errors", "./note"}},
		{"expand to a leaf opens its ancestors only", func(r *treeRows, tr *jsontree.Tree) {
			r.ExpandTo(tr.Lookup(0, "/order/items/1/qty"))
		}, []string{"", "./order", "../order/id", "../order/items", ".../order/items/0", ".../order/items/1",
			"..../order/items/1/sku", "..../order/items/1/qty", "../order/total", "./errors", "./note"}},
		{"collapse keeps inner state", func(r *treeRows, tr *jsontree.Tree) {
			r.ExpandTo(tr.Lookup(0, "/order/items/1/qty"))
			r.Toggle(tr.Lookup(0, "/order"))
		}, []string{"", "./order", "./errors", "./note"}},
		{"reopen restores inner state", func(r *treeRows, tr *jsontree.Tree) {
			r.ExpandTo(tr.Lookup(0, "/order/items/0/qty"))
			r.Toggle(tr.Lookup(0, "/order"))
			r.Toggle(tr.Lookup(0, "/order"))
		}, []string{"", "./order", "../order/id", "../order/items", ".../order/items/0",
			"..../order/items/0/sku", "..../order/items/0/qty", ".../order/items/1", "../order/total", "./errors", "./note"}},
		{"toggling a leaf or empty array does nothing", func(r *treeRows, tr *jsontree.Tree) {
			r.ExpandLevels(1)
			r.Toggle(tr.Lookup(0, "/note"))
			r.Toggle(tr.Lookup(0, "/errors"))
		}, []string{"", "./order", "./errors", "./note"}},
		{"collapse all", func(r *treeRows, tr *jsontree.Tree) { r.ExpandLevels(9); r.CollapseAll() }, []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := parseJSON(t, orderJSON)
			r := newTreeRows(tr)
			tc.do(r, tr)
			got := pointers(r, r.Window(0, 1000))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("rows\n got %q\nwant %q", got, tc.want)
			}
			if r.Total() != len(tc.want) {
				t.Errorf("Total = %d, want %d", r.Total(), len(tc.want))
			}
		})
	}
}

// bigTree builds {"data":[{"id":i,"tags":["a","b"],"user":{"name":"..","roles":[..]}},...],"meta":{...}}
// with n items: large enough that the skip index is used.
func bigTree(t testing.TB, n int) *jsontree.Tree {
	var b strings.Builder
	b.WriteString(`{"data":[`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":%d,"tags":["a","b"],"user":{"name":"user %d","roles":["admin","x"]}}`, i, i)
	}
	b.WriteString(`],"meta":{"total":12345678901234567890123,"next":null}}`)
	return parseJSON(t, b.String())
}

// TestJSONViewRowsRandom toggles random containers of a tree with a
// 1000-member array and checks every row, the row of every node and the
// windows against the naive flattening.
func TestJSONViewRowsRandom(t *testing.T) {
	tr := bigTree(t, 1000)
	r := newTreeRows(tr)
	r.ExpandLevels(2)
	rng := rand.New(rand.NewPCG(1, 2))
	var containers []jsontree.Node
	for n := 0; n < tr.Count(); n++ {
		if k := tr.Kind(jsontree.Node(n)); k == jsontree.Object || k == jsontree.Array {
			containers = append(containers, jsontree.Node(n))
		}
	}
	for step := 0; step < 300; step++ {
		switch rng.IntN(10) {
		case 0:
			r.ExpandTo(jsontree.Node(rng.IntN(tr.Count())))
		case 1:
			if step%50 == 0 {
				r.ExpandLevels(rng.IntN(4))
			}
		default:
			r.Toggle(containers[rng.IntN(len(containers))])
		}
		want := naiveRows(r)
		if r.Total() != len(want) {
			t.Fatalf("step %d: Total = %d, want %d", step, r.Total(), len(want))
		}
		for k := 0; k < 5; k++ {
			i := rng.IntN(len(want))
			got, ok := r.At(i)
			if !ok || got != want[i] {
				t.Fatalf("step %d: At(%d) = %v %v, want %v", step, i, got, ok, want[i])
			}
			if ri := r.RowOf(want[i].Node); ri != i {
				t.Fatalf("step %d: RowOf(%d) = %d, want %d", step, want[i].Node, ri, i)
			}
			w := r.Window(i, 50)
			end := min(i+50, len(want))
			if !reflect.DeepEqual(w, want[i:end]) {
				t.Fatalf("step %d: Window(%d, 50) differs", step, i)
			}
		}
	}
}

func TestJSONViewRowOfHidden(t *testing.T) {
	tr := parseJSON(t, orderJSON)
	r := newTreeRows(tr)
	r.ExpandLevels(1)
	if got := r.RowOf(tr.Lookup(0, "/order/items")); got != -1 {
		t.Errorf("RowOf hidden node = %d, want -1", got)
	}
	if got := r.RowOf(tr.Lookup(0, "/note")); got != 3 {
		t.Errorf("RowOf /note = %d, want 3", got)
	}
}

func TestJSONViewExpandAllBounded(t *testing.T) {
	tests := []struct {
		name       string
		tree       *jsontree.Tree
		max        int
		wantLevels int
		wantAll    bool
	}{
		{"small body opens fully", parseJSON(t, orderJSON), MaxExpandAllRows, 4, true},
		// 2000 items: level 1 shows 3 rows, level 2 adds 2000+2, level 3
		// adds 6000 more: over a 5000 cap.
		{"big body stops at the cap", bigTree(t, 2000), 5000, 2, false},
		{"the root always opens", bigTree(t, 2000), 10, 1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTreeRows(tc.tree)
			levels, all := r.ExpandAll(tc.max)
			if levels != tc.wantLevels || all != tc.wantAll {
				t.Errorf("ExpandAll = %d levels, all %v; want %d, %v", levels, all, tc.wantLevels, tc.wantAll)
			}
			if tc.wantLevels > 1 && r.Total() > tc.max {
				t.Errorf("Total = %d rows, over the cap %d", r.Total(), tc.max)
			}
			if got := len(naiveRows(r)); got != r.Total() {
				t.Errorf("Total = %d, naive %d", r.Total(), got)
			}
		})
	}
}

func TestJSONViewWindowRange(t *testing.T) {
	tests := []struct {
		first, viewport, total int
		start, count           int
	}{
		{0, 30, 10, 0, 10},         // all fits
		{0, 30, 100000, 0, 80},     // top
		{500, 30, 100000, 460, 80}, // centred, aligned to 20
		{504, 30, 100000, 460, 80}, // same window: no re-render
		{99990, 30, 100000, 99920, 80},
		{700, 0, 100000, 660, 80},    // unmeasured viewport
		{1000, 80, 100000, 980, 120}, // tall screen: bigger window
	}
	for _, tc := range tests {
		s, c := windowRange(tc.first, tc.viewport, tc.total)
		if s != tc.start || c != tc.count {
			t.Errorf("windowRange(%d, %d, %d) = %d, %d; want %d, %d", tc.first, tc.viewport, tc.total, s, c, tc.start, tc.count)
		}
		if tc.total > 0 && (s > tc.first || s+c < min(tc.total, tc.first+max(tc.viewport, 1))) {
			t.Errorf("windowRange(%d, %d, %d) does not cover the visible rows", tc.first, tc.viewport, tc.total)
		}
	}
}

func TestJSONViewPointer(t *testing.T) {
	tr := parseJSON(t, `{"a/b":{"m~n":[10,20]},"items":[{"qty":1}]}`)
	tests := []struct {
		ptr   string
		want  string // pointer of the node revealed
		exact bool
	}{
		{"/items/0/qty", "/items/0/qty", true},
		{"#/items/0/qty", "/items/0/qty", true},
		{"/a~1b/m~0n/1", "/a~1b/m~0n/1", true},
		{"#/a~1b/m~0n/1", "/a~1b/m~0n/1", true},
		{"/items/7/qty", "/items", false},
		{"/items/0/price", "/items/0", false},
		{"#", "", true},
		{"nonsense", "", false},
	}
	for _, tc := range tests {
		n, exact := resolvePointer(tr, tc.ptr)
		if got := tr.Pointer(n); got != tc.want || exact != tc.exact {
			t.Errorf("resolvePointer(%q) = %q %v, want %q %v", tc.ptr, got, exact, tc.want, tc.exact)
		}
	}
	// The ancestors of a revealed node open, and nothing else does.
	v := newJSONView(bigTree(t, 1000))
	n, _ := resolvePointer(v.t, "/data/777/user/roles/1")
	row := v.reveal(n)
	if v.rows.RowOf(n) != row || row < 0 {
		t.Fatalf("revealed row %d, RowOf %d", row, v.rows.RowOf(n))
	}
	for _, p := range []string{"/data/777", "/data/777/user", "/data/777/user/roles"} {
		if !v.rows.Expanded(v.t.Lookup(0, p)) {
			t.Errorf("%s not expanded", p)
		}
	}
	if v.rows.Expanded(v.t.Lookup(0, "/data/776")) {
		t.Error("/data/776 expanded")
	}
	start, rows := v.window()
	found := false
	for _, rw := range rows {
		found = found || rw.Node == n
	}
	if !found {
		t.Errorf("revealed node not in the rendered window starting at %d", start)
	}
}

func TestJSONViewSearch(t *testing.T) {
	tr := parseJSON(t, `{"User":{"name":"Zoë \u00c9lise","email":"ZOE@example.com"},"tags":["ÉLISE","zoe"],"n":12345678901234567890,"esc\u0041pe":true}`)
	tests := []struct {
		q    string
		want []string
	}{
		{"zoe", []string{"/User/email", "/tags/1"}},
		{"ZOË", []string{"/User/name"}},
		{"élise", []string{"/User/name", "/tags/0"}}, // escapes decoded, case folded
		{"user", []string{"/User"}},                  // keys match
		{"escape", []string{"/escApe"}},              // escaped key
		{"4567890", []string{"/n"}},                  // numbers as written
		{"true", []string{"/escApe"}},
		{"{", nil}, // containers' source is not searched
		{"missing", nil},
	}
	for _, tc := range tests {
		s := newTreeSearch(tr, tc.q)
		for !s.Done() {
			s.Step(tr, 16) // tiny budget: exercises resuming
		}
		var got []string
		for _, n := range s.matches {
			got = append(got, tr.Pointer(n))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("search %q = %q, want %q", tc.q, got, tc.want)
		}
		for _, n := range s.matches {
			if !s.Has(n) {
				t.Errorf("Has(%d) false for a match", n)
			}
		}
	}
}

func TestJSONViewSearchNavigation(t *testing.T) {
	v := newJSONView(bigTree(t, 1000))
	v.setQuery("user 99")
	for !v.search.Done() {
		v.stepSearch()
	}
	// "user 99", "user 990".."user 999": 11 names.
	if got := v.matchLabel(); got != "1 of 11" {
		t.Errorf("label %q", got)
	}
	first := v.search.matches[0]
	if v.sel != first || v.rows.RowOf(first) < 0 {
		t.Errorf("first match not revealed")
	}
	v.moveMatch(-1)
	if v.cur != 10 || v.t.Pointer(v.sel) != "/data/999/user/name" {
		t.Errorf("previous from first: cur %d sel %s", v.cur, v.t.Pointer(v.sel))
	}
	v.moveMatch(1)
	if v.cur != 0 {
		t.Errorf("next wraps to %d", v.cur)
	}
	v.setQuery("")
	if v.search != nil || v.matchLabel() != "" {
		t.Error("empty query keeps a search")
	}
}

func TestJSONViewSearchCap(t *testing.T) {
	tr := bigTree(t, 4000) // 4000 "admin" roles, 4000 "a" tags, ...
	s := newTreeSearch(tr, "a")
	for !s.Done() {
		s.Step(tr, searchBudget)
	}
	if !s.capped || len(s.matches) != MaxSearchMatches {
		t.Errorf("capped %v with %d matches", s.capped, len(s.matches))
	}
}

func TestJSONViewShownText(t *testing.T) {
	tr := parseJSON(t, `{"s":"line1\nline2\t\u202eevil\u2066","big":12345678901234567890.123456789e-5,"pair":"\ud83d\ude00","bad":"\ud800x","long":"`+strings.Repeat("é", 400)+`"}`)
	tests := []struct {
		ptr, want string
	}{
		{"/s", `line1\nline2\t\u202eevil\u2066`},
		{"/big", `12345678901234567890.123456789e-5`},
		{"/pair", "😀"},
		{"/bad", "\ufffdx"},
		{"/long", strings.Repeat("é", maxShownRunes) + "…"},
	}
	for _, tc := range tests {
		if got := shownValue(tr, tr.Lookup(0, tc.ptr)); got != tc.want {
			t.Errorf("shownValue(%s) = %q, want %q", tc.ptr, got, tc.want)
		}
	}
}

func TestJSONViewKeys(t *testing.T) {
	v := newJSONView(parseJSON(t, orderJSON))
	order := v.t.Lookup(0, "/order")
	tests := []struct {
		key      string
		from     string
		wantSel  string
		wantOpen bool // whether /order is open afterwards
	}{
		{"ArrowDown", "", "/order", true},
		{"ArrowDown", "/order/total", "/errors", true},
		{"ArrowUp", "/errors", "/order/total", true},
		{"ArrowLeft", "/order/items", "/order", true},
		{"ArrowLeft", "/order", "/order", false},
		{"ArrowRight", "/order", "/order", true},
		{"ArrowRight", "/order", "/order/id", true},
		{"Home", "/note", "", true},
		{"End", "", "/note", true},
	}
	for _, tc := range tests {
		if !v.key(tc.key, v.t.Lookup(0, tc.from)) {
			t.Fatalf("%s not handled", tc.key)
		}
		if got := v.t.Pointer(v.sel); got != tc.wantSel || v.rows.Expanded(order) != tc.wantOpen {
			t.Errorf("%s from %q: sel %q open %v, want %q %v", tc.key, tc.from, got, v.rows.Expanded(order), tc.wantSel, tc.wantOpen)
		}
	}
	if v.key("a", 0) {
		t.Error("letter key handled")
	}
}

// BenchmarkJSONViewWindow measures finding and walking a 100-row window of
// a 100 000-node tree: the work done on each scroll step.
func BenchmarkJSONViewWindow(b *testing.B) {
	tr := bigTree(b, 10000) // 10 000 items of 10 nodes: about 100 000 nodes
	r := newTreeRows(tr)
	r.ExpandLevels(4)
	b.ReportMetric(float64(tr.Count()), "nodes")
	total := r.Total()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := (i * 7919) % (total - 100)
		if w := r.Window(start, 100); len(w) != 100 {
			b.Fatal(len(w))
		}
	}
}

// BenchmarkJSONViewToggle measures opening and closing an array of 10 000
// members inside a 100 000-node tree.
func BenchmarkJSONViewToggle(b *testing.B) {
	tr := bigTree(b, 10000)
	r := newTreeRows(tr)
	r.ExpandLevels(1)
	data := tr.Lookup(0, "/data")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Toggle(data)
	}
}

func TestJSONViewASCIIFold(t *testing.T) {
	tests := []struct {
		s, q string
		want int
	}{
		{"Hello World", "world", 6},
		{"HELLO", "hello", 0},
		{"xxAbAB", "abab", 2},
		{"aaab", "ab", 2},
		{"ab", "abc", -1},
		{"", "a", -1},
		{"Zoë", "zo", 0},
		{"12:30", ":3", 2},
	}
	for _, tc := range tests {
		if got := indexASCIIFold([]byte(tc.s), []byte(tc.q)); got != tc.want {
			t.Errorf("indexASCIIFold(%q, %q) = %d, want %d", tc.s, tc.q, got, tc.want)
		}
	}
}

// TestJSONViewChunks checks that moving the window by one step keeps every
// other chunk in its DOM slot with the same rows, so go-app re-renders one
// chunk only.
func TestJSONViewChunks(t *testing.T) {
	row := func(i int) app.UI { return app.Div().Class("r").Text(strconv.Itoa(i)) }
	slots := func(start int) []string {
		html := app.HTMLString(chunkedRows("x", start, 100, row, nil))
		parts := strings.Split(html, `<div class="bv-chunk`)[1:]
		for i, p := range parts {
			// Drop the order class: only the rows must stay put.
			parts[i] = p[strings.Index(p, `">`):]
		}
		return parts
	}
	a, b := slots(200), slots(220) // chunks 10..14, then 11..15
	if len(a) != 5 || len(b) != 5 {
		t.Fatalf("%d and %d chunks", len(a), len(b))
	}
	changed := 0
	for i := range a {
		if a[i] != b[i] {
			changed++
		}
	}
	if changed != 1 {
		t.Errorf("%d slots changed, want 1", changed)
	}
	html := app.HTMLString(chunkedRows("x", 200, 100, row, nil))
	if !strings.Contains(html, `class="bv-chunk bv-o0"`) || !strings.Contains(html, ">200<") || strings.Contains(html, ">300<") {
		t.Errorf("window 200..299 rendered wrong:\n%s", html)
	}
}

// TestJSONViewLean checks the two-step window: after "Expand all" the
// first render holds back the whole chunks out of view, at their height,
// and the render after it (lean cleared) has every row of the window.
func TestJSONViewLean(t *testing.T) {
	v := newJSONView(bigTree(t, 2000))
	v.viewport = 25
	v.expandAll()
	if !v.lean {
		t.Fatal("expandAll did not ask for a lean render")
	}
	rows := func() (n int, held int, html string) {
		html = app.HTMLString(app.Div().Body(v.renderRows()...))
		return strings.Count(html, `class="jv-row `), strings.Count(html, `bv-hold`), html
	}
	n, held, html := rows()
	// A window of 80 rows is 4 chunks; 25 rows in view from row 0 touch 2.
	if n != 40 || held != 2 {
		t.Errorf("lean render: %d rows, %d chunks held; want 40 and 2\n%s", n, held, html)
	}
	v.lean = false
	if n, held, _ := rows(); n != 80 || held != 0 {
		t.Errorf("full render: %d rows, %d chunks held; want 80 and 0", n, held)
	}

	// Scrolled to the middle: the chunks in view are rendered, wherever
	// they sit in the window.
	v.top, v.lean = 1000, true
	start, count := windowRange(v.top, v.viewport, v.total())
	n, held, html = rows()
	for i := v.top; i < v.top+v.viewport; i++ {
		if !strings.Contains(html, `data-node="`+strconv.Itoa(int(v.rows.Window(i, 1)[0].Node))+`"`) {
			t.Fatalf("row %d is in view but not rendered (window %d+%d)", i, start, count)
		}
	}
	if n+20*held != count || held == 0 {
		t.Errorf("lean render at row 1000: %d rows and %d held chunks, for a window of %d", n, held, count)
	}
}

// TestChunkedRowsHoldPartial checks that a chunk cut by the window's end
// is never held: its height would not be that of a whole chunk.
func TestChunkedRowsHoldPartial(t *testing.T) {
	row := func(i int) app.UI { return app.Div().Class("r").Text(strconv.Itoa(i)) }
	all := func(first, end int) bool { return true }
	html := app.HTMLString(chunkedRows("x", 0, 50, row, all)) // chunks of 20, 20, 10
	if got := strings.Count(html, "bv-hold"); got != 2 {
		t.Errorf("%d chunks held, want 2 (the whole ones)", got)
	}
	if !strings.Contains(html, ">49<") || strings.Contains(html, ">19<") {
		t.Errorf("the partial chunk must be rendered and the whole ones held:\n%s", html)
	}
}
