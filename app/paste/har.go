package paste

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/internal/batch"
	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

// harBOM is the UTF-8 byte order mark some editors and Windows tools put in
// front of a saved .har file.
var harBOM = []byte{0xEF, 0xBB, 0xBF}

// harVersions maps the httpVersion spellings that HAR writers use to the
// protocol names the rest of the program knows. Chrome writes "http/2.0" or
// "h2", Firefox "HTTP/2", and old Chrome "http/2+quic/46" for gQUIC.
var harVersions = map[string]string{
	"http/0.9": "HTTP/0.9",
	"http/1.0": "HTTP/1.0",
	"http/1.1": "HTTP/1.1",
	"h2":       "HTTP/2",
	"h2c":      "HTTP/2",
	"http/2":   "HTTP/2",
	"http/2.0": "HTTP/2",
	"h3":       "HTTP/3",
	"http/3":   "HTTP/3",
	"http/3.0": "HTTP/3",
}

// harVersion normalises a HAR httpVersion value; unknown spellings are kept
// as written so that nothing is invented.
func harVersion(v string) string {
	l := strings.ToLower(strings.TrimSpace(v))
	if n, ok := harVersions[l]; ok {
		return n
	}
	if strings.HasPrefix(l, "h3-") || strings.Contains(l, "quic") {
		return "HTTP/3"
	}
	return strings.TrimSpace(v)
}

// harTally counts one kind of repair or finding over all entries, so a
// thousand-entry HAR gives one diagnostic per kind rather than thousands.
type harTally struct {
	level   message.Level
	what    string // what was done or found
	why     string // why it matters, or ""
	line    int
	entries []int
	names   []string
	// namesLead, when set, puts the names after the entry list with this
	// lead-in (", with error ") instead of in parentheses after what.
	namesLead string
}

// harReader holds the state of one readHAR call.
type harReader struct {
	tree    *jsontree.Tree
	diags   []message.Diagnostic
	tallies map[string]*harTally
	order   []string
	// reqs holds each entry's request by entry number less one (nil for
	// an entry without one), so a finding that concerns one entry can
	// name its method and URL.
	reqs []*message.Request
	// yield is Options.Yield, for the bodies' JSON; pace calls it
	// between entries.
	yield func()
	pace  *pacer
	// recent keeps short strings read before (header names and values,
	// methods, versions, media types), which repeat from entry to entry:
	// one met again costs a comparison instead of a copy. It is a cache
	// with one place a hash, so an unlucky mix only costs copies.
	recent [256]string
	// lastLine is the line line found last, its hint for the next.
	lastLine int
	// versionIn and versionOut are the httpVersion read last and what
	// harVersion made of it (at first "" and ""): every entry of a HAR
	// states one, most the same one.
	versionIn, versionOut string
}

// maxRecent is the longest string kept in harReader.recent; longer ones
// are rarely met twice. It is long enough for a browser's User-Agent,
// which every request of a HAR repeats.
const maxRecent = 256

// line is tree.Line(n), stepping on from the line found last, as the
// entries are read in order.
func (r *harReader) line(n jsontree.Node) int {
	r.lastLine, _ = r.tree.PositionFrom(r.tree.Offset(n), r.lastLine)
	return r.lastLine
}

// version is harVersion of the string n.
func (r *harReader) version(n jsontree.Node) string {
	v := r.str(n)
	if v != r.versionIn {
		r.versionIn, r.versionOut = v, harVersion(v)
	}
	return r.versionOut
}

// str is tree.Str(n), shared with an equal string read before when short.
func (r *harReader) str(n jsontree.Node) string {
	b := r.tree.StrBytes(n, nil)
	if len(b) == 0 || len(b) > maxRecent {
		return string(b)
	}
	slot := &r.recent[(len(b)*31+int(b[0])*7+int(b[len(b)-1]))&(len(r.recent)-1)]
	if *slot == string(b) {
		return *slot
	}
	*slot = string(b)
	return *slot
}

func (r *harReader) diag(line int, level message.Level, format string, args ...any) {
	r.diags = append(r.diags, message.Diagnostic{Line: line, Level: level, Message: fmt.Sprintf(format, args...)})
}

// count adds entry (1-based) to the tally of kind; name, when given, is
// remembered once (e.g. the pseudo-header names dropped).
func (r *harReader) count(kind string, level message.Level, what, why string, line, entry int, name string) {
	if r.tallies == nil {
		r.tallies = map[string]*harTally{}
	}
	t := r.tallies[kind]
	if t == nil {
		t = &harTally{level: level, what: what, why: why, line: line}
		r.tallies[kind] = t
		r.order = append(r.order, kind)
	}
	if len(t.entries) == 0 || t.entries[len(t.entries)-1] != entry {
		t.entries = append(t.entries, entry)
	}
	if name != "" && len(t.names) < maxTallyNames && !harContains(t.names, name) {
		t.names = append(t.names, name)
	}
}

// maxTallyNames is how many names a tally keeps.
const maxTallyNames = 12

func harContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// harList writes up to ten numbers, then says how many more there are.
func harList(ns []int) string {
	var b strings.Builder
	for i, n := range ns {
		if i == 10 {
			fmt.Fprintf(&b, " and %d more", len(ns)-10)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

// flushTallies turns the tallies into diagnostics.
func (r *harReader) flushTallies() {
	for _, k := range r.order {
		t := r.tallies[k]
		msg := t.what
		if len(t.names) > 0 && t.namesLead == "" {
			msg += " (" + strings.Join(t.names, ", ") + ")"
		}
		if len(t.entries) == 1 {
			msg += " in " + r.label(r.requestOf(t.entries[0]), t.entries[0])
		} else {
			msg += fmt.Sprintf(" in %d entries (%s)", len(t.entries), harList(t.entries))
		}
		if len(t.names) > 0 && t.namesLead != "" {
			msg += t.namesLead + strings.Join(t.names, ", ")
		}
		if t.why != "" {
			msg += ": " + t.why
		}
		r.diag(t.line, t.level, "%s.", msg)
	}
}

// The members read from each kind of HAR object, looked up in one pass
// over the object (jsontree.Tree.GetEach); the readers index them in this
// order.
var (
	entryKeys      = []string{"request", "response"}
	requestKeys    = []string{"method", "url", "httpVersion", "headers", "postData"}
	responseKeys   = []string{"statusText", "httpVersion", "headers", "status", "content"}
	contentKeys    = []string{"mimeType", "text", "size", "encoding"}
	headerItemKeys = []string{"name", "value"}
)

// readHAR reads a HAR 1.2 file. ok is false when src is not a HAR at all, so
// the other readers may try; a damaged HAR still returns ok with
// diagnostics saying what was read and where reading stopped.
func readHAR(src []byte) (doc *message.Document, ok bool) {
	return readHARWith(src, nil)
}

// readHARWith is readHAR calling yield as it goes (Options.Yield).
func readHARWith(src []byte, yield func()) (doc *message.Document, ok bool) {
	hadBOM := bytes.HasPrefix(src, harBOM)
	if hadBOM {
		src = src[len(harBOM):]
	}
	// Cheap refusal before parsing: a HAR is a JSON object naming "log".
	trimmed := bytes.TrimLeft(src, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' || !bytes.Contains(src, []byte(`"log"`)) {
		return nil, false
	}
	tree, perr := jsontree.Parse(src, jsontree.Options{MaxDepth: message.MaxJSONDepth, AllowTrailingCommas: true, Yield: yield})
	root := tree.Root()
	log := tree.Get(root, "log")
	if tree.Kind(log) != jsontree.Object {
		return nil, false
	}
	entries := tree.Get(log, "entries")
	if entries == jsontree.NoNode && (perr == nil || !perr.Truncated || tree.Complete(log)) {
		return nil, false
	}
	if entries != jsontree.NoNode && tree.Kind(entries) != jsontree.Array {
		return nil, false
	}

	r := &harReader{tree: tree, yield: yield, pace: newPacer(yield)}
	doc = &message.Document{Format: message.FormatHAR}
	if hadBOM {
		r.diag(1, message.Info, "The file starts with a UTF-8 byte order mark (BOM); it was skipped, as JSON does not allow one.")
	}
	if reps := tree.Repairs(); len(reps) > 0 {
		lines := make([]int, len(reps))
		for i, off := range reps {
			lines[i], _ = tree.Position(off)
		}
		word, lineWord := "comma", "line"
		if len(reps) > 1 {
			word, lineWord = "commas", "lines"
		}
		r.diag(lines[0], message.Info, "Skipped %d trailing %s before a closing bracket, which JSON does not allow (%s %s).",
			len(reps), word, lineWord, harList(lines))
	}

	nodes, skipped := completeEntries(tree, entries)
	read := len(nodes)
	for i, c := range r.convert(nodes) {
		if c.ex.Request != nil {
			r.keepRequest(i+1, c.ex.Request)
		}
		if c.keep {
			doc.Exchanges = append(doc.Exchanges, c.ex)
		}
	}
	r.damage(perr, entries, read, skipped)
	if perr == nil && tree.Len(entries) == 0 {
		r.diag(r.line(entries), message.Warn, "The HAR has no entries: the browser recorded no requests (was the network panel open while the request was made?).")
	}
	r.flushTallies()
	// Diagnostics read best in paste order; the sort is stable so that
	// those on one line keep the order they were found in.
	sort.SliceStable(r.diags, func(i, j int) bool { return r.diags[i].Line < r.diags[j].Line })
	doc.Diagnostics = r.diags
	return doc, true
}

// damage explains a syntax error: where reading stopped and how many
// entries were still read.
func (r *harReader) damage(perr *jsontree.SyntaxError, entries jsontree.Node, read int, skipped jsontree.Node) {
	if perr == nil {
		return
	}
	t := r.tree
	entryWord := "entries"
	if read == 1 {
		entryWord = "entry"
	}
	where := fmt.Sprintf("line %d, column %d", perr.Line, perr.Column)
	var tail string
	switch {
	case skipped != jsontree.NoNode:
		tail = fmt.Sprintf("Read %d complete %s; the entry starting at line %d is incomplete and was skipped.",
			read, entryWord, t.Line(skipped))
	case entries == jsontree.NoNode:
		tail = "It stops before the list of entries, so there is nothing to read."
	case t.Complete(entries):
		tail = fmt.Sprintf("All %d %s were read; the damage comes after them.", read, entryWord)
	default:
		tail = fmt.Sprintf("Read %d complete %s before that point.", read, entryWord)
	}
	if perr.Truncated {
		r.diag(perr.Line, message.Warn, "The HAR is cut off at %s: it ends in the middle of the JSON, as when a paste or upload is truncated. %s", where, tail)
		return
	}
	r.diag(perr.Line, message.Error, "The HAR has a JSON syntax error at %s: %s. Reading stopped there. %s", where, perr.Message, tail)
}

// completeEntries lists the entries read to their end, in order, and the
// first that is not (NoNode when none is cut off): reading stops there.
func completeEntries(tree *jsontree.Tree, entries jsontree.Node) (nodes []jsontree.Node, skipped jsontree.Node) {
	nodes = make([]jsontree.Node, 0, tree.Len(entries))
	for e := tree.First(entries); e != jsontree.NoNode; e = tree.Next(e) {
		if !tree.Complete(e) {
			return nodes, e
		}
		nodes = append(nodes, e)
	}
	return nodes, jsontree.NoNode
}

// converted is one entry converted: the exchange, and whether it is kept.
type converted struct {
	ex   message.Exchange
	keep bool
}

// convert converts the entries (numbered from 1, in order), yielding
// between them; or, with no yield to call and many entries, sharing them
// out among the processors in batches, one reader of its own for each
// (its tallies, its cache of strings): an entry's conversion reads the
// tree and its own values only. The batches' tallies are then added to
// r's in entry order, which gives them as reading the entries in order
// would.
func (r *harReader) convert(nodes []jsontree.Node) []converted {
	out := make([]converted, len(nodes))
	if r.yield != nil || !batch.Worth(len(nodes), harBatch) {
		for i, e := range nodes {
			r.pace.at(r.tree.Offset(e))
			out[i].ex, out[i].keep = r.entry(e, i+1)
		}
		return out
	}
	readers := make([]*harReader, (len(nodes)+harBatch-1)/harBatch)
	batch.Run(len(nodes), harBatch, func(start, end int) {
		w := &harReader{tree: r.tree}
		readers[start/harBatch] = w
		for i := start; i < end; i++ {
			out[i].ex, out[i].keep = w.entry(nodes[i], i+1)
		}
	})
	for _, w := range readers {
		r.merge(w)
	}
	return out
}

// harBatch is how many entries one reader of convert converts.
const harBatch = 256

// merge adds the tallies of w, which read later entries than r, to r's,
// as count would have made them.
func (r *harReader) merge(w *harReader) {
	for _, kind := range w.order {
		wt := w.tallies[kind]
		t := r.tallies[kind]
		if t == nil {
			if r.tallies == nil {
				r.tallies = map[string]*harTally{}
			}
			t = &harTally{level: wt.level, what: wt.what, why: wt.why, line: wt.line}
			r.tallies[kind] = t
			r.order = append(r.order, kind)
		}
		t.entries = append(t.entries, wt.entries...)
		// w keeps the first names it met, as many as count keeps; those
		// among the first met overall are among them.
		for _, name := range wt.names {
			if len(t.names) < maxTallyNames && !harContains(t.names, name) {
				t.names = append(t.names, name)
			}
		}
		if wt.namesLead != "" {
			t.namesLead = wt.namesLead
		}
	}
}

// entry converts one HAR entry; keep is false when it has no request and no
// response worth showing.
func (r *harReader) entry(e jsontree.Node, num int) (ex message.Exchange, keep bool) {
	t := r.tree
	if t.Kind(e) != jsontree.Object {
		r.count("notobject", message.Warn, "Skipped entries that are not objects", "", r.line(e), num, "")
		return ex, false
	}
	var m [2]jsontree.Node
	t.GetEach(e, entryKeys, m[:])
	reqNode, respNode := m[0], m[1]
	if t.Kind(reqNode) == jsontree.Object {
		ex.Request = r.request(reqNode, num)
	}
	if t.Kind(respNode) != jsontree.Object {
		if ex.Request == nil {
			r.count("empty", message.Warn, "Skipped entries with neither a request nor a response", "", r.line(e), num, "")
			return ex, false
		}
		r.count("noresponse", message.Warn, "No response was recorded",
			"the request was probably still pending, or was cancelled, when the HAR was saved", r.line(e), num, "")
		return ex, true
	}
	ex.Response = r.response(respNode, num)
	if ex.Response.Status == 0 {
		var errText string
		if s := t.Str(t.Get(respNode, "_error")); s != "" {
			errText = strconv.Quote(s)
		}
		r.count("status0", message.Warn, "Status 0",
			"no HTTP response was received. This usually means the request failed (network, DNS or TLS error), "+
				"was blocked (by an extension, ad blocker or mixed-content rule), or was refused by the browser's "+
				"CORS check; the browser console says which",
			r.line(respNode), num, errText)
		r.tallies["status0"].namesLead = ", with the error "
	}
	return ex, true
}

// label names an entry in diagnostics: "entry 2 (POST https://…)".
func (r *harReader) label(req *message.Request, num int) string {
	if req == nil || (req.Method == "" && req.URL == "") {
		return fmt.Sprintf("entry %d", num)
	}
	u := req.URL
	if len(u) > 80 {
		u = u[:77] + "..."
	}
	return fmt.Sprintf("entry %d (%s)", num, strings.TrimSpace(req.Method+" "+u))
}

// keepRequest remembers the request of entry num (1-based), for label.
func (r *harReader) keepRequest(num int, req *message.Request) {
	for len(r.reqs) < num {
		r.reqs = append(r.reqs, nil)
	}
	r.reqs[num-1] = req
}

// requestOf is the request kept for entry num, or nil.
func (r *harReader) requestOf(num int) *message.Request {
	if num < 1 || num > len(r.reqs) {
		return nil
	}
	return r.reqs[num-1]
}

// request converts a HAR request object.
func (r *harReader) request(n jsontree.Node, num int) *message.Request {
	t := r.tree
	var m [5]jsontree.Node
	t.GetEach(n, requestKeys, m[:])
	req := &message.Request{
		Method:  r.str(m[0]),
		URL:     t.Str(m[1]),
		Version: r.version(m[2]),
		Line:    r.line(n),
	}
	// The pseudo-header fields are read into room on the stack: only
	// looked at here, they are not kept.
	var room [4]message.Field
	var pseudo message.Header
	req.Header, pseudo = r.headers(m[3], num, room[:0])
	req.Target = harTarget(req.URL)
	if req.Target == "" {
		req.Target = pseudo.Get(":path")
	}
	if req.Method == "" {
		req.Method = pseudo.Get(":method")
	}
	if pd := m[4]; t.Kind(pd) == jsontree.Object {
		if text := t.Get(pd, "text"); t.Kind(text) == jsontree.String {
			ct := req.Header.Get("Content-Type")
			if ct == "" {
				ct = r.str(t.Get(pd, "mimeType"))
			}
			// The body's bytes are decoded straight into memory of
			// their own, with no string in between.
			if data := t.AppendStr(nil, text); len(data) > 0 {
				req.Body = message.NewBodyWith(data, ct, r.line(text), r.yield)
			}
		}
	}
	return req
}

// harTarget returns the path and query of an absolute URL, without the
// fragment, as the request-target that was sent; a URL that is already a
// path is returned as it is.
func harTarget(u string) string {
	if u == "" {
		return ""
	}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	i := strings.Index(u, "://")
	if i < 0 {
		return u
	}
	rest := u[i+3:]
	j := strings.IndexAny(rest, "/?")
	if j < 0 {
		return "/"
	}
	if rest[j] == '?' {
		return "/" + rest[j:]
	}
	return rest[j:]
}

// response converts a HAR response object.
func (r *harReader) response(n jsontree.Node, num int) *message.Response {
	t := r.tree
	var m [5]jsontree.Node
	t.GetEach(n, responseKeys, m[:])
	resp := &message.Response{
		Reason:  r.str(m[0]),
		Version: r.version(m[1]),
		Line:    r.line(n),
	}
	var room [4]message.Field
	var pseudo message.Header
	resp.Header, pseudo = r.headers(m[2], num, room[:0])
	status := m[3]
	switch v, isInt := t.Int64(status); {
	case isInt && v >= 0 && v < 1000:
		resp.Status = int(v)
	case status == jsontree.NoNode:
		if s, err := strconv.Atoi(strings.TrimSpace(pseudo.Get(":status"))); err == nil && s >= 0 && s < 1000 {
			resp.Status = s
			r.count("pseudostatus", message.Info, "Took the status from the :status pseudo-header", "response.status is missing", r.line(n), num, "")
		}
	case t.Kind(status) == jsontree.String:
		// Some exporters write the status as a string.
		if s, err := strconv.Atoi(strings.TrimSpace(t.Str(status))); err == nil && s >= 0 && s < 1000 {
			resp.Status = s
		}
	}
	resp.Body = r.content(m[4], resp.Header, num)
	return resp
}

// content turns response.content into a Body: text as given, or decoded
// from base64; Omitted when the HAR says there was a body but left it out.
func (r *harReader) content(c jsontree.Node, h message.Header, num int) *message.Body {
	t := r.tree
	if t.Kind(c) != jsontree.Object {
		return nil
	}
	var m [4]jsontree.Node
	t.GetEach(c, contentKeys, m[:])
	ct := h.Get("Content-Type")
	if ct == "" {
		ct = r.str(m[0])
	}
	text := m[1]
	if t.Kind(text) != jsontree.String {
		if size, _ := t.Int64(m[2]); size > 0 {
			b := message.NewBody(nil, ct, r.line(c))
			b.Omitted = true
			r.count("omitted", message.Info, "The HAR leaves out the response body",
				"content.size is given but there is no content.text (some browsers and sanitisers drop bodies on export)", r.line(c), num, "")
			return b
		}
		return nil
	}
	// The text is read as bytes: decoded from base64 straight from the
	// paste, or else copied once (decoding its escapes as it goes).
	if len(t.Raw(text)) <= len(`""`) {
		return nil // an empty string
	}
	var data []byte
	if strings.EqualFold(r.str(m[3]), "base64") {
		dec, err := harBase64(t.StrBytes(text, nil))
		if err != nil {
			r.count("base64", message.Warn, "Showed content.text as written", "it is marked base64 but does not decode", r.line(text), num, "")
		} else {
			data = dec
		}
	}
	if data == nil {
		data = t.AppendStr(nil, text)
	}
	return message.NewBodyWith(data, ct, r.line(text), r.yield)
}

// harBase64 decodes standard base64, with or without padding, ignoring the
// line breaks and blanks some tools insert. (Those bytes never stand inside
// a multi-byte character, so dropping them byte by byte is dropping them
// character by character.)
func harBase64(s []byte) ([]byte, error) {
	var clean []byte
	for i, c := range s {
		if c == '\r' || c == '\n' || c == ' ' || c == '\t' {
			if clean == nil {
				clean = append(make([]byte, 0, len(s)), s[:i]...)
			}
			continue
		}
		if clean != nil {
			clean = append(clean, c)
		}
	}
	if clean != nil {
		s = clean
	}
	enc := base64.RawStdEncoding
	if len(s) > 0 && s[len(s)-1] == '=' {
		enc = base64.StdEncoding
	}
	dst := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(dst, s)
	return dst[:n], err
}

// headers reads a HAR header list. HAR 1.2 says a list of {name, value}
// objects; some tools write a {name: value} object or "Name: value"
// strings instead. Pseudo-headers (":status") are returned apart, since
// they restate the request line and status rather than being fields.
//
// pseudo is appended to the room given.
func (r *harReader) headers(n jsontree.Node, num int, room message.Header) (h, pseudo message.Header) {
	pseudo = room
	t := r.tree
	switch t.Kind(n) {
	case jsontree.Array:
		// Room for every item at once, instead of regrowing.
		h = make(message.Header, 0, t.Len(n))
		for it := t.First(n); it != jsontree.NoNode; it = t.Next(it) {
			switch t.Kind(it) {
			case jsontree.Object:
				var m [2]jsontree.Node
				t.GetEach(it, headerItemKeys, m[:])
				name := m[0]
				if t.Kind(name) != jsontree.String {
					r.count("noname", message.Warn, "Skipped header items without a name", "", r.line(it), num, "")
					continue
				}
				h, pseudo = r.field(h, pseudo, r.str(name), r.scalar(m[1]), r.line(it), num)
			case jsontree.String:
				r.count("strings", message.Info, `Read headers written as "Name: value" strings`, "HAR 1.2 lists them as {name, value} objects", r.line(it), num, "")
				s := t.Str(it)
				i := strings.IndexByte(s, ':')
				if i == 0 {
					// ":status: 200" — the name itself starts with a colon.
					i = strings.IndexByte(s[1:], ':') + 1
				}
				if i <= 0 {
					r.count("noname", message.Warn, "Skipped header items without a name", "", r.line(it), num, "")
					continue
				}
				h, pseudo = r.field(h, pseudo, strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:]), r.line(it), num)
			default:
				r.count("noname", message.Warn, "Skipped header items without a name", "", r.line(it), num, "")
			}
		}
	case jsontree.Object:
		r.count("object", message.Info, "Read headers written as a {name: value} object", "HAR 1.2 lists them as {name, value} objects", r.line(n), num, "")
		for it := t.First(n); it != jsontree.NoNode; it = t.Next(it) {
			if t.Kind(it) == jsontree.Array {
				// {"set-cookie": ["a=1", "b=2"]}: one field per value.
				for v := t.First(it); v != jsontree.NoNode; v = t.Next(v) {
					h, pseudo = r.field(h, pseudo, t.Key(it), r.scalar(v), r.line(v), num)
				}
				continue
			}
			h, pseudo = r.field(h, pseudo, t.Key(it), r.scalar(it), r.line(it), num)
		}
	}
	if len(h) == 0 {
		h = nil // as when nothing was appended
	}
	return h, pseudo
}

// field appends one header field, setting pseudo-headers aside and
// splitting Set-Cookie values that a tool joined with line breaks.
func (r *harReader) field(h, pseudo message.Header, name, value string, line, num int) (message.Header, message.Header) {
	if strings.HasPrefix(name, ":") {
		r.count("pseudo", message.Info, "Dropped HTTP/2 pseudo-header fields", "they restate the method, path and status, which are read separately", line, num, name)
		return h, append(pseudo, message.Field{Name: name, Value: value, Line: line})
	}
	if message.NameIs(name, "Set-Cookie") && strings.Contains(value, "\n") {
		r.count("cookie", message.Info, "Split Set-Cookie values joined with line breaks into separate fields", "each cookie is its own Set-Cookie field", line, num, "")
		for _, v := range strings.Split(value, "\n") {
			if v = strings.TrimSpace(v); v != "" {
				h = append(h, message.Field{Name: name, Value: v, Line: line})
			}
		}
		return h, pseudo
	}
	return append(h, message.Field{Name: name, Value: value, Line: line}), pseudo
}

// scalar reads a header value: a string decoded, anything else (a
// number, true) as written.
func (r *harReader) scalar(n jsontree.Node) string {
	t := r.tree
	switch t.Kind(n) {
	case jsontree.String:
		return r.str(n)
	case jsontree.Null, jsontree.Invalid:
		return ""
	}
	return string(t.Raw(n))
}
