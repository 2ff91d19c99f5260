package paste

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// splitField splits "Name: value". A leading ':' is kept in the name, for
// HTTP/2 pseudo-header fields (":status: 200"). spaceBefore says there was
// white space between the name and the colon.
func splitField(s string) (name, value string, spaceBefore, ok bool) {
	from := 0
	if strings.HasPrefix(s, ":") {
		from = 1
	}
	i := strings.IndexByte(s[from:], ':')
	if i < 0 {
		return "", "", false, false
	}
	i += from
	name = s[:i]
	trimmed := strings.TrimRight(name, " \t")
	spaceBefore = len(trimmed) != len(name)
	name = trimmed
	if len(name) == from || !isToken(name[from:]) {
		return "", "", false, false
	}
	return name, trimOWS(s[i+1:]), spaceBefore, true
}

// isToken reports whether s is an RFC 9110 token (the syntax of a field
// name).
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !tchar[s[i]] {
			return false
		}
	}
	return true
}

var tchar = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] = true
	}
	return t
}()

// headEnd says why readFields stopped.
type headEnd int

const (
	endBlank   headEnd = iota // a blank line: the body follows
	endMessage                // a new start line, with no blank line before it
	endBody                   // a line that can only be the body, with no blank line before it
	endInput                  // the lines ran out
)

// pendingField gathers a field and its continuation lines; the parts are
// joined once at the end so that many continuations stay linear.
type pendingField struct {
	f      message.Field
	parts  []string
	seps   []string
	open   bool
	indent string // the white space the field's line started with
}

func (p *pendingField) flush(h message.Header) message.Header {
	if !p.open {
		return h
	}
	if len(p.parts) > 0 {
		var b strings.Builder
		b.WriteString(p.f.Value)
		for i, part := range p.parts {
			b.WriteString(p.seps[i])
			b.WriteString(part)
		}
		p.f.Value = b.String()
	}
	p.open = false
	p.parts, p.seps = nil, nil
	return append(h, p.f)
}

func (p *pendingField) last() string {
	if len(p.parts) > 0 {
		return p.parts[len(p.parts)-1]
	}
	return p.f.Value
}

// readFields reads header field lines from ls[i:]. It stops at a blank line
// (next is the line after it), at a new start line, or at a line that can
// only be a body (next is that line). It repairs what chats and old servers
// do to header blocks and says so.
func (r *reader) readFields(ls []line, i int) (h message.Header, next int, end headEnd) {
	var p pendingField
	for ; i < len(ls); i++ {
		num := ls[i].num
		t := ls[i].text
		if strings.Contains(t, "\u00a0") {
			t = strings.ReplaceAll(t, "\u00a0", " ")
			r.repaired("nbsp", num, "replaced non-breaking spaces in the header with plain spaces")
		}
		if strings.Contains(t, "\u200b") || strings.Contains(t, "\ufeff") {
			// Chats put zero-width spaces into long words so they can
			// wrap; in a field name they make the field invalid.
			t = strings.ReplaceAll(strings.ReplaceAll(t, "\u200b", ""), "\ufeff", "")
			r.repaired("zwsp", num, "removed zero-width spaces from header lines")
		}
		if isBlank(t) {
			return p.flush(h), i + 1, endBlank
		}
		if startsMessage(strings.TrimLeft(t, " \t")) {
			return p.flush(h), i, endMessage
		}
		if c := t[len(t)-1]; c == ' ' || c == '\t' {
			r.repaired("trailing", num, "removed trailing spaces from header lines")
		}
		indent := ""
		if c := t[0]; c == ' ' || c == '\t' {
			indent = t[:len(t)-len(strings.TrimLeft(t, " \t"))]
			// A field line indented like the field before it is an
			// indented header block, not a folded continuation.
			if p.open && !(indent == p.indent && isFieldLine(t)) {
				p.parts = append(p.parts, trimOWS(t))
				p.seps = append(p.seps, " ")
				r.warn(num, "line %d continues the field on line %d (obsolete line folding); joined with one space. Current HTTP clients may reject folded fields (RFC 9112 section 5.2)", num, p.f.Line)
				continue
			}
			t = trimOWS(t)
			r.repaired("indent", num, "removed the indentation of header lines")
		}
		name, value, spaceBefore, ok := splitField(t)
		if ok && p.open && looksLikeURLPart(t) {
			// "https://…" has a colon but is the wrapped rest of a Location
			// or Link value, not a field named "https".
			ok = false
		}
		if !ok {
			c := t[0]
			if c == '<' && looksLikeURLPart(t[1:]) {
				// "<https://…>; rel=next": the wrapped rest of a Link.
				c = 0
			}
			if p.open && c != '{' && c != '[' && c != '<' && (!strings.Contains(t, ":") || looksLikeURLPart(strings.TrimPrefix(t, "<"))) {
				sep, how := wrapSeparator(p.last())
				if p.last() == "" {
					sep, how = "", "(the value stood on its own line)"
				}
				p.parts = append(p.parts, trimOWS(t))
				p.seps = append(p.seps, sep)
				r.info(num, "line %d has no colon and looks like the rest of line %d, wrapped when it was copied; joined %s", num, p.f.Line, how)
				continue
			}
			r.info(num, "no blank line between the header and the body; line %d is read as the start of the body", num)
			return p.flush(h), i, endBody
		}
		if spaceBefore {
			r.warn(num, "white space between the field name %q and the colon on line %d; a strict client rejects the message or the field (RFC 9112 section 5.1)", name, num)
		}
		h = p.flush(h)
		p = pendingField{f: message.Field{Name: name, Value: value, Line: num}, open: true, indent: indent}
	}
	return p.flush(h), i, endInput
}

// looksLikeURLPart reports whether s starts like an absolute URL.
func looksLikeURLPart(s string) bool {
	i := strings.Index(s, "://")
	return i > 0 && i < 10 && isToken(s[:i])
}

// wrapSeparator guesses what a hard wrap replaced: mail and chat clients
// wrap at a space, but a long token (a JWT, a cookie value) with no space
// in it can only have been cut in the middle.
func wrapSeparator(prev string) (sep, how string) {
	word := prev[strings.LastIndexAny(prev, " \t")+1:]
	if len(word) >= 16 {
		return "", "without a space (a long token cut in the middle)"
	}
	return " ", "with one space"
}
