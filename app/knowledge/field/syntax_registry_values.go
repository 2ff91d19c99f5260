package field

import (
	"encoding/base64"
	"strings"
)

// Fields whose value is one of a few fixed words, one number, or one
// encoded blob of a known size.

// regOneOf checks v against the allowed words; fold says whether case is
// ignored (ABNF literals are case-insensitive, browser keywords are not).
func regOneOf(v string, fold bool, allowed ...string) verdict {
	for _, a := range allowed {
		if v == a || fold && strings.EqualFold(v, a) {
			return valid()
		}
	}
	return invalid("expected %s, not %q", strings.Join(allowed, " or "), clip(v))
}

func regOne(v string) verdict { return regOneOf(v, false, "1") }

func regTrueFalse(v string) verdict { return regOneOf(v, true, "T", "F") }

func regTrue(v string) verdict { return regOneOf(v, false, "true") }

func regSnapshot(v string) verdict { return regOneOf(v, true, "snapshot") }

func regYesNo(v string) verdict { return regOneOf(v, true, "yes", "no") }

func regHobareg(v string) verdict { return regOneOf(v, true, "regok", "reginwork") }

func regRepeatabilityResult(v string) verdict { return regOneOf(v, true, "accepted", "rejected") }

// regCORP: browsers match the Fetch keywords exactly.
func regCORP(v string) verdict {
	return regOneOf(v, false, "same-origin", "same-site", "cross-origin")
}

func regUrgency(v string) verdict {
	return regOneOf(v, false, "very-low", "low", "normal", "high")
}

func regDepth(v string) verdict { return regOneOf(v, true, "0", "1", "infinity") }

// regVersionNumber checks 1*DIGIT "." 1*DIGIT, as MIME-Version and the
// OData version fields use.
func regVersionNumber(v string) verdict {
	major, minor, ok := strings.Cut(v, ".")
	if !ok || !isDigits(major) || !isDigits(minor) {
		return invalid("%q is not a version number like 1.0 or 4.01", clip(v))
	}
	return valid()
}

// regTTL reads RFC 8030 §5.2: seconds the push service keeps the message.
func regTTL(v string) verdict {
	if !isDigits(v) {
		return invalid("%q is not a number of seconds (digits only)", clip(v))
	}
	return valid()
}

// regBase64Size checks standard base64 (with padding) that decodes to n
// bytes.
func regBase64Size(v string, n int, what string) verdict {
	if want := base64.StdEncoding.EncodedLen(n); len(v) != want {
		return invalid("%s is base64 of %d bytes, %d characters long; this value has %d", what, n, want, len(v))
	}
	if _, err := base64.StdEncoding.DecodeString(v); err != nil {
		return invalid("%s is not valid base64: %q", what, clip(v))
	}
	return valid()
}

func regContentMD5(v string) verdict { return regBase64Size(v, 16, "a Content-MD5") }

func regWebSocketKey(v string) verdict { return regBase64Size(v, 16, "a Sec-WebSocket-Key") }

func regWebSocketAccept(v string) verdict {
	return regBase64Size(v, 20, "a Sec-WebSocket-Accept (the SHA-1 of key and GUID)")
}

// regIsBase64URL reports whether s uses only the URL-safe base64 alphabet
// without padding (RFC 4648 §5).
func regIsBase64URL(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

func regBase64URL(v string) verdict {
	if v == "" {
		return invalid("the value is empty; expected URL-safe base64")
	}
	if !regIsBase64URL(v) {
		if strings.IndexByte(v, '=') >= 0 {
			return invalid("%q holds '=' padding, which this URL-safe base64 value leaves out", clip(v))
		}
		return invalid("%q is not URL-safe base64 (letters, digits, '-' and '_')", clip(v))
	}
	if len(v)%4 == 1 {
		return invalid("%q has a length no base64 encoding can have", clip(v))
	}
	return valid()
}

// regOSCORE reads RFC 8613 §11.1: the OSCORE option value in URL-safe
// base64; an empty option gives an empty value.
func regOSCORE(v string) verdict {
	if v == "" {
		return valid()
	}
	return regBase64URL(v)
}

// regHTTP2Settings reads RFC 7540 §3.2.1: URL-safe base64 of a SETTINGS
// payload, six bytes per setting; it may be empty.
func regHTTP2Settings(v string) verdict {
	if v == "" {
		return valid()
	}
	if vd := regBase64URL(v); vd.bad != "" {
		return vd
	}
	b, err := base64.RawURLEncoding.DecodeString(v)
	if err != nil {
		return invalid("%q does not decode as URL-safe base64", clip(v))
	}
	if len(b)%6 != 0 {
		return invalid("decodes to %d bytes; a SETTINGS payload is six bytes per setting", len(b))
	}
	return valid()
}

// regTopic reads RFC 8030 §5.4: up to 32 characters of URL-safe base64.
func regTopic(v string) verdict {
	if len(v) > 32 {
		return invalid("a Topic is at most 32 characters; this one has %d", len(v))
	}
	if v == "" || !regIsBase64URL(v) {
		return invalid("%q is not made of the URL-safe base64 alphabet (letters, digits, '-' and '_')", clip(v))
	}
	return valid()
}

// regDPoPNonce reads RFC 9449 §8.1: 1*NQCHAR, printable ASCII without '"'
// or '\'.
func regDPoPNonce(v string) verdict {
	if v == "" {
		return invalid("the nonce is empty")
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x21 || c > 0x7e || c == '"' || c == '\\' {
			return invalid("byte %s at offset %d may not appear in a DPoP nonce", quoteByte(c), i)
		}
	}
	return valid()
}

// regQuoted checks a value that is one quoted-string.
func regQuoted(v string) verdict {
	if !isQuotedString(v) {
		return invalid("%q must be one \"quoted string\"", clip(v))
	}
	return valid()
}

// regContentID reads a MIME message id (RFC 2045 §7): text in angle
// brackets.
func regContentID(v string) verdict {
	if len(v) < 3 || v[0] != '<' || v[len(v)-1] != '>' || strings.ContainsAny(v[1:len(v)-1], "<> \t") {
		return invalid("%q is not an id in <angle brackets>, as in <part1@example.org>", clip(v))
	}
	return valid()
}

// regSecWebSocketVersion reads RFC 6455 §11.3.5: version numbers 0 to 255;
// a server refusing the client's version lists those it takes.
func regSecWebSocketVersion(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the value is empty; the current version is 13")
	}
	for _, el := range els {
		n, ok := parseDelta(el)
		if !ok || n > 255 || len(el) > 1 && el[0] == '0' {
			return invalid("%q is not a WebSocket version number (0 to 255; the current one is 13)", clip(el))
		}
	}
	return valid()
}

// regSlug reads RFC 5023 §9.7: printable ASCII with %-escapes for the
// rest.
func regSlug(v string) verdict {
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '%':
			if i+2 >= len(v) || !regIsHex(v[i+1]) || !regIsHex(v[i+2]) {
				return invalid("'%%' at offset %d is not followed by two hex digits", i)
			}
			i += 2
		case c < 0x20 && c != '\t' || c > 0x7e:
			return invalid("byte %s at offset %d must be %%-encoded in a Slug", quoteByte(c), i)
		}
	}
	return valid()
}

// regSOAPAction reads SOAP 1.1 §6.1.1: empty, or a quoted URI reference.
func regSOAPAction(v string) verdict {
	if v == "" {
		return valid()
	}
	if !isQuotedString(v) {
		return invalid("%q needs double quotes, as in \"urn:example#Op\" (or \"\" for none)", clip(v))
	}
	if u := unquote(v); u != "" {
		if vd := checkURIReference(u); vd.bad != "" {
			return vd
		}
	}
	return valid()
}

// regALPN reads RFC 7639 §2: protocol ids as tokens, other bytes and '%'
// itself %-encoded.
func regALPN(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected protocol ids like h2 or http%%2F1.1")
	}
	for _, el := range els {
		if !isToken(el) {
			return invalid("%q is not a token; bytes such as '/' must be %%-encoded, as in http%%2F1.1", clip(el))
		}
		for i := 0; i < len(el); i++ {
			if el[i] == '%' {
				if i+2 >= len(el) || !regIsHex(el[i+1]) || !regIsHex(el[i+2]) {
					return invalid("in %q, '%%' is not followed by two hex digits", clip(el))
				}
				i += 2
			}
		}
	}
	return valid()
}

// regSecWebSocketExtensions reads RFC 6455 §9.1: extension tokens with
// parameters whose values are optional.
func regSecWebSocketExtensions(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected extensions like permessage-deflate")
	}
	for _, el := range els {
		head, rest := regSplitHead(el)
		if !isToken(head) {
			return invalid("%q is not an extension name", clip(head))
		}
		if _, err := parseParams(rest, false, true); err != nil {
			return invalid("in %q: %s", clip(el), err.Error())
		}
	}
	return valid()
}
