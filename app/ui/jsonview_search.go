package ui

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// MaxSearchMatches caps the matches a search collects; the count then reads
// "10000+".
const MaxSearchMatches = 10000

// searchBudget is how many source bytes one search step reads before it
// hands control back, so a search over a 10 MB body runs in slices that
// each fit well inside a frame (well under a millisecond natively, about
// ten in wasm).
const searchBudget = 128 << 10

// treeSearch finds the nodes whose key or scalar value contains a query,
// ignoring case, in document order. It runs in steps so that the caller can
// let the browser breathe between them.
type treeSearch struct {
	query []rune
	// ascii is the query lowered, when it is all ASCII: then matching is a
	// memchr for its first byte and a short compare, several times faster
	// in wasm than folding rune by rune.
	ascii   []byte
	matches []jsontree.Node
	next    jsontree.Node // where the next step resumes; NoNode when done
	capped  bool
}

func newTreeSearch(t *jsontree.Tree, query string) *treeSearch {
	s := &treeSearch{query: []rune(query), next: jsontree.NoNode}
	if isASCII(query) {
		s.ascii = []byte(strings.ToLower(query))
	}
	if len(s.query) > 0 && t.Count() > 0 {
		s.next = 0
	}
	return s
}

// Done reports whether the search has read the whole tree (or hit the cap).
func (s *treeSearch) Done() bool { return s.next == jsontree.NoNode }

// Step reads nodes until about budget source bytes were examined.
func (s *treeSearch) Step(t *jsontree.Tree, budget int) {
	read := 0
	n := s.next
	for ; int(n) < t.Count() && read < budget; n++ {
		if len(s.matches) >= MaxSearchMatches {
			s.capped = true
			break
		}
		key, val := nodeTexts(t, n)
		read += len(key) + len(val) + 1
		if s.contains(key) || s.contains(val) {
			s.matches = append(s.matches, n)
		}
	}
	if int(n) >= t.Count() || s.capped {
		n = jsontree.NoNode
	}
	s.next = n
}

// Has reports whether n is a match; matches are in document order.
func (s *treeSearch) Has(n jsontree.Node) bool {
	if s == nil {
		return false
	}
	i := sort.Search(len(s.matches), func(i int) bool { return s.matches[i] >= n })
	return i < len(s.matches) && s.matches[i] == n
}

func (s *treeSearch) contains(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	if s.ascii != nil {
		return indexASCIIFold(b, s.ascii) >= 0
	}
	_, _, ok := indexFold(b, s.query)
	return ok
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// indexASCIIFold finds lowered ASCII q in s ignoring ASCII case.
func indexASCIIFold(s, q []byte) int {
	if len(q) == 0 || len(q) > len(s) {
		return -1
	}
	lo, up := q[0], q[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	last := len(s) - len(q)
	for i := 0; i <= last; {
		j := bytes.IndexByte(s[i:last+1], lo)
		if up != lo {
			// Look for the other case only before the first hit.
			end := last + 1
			if j >= 0 {
				end = i + j
			}
			if k := bytes.IndexByte(s[i:end], up); k >= 0 {
				j = k
			}
		}
		if j < 0 {
			return -1
		}
		i += j
		if equalASCIIFold(s[i:i+len(q)], q) {
			return i
		}
		i++
	}
	return -1
}

// equalASCIIFold compares a with lowered q, ignoring ASCII case.
func equalASCIIFold(a, q []byte) bool {
	for i, c := range a {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != q[i] {
			return false
		}
	}
	return true
}

// nodeTexts returns the searchable key and value of n without allocating
// when they hold no escapes: the key without quotes, and the value of a
// scalar (a string without quotes, other scalars as written).
func nodeTexts(t *jsontree.Tree, n jsontree.Node) (key, val []byte) {
	if k := t.RawKey(n); len(k) >= 2 {
		key = k[1 : len(k)-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			key = []byte(t.Key(n))
		}
	}
	switch t.Kind(n) {
	case jsontree.String:
		raw := t.Raw(n)
		if len(raw) >= 2 {
			val = raw[1 : len(raw)-1]
		}
		if bytes.IndexByte(val, '\\') >= 0 {
			val = []byte(t.Str(n))
		}
	case jsontree.Number, jsontree.Bool, jsontree.Null:
		val = t.Raw(n)
	}
	return key, val
}

// indexFold finds the first place where q occurs in s ignoring case (by
// Unicode simple folding) and returns its byte span.
func indexFold(s []byte, q []rune) (start, end int, ok bool) {
	if len(q) == 0 {
		return 0, 0, false
	}
	for i := 0; i < len(s); {
		if e := prefixFold(s[i:], q); e >= 0 {
			return i, i + e, true
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(s[i:])
		i += size
	}
	return 0, 0, false
}

// prefixFold returns how many bytes of s match q ignoring case, or -1.
func prefixFold(s []byte, q []rune) int {
	j := 0
	for _, qr := range q {
		if j >= len(s) {
			return -1
		}
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[j:])
		}
		if !equalFold(r, qr) {
			return -1
		}
		j += size
	}
	return j
}

func equalFold(a, b rune) bool {
	if a == b {
		return true
	}
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		return a == b
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}
