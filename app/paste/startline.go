package paste

import "strings"

// parseStatusLine reads "HTTP/1.1 200 OK", "HTTP/2 429 " (curl's form for
// HTTP/2 and HTTP/3: no reason, trailing space) and "HTTP/1.1 200" (no
// reason phrase).
func parseStatusLine(s string) (version string, code int, reason string, ok bool) {
	version, rest, ok := cutVersion(s)
	if !ok || len(rest) < 4 || rest[0] != ' ' {
		return "", 0, "", false
	}
	rest = strings.TrimLeft(rest, " ")
	if len(rest) < 3 || !isDigit(rest[0]) || !isDigit(rest[1]) || !isDigit(rest[2]) {
		return "", 0, "", false
	}
	if len(rest) > 3 && rest[3] != ' ' && rest[3] != '\t' {
		return "", 0, "", false
	}
	code = int(rest[0]-'0')*100 + int(rest[1]-'0')*10 + int(rest[2]-'0')
	return version, code, trimOWS(rest[3:]), true
}

// isStatusLine reports whether s is a status line.
func isStatusLine(s string) bool {
	_, _, _, ok := parseStatusLine(s)
	return ok
}

// cutVersion reads "HTTP/<digit>[.<digit>]" at the start of s.
func cutVersion(s string) (version, rest string, ok bool) {
	if len(s) < 6 || !strings.EqualFold(s[:5], "HTTP/") || !isDigit(s[5]) {
		return "", "", false
	}
	n := 6
	if len(s) >= 8 && s[6] == '.' && isDigit(s[7]) {
		n = 8
	}
	if len(s) > n && s[n] != ' ' {
		return "", "", false
	}
	return "HTTP/" + s[5:n], s[n:], true
}

// parseRequestLine reads "GET /v1/users HTTP/1.1".
func parseRequestLine(s string) (method, target, version string, ok bool) {
	sp := strings.IndexByte(s, ' ')
	if sp < 1 || sp > 20 {
		return "", "", "", false
	}
	method = s[:sp]
	for i := 0; i < len(method); i++ {
		if c := method[i]; (c < 'A' || c > 'Z') && c != '-' && c != '_' {
			return "", "", "", false
		}
	}
	rest := strings.TrimLeft(s[sp+1:], " ")
	sp = strings.LastIndexByte(rest, ' ')
	if sp < 1 {
		return "", "", "", false
	}
	target = strings.TrimRight(rest[:sp], " ")
	if target == "" || strings.ContainsAny(target, " \t") {
		return "", "", "", false
	}
	version, tail, ok := cutVersion(rest[sp+1:])
	if !ok || tail != "" {
		return "", "", "", false
	}
	return method, target, version, true
}

// isRequestLine reports whether s is a request line.
func isRequestLine(s string) bool {
	_, _, _, ok := parseRequestLine(s)
	return ok
}

// startsMessage reports whether s begins a new HTTP message.
func startsMessage(s string) bool {
	return len(s) > 5 && (isStatusLine(s) || isRequestLine(s))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
