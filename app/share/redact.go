package share

import (
	"slices"
	"sort"
	"strings"
)

// span is one secret found by a scanner: the bytes [start, end) of the paste.
type span struct {
	start, end int
	seq        int // order of finding
	kind       string
	name       string
	// repl replaces the secret when it is not Replacement itself: a bare
	// JSON number becomes the JSON string "REDACTED" so the document stays
	// valid (escaped, \"REDACTED\", inside JSON held in a JSON string).
	repl string
}

// collector gathers spans from the scanners. It is created per call, so
// Redact keeps no state between calls.
type collector struct {
	s     string
	depth int // how many JSON strings deep s is
	spans []span
	// strs holds the content ranges [start, end) of the JSON strings
	// scanJSON saw, in order, as pairs.
	strs []int32
	// params are the secret parameters findParams found, in order.
	params []param
	// skips are the spans, ahead of scanLine, that it jumps over (resume).
	skips []span
	// reads counts the bytes the header value readers read (nextStop,
	// closingQuote, cookiePairs): tests bound it by the paste's length.
	reads int
	// stops, quotes and cookies remember the value readers' last answers
	// (nextStop, quoteAt for ' and ", cookiePairs).
	stops   [nStopSets]readMemo
	quotes  [2]readMemo
	cookies cookieMemo
	// placedK and placed remember placedAt's last answer.
	placedK int
	placed  bool
}

// clip cuts a span that starts inside a JSON string at that string's end,
// so a redaction never swallows the closing quote and the JSON stays valid.
// Only strings placed as in JSON count: in other text a quote pair may be
// part of a secret, which must then go whole.
func (c *collector) clip(start, end int) int {
	n := len(c.strs) / 2
	// the last string starting at or before start
	k := sort.Search(n, func(k int) bool { return int(c.strs[2*k]) > start }) - 1
	if k < 0 {
		return end
	}
	b := int(c.strs[2*k+1])
	if start >= b || end <= b {
		return end
	}
	if c.placedAt(k) {
		return b
	}
	return end
}

// placedAt says whether string k of c.strs stands where JSON allows one,
// remembering the last answer: spans come in order, so one string is
// asked about again and again.
func (c *collector) placedAt(k int) bool {
	if c.placedK != k+1 {
		c.placedK, c.placed = k+1, jsonPlaced(c.s, int(c.strs[2*k])-1, int(c.strs[2*k+1]))
	}
	return c.placed
}

// jsonPlaced reports whether the string quoted at open and close stands
// where JSON allows one: after the start, "[", "{", "," or ":", and before
// the end, ",", ":", "]" or "}".
func jsonPlaced(s string, open, close int) bool {
	i := open - 1
	for i >= 0 && isJSONSpace(s[i]) {
		i--
	}
	if i >= 0 && strings.IndexByte("[{,:", s[i]) < 0 {
		return false
	}
	j, ok := afterClose(s, close)
	return ok || j == len(s)
}

// afterClose reads what follows the closing quote at close as jsonPlaced
// does: it returns the index just past the white space and the one
// punctuation (",", ":", "]" or "}") that stand there, and whether that
// punctuation was there.
func afterClose(s string, close int) (int, bool) {
	j := skipWS(s, close+1)
	if j < len(s) && strings.IndexByte(",:]}", s[j]) >= 0 {
		return j + 1, true
	}
	return j, false
}

// backOverPlacing returns i moved back, no further than start, over the
// punctuation and white space that place a string whose opening quote
// follows them.
func (c *collector) backOverPlacing(start, i int) int {
	for i > start && placesString[c.s[i-1]] {
		i--
	}
	return i
}

// opens finds a JSON-placed string whose opening quote is in [start, end)
// while its content holds the rest of the span: a span that took the quote
// would leave a lone closing one, and a second pass would then read the
// text differently. It returns the content's start. The string is the one
// the span ends in, the last to open before end: strings the span holds
// whole, quotes and all, may come before it ("", ";0" in a cookie).
func (c *collector) opens(start, end int) (int, bool) {
	n := len(c.strs) / 2
	k := sort.Search(n, func(k int) bool { return int(c.strs[2*k]) > end }) - 1
	if k < 0 {
		return 0, false
	}
	a, b := int(c.strs[2*k]), int(c.strs[2*k+1])
	if a-1 < start || end > b {
		return 0, false
	}
	return a, c.placedAt(k)
}

func (c *collector) add(start, end int, kind, name string) {
	if start < 0 || end > len(c.s) || start >= end {
		return
	}
	clipped := c.clip(start, end)
	if clipped == end {
		if a, ok := c.opens(start, end); ok {
			// Around the quote: what stands before it, and what is inside.
			// The JSON punctuation and white space right before the quote
			// stay: they are what jsonPlaced reads to place the string, and
			// a second pass must place it alike.
			c.add(start, c.backOverPlacing(start, a-1), kind, name)
			c.add(a, end, kind, name)
			return
		}
	}
	if end = clipped; start >= end {
		return
	}
	if q, ok := c.loneQuote(start, end); ok {
		c.add(start, q, kind, name)
		c.add(q+1, end, kind, name)
		return
	}
	if start, end = c.keepPlacing(start, end); start >= end {
		return
	}
	if c.s[start:end] == Replacement {
		return // already redacted: a second pass changes nothing
	}
	c.spans = append(c.spans, span{start: start, end: end, seq: len(c.spans), kind: kind, name: name})
}

// keepPlacing narrows [start, end) so that it leaves alone what places a
// JSON string beside it: the punctuation and white space before a placed
// string's opening quote, and after its closing one, which jsonPlaced
// reads. A span that took them would unplace the string, and a second pass
// would read its text differently (a cookie value "," between two quoted
// strings).
func (c *collector) keepPlacing(start, end int) (int, int) {
	s := c.s
	q := end
	for q < len(s) && placesString[s[q]] {
		q++
	}
	if q < len(s) && s[q] == '"' {
		if k, ok := c.stringFrom(q + 1); ok && c.placedAt(k) {
			end = c.backOverPlacing(start, end)
		}
	}
	i := start - 1
	for i >= 0 && isJSONSpace(s[i]) {
		i--
	}
	if i >= 0 && s[i] == '"' {
		if k, ok := c.stringTo(i); ok && c.placedAt(k) {
			j, _ := afterClose(s, i)
			start = max(start, j)
		}
	}
	return start, end
}

// loneQuote finds a quote in [start, end) whose partner, the other quote
// of a string scanJSON recorded, lies outside. Taking it would pair the
// next quote on the line with the partner instead, and a second pass
// would read the strings after it anew.
func (c *collector) loneQuote(start, end int) (int, bool) {
	if strings.IndexByte(c.s[start:end], '"') < 0 {
		return 0, false // most spans hold no quote at all
	}
	n := len(c.strs) / 2
	// the string the span starts in: its closing quote may be inside
	k := sort.Search(n, func(k int) bool { return int(c.strs[2*k]) > start }) - 1
	if k >= 0 {
		if b := int(c.strs[2*k+1]); b >= start && b < end {
			return b, true
		}
	}
	// the string the span ends in: its opening quote may be inside
	k = sort.Search(n, func(k int) bool { return int(c.strs[2*k]) > end }) - 1
	if k >= 0 {
		if o := int(c.strs[2*k]) - 1; o >= start && end <= int(c.strs[2*k+1]) {
			return o, true
		}
	}
	return 0, false
}

// stringFrom finds the JSON string whose content starts at a.
func (c *collector) stringFrom(a int) (int, bool) {
	n := len(c.strs) / 2
	k := sort.Search(n, func(k int) bool { return int(c.strs[2*k]) >= a })
	return k, k < n && int(c.strs[2*k]) == a
}

// stringTo finds the JSON string whose closing quote is at b.
func (c *collector) stringTo(b int) (int, bool) {
	n := len(c.strs) / 2
	k := sort.Search(n, func(k int) bool { return int(c.strs[2*k+1]) >= b })
	return k, k < n && int(c.strs[2*k+1]) == b
}

// number adds a bare JSON number as a secret, replaced by a JSON string.
func (c *collector) number(start, end int, name string) {
	if start >= end || !isNumberStart(c.s[start]) {
		return // true, false, null and the like hold no secret
	}
	c.spans = append(c.spans, span{start: start, end: end, seq: len(c.spans), kind: KindJSONSecret, name: name, repl: `"` + Replacement + `"`})
}

func isNumberStart(ch byte) bool { return ch == '-' || ch >= '0' && ch <= '9' }

// secret adds [start, end) as a secret of the given kind, unless the value is
// a JWT: then only its signature goes, so its claims stay readable.
func (c *collector) secret(start, end int, kind, name string) {
	for start < end && (c.s[start] == ' ' || c.s[start] == '\t') {
		start++
	}
	for end > start && (c.s[end-1] == ' ' || c.s[end-1] == '\t' || c.s[end-1] == '\r') {
		end--
	}
	if start >= end {
		return
	}
	if j, ok := jwtAt(c.s, start); ok && j.end == end {
		c.add(j.sigStart, j.sigEnd, KindJWTSignature, name)
		return
	}
	c.add(start, end, kind, name)
}

// run applies every scanner to the collector's text.
func (c *collector) run() {
	// Scanners that know the most about where a secret stands go first:
	// for equal spans the first one found gives the Name.
	scanJSON(c)   // first: it records the JSON strings the others must not overrun
	findParams(c) // before scanLines, which reads on past a secret parameter's value
	scanLines(c)
	scanSingleQuoted(c)
	scanPSHashtables(c)
	scanPSHeaderItems(c)
	scanQuery(c)
	scanURLUserinfo(c)
	scanWebhooks(c)
	scanSchemes(c)
	scanPrefixes(c)
	scanJWTs(c)
}

// Redact finds the secrets in a paste and replaces them with "REDACTED".
// It works on the text itself, so every paste shape is covered: raw HTTP,
// curl -v/-i, HAR, HTTPie, wget -S, devtools copies, chat-quoted lines,
// curl and fetch commands, and bodies alone. Time and memory are linear in
// the size of the paste.
func Redact(paste string, opt Options) Result {
	c := &collector{s: paste}
	c.run()

	keep := map[string]bool{}
	for _, k := range opt.KeepKinds {
		keep[k] = true
	}
	var drop, kept []span
	for _, sp := range c.spans {
		if opt.Keep || keep[sp.kind] {
			kept = append(kept, sp)
		} else {
			drop = append(drop, sp)
		}
	}
	drop = merge(drop)
	kept = withoutOverlaps(merge(kept), drop)
	return build(paste, drop, kept)
}

// merge sorts spans and joins overlapping ones into their union, so no part
// of a secret found by two scanners can slip out between them.
func merge(sp []span) []span {
	if len(sp) == 0 {
		return nil
	}
	// Ties keep the order the scanners found them in (seq), so the first
	// scanner names the secret.
	slices.SortFunc(sp, func(a, b span) int {
		switch {
		case a.start != b.start:
			return a.start - b.start
		case a.end != b.end:
			return b.end - a.end
		}
		return a.seq - b.seq
	})
	out := sp[:1]
	for _, x := range sp[1:] {
		last := &out[len(out)-1]
		if x.start < last.end {
			if x.end > last.end {
				last.end = x.end
				last.repl = ""
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

// withoutOverlaps drops the kept spans that touch a redacted one: the
// redaction wins, so keeping one kind never uncovers another.
func withoutOverlaps(kept, drop []span) []span {
	out := kept[:0]
	j := 0
	for _, k := range kept {
		for j < len(drop) && drop[j].end <= k.start {
			j++
		}
		if j < len(drop) && drop[j].start < k.end {
			continue
		}
		out = append(out, k)
	}
	return out
}

func replacement(sp span) string {
	if sp.repl != "" {
		return sp.repl
	}
	return Replacement
}

// build writes the redacted text and the list of redactions.
func build(s string, drop, kept []span) Result {
	var b strings.Builder
	size := len(s)
	for _, sp := range drop {
		size += len(replacement(sp)) - (sp.end - sp.start)
	}
	b.Grow(size)
	// outAt maps each dropped span to its place in the output, for the
	// After preview.
	outAt := make([]int, len(drop))
	pos := 0
	for i, sp := range drop {
		b.WriteString(s[pos:sp.start])
		outAt[i] = b.Len()
		b.WriteString(replacement(sp))
		pos = sp.end
	}
	b.WriteString(s[pos:])
	out := b.String()

	res := Result{Text: out, Found: len(drop) + len(kept), Removed: len(drop)}
	n := len(drop) + len(kept)
	if n > MaxListed {
		n = MaxListed
	}
	if n == 0 {
		return res
	}
	res.Redactions = make([]Redaction, 0, n)
	line, at := 1, 0
	i, j := 0, 0
	for len(res.Redactions) < n {
		var sp span
		var isDrop bool
		if j >= len(kept) || (i < len(drop) && drop[i].start < kept[j].start) {
			sp, isDrop = drop[i], true
		} else {
			sp = kept[j]
		}
		line += strings.Count(s[at:sp.start], "\n")
		at = sp.start
		r := Redaction{
			Line: line, Offset: sp.start, Length: sp.end - sp.start,
			Kind: sp.kind, Name: sp.name, Kept: !isDrop,
			Before: preview(s, sp.start, sp.end, shorten(s[sp.start:sp.end])),
		}
		if isDrop {
			o := outAt[i]
			r.After = preview(out, o, o+len(replacement(sp)), replacement(sp))
			i++
		} else {
			r.After = r.Before
			j++
		}
		res.Redactions = append(res.Redactions, r)
	}
	return res
}
