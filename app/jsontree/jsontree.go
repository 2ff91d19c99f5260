// Package jsontree parses JSON into a compact, read-only tree that keeps what
// a viewer of pasted bodies needs and encoding/json throws away: members in
// source order, duplicate keys, numbers exactly as written, and the byte
// offset of every value. A syntax error is reported with its line and column,
// and the tree still holds everything read before it.
//
// The tree is a flat slice of nodes in document order (a container is
// followed by its members), so parsing allocates a handful of slices however
// large the input. Strings are decoded only when asked for, and line numbers
// are computed on demand from a line index built on first use.
package jsontree

import (
	"bytes"
	"slices"
	"sync"
)

// Kind is the JSON type of a node.
type Kind uint8

// Node kinds.
const (
	Invalid Kind = iota
	Null
	Bool
	Number
	String
	Object
	Array
)

var kindNames = [...]string{"invalid", "null", "bool", "number", "string", "object", "array"}

// String returns the kind's JSON name ("object", "number", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// Node identifies a value in a Tree. NoNode stands for "none".
type Node int32

// NoNode is returned where there is no such node.
const NoNode Node = -1

// DefaultMaxDepth is the nesting bound used when Options.MaxDepth is 0.
const DefaultMaxDepth = 512

// Options tune Parse.
type Options struct {
	// MaxDepth bounds nesting; deeper input is a syntax error. 0 means 512.
	MaxDepth int
	// AllowTrailingCommas accepts a comma before '}' or ']' (as written by
	// some HAR tools); each one is recorded in Tree.Repairs.
	AllowTrailingCommas bool
	// Yield, when set, is called about every YieldEvery bytes parsed, so a
	// caller on a single thread (the page, in the browser) can let other
	// work run. It may panic to abandon the parse; the panic reaches the
	// caller of Parse.
	Yield func()
}

// YieldEvery is about how many bytes Parse reads between calls to
// Options.Yield: small enough that in the browser, where parsing is several
// times slower than natively, the work between two calls stays well under
// the 50 ms of a long task.
const YieldEvery = 32 << 10

// SyntaxError describes the first error in the input.
type SyntaxError struct {
	Offset  int    // byte offset of the error
	Line    int    // 1-based line of Offset
	Column  int    // 1-based column of Offset, in bytes
	Message string // what was expected and what was found
	// Truncated says the input ended inside a value: it looks cut off.
	Truncated bool
}

// Error returns the message, so a SyntaxError can be used as an error.
func (e *SyntaxError) Error() string { return e.Message }

// Node flags.
const (
	fComplete  uint8 = 1 << iota
	fDecode          // the string value has escapes or invalid UTF-8
	fKeyDecode       // the member key has escapes or invalid UTF-8
	fHasKey          // the node is an object member
	fBadUTF8         // the string value or key holds invalid UTF-8
)

// node is one value. Offsets are int32 to keep the slice small; Parse
// refuses input of 2 GiB or more.
type node struct {
	kind   Kind
	flags  uint8
	start  int32 // offset of the value's first byte
	end    int32 // offset just past the value
	key    int32 // offset of the key's opening quote (members only)
	keyEnd int32 // offset just past the key's closing quote
	parent int32
	next   int32 // next sibling, or -1
	count  int32 // number of members (containers)
	index  int32 // position among the parent's members
}

// Tree is a parsed JSON text.
type Tree struct {
	src     []byte
	nodes   []node
	repairs []int
	badUTF8 []int

	linesOnce sync.Once
	lines     []int32 // offsets where each line starts
}

// ok reports whether n names a node of t; every accessor checks it so that
// a nil tree or a stray Node never panics.
func (t *Tree) ok(n Node) bool {
	return t != nil && n >= 0 && int(n) < len(t.nodes)
}

// Source returns the bytes the tree was parsed from.
func (t *Tree) Source() []byte {
	if t == nil {
		return nil
	}
	return t.src
}

// Root returns the top-level value, or NoNode when none was read.
func (t *Tree) Root() Node {
	if t == nil || len(t.nodes) == 0 {
		return NoNode
	}
	return 0
}

// Count returns the number of nodes in the tree.
func (t *Tree) Count() int {
	if t == nil {
		return 0
	}
	return len(t.nodes)
}

// Kind returns n's kind.
//
// Kind, First and Raw are called from a hundred places in the readers;
// kept out of line, they cost the web page one copy each instead of one
// per call.
//
//go:noinline
func (t *Tree) Kind(n Node) Kind {
	if !t.ok(n) {
		return Invalid
	}
	return t.nodes[n].kind
}

// Len returns the number of members of an object or array.
func (t *Tree) Len(n Node) int {
	if !t.ok(n) {
		return 0
	}
	return int(t.nodes[n].count)
}

// First returns the first member of an object or array, or NoNode.
//
//go:noinline
func (t *Tree) First(n Node) Node {
	if !t.ok(n) || t.nodes[n].count == 0 {
		return NoNode
	}
	// Members follow their container directly in document order.
	return n + 1
}

// Next returns the next sibling of n, or NoNode.
func (t *Tree) Next(n Node) Node {
	if !t.ok(n) {
		return NoNode
	}
	return Node(t.nodes[n].next)
}

// Parent returns n's container, or NoNode for the root.
func (t *Tree) Parent(n Node) Node {
	if !t.ok(n) {
		return NoNode
	}
	return Node(t.nodes[n].parent)
}

// IndexInParent returns n's position among its container's members (0 for
// the root).
func (t *Tree) IndexInParent(n Node) int {
	if !t.ok(n) {
		return 0
	}
	return int(t.nodes[n].index)
}

// HasKey reports whether n is an object member (and so has a key).
func (t *Tree) HasKey(n Node) bool {
	return t.ok(n) && t.nodes[n].flags&fHasKey != 0
}

// Key returns the decoded key of an object member, "" otherwise.
func (t *Tree) Key(n Node) string {
	if !t.HasKey(n) {
		return ""
	}
	nd := &t.nodes[n]
	body := t.src[nd.key+1 : nd.keyEnd-1]
	if nd.flags&fKeyDecode == 0 {
		return string(body)
	}
	return decodeString(body)
}

// KeyBytes is Key without the string: when the key has no escapes it is
// a slice of the source (which the caller must not modify), else it is
// decoded into scratch[:0]. A lookup such as set[string(t.KeyBytes(n, buf))]
// then allocates nothing.
func (t *Tree) KeyBytes(n Node, scratch []byte) []byte {
	if !t.HasKey(n) {
		return nil
	}
	nd := &t.nodes[n]
	return t.quoted(nd.key, nd.keyEnd, nd.flags&fKeyDecode != 0, scratch)
}

// quoted is the content of the JSON string src[start:end] (quotes
// included): a capped slice of the source, or when escaped, decoded into
// scratch[:0].
func (t *Tree) quoted(start, end int32, escaped bool, scratch []byte) []byte {
	body := t.src[start+1 : end-1 : end-1]
	if !escaped {
		return body
	}
	return appendDecoded(scratch[:0], body)
}

// StrBytes is Str without the string: when the value has no escapes it is
// a slice of the source (which the caller must not modify), else it is
// decoded into scratch[:0]. Nil for other kinds.
func (t *Tree) StrBytes(n Node, scratch []byte) []byte {
	if t.Kind(n) != String {
		return nil
	}
	nd := &t.nodes[n]
	return t.quoted(nd.start, nd.end, nd.flags&fDecode != 0, scratch)
}

// AppendStr appends the decoded value of a string node to dst (nothing
// for other kinds): Str without the string, for a caller that wants the
// bytes in memory of its own.
func (t *Tree) AppendStr(dst []byte, n Node) []byte {
	if t.Kind(n) != String {
		return dst
	}
	nd := &t.nodes[n]
	body := t.src[nd.start+1 : nd.end-1]
	if nd.flags&fDecode == 0 {
		return append(dst, body...)
	}
	return appendDecoded(slices.Grow(dst, len(body)), body)
}

// RawKey returns the key of an object member as written, with its quotes,
// or nil.
func (t *Tree) RawKey(n Node) []byte {
	if !t.HasKey(n) {
		return nil
	}
	nd := &t.nodes[n]
	return t.src[nd.key:nd.keyEnd:nd.keyEnd]
}

// KeyOffset returns the offset of an object member's key (its opening
// quote), or the value's offset when n has no key.
func (t *Tree) KeyOffset(n Node) int {
	if !t.ok(n) {
		return 0
	}
	if t.nodes[n].flags&fHasKey != 0 {
		return int(t.nodes[n].key)
	}
	return int(t.nodes[n].start)
}

// keyIs compares n's key with key without allocating in the common case.
func (t *Tree) keyIs(n Node, key string) bool {
	nd := &t.nodes[n]
	if nd.flags&fHasKey == 0 {
		return false
	}
	body := t.src[nd.key+1 : nd.keyEnd-1]
	if nd.flags&fKeyDecode == 0 {
		return string(body) == key
	}
	return decodeString(body) == key
}

// Get returns the first member of object n with the given key, or NoNode.
func (t *Tree) Get(n Node, key string) Node {
	if t.Kind(n) != Object {
		return NoNode
	}
	for c := t.First(n); c != NoNode; c = Node(t.nodes[c].next) {
		if t.keyIs(c, key) {
			return c
		}
	}
	return NoNode
}

// GetEach sets out[i] to Get(n, keys[i]) for every key, in one pass over
// n's members instead of one a key. out must be at least as long as keys.
func (t *Tree) GetEach(n Node, keys []string, out []Node) {
	out = out[:len(keys)]
	for i := range out {
		out[i] = NoNode
	}
	if t.Kind(n) != Object {
		return
	}
	// Most members match no key: their length, when they have no
	// escapes, rules them out without a comparison.
	var lens uint64
	for _, k := range keys {
		lens |= 1 << min(len(k), 63)
	}
	left := len(keys) // keys not found yet; none left ends the walk
	for c := t.First(n); c != NoNode && left > 0; c = Node(t.nodes[c].next) {
		nd := &t.nodes[c]
		if nd.flags&fHasKey == 0 {
			continue
		}
		body := t.src[nd.key+1 : nd.keyEnd-1]
		if nd.flags&fKeyDecode == 0 {
			if lens&(1<<min(len(body), 63)) == 0 {
				continue
			}
			for i, k := range keys {
				// The first bytes, compared inline, settle most
				// keys of the same length without a call.
				if out[i] == NoNode && len(body) == len(k) && (len(k) == 0 || body[0] == k[0]) && string(body) == k {
					out[i] = c
					left--
				}
			}
			continue
		}
		key := decodeString(body)
		for i, k := range keys {
			if out[i] == NoNode && key == k {
				out[i] = c
				left--
			}
		}
	}
}

// GetAll returns every member of object n with the given key, in order;
// more than one means the key is duplicated.
func (t *Tree) GetAll(n Node, key string) []Node {
	if t.Kind(n) != Object {
		return nil
	}
	var out []Node
	for c := t.First(n); c != NoNode; c = Node(t.nodes[c].next) {
		if t.keyIs(c, key) {
			out = append(out, c)
		}
	}
	return out
}

// Index returns the i-th member of array or object n, or NoNode. It walks
// the members, so to visit them all use First and Next instead.
func (t *Tree) Index(n Node, i int) Node {
	if !t.ok(n) || i < 0 || i >= int(t.nodes[n].count) {
		return NoNode
	}
	c := t.First(n)
	for ; i > 0 && c != NoNode; i-- {
		c = Node(t.nodes[c].next)
	}
	return c
}

// Children returns the members of an object or array in order.
func (t *Tree) Children(n Node) []Node {
	if !t.ok(n) || t.nodes[n].count == 0 {
		return nil
	}
	out := make([]Node, 0, t.nodes[n].count)
	for c := t.First(n); c != NoNode; c = Node(t.nodes[c].next) {
		out = append(out, c)
	}
	return out
}

// Str returns the decoded value of a string node, "" otherwise.
func (t *Tree) Str(n Node) string {
	if t.Kind(n) != String {
		return ""
	}
	nd := &t.nodes[n]
	body := t.src[nd.start+1 : nd.end-1]
	if nd.flags&fDecode == 0 {
		return string(body)
	}
	return decodeString(body)
}

// Raw returns the exact source bytes of n (a number as written, a string
// with its quotes, a container from bracket to bracket).
//
//go:noinline
func (t *Tree) Raw(n Node) []byte {
	if !t.ok(n) {
		return nil
	}
	nd := &t.nodes[n]
	return t.src[nd.start:nd.end:nd.end]
}

// Bool returns the value of a bool node.
func (t *Tree) Bool(n Node) bool {
	return t.Kind(n) == Bool && t.src[t.nodes[n].start] == 't'
}

// Offset returns the byte offset where n's value starts.
func (t *Tree) Offset(n Node) int {
	if !t.ok(n) {
		return 0
	}
	return int(t.nodes[n].start)
}

// End returns the byte offset just past n's value (for a container cut
// short by an error, the error's offset).
func (t *Tree) End(n Node) int {
	if !t.ok(n) {
		return 0
	}
	return int(t.nodes[n].end)
}

// Complete reports whether n was read to its end (false for containers that
// a syntax error cut short).
func (t *Tree) Complete(n Node) bool {
	return t.ok(n) && t.nodes[n].flags&fComplete != 0
}

// InvalidUTF8 reports whether the string value or key of n holds bytes that
// are not UTF-8 (they decode as U+FFFD).
func (t *Tree) InvalidUTF8(n Node) bool {
	return t.ok(n) && t.nodes[n].flags&fBadUTF8 != 0
}

// BadUTF8 returns the offsets of the strings (values or keys) that hold
// invalid UTF-8, in document order.
func (t *Tree) BadUTF8() []int {
	if t == nil {
		return nil
	}
	return t.badUTF8
}

// Position returns the 1-based line and column of a byte offset.
func (t *Tree) Position(offset int) (line, col int) {
	if t == nil {
		return 1, 1
	}
	if offset < 0 {
		offset = 0
	}
	if offset > len(t.src) {
		offset = len(t.src)
	}
	t.linesOnce.Do(t.buildLines)
	lo := lineIn(t.lines, int32(offset), 0, len(t.lines)) // lines[0] == 0
	return lo + 1, offset - int(t.lines[lo]) + 1
}

// lineIn returns the index of the last line start at or before off, given
// lines[lo] <= off and off < lines[hi] (hi may be len(lines)): a binary
// search written out, as a HAR asks for thousands of lines.
func lineIn(lines []int32, off int32, lo, hi int) int {
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if lines[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// PositionFrom is Position given a hint: the line of some offset at or
// before this one. A reader that walks the document forward and passes
// the last line it got steps ahead from there instead of searching every
// line; a wrong hint only costs the search.
func (t *Tree) PositionFrom(offset, hint int) (line, col int) {
	if t == nil {
		return 1, 1
	}
	offset = max(0, min(offset, len(t.src)))
	t.linesOnce.Do(t.buildLines)
	lines, off := t.lines, int32(offset)
	lo := hint - 1
	if lo < 0 || lo >= len(lines) || lines[lo] > off {
		return t.Position(offset)
	}
	// Gallop forward from the hint, then search the last step.
	step, hi := 1, len(lines)
	for lo+step < len(lines) {
		if lines[lo+step] > off {
			hi = lo + step
			break
		}
		lo += step
		step *= 2
	}
	lo = lineIn(lines, off, lo, hi)
	return lo + 1, offset - int(lines[lo]) + 1
}

// buildLines indexes line starts once, so Position is a binary search
// rather than a scan from the top each time.
func (t *Tree) buildLines() {
	lines := make([]int32, 1, 1+bytes.Count(t.src, []byte{'\n'}))
	for i := 0; ; {
		j := bytes.IndexByte(t.src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		lines = append(lines, int32(i))
	}
	t.lines = lines
}

// Line returns the 1-based line where n's value starts.
func (t *Tree) Line(n Node) int {
	l, _ := t.Position(t.Offset(n))
	return l
}

// Repairs returns the offsets of trailing commas skipped under
// AllowTrailingCommas.
func (t *Tree) Repairs() []int {
	if t == nil {
		return nil
	}
	return t.repairs
}
