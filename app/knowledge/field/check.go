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
		if st.known {
			r.Known, r.Status, r.Summary, r.Reference = true, st.status, st.summary, st.ref
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

	// media and mediaWhy are what mediaOf found of mediaValue (when
	// mediaDone).
	media      mediaType
	mediaWhy   string
	mediaValue string
	mediaDone  bool
}

func newChecker(ex *message.Exchange, lookup func(string) (Entry, bool)) *checker {
	h := ex.Response.Header
	c := &checker{
		req: ex.Request, resp: ex.Response, h: h, lookup: lookup,
		per: make([]fieldState, len(h)),
	}
	for i, f := range h {
		st := &c.per[i]
		st.name = fieldName(f.Name)
		st.key = strings.ToLower(st.name)
	}
	if f, ok := h.Lookup("Date"); ok {
		c.date, c.hasDate = httpDate(f.Value)
	}
	return c
}

// mediaOf is parseMediaType(v), remembered for the last v: more than one
// check reads the Content-Type.
func (c *checker) mediaOf(v string) (mediaType, string) {
	if !c.mediaDone || c.mediaValue != v {
		c.mediaDone, c.mediaValue = true, v
		c.media, c.mediaWhy = parseMediaType(v)
	}
	return c.media, c.mediaWhy
}

// fieldState is what the checks find about one field. One slice of them
// is one allocation an exchange, where a slice a kind was four.
type fieldState struct {
	// name is fieldName of the field's name, which every lookup by name
	// compares with: worked out once instead of once a lookup.
	name string
	// key is name in lower case, as the tables are keyed.
	key string
	// status, summary and ref are what a Result tells of the field's
	// entry, when known says it has one (the rest of an Entry would be
	// carried for nothing, thousands of times in a big HAR).
	status       Status
	summary, ref string
	known        bool
	// validity is what valid points to, so that it is no allocation of
	// its own.
	validity bool
	valid    *bool
	notes    []string // ids of the notes raised about the field
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
	c.addNote(d, subject, line, ref, expand(d.Summary, args))
}

// addNote raises the note d defines, with its summary written.
func (c *checker) addNote(d note.Def, subject string, line int, ref, summary string) {
	if ref == "" {
		ref = d.Reference
	}
	if c.notes == nil {
		// Room for the two notes an exchange often raises at once,
		// instead of regrowing from one.
		c.notes = make([]note.Note, 0, 2)
	}
	c.notes = append(c.notes, note.Note{
		ID: d.ID, Level: d.Level, Subject: subject,
		Summary: summary, Detail: d.Detail,
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
	// The text between verbs is written a run at a time.
	for _, a := range args {
		i := strings.IndexByte(format, '%')
		b.WriteString(format[:i])
		b.WriteString(a)
		format = format[i+2:]
	}
	b.WriteString(format)
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
	for i := range c.per {
		if message.NameIs(c.per[i].name, name) {
			vs = append(vs, c.h[i].Value)
		}
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
