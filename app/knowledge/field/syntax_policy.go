package field

import (
	"strings"
)

// hsts is a parsed Strict-Transport-Security value (RFC 6797 §6.1).
type hsts struct {
	MaxAge            int64
	HasMaxAge         bool
	IncludeSubDomains bool
	Preload           bool
}

func parseHSTS(v string) (hsts, string) {
	var h hsts
	seen := map[string]bool{}
	for _, part := range strings.Split(v, ";") {
		part = strings.Trim(part, " \t")
		if part == "" {
			continue
		}
		name, val, has := strings.Cut(part, "=")
		name = strings.ToLower(strings.Trim(name, " \t"))
		val = unquote(strings.Trim(val, " \t"))
		if !isToken(name) {
			return h, "\"" + clip(name) + "\" is not a directive name"
		}
		if seen[name] {
			return h, "directive " + name + " appears twice, which makes the whole header invalid"
		}
		seen[name] = true
		switch name {
		case "max-age":
			n, ok := parseDelta(val)
			if !has || !ok {
				return h, "max-age needs whole seconds, as in max-age=31536000"
			}
			h.MaxAge, h.HasMaxAge = n, true
		case "includesubdomains":
			h.IncludeSubDomains = true
		case "preload":
			h.Preload = true
		}
	}
	if !h.HasMaxAge {
		return h, "max-age is required"
	}
	return h, ""
}

func checkHSTS(v string) verdict {
	if _, why := parseHSTS(v); why != "" {
		return invalid("%s", why)
	}
	return valid()
}

// cspDirective is one directive of a Content-Security-Policy.
type cspDirective struct {
	Name   string // lower case
	Values []string
}

// parseCSP reads the basic shape of CSP Level 3 §2.2: policies separated by
// commas, directives by semicolons, each a name and space-separated values.
func parseCSP(v string) ([][]cspDirective, string) {
	var policies [][]cspDirective
	for rest, more := v, true; more; {
		var pol string
		pol, rest, more = strings.Cut(rest, ",")
		var ds []cspDirective
		for drest, dmore := pol, true; dmore; {
			var d string
			d, drest, dmore = strings.Cut(drest, ";")
			if strings.Trim(d, " \t") == "" {
				continue // empty directives are skipped without allocating
			}
			fs := strings.Fields(d)
			name := strings.ToLower(fs[0])
			for i := 0; i < len(name); i++ {
				if c := name[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
					return nil, "\"" + clip(fs[0]) + "\" is not a directive name (letters, digits and '-')"
				}
			}
			for _, val := range fs[1:] {
				if strings.HasPrefix(val, "'") != strings.HasSuffix(val, "'") || val == "'" {
					return nil, "in " + name + ", " + clip(val) + " has a lone quote"
				}
			}
			ds = append(ds, cspDirective{Name: name, Values: fs[1:]})
		}
		if len(ds) > 0 {
			policies = append(policies, ds)
		}
	}
	if len(policies) == 0 {
		return nil, "the policy has no directives"
	}
	return policies, ""
}

func checkCSP(v string) verdict {
	if _, why := parseCSP(v); why != "" {
		return invalid("%s", why)
	}
	return valid()
}

// cspHas reports whether any policy in the values sets directive name.
func cspHas(values []string, name string) bool {
	for _, v := range values {
		ps, _ := parseCSP(v)
		for _, p := range ps {
			for _, d := range p {
				if d.Name == name {
					return true
				}
			}
		}
	}
	return false
}
