package field

import (
	"net/url"
	"strings"
)

// WebDAV and its extensions: DAV, Depth, Destination, If, Lock-Token,
// Overwrite, Timeout (RFC 4918 §10), DASL (RFC 5323), Position and
// Ordering-Type (RFC 3648).

// regDAV reads compliance classes: 1, 2, 3, a <Coded-URL> or a token.
func regDAV(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected compliance classes like 1, 2, 3")
	}
	for _, el := range els {
		if el[0] == '<' {
			if why := regCodedURL(el); why != "" {
				return invalid("%s", why)
			}
			continue
		}
		if !isToken(el) {
			return invalid("%q is neither a compliance class token nor a <URI>", clip(el))
		}
	}
	return valid()
}

// regCodedURLs reads 1#Coded-URL (DASL).
func regCodedURLs(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected query grammars as <URI>s")
	}
	for _, el := range els {
		if why := regCodedURL(el); why != "" {
			return invalid("%s", why)
		}
	}
	return valid()
}

// regLockToken reads one Coded-URL.
func regLockToken(v string) verdict {
	if why := regCodedURL(v); why != "" {
		return invalid("%s, as in <urn:uuid:e71d4fae-5dec-22d6-fea5-00a0c91e6be4>", why)
	}
	return valid()
}

// regSimpleRef checks absolute-URI / ( path-absolute [ "?" query ] ).
func regSimpleRef(v string) string {
	if vd := checkURIReference(v); vd.bad != "" {
		return vd.bad
	}
	u, err := url.Parse(v)
	if err != nil {
		return "not a URI"
	}
	if u.Fragment != "" || strings.IndexByte(v, '#') >= 0 {
		return "\"" + clip(v) + "\" may not carry a #fragment"
	}
	if u.Scheme == "" && !strings.HasPrefix(v, "/") {
		return "\"" + clip(v) + "\" is neither an absolute URI nor a path starting with '/'"
	}
	return ""
}

func regDestination(v string) verdict {
	if why := regSimpleRef(v); why != "" {
		return invalid("%s", why)
	}
	return valid()
}

// regTimeout reads 1#( "Second-" 1*DIGIT / "Infinite" ); the seconds fit
// in 32 bits.
func regTimeout(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected Second-3600 or Infinite")
	}
	for _, el := range els {
		if strings.EqualFold(el, "Infinite") {
			continue
		}
		if len(el) < 7 || !strings.EqualFold(el[:7], "Second-") {
			return invalid("%q is not Second-<seconds> or Infinite", clip(el))
		}
		n, ok := parseDelta(el[7:])
		if !ok || n > 1<<32-1 {
			return invalid("%q: the seconds must be digits, at most 4294967295", clip(el))
		}
	}
	return valid()
}

// regPosition reads RFC 3648 §6.1: first, last, or before/after a segment.
func regPosition(v string) verdict {
	if strings.EqualFold(v, "first") || strings.EqualFold(v, "last") {
		return valid()
	}
	kw, seg, ok := strings.Cut(v, " ")
	if !ok || !strings.EqualFold(kw, "before") && !strings.EqualFold(kw, "after") {
		return invalid("%q is not first, last, \"before <segment>\" or \"after <segment>\"", clip(v))
	}
	if seg == "" || strings.ContainsAny(seg, "/ \t") {
		return invalid("%q: the segment is one path segment, without '/' or spaces", clip(seg))
	}
	return valid()
}

// regIf reads RFC 4918 §10.4: untagged lists "( ... )" or, each after a
// <resource>, tagged lists; a condition is an optional Not and a
// <state-token> or an [entity-tag].
func regIf(v string) verdict {
	i, lists := 0, 0
	tagged, untagged, pendingTag := false, false, false
	for {
		for i < len(v) && isOWS(v[i]) {
			i++
		}
		if i == len(v) {
			break
		}
		switch v[i] {
		case '<':
			if untagged {
				return invalid("a <resource> tag may not follow an untagged list")
			}
			if pendingTag {
				return invalid("each <resource> tag needs at least one (list) after it")
			}
			end := strings.IndexByte(v[i:], '>')
			if end < 0 {
				return invalid("a <resource> tag is not closed with '>'")
			}
			if why := regSimpleRef(v[i+1 : i+end]); why != "" {
				return invalid("resource tag: %s", why)
			}
			i += end + 1
			tagged, pendingTag = true, true
		case '(':
			if !tagged {
				untagged = true
			}
			e, why := regIfList(v, i+1)
			if why != "" {
				return invalid("%s", why)
			}
			i = e
			lists++
			pendingTag = false
		default:
			return invalid("expected '(' or '<' at %q", clip(v[i:]))
		}
	}
	if lists == 0 || pendingTag {
		return invalid("expected at least one (list) of conditions, as in (<urn:uuid:...>)")
	}
	return valid()
}

// regIfList reads conditions up to ')' from v[i:], returning the index
// past it.
func regIfList(v string, i int) (int, string) {
	n := 0
	for {
		for i < len(v) && isOWS(v[i]) {
			i++
		}
		if i == len(v) {
			return i, "a (list) is not closed with ')'"
		}
		if v[i] == ')' {
			if n == 0 {
				return i, "a (list) holds no condition"
			}
			return i + 1, ""
		}
		if len(v)-i >= 3 && strings.EqualFold(v[i:i+3], "not") {
			i += 3
			for i < len(v) && isOWS(v[i]) {
				i++
			}
		}
		if i == len(v) {
			return i, "a (list) is not closed with ')'"
		}
		switch v[i] {
		case '<':
			end := strings.IndexByte(v[i:], '>')
			if end < 0 {
				return i, "a <state-token> is not closed with '>'"
			}
			if why := regCodedURL(v[i : i+end+1]); why != "" {
				return i, "state token: " + why
			}
			i += end + 1
		case '[':
			end := strings.IndexByte(v[i:], ']')
			if end < 0 || !isEntityTag(v[i+1:i+end]) {
				return i, "\"" + clip(v[i:]) + "\" is not an [entity-tag] in square brackets"
			}
			i += end + 1
		default:
			return i, "expected <state-token> or [entity-tag] at \"" + clip(v[i:]) + "\""
		}
		n++
	}
}
