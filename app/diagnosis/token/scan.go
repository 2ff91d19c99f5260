package token

// scan calls found for each JWT-shaped candidate in s (within maxScan
// bytes): three base64url segments joined by dots, the first starting like
// the encoding of a JSON object ("ey" or "ew"). found reports whether the
// candidate was a token; if so the scan resumes after it.
//
// Each byte is read a bounded number of times: a candidate starts only where
// a segment starts, so failed candidates cannot make the scan quadratic.
func scan(s string, found func(start int, raw string) bool) {
	if len(s) > maxScan {
		s = s[:maxScan]
	}
	for p := 0; p+1 < len(s); p++ {
		if s[p] != 'e' || (s[p+1] != 'y' && s[p+1] != 'w') || (p > 0 && isB64(s[p-1])) {
			continue
		}
		end, ok := segments(s, p)
		if !ok {
			continue
		}
		if found(p, s[p:end]) {
			p = end - 1
		}
	}
}

// segments returns the end of three dot-joined base64url segments starting
// at p. A fourth segment (a JWE has five) rules the candidate out.
func segments(s string, p int) (int, bool) {
	i := p
	for seg := 0; seg < 3; seg++ {
		st := i
		for i < len(s) && isB64(s[i]) {
			i++
		}
		// The header and claims cannot be empty; the signature may be
		// (alg "none").
		if seg < 2 && i-st < 2 {
			return 0, false
		}
		if seg < 2 {
			if i >= len(s) || s[i] != '.' {
				return 0, false
			}
			i++
		}
	}
	if i < len(s) && s[i] == '.' && i+1 < len(s) && isB64(s[i+1]) {
		return 0, false
	}
	return i, true
}

func isB64(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}
