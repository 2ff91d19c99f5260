package jsontree

import (
	"errors"
	"io"
)

// MaxIndentLevels is the nesting level past which Indent stops indenting
// further, so that hostile nesting cannot make the output grow with the
// square of the input.
const MaxIndentLevels = 32

// Indent writes n's value pretty-printed, one member a line, each level
// indented by indent (up to MaxIndentLevels levels). Scalars (numbers,
// strings with their escapes) are written exactly as in the source;
// containers cut short by a syntax error are closed. It walks the tree
// without recursion.
func (t *Tree) Indent(n Node, w io.Writer, indent string) error {
	if !t.ok(n) {
		return errors.New("jsontree: no such node")
	}
	const flushAt = 32 << 10
	buf := make([]byte, 0, 4<<10)
	depth := 0
	newline := func() {
		buf = append(buf, '\n')
		for k := 0; k < depth && k < MaxIndentLevels; k++ {
			buf = append(buf, indent...)
		}
	}
	member := func(c Node) {
		if t.nodes[c].flags&fHasKey != 0 {
			nd := &t.nodes[c]
			buf = append(buf, t.src[nd.key:nd.keyEnd]...)
			buf = append(buf, ':', ' ')
		}
	}
	cur := n
	for {
		nd := &t.nodes[cur]
		switch {
		case nd.kind == Object && nd.count > 0, nd.kind == Array && nd.count > 0:
			if nd.kind == Object {
				buf = append(buf, '{')
			} else {
				buf = append(buf, '[')
			}
			depth++
			newline()
			cur++ // the first member follows its container
			member(cur)
			continue
		case nd.kind == Object:
			buf = append(buf, '{', '}')
		case nd.kind == Array:
			buf = append(buf, '[', ']')
		default:
			buf = append(buf, t.src[nd.start:nd.end]...)
		}
		// Climb until a next sibling is found or n itself is done.
		for {
			if cur == n {
				_, err := w.Write(buf)
				return err
			}
			if next := Node(t.nodes[cur].next); next != NoNode {
				buf = append(buf, ',')
				newline()
				cur = next
				member(cur)
				break
			}
			cur = Node(t.nodes[cur].parent)
			depth--
			newline()
			if t.nodes[cur].kind == Object {
				buf = append(buf, '}')
			} else {
				buf = append(buf, ']')
			}
		}
		if len(buf) >= flushAt {
			if _, err := w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
}
