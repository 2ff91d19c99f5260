package validation

import (
	"net/url"
	"strconv"
	"strings"
)

// Field paths are written the way developers read them: object keys joined
// by dots, array positions in brackets ("items[2].qty"). Keys that arrive
// already joined ("items.0.qty" in Laravel) are kept as written.

// joinKey appends an object key to a path.
func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	if key == "" {
		return path
	}
	return path + "." + key
}

// joinIndex appends an array position to a path.
func joinIndex(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// isIndex reports whether s is a plain array index.
func isIndex(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pointerTokens splits a JSON Pointer, plain ("/a/b") or in URI fragment
// form ("#/a/b", percent-encoded), into unescaped tokens. ok is false when
// p is not a pointer.
func pointerTokens(p string) (tokens []string, ok bool) {
	if strings.HasPrefix(p, "#") {
		dec, err := url.PathUnescape(p[1:])
		if err != nil {
			return nil, false
		}
		p = dec
	}
	if p == "" {
		return nil, true
	}
	if p[0] != '/' {
		return nil, false
	}
	parts := strings.Split(p[1:], "/")
	for i, s := range parts {
		s = strings.ReplaceAll(s, "~1", "/")
		parts[i] = strings.ReplaceAll(s, "~0", "~")
	}
	return parts, true
}

// tokensToPath writes pointer tokens as a field path; numeric tokens are
// taken as array positions.
func tokensToPath(tokens []string) string {
	path := ""
	for _, t := range tokens {
		if isIndex(t) {
			path += "[" + t + "]"
		} else {
			path = joinKey(path, t)
		}
	}
	return path
}

// pointerToPath turns a JSON Pointer that names a request member into a
// field path ("#/items/2/qty" → "items[2].qty"). A string that is not a
// pointer is returned as it is.
func pointerToPath(p string) string {
	tokens, ok := pointerTokens(p)
	if !ok {
		return p
	}
	return tokensToPath(tokens)
}

// jsonapiPath turns a JSON:API source.pointer into the attribute it names:
// the document envelope (/data, /attributes, /relationships) is dropped
// because the customer knows the field as "firstName", not as
// "/data/attributes/firstName".
func jsonapiPath(p string) string {
	tokens, ok := pointerTokens(p)
	if !ok {
		return p
	}
	if len(tokens) > 0 && tokens[0] == "data" {
		tokens = tokens[1:]
		lead := ""
		if len(tokens) > 0 && isIndex(tokens[0]) {
			lead = "[" + tokens[0] + "]"
			tokens = tokens[1:]
		}
		if len(tokens) > 0 && (tokens[0] == "attributes" || tokens[0] == "relationships") {
			tokens = tokens[1:]
		}
		rest := tokensToPath(tokens)
		if lead != "" && rest != "" && !strings.HasPrefix(rest, "[") {
			return lead + "." + rest
		}
		return lead + rest
	}
	return tokensToPath(tokens)
}

// dollarPath turns a JSONPath-style key from System.Text.Json ("$.age",
// "$.items[0].qty", "$") into a field path.
func dollarPath(k string) string {
	if k == "$" {
		return ""
	}
	if strings.HasPrefix(k, "$.") {
		return k[2:]
	}
	if strings.HasPrefix(k, "$[") {
		return k[1:]
	}
	return k
}
