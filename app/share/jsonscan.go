package share

import "strings"

// maxDepth bounds the container stack scanJSON keeps; deeper nesting is
// counted but not remembered.
const maxDepth = 512

// jframe is an open JSON object or array.
type jframe struct {
	obj       bool
	key       string // member name the container stands under
	parentKey string // member name of the enclosing container
	// For an object in an array (a HAR header, cookie or query item, a
	// Postman header): the array's key, the key around the array, and the
	// "name"/"key" and "value" members seen so far.
	list, outer string
	name        string
	hasName     bool
	vs, ve      int
	vScalar     bool
	hasValue    bool
}

// scanJSON reads JSON wherever it stands in the paste (a body, a HAR file,
// a fetch() copy) without requiring the whole paste to be JSON: strings never
// span lines, so a stray quote in plain text only costs the rest of its line.
// It redacts members with secret names and the "value" of name/value
// objects whose name is secret (HAR headers, queryString, params, cookies);
// strings with escapes are read again, unescaped (see nested).
func scanJSON(c *collector) {
	s := c.s
	// Offsets are kept as int32; a paste of 2 GiB or more goes without the
	// string records (and without re-reading escaped strings).
	record := len(s) < 1<<31
	var stack []jframe
	over := 0
	pendingKey := ""
	top := func() *jframe {
		if len(stack) == 0 || over > 0 {
			return nil
		}
		return &stack[len(stack)-1]
	}
	for i := 0; i < len(s); {
		switch s[i] {
		case '"':
			e, ok := stringEnd(s, i+1)
			if !ok {
				i, pendingKey = e, ""
				continue
			}
			if record {
				c.strs = append(c.strs, int32(i+1), int32(e))
			}
			k := skipWS(s, e+1)
			if k >= len(s) || s[k] != ':' {
				c.nested(i+1, e)
				i = e + 1
				continue
			}
			key := s[i+1 : e]
			v := skipWS(s, k+1)
			switch {
			case v >= len(s):
				i = v
			case s[v] == '"':
				ve, ok := stringEnd(s, v+1)
				if !ok {
					i = ve
					continue
				}
				if record {
					c.strs = append(c.strs, int32(v+1), int32(ve))
				}
				member(c, top(), key, v+1, ve, false)
				i = ve + 1
			case s[v] == '{' || s[v] == '[':
				pendingKey = key
				i = v
			default:
				ve := scalarEnd(s, v)
				member(c, top(), key, v, ve, true)
				i = max(ve, v+1)
			}
		case '{', '[':
			f := jframe{obj: s[i] == '{', key: pendingKey}
			if t := top(); t != nil {
				f.parentKey = t.key
				if !t.obj && f.obj {
					f.list, f.outer = t.key, t.parentKey
				}
			}
			pendingKey = ""
			if len(stack) < maxDepth && over == 0 {
				stack = append(stack, f)
			} else {
				over++
			}
			i++
		case '}', ']':
			if over > 0 {
				over--
			} else if n := len(stack); n > 0 {
				if f := stack[n-1]; f.obj && f.hasName && f.hasValue {
					pair(c, &f)
				}
				stack = stack[:n-1]
			}
			i++
		default:
			i++
		}
	}
}

// stringEnd returns the index of the quote closing a JSON string whose
// content starts at i; ok is false when the line ends first.
func stringEnd(s string, i int) (int, bool) {
	for i < len(s) {
		switch s[i] {
		case '"':
			return i, true
		case '\\':
			i += 2
		case '\n':
			return i, false
		default:
			i++
		}
	}
	return len(s), false
}

// skipBlank skips spaces and tabs from i, staying on the line.
func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// skipWS skips white space from i, line ends included.
func skipWS(s string, i int) int {
	for i < len(s) && isJSONSpace(s[i]) {
		i++
	}
	return i
}

func isJSONSpace(ch byte) bool { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' }

func scalarEnd(s string, i int) int {
	for i < len(s) && !scalarStop[s[i]] {
		i++
	}
	return i
}

// member handles "key": value, the value being s[vs:ve] (string content, or
// a bare scalar), in the object f (nil when not known).
func member(c *collector, f *jframe, key string, vs, ve int, scalar bool) {
	if !scalar {
		c.nested(vs, ve)
	}
	if f != nil && f.obj {
		switch {
		case !scalar && (strings.EqualFold(key, "name") || strings.EqualFold(key, "key")):
			f.name, f.hasName = c.s[vs:ve], true
		case strings.EqualFold(key, "value"):
			f.vs, f.ve, f.vScalar, f.hasValue = vs, ve, scalar, true
		}
	}
	if f != nil && f.obj && !scalar && errorMaps[strings.ToLower(f.key)] && strings.Contains(c.s[vs:ve], " ") {
		// {"errors": {"password": "is too short"}}: a validation message
		// about the field, which the reader needs to see, not its value.
		return
	}
	secretMember(c, key, vs, ve, scalar)
}

// errorMaps are the names of objects that map field names to validation
// messages (Rails, Laravel, AuthRocket and others).
var errorMaps = map[string]bool{"errors": true, "field_errors": true, "fielderrors": true, "validation_errors": true, "validationerrors": true, "messages": true}

// secretMember redacts the value of a member whose name is a secret's.
// Members named like credential headers ("authorization", "cookie", as in
// fetch() copies) keep the header's readable parts.
func secretMember(c *collector, key string, vs, ve int, scalar bool) {
	cl := classify(key)
	switch {
	case !scalar && (cl == authClass || cl == cookieClass || cl == setCookieClass):
		headerValue(c, cl, key, vs, ve)
	case cl == keyClass || jsonSecretKey(key):
		if scalar {
			c.number(vs, ve, key)
		} else {
			c.secret(vs, ve, KindJSONSecret, key)
		}
	}
}

// pair handles a {"name": ..., "value": ...} object when it closes.
func pair(c *collector, f *jframe) {
	name := f.name
	if f.vScalar {
		if strings.EqualFold(f.list, "cookies") || classify(name) != notSecret || querySecret(name, true) || jsonSecretKey(name) {
			c.number(f.vs, f.ve, name)
		}
		return
	}
	if strings.EqualFold(f.list, "cookies") {
		kind := KindCookie
		if strings.EqualFold(f.outer, "response") {
			kind = KindSetCookie
		}
		c.secret(f.vs, f.ve, kind, name)
		return
	}
	inQuery := strings.EqualFold(f.list, "queryString") || strings.EqualFold(f.list, "params")
	if inQuery && querySecret(name, true) {
		c.secret(f.vs, f.ve, KindQuerySecret, name)
		return
	}
	if cl := classify(name); cl != notSecret {
		headerValue(c, cl, name, f.vs, f.ve)
		return
	}
	if querySecret(name, true) {
		c.secret(f.vs, f.ve, KindQuerySecret, name)
		return
	}
	if jsonSecretKey(name) {
		c.secret(f.vs, f.ve, KindJSONSecret, name)
	}
}
