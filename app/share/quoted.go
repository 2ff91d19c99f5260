package share

import "strings"

// scanSingleQuoted reads 'key': 'value' pairs, as in Python dicts and
// JavaScript objects (headers = {'Authorization': 'Bearer ...'}). It is
// kept apart from scanJSON because an apostrophe in prose would upset
// the JSON scanner's idea of where strings are.
func scanSingleQuoted(c *collector) {
	s := c.s
	for i := 0; i < len(s); {
		q := strings.IndexByte(s[i:], '\'')
		if q < 0 {
			return
		}
		ks := i + q + 1
		ke := ks
		for ke < len(s) && nameChars[s[ke]] {
			ke++
		}
		if ke == ks || ke >= len(s) || s[ke] != '\'' {
			i = ke
			continue
		}
		p := skipBlank(s, ke+1)
		if p >= len(s) || s[p] != ':' {
			i = ke // the closing quote may open the next key
			continue
		}
		p = skipBlank(s, p+1)
		if p >= len(s) || s[p] != '\'' {
			i = p
			continue
		}
		vs := p + 1
		ve := vs
		// A double quote ends the attempt: it may close a JSON string
		// that this text stands in.
		for ve < len(s) && s[ve] != '\'' && s[ve] != '\n' && s[ve] != '"' {
			if s[ve] == '\\' {
				ve++
			}
			ve++
		}
		if ve >= len(s) || s[ve] != '\'' {
			i = vs
			continue
		}
		secretMember(c, s[ks:ke], vs, ve, false)
		i = ve + 1
	}
}
