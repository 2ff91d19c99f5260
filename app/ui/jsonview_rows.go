package ui

import (
	"github.com/httpexplain/httpexplain/app/jsontree"
)

// blockSize is how many members of a large container share one entry of its
// skip index, so that finding row r inside a 50 000-member array walks a few
// hundred blocks and members instead of all of them.
const blockSize = 256

// MaxExpandAllRows bounds "Expand all": it opens whole levels of the tree,
// top down, only while the rows shown stay at or under this many.
const MaxExpandAllRows = 50000

// MaxTreeRows bounds the rows the tree view lays out, so that the spacer
// stays well inside the heights browsers can scroll (about 17 million
// pixels in Firefox). Rows past it are announced, not shown.
const MaxTreeRows = 500000

// treeRows flattens the expanded part of a jsontree.Tree into rows without
// materialising them: vis[n] is the number of rows n's subtree takes when n
// is shown (1 when collapsed), kept up to date on every toggle by adding the
// change to n's ancestors. Finding the node at a row is then a descent from
// the root, skipping whole members (and whole blocks of members) by their
// row counts.
type treeRows struct {
	t        *jsontree.Tree
	expanded []bool
	vis      []int32
	// blocks holds, for containers with more than blockSize members that
	// were expanded or descended into, the first member of each block and
	// the rows each block takes.
	blocks map[jsontree.Node]*memberBlocks
}

type memberBlocks struct {
	first []jsontree.Node
	rows  []int32
}

// row is one visible line of the tree: a node and its nesting depth.
type treeRow struct {
	Node  jsontree.Node
	Depth int
}

func newTreeRows(t *jsontree.Tree) *treeRows {
	n := t.Count()
	r := &treeRows{t: t, expanded: make([]bool, n), vis: make([]int32, n), blocks: map[jsontree.Node]*memberBlocks{}}
	for i := range r.vis {
		r.vis[i] = 1
	}
	return r
}

// Total returns the number of rows the expanded tree takes.
func (r *treeRows) Total() int {
	if len(r.vis) == 0 {
		return 0
	}
	return int(r.vis[0])
}

func (r *treeRows) isContainer(n jsontree.Node) bool {
	k := r.t.Kind(n)
	return k == jsontree.Object || k == jsontree.Array
}

// Expanded reports whether n is open.
func (r *treeRows) Expanded(n jsontree.Node) bool {
	return n >= 0 && int(n) < len(r.expanded) && r.expanded[n]
}

// ensureBlocks returns the skip index of a large container, building it
// from the members' current row counts on first use.
func (r *treeRows) ensureBlocks(n jsontree.Node) *memberBlocks {
	if r.t.Len(n) <= blockSize {
		return nil
	}
	if b := r.blocks[n]; b != nil {
		return b
	}
	b := &memberBlocks{}
	i := 0
	for c := r.t.First(n); c != jsontree.NoNode; c = r.t.Next(c) {
		if i%blockSize == 0 {
			b.first = append(b.first, c)
			b.rows = append(b.rows, 0)
		}
		b.rows[len(b.rows)-1] += r.vis[c]
		i++
	}
	r.blocks[n] = b
	return b
}

// memberRows sums the rows of n's members.
func (r *treeRows) memberRows(n jsontree.Node) int32 {
	if b := r.ensureBlocks(n); b != nil {
		var s int32
		for _, v := range b.rows {
			s += v
		}
		return s
	}
	var s int32
	for c := r.t.First(n); c != jsontree.NoNode; c = r.t.Next(c) {
		s += r.vis[c]
	}
	return s
}

// SetExpanded opens or closes container n. Its descendants keep their own
// state, so closing and reopening restores what was open inside. The cost
// is n's member count (once; then its skip index) plus its depth.
func (r *treeRows) SetExpanded(n jsontree.Node, open bool) {
	if !r.isContainer(n) || r.expanded[n] == open {
		return
	}
	r.expanded[n] = open
	nv := int32(1)
	if open {
		nv += r.memberRows(n)
	}
	r.propagate(n, nv-r.vis[n])
}

// propagate adds d to vis[n] and to every ancestor up to and including the
// first closed one's skip index (a closed container's own count stays 1).
func (r *treeRows) propagate(n jsontree.Node, d int32) {
	if d == 0 {
		return
	}
	r.vis[n] += d
	for c, p := n, r.t.Parent(n); p != jsontree.NoNode; c, p = p, r.t.Parent(p) {
		if b := r.blocks[p]; b != nil {
			b.rows[r.t.IndexInParent(c)/blockSize] += d
		}
		if !r.expanded[p] {
			return
		}
		r.vis[p] += d
	}
}

// Toggle flips container n.
func (r *treeRows) Toggle(n jsontree.Node) {
	if r.isContainer(n) {
		r.SetExpanded(n, !r.expanded[n])
	}
}

// ExpandTo opens every ancestor of n so that n gets a row.
func (r *treeRows) ExpandTo(n jsontree.Node) {
	var chain []jsontree.Node
	for p := r.t.Parent(n); p != jsontree.NoNode; p = r.t.Parent(p) {
		chain = append(chain, p)
	}
	// Top down, so each opening sums members whose counts are final.
	for i := len(chain) - 1; i >= 0; i-- {
		r.SetExpanded(chain[i], true)
	}
}

// recompute rebuilds every row count in one pass from the expanded flags:
// members come after their container, so walking backwards finishes each
// subtree before adding it to its parent.
func (r *treeRows) recompute() {
	for i := range r.vis {
		r.vis[i] = 1
	}
	for i := len(r.vis) - 1; i > 0; i-- {
		p := r.t.Parent(jsontree.Node(i))
		if p != jsontree.NoNode && r.expanded[p] {
			r.vis[p] += r.vis[i]
		}
	}
	clear(r.blocks)
}

// CollapseAll closes every container.
func (r *treeRows) CollapseAll() {
	clear(r.expanded)
	r.recompute()
}

// ExpandLevels opens every container less than levels deep (the root is at
// depth 0), replacing what was open.
func (r *treeRows) ExpandLevels(levels int) {
	depth := r.depths()
	for i := range r.expanded {
		r.expanded[i] = int(depth[i]) < levels && r.isContainer(jsontree.Node(i))
	}
	r.recompute()
}

// depths returns each node's depth; parents precede members, so one pass
// suffices.
func (r *treeRows) depths() []uint16 {
	d := make([]uint16, len(r.vis))
	for i := 1; i < len(d); i++ {
		if p := r.t.Parent(jsontree.Node(i)); p != jsontree.NoNode {
			d[i] = d[p] + 1
		}
	}
	return d
}

// ExpandAll opens the tree level by level while the rows shown stay within
// maxRows (the root always opens). It returns the levels opened and whether
// that is the whole tree.
func (r *treeRows) ExpandAll(maxRows int) (levels int, all bool) {
	depth := r.depths()
	var perDepth []int
	maxDepth := 0
	for i, d := range depth {
		for int(d) >= len(perDepth) {
			perDepth = append(perDepth, 0)
		}
		perDepth[d]++
		if r.isContainer(jsontree.Node(i)) && int(d)+1 > maxDepth {
			maxDepth = int(d) + 1
		}
	}
	// Opening levels 0..L-1 shows every node of depth <= L.
	rows := 0
	if len(perDepth) > 0 {
		rows = perDepth[0]
	}
	levels = 0
	for levels < maxDepth {
		next := rows
		if levels+1 < len(perDepth) {
			next += perDepth[levels+1]
		}
		if levels > 0 && next > maxRows {
			break
		}
		rows = next
		levels++
	}
	for i := range r.expanded {
		r.expanded[i] = int(depth[i]) < levels && r.isContainer(jsontree.Node(i))
	}
	r.recompute()
	return levels, levels >= maxDepth
}

// At returns the row at index i (0 is the root), or ok false past the end.
func (r *treeRows) At(i int) (treeRow, bool) {
	if i < 0 || i >= r.Total() {
		return treeRow{}, false
	}
	n, depth := jsontree.Node(0), 0
	rem := int32(i)
	for rem > 0 {
		rem-- // n's own row
		c := r.t.First(n)
		if b := r.ensureBlocks(n); b != nil {
			for k, v := range b.rows {
				if rem < v {
					c = b.first[k]
					break
				}
				rem -= v
			}
		}
		for c != jsontree.NoNode && rem >= r.vis[c] {
			rem -= r.vis[c]
			c = r.t.Next(c)
		}
		if c == jsontree.NoNode {
			// Counts out of step with the tree: never expected, but a
			// wrong row beats a panic.
			return treeRow{}, false
		}
		n = c
		depth++
	}
	return treeRow{Node: n, Depth: depth}, true
}

// Window returns up to count rows from index start, walking from the first
// in document order; its cost is one descent plus count steps.
func (r *treeRows) Window(start, count int) []treeRow {
	first, ok := r.At(start)
	if !ok || count <= 0 {
		return nil
	}
	out := make([]treeRow, 0, min(count, r.Total()-start))
	cur := first
	for len(out) < count {
		out = append(out, cur)
		var more bool
		if cur, more = r.after(cur); !more {
			break
		}
	}
	return out
}

// after returns the row that follows rw in document order.
func (r *treeRows) after(rw treeRow) (treeRow, bool) {
	n := rw.Node
	if r.expanded[n] && r.t.Len(n) > 0 {
		return treeRow{Node: r.t.First(n), Depth: rw.Depth + 1}, true
	}
	for d := rw.Depth; n != jsontree.NoNode; d-- {
		if nx := r.t.Next(n); nx != jsontree.NoNode {
			return treeRow{Node: nx, Depth: d}, true
		}
		n = r.t.Parent(n)
	}
	return treeRow{}, false
}

// RowOf returns the row index of n, or -1 when an ancestor is closed.
func (r *treeRows) RowOf(n jsontree.Node) int {
	if n < 0 || int(n) >= len(r.vis) {
		return -1
	}
	idx := 0
	for c, p := n, r.t.Parent(n); p != jsontree.NoNode; c, p = p, r.t.Parent(p) {
		if !r.expanded[p] {
			return -1
		}
		idx++ // p's own row
		s := r.t.First(p)
		if b := r.ensureBlocks(p); b != nil {
			k := r.t.IndexInParent(c) / blockSize
			for _, v := range b.rows[:k] {
				idx += int(v)
			}
			s = b.first[k]
		}
		for ; s != c && s != jsontree.NoNode; s = r.t.Next(s) {
			idx += int(r.vis[s])
		}
	}
	return idx
}
