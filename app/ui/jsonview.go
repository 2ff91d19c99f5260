package ui

import (
	"strconv"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// jsonView is the state of the collapsible tree of a JSON body: which
// containers are open (in rows), which rows are visible (top, viewport),
// the selected and focused nodes, and the search.
type jsonView struct {
	t        *jsontree.Tree
	rows     *treeRows
	top      int // first visible row
	viewport int // rows that fit in the viewport, once measured
	sel      jsontree.Node
	focus    jsontree.Node // node named by the focus pointer
	note     string        // what "Expand all" left closed
	// lean asks the next render for the rows in view only (see
	// chunkedRows): set when most of the window changes at once, and
	// cleared by the render after it (BodyView.fill).
	lean bool

	query  string
	search *treeSearch
	cur    int // index of the current match, -1 for none
	gen    int // bumps on every new query, so stale search steps stop
}

// smallTree is the node count under which the tree opens two levels deep.
const smallTree = 500

func newJSONView(t *jsontree.Tree) *jsonView {
	v := &jsonView{t: t, rows: newTreeRows(t), sel: jsontree.NoNode, focus: jsontree.NoNode, cur: -1}
	levels := 1
	if t.Count() <= smallTree {
		levels = 2
	}
	v.rows.ExpandLevels(levels)
	return v
}

// total is the number of rows laid out, at most MaxTreeRows.
func (v *jsonView) total() int { return min(v.rows.Total(), MaxTreeRows) }

// window returns the first rendered row and the rows to render.
func (v *jsonView) window() (int, []treeRow) {
	start, count := windowRange(v.top, v.viewport, v.total())
	return start, v.rows.Window(start, count)
}

// scrollTo makes row i the first visible row.
func (v *jsonView) scrollTo(i int) { v.top = max(0, min(i, v.total()-1)) }

// reveal opens the ancestors of n, selects it and brings it into the
// window; it returns n's row.
func (v *jsonView) reveal(n jsontree.Node) int {
	v.rows.ExpandTo(n)
	v.sel = n
	i := v.rows.RowOf(n)
	vp := v.viewport
	if vp <= 0 {
		vp = defaultViewportRows
	}
	v.scrollTo(i - vp/3)
	return i
}

// act performs a row action: "toggle" (the row's toggle button) or "select"
// (the row itself).
func (v *jsonView) act(act string, n jsontree.Node) {
	if n < 0 || int(n) >= v.t.Count() {
		return
	}
	switch act {
	case "toggle":
		v.rows.Toggle(n)
		v.sel = n
	case "select":
		v.sel = n
	}
}

// expandAll opens as much as MaxExpandAllRows allows and notes the rest.
func (v *jsonView) expandAll() {
	levels, all := v.rows.ExpandAll(MaxExpandAllRows)
	v.note, v.lean = "", true
	if !all {
		v.note = "Opened the first " + strconv.Itoa(levels) + " levels only: opening more would show over " +
			strconv.Itoa(MaxExpandAllRows) + " rows. Open deeper nodes one by one, or search."
	}
}

func (v *jsonView) collapseAll() {
	v.rows.CollapseAll()
	v.note, v.lean = "", true
	v.top = 0
}

// setQuery starts a new search; the first step runs now and finds the
// first matches of any body of sane size.
func (v *jsonView) setQuery(q string) {
	v.query = q
	v.gen++
	v.cur = -1
	v.search = nil
	if q == "" {
		return
	}
	v.search = newTreeSearch(v.t, q)
	v.stepSearch()
}

// stepSearch runs one bounded search step and moves to the first match as
// soon as there is one.
func (v *jsonView) stepSearch() {
	if v.search == nil || v.search.Done() {
		return
	}
	v.search.Step(v.t, searchBudget)
	if v.cur < 0 && len(v.search.matches) > 0 {
		v.cur = 0
		v.reveal(v.search.matches[0])
	}
}

// moveMatch goes to the next (+1) or previous (-1) match, wrapping.
func (v *jsonView) moveMatch(d int) {
	if v.search == nil || len(v.search.matches) == 0 {
		return
	}
	m := len(v.search.matches)
	v.cur = ((v.cur+d)%m + m) % m
	v.reveal(v.search.matches[v.cur])
}

// matchLabel says where the search stands: "3 of 12", "no matches".
func (v *jsonView) matchLabel() string {
	if v.search == nil {
		return ""
	}
	m := len(v.search.matches)
	switch {
	case m == 0 && v.search.Done():
		return "no matches"
	case m == 0:
		return "searching…"
	}
	count := strconv.Itoa(m)
	if v.search.capped {
		count += "+"
	} else if !v.search.Done() {
		count += "…"
	}
	return strconv.Itoa(v.cur+1) + " of " + count
}

// renderRows renders the rendered window of the tree, between spacers.
func (v *jsonView) renderRows() []app.UI {
	start, rows := v.window()
	total := v.total()
	out := []app.UI{
		bvSpacer(start * RowHeight),
		chunkedRows("jv-rows", start, len(rows), func(i int) app.UI { return v.renderRow(rows[i-start], i) }, v.held),
		bvSpacer((total - start - len(rows)) * RowHeight),
	}
	if more := v.rows.Total() - total; more > 0 {
		out = append(out, app.P().Class("jv-note").Text(strconv.Itoa(more)+" more rows are not shown; close some nodes or search."))
	}
	return out
}

// held says whether a lean render leaves the rows [first, end) out: rows
// not in view.
func (v *jsonView) held(first, end int) bool {
	if !v.lean {
		return false
	}
	vp := v.viewport
	if vp <= 0 {
		vp = defaultViewportRows
	}
	return end <= v.top || first >= v.top+vp
}

func (v *jsonView) renderRow(rw treeRow, idx int) app.UI {
	t, n := v.t, rw.Node
	ind, marker := indent(rw.Depth)
	cls := "jv-row " + ind
	if v.search.Has(n) {
		cls += " jv-match"
		if v.cur >= 0 && v.search.matches[v.cur] == n {
			cls += " jv-cur"
		}
	}
	if n == v.focus {
		cls += " jv-focus"
	}
	if n == v.sel {
		cls += " jv-sel"
	}
	var q []rune
	if v.search != nil {
		q = v.search.query
	}
	kind := t.Kind(n)
	container := kind == jsontree.Object || kind == jsontree.Array
	open := container && v.rows.Expanded(n)

	var label []app.UI
	switch p := t.Parent(n); {
	case t.HasKey(n):
		label = append(label, app.Span().Class("jv-key").Body(markedText(shownKey(t, n), q)...))
	case p != jsontree.NoNode:
		label = append(label, app.Span().Class("jv-idx").Text(strconv.Itoa(t.IndexInParent(n))))
	}
	switch kind {
	case jsontree.Object, jsontree.Array:
		brace := "{"
		if kind == jsontree.Array {
			brace = "["
		}
		switch {
		case t.Len(n) == 0 && kind == jsontree.Object:
			brace = "{}"
		case t.Len(n) == 0:
			brace = "[]"
		case !open && kind == jsontree.Object:
			brace = "{…}"
		case !open:
			brace = "[…]"
		}
		label = append(label, app.Span().Class("jv-brace").Text(brace), app.Span().Class("jv-count").Text(countLabel(t, n)))
	case jsontree.String:
		label = append(label, app.Span().Class("jv-str").Body(markedText(shownValue(t, n), q)...))
	case jsontree.Number:
		label = append(label, app.Span().Class("jv-num").Body(markedText(shownValue(t, n), q)...))
	case jsontree.Bool:
		label = append(label, app.Span().Class("jv-bool").Body(markedText(shownValue(t, n), q)...))
	case jsontree.Null:
		label = append(label, app.Span().Class("jv-null").Body(markedText(shownValue(t, n), q)...))
	}
	if !t.Complete(n) {
		label = append(label, app.Span().Class("jv-cut").Text("cut off"))
	}

	var toggle app.UI
	if container && t.Len(n) > 0 {
		verb := "Expand"
		glyph := "▸"
		if open {
			verb, glyph = "Collapse", "▾"
		}
		// No type or data attributes on the buttons: there is no form to
		// submit, and the row carries the node. Every attribute is two
		// strings handed to the browser, which was most of the cost of
		// rendering rows.
		toggle = app.Button().Class("jv-tog").
			Aria("expanded", strconv.FormatBool(open)).
			Aria("label", verb+" "+rowName(t, n)).
			Text(glyph)
	} else {
		toggle = app.Span().Class("jv-tog-none") // empty: nothing to hide from a screen reader
	}
	return app.Div().Class(cls).DataSet("node", int(n)).Body(
		app.If(marker != "", func() app.UI { return app.Span().Class("jv-ind").Aria("hidden", "true").Text(marker) }),
		toggle,
		app.Button().Class("jv-item").
			Aria("pressed", strconv.FormatBool(n == v.sel)).
			Body(label...),
	)
}

// rowName names n for a screen reader: its path, or "the whole body".
func rowName(t *jsontree.Tree, n jsontree.Node) string {
	if p := t.Path(n); p != "" {
		if len(p) > 200 {
			p = p[:200] + "…"
		}
		return p
	}
	return "the whole body"
}

// key applies a navigation key to the tree from node n and reports whether
// it was one.
func (v *jsonView) key(key string, n jsontree.Node) bool {
	if n < 0 || int(n) >= v.t.Count() {
		return false
	}
	target := n
	switch key {
	case "ArrowDown":
		target = v.rows.neighbour(n, 1)
	case "ArrowUp":
		target = v.rows.neighbour(n, -1)
	case "Home":
		target = v.t.Root()
	case "End":
		target = v.rows.neighbour(n, v.rows.Total())
	case "ArrowRight":
		if k := v.t.Kind(n); (k == jsontree.Object || k == jsontree.Array) && !v.rows.Expanded(n) {
			v.rows.SetExpanded(n, true)
		} else if v.rows.Expanded(n) && v.t.Len(n) > 0 {
			target = v.t.First(n)
		}
	case "ArrowLeft":
		if v.rows.Expanded(n) {
			v.rows.SetExpanded(n, false)
		} else if p := v.t.Parent(n); p != jsontree.NoNode {
			target = p
		}
	default:
		return false
	}
	v.sel = target
	// Keep the target inside the visible rows.
	i := v.rows.RowOf(target)
	vp := v.viewport
	if vp <= 0 {
		vp = defaultViewportRows
	}
	if i < v.top {
		v.top = i
	} else if i >= v.top+vp-1 {
		v.top = i - vp + 2
	}
	v.top = max(0, v.top)
	return true
}
