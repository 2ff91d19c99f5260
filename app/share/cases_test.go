package share

import (
	"strings"
	"testing"
	"time"
)

// TestRedactRules pins one rule each, input to exact output.
func TestRedactRules(t *testing.T) {
	const jwtHC = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFkYSBMb3ZlbGFjZSIsImlhdCI6MTc2NDc2MjAwMH0"
	tests := []struct {
		name, in, want string
		kind           string // kind of the first redaction
	}{
		{"digest keeps the scheme",
			`Authorization: Digest username="ada", realm="api", nonce="abc", response="6629fae49393a05397450978507c4ef1"`,
			`Authorization: Digest REDACTED`, KindAuthorization},
		{"proxy authorization",
			"Proxy-Authorization: Basic YWRhOmh1bnRlcjI=", "Proxy-Authorization: Basic REDACTED", KindAuthorization},
		{"single-token authorization",
			"authorization: 0a1b2c3d4e5f", "authorization: REDACTED", KindAuthorization},
		{"bearer jwt keeps the claims",
			"Authorization: Bearer " + jwtHC + ".c2lnbmF0dXJlLXNpZ25hdHVyZQ",
			"Authorization: Bearer " + jwtHC + ".REDACTED", KindJWTSignature},
		{"joined set-cookie",
			"Set-Cookie: a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Path=/, b=2; HttpOnly",
			"Set-Cookie: a=REDACTED; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Path=/, b=REDACTED; HttpOnly", KindSetCookie},
		{"nameless cookie", "Cookie: justavalue", "Cookie: REDACTED", KindCookie},
		{"suffix header", "X-Acme-Api-Key: acme_0001\nX-Refresh-Token: rt_0002\nX-Forwarded-Authorization: Bearer abc",
			"X-Acme-Api-Key: REDACTED\nX-Refresh-Token: REDACTED\nX-Forwarded-Authorization: Bearer REDACTED", KindAPIKey},
		{"underscore header spelling", "x_api_key: 123abc", "x_api_key: REDACTED", KindAPIKey},
		{"trace-ascii offsets", "0000: GET / HTTP/1.1\n0010: Cookie: sid=abc\n", "0000: GET / HTTP/1.1\n0010: Cookie: sid=REDACTED\n", KindCookie},
		{"yaml key", "  client_secret: abc123\n  client_id: app_1", "  client_secret: REDACTED\n  client_id: app_1", KindAPIKey},
		{"yaml password", "password: hunter2", "password: REDACTED", KindJSONSecret},
		{"powershell headers hashtable", `Invoke-WebRequest -Uri https://api.example.com/v1/me -Headers @{Authorization="Bearer abc123"; "X-Api-Key"='k_1'; Accept="application/json"}`,
			`Invoke-WebRequest -Uri https://api.example.com/v1/me -Headers @{Authorization="Bearer REDACTED"; "X-Api-Key"='REDACTED'; Accept="application/json"}`, KindAuthorization},
		{"powershell headers property", `Headers           : {[Set-Cookie, sid=abc123; Path=/; HttpOnly], [X-Api-Key, k_live_123], [Content-Type, application/json]...}`,
			`Headers           : {[Set-Cookie, sid=REDACTED; Path=/; HttpOnly], [X-Api-Key, REDACTED], [Content-Type, application/json]...}`, KindSetCookie},
		{"powershell form hashtable", `irm -Method Post -Body @{ username = 'ada'; password = 'hunter2' }`,
			`irm -Method Post -Body @{ username = 'ada'; password = 'REDACTED' }`, KindJSONSecret},
		{"password beside error maps", `{"password": "correct horse", "errors": {"password": "is too short"}}`,
			`{"password": "REDACTED", "errors": {"password": "is too short"}}`, KindJSONSecret},
		{"one-word value under errors", `{"errors": {"token": "tok_0123456789"}}`,
			`{"errors": {"token": "REDACTED"}}`, KindJSONSecret},
		{"header in prose", "Note: we send X-Api-Key: abc123", "Note: we send X-Api-Key: REDACTED", KindAPIKey},
		{"slack webhook", "POST https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcDEF123ghiJKL456mno789 -> 404",
			"POST https://hooks.slack.com/services/T0123ABCD/B0456EFGH/REDACTED -> 404", KindAPIKey},
		{"discord webhook", "https://discord.com/api/webhooks/1234567890/AbC-dEf_123",
			"https://discord.com/api/webhooks/1234567890/REDACTED", KindAPIKey},
		{"free bearer", "token was Bearer abcdefghijklmnop1234, then", "token was Bearer REDACTED, then", KindBearer},
		{"short bearer word stays", "use a Bearer token", "use a Bearer token", ""},
		{"free basic", "sent Basic YWRhOmh1bnRlcjI= to the API", "sent Basic REDACTED to the API", KindBasicAuth},
		{"basic plan stays", "on the Basic plan", "on the Basic plan", ""},
		{"stripe key", "key sk_test_4eC39HqLyjWDarjtT1zdp7dc!", "key REDACTED!", KindAPIKey},
		{"aws key id", "AKIAIOSFODNN7EXAMPLE", "REDACTED", KindAPIKey},
		{"aws-like but longer stays", "AKIAIOSFODNN7EXAMPLEXX", "AKIAIOSFODNN7EXAMPLEXX", ""},
		{"google key", "k=AIzaSyD-abcdefghijklmnopqrstuvwxyz12345", "k=REDACTED", KindAPIKey},
		{"slack token", `"xoxb-1234-5678-abcdefgh"`, `"REDACTED"`, KindAPIKey},
		{"locale is not a key", "Accept-Language: ko_KR, sk-SK", "Accept-Language: ko_KR, sk-SK", ""},
		{"token in url user", "git clone https://ghx_0123456789abcdefghij@github.com/o/r", "git clone https://REDACTED@github.com/o/r", KindPasswordURL},
		{"plain user in url stays", "ssh://git@github.com/o/r", "ssh://git@github.com/o/r", ""},
		{"html escaped query", `<a href="/cb?x=1&amp;token=abc">`, `<a href="/cb?x=1&amp;token=REDACTED">`, KindQuerySecret},
		{"strict name needs a separator", "exit code=3 key=value", "exit code=3 key=value", ""},
		{"oauth fragment", "Location: https://app.example.com/cb#access_token=abc&token_type=bearer&expires_in=3600",
			"Location: https://app.example.com/cb#access_token=REDACTED&token_type=bearer&expires_in=3600", KindQuerySecret},
		{"nested form names", "user[email]=a%40b.c&user[password]=pw1&user[remember]=1",
			"user[email]=a%40b.c&user[password]=REDACTED&user[remember]=1", KindQuerySecret},
		{"strict name after ?", "/api?key=abc&code=xyz", "/api?key=REDACTED&code=REDACTED", KindQuerySecret},
		{"json number", `{"pin":1234,"n":5}`, `{"pin":"REDACTED","n":5}`, KindJSONSecret},
		{"json bool stays", `{"password":false,"token":null}`, `{"password":false,"token":null}`, ""},
		{"json array stays", `{"password":["is too short"]}`, `{"password":["is too short"]}`, ""},
		{"json escapes inside", `{"secret":"a\"b\\c"}`, `{"secret":"REDACTED"}`, KindJSONSecret},
		{"escaped json number", `{"t":"{\"cvv\":123}"}`, `{"t":"{\"cvv\":\"REDACTED\"}"}`, KindJSONSecret},
		{"postman header", `{"key": "X-Api-Key", "value": "pm_123"}`, `{"key": "X-Api-Key", "value": "REDACTED"}`, KindAPIKey},
		{"har value first", `{"value": "s=1", "name": "cookie"}`, `{"value": "s=REDACTED", "name": "cookie"}`, KindCookie},
		{"har ordinary header stays", `{"name": "accept", "value": "*/*"}`, `{"name": "accept", "value": "*/*"}`, ""},
		{"unsigned jwt stays", jwtHC + ".", jwtHC + ".", ""},
		{"jwe loses all but its header",
			"eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVy.dGFn",
			"eyJhbGciOiJSU0EtT0FFUCJ9.REDACTED", KindJWTSignature},
		{"jwe with direct encryption has no key",
			"eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y2lwaGVy.dGFn",
			"eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0.REDACTED", KindJWTSignature},
		{"empty iv, ciphertext or tag is no jwe",
			"eyJhbGciOiJSU0EtT0FFUCJ9.a2V5...dGFn",
			"eyJhbGciOiJSU0EtT0FFUCJ9.a2V5...dGFn", ""},
		{"a jwe inside a longer dotted run is none", "eyJ0000000..eyJ0000000..0.0.0.0", "eyJ0000000..eyJ0000000..0.0.0.0", ""},
		{"a jwe before a full stop", "see eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVy.dGFn. then", "see eyJhbGciOiJSU0EtT0FFUCJ9.REDACTED. then", KindJWTSignature},
		{"httpie quoted", "http :8080/x Authorization:'Bearer abc123' q==1", "http :8080/x Authorization:'Bearer REDACTED' q==1", KindAuthorization},
		{"curl password flag", "wget --password=hunter2 https://x", "wget --password=REDACTED https://x", KindBasicAuth},
		{"curl cookie file stays", "curl -b cookies.txt https://x", "curl -b cookies.txt https://x", ""},
		{"oauth2 bearer flag", "curl --oauth2-bearer abc.def https://x", "curl --oauth2-bearer REDACTED https://x", KindBearer},
		{"chat quote with nesting", "> > Cookie: a=b", "> > Cookie: a=REDACTED", KindCookie},
		{"already redacted", "Cookie: a=REDACTED", "Cookie: a=REDACTED", ""},
		{"crlf kept", "Cookie: a=b\r\nX: y\r\n", "Cookie: a=REDACTED\r\nX: y\r\n", KindCookie},
		{"har set-cookie joined by newline",
			`{"name": "set-cookie", "value": "a=1; Path=/\nb=2; HttpOnly\nc=3"}`,
			`{"name": "set-cookie", "value": "a=REDACTED; Path=/\nb=REDACTED; HttpOnly\nc=REDACTED"}`, KindSetCookie},
		{"header in a json string", `{"note":"send X-Api-Key: abc123"}`, `{"note":"send X-Api-Key: REDACTED"}`, KindAPIKey},
		{"curl -u in a json string", `{"cmd":"curl -u ada:pw1 https://x"}`, `{"cmd":"curl -u ada:REDACTED https://x"}`, KindBasicAuth},
		{"curl -u at the string end", `{"cmd":"curl -u ada:pw1"}`, `{"cmd":"curl -u ada:REDACTED"}`, KindBasicAuth},
		{"devtools table row", "cookie\tsid=abc\naccept\t*/*", "cookie\tsid=REDACTED\naccept\t*/*", KindCookie},
		{"word with a key prefix", "pip install sk-learn-tutorial-for-beginners", "pip install sk-learn-tutorial-for-beginners", ""},
		{"python dict",
			`headers = {'Authorization': 'Bearer abc', 'Cookie': 'sid=x; t=y', 'Accept': 'application/json', 'X-Api-Key': 'k\'1'}`,
			`headers = {'Authorization': 'Bearer REDACTED', 'Cookie': 'sid=REDACTED; t=REDACTED', 'Accept': 'application/json', 'X-Api-Key': 'REDACTED'}`, KindAuthorization},
		{"apostrophes in prose", "it's the user's 'password': fine", "it's the user's 'password': fine", ""},
		{"raw message in a json string",
			`{"text":"HTTP/1.1 200 OK\r\nSet-Cookie: sid=abc; Path=/\r\nX-Api-Key: k1\r\n\r\nok"}`,
			`{"text":"HTTP/1.1 200 OK\r\nSet-Cookie: sid=REDACTED; Path=/\r\nX-Api-Key: REDACTED\r\n\r\nok"}`, KindSetCookie},
		{"unclosed quote in a json string", `["-H 'Cookie: a=b", "c'"]`, `["-H 'Cookie: a=REDACTED", "c'"]`, KindCookie},
		{"unclosed curl quote in a json string", `["curl -u 'a:b", "c'"]`, `["curl -u 'a:REDACTED", "c'"]`, KindBasicAuth},
		{"bracket in a json string", `["[cookie: a", "b]"]`, `["[cookie: REDACTED", "b]"]`, KindCookie},
		{"python value across json strings", `["'pin': 'x", "y'"]`, `["'pin': 'x", "y'"]`, ""},
		{"shapes after escapes in a json string",
			`{"log":"key\nsk_live_0123456789abcdef\tBearer abcdefghijklmnop1234\r\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"}`,
			`{"log":"key\nREDACTED\tBearer REDACTED\r\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.REDACTED"}`, KindAPIKey},
		{"quoted cookie pieces keep the quote a later piece needs", `Cookie:"",";0",0`, `Cookie:REDACTED,";REDACTED",0`, KindCookie},
		{"white space before a split quote stays", "Cookie:\r\";0\",0", "Cookie:\r\";REDACTED\",0", KindCookie},
		{"the comma that places the strings beside a value stays", `Cookie:"=",";0",0`, `Cookie:"=",";REDACTED",0`, KindCookie},
		{"a value starting at a string's closing quote leaves it", `Cookie:"=","0;0",0`, `Cookie:"=","REDACTED;REDACTED",0`, KindCookie},
		{"a value starting at an unplaced string's closing quote leaves it", `Cookie:="",";0",0`, `Cookie:="",";REDACTED",0`, KindCookie},
		{"a value leaves a quote whose partner is outside it", `Cookie:"=0"0,";0",0`, `Cookie:"=REDACTED"REDACTED,";REDACTED",0`, KindCookie},
		{"header inside a secret parameter's value", "x seCret=Cookie:0 Token:0=", "x seCret=REDACTED Token:REDACTED", KindQuerySecret},
		{"header inside a secret value after an inner =", "token=a=Cookie:0 Token:0=", "token=REDACTED Token:REDACTED", KindQuerySecret},
		{"a flag's redacted value past a secret parameter's is not reread", "TOKEN=-b =Cookie: Token:0=", "TOKEN=REDACTED =REDACTED Token:REDACTED", KindQuerySecret},
		{"only what a flag redacted past a parameter's value is skipped", "TOKEN=-b 'a=Cookie:; Token:0=1'", "TOKEN=REDACTED 'a=REDACTED; Token:REDACTED", KindQuerySecret},
		{"flag inside a secret parameter's value", "token=-b 'Token: x'", "token=REDACTED 'Token: REDACTED'", KindQuerySecret},
		{"non-ascii around", "Set-Cookie: näme=wert→1; Path=/ünï", "Set-Cookie: näme=REDACTED; Path=/ünï", KindSetCookie},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Redact(tc.in, Options{})
			if r.Text != tc.want {
				t.Errorf("Redact(%q)\n got %q\nwant %q", tc.in, r.Text, tc.want)
			}
			switch {
			case tc.kind == "" && r.Found != 0:
				t.Errorf("found %d secrets, want none: %+v", r.Found, r.Redactions)
			case tc.kind != "" && (len(r.Redactions) == 0 || r.Redactions[0].Kind != tc.kind):
				t.Errorf("redactions %+v, want the first of kind %s", r.Redactions, tc.kind)
			}
		})
	}
}

// TestUnchanged: pastes without secrets come out byte for byte.
func TestUnchanged(t *testing.T) {
	pastes := []string{
		"HTTP/2 429 \r\nretry-after: 30\r\nx-ratelimit-remaining: 0\r\nx-ratelimit-reset: 1767225600\r\nidempotency-key: 4f1c\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\nvary: Cookie, Authorization\r\naccess-control-allow-headers: Authorization, X-Api-Key\r\n\r\n{\"message\":\"API rate limit exceeded\",\"documentation_url\":\"https://docs.github.com/rest\"}",
		"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"example\", error=\"invalid_token\", error_description=\"The access token expired\"\n",
		"HTTP/1.1 422 Unprocessable Entity\n\n{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"User\",\"field\":\"password\",\"code\":\"too_short\"}]}",
		"{\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"read write\"}",
		// Validation messages about secret fields are not the secrets.
		"HTTP/1.1 422 Unprocessable Entity\n\n{\"message\":\"Validation failed\",\"errors\":{\"password\":\"is too short (minimum is 8 characters)\",\"api_key\":[\"can't be blank\"]}}",
		"GET /v1/items?page=2&per_page=50&sort=created HTTP/1.1\nHost: api.example.com\n",
		"日本語のテキスト: エラー 500 😀\n",
		"",
	}
	for _, p := range pastes {
		r := Redact(p, Options{})
		if r.Text != p || r.Found != 0 {
			t.Errorf("Redact changed %q\n to %q (%+v)", p, r.Text, r.Redactions)
		}
	}
}

func TestKeep(t *testing.T) {
	for _, tc := range samples {
		paste := readSample(t, tc.file)
		all := Redact(paste, Options{})
		r := Redact(paste, Options{Keep: true})
		if r.Text != paste {
			t.Errorf("%s: Keep changed the text", tc.file)
		}
		if r.Found != all.Found || r.Removed != 0 || r.Found == 0 {
			t.Errorf("%s: Keep found %d removed %d; without Keep found %d", tc.file, r.Found, r.Removed, all.Found)
		}
		for _, d := range r.Redactions {
			if !d.Kept {
				t.Errorf("%s: %+v not marked kept", tc.file, d)
			}
		}
	}
}

func TestKeepKinds(t *testing.T) {
	paste := readSample(t, "har.json")
	r := Redact(paste, Options{KeepKinds: []string{KindJWTSignature}})
	if !strings.Contains(r.Text, "S3KRr9vK2mXbL0pN7sT4wYz8aB1cD5eF6gH9jK0lM2n") {
		t.Error("the kept JWT signature is gone")
	}
	for _, s := range []string{"S3KRqueryTok77", "S3KRharCookie01", "S3KRclientsecret55"} {
		if strings.Contains(r.Text, s) {
			t.Errorf("%s leaked while only JWT signatures were kept", s)
		}
	}
	if r.Found <= r.Removed {
		t.Errorf("found %d, removed %d: nothing kept", r.Found, r.Removed)
	}

	// A kept kind never uncovers a secret another rule redacts: the GitHub
	// token is an api-key by its prefix and an authorization by its header.
	in := "Authorization: token ghp_0123456789abcdefghijklmnopqrstuvwxyz"
	r = Redact(in, Options{KeepKinds: []string{KindAPIKey}})
	if r.Text != "Authorization: token REDACTED" {
		t.Errorf("got %q", r.Text)
	}
	r = Redact(in, Options{KeepKinds: []string{KindAPIKey, KindAuthorization}})
	if r.Text != in {
		t.Errorf("keeping both kinds: got %q", r.Text)
	}
}

func TestPreviews(t *testing.T) {
	in := "> GET / HTTP/1.1\n> Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789\n"
	r := Redact(in, Options{})
	if len(r.Redactions) != 1 {
		t.Fatalf("redactions: %+v", r.Redactions)
	}
	d := r.Redactions[0]
	want := Redaction{Line: 2, Offset: 41, Length: 36, Kind: KindAuthorization, Name: "Authorization",
		Before: "> Authorization: Bearer abcdef…789", After: "> Authorization: Bearer REDACTED"}
	if d != want {
		t.Errorf("got  %+v\nwant %+v", d, want)
	}
	for _, tc := range []struct{ in, want string }{
		{"abcdefghijklmnop", "abcdef…nop"}, {"hunter2", "hu…2"}, {"abc", "a…"}, {"ñøßü€漢字かなカナ한글", "ñøßü€漢…ナ한글"},
	} {
		if got := shorten(tc.in); got != tc.want {
			t.Errorf("shorten(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A long line is cut around the secret; control characters go.
	long := strings.Repeat("x", 100) + " token=abc\x1b[31m " + strings.Repeat("y", 100)
	r = Redact(long, Options{})
	if len(r.Redactions) != 1 || r.Redactions[0].After != "…"+strings.Repeat("x", 25)+" token=REDACTED [31m "+strings.Repeat("y", 10)+"…" {
		t.Errorf("long-line preview: %+v", r.Redactions)
	}
}

func TestMaxListed(t *testing.T) {
	in := strings.Repeat("Cookie: a=1; b=2\n", MaxListed)
	r := Redact(in, Options{})
	if len(r.Redactions) != MaxListed || r.Found != 2*MaxListed || r.Removed != 2*MaxListed {
		t.Errorf("listed %d, found %d, removed %d", len(r.Redactions), r.Found, r.Removed)
	}
	if strings.Contains(r.Text, "=1") || strings.Contains(r.Text, "=2") {
		t.Error("secrets beyond the list were not removed")
	}
}

// TestHostileShapes runs inputs built to make a careless scanner go
// quadratic; each must finish quickly even on a shared machine.
func TestHostileShapes(t *testing.T) {
	const n = 1 << 20
	shapes := map[string]string{
		"quotes":          strings.Repeat(`"`, n),
		"keys":            strings.Repeat(`"a":`, n/4),
		"escaped quotes":  `"` + strings.Repeat(`\"a\":`, n/6) + `"`,
		"backslashes":     `"` + strings.Repeat(`\\`, n/2) + `"`,
		"open braces":     strings.Repeat("{[", n/2),
		"jwt starts":      strings.Repeat("eyJ", n/3),
		"jwt dots":        strings.Repeat("eyJhbGciOiJIUzI1NiJ9.", n/21),
		"schemes":         strings.Repeat("://", n/3),
		"at signs":        "http://" + strings.Repeat("@", n),
		"query seps":      strings.Repeat("?token=", n/7),
		"bearer":          strings.Repeat("Bearer ", n/7),
		"prefix runs":     "sk-" + strings.Repeat("a", n),
		"aws run":         strings.Repeat("AKIA", n/4),
		"one long line":   "Cookie: " + strings.Repeat("a=b; ", n/5),
		"header names":    strings.Repeat("x-api-key:", n/10),
		"lone names":      strings.Repeat("cookie\n", n/7),
		"quoted headers":  strings.Repeat(`'authorization: `, n/16),
		"curl flags":      strings.Repeat("-u '", n/4),
		"base64 run":      "Basic " + strings.Repeat("QUJD", n/4),
		"ps items":        strings.Repeat("[Cookie, ", n/9),
		"ps closed items": strings.Repeat("[Cookie, a]x", n/12),
		"ps hashtables":   strings.Repeat(`@{Authorization="`, n/17),
	}
	for name, in := range shapes {
		start := time.Now()
		r := Redact(in, Options{})
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(in))
		}
		if len(r.Text) > 10*len(in) {
			t.Errorf("%s: output %d bytes for %d", name, len(r.Text), len(in))
		}
	}
}

// TestClipIsLinear: many secrets inside one string behind a long run of
// white space must not rescan the run for each secret.
func TestClipIsLinear(t *testing.T) {
	in := "[" + strings.Repeat(" ", 1<<20) + `"Cookie: ` + strings.Repeat("a=1;", 1<<18) + `"]`
	start := time.Now()
	r := Redact(in, Options{})
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
	if r.Removed != 1<<18 {
		t.Errorf("removed %d", r.Removed)
	}
}
