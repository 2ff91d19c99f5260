package token

import (
	"encoding/base64"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/httpexplain/httpexplain/app/internal/golden"

	"github.com/httpexplain/httpexplain/app/message"
)

var (
	sent = time.Date(2026, 3, 26, 16, 0, 0, 0, time.UTC) // 1774540800
	now  = sent.Add(10 * time.Minute)
)

// jwt builds a token from JSON texts; the signature is arbitrary bytes.
func jwt(header, claims string) string {
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(claims)) + "." + enc.EncodeToString([]byte("not a real signature"))
}

var (
	// AuthRocket v1 style: tk names the session.
	v1 = jwt(`{"alg":"HS256","typ":"JWT"}`,
		`{"uid":"usr_0v1zUpWdE4IiBy","aud":"rl_0v1zTTZ1Lx8bcd","un":"dana","tk":"kss_0v1zXq5pGmRbCx","iat":1774540200,"exp":1774540500}`)
	// AuthRocket v2 style: sid names the session; exact big integer.
	v2 = jwt(`{"alg":"RS256","kid":"jwk_0vB2aTDm4Kz","typ":"JWT"}`,
		`{"sub":"usr_0vB2Zp3","rid":"rl_0vB2Zp1","sid":"kss_0vB2Zq9","orgs":[{"oid":"org_1","perm":["admin"]}],"n":12345678901234567890,"iat":1774540000,"exp":1774548000,"nbf":1774540000}`)
	// Not yet valid at now.
	future = jwt(`{"alg":"ES256"}`, `{"sub":"42","nbf":1774544400,"exp":1774548000}`)
	// alg none, empty signature.
	none = base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none"}`)) + "." +
		base64.RawURLEncoding.EncodeToString([]byte(`{"sub":"x"}`)) + "."
)

func field(name, value string, line int) message.Field {
	return message.Field{Name: name, Value: value, Line: line}
}

// sampleExchange is a login call: the token goes out in Authorization, and
// comes back in a cookie, in the JSON body and as an echo.
func sampleExchange() *message.Exchange {
	body := "{\n  \"session\": {\n    \"token\": \"" + v2 + "\",\n    \"previous\": [\"" + v1 + "\"]\n  },\n  \"note\": \"refresh with " + future + ".\"\n}"
	return &message.Exchange{
		Request: &message.Request{
			Method: "POST", URL: "https://acme.e2.loginrocket.com/v2/login?continue=1&login_token=" + none, Line: 1,
			Header: message.Header{field("Host", "acme.e2.loginrocket.com", 2), field("Authorization", "Bearer "+v1, 3)},
		},
		Response: &message.Response{
			Status: 200, Line: 5,
			Header: message.Header{
				field("Date", "Thu, 26 Mar 2026 16:00:00 GMT", 6),
				field("Set-Cookie", "ar_session="+v2+"; Path=/; Secure; HttpOnly", 7),
				field("X-Echo-Authorization", "Bearer "+v1, 8),
			},
			Body: message.NewBody([]byte(body), "application/json", 10),
		},
	}
}

func TestGolden(t *testing.T) {
	got, err := json.MarshalIndent(Find(sampleExchange(), now), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "login.golden.json")
	golden.Check(t, path, got)
}

func TestFind(t *testing.T) {
	toks := Find(sampleExchange(), now)
	type want struct {
		where, header, alg, sessionClaim, sessionID string
		line                                        int
		expired, notYet, expiredAtDate              bool
	}
	wants := []want{
		{WhereRequestURL, "login_token", "none", "", "", 1, false, false, false},
		{WhereRequestHeader, "Authorization", "HS256", "tk", "kss_0v1zXq5pGmRbCx", 3, true, false, true},
		{WhereSetCookie, "Set-Cookie", "RS256", "sid", "kss_0vB2Zq9", 7, false, false, false},
		{WhereResponseBody, "/note", "ES256", "", "", 15, false, true, false},
	}
	if len(toks) != len(wants) {
		for _, tk := range toks {
			t.Logf("%s %s", tk.Where, tk.Header)
		}
		t.Fatalf("found %d tokens, want %d", len(toks), len(wants))
	}
	for i, w := range wants {
		tk := toks[i]
		got := want{tk.Where, tk.Header, tk.Alg, tk.SessionClaim, tk.SessionID, tk.Line, tk.Expired, tk.NotYetValid, tk.ExpiredAtDate}
		if got != w {
			t.Errorf("token %d = %+v, want %+v", i, got, w)
		}
	}
	v2tok := toks[2]
	if got := strings.Join(v2tok.ClaimKeys, ","); got != "sub,rid,sid,orgs,n,iat,exp,nbf" {
		t.Errorf("ClaimKeys = %s", got)
	}
	if n, ok := v2tok.Claims["n"].(json.Number); !ok || n.String() != "12345678901234567890" {
		t.Errorf("big int claim = %#v, want exact json.Number", v2tok.Claims["n"])
	}
	if v2tok.ExpiresAt == nil || !v2tok.ExpiresAt.Equal(time.Date(2026, 3, 26, 18, 0, 0, 0, time.UTC)) {
		t.Errorf("ExpiresAt = %v", v2tok.ExpiresAt)
	}
	if v2tok.JOSE["kid"] != "jwk_0vB2aTDm4Kz" {
		t.Errorf("JOSE = %v", v2tok.JOSE)
	}
}

func TestBodyPointerAndText(t *testing.T) {
	tests := []struct {
		name, body, contentType string
		wantHeader              string
		wantLine                int
	}{
		{"nested json", `{"data":{"tokens":[{"a/b~c":"` + v1 + `"}]}}`, "application/json", "/data/tokens/0/a~1b~0c", 20},
		{"json string root", `"` + v1 + `"`, "application/json", "", 20},
		{"broken json keeps what was read", "{\"token\": \"" + v1 + "\", oops", "application/json", "/token", 20},
		{"broken json falls back to text", "{\"a\": [1,, \"" + v1 + "\"]}", "application/json", "", 20},
		{"plain text", "Your token is\n" + v1 + ".\n", "text/plain", "", 21},
		{"form body", "grant_type=refresh&assertion=" + v1, "application/x-www-form-urlencoded", "", 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := &message.Exchange{Response: &message.Response{Status: 200, Body: message.NewBody([]byte(tt.body), tt.contentType, 20)}}
			toks := Find(ex, now)
			if len(toks) != 1 {
				t.Fatalf("found %d tokens, want 1", len(toks))
			}
			if toks[0].Header != tt.wantHeader || toks[0].Line != tt.wantLine || toks[0].Where != WhereResponseBody {
				t.Errorf("got %s %q line %d, want %q line %d", toks[0].Where, toks[0].Header, toks[0].Line, tt.wantHeader, tt.wantLine)
			}
		})
	}
}

func TestMalformed(t *testing.T) {
	enc := base64.RawURLEncoding.EncodeToString
	sig := enc([]byte("sig"))
	bad := []string{
		enc([]byte(`{"typ":"JWT"}`)) + "." + enc([]byte(`{"sub":"1"}`)) + "." + sig,     // no alg
		enc([]byte(`{"alg":5}`)) + "." + enc([]byte(`{"sub":"1"}`)) + "." + sig,         // alg not a string
		enc([]byte(`{"alg":"HS256"`)) + "." + enc([]byte(`{"sub":"1"}`)) + "." + sig,    // header cut off
		enc([]byte(`{"alg":"HS256"} x`)) + "." + enc([]byte(`{"sub":"1"}`)) + "." + sig, // trailing junk
		enc([]byte(`["alg","HS256"]`)) + "." + enc([]byte(`{"sub":"1"}`)) + "." + sig,   // not an object
		enc([]byte(`{"alg":"HS256"}`)) + ".e%%%." + sig,                                 // bad claims
		enc([]byte(`{"alg":"HS256"}`)) + "." + enc([]byte(`{"sub":"1"}`)),               // two segments
		enc([]byte(`{"alg":"RSA-OAEP","enc":"A256GCM"}`)) + ".a1b2.c3d4.e5f6.g7h8",      // JWE, five parts
		enc([]byte(`{"alg":"HS256"}`)) + "." + enc([]byte(`{"sub":"1"}`)) + ".a",        // signature of 1 char is not base64
		"eyJ.eyJ.sig", "ey", "eyJhbGciOiJIUzI1NiJ9..", strings.Repeat("eyJ.", 10000),
	}
	for _, b := range bad {
		ex := &message.Exchange{Response: &message.Response{Header: message.Header{field("X-Token", b, 1)},
			Body: message.NewBody([]byte(`{"t":"`+b+`"}`), "application/json", 2)}}
		if toks := Find(ex, now); len(toks) != 0 {
			t.Errorf("%.60s…: found %d tokens, want none (%+v)", b, len(toks), toks[0])
		}
	}
	if Find(nil, now) != nil {
		t.Error("nil exchange")
	}
}

func TestBounds(t *testing.T) {
	// Many distinct tokens stop at maxTokens; a huge junk body finishes.
	var b strings.Builder
	for i := 0; i < maxTokens+10; i++ {
		b.WriteString(jwt(`{"alg":"HS256"}`, `{"i":`+strings.Repeat("1", i+1)+`}`) + "\n")
	}
	b.WriteString(strings.Repeat("e.ey.eyJ-_", 300000))
	ex := &message.Exchange{Response: &message.Response{Body: message.NewBody([]byte(b.String()), "text/plain", 1)}}
	if got := len(Find(ex, now)); got != maxTokens {
		t.Errorf("found %d, want the cap %d", got, maxTokens)
	}
}

// TestTwoDots checks the dot test against bytes.Count.
func TestTwoDots(t *testing.T) {
	for _, s := range []string{"", ".", "..", "a.b", "a.b.c", "...", "abc", ".a", "a.", "a..b", "x.y.z.w"} {
		if got, want := twoDots([]byte(s)), strings.Count(s, ".") >= 2; got != want {
			t.Errorf("twoDots(%q) = %v, want %v", s, got, want)
		}
	}
}
