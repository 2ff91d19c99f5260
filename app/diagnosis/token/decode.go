package token

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"math"
	"strings"
	"time"
)

// Segment bounds: a JOSE header is small; claims may be large but not
// unbounded.
const (
	maxHeaderSegment = 8 << 10
	maxClaimsSegment = 256 << 10
)

// decode reads raw as a JWT: the header must be a JSON object with "alg".
// The claims are read when they are a JSON object. Anything malformed gives
// false.
func decode(raw string, now time.Time, date *time.Time) (Token, bool) {
	parts := strings.SplitN(raw, ".", 3)
	if len(parts) != 3 || len(parts[0]) > maxHeaderSegment || len(parts[1]) > maxClaimsSegment {
		return Token{}, false
	}
	hb, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return Token{}, false
	}
	_, jose, ok := object(hb)
	if !ok {
		return Token{}, false
	}
	alg, ok := jose["alg"].(string)
	if !ok {
		return Token{}, false
	}
	cb, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return Token{}, false
	}
	if parts[2] != "" {
		if _, err := base64.RawURLEncoding.DecodeString(parts[2]); err != nil {
			return Token{}, false
		}
	}
	t := Token{Alg: alg, JOSE: jose}
	if keys, claims, ok := object(cb); ok {
		t.ClaimKeys, t.Claims = keys, claims
	}
	t.IssuedAt = numericDate(t.Claims["iat"])
	t.NotBefore = numericDate(t.Claims["nbf"])
	t.ExpiresAt = numericDate(t.Claims["exp"])
	if t.ExpiresAt != nil {
		t.Expired = !now.Before(*t.ExpiresAt)
		t.ExpiredAtDate = date != nil && !date.Before(*t.ExpiresAt)
	}
	if t.NotBefore != nil {
		t.NotYetValid = now.Before(*t.NotBefore)
	}
	t.SessionClaim, t.SessionID = session(t.Claims)
	return t, true
}

// object decodes one JSON object, keeping its member names in order and
// numbers exact (json.Number). A repeated name keeps its first place and
// its last value, as most JWT libraries read it.
func object(data []byte) ([]string, map[string]any, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, nil, false
	}
	keys := []string{}
	m := map[string]any{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, false
		}
		k, ok := tok.(string)
		if !ok {
			return nil, nil, false
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, nil, false
		}
		if _, dup := m[k]; !dup {
			keys = append(keys, k)
		}
		m[k] = v
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('}') {
		return nil, nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, false
	}
	return keys, m, true
}

// numericDate reads a JWT NumericDate (seconds since the epoch, RFC 7519
// §2), or nil when the claim is absent or not a sensible number.
func numericDate(v any) *time.Time {
	n, ok := v.(json.Number)
	if !ok {
		return nil
	}
	f, err := n.Float64()
	if err != nil || math.IsNaN(f) || math.Abs(f) > 1e11 {
		return nil
	}
	sec := math.Floor(f)
	t := time.Unix(int64(sec), int64(math.Round((f-sec)*1e9))).UTC()
	return &t
}

// sessionClaims name the session in AuthRocket tokens: v2 (and OIDC) "sid",
// v1 "tk".
var sessionClaims = []string{"sid", "tk"}

func session(claims map[string]any) (claim, id string) {
	for _, c := range sessionClaims {
		switch v := claims[c].(type) {
		case string:
			if v != "" {
				return c, v
			}
		case json.Number:
			return c, v.String()
		}
	}
	return "", ""
}
