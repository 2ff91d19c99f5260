package status

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/httpexplain/httpexplain/app/knowledge/note"
	"github.com/httpexplain/httpexplain/app/message"
)

// requirement is a field a status should come with: the note id raised
// when none of the fields is present, and the codes it applies to.
type requirement struct {
	id     string
	codes  []int
	fields []string // any one of them satisfies the requirement
	// labelled says the note's summary names the status ("503 Service
	// Unavailable").
	labelled bool
	// exempt reports responses the requirement does not cover.
	exempt func(*message.Response) bool
}

// requirements are the fields RFC 9110 expects with particular statuses.
var requirements = []requirement{
	{id: IDCreatedNoLocation, codes: []int{201}, fields: []string{"Location"}},
	{id: IDRedirectNoLocation, codes: []int{301, 302, 303, 305, 307, 308}, fields: []string{"Location"}, labelled: true},
	{id: IDNotModifiedNoValidator, codes: []int{304}, fields: []string{"ETag", "Last-Modified"}},
	{id: IDMethodNotAllowedNoAllow, codes: []int{405}, fields: []string{"Allow"}},
	{id: IDUnauthorizedNoChallenge, codes: []int{401}, fields: []string{"WWW-Authenticate"}},
	{id: IDProxyAuthNoChallenge, codes: []int{407}, fields: []string{"Proxy-Authenticate"}},
	{id: IDRetryAfterMissing, codes: []int{429, 503}, fields: []string{"Retry-After"}, labelled: true},
	{id: IDRangeNoContentRange, codes: []int{206, 416}, fields: []string{"Content-Range"}, labelled: true, exempt: multipartRanges},
	{id: IDUpgradeNoUpgrade, codes: []int{101, 426}, fields: []string{"Upgrade"}, labelled: true},
}

// bodiless are the statuses that never carry content.
var bodiless = []int{204, 205, 304}

// obsoleteWhy says, for each obsolete code, why it fell out of use.
var obsoleteWhy = map[int]string{
	305: "RFC 9110 deprecates it, because letting a response pick the client's proxy is a security risk",
	306: "an early draft of HTTP/1.1 used it and dropped it; it stays reserved and unused",
	510: "the HTTP Extension Framework it belongs to (RFC 2774) was moved to Historic, and the registry marks it obsoleted",
}

// maxQuoted bounds how much of a pasted reason phrase a note repeats.
const maxQuoted = 120

// Check returns the status-level notes for ex (reason phrase differing from
// the registered name, and the like).
func Check(ex *message.Exchange) []note.Note {
	if ex == nil || ex.Response == nil || ex.Response.Status == 0 {
		return nil
	}
	r := ex.Response
	code := r.Status
	e := entry(code)
	// The status as the labelled notes name it, written only for one of
	// them: most responses raise none.
	label := func() string { return strconv.Itoa(code) + " " + e.Title }
	var notes []note.Note
	add := func(id, detail string, args ...any) {
		notes = append(notes, raise(id, r.Line, detail, args...))
	}

	if e.Class == ClassInvalid {
		add(IDInvalid, "", strconv.Itoa(code))
		return notes
	}
	// After a 101 the connection speaks another protocol, so no HTTP/1.1
	// final response follows; its entry explains that instead.
	if e.Class == ClassInformational && code != 101 {
		add(IDInterim, "", strconv.Itoa(code), e.Title)
	}
	if !e.Registered {
		add(IDUnregistered, "", strconv.Itoa(code), unregisteredMeaning(e))
	}
	if why, ok := obsoleteWhy[code]; ok {
		add(IDObsolete, "", strconv.Itoa(code), e.Title, why)
	}
	if e.Registered {
		if detail, ok := reasonDiffers(r.Reason, e); ok {
			add(IDReasonDiffers, detail, quote(r.Reason), quote(e.Title))
		}
	}
	// A field the paste cannot show is not missing.
	for _, q := range requirements {
		if r.HeaderUnseen || !slices.Contains(q.codes, code) || hasAny(r.Header, q.fields) {
			continue
		}
		if q.exempt != nil && q.exempt(r) {
			continue
		}
		if q.labelled {
			add(q.id, "", label())
		} else {
			add(q.id, "")
		}
	}
	if slices.Contains(bodiless, code) && r.Body != nil && !r.Body.Omitted {
		if n := len(bytes.TrimSpace(r.Body.Bytes)); n > 0 {
			add(IDNoContentHasBody, "", label(), strconv.Itoa(len(r.Body.Bytes)))
		}
	}
	return notes
}

// raise builds a note from its definition; extra, when not "", follows the
// definition's detail.
func raise(id string, line int, extra string, args ...any) note.Note {
	d := defByID(id)
	summary := d.Summary
	if len(args) > 0 {
		summary = fmt.Sprintf(d.Summary, args...)
	}
	detail := d.Detail
	if extra != "" {
		detail += " " + extra
	}
	return note.Note{
		ID:        d.ID,
		Level:     d.Level,
		Subject:   "status",
		Summary:   summary,
		Detail:    detail,
		Reference: d.Reference,
		Line:      line,
	}
}

// reasonDiffers compares a pasted reason phrase with e's registered name
// and says what kind of difference it is. An empty phrase is allowed (and
// HTTP/2 and HTTP/3 have none), so it never differs.
func reasonDiffers(reason string, e Entry) (string, bool) {
	reason = strings.TrimSpace(reason)
	if reason == "" || reason == e.Title {
		return "", false
	}
	if strings.EqualFold(reason, e.Title) {
		return "Only the letter case differs, which is just as harmless; some servers and gateways write reason phrases in capitals.", true
	}
	for _, a := range e.Aliases {
		if strings.EqualFold(reason, a) {
			return fmt.Sprintf("%s is another name in use for %d (an older RFC's name or a common nickname); the meaning is the same.", quote(a), e.Code), true
		}
	}
	return "", true
}

// unregisteredMeaning says who uses an unregistered code, or how a client
// reads it when nobody we know of does.
func unregisteredMeaning(e Entry) string {
	if e.Origin != "" {
		return fmt.Sprintf("%s from %s", quote(e.Title), e.Origin)
	}
	base := e.Code / 100 * 100
	return fmt.Sprintf("clients treat it as %d %s", base, entry(base).Title)
}

func hasAny(h message.Header, names []string) bool {
	for _, n := range names {
		if h.Has(n) {
			return true
		}
	}
	return false
}

// multipartRanges reports a 206 whose ranges travel as multipart parts,
// each with its own Content-Range.
func multipartRanges(r *message.Response) bool {
	ct := strings.ToLower(r.Header.Get("Content-Type"))
	return r.Status == 206 && strings.HasPrefix(strings.TrimSpace(ct), "multipart/byteranges")
}

// quote quotes s for a note, cut short so a hostile paste cannot make the
// note huge.
func quote(s string) string {
	if len(s) > maxQuoted {
		cut := maxQuoted
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return strconv.Quote(s)
}
