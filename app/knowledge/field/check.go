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
	if ex == nil || ex.Response == nil || ex.Response.HeaderUnseen {
		// No header to check, and none can be said to be missing.
		return nil, nil
	}
	c := newChecker(ex, lookup)
	for _, run := range exchangeChecks {
		run(c)
	}
	results := make([]Result, len(c.h))
	for i, f := range c.h {
		st := &c.per[i]
		r := Result{Name: f.Name, Line: f.Line, Valid: st.valid, Notes: st.notes}
		if e, ok := st.entry, st.known; ok {
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

	// per holds what is found about each response field, by index.
	per []fieldState

	notes []note.Note

	date    time.Time
	hasDate bool
}

func newChecker(ex *message.Exchange, lookup func(string) (Entry, bool)) *checker {
	h := ex.Response.Header
	c := &checker{
		req: ex.Request, resp: ex.Response, h: h, lookup: lookup,
		per: make([]fieldState, len(h)),
	}
	for i, f := range h {
		c.per[i].name = fieldName(f.Name)
	}
	if f, ok := h.Lookup("Date"); ok {
		c.date, c.hasDate = httpDate(f.Value)
	}
	return c
}

// fieldState is what the checks find about one field. One slice of them
// is one allocation an exchange, where a slice a kind was four.
type fieldState struct {
	// name is fieldName of the field's name, which every lookup by name
	// compares with: worked out once instead of once a lookup.
	name  string
	entry Entry
	known bool
	valid *bool
	notes []string // ids of the notes raised about the field
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
	if ref == "" {
		ref = d.Reference
	}
	c.notes = append(c.notes, note.Note{
		ID: d.ID, Level: d.Level, Subject: subject,
		Summary: expand(d.Summary, args), Detail: d.Detail,
		Reference: ref, Line: line,
	})
}

// expand is fmt.Sprintf(format, args...) for the formats of the note
// table, which use %s alone, without boxing each argument into an
// interface. Any other format (another verb, a count of %s that is not
// len(args)) goes to fmt.Sprintf, so the text is the same either way.
func expand(format string, args []string) string {
	verbs, size := 0, len(format)
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 == len(format) || format[i+1] != 's' || verbs == len(args) {
			return sprintf(format, args)
		}
		size += len(args[verbs])
		verbs++
		i++
	}
	if verbs != len(args) {
		return sprintf(format, args)
	}
	if verbs == 0 {
		return format
	}
	var b strings.Builder
	b.Grow(size)
	next := 0
	for i := 0; i < len(format); i++ {
		if format[i] == '%' {
			b.WriteString(args[next])
			next++
			i++
			continue
		}
		b.WriteByte(format[i])
	}
	return b.String()
}

// sprintf is fmt.Sprintf with string arguments.
func sprintf(format string, args []string) string {
	vals := make([]any, len(args))
	for i, a := range args {
		vals[i] = a
	}
	return fmt.Sprintf(format, vals...)
}

// fields returns the indexes of the response fields named name.
func (c *checker) fields(name string) []int {
	var is []int
	for i := range c.per {
		if message.NameIs(c.per[i].name, name) {
			is = append(is, i)
		}
	}
	return is
}

// first returns the index of the first field named name, or -1.
func (c *checker) first(name string) int {
	for i := range c.per {
		if message.NameIs(c.per[i].name, name) {
			return i
		}
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
