package field

import "strings"

// Product tokens and comments: Server and User-Agent (RFC 9110 §10.1.5,
// §10.2.4), Via (§7.6.3) and the obsolete Warning (RFC 7234 §5.5).

// regCommentEnd returns the index just past the comment that starts at
// s[i] == '(' (RFC 9110 §5.6.5), or -1. Comments nest; a depth counter
// keeps the scan linear.
func regCommentEnd(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch c := s[j]; {
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return j + 1
			}
		case c == '\\':
			j++
			if j >= len(s) || !isFieldVChar(s[j]) {
				return -1
			}
		case !isFieldVChar(c):
			return -1
		}
	}
	return -1
}

// regProduct reads token [ "/" token ] at s[i:], returning the end.
func regProduct(s string, i int) (int, string) {
	sc := scanner{s: s, i: i}
	if sc.token() == "" {
		return i, "expected a product name at \"" + clip(s[i:]) + "\""
	}
	if !sc.done() && sc.peek() == '/' {
		sc.i++
		if sc.token() == "" {
			return i, "the product at \"" + clip(s[i:]) + "\" has '/' but no version"
		}
	}
	return sc.i, ""
}

// regProducts reads product *( RWS ( product / comment ) ). It lets a
// comment follow a product without the space, as in "Jetty(9.4.z)", which
// servers send and clients accept.
func regProducts(v string) verdict {
	if strings.Trim(v, " \t") == "" {
		return invalid("the value is empty; expected a product like Example/1.2")
	}
	i := 0
	first := true
	for i < len(v) {
		for i < len(v) && isOWS(v[i]) {
			i++
		}
		if i == len(v) {
			break
		}
		if v[i] == '(' {
			if first {
				return invalid("the value must start with a product, not a comment")
			}
			e := regCommentEnd(v, i)
			if e < 0 {
				return invalid("the comment at %q is not closed with ')' or holds a control character", clip(v[i:]))
			}
			i = e
			continue
		}
		start := i
		e, why := regProduct(v, i)
		if why != "" {
			return invalid("%s", why)
		}
		i = e
		if i < len(v) && !isOWS(v[i]) && v[i] != '(' {
			return invalid("unexpected %q after product %q", v[i], clip(v[start:i]))
		}
		first = false
	}
	return valid()
}

// regSplitOutsideComments splits a list at commas that are not inside a
// comment, as Via needs ("1.1 a (x, y), 1.1 b").
func regSplitOutsideComments(v string) []string {
	return splitOutside(v, func(s string, i int) int {
		if s[i] == '(' {
			return regCommentEnd(s, i)
		}
		return 0
	})
}

// regVia reads received-protocol RWS received-by [ RWS comment ] per hop.
func regVia(v string) verdict {
	els := regSplitOutsideComments(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected hops like \"1.1 proxy.example\"")
	}
	for _, el := range els {
		proto, rest, ok := strings.Cut(el, " ")
		name, version, slash := strings.Cut(proto, "/")
		if !slash {
			name, version = "", proto
		}
		if slash && !isToken(name) || !isToken(version) {
			return invalid("%q does not start with a protocol version like 1.1 or HTTP/2", clip(el))
		}
		rest = strings.TrimLeft(rest, " \t")
		if !ok || rest == "" {
			return invalid("%q lacks the name of the proxy after the protocol version", clip(el))
		}
		by, comment, _ := strings.Cut(rest, " ")
		if why := regHostPort(by, false); why != "" && !isToken(by) {
			return invalid("hop %q: %q is neither a host[:port] nor a pseudonym", clip(el), clip(by))
		}
		comment = strings.Trim(comment, " \t")
		if comment != "" && regCommentEnd(comment, 0) != len(comment) {
			return invalid("hop %q: after the proxy name only a (comment) may follow", clip(el))
		}
	}
	return valid()
}

// regWarning reads RFC 7234 §5.5: warn-code SP warn-agent SP warn-text
// [ SP warn-date ], listed.
func regWarning(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		if len(el) < 4 || !isDigits(el[:3]) || el[3] != ' ' {
			return invalid("%q does not start with a three-digit warn-code and a space, as in 110 - \"Response is Stale\"", clip(el))
		}
		agent, rest, ok := strings.Cut(el[4:], " ")
		if !ok {
			return invalid("%q lacks the quoted warn-text", clip(el))
		}
		if regHostPort(agent, false) != "" && !isToken(agent) {
			return invalid("warn-agent %q is neither a host[:port] nor a pseudonym such as \"-\"", clip(agent))
		}
		e := quotedEnd(rest, 0)
		if e < 0 {
			return invalid("in %q the warn-text must be a quoted string", clip(el))
		}
		date := rest[e:]
		if date == "" {
			continue
		}
		if date[0] != ' ' || !isQuotedString(date[1:]) {
			return invalid("in %q only a quoted date may follow the warn-text", clip(el))
		}
		if _, _, ok := parseHTTPDate(unquote(date[1:])); !ok {
			return invalid("warn-date %s is not an HTTP date", clip(date[1:]))
		}
	}
	return valid()
}
