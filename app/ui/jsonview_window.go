package ui

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// RowHeight is the height in CSS pixels of every row of the tree and raw
// views; web/body.css fixes .jv-row and .rv-row to it, and the virtual
// lists turn scroll offsets into row numbers with it.
const RowHeight = 22

// windowStep aligns the first rendered row, so that scrolling re-renders
// only when it crosses a step, not on every pixel.
const windowStep = 20

// defaultViewportRows is assumed until the viewport has been measured.
const defaultViewportRows = 30

// windowRange returns the rows to render when the first visible row is
// first and viewport rows fit on screen: a window of about 80 rows (more
// on tall screens) around what is visible, aligned to windowStep. Every
// row rendered costs: "Expand all" on a big body renders a whole window.
func windowRange(first, viewport, total int) (start, count int) {
	if viewport <= 0 {
		viewport = defaultViewportRows
	}
	count = max(80, viewport+2*windowStep)
	count += (windowStep - count%windowStep) % windowStep
	count = min(count, maxChunks*windowStep)
	if total <= count {
		return 0, total
	}
	start = first - (count-viewport)/2
	start -= start % windowStep
	start = max(0, min(start, total-count))
	return start, min(count, total-start)
}

// maxChunks bounds the chunks of a window (web/body.css has an order class
// for each).
const maxChunks = 16

// chunkedRows lays out the rows [start, start+count) as chunks of
// windowStep rows. Chunk c always sits in DOM slot c mod k, and a CSS order
// class puts it in its visual place, so when the window moves by a step
// only the one chunk that changed is re-rendered: go-app diffs children by
// position, and the other slots keep the same rows.
//
// A whole chunk for which hold reports true is left empty, held at its
// height by CSS (bv-hold), so that a window can be rendered in two steps:
// the rows in view first, the rows around them a frame later. hold may be
// nil.
func chunkedRows(class string, start, count int, row func(i int) app.UI, hold func(first, end int) bool) app.UI {
	if count <= 0 {
		return app.Div().Class(class)
	}
	first := start / windowStep
	last := (start + count - 1) / windowStep
	k := last - first + 1
	slots := make([]app.UI, k)
	for c := first; c <= last; c++ {
		from, end := max(start, c*windowStep), min(start+count, (c+1)*windowStep)
		order := "bv-chunk bv-o" + strconv.Itoa(c-first)
		if end-from == windowStep && hold != nil && hold(from, end) {
			slots[c%k] = app.Div().Class(order + " bv-hold")
			continue
		}
		items := make([]app.UI, 0, windowStep)
		for i := from; i < end; i++ {
			items = append(items, row(i))
		}
		slots[c%k] = app.Div().Class(order).Body(items...)
	}
	return app.Div().Class(class).Body(slots...)
}

// spacer is an empty box of the given height standing in for the rows that
// are not rendered. It is an SVG with a height attribute, not a styled div,
// because the page's Content-Security-Policy forbids inline styles.
func bvSpacer(px int) app.UI {
	return app.Raw(`<svg class="bv-spacer" aria-hidden="true" focusable="false" width="1" height="` + strconv.Itoa(max(0, px)) + `"></svg>`)
}

// marked returns text as text nodes, with the first case-insensitive
// occurrence of q wrapped in <mark>.
func markedText(text string, q []rune) []app.UI {
	if s, e, ok := indexFold([]byte(text), q); ok {
		return []app.UI{app.Text(text[:s]), app.Mark().Text(text[s:e]), app.Text(text[e:])}
	}
	return []app.UI{app.Text(text)}
}

// resolvePointer finds the node an RFC 6901 pointer names (also in its URI
// fragment form, "#/items/0"); when it names nothing it falls back to the
// deepest ancestor that exists, with exact false.
func resolvePointer(t *jsontree.Tree, ptr string) (jsontree.Node, bool) {
	root := t.Root()
	if root == jsontree.NoNode {
		return jsontree.NoNode, false
	}
	if strings.HasPrefix(ptr, "#") {
		if u, err := url.PathUnescape(ptr[1:]); err == nil {
			ptr = u
		} else {
			ptr = ptr[1:]
		}
	}
	if n := t.Lookup(root, ptr); n != jsontree.NoNode {
		return n, true
	}
	for p := ptr; p != ""; {
		i := strings.LastIndexByte(p, '/')
		if i < 0 {
			break
		}
		p = p[:i]
		if n := t.Lookup(root, p); n != jsontree.NoNode {
			return n, false
		}
	}
	return root, false
}

// neighbour returns the node on the row delta rows from n's, clamped to the
// tree, or n when n has no row.
func (r *treeRows) neighbour(n jsontree.Node, delta int) jsontree.Node {
	i := r.RowOf(n)
	if i < 0 {
		return n
	}
	i = max(0, min(r.Total()-1, i+delta))
	if rw, ok := r.At(i); ok {
		return rw.Node
	}
	return n
}
