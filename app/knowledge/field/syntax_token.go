package field

import (
	"fmt"
	"strings"
)

// The building blocks of RFC 9110 §5.6: tokens, lists, quoted strings,
// parameters and entity-tags. Each scanner is a single left-to-right pass so
// hostile values cost linear time.

// isTchar reports whether c may appear in a token (RFC 9110 §5.6.2).
func isTchar(c byte) bool { return tchars[c] }

// tchars holds the tchar bytes: looked up at once, where the punctuation
// was searched for every '-' of every field name.
var tchars = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("!#$%&'*+-.^_`|~", byte(c)) >= 0
	}
	return t
}()

// isToken reports whether s is a non-empty token.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isTchar(s[i]) {
			return false
		}
	}
	return true
}

func isOWS(c byte) bool { return c == ' ' || c == '\t' }

// trimOWS is strings.Trim(s, " \t") without building the set of the two
// bytes each call, for the values read for every response.
func trimOWS(s string) string {
	for s != "" && isOWS(s[0]) {
		s = s[1:]
	}
	return trimRightOWS(s)
}

// trimRightOWS is strings.TrimRight(s, " \t"), as trimOWS.
func trimRightOWS(s string) string {
	for s != "" && isOWS(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// isFieldVChar reports whether c is allowed inside a field value.
func isFieldVChar(c byte) bool { return c == '\t' || (c >= 0x20 && c != 0x7f) }

// quotedEnd returns the index just past the quoted-string starting at s[i]
// (which must be '"'), or -1 when it is not closed or holds a bad byte.
func quotedEnd(s string, i int) int {
	if i >= len(s) || s[i] != '"' {
		return -1
	}
	for j := i + 1; j < len(s); j++ {
		switch c := s[j]; {
		case c == '"':
			return j + 1
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

// unquote returns the content of a quoted-string, with escapes removed.
func unquote(s string) string {
	if len(s) < 2 || s[0] != '"' {
		return s
	}
	var b strings.Builder
	for i := 1; i < len(s)-1; i++ {
		if s[i] == '\\' && i+1 < len(s)-1 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// isQuotedString reports whether s is exactly one quoted-string.
func isQuotedString(s string) bool { return quotedEnd(s, 0) == len(s) }

// splitList splits a comma-separated list, honouring quoted strings and
// dropping the empty elements that RFC 9110 §5.6.1 tells recipients to
// ignore. Elements come back trimmed of optional white space.
func splitList(s string) []string {
	return splitOutside(s, func(s string, i int) int {
		if s[i] == '"' {
			return quotedEnd(s, i)
		}
		return 0
	})
}

// splitOutside splits s at the commas that stand outside the groups
// groupEnd recognises: at a group's opening byte it returns the offset just
// past the group, -1 when the group is never closed, and 0 for any other
// byte.
func splitOutside(s string, groupEnd func(s string, i int) int) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			if el := strings.Trim(s[start:i], " \t"); el != "" {
				out = append(out, el)
			}
			start = i + 1
			continue
		}
		switch e := groupEnd(s, i); {
		case e < 0:
			// An unclosed group runs to the end; stopping here keeps a
			// value like "\"\"\"… from costing quadratic time.
			i = len(s) - 1
		case e > 0:
			i = e - 1
		}
	}
	if el := strings.Trim(s[start:], " \t"); el != "" {
		out = append(out, el)
	}
	return out
}

// param is one "name=value" parameter; value is unquoted.
type param struct {
	Name, Value string
	HasValue    bool
}

// parseParams reads *( OWS ";" OWS name "=" ( token / quoted-string ) )
// from s. When valueRequired is false a bare name is accepted too; bws
// allows white space around "=" as RFC 8288 does.
func parseParams(s string, valueRequired, bws bool) ([]param, error) {
	var ps []param
	i := 0
	for {
		for i < len(s) && isOWS(s[i]) {
			i++
		}
		if i == len(s) {
			return ps, nil
		}
		if s[i] != ';' {
			return ps, fmt.Errorf("expected ';' before %q", clip(s[i:]))
		}
		i++
		for i < len(s) && isOWS(s[i]) {
			i++
		}
		if i == len(s) {
			return ps, nil // a trailing ';' is harmless
		}
		j := i
		for j < len(s) && isTchar(s[j]) {
			j++
		}
		if j == i {
			return ps, fmt.Errorf("parameter name expected at %q", clip(s[i:]))
		}
		p := param{Name: strings.ToLower(s[i:j])}
		i = j
		if bws {
			i = skipOWSBefore(s, i, '=')
		}
		if i < len(s) && s[i] == '=' {
			i++
			p.HasValue = true
			for bws && i < len(s) && isOWS(s[i]) {
				i++
			}
			if i < len(s) && s[i] == '"' {
				e := quotedEnd(s, i)
				if e < 0 {
					return ps, fmt.Errorf("unclosed quoted string in parameter %q", p.Name)
				}
				p.Value = unquote(s[i:e])
				i = e
			} else {
				j = i
				for j < len(s) && isTchar(s[j]) {
					j++
				}
				if j == i {
					return ps, fmt.Errorf("parameter %q has an empty value", p.Name)
				}
				p.Value = s[i:j]
				i = j
			}
		} else if valueRequired {
			return ps, fmt.Errorf("parameter %q has no value", p.Name)
		}
		ps = append(ps, p)
	}
}

// skipOWSBefore skips white space at i when c follows it.
func skipOWSBefore(s string, i int, c byte) int {
	j := i
	for j < len(s) && isOWS(s[j]) {
		j++
	}
	if j < len(s) && s[j] == c {
		return j
	}
	return i
}

// isEntityTag reports whether s is one entity-tag (RFC 9110 §8.8.3):
// an optional W/ and an opaque quoted string without escapes.
func isEntityTag(s string) bool {
	s = strings.TrimPrefix(s, "W/")
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if c := s[i]; c == '"' || c < 0x21 || c == 0x7f {
			return false
		}
	}
	return true
}

// clip shortens s for quoting in a message.
//
//go:noinline
func clip(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	return s[:max] + "…"
}

// isDigits reports whether s is 1*DIGIT.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseDelta reads delta-seconds (RFC 9111 §1.2.2). Values too large for
// an int64 saturate, as the RFC asks caches to do at 2^31.
func parseDelta(s string) (int64, bool) {
	if !isDigits(s) {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		n = n*10 + int64(s[i]-'0')
		if n > 1<<40 {
			return 1 << 40, true
		}
	}
	return n, true
}
