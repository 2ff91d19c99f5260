package ticket

import (
	"bytes"
	"strings"
	"sync"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

// Bounds on a hostile body: bytes read, nesting followed, ids taken.
const (
	maxBody  = 1 << 20
	maxDepth = 6
	maxIDs   = 16
)

// bodyIDNames are JSON member names that hold a request or trace id
// (Anthropic and many APIs "request_id", Spring WebFlux "requestId",
// ASP.NET Core "traceId", Microsoft Graph error.innerError."request-id").
var bodyIDNames = []string{
	"request_id",
	"requestId",
	"request-id",
	"traceId",
	"trace_id",
	"correlation_id",
	"correlationId",
	"client-request-id",
}

// bodyIDKeys is bodyIDNames as a set, and lens has bit n set when one of
// them is n bytes long (all are under 64). Built on first use, not at the
// page's start.
var bodyIDKeys = sync.OnceValues(func() (set map[string]bool, lens uint64) {
	set = setOf(bodyIDNames...)
	for k := range set {
		lens |= 1 << len(k)
	}
	return set, lens
})

// xmlRequestIDs returns the contents of up to max RequestId elements of
// an AWS XML error body (<RequestId>…</RequestId>, or ID), each of 1 to 256
// bytes with no markup inside. Written out rather than a regexp, which
// cost the page's start some 20 ms to compile in the browser.
func xmlRequestIDs(data []byte, max int) [][]byte {
	var out [][]byte
	for i := 0; len(out) < max; {
		k := bytes.Index(data[i:], []byte("<Request"))
		if k < 0 {
			break
		}
		at := i + k + len("<Request")
		i = at
		rest := data[at:]
		if !bytes.HasPrefix(rest, []byte("Id>")) && !bytes.HasPrefix(rest, []byte("ID>")) {
			continue
		}
		rest = rest[3:]
		n := bytes.IndexByte(rest, '<')
		if n < 1 || n > 256 {
			continue
		}
		tail := rest[n:]
		if !bytes.HasPrefix(tail, []byte("</RequestId>")) && !bytes.HasPrefix(tail, []byte("</RequestID>")) {
			continue
		}
		out = append(out, rest[:n])
		i = at + 3 + n + len("</RequestId>")
	}
	return out
}

// bodyIDs returns ids in the body, named "body:" plus their dotted path.
func bodyIDs(b *message.Body) []ID {
	if b == nil || len(b.Bytes) == 0 {
		return nil
	}
	data := b.Bytes
	if len(data) > maxBody {
		data = data[:maxBody]
	}
	if b.JSON != nil {
		return treeIDs(b.JSON)
	}
	if message.LooksLikeJSON(data) {
		t, _ := jsontree.Parse(data, jsontree.Options{MaxDepth: message.MaxJSONDepth})
		return treeIDs(t)
	}
	var ids []ID
	for _, m := range xmlRequestIDs(data, maxIDs) {
		ids = append(ids, ID{Name: "body:RequestId", Value: string(m)})
	}
	return ids
}

// treeIDs takes, in body order, the string or number values of the id
// keys within the first maxBody bytes and maxDepth levels. The tree is the
// one the body was parsed into; a tree cut by a syntax error still gives
// what was read.
func treeIDs(t *jsontree.Tree) []ID {
	var ids []ID
	keys, lens := bodyIDKeys()
	for i := 0; i < t.Count() && len(ids) < maxIDs; i++ {
		n := jsontree.Node(i)
		if t.Offset(n) >= maxBody {
			break
		}
		if k := t.Kind(n); k != jsontree.String && k != jsontree.Number || !t.HasKey(n) {
			continue
		}
		// The key as bytes, no string made, and most keys ruled out by
		// their length before they are hashed: a big body has thousands
		// of members and no id among them.
		key := t.KeyBytes(n, nil)
		if len(key) >= 64 || lens&(1<<len(key)) == 0 || !keys[string(key)] {
			continue
		}
		path, depth := memberPath(t, n)
		if depth > maxDepth {
			continue
		}
		v := t.Str(n)
		if t.Kind(n) == jsontree.Number {
			v = string(t.Raw(n))
		}
		ids = append(ids, ID{Name: "body:" + path, Value: v})
	}
	return ids
}

// memberPath joins the member names from the root down to n (array
// indexes left out, as in "error.innerError.request-id"), and counts the
// containers around n.
func memberPath(t *jsontree.Tree, n jsontree.Node) (string, int) {
	var keys []string
	depth := 0
	for m := n; m != jsontree.NoNode; m = t.Parent(m) {
		if m != n {
			depth++
		}
		if t.HasKey(m) {
			keys = append(keys, t.Key(m))
		}
	}
	for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
		keys[i], keys[j] = keys[j], keys[i]
	}
	return strings.Join(keys, "."), depth
}

// setOf makes a set from a list. Tables written as setOf calls are data
// and one loop; a map literal compiles to one insertion per entry.
func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
