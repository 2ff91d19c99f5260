package field

import (
	"encoding/json"
	"strings"
)

// Checkers for everyday fields whose grammar is short: connection options,
// alternative services, timing, reporting and download names.

// checkParamList reads a comma list whose elements are a token followed by
// parameters, like Server-Timing ("db;dur=53, cache;desc=hit") or
// Keep-Alive ("timeout=5, max=100", where the element itself is name=value).
func checkParamList(v string, elementHasValue bool) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		head, rest, _ := strings.Cut(el, ";")
		if rest != "" {
			rest = ";" + rest
		}
		name, val, has := strings.Cut(head, "=")
		name = strings.Trim(name, " \t")
		if !isToken(name) {
			return invalid("%q is not a token", clip(name))
		}
		if has {
			val = strings.Trim(val, " \t")
			if !elementHasValue || !(isToken(val) || isQuotedString(val)) {
				return invalid("%q has a value where none is expected, or a value that needs quotes", clip(head))
			}
		}
		if _, err := parseParams(rest, false, true); err != nil {
			return invalid("in %q: %s", clip(el), err.Error())
		}
	}
	return valid()
}

// checkParamValues checks Keep-Alive, whose elements may be name=value.
func checkParamValues(v string) verdict { return checkParamList(v, true) }

// checkParamNames checks Server-Timing, whose elements are bare names.
func checkParamNames(v string) verdict { return checkParamList(v, false) }

// checkAltSvc reads RFC 7838 §3: "clear", or a list of
// protocol-id="[host]:port" with optional ma= and persist= parameters.
func checkAltSvc(v string) verdict {
	if strings.TrimSpace(v) == "clear" {
		return valid()
	}
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		head, rest, _ := strings.Cut(el, ";")
		proto, auth, ok := strings.Cut(head, "=")
		auth = strings.Trim(auth, " \t")
		if !ok || !isToken(strings.TrimSpace(proto)) || !isQuotedString(auth) {
			return invalid("%q is not protocol=\"host:port\" (like h3=\":443\")", clip(head))
		}
		if !strings.Contains(unquote(auth), ":") {
			return invalid("alternative %s lacks the \":port\"", clip(auth))
		}
		if rest != "" {
			ps, err := parseParams(";"+rest, true, false)
			if err != nil {
				return invalid("%s", err.Error())
			}
			for _, p := range ps {
				if p.Name == "ma" && !isDigits(p.Value) {
					return invalid("ma=%s must be whole seconds", clip(p.Value))
				}
			}
		}
	}
	return valid()
}

// checkTimingAllowOrigin reads the Resource Timing field: "*" or origins.
func checkTimingAllowOrigin(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		if el != "*" {
			if vd := checkAllowOrigin(el); vd.bad != "" {
				return vd
			}
		}
	}
	return valid()
}

// checkUpgrade reads RFC 9110 §7.8: a list of protocol names, each with an
// optional "/version".
func checkUpgrade(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		name, version, has := strings.Cut(el, "/")
		if !isToken(name) || has && !isToken(version) {
			return invalid("%q is not a protocol name like websocket or h2c", clip(el))
		}
	}
	return valid()
}

// checkJSONObject is for NEL, whose value is one JSON object.
func checkJSONObject(v string) verdict {
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(v), &m); err != nil {
		return invalid("not a JSON object: %s", err.Error())
	}
	return valid()
}

// checkJSONObjects is for Report-To, whose value is JSON objects separated
// by commas (a JSON array without its brackets).
func checkJSONObjects(v string) verdict {
	var ms []map[string]json.RawMessage
	if err := json.Unmarshal([]byte("["+v+"]"), &ms); err != nil || len(ms) == 0 {
		return invalid("not JSON objects separated by commas")
	}
	return valid()
}

// checkContentDisposition reads RFC 6266 §4.1: a disposition type and
// parameters such as filename="a.pdf" or filename*=UTF-8”a.pdf.
func checkContentDisposition(v string) verdict {
	v = strings.Trim(v, " \t")
	typ, rest := v, ""
	if i := strings.IndexByte(v, ';'); i >= 0 {
		typ, rest = strings.TrimRight(v[:i], " \t"), v[i:]
	}
	if !isToken(typ) {
		return invalid("%q is not a disposition type like inline or attachment", clip(typ))
	}
	ps, err := parseParams(rest, true, true)
	if err != nil {
		return invalid("%s", err.Error())
	}
	for _, p := range ps {
		if p.Name == "filename*" && strings.Count(p.Value, "'") < 2 {
			return invalid("filename* needs charset'language'value, as in UTF-8''na%%C3%%AFve.txt")
		}
	}
	return valid()
}

// checkMediaTypeList is for Accept-Patch: a list of media types.
func checkMediaTypeList(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		if _, why := parseMediaType(el); why != "" {
			return invalid("%s", why)
		}
	}
	return valid()
}

// checkXSSProtection reads the legacy X-XSS-Protection field:
// "0", or "1" with optional mode=block or report=URI.
func checkXSSProtection(v string) verdict {
	v = strings.Trim(v, " \t")
	head, rest, _ := strings.Cut(v, ";")
	switch strings.TrimSpace(head) {
	case "0", "1":
	default:
		return invalid("expected 0 or 1, not %q", clip(head))
	}
	if rest == "" {
		return valid()
	}
	ps, err := parseParams(";"+rest, true, true)
	if err != nil {
		// report= takes a bare URI that parseParams cannot read as a token.
		if strings.Contains(strings.ToLower(rest), "report=") {
			return valid()
		}
		return invalid("%s", err.Error())
	}
	for _, p := range ps {
		if p.Name == "mode" && !strings.EqualFold(p.Value, "block") {
			return invalid("mode=%s: the only mode is block", clip(p.Value))
		}
	}
	return valid()
}
