package field

import "strings"

// checkLink reads RFC 8288 §3: a comma list of
// "<" URI-Reference ">" *( OWS ";" OWS link-param ). It scans by hand
// because URIs may hold commas and semicolons inside the angle brackets.
func checkLink(v string) verdict {
	i, n := 0, 0
	for {
		for i < len(v) && (isOWS(v[i]) || v[i] == ',') {
			i++
		}
		if i == len(v) {
			break
		}
		if v[i] != '<' {
			return invalid("each link starts with <URI>; found %q", clip(v[i:]))
		}
		end := strings.IndexByte(v[i:], '>')
		if end < 0 {
			return invalid("a link's <URI> is not closed with \">\"")
		}
		if vd := checkURIReference(v[i+1 : i+end]); vd.bad != "" && i+1 < i+end {
			return invalid("link target: %s", vd.bad)
		}
		i += end + 1
		// The parameters run to the next comma outside quotes.
		j := i
		for j < len(v) && v[j] != ',' {
			if v[j] == '"' {
				e := quotedEnd(v, j)
				if e < 0 {
					return invalid("unclosed quoted string in link parameters")
				}
				j = e
				continue
			}
			j++
		}
		ps, err := parseLinkParams(v[i:j])
		if err != "" {
			return invalid("%s", err)
		}
		rels := 0
		for _, p := range ps {
			if p.Name == "rel" {
				rels++
			}
		}
		if rels > 1 {
			return invalid("a link has more than one rel parameter; only the first counts")
		}
		i = j
		n++
	}
	if n == 0 {
		return invalid("no link found")
	}
	return valid()
}

// parseLinkParams is parseParams with RFC 8288's allowance for white space
// around "=" (BWS).
func parseLinkParams(s string) ([]param, string) {
	ps, err := parseParams(s, false, true)
	if err != nil {
		return nil, err.Error()
	}
	return ps, ""
}
