package field

import "strings"

// mediaType is a parsed Content-Type value (RFC 9110 §8.3.1).
type mediaType struct {
	Type, Subtype string // lower case
	Params        []param
}

// Essence returns "type/subtype".
func (m mediaType) Essence() string { return m.Type + "/" + m.Subtype }

// Param returns the value of the named parameter.
func (m mediaType) Param(name string) (string, bool) {
	for _, p := range m.Params {
		if p.Name == name {
			return p.Value, true
		}
	}
	return "", false
}

// parseMediaType reads type "/" subtype *( OWS ";" OWS parameter ).
func parseMediaType(v string) (mediaType, string) {
	v = trimOWS(v)
	end := strings.IndexByte(v, ';')
	head, rest := v, ""
	if end >= 0 {
		head, rest = v[:end], v[end:]
	}
	head = trimRightOWS(head)
	t, sub, ok := strings.Cut(head, "/")
	if !ok || !isToken(t) || !isToken(sub) {
		return mediaType{}, "\"" + clip(head) + "\" is not type/subtype (like text/html)"
	}
	m := mediaType{Type: strings.ToLower(t), Subtype: strings.ToLower(sub)}
	ps, err := parseParams(rest, true, false)
	if err != nil {
		return m, err.Error()
	}
	m.Params = ps
	return m, ""
}

func checkMediaType(v string) verdict {
	if _, why := parseMediaType(v); why != "" {
		return invalid("%s", why)
	}
	return valid()
}
