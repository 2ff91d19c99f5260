package share

import (
	"slices"
	"strings"
)

// scanLines reads the paste line by line for header fields ("Name: value"),
// wherever the tools put them: at the start of a line after curl -v's "> "
// and "< ", chat quoting, wget's indent or --trace-ascii offsets; inside
// quotes (curl -H 'Name: value', wget --header=...); in curl 8's HTTP/2
// info lines ("* [HTTP/2] [1] [authorization: Bearer ...]"); as HTTPie
// arguments (Name:value); and as devtools copies where the name and the
// value stand on lines of their own. It also reads curl's credential flags.
func scanLines(c *collector) {
	s := c.s
	pending := notSecret // a lone header name on the previous line
	pendingName := ""
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		cs := contentStart(s, ls, le)
		ce := le
		for ce > cs && (s[ce-1] == '\r' || s[ce-1] == ' ' || s[ce-1] == '\t') {
			ce--
		}
		switch {
		case pending != notSecret && ce > cs:
			headerValue(c, pending, pendingName, cs, ce)
			pending = notSecret
		case ce == cs:
			pending = notSecret
		default:
			pending, pendingName = scanLine(c, cs, ce)
		}
		ls = le + 1
	}
}

// contentStart skips the prefixes tools and chats put before a line.
func contentStart(s string, i, le int) int {
	for i < le {
		switch ch := s[i]; {
		case ch == ' ' || ch == '\t':
			i++
		case (ch == '>' || ch == '<') && (i+1 == le || s[i+1] == ' ' || s[i+1] == '>' || s[i+1] == '\r'):
			i++ // curl -v "> " / "< ", chat quotes "> > "
		case ch == '*' && i+1 < le && s[i+1] == ' ':
			i++ // curl -v info line
		case traceOffset(s, i, le):
			i += 6 // curl --trace-ascii "0000: "
		default:
			return i
		}
	}
	return i
}

func traceOffset(s string, i, le int) bool {
	if le-i < 6 || s[i+4] != ':' || s[i+5] != ' ' {
		return false
	}
	for _, ch := range []byte(s[i : i+4]) {
		if !(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f') {
			return false
		}
	}
	return true
}

// isNameChar is what header names are made of in practice.
func isNameChar(ch byte) bool {
	return nameChars[ch]
}

// startsWord reports whether a header name or a flag may begin after ch.
func startsWord(ch byte) bool {
	return wordOpeners[ch]
}

// scanLine handles one line's content s[cs:ce]. It returns the class and
// name of a lone secret header name, whose value is on the next line.
func scanLine(c *collector, cs, ce int) (headerClass, string) {
	s := c.s
	c.skips = c.skips[:0]
	for i := cs; i < ce; {
		if len(c.skips) > 0 {
			if j := c.skipTo(i, ce); j > i {
				i = j
				continue
			}
		}
		if !isNameChar(s[i]) || i > cs && !startsWord(s[i-1]) && !(i-2 >= cs && afterEscape(s, i)) {
			i++
			continue
		}
		if s[i] == '-' {
			from := len(c.spans)
			i = c.resume(i, curlFlag(c, i, ce), from)
			continue
		}
		n := i
		for n < ce && isNameChar(s[n]) {
			n++
		}
		name := s[i:n]
		if n == ce || n+1 == ce && s[n] == ':' {
			if i == cs {
				if cl := classify(name); cl != notSecret {
					return cl, name
				}
			}
			return notSecret, ""
		}
		if s[n] == '\t' && i == cs {
			// a devtools table row copied as "name<TAB>value"
			if cl := classify(name); cl != notSecret {
				headerValue(c, cl, name, n+1, ce)
				return notSecret, ""
			}
		}
		if s[n] != ':' {
			i = n
			continue
		}
		cl := classify(name)
		if cl == notSecret {
			if i == cs && jsonSecretKey(name) {
				// "password: hunter2" in YAML or a log line
				c.secret(n+1, ce, KindJSONSecret, name)
				return notSecret, ""
			}
			i = n + 1 // "Note: we send X-Api-Key: ..." goes on
			continue
		}
		vs, ve := c.valueSpan(i, n+1, ce, cs)
		from := len(c.spans)
		headerValue(c, cl, name, vs, ve)
		i = c.resume(i, max(ve, n+1), from)
	}
	return notSecret, ""
}

// resume says where scanLine reads on after the header or flag at i, whose
// value it read up to next, adding c.spans[from:]. One standing inside a
// secret parameter's value ("secret=Cookie:0 Token:1") is REDACTED to a
// second pass, which reads on from the value's end: so does this pass, or
// what it skipped as the header's value could be found the second time.
// What the header or flag redacted past that end is REDACTED to the second
// pass too, so this pass jumps over it (see skipTo): a header inside it
// ("token=-b =Cookie: Token:1") would take what follows as its value.
func (c *collector) resume(i, next, from int) int {
	pe, ok := c.paramAround(i)
	if !ok {
		return next
	}
	n := len(c.skips)
	for _, sp := range c.spans[from:] {
		if sp.end > pe {
			c.skips = append(c.skips, sp)
		}
	}
	if n > 0 && len(c.skips) > n {
		// an earlier header's spans still lie ahead: keep them in order
		slices.SortFunc(c.skips, func(a, b span) int { return a.start - b.start })
	}
	return pe
}

// skipTo returns where scanLine reads on from i: past the span of c.skips
// that holds i, and the name characters right after it, which a second
// pass reads as part of the word REDACTED; otherwise i itself.
func (c *collector) skipTo(i, ce int) int {
	for len(c.skips) > 0 && c.skips[0].end <= i {
		c.skips = c.skips[1:]
	}
	if len(c.skips) == 0 || c.skips[0].start > i {
		return i
	}
	j := c.skips[0].end
	for j < ce && isNameChar(c.s[j]) {
		j++
	}
	return j
}

// valueSpan finds the value of a header named at i whose value starts at
// vs. When the name starts the line, the value is the rest of it. When the
// name came after a quote, the value ends at the closing quote; after a
// bracket (curl 8's "[name: value]"), at the bracket. HTTPie's Name:value
// argument ends at the next space, or is inside the quotes of Name:'value'.
// Otherwise (prose, a log line) the value runs to the end of the line.
// Short of a closing quote, a value never runs past a double quote or a
// backslash: those may close the JSON string the text stands in.
func (c *collector) valueSpan(i, vs, ce, cs int) (int, int) {
	s := c.s
	if i == cs {
		return vs, ce
	}
	switch open := s[i-1]; open {
	case '\'', '"':
		if e, ok := c.closingQuote(open, vs, ce); ok {
			return vs, e
		}
	case '[':
		if k := c.nextStop(bracketStops, vs, ce); k < ce {
			return vs, k
		}
	case ' ', '\t':
		if vs < ce && (s[vs] == '\'' || s[vs] == '"') {
			if e, ok := c.closingQuote(s[vs], vs+1, ce); ok {
				return vs + 1, e
			}
		}
		if vs < ce && s[vs] != ' ' {
			if k := c.nextStop(wordStops, vs, ce); k < ce {
				return vs, k
			}
		}
	}
	return vs, c.nextStop(jsonStops, vs, ce)
}

// closingQuote finds the quote q closing a value that starts at vs, on the
// same line (cmd.exe's ^"...^" counts as quotes too).
func (c *collector) closingQuote(q byte, vs, ce int) (int, bool) {
	k := c.quoteAt(q, vs, ce)
	if k == ce {
		return ce, false
	}
	if k > vs && c.s[k-1] == '^' {
		return k - 1, true
	}
	return k, true
}

// quoteAt returns where the first quote q in c.s[vs:ce] is, or ce; a
// backslash escapes the byte after it from a double quote. Like nextStop it
// remembers its answer for a value starting further on: such a value never
// follows a backslash (it starts after ":" or a quote), so it is read in
// step with the earlier one.
func (c *collector) quoteAt(q byte, vs, ce int) int {
	m := &c.quotes[0]
	if q == '"' {
		m = &c.quotes[1]
	}
	if m.answers(vs, ce) && (vs == 0 || c.s[vs-1] != '\\') {
		return m.at
	}
	s := c.s
	k := vs
	for ; k < ce && s[k] != q; k++ {
		if s[k] == '\\' && q == '"' {
			k++
		}
	}
	k = min(k, ce)
	c.reads += k - vs
	*m = readMemo{vs, k, ce}
	return k
}

// flagArg says what a command-line flag's argument holds.
type flagArg uint8

const (
	userPassArg flagArg = iota + 1 // user:password
	passwordArg                    // a password alone
	cookiesArg                     // name=value; name2=value2 (or a file name)
	tokenArg                       // a bearer token
)

// curlFlags are the command-line flags (curl, wget, HTTPie) whose argument
// is a credential.
var curlFlags = map[string]flagArg{
	"-u":              userPassArg,
	"--user":          userPassArg,
	"-U":              userPassArg,
	"--proxy-user":    userPassArg,
	"-a":              userPassArg, // HTTPie
	"--auth":          userPassArg,
	"--password":      passwordArg, // wget
	"--http-password": passwordArg,
	"-b":              cookiesArg,
	"--cookie":        cookiesArg,
	"--oauth2-bearer": tokenArg,
}

// curlFlag handles a flag at i and returns where scanning goes on.
func curlFlag(c *collector, i, ce int) int {
	s := c.s
	n := i
	for n < ce && isNameChar(s[n]) {
		n++
	}
	arg, ok := curlFlags[s[i:n]]
	if !ok || n == ce || s[n] != ' ' && s[n] != '=' {
		return n
	}
	as := n + 1
	for as < ce && s[as] == ' ' {
		as++
	}
	ae := -1
	switch {
	case as+1 < ce && s[as] == '^' && s[as+1] == '"':
		as += 2
		if k := strings.Index(s[as:ce], `^"`); k >= 0 {
			ae = as + k
		}
	case as < ce && (s[as] == '\'' || s[as] == '"'):
		q := s[as]
		as++
		if k := strings.IndexByte(s[as:ce], q); k >= 0 {
			ae = as + k
		}
	}
	if ae < 0 {
		// unquoted, or the quote does not close on this line
		ae = ce
		if k := strings.IndexAny(s[as:ce], " \t'\"\\"); k >= 0 {
			ae = as + k
		}
	}
	val := s[as:ae]
	switch arg {
	case userPassArg: // without ":" curl asks for the password
		// A URL is no user:password (curl's own -a takes no argument).
		if k := strings.IndexByte(val, ':'); k >= 0 && !strings.Contains(val, "://") {
			c.secret(as+k+1, ae, KindBasicAuth, val[:k])
		}
	case passwordArg:
		c.secret(as, ae, KindBasicAuth, strings.TrimLeft(s[i:n], "-"))
	case cookiesArg: // without "=" the argument is a cookie file name
		if strings.IndexByte(val, '=') >= 0 {
			cookiePairs(c, as, ae, KindCookie, false)
		}
	case tokenArg:
		c.secret(as, ae, KindBearer, "oauth2-bearer")
	}
	return ae
}
