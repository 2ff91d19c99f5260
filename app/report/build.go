package report

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/httpexplain/httpexplain/app/diagnosis/ratelimit"
	"github.com/httpexplain/httpexplain/app/diagnosis/ticket"
	"github.com/httpexplain/httpexplain/app/diagnosis/token"
	"github.com/httpexplain/httpexplain/app/diagnosis/validation"
	"github.com/httpexplain/httpexplain/app/knowledge/field"
	"github.com/httpexplain/httpexplain/app/knowledge/note"
	"github.com/httpexplain/httpexplain/app/knowledge/status"
	"github.com/httpexplain/httpexplain/app/knowledge/vendor"
	"github.com/httpexplain/httpexplain/app/message"
)

// build explains every exchange of a read paste.
func build(doc *message.Document, opt Options) *Document {
	out := frame(doc, opt)
	forced := forcedVendor(opt)
	if parallel(len(doc.Exchanges), opt) {
		out.Exchanges = out.Exchanges[:len(doc.Exchanges)]
		explainAll(doc.Exchanges, out.Exchanges, opt, forced)
		return out
	}
	for i := range doc.Exchanges {
		opt.yield()
		out.Exchanges = append(out.Exchanges, explain(&doc.Exchanges[i], opt, forced))
	}
	return out
}

// outline lists the exchanges of a read paste without analysing them.
func outline(doc *message.Document, opt Options) *Document {
	out := frame(doc, opt)
	for i := range doc.Exchanges {
		opt.yield()
		ex := &doc.Exchanges[i]
		e := head(ex, !opt.NoDigests)
		if ex.Response != nil {
			code := ex.Response.Status
			e.Status = &Status{Code: code, Title: status.Title(code)}
		}
		out.Exchanges = append(out.Exchanges, e)
	}
	return out
}

// frame is the Document without its exchanges: format, diagnostics, the
// instant and the pick, none of which needs an exchange analysed.
func frame(doc *message.Document, opt Options) *Document {
	out := &Document{
		InputFormat: doc.Format,
		Diagnostics: make([]Diagnostic, 0, len(doc.Diagnostics)),
		Exchanges:   make([]Exchange, 0, len(doc.Exchanges)),
		Selected:    -1,
		Now:         opt.Now.UTC().Format(time.RFC3339),
	}
	for _, d := range doc.Diagnostics {
		out.Diagnostics = append(out.Diagnostics, Diagnostic{Line: d.Line, Level: string(d.Level), Message: d.Message})
	}
	out.Selected = pick(doc.Exchanges)
	return out
}

// forcedVendor is the profile the user chose, or nil for detection.
func forcedVendor(opt Options) *vendor.Profile {
	if opt.Vendor == "" {
		return nil
	}
	p, _ := vendor.ByID(opt.Vendor)
	return p
}

// pick chooses the exchange a reader wants first: the first error (4xx or
// 5xx), else the last final response.
func pick(exs []message.Exchange) int {
	if len(exs) == 0 {
		return -1
	}
	for i, ex := range exs {
		if ex.Response != nil && ex.Response.Status >= 400 {
			return i
		}
	}
	for i := len(exs) - 1; i >= 0; i-- {
		if r := exs[i].Response; r != nil && r.Status >= 200 {
			return i
		}
	}
	return len(exs) - 1
}

// head is the part of an exchange both outline and explain start from:
// the request and the response as read, with the body's digest if asked.
//
// What it makes is made in two allocations, not one for each part: the
// parts (headParts) and the header lists. A big HAR has thousands of
// exchanges.
func head(ex *message.Exchange, digest bool) Exchange {
	var reqH, respH, trailers message.Header
	if ex.Request != nil {
		reqH = ex.Request.Header
	}
	if ex.Response != nil {
		respH, trailers = ex.Response.Header, ex.Response.Trailers
	}
	hs := headersOf(reqH, respH, trailers)
	p := &headParts{}
	return Exchange{
		Request:  p.request(ex.Request, hs[0]),
		Response: p.response(ex.Response, hs[1], hs[2], digest),
	}
}

// headParts holds the request, the response and its body of one exchange.
type headParts struct {
	req  Request
	resp Response
	body Body
}

// explain analyses one exchange.
func explain(ex *message.Exchange, opt Options, forced *vendor.Profile) Exchange {
	now := opt.Now
	out := head(ex, !opt.NoDigests)
	out.Notes, out.Fields, out.Tokens, out.IDs, out.NextSteps = []Note{}, []Field{}, []Token{}, []ID{}, []string{}
	prof, why := forced, "chosen by the user"
	if prof == nil {
		prof, why = vendor.Detect(ex)
	}
	if prof != nil {
		out.Vendor = &Vendor{ID: prof.ID, Name: prof.Name, Why: why}
	}
	if ex.Response != nil {
		out.Status = statusOf(ex, prof)
		results, notes := field.Check(ex)
		statusNotes := status.Check(ex)
		// Made at their sizes, not regrown.
		out.Fields = make([]Field, 0, len(results))
		for _, r := range results {
			out.Fields = append(out.Fields, fieldOf(r, prof))
		}
		out.Notes = make([]Note, 0, len(statusNotes)+len(notes))
		out.Notes = appendNotes(appendNotes(out.Notes, statusNotes), notes)
		// Each step below walks a JSON body, which may have 100 000
		// values: the page may run between them.
		opt.yield()
		out.Validation = validationOf(validation.Read(ex))
		opt.yield()
		vid := ""
		if prof != nil {
			vid = prof.ID
		}
		out.RateLimit = rateLimitOf(ratelimit.Read(ex, now, vid))
	}
	opt.yield()
	for _, t := range token.Find(ex, now) {
		out.Tokens = append(out.Tokens, tokenOf(t))
	}
	opt.yield()
	facts := ticket.Read(ex)
	out.IDs = make([]ID, 0, len(facts.IDs))
	for _, id := range facts.IDs {
		out.IDs = append(out.IDs, ID{Name: id.Name, Value: id.Value})
	}
	out.Server, out.CDN, out.Time, out.Endpoint = facts.Server, facts.CDN, facts.Time, facts.Endpoint
	out.Summary, out.NextSteps = summarize(ex, &out, now)
	return out
}

// request fills in p.req from r, with its header hs; nil when r is.
func (p *headParts) request(r *message.Request, hs Header) *Request {
	if r == nil {
		return nil
	}
	p.req = Request{Method: r.Method, Target: r.Target, URL: r.URL, HTTPVersion: r.Version, Headers: hs, Line: r.Line}
	return &p.req
}

// response fills in p.resp (and p.body) from r, with its header and
// trailers; nil when r is.
func (p *headParts) response(r *message.Response, hs, trailers Header, digest bool) *Response {
	if r == nil {
		return nil
	}
	p.resp = Response{
		HTTPVersion: r.Version, Status: r.Status, Reason: r.Reason,
		Headers: hs, Trailers: trailers,
		Body: p.bodyOf(r.Body, digest), Line: r.Line,
	}
	return &p.resp
}

// headersOf turns the field lists into the report's, every one non-nil
// and each with its own capacity, in one allocation.
func headersOf(hs ...message.Header) [3]Header {
	n := 0
	for _, h := range hs {
		n += len(h)
	}
	all := make(Header, 0, n)
	var out [3]Header
	for i, h := range hs {
		start := len(all)
		for _, f := range h {
			all = append(all, [2]string{f.Name, f.Value})
		}
		out[i] = all[start:len(all):len(all)]
	}
	return out
}

// bodyOf fills in p.body from b; nil when b is.
func (p *headParts) bodyOf(b *message.Body, digest bool) *Body {
	if b == nil {
		return nil
	}
	sha := ""
	if digest {
		// Written on the stack, so that the string is the one copy.
		sum := sha256.Sum256(b.Bytes)
		var text [2 * sha256.Size]byte
		hex.Encode(text[:], sum[:])
		sha = string(text[:])
	}
	p.body = Body{
		Length: len(b.Bytes), SHA256: sha,
		MediaType: b.MediaType, JSON: b.IsJSON && b.JSONError == nil && b.JSON != nil,
		Line: b.Line, Omitted: b.Omitted,
	}
	if e := b.JSONError; e != nil {
		p.body.JSONError = &JSONError{Line: e.Line, Column: e.Column, Message: e.Message, Truncated: e.Truncated}
	}
	return &p.body
}

func statusOf(ex *message.Exchange, prof *vendor.Profile) *Status {
	e := status.Lookup(ex.Response.Status)
	out := statusEntry(e)
	out.RetrySafe, out.RetryWhy = status.RetrySafeFor(ex)
	if prof != nil {
		if m, ok := prof.Status(ex); ok {
			id := prof.ID
			out.Vendor = &id
			out.VendorMeaning, out.VendorSteps, out.VendorRef = m.Meaning, m.NextSteps, m.Reference
			if m.Retry != "" {
				out.Retry = string(m.Retry)
			}
		}
	}
	return out
}

func statusEntry(e status.Entry) *Status {
	return &Status{
		Code: e.Code, Title: e.Title, Registered: e.Registered, Class: e.Class,
		Summary: e.Summary, Causes: nonNil(e.Causes), NextSteps: nonNil(e.NextSteps),
		Retry: string(e.Retry), Reference: e.Reference,
	}
}

func fieldOf(r field.Result, prof *vendor.Profile) Field {
	f := Field{
		Name: r.Name, Known: r.Known, Status: string(r.Status), Summary: r.Summary,
		Reference: r.Reference, Valid: r.Valid, Notes: nonNil(r.Notes), Line: r.Line,
	}
	if prof != nil {
		if s, ref, ok := prof.Field(r.Name); ok && (!r.Known || f.Summary == "") {
			f.Known, f.Summary, f.Reference = true, s, ref
			if f.Status == "" {
				f.Status = string(field.Unregistered)
			}
		}
	}
	if f.Status == "" {
		f.Status = string(field.Unregistered)
	}
	return f
}

// appendNotes appends ns to out as the report writes notes.
func appendNotes(out []Note, ns []note.Note) []Note {
	for _, n := range ns {
		out = append(out, Note{ID: n.ID, Level: string(n.Level), Subject: n.Subject, Summary: n.Summary, Detail: n.Detail, Reference: n.Reference, Line: n.Line})
	}
	return out
}

func validationOf(v *validation.Result) *Validation {
	if v == nil {
		return nil
	}
	out := &Validation{Format: v.Format, Message: v.Message, Code: v.Code, Fields: []FieldError{},
		Type: v.Type, BodyStatus: v.Status, DocURL: v.DocURL}
	for _, p := range v.Extra {
		out.Extra = append(out.Extra, [2]string{p.Name, p.Value})
	}
	for _, f := range v.Fields {
		out.Fields = append(out.Fields, FieldError{Field: f.Field, Pointer: f.Pointer, Messages: nonNil(f.Messages), Code: f.Code, Line: f.Line, Rejected: f.Rejected})
	}
	return out
}

func rateLimitOf(r *ratelimit.Result) *RateLimit {
	if r == nil {
		return nil
	}
	return &RateLimit{
		Scheme: r.Scheme, Limit: r.Limit, Remaining: r.Remaining, Used: r.Used,
		WindowSeconds: r.WindowSeconds, Policy: r.Policy, ResetAt: timeOf(r.ResetAt),
		ResetAfterDateSeconds: r.ResetAfterDateSeconds, ResetFromNowSeconds: r.ResetFromNowSeconds,
		AlreadyReset: r.AlreadyReset, ClockSkewSeconds: r.ClockSkewSeconds,
		AdvisedWaitSeconds: r.AdvisedWaitSeconds, Basis: r.Basis, BasisWhy: r.BasisWhy,
		Category: r.Category, Advice: r.Advice, Reference: r.Reference,
	}
}

func tokenOf(t token.Token) Token {
	return Token{
		Where: t.Where, Header: t.Header, Alg: t.Alg, Claims: Claims{Keys: t.ClaimKeys, Values: t.Claims},
		IssuedAt: timeOf(t.IssuedAt), NotBefore: timeOf(t.NotBefore), ExpiresAt: timeOf(t.ExpiresAt),
		Expired: t.Expired, ExpiredAtDate: t.ExpiredAtDate, NotYetValid: t.NotYetValid, SessionClaim: t.SessionClaim, SessionID: t.SessionID,
	}
}

func timeOf(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// SelectedExchange returns the exchange chosen by Selected, or nil.
func (d *Document) SelectedExchange() *Exchange {
	if d.Selected < 0 || d.Selected >= len(d.Exchanges) {
		return nil
	}
	return &d.Exchanges[d.Selected]
}
