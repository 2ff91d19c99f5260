package field

import (
	"fmt"
	"net/url"
	"strings"
)

// verdict is what a value checker found about one field line.
type verdict struct {
	// bad says why the value is not valid; "" when it is.
	bad string
	// soft are notes that do not make the value invalid, such as an
	// obsolete date form that recipients still accept.
	soft []raised
}

// raised is a note id with the arguments for its summary.
type raised struct {
	id   string
	args []string
}

func valid() verdict { return verdict{} }

// invalid is called from some eighty checks; kept out of line (as clip
// is), it costs the web page one copy instead of one per call.
//
//go:noinline
func invalid(format string, args ...any) verdict {
	return verdict{bad: fmt.Sprintf(format, args...)}
}

// fieldSyntax is what we know of one field's value: how to check it and
// whether it may appear only once.
type fieldSyntax struct {
	check     func(string) verdict
	singleton bool
}

// syntaxes maps lower-case field names to their value syntax: the plain
// table below plus the structured fields of syntax_sf.go. Fields that share
// a kind share a checker; fields absent here have no known syntax.
var syntaxes = withStructured(append(plainSyntaxes[:len(plainSyntaxes):len(plainSyntaxes)], registrySyntaxes...), structuredFields)

var plainSyntaxes = []namedSyntax{
	// Dates (RFC 9110 §5.6.7).
	{"date", fieldSyntax{check: checkDate, singleton: true}},
	{"expires", fieldSyntax{check: checkDate, singleton: true}},
	{"last-modified", fieldSyntax{check: checkDate, singleton: true}},
	{"if-modified-since", fieldSyntax{check: checkDate, singleton: true}},
	{"if-unmodified-since", fieldSyntax{check: checkDate, singleton: true}},

	// Numbers.
	{"content-length", fieldSyntax{check: checkInteger, singleton: true}},
	{"max-forwards", fieldSyntax{check: checkInteger, singleton: true}},
	{"age", fieldSyntax{check: checkDeltaSeconds, singleton: true}},
	{"access-control-max-age", fieldSyntax{check: checkDeltaSeconds, singleton: true}},
	{"retry-after", fieldSyntax{check: checkRetryAfter, singleton: true}},

	// Lists of tokens.
	{"allow", fieldSyntax{check: checkTokensOrNone}},
	{"connection", fieldSyntax{check: checkTokens}},
	{"accept-ranges", fieldSyntax{check: checkTokens}},
	{"access-control-allow-methods", fieldSyntax{check: checkTokens}},
	{"access-control-allow-headers", fieldSyntax{check: checkTokens}},
	{"access-control-expose-headers", fieldSyntax{check: checkTokens}},
	{"access-control-request-headers", fieldSyntax{check: checkTokens}},
	{"trailer", fieldSyntax{check: checkTokens}},
	{"vary", fieldSyntax{check: checkVary}},
	{"content-encoding", fieldSyntax{check: checkContentCodings}},
	{"transfer-encoding", fieldSyntax{check: checkTransferCodings}},
	{"content-language", fieldSyntax{check: checkLanguageList}},

	// Media types and entity-tags.
	{"content-type", fieldSyntax{check: checkMediaType, singleton: true}},
	{"etag", fieldSyntax{check: checkETag, singleton: true}},
	{"if-none-match", fieldSyntax{check: checkETagList}},
	{"if-match", fieldSyntax{check: checkETagList}},

	// URIs and origins.
	{"location", fieldSyntax{check: checkURIReference, singleton: true}},
	{"content-location", fieldSyntax{check: checkURIReference, singleton: true}},
	{"access-control-allow-origin", fieldSyntax{check: checkAllowOrigin, singleton: true}},
	{"access-control-allow-credentials", fieldSyntax{check: checkAllowCredentials, singleton: true}},
	{"link", fieldSyntax{check: checkLink}},

	// Caching, ranges, authentication.
	{"cache-control", fieldSyntax{check: checkCacheControl}},
	{"content-range", fieldSyntax{check: checkContentRange, singleton: true}},
	{"www-authenticate", fieldSyntax{check: checkChallenges}},
	{"proxy-authenticate", fieldSyntax{check: checkChallenges}},
	{"set-cookie", fieldSyntax{check: checkSetCookie}},

	// Browser security policies.
	{"strict-transport-security", fieldSyntax{check: checkHSTS, singleton: true}},
	{"content-security-policy", fieldSyntax{check: checkCSP}},
	{"content-security-policy-report-only", fieldSyntax{check: checkCSP}},
	{"referrer-policy", fieldSyntax{check: checkReferrerPolicy}},
	{"x-content-type-options", fieldSyntax{check: checkNosniff, singleton: true}},
	{"x-frame-options", fieldSyntax{check: checkFrameOptions, singleton: true}},
	{"x-xss-protection", fieldSyntax{check: checkXSSProtection, singleton: true}},
	{"timing-allow-origin", fieldSyntax{check: checkTimingAllowOrigin}},
	{"nel", fieldSyntax{check: checkJSONObject, singleton: true}},
	{"report-to", fieldSyntax{check: checkJSONObjects}},

	// Connection management and everyday extras (syntax_more.go).
	{"keep-alive", fieldSyntax{check: checkParamValues}},
	{"server-timing", fieldSyntax{check: checkParamNames}},
	{"alt-svc", fieldSyntax{check: checkAltSvc}},
	{"upgrade", fieldSyntax{check: checkUpgrade}},
	{"content-disposition", fieldSyntax{check: checkContentDisposition, singleton: true}},
	{"accept-patch", fieldSyntax{check: checkMediaTypeList}},
	{"access-control-request-method", fieldSyntax{check: checkTokens, singleton: true}},
}

// namedSyntax is one row of plainSyntaxes. The table is a slice, not a
// map literal: a slice of constants and function names is laid out as data,
// where a map literal with function values compiles to code, one insertion
// per row.
type namedSyntax struct {
	name string
	syn  fieldSyntax
}

// withStructured builds one lookup table from both sources, once.
func withStructured(plain []namedSyntax, sfs map[string]structured) map[string]fieldSyntax {
	m := make(map[string]fieldSyntax, len(plain)+len(sfs))
	for _, p := range plain {
		m[p.name] = p.syn
	}
	for name, sf := range sfs {
		m[name] = fieldSyntax{check: sf.checker(), singleton: sf.singleton}
	}
	return m
}

// lookupSyntax returns the syntax of a field name, if known.
func lookupSyntax(name string) (fieldSyntax, bool) {
	s, ok := syntaxes[strings.ToLower(name)]
	return s, ok
}

func checkInteger(v string) verdict {
	if !isDigits(v) {
		return invalid("%q is not a whole number of digits", clip(v))
	}
	return valid()
}

func checkDeltaSeconds(v string) verdict {
	if !isDigits(v) {
		return invalid("%q is not a number of seconds (digits only)", clip(v))
	}
	return valid()
}

func checkRetryAfter(v string) verdict {
	if isDigits(v) {
		return valid()
	}
	if strings.HasPrefix(v, "-") && isDigits(v[1:]) {
		return invalid("%q is negative; Retry-After takes seconds from 0 up, or a date", v)
	}
	return checkDate(v)
}

// checkTokenList checks a comma list of tokens; empty says whether the
// list may hold no element at all (Allow may). The table uses the named
// forms below: a checker made by a call at start-up would be code run at
// every page load, and a closure per table row.
func checkTokenList(v string, empty bool) verdict {
	els := splitList(v)
	if len(els) == 0 && !empty {
		return invalid("the list is empty")
	}
	for _, el := range els {
		if !isToken(el) {
			return invalid("%q is not a single token", clip(el))
		}
	}
	return valid()
}

// checkTokens checks a list of one token or more.
func checkTokens(v string) verdict { return checkTokenList(v, false) }

// checkTokensOrNone checks a list of tokens that may be empty.
func checkTokensOrNone(v string) verdict { return checkTokenList(v, true) }

func checkVary(v string) verdict {
	if strings.TrimSpace(v) == "*" {
		return valid()
	}
	for _, el := range splitList(v) {
		if el == "*" {
			return invalid("\"*\" must stand alone, not in a list with field names")
		}
	}
	return checkTokens(v)
}

func checkLanguageList(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		for _, sub := range strings.Split(el, "-") {
			if len(sub) == 0 || len(sub) > 8 || !isAlnum(sub) {
				return invalid("%q is not a language tag", clip(el))
			}
		}
	}
	return valid()
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func checkETag(v string) verdict {
	if !isEntityTag(v) {
		if isToken(v) {
			return invalid("%q lacks the double quotes an entity-tag needs", clip(v))
		}
		return invalid("%q is not an entity-tag (W/\"…\" or \"…\")", clip(v))
	}
	return valid()
}

func checkETagList(v string) verdict {
	if strings.TrimSpace(v) == "*" {
		return valid()
	}
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		if !isEntityTag(el) {
			return invalid("%q is not an entity-tag", clip(el))
		}
	}
	return valid()
}

func checkURIReference(v string) verdict {
	if v == "" {
		return invalid("the value is empty")
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '"' {
			return invalid("byte %q at offset %d may not appear in a URI unencoded", c, i)
		}
	}
	if _, err := url.Parse(v); err != nil {
		return invalid("not a URI reference: %s", errText(err))
	}
	return valid()
}

// errText drops the repeated input that url errors carry.
func errText(err error) string {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err.Error()
	}
	return err.Error()
}

// checkAllowOrigin accepts "*", "null" or a serialized origin (RFC 6454
// §6.2 as used by the Fetch standard): scheme "://" host [ ":" port ].
func checkAllowOrigin(v string) verdict {
	if v == "*" || v == "null" {
		return valid()
	}
	if strings.ContainsAny(v, ", ") {
		return invalid("only one origin may be given; browsers reject a list")
	}
	u, err := url.Parse(v)
	if err != nil || u.Scheme == "" || u.Host == "" || u.Opaque != "" {
		return invalid("%q is not \"*\", \"null\" or an origin like https://app.example.com", clip(v))
	}
	if u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return invalid("an origin has no path, query, fragment or user part: %q", clip(v))
	}
	return valid()
}

func checkAllowCredentials(v string) verdict {
	if v != "true" {
		return invalid("the only value is \"true\" (lower case); %q is ignored", clip(v))
	}
	return valid()
}

// checkContentRange reads RFC 9110 §14.4: "bytes 0-99/1234", "bytes */1234",
// or another range unit with an opaque range.
func checkContentRange(v string) verdict {
	unit, rest, ok := strings.Cut(v, " ")
	if !ok || !isToken(unit) {
		return invalid("expected a range unit, a space, then the range")
	}
	if !strings.EqualFold(unit, "bytes") {
		return valid()
	}
	rng, length, ok := strings.Cut(rest, "/")
	if !ok {
		return invalid("the complete length after \"/\" is missing")
	}
	if length != "*" && !isDigits(length) {
		return invalid("complete length %q is not a number or \"*\"", clip(length))
	}
	if rng == "*" {
		if length == "*" {
			return invalid("\"*/*\" says nothing; an unsatisfied range needs the complete length")
		}
		return valid()
	}
	first, last, ok := strings.Cut(rng, "-")
	if !ok || !isDigits(first) || !isDigits(last) {
		return invalid("range %q is not first-last", clip(rng))
	}
	f, _ := parseDelta(first)
	l, _ := parseDelta(last)
	if l < f {
		return invalid("range %s ends before it starts", rng)
	}
	if n, ok := parseDelta(length); ok && l >= n {
		return invalid("range %s runs past the complete length %s", rng, length)
	}
	return valid()
}

// Codings registered for Content-Encoding and Transfer-Encoding
// (https://www.iana.org/assignments/http-parameters).
var contentCodings = map[string]bool{
	"gzip": true, "x-gzip": true, "deflate": true, "br": true, "zstd": true,
	"compress": true, "x-compress": true, "identity": true, "aes128gcm": true,
	"dcb": true, "dcz": true, "exi": true, "pack200-gzip": true,
}

var transferCodings = map[string]bool{
	"chunked": true, "gzip": true, "x-gzip": true, "deflate": true,
	"compress": true, "x-compress": true, "trailers": true,
}

func checkCodings(v string, known map[string]bool) verdict {
	vd := checkTokens(v)
	if vd.bad != "" {
		return vd
	}
	for _, el := range splitList(v) {
		if !known[strings.ToLower(el)] {
			vd.soft = append(vd.soft, raised{"coding.unknown", []string{el}})
		}
	}
	return vd
}

func checkContentCodings(v string) verdict { return checkCodings(v, contentCodings) }

func checkTransferCodings(v string) verdict { return checkCodings(v, transferCodings) }

var referrerPolicies = map[string]bool{
	"no-referrer": true, "no-referrer-when-downgrade": true, "same-origin": true,
	"origin": true, "strict-origin": true, "origin-when-cross-origin": true,
	"strict-origin-when-cross-origin": true, "unsafe-url": true,
}

// checkReferrerPolicy: browsers use the last policy they know, so a list
// is fine, but a name they all ignore is a mistake.
func checkReferrerPolicy(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty")
	}
	for _, el := range els {
		if !referrerPolicies[strings.ToLower(el)] {
			return invalid("%q is not a referrer policy; browsers skip it", clip(el))
		}
	}
	return valid()
}

func checkNosniff(v string) verdict {
	if !strings.EqualFold(strings.TrimSpace(v), "nosniff") {
		return invalid("the only value is \"nosniff\"; %q does nothing", clip(v))
	}
	return valid()
}

func checkFrameOptions(v string) verdict {
	switch strings.ToUpper(strings.TrimSpace(v)) {
	case "DENY", "SAMEORIGIN":
		return valid()
	}
	if strings.HasPrefix(strings.ToUpper(v), "ALLOW-FROM") {
		return invalid("ALLOW-FROM is ignored by current browsers; use CSP frame-ancestors")
	}
	return invalid("expected DENY or SAMEORIGIN, not %q", clip(v))
}
