package field

import "strings"

// W3C Trace Context (https://www.w3.org/TR/trace-context/#traceparent-header
// and #tracestate-header).

func regIsLowerHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func regAllZero(s string) bool { return strings.Trim(s, "0") == "" }

// regTraceparent reads version "-" trace-id "-" parent-id "-" flags. A
// later version may append fields after another '-'.
func regTraceparent(v string) verdict {
	const size = 55 // 2+1+32+1+16+1+2
	if len(v) < 2 || !regIsLowerHex(v[:2]) {
		return invalid("%q does not start with a two-digit lower-case hex version such as 00", clip(v))
	}
	version := v[:2]
	if version == "ff" {
		return invalid("version ff is forbidden")
	}
	if len(v) < size || version == "00" && len(v) != size || len(v) > size && v[size] != '-' {
		return invalid("expected 00-<32 hex trace id>-<16 hex parent id>-<2 hex flags> (55 characters); %q has %d", clip(v), len(v))
	}
	if v[2] != '-' || v[35] != '-' || v[52] != '-' {
		return invalid("the four parts must be joined by '-' at offsets 2, 35 and 52: %q", clip(v))
	}
	trace, parent, flags := v[3:35], v[36:52], v[53:55]
	for _, part := range []struct{ name, s string }{{"trace id", trace}, {"parent id", parent}, {"flags", flags}} {
		if !regIsLowerHex(part.s) {
			return invalid("the %s %q is not lower-case hex", part.name, part.s)
		}
	}
	if regAllZero(trace) {
		return invalid("the trace id is all zeros, which marks it invalid")
	}
	if regAllZero(parent) {
		return invalid("the parent id is all zeros, which marks it invalid")
	}
	return valid()
}

func regTraceKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '*' || c == '/'
}

// regTraceKey checks simple-key or tenant-id "@" system-id.
func regTraceKey(k string) string {
	tenant, system, multi := strings.Cut(k, "@")
	if !multi {
		if len(k) == 0 || len(k) > 256 || k[0] < 'a' || k[0] > 'z' {
			return "key \"" + clip(k) + "\" must start with a lower-case letter and be at most 256 characters"
		}
	} else {
		if len(tenant) == 0 || len(tenant) > 241 || !(tenant[0] >= 'a' && tenant[0] <= 'z' || tenant[0] >= '0' && tenant[0] <= '9') {
			return "tenant id in \"" + clip(k) + "\" must start with a lower-case letter or digit and be at most 241 characters"
		}
		if len(system) == 0 || len(system) > 14 || system[0] < 'a' || system[0] > 'z' || strings.IndexByte(system, '@') >= 0 {
			return "system id in \"" + clip(k) + "\" must start with a lower-case letter and be at most 14 characters"
		}
		k = tenant + system
	}
	for i := 0; i < len(k); i++ {
		if !regTraceKeyChar(k[i]) {
			return "key \"" + clip(k) + "\" may hold only lower-case letters, digits, _ - * /"
		}
	}
	return ""
}

// regTracestate reads up to 32 key=value members; keys are unique.
func regTracestate(v string) verdict {
	members := 0
	seen := map[string]bool{}
	// Cut instead of Split: a megabyte of commas should not become a
	// million strings.
	for rest := v; rest != ""; {
		var m string
		m, rest, _ = strings.Cut(rest, ",")
		m = strings.Trim(m, " \t")
		if m == "" {
			continue
		}
		members++
		if members > 32 {
			return invalid("more than 32 list members; the limit is 32")
		}
		key, val, ok := strings.Cut(m, "=")
		if !ok {
			return invalid("member %q is not key=value", clip(m))
		}
		if why := regTraceKey(key); why != "" {
			return invalid("%s", why)
		}
		if seen[key] {
			return invalid("key %q appears twice", clip(key))
		}
		seen[key] = true
		if len(val) == 0 || len(val) > 256 || val[len(val)-1] == ' ' {
			return invalid("the value of %q must be 1 to 256 characters and not end in a space", clip(key))
		}
		for i := 0; i < len(val); i++ {
			if c := val[i]; c < 0x20 || c > 0x7e || c == ',' || c == '=' {
				return invalid("the value of %q holds %s, which tracestate values may not", clip(key), quoteByte(c))
			}
		}
	}
	return valid()
}
