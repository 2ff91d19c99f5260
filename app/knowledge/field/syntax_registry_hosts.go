package field

import (
	"net/url"
	"strings"
)

// Hosts, origins, addresses and URIs: Host and Alt-Used (RFC 9110 §7.2,
// RFC 7838 §5), CDN-Loop (RFC 8586), Forwarded (RFC 7239), Origin
// (RFC 6454 §7), Referer (RFC 9110 §10.1.3), From (§10.1.2) and fields
// that carry one URI.

func regIsHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// regRegNameChar is RFC 3986 unreserved or sub-delims ('%' is handled by
// the caller).
func regRegNameChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.IndexByte("-._~!$&'()*+,;=", c) >= 0
}

// regHostPort checks uri-host [ ":" port ] and says what is wrong, or "".
func regHostPort(v string, allowEmpty bool) string {
	if v == "" {
		if allowEmpty {
			return ""
		}
		return "the host is empty"
	}
	if strings.Contains(v, "://") {
		return "\"" + clip(v) + "\" holds a URL; give only the host and port, without the scheme"
	}
	host, port := v, ""
	hasPort := false
	if v[0] == '[' {
		end := strings.IndexByte(v, ']')
		if end < 0 {
			return "the IPv6 address in \"" + clip(v) + "\" lacks its closing ']'"
		}
		for i := 1; i < end; i++ {
			if c := v[i]; !regIsHex(c) && c != ':' && c != '.' {
				return "\"" + clip(v[:end+1]) + "\" is not an IPv6 address in brackets"
			}
		}
		host, port = v[:end+1], v[end+1:]
		if port != "" {
			if port[0] != ':' {
				return "only \":port\" may follow the IPv6 address in \"" + clip(v) + "\""
			}
			port, hasPort = port[1:], true
		}
	} else if i := strings.LastIndexByte(v, ':'); i >= 0 {
		host, port, hasPort = v[:i], v[i+1:], true
		if strings.IndexByte(host, ':') >= 0 {
			return "\"" + clip(v) + "\" looks like an IPv6 address; it needs [brackets]"
		}
	}
	if hasPort && port != "" && !isDigits(port) {
		return "port \"" + clip(port) + "\" is not a number"
	}
	if host == "" {
		return "\"" + clip(v) + "\" has a port but no host"
	}
	if host[0] != '[' {
		for i := 0; i < len(host); i++ {
			c := host[i]
			switch {
			case c == '%' && i+2 < len(host) && regIsHex(host[i+1]) && regIsHex(host[i+2]):
				i += 2
			case c == '@':
				return "\"" + clip(v) + "\" holds user information ('@'); give only the host"
			case c == '/':
				return "\"" + clip(v) + "\" holds a path; give only the host and port"
			case !regRegNameChar(c):
				return "byte " + quoteByte(c) + " may not appear in a host name (\"" + clip(v) + "\")"
			}
		}
	}
	return ""
}

// quoteByte shows one byte for a message.
func quoteByte(c byte) string {
	if c >= 0x21 && c < 0x7f {
		return "'" + string(c) + "'"
	}
	const hex = "0123456789ABCDEF"
	return "0x" + string(hex[c>>4]) + string(hex[c&15])
}

// regHost reads Host. It may be empty when the target URI has no
// authority.
func regHost(v string) verdict {
	if why := regHostPort(v, true); why != "" {
		return invalid("%s", why)
	}
	return valid()
}

func regAltUsed(v string) verdict {
	if why := regHostPort(v, false); why != "" {
		return invalid("%s", why)
	}
	return valid()
}

// regCDNLoop reads RFC 8586 §2: CDN identifiers (host[:port] or a
// pseudonym token), each with optional parameters.
func regCDNLoop(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected CDN identifiers like foo123.example.net")
	}
	for _, el := range els {
		head, rest := regSplitHead(el)
		if !isToken(head) {
			if why := regHostPort(head, false); why != "" {
				return invalid("%q is neither a host[:port] nor a pseudonym: %s", clip(head), why)
			}
		}
		if _, err := parseParams(rest, true, false); err != nil {
			return invalid("in %q: %s", clip(el), err.Error())
		}
	}
	return valid()
}

// regForwarded reads RFC 7239 §4: elements of ';'-separated name=value
// pairs, each name at most once per element.
func regForwarded(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected pairs like for=192.0.2.60;proto=https")
	}
	for _, el := range els {
		ps, err := parseParams(";"+el, true, false)
		if err != nil {
			if strings.ContainsAny(el, ":[") {
				return invalid("in %q: %s; an IPv6 address or a port must be quoted, as in for=\"[2001:db8::1]:4711\"", clip(el), err.Error())
			}
			return invalid("in %q: %s", clip(el), err.Error())
		}
		seen := make(map[string]bool, len(ps))
		for _, p := range ps {
			if seen[p.Name] {
				return invalid("in %q: %s appears twice in one element", clip(el), clip(p.Name))
			}
			seen[p.Name] = true
		}
	}
	return valid()
}

// regOrigin reads RFC 6454 §7.1: "null" or serialized origins separated
// by spaces; browsers send one.
func regOrigin(v string) verdict {
	if v == "null" {
		return valid()
	}
	origins := strings.Fields(v)
	if len(origins) == 0 {
		return invalid("the value is empty; expected an origin like https://app.example.com or null")
	}
	for _, o := range origins {
		if o == "*" || o == "null" {
			return invalid("%q may not stand in a list of origins", o)
		}
		if vd := checkAllowOrigin(o); vd.bad != "" {
			return vd
		}
	}
	return valid()
}

// regReferer reads an absolute-URI or partial-URI: a URI reference
// without a fragment.
func regReferer(v string) verdict {
	if vd := checkURIReference(v); vd.bad != "" {
		return vd
	}
	if strings.IndexByte(v, '#') >= 0 {
		return invalid("a Referer never carries a #fragment; %q has one", clip(v))
	}
	return valid()
}

// regAbsoluteURI checks a URI with a scheme.
func regAbsoluteURI(v string) verdict {
	if vd := checkURIReference(v); vd.bad != "" {
		return vd
	}
	if u, err := url.Parse(v); err != nil || u.Scheme == "" {
		return invalid("%q is not an absolute URI; it needs a scheme such as https:", clip(v))
	}
	return valid()
}

// regFrom reads a mailbox (RFC 5322 §3.4): addr-spec, or a display name
// and <addr-spec>.
func regFrom(v string) verdict {
	addr := v
	if lt := strings.IndexByte(v, '<'); lt >= 0 {
		gt := strings.LastIndexByte(v, '>')
		if gt < lt || strings.Trim(v[gt+1:], " \t") != "" {
			return invalid("%q: the address in <angle brackets> must close and end the value", clip(v))
		}
		addr = v[lt+1 : gt]
	}
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 || at == len(addr)-1 {
		return invalid("%q is not an e-mail address like webmaster@example.org", clip(v))
	}
	if strings.ContainsAny(addr, " \t<>,") {
		return invalid("%q: an e-mail address holds no spaces, commas or angle brackets", clip(addr))
	}
	return valid()
}

// regCodedURL checks "<" absolute-URI ">" (RFC 4918 §10.1).
func regCodedURL(s string) string {
	if len(s) < 2 || s[0] != '<' || s[len(s)-1] != '>' {
		return "\"" + clip(s) + "\" is not a URI in <angle brackets>"
	}
	if vd := regAbsoluteURI(s[1 : len(s)-1]); vd.bad != "" {
		return vd.bad
	}
	return ""
}
