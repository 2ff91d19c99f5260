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
			i = next
			for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
				i++
			}
			if i >= len(s) || s[i] != '=' {
				break
			}
			i++
			for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
				i++
			}
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
