package field

import "strings"

// Ranges, validators, cookies, refresh and the directive lists of older
// or narrower specifications.

// regRange reads RFC 9110 §14.2: unit "=" range-set. For bytes each range
// is first-last, first- or -suffix, and last may not be below first.
func regRange(v string) verdict {
	unit, set, ok := strings.Cut(v, "=")
	if !ok {
		if u, _, sp := strings.Cut(v, " "); sp && isToken(u) {
			return invalid("%q uses a space after the unit; a Range needs '=', as in bytes=0-499", clip(v))
		}
		return invalid("%q is not unit=ranges, as in bytes=0-499", clip(v))
	}
	if !isToken(unit) {
		return invalid("%q is not a range unit", clip(unit))
	}
	if !strings.EqualFold(unit, "bytes") {
		if set == "" {
			return invalid("the range set after %s= is empty", unit)
		}
		return valid()
	}
	els := splitList(set)
	if len(els) == 0 {
		return invalid("no range after bytes=")
	}
	for _, el := range els {
		first, last, ok := strings.Cut(el, "-")
		switch {
		case !ok:
			return invalid("%q is not first-last, first- or -suffix", clip(el))
		case first == "":
			if !isDigits(last) {
				return invalid("suffix range %q needs a number of bytes, as in -500", clip(el))
			}
		case !isDigits(first) || last != "" && !isDigits(last):
			return invalid("%q is not first-last, first- or -suffix with whole numbers", clip(el))
		case last != "":
			f, _ := parseDelta(first)
			l, _ := parseDelta(last)
			if l < f {
				return invalid("range %s ends before it starts", clip(el))
			}
		}
	}
	return valid()
}

// regIfRange reads RFC 9110 §13.1.5: a strong entity-tag or an HTTP date.
func regIfRange(v string) verdict {
	if strings.HasPrefix(v, "W/") && isEntityTag(v) {
		return invalid("%q is a weak entity-tag; If-Range takes only strong ones", clip(v))
	}
	if isEntityTag(v) {
		return valid()
	}
	if _, ok := httpDate(v); ok {
		return valid()
	}
	return invalid("%q is neither an entity-tag in quotes nor an HTTP date", clip(v))
}

// regOpaqueTag reads a strong entity-tag, as Schedule-Tag and
// If-Schedule-Tag-Match (RFC 6638 §8.2–8.3) use.
func regOpaqueTag(v string) verdict {
	if strings.HasPrefix(v, "W/") || !isEntityTag(v) {
		return invalid("%q is not a strong entity-tag in double quotes", clip(v))
	}
	return valid()
}

func regEntityTag(v string) verdict { return checkETag(v) }

// regRefresh reads the HTML refresh syntax: seconds, then optionally ';'
// or ',' and url=URL (the "url=" may be left out, the URL may be quoted).
func regRefresh(v string) verdict {
	v = strings.Trim(v, " \t")
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	if i == 0 && (i == len(v) || v[i] != '.') {
		return invalid("%q does not start with a number of seconds, as in 5; url=/next", clip(v))
	}
	for i < len(v) && (v[i] >= '0' && v[i] <= '9' || v[i] == '.') {
		i++
	}
	rest := v[i:]
	if rest == "" {
		return valid()
	}
	if c := rest[0]; c != ';' && c != ',' && !isOWS(c) {
		return invalid("after the seconds expected ';' and a URL, not %q", clip(rest))
	}
	rest = strings.TrimLeft(rest, " \t")
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(rest, ";"), ","), " \t")
	if len(rest) >= 3 && strings.EqualFold(rest[:3], "url") {
		after := strings.TrimLeft(rest[3:], " \t")
		if strings.HasPrefix(after, "=") {
			rest = strings.TrimLeft(after[1:], " \t")
		}
	}
	if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
		q := rest[0]
		rest = rest[1:]
		if j := strings.IndexByte(rest, q); j >= 0 {
			rest = rest[:j]
		}
	}
	// An empty URL is allowed: it names the page itself.
	for j := 0; j < len(rest); j++ {
		if c := rest[j]; c < 0x20 || c == 0x7f {
			return invalid("the URL holds control byte %s", quoteByte(c))
		}
	}
	return valid()
}

// regCookie reads RFC 6265 §4.2.1: name=value pairs joined by "; ". A
// bare value is what browsers send for a cookie set without a name.
func regCookie(v string) verdict {
	if strings.Trim(v, " \t") == "" {
		return invalid("the value is empty")
	}
	for rest := v; rest != ""; {
		var pair string
		pair, rest, _ = strings.Cut(rest, ";")
		pair = strings.Trim(pair, " \t")
		if pair == "" {
			continue
		}
		name, value, has := strings.Cut(pair, "=")
		if !has {
			value, name = name, ""
		}
		if has && !isToken(name) {
			return invalid("cookie name %q is not a token; a comma or space here usually means cookies were joined with ',' instead of '; '", clip(name))
		}
		if len(value) >= 2 && value[0] == '"' && value[len(value)-1] == '"' {
			value = value[1 : len(value)-1]
		}
		for i := 0; i < len(value); i++ {
			if !isCookieOctet(value[i]) {
				return invalid("the value of cookie %q holds %s; cookie values must encode spaces, quotes, commas and backslashes", clip(name), quoteByte(value[i]))
			}
		}
	}
	return valid()
}

// regTokenValue checks token [ "=" ( token / quoted-string ) ].
func regTokenValue(el string) (string, string, bool, string) {
	name, val, has := strings.Cut(el, "=")
	name = strings.Trim(name, " \t")
	val = strings.Trim(val, " \t")
	if !isToken(name) {
		return "", "", false, "\"" + clip(name) + "\" is not a token"
	}
	if has && !isToken(val) && !isQuotedString(val) {
		return "", "", false, "the value of " + clip(name) + " must be a token or a quoted string"
	}
	return strings.ToLower(name), unquote(val), has, ""
}

// regTokenValues reads 1#( token [ "=" ( token / quoted-string ) ] ), as
// Pragma (RFC 9111 §5.4), TCN (RFC 2295 §8.5) and P3P use.
func regTokenValues(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		if _, _, _, why := regTokenValue(el); why != "" {
			return invalid("%s", why)
		}
	}
	return valid()
}

// regSurrogateControl reads the Edge Architecture directives: each
// name[=value] may be aimed at one surrogate with ";device-token";
// max-age is seconds with an optional "+" grace.
func regSurrogateControl(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected directives like max-age=300")
	}
	for _, el := range els {
		head := el
		// The device token follows the last ';' that is outside quotes.
		if i := strings.LastIndexByte(el, ';'); i >= 0 && !strings.ContainsRune(el[i:], '"') {
			head = el[:i]
			if dev := strings.Trim(el[i+1:], " \t"); !isToken(dev) {
				return invalid("%q after ';' is not a surrogate name", clip(dev))
			}
		}
		name, val, has, why := regTokenValue(head)
		if why != "" {
			return invalid("%s", why)
		}
		if name == "max-age" {
			secs, grace, plus := strings.Cut(val, "+")
			if !has || !isDigits(secs) || plus && !isDigits(grace) {
				return invalid("max-age needs seconds with an optional +grace, as in max-age=300+60")
			}
		}
	}
	return valid()
}

// regSurrogateCapability reads device-token="capabilities" pairs, as in
// abc="Surrogate/1.0 ESI/1.0".
func regSurrogateCapability(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		dev, caps, ok := strings.Cut(el, "=")
		caps = strings.Trim(caps, " \t")
		if !ok || !isToken(strings.Trim(dev, " \t")) || !isQuotedString(caps) {
			return invalid("%q is not name=\"capabilities\", as in abc=\"Surrogate/1.0 ESI/1.0\"", clip(el))
		}
	}
	return valid()
}

// regClearSiteData reads the W3C Clear Site Data list of quoted types.
func regClearSiteData(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected types like \"cache\", \"cookies\", \"storage\"")
	}
	for _, el := range els {
		if !isQuotedString(el) {
			return invalid("%s must be in double quotes, as in \"cookies\"; browsers ignore it bare", clip(el))
		}
		if !regClearSiteTypes[unquote(el)] {
			return invalid("%s is not a type browsers clear; expected \"cache\", \"cookies\", \"storage\", \"executionContexts\", \"clientHints\", \"prefetchCache\", \"prerenderCache\" or \"*\"", clip(el))
		}
	}
	return valid()
}

var regClearSiteTypes = map[string]bool{
	"cache": true, "cookies": true, "storage": true, "executionContexts": true,
	"clientHints": true, "prefetchCache": true, "prerenderCache": true, "*": true,
}

// regCookie2 reads RFC 2965 §3.3.4: the obsolete Cookie2 field says which
// cookie version the client understands, as $Version="1".
func regCookie2(v string) verdict {
	name, val, ok := strings.Cut(v, "=")
	val = strings.Trim(val, " \t")
	if !ok || strings.Trim(name, " \t") != "$Version" || !(isToken(val) || isQuotedString(val)) || unquote(val) == "" {
		return invalid("%q is not $Version=\"1\"", clip(v))
	}
	return valid()
}
