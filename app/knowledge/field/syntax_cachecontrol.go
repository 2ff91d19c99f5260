package field

import (
	"strings"
)

// directive is one Cache-Control (or similar) directive; Value is unquoted.
type directive struct {
	Name     string // lower case
	Value    string
	HasValue bool
}

// parseDirectives reads 1#( token [ "=" ( token / quoted-string ) ] ), the
// shape of Cache-Control (RFC 9111 §5.2). Faults are collected, not fatal,
// so later checks still see the directives that were readable.
func parseDirectives(v string) ([]directive, []string) {
	var ds []directive
	var faults []string
	for _, el := range splitList(v) {
		name, val, has := strings.Cut(el, "=")
		name = strings.Trim(name, " \t")
		val = strings.Trim(val, " \t")
		if !isToken(name) {
			faults = append(faults, "\""+clip(name)+"\" is not a directive name")
			continue
		}
		d := directive{Name: strings.ToLower(name), HasValue: has}
		switch {
		case !has:
		case strings.HasPrefix(val, "\""):
			if !isQuotedString(val) {
				faults = append(faults, d.Name+": badly quoted value")
				continue
			}
			d.Value = unquote(val)
		case isToken(val):
			d.Value = val
		default:
			faults = append(faults, d.Name+": value \""+clip(val)+"\" needs quotes")
			continue
		}
		ds = append(ds, d)
	}
	return ds, faults
}

// ccArg says what argument a known Cache-Control directive takes.
type ccArg int

const (
	ccNone     ccArg = iota // no argument
	ccSeconds               // delta-seconds, required
	ccOptSecs               // delta-seconds, optional (max-stale)
	ccOptNames              // optional quoted list of field names
)

// cacheDirectives are the directives of RFC 9111 §5.2 and its extensions
// registered at IANA.
var cacheDirectives = map[string]ccArg{
	"max-age": ccSeconds, "s-maxage": ccSeconds, "min-fresh": ccSeconds,
	"max-stale": ccOptSecs, "stale-while-revalidate": ccSeconds, "stale-if-error": ccSeconds,
	"no-cache": ccOptNames, "private": ccOptNames,
	"no-store": ccNone, "no-transform": ccNone, "public": ccNone,
	"must-revalidate": ccNone, "proxy-revalidate": ccNone, "must-understand": ccNone,
	"immutable": ccNone, "only-if-cached": ccNone,
}

func checkCacheControl(v string) verdict {
	ds, faults := parseDirectives(v)
	if len(faults) > 0 {
		return invalid("%s", strings.Join(faults, "; "))
	}
	if len(ds) == 0 {
		return invalid("no directive given")
	}
	for _, d := range ds {
		arg, known := cacheDirectives[d.Name]
		if !known {
			continue // extensions are allowed; caches ignore what they do not know
		}
		switch {
		case arg == ccSeconds && !d.HasValue:
			return invalid("%s needs a number of seconds, as in %s=3600", d.Name, d.Name)
		case (arg == ccSeconds || arg == ccOptSecs) && d.HasValue && !isDigits(d.Value):
			return invalid("%s=%s: the value must be whole seconds", d.Name, clip(d.Value))
		case arg == ccNone && d.HasValue:
			return invalid("%s takes no value", d.Name)
		}
	}
	return valid()
}

// cacheControl gathers the directives of every Cache-Control line; nil,
// which reads as empty, when there is none (most responses of a HAR).
func cacheControl(values []string) map[string]directive {
	if len(values) == 0 {
		return nil
	}
	m := map[string]directive{}
	for _, v := range values {
		ds, _ := parseDirectives(v)
		for _, d := range ds {
			if _, dup := m[d.Name]; !dup {
				m[d.Name] = d
			}
		}
	}
	return m
}
