package field

import "strings"

// Content negotiation and request preferences: the Accept family and TE
// (RFC 9110 §12.5, §10.1.4), Prefer (RFC 7240), Expect (RFC 9110 §10.1.1)
// and the older delta-encoding and digest lists that share their shape.

// regQValue reports whether s is a qvalue (RFC 9110 §12.4.2): 0 to 1 with
// at most three decimals.
func regQValue(s string) bool {
	if s == "" || s[0] != '0' && s[0] != '1' {
		return false
	}
	if len(s) == 1 {
		return true
	}
	frac := s[2:]
	if s[1] != '.' || len(frac) > 3 {
		return false
	}
	for i := 0; i < len(frac); i++ {
		if frac[i] < '0' || frac[i] > '9' || s[0] == '1' && frac[i] != '0' {
			return false
		}
	}
	return true
}

// regSplitHead cuts a list element at its first ';', returning the trimmed
// head and the rest starting at ';' (or "").
func regSplitHead(el string) (string, string) {
	if i := strings.IndexByte(el, ';'); i >= 0 {
		return strings.TrimRight(el[:i], " \t"), el[i:]
	}
	return el, ""
}

// regWeighted checks a list whose elements are a head accepted by ok and an
// optional ";q=" weight and nothing else. empty says whether the list may
// be empty; what names the head in messages.
func regWeighted(v string, empty bool, what string, ok func(string) string) verdict {
	els := splitList(v)
	if len(els) == 0 && !empty {
		return invalid("the list is empty; expected at least one %s", what)
	}
	for _, el := range els {
		head, rest := regSplitHead(el)
		if why := ok(head); why != "" {
			return invalid("%s", why)
		}
		ps, err := parseParams(rest, true, false)
		if err != nil {
			return invalid("in %q: %s", clip(el), err.Error())
		}
		for _, p := range ps {
			if p.Name != "q" {
				return invalid("in %q: only a q weight may follow a %s, not %q", clip(el), what, p.Name)
			}
			if !regQValue(p.Value) {
				return invalid("in %q: q=%s is not a weight from 0 to 1 with at most three decimals", clip(el), clip(p.Value))
			}
		}
	}
	return valid()
}

// regQWeights checks the q parameters among media-range or transfer-coding
// parameters, which may carry other parameters too.
func regQWeights(el string, ps []param) verdict {
	for _, p := range ps {
		if p.Name == "q" && !regQValue(p.Value) {
			return invalid("in %q: q=%s is not a weight from 0 to 1 with at most three decimals", clip(el), clip(p.Value))
		}
	}
	return valid()
}

func regTokenWhy(h, what string) string {
	if !isToken(h) {
		return "\"" + clip(h) + "\" is not a single " + what
	}
	return ""
}

// Head checkers for the rows below; named functions rather than closures
// made at start-up.
func regCodingHead(h string) string {
	return regTokenWhy(h, "content coding (like gzip, br or *)")
}
func regCharsetHead(h string) string { return regTokenWhy(h, "charset name (like utf-8 or *)") }
func regIMHead(h string) string      { return regTokenWhy(h, "instance-manipulation name (like vcdiff)") }
func regDigestHead(h string) string  { return regTokenWhy(h, "digest algorithm (like sha-256)") }

// regAccept reads RFC 9110 §12.5.1: media ranges with parameters and a
// weight; an empty value is allowed.
func regAccept(v string) verdict {
	for _, el := range splitList(v) {
		m, why := parseMediaType(el)
		if why != "" {
			return invalid("%s", why)
		}
		if m.Type == "*" && m.Subtype != "*" {
			return invalid("%q is not a media range: a wildcard type needs a wildcard subtype (*/*)", clip(m.Essence()))
		}
		if vd := regQWeights(el, m.Params); vd.bad != "" {
			return vd
		}
	}
	return valid()
}

// regAcceptPost reads the Linked Data Platform field: like Accept, but it
// lists at least one media type.
func regAcceptPost(v string) verdict {
	if len(splitList(v)) == 0 {
		return invalid("the list is empty; expected media types like text/turtle")
	}
	return regAccept(v)
}

func regAcceptEncoding(v string) verdict {
	return regWeighted(v, true, "content coding", regCodingHead)
}

func regAcceptCharset(v string) verdict {
	return regWeighted(v, false, "charset", regCharsetHead)
}

// regLanguageRange checks RFC 4647 §2.1 basic ranges: "*" or 1*8ALPHA
// *("-" 1*8alphanum).
func regLanguageRange(h string) string {
	if h == "*" {
		return ""
	}
	if strings.IndexByte(h, '_') >= 0 {
		return "\"" + clip(h) + "\" uses '_'; language tags use '-', as in en-US"
	}
	for i, sub := range strings.Split(h, "-") {
		if len(sub) == 0 || len(sub) > 8 || !isAlnum(sub) || i == 0 && !regAlpha(sub) {
			return "\"" + clip(h) + "\" is not a language range like en, en-GB or *"
		}
	}
	return ""
}

func regAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func regAcceptLanguage(v string) verdict {
	return regWeighted(v, true, "language range", regLanguageRange)
}

// regAIM reads RFC 3229 §10.5.3: instance-manipulations with a weight.
func regAIM(v string) verdict {
	return regWeighted(v, true, "instance-manipulation", regIMHead)
}

// regWantDigest reads RFC 3230 §4.3.1: digest algorithms with a weight.
func regWantDigest(v string) verdict {
	return regWeighted(v, false, "digest algorithm", regDigestHead)
}

// regDigest reads RFC 3230 §4.3.2: algorithm "=" encoded digest, listed.
func regDigest(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected algorithm=digest, as in sha-256=X48E9q...")
	}
	for _, el := range els {
		alg, val, ok := strings.Cut(el, "=")
		if !ok || !isToken(alg) || val == "" || strings.ContainsAny(val, " \t") {
			return invalid("%q is not algorithm=digest, as in sha-256=X48E9q...", clip(el))
		}
	}
	return valid()
}

// regTE reads RFC 9110 §10.1.4: "trailers" or transfer codings with
// parameters and a weight.
func regTE(v string) verdict {
	for _, el := range splitList(v) {
		head, rest := regSplitHead(el)
		if !isToken(head) {
			return invalid("%q is not a transfer coding (like trailers, gzip or deflate)", clip(head))
		}
		if strings.EqualFold(head, "chunked") {
			return invalid("chunked may not be listed in TE: every HTTP/1.1 recipient takes it")
		}
		ps, err := parseParams(rest, true, false)
		if err != nil {
			return invalid("in %q: %s", clip(el), err.Error())
		}
		if vd := regQWeights(el, ps); vd.bad != "" {
			return vd
		}
	}
	return valid()
}

// regExpect reads RFC 9110 §10.1.1. Only 100-continue is defined; a server
// answers other expectations with 417.
func regExpect(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the value is empty; the only expectation is 100-continue")
	}
	for _, el := range els {
		if !strings.EqualFold(el, "100-continue") {
			return invalid("%q is not an expectation servers know; the only one defined is 100-continue (others get 417)", clip(el))
		}
	}
	return valid()
}

// regPreferenceHead reads token [ BWS "=" BWS word ] at the start of s and
// returns the lower-case name, the value, and the rest of s.
func regPreferenceHead(s string) (name, value, rest, why string) {
	sc := scanner{s: s}
	name = strings.ToLower(sc.token())
	if name == "" {
		return "", "", "", "\"" + clip(s) + "\" does not start with a preference name"
	}
	save := sc.i
	sc.skip(" \t")
	if sc.done() || sc.peek() != '=' {
		sc.i = save
		return name, "", sc.rest(), ""
	}
	sc.i++
	sc.skip(" \t")
	if !sc.done() && sc.peek() == '"' {
		e := quotedEnd(s, sc.i)
		if e < 0 {
			return name, "", "", "unclosed quoted string in preference " + name
		}
		value = unquote(s[sc.i:e])
		sc.i = e
	} else if value = sc.token(); value == "" {
		return name, "", "", "preference " + name + " has '=' but no value"
	}
	return name, value, sc.rest(), ""
}

// regPreferValues are the registered preferences whose values are fixed
// (RFC 7240 §4, RFC 8144).
var regPreferValues = map[string][]string{
	"return":   {"representation", "minimal"},
	"handling": {"strict", "lenient"},
}

// regPrefer reads RFC 7240 §2 (Prefer) or, with params false, §3
// (Preference-Applied).
func regPrefer(v string, params bool) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected preferences like return=minimal")
	}
	for _, el := range els {
		name, value, rest, why := regPreferenceHead(el)
		if why != "" {
			return invalid("%s", why)
		}
		if name == "wait" && !isDigits(value) {
			return invalid("wait=%s must be whole seconds", clip(value))
		}
		if allowed, ok := regPreferValues[name]; ok && !contains(allowed, strings.ToLower(value)) {
			return invalid("%s=%s: expected %s", name, clip(value), strings.Join(allowed, " or "))
		}
		rest = strings.Trim(rest, " \t")
		if rest == "" {
			continue
		}
		if !params {
			return invalid("in %q: an applied preference carries no parameters", clip(el))
		}
		if _, err := parseParams(rest, false, true); err != nil {
			return invalid("in %q: %s", clip(el), err.Error())
		}
	}
	return valid()
}

func regPreferRequest(v string) verdict { return regPrefer(v, true) }

func regPreferenceApplied(v string) verdict { return regPrefer(v, false) }
