package share

import "strings"

// scanPSHashtables redacts the secret entries of PowerShell hashtables, as
// a pasted command passes its headers or form fields to Invoke-WebRequest:
// -Headers @{Authorization="Bearer abc"; "X-Api-Key"='k_1'}. An entry named
// like a credential header keeps what a header keeps (the scheme of an
// Authorization value, cookie names); one named like a secret field goes
// whole.
func scanPSHashtables(c *collector) {
	s := c.s
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], "@{")
		if k < 0 {
			return
		}
		i += k + 2
		for i < len(s) && s[i] != '}' && s[i] != '\n' {
			for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == ';') {
				i++
			}
			key, next, ok := psToken(s, i, false)
			if !ok {
				break
			}
			i = skipBlank(s, next)
			if i >= len(s) || s[i] != '=' {
				break
			}
			i = skipBlank(s, i+1)
			vs := i
			_, next, ok = psToken(s, i, true)
			if !ok {
				break
			}
			ve := next
			if q := s[vs]; q == '"' || q == '\'' {
				vs, ve = vs+1, ve-1 // the content, not the quotes
			}
			i = next
			if cl := classify(key); cl != notSecret {
				headerValue(c, cl, key, vs, ve)
			} else if jsonSecretKey(key) {
				c.secret(vs, ve, KindJSONSecret, key)
			}
		}
	}
}

// psToken reads a hashtable key or value at s[i:]: a quoted string ('…'
// or "…", on one line), or a bare word, which for a value ends at ";" or
// "}". It returns the token without quotes and where it ends.
func psToken(s string, i int, value bool) (string, int, bool) {
	if i >= len(s) {
		return "", i, false
	}
	if q := s[i]; q == '"' || q == '\'' {
		for j := i + 1; j < len(s) && s[j] != '\n'; j++ {
			if s[j] == q {
				return s[i+1 : j], j + 1, true
			}
		}
		return "", i, false
	}
	j := i
	for j < len(s) && s[j] != '\n' && s[j] != ';' && s[j] != '}' && (value || s[j] != '=' && s[j] != ' ' && s[j] != '\t') {
		j++
	}
	if value {
		for j > i && (s[j-1] == ' ' || s[j-1] == '\t') {
			j--
		}
	}
	return s[i:j], j, j > i
}

// scanPSHeaderItems redacts the values of credential headers in the
// Headers property PowerShell prints for a response:
// {[Set-Cookie, sid=abc; Path=/], [X-Api-Key, k_1]}.
func scanPSHeaderItems(c *collector) {
	s := c.s
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '[')
		if k < 0 {
			return
		}
		i += k + 1
		j := i
		for j < len(s) && isTokenChar(s[j]) {
			j++
		}
		if j == i || !strings.HasPrefix(s[j:], ", ") {
			continue
		}
		cl := classify(s[i:j])
		if cl == notSecret {
			continue
		}
		vs := j + 2
		ve := psItemEnd(s, vs)
		if ve < 0 {
			// No item closes on this line, so none after this one does:
			// skip the line, which keeps a hostile one linear.
			if nl := strings.IndexByte(s[vs:], '\n'); nl >= 0 {
				i = vs + nl
				continue
			}
			return
		}
		headerValue(c, cl, s[i:j], vs, ve)
		i = ve
	}
}

// psItemEnd finds the "]" that closes a Headers item whose value starts at
// vs: the one before ", [", "}", "..." or the end of the line.
func psItemEnd(s string, vs int) int {
	for e := vs; e < len(s) && s[e] != '\n'; e++ {
		if s[e] != ']' {
			continue
		}
		rest := s[e+1:]
		switch {
		case rest == "", rest[0] == '\n', rest[0] == '\r', rest[0] == '}',
			strings.HasPrefix(rest, ", ["), strings.HasPrefix(rest, "..."), strings.HasPrefix(rest, "…"),
			// "]," at the end of a line: the list goes on below.
			rest[0] == ',' && (len(rest) == 1 || rest[1] == '\n' || rest[1] == '\r'):
			return e
		}
	}
	return -1
}
