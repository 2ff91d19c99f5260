package jsontree

import (
	"strings"
	"testing"
)

// TestGetEachMatchesGet checks the one-pass lookup against Get, key by
// key: escaped keys, duplicates (the first wins), keys longer than 63
// bytes, a key asked for twice, and nodes that are not objects.
func TestGetEachMatchesGet(t *testing.T) {
	long := strings.Repeat("k", 70)
	src := `{"message":"a","msg":1,"m\u0065ssage":"dup","err\u006fr":{"x":2},"":3,"` + long + `":4,"detail":null,"list":[{"msg":"in"}]}`
	tr, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	root := tr.Root()
	list := tr.Get(root, "list")
	keys := []string{"message", "error", "msg", "", long, "detail", "missing", "msg", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"}
	for _, n := range []Node{root, list, tr.First(list), tr.Get(root, "msg"), NoNode, Node(1000)} {
		out := make([]Node, len(keys)+2)
		for i := range out {
			out[i] = 77 // must be overwritten or left alone past len(keys)
		}
		tr.GetEach(n, keys, out)
		for i, k := range keys {
			if want := tr.Get(n, k); out[i] != want {
				t.Errorf("node %d key %q: GetEach %d, Get %d", n, k, out[i], want)
			}
		}
		if out[len(keys)] != 77 {
			t.Errorf("node %d: GetEach wrote past len(keys)", n)
		}
	}
	if got := tr.Str(tr.Get(root, "message")); got != "a" {
		t.Errorf("first duplicate should win, got %q", got)
	}
	var nilTree *Tree
	out := []Node{5}
	nilTree.GetEach(0, []string{"a"}, out)
	if out[0] != NoNode {
		t.Errorf("nil tree: %d", out[0])
	}
}

// TestKeyBytesStrBytes checks the byte forms against Key and Str, with and
// without escapes, and that an escaped one is decoded into the scratch.
func TestKeyBytesStrBytes(t *testing.T) {
	src := `{"plain":"value","t\u00e9st":"caf\u00e9 \"x\"","n":12,"bad` + "\xff" + `":"` + "\xfe" + `"}`
	tr, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	scratch := make([]byte, 0, 64)
	count := 0
	for c := tr.First(tr.Root()); c != NoNode; c = tr.Next(c) {
		count++
		if got, want := string(tr.KeyBytes(c, scratch)), tr.Key(c); got != want {
			t.Errorf("KeyBytes %q, Key %q", got, want)
		}
		if got, want := string(tr.StrBytes(c, scratch)), tr.Str(c); got != want {
			t.Errorf("StrBytes %q, Str %q", got, want)
		}
		if got, want := string(tr.AppendStr([]byte("x"), c)), "x"+tr.Str(c); got != want {
			t.Errorf("AppendStr %q, want %q", got, want)
		}
	}
	if count != 4 {
		t.Fatalf("read %d members", count)
	}
	esc := tr.Get(tr.Root(), "tést")
	if b := tr.KeyBytes(esc, scratch); len(b) == 0 || &b[0] != &scratch[:1][0] {
		t.Errorf("escaped key not decoded into scratch")
	}
	if b := tr.StrBytes(tr.Get(tr.Root(), "n"), scratch); b != nil {
		t.Errorf("StrBytes of a number: %q", b)
	}
	if b := tr.AppendStr(nil, tr.Root()); b != nil {
		t.Errorf("AppendStr of an object: %q", b)
	}
	if b := tr.KeyBytes(tr.Root(), nil); b != nil {
		t.Errorf("KeyBytes of the root: %q", b)
	}
	var nilTree *Tree
	if nilTree.KeyBytes(0, nil) != nil || nilTree.StrBytes(0, nil) != nil {
		t.Errorf("nil tree gives bytes")
	}
}

// TestDenseInputGrowsOnce checks the regrowth past the first guess of the
// node count: dense input keeps every node, in order, and needs one
// regrowth to a bound that is not exceeded.
func TestDenseInputGrowsOnce(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"a":[`)
	for i := 0; i < 5000; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`[1,{"k":2}]`)
	}
	b.WriteString(`],"z":true}`)
	src := []byte(b.String())
	tr, err := Parse(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 + 5000*4 + 1; tr.Count() != want {
		t.Fatalf("%d nodes, want %d", tr.Count(), want)
	}
	if bound := firstGuess(src) + nodeBound(src); cap(tr.nodes) > bound {
		t.Errorf("capacity %d, more than the guess plus the bound %d", cap(tr.nodes), bound)
	}
	// A big input whose dense start would call for far more nodes than
	// its sparse rest holds: the guess stays at one node in 8 bytes, and
	// the tree is still read whole.
	big := []byte(`[` + strings.Repeat(`1,`, 40000) + `"` + strings.Repeat("x", 1<<20) + `"]`)
	if g := firstGuess(big); g > len(big)/8 || g < len(big)/32 {
		t.Errorf("guess %d for %d bytes", g, len(big))
	}
	if tb, err := Parse(big, Options{}); err != nil || tb.Count() != 40002 {
		t.Errorf("big: %d nodes, %v", tb.Count(), err)
	}
	a := tr.Get(tr.Root(), "a")
	last := tr.Index(a, 4999)
	if k := tr.Get(tr.Index(last, 1), "k"); string(tr.Raw(k)) != "2" || !tr.Bool(tr.Get(tr.Root(), "z")) {
		t.Errorf("tree read wrong: %q", tr.Raw(last))
	}
	if got := nodeBound([]byte(`[1,[2,{"a":3}],4]`)); got < 6 {
		t.Errorf("nodeBound %d is below the 6 values", got)
	}
}

// TestPositionEveryOffset checks Position against counting by hand at
// every offset, blank lines and a final newline included.
func TestPositionEveryOffset(t *testing.T) {
	src := "{\n\n  \"a\": [1,\n 2],\n\"b\":\"x\"\n}\n"
	tr, _ := Parse([]byte(src), Options{})
	line, col := 1, 1
	for off := 0; off <= len(src); off++ {
		if l, c := tr.Position(off); l != line || c != col {
			t.Errorf("offset %d: %d:%d, want %d:%d", off, l, c, line, col)
		}
		for hint := -1; hint <= 9; hint++ {
			if l, c := tr.PositionFrom(off, hint); l != line || c != col {
				t.Errorf("offset %d, hint %d: %d:%d, want %d:%d", off, hint, l, c, line, col)
			}
		}
		if off < len(src) && src[off] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	if l, c := tr.Position(len(src) + 5); l != line || c != 1 {
		t.Errorf("past the end: %d:%d", l, c)
	}
	if l, c := tr.PositionFrom(-3, 4); l != 1 || c != 1 {
		t.Errorf("before the start: %d:%d", l, c)
	}
	var nilTree *Tree
	if l, c := nilTree.PositionFrom(3, 2); l != 1 || c != 1 {
		t.Errorf("nil tree: %d:%d", l, c)
	}
}

// TestPositionFromLongGallop checks hints far behind the offset on a
// document of a thousand lines.
func TestPositionFromLongGallop(t *testing.T) {
	src := "[" + strings.Repeat("1,\n", 999) + "1]"
	tr, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for off := 0; off <= len(src); off += 7 {
		wl, wc := tr.Position(off)
		for _, hint := range []int{1, 2, wl / 2, wl - 1, wl, wl + 1} {
			if l, c := tr.PositionFrom(off, hint); l != wl || c != wc {
				t.Fatalf("offset %d hint %d: %d:%d, want %d:%d", off, hint, l, c, wl, wc)
			}
		}
	}
}
