package field

import (
	"fmt"
	"strings"
	"time"

	"github.com/httpexplain/httpexplain/app/knowledge/note"
	"github.com/httpexplain/httpexplain/app/message"
)

// Check checks every field of ex's response (and request where it matters):
// one Result per response field in header order, and every note raised.
func Check(ex *message.Exchange) ([]Result, []note.Note) {
	return check(ex, Lookup)
}

// exchangeChecks run in order over one exchange. Each looks at one concern
// and raises its own notes; none changes what the others see.
var exchangeChecks = []func(*checker){
	checkFieldLines,
	checkDates,
	checkCaching,
	checkCORS,
	checkCookies,
	checkSecurityHeaders,
	checkContentType,
	checkFraming,
	checkAuth,
}

// check is Check with the entry table passed in, so tests can stand in a
// table with deprecated and obsoleted names.
func check(ex *message.Exchange, lookup func(string) (Entry, bool)) ([]Result, []note.Note) {
	if ex == nil || ex.Response == nil {
		return nil, nil
	}
	c := newChecker(ex, lookup)
	for _, run := range exchangeChecks {
		run(c)
	}
	results := make([]Result, len(c.h))
	for i, f := range c.h {
		r := Result{Name: f.Name, Line: f.Line, Valid: c.valid[i], Notes: c.fieldNotes[i]}
		if e, ok := c.entries[i], c.known[i]; ok {
			r.Known, r.Status, r.Summary, r.Reference = true, e.Status, e.Summary, e.Reference
		}
		results[i] = r
	}
	return results, c.notes
}

// checker holds one exchange under check and what has been found so far.
type checker struct {
	req    *message.Request // nil when the paste has none
	resp   *message.Response
	h      message.Header
	lookup func(string) (Entry, bool)

	entries []Entry
	known   []bool
	valid   []*bool

	notes      []note.Note
	fieldNotes [][]string

	date    time.Time
	hasDate bool
}

func newChecker(ex *message.Exchange, lookup func(string) (Entry, bool)) *checker {
	h := ex.Response.Header
	c := &checker{
		req: ex.Request, resp: ex.Response, h: h, lookup: lookup,
		entries:    make([]Entry, len(h)),
		known:      make([]bool, len(h)),
		valid:      make([]*bool, len(h)),
		fieldNotes: make([][]string, len(h)),
	}
	if f, ok := h.Lookup("Date"); ok {
		c.date, c.hasDate = httpDate(f.Value)
	}
	return c
}

// raiseField raises note id about the field at index i.
func (c *checker) raiseField(i int, id string, args ...string) {
	f := c.h[i]
	c.add(id, "header:"+fieldName(f.Name), f.Line, "", args)
	c.markField(i, id)
}

// raiseExchange raises note id about the response as a whole.
func (c *checker) raiseExchange(id string, args ...string) {
	c.add(id, "exchange", c.resp.Line, "", args)
}

// raiseBody raises note id about the response body.
func (c *checker) raiseBody(id string, args ...string) {
	line := c.resp.Line
	if c.resp.Body != nil && c.resp.Body.Line > 0 {
		line = c.resp.Body.Line
	}
	c.add(id, "body", line, "", args)
}

func (c *checker) add(id, subject string, line int, ref string, args []string) {
	d, ok := defByID[id]
	if !ok {
		// A check naming an id not in defs is a bug caught by the tests;
		// at run time the note is dropped rather than shown half-made.
		return
	}
	vals := make([]any, len(args))
	for i, a := range args {
		vals[i] = a
	}
	if ref == "" {
		ref = d.Reference
	}
	c.notes = append(c.notes, note.Note{
		ID: d.ID, Level: d.Level, Subject: subject,
		Summary: fmt.Sprintf(d.Summary, vals...), Detail: d.Detail,
		Reference: ref, Line: line,
	})
}

// fields returns the indexes of the response fields named name.
func (c *checker) fields(name string) []int {
	var is []int
	for i, f := range c.h {
		if strings.EqualFold(fieldName(f.Name), name) {
			is = append(is, i)
		}
	}
	return is
}

// first returns the index of the first field named name, or -1.
func (c *checker) first(name string) int {
	if is := c.fields(name); len(is) > 0 {
		return is[0]
	}
	return -1
}

// values returns the values of the response fields named name.
func (c *checker) values(name string) []string {
	var vs []string
	for _, i := range c.fields(name) {
		vs = append(vs, c.h[i].Value)
	}
	return vs
}

// requestURL is the request's absolute URL, or "".
func (c *checker) requestURL() string {
	if c.req == nil {
		return ""
	}
	return c.req.URL
}

// overPlainHTTP reports whether the request is known to have used http://.
func (c *checker) overPlainHTTP() bool {
	return strings.HasPrefix(strings.ToLower(c.requestURL()), "http://")
}
