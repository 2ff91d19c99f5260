package share

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/internal/golden"
)

// marker is in every secret of the samples (and in nothing else), so a
// leak of any of them is caught even if a case forgets to list it.
const marker = "s3kr"

var samples = []struct {
	file string
	// secrets must be gone from the redacted text (beyond the marker).
	secrets []string
	// kept must still be there, byte for byte.
	kept []string
	// kinds must each be reported at least once.
	kinds []string
	json  bool // the redacted text must still be valid JSON
}{
	{
		file:    "curl_v.txt",
		secrets: []string{"Tq7vWm3RkZ8pLx2N", "h2cookieAbc123", "apikey-9f8e7d6c5b4a", "cfbm.Xy7-1764762000"},
		kept: []string{
			"> Authorization: Bearer REDACTED\n", "> Cookie: _session=REDACTED; theme=REDACTED\n",
			"[authorization: Bearer REDACTED]", "< set-cookie: __cf_bm=REDACTED; path=/; expires=Thu, 03-Dec-26 10:30:00 GMT; domain=.example.com; HttpOnly; Secure; SameSite=None\n",
			`< www-authenticate: Bearer realm="api", error="invalid_token"`, "[:path: /v1/users?page=2]",
			`{"error":"invalid_token","message":"The access token expired"}`,
		},
		kinds: []string{KindAuthorization, KindCookie, KindSetCookie, KindAPIKey},
	},
	{
		file:    "raw_response.txt",
		secrets: []string{"sid0a9b8c7d6e5f", "remember42"},
		kept: []string{
			"Set-Cookie: sid=REDACTED; Path=/; HttpOnly; Secure; SameSite=Lax\r\n",
			`Set-Cookie: remember_token="REDACTED"; Expires=Fri, 03 Dec 2027 09:30:00 GMT; Path=/` + "\r\n",
			"Vary: Cookie\r\n", "<html><body>Signed in. Welcome back, Ada!</body></html>",
		},
		kinds: []string{KindSetCookie},
	},
	{
		file: "har.json",
		secrets: []string{"queryTok77", "r9vK2mXbL0pN7sT4wYz8aB1cD5eF6gH9jK0lM2n", "harCookie01", "x8Yt2Lq9Wm4Zr7Pv",
			`pass\\\"word!`, "clientsecret55", "flash99", "YWRhOlMzS1JiYXNpYw", "refreshParam"},
		kept: []string{
			"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMHZQcW5IeDIiLCJ0ayI6Imtzc183SGgzWnBRIiwiaXNzIjoiaHR0cHM6Ly9hdXRocm9ja2V0LmNvbSIsImV4cCI6MTc2NzIyNTYwMH0.REDACTED",
			`"Cookie", "value": "ar_session=REDACTED; consent=REDACTED"`,
			`{"name": "access_token", "value": "REDACTED"}`, `{"name": "realm", "value": "rl_0vPqnHx2"}`,
			`\"username\":\"ada\"`, `\"remember\":true`, `{\"errors\":{\"password\":[\"is too short\"]}}`,
			`"value": "Basic REDACTED"`, `{"name": "grant_type", "value": "refresh_token"}`,
			"&realm=rl_0vPqnHx2", `"ar_flash=REDACTED; Path=/; HttpOnly"`,
		},
		kinds: []string{KindJWTSignature, KindCookie, KindSetCookie, KindAPIKey, KindQuerySecret, KindJSONSecret, KindAuthorization},
		json:  true,
	},
	{
		file:    "json_body.txt",
		secrets: []string{"nestedPass", "482913", "4321", "pL8vT3kQ9zR2xW7mN4bJ6hF1dS5aG0cY8eU", "refresh_2bX9", "camel42", "apikey-0001", "42424242", `"cvc": 123`},
		kept: []string{
			`"token_type": "Bearer"`, `"expires_in": 3600`, `"password_set": true`, `"next": null`,
			`"brand": "visa"`, `"email": "ada@example.com"`,
			"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFkYSBMb3ZlbGFjZSIsImlhdCI6MTc2NDc2MjAwMH0.REDACTED",
		},
		kinds: []string{KindJSONSecret, KindJWTSignature},
	},
	{
		file:    "url_token.txt",
		secrets: []string{"authcode88", "referer_tok", "IOSFODNN7XYZ", "sig0f1e2d3c4b5a", "linkkey", "urlpass", "dbpass"},
		kept: []string{
			"?code=REDACTED&state=xyz123 HTTP/1.1", "X-Amz-Date=20261203T093000Z&X-Amz-Expires=300",
			"https://hooks:REDACTED@hooks.example.com/in", "postgres://app:REDACTED@db.internal:5432/app",
			"Our error code=500 is logged; see https://status.example.com/?page=1.",
			`&api_key=REDACTED>; rel="next"`,
		},
		kinds: []string{KindQuerySecret, KindPasswordURL},
	},
	{
		file:    "jwt_body.txt",
		secrets: []string{"r9vK2mXbL0pN7sT4wYz8aB1cD5eF6gH9jK0lM2n"},
		kept: []string{
			"Your login token is eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMHZQcW5IeDIiLCJ0ayI6Imtzc183SGgzWnBRIiwiaXNzIjoiaHR0cHM6Ly9hdXRocm9ja2V0LmNvbSIsImV4cCI6MTc2NzIyNTYwMH0.REDACTED (expires at 2026-01-01).",
			"unsigned: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMHZQcW5IeDIiLCJ0ayI6Imtzc183SGgzWnBRIiwiaXNzIjoiaHR0cHM6Ly9hdXRocm9ja2V0LmNvbSIsImV4cCI6MTc2NzIyNTYwMH0.\n",
		},
		kinds: []string{KindJWTSignature},
	},
	{
		file:    "curl_command.txt",
		secrets: []string{"a1b2c3d4e5f6g7h8", "v1key0a9b8c7", "curlpass", "curlcookie", "formsecret", "cmdcookie", "httpiekey", "gitlab0123456789", "0123456789abcdefghijklmnopqrstu", "IOSFODNN7EXA"},
		kept: []string{
			"-H 'Authorization: Bearer REDACTED'", `-H "X-Authrocket-Api-Key: REDACTED"`, "-u ada:REDACTED",
			"-b 'sid=REDACTED; theme=REDACTED'", "'grant_type=client_credentials&client_secret=REDACTED&scope=read'",
			`-H ^"cookie: sid=REDACTED^"`, "X-Api-Key:REDACTED name=demo", "--header='Private-Token: REDACTED'",
			"-H 'content-type: application/x-www-form-urlencoded'",
		},
		kinds: []string{KindAuthorization, KindAPIKey, KindBasicAuth, KindCookie, KindQuerySecret},
	},
	{
		file:    "chat_quoted.txt",
		secrets: []string{"chatkey77aa", "chatcookie", "devtoolsToken1234", "devtoolscookie", "wgetcookie"},
		kept: []string{
			"> X-Authrocket-Api-Key: REDACTED\n", "> X-Authrocket-Realm: rl_0vPqnHx2\n", "> Set-Cookie: _ar=REDACTED; path=/\n",
			"authorization\nBearer REDACTED\ncookie\npref=REDACTED\naccept\napplication/json\n",
			"  Set-Cookie: wsid=REDACTED; path=/\n", "Thanks, Ada",
		},
		kinds: []string{KindAPIKey, KindSetCookie, KindAuthorization, KindCookie},
	},
	{
		file:    "fetch.txt",
		secrets: []string{"fetchToken", "fetchcsrf", "fetchsession", "csrfheader", "gqlpass", "123456"},
		kept: []string{
			`"authorization": "Token REDACTED"`, `"cookie": "csrftoken=REDACTED; sessionid=REDACTED"`,
			`\"query\":\"mutation { login }\"`, `\"otp\":\"REDACTED\"`, `"accept": "application/json"`,
		},
		kinds: []string{KindAuthorization, KindCookie, KindJSONSecret},
	},
}

func readSample(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// describe renders a result for its golden file.
func describe(r Result) string {
	var b strings.Builder
	b.WriteString(r.Text)
	fmt.Fprintf(&b, "\n--- %d found, %d removed ---\n", r.Found, r.Removed)
	for _, d := range r.Redactions {
		fmt.Fprintf(&b, "line %d %s %q kept=%v\n  before: %s\n  after:  %s\n", d.Line, d.Kind, d.Name, d.Kept, d.Before, d.After)
	}
	return b.String()
}

func TestRedactSamples(t *testing.T) {
	for _, tc := range samples {
		t.Run(tc.file, func(t *testing.T) {
			paste := readSample(t, tc.file)
			r := Redact(paste, Options{})
			shared, err := Decode(Encode(r.Text))
			if err != nil {
				t.Fatal(err)
			}
			for where, text := range map[string]string{"redacted text": r.Text, "decoded link": shared} {
				if strings.Contains(strings.ToLower(text), marker) {
					i := strings.Index(strings.ToLower(text), marker)
					t.Errorf("%s leaks a secret near %q", where, text[max(0, i-40):min(len(text), i+40)])
				}
				for _, s := range tc.secrets {
					if !strings.Contains(paste, s) {
						t.Fatalf("bad test: secret %q is not in the sample", s)
					}
					if strings.Contains(text, s) {
						t.Errorf("%s still holds secret %q", where, s)
					}
				}
			}
			for _, k := range tc.kept {
				if !strings.Contains(r.Text, k) {
					t.Errorf("redacted text lacks %q", k)
				}
			}
			got := map[string]bool{}
			for _, d := range r.Redactions {
				got[d.Kind] = true
				if d.Kept {
					t.Errorf("redaction %+v kept with zero Options", d)
				}
				if strings.Contains(strings.ToLower(d.After), marker) {
					t.Errorf("After preview leaks: %q", d.After)
				}
				if d.Line < 1 || d.Offset < 0 || d.Offset+d.Length > len(paste) {
					t.Errorf("bad position %+v", d)
				} else if want := strings.Count(paste[:d.Offset], "\n") + 1; d.Line != want {
					t.Errorf("redaction at %d: line %d, want %d", d.Offset, d.Line, want)
				}
			}
			for _, k := range tc.kinds {
				if !got[k] {
					t.Errorf("no %s redaction reported", k)
				}
			}
			if tc.json && !json.Valid([]byte(r.Text)) {
				t.Errorf("redacted JSON is not valid")
			}
			if again := Redact(r.Text, Options{}); again.Text != r.Text || again.Found != 0 {
				t.Errorf("a second pass changed the text or found %d more secrets", again.Found)
			}
			checkGolden(t, strings.TrimSuffix(tc.file, filepath.Ext(tc.file))+".golden", describe(r))
		})
	}
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	golden.Check(t, path, []byte(got))
}

// contextLines are sample lines whose secret only shows in context (a HAR
// cookie object away from its "cookies" array, a devtools value away from
// its name line): cut out alone, nothing marks them as secret.
var contextLines = map[string]map[int]bool{
	"har.json":        {25: true, 44: true},
	"chat_quoted.txt": {16: true},
}

// TestInsideJSONStrings puts every sample line, and every whole sample,
// inside JSON strings (as HAR, logs and API payloads carry them): the
// secrets must still go and the JSON must stay valid.
func TestInsideJSONStrings(t *testing.T) {
	for _, tc := range samples {
		paste := readSample(t, tc.file)
		var lines []string
		for l := range strings.SplitSeq(paste, "\n") {
			lines = append(lines, l)
		}
		doc, err := json.Marshal(map[string]any{"lines": lines, "whole": paste})
		if err != nil {
			t.Fatal(err)
		}
		r := Redact(string(doc), Options{})
		if !json.Valid([]byte(r.Text)) {
			t.Errorf("%s: redacted JSON is invalid:\n%s", tc.file, r.Text)
			continue
		}
		var back struct {
			Lines []string
			Whole string
		}
		if err := json.Unmarshal([]byte(r.Text), &back); err != nil {
			t.Fatal(err)
		}
		for i, l := range back.Lines {
			if contextLines[tc.file][i+1] {
				continue
			}
			if strings.Contains(strings.ToLower(l), marker) {
				t.Errorf("%s line %d leaks: %q", tc.file, i+1, l)
			}
		}
		if i := strings.Index(strings.ToLower(back.Whole), marker); i >= 0 {
			t.Errorf("%s as one string leaks near %q", tc.file, back.Whole[max(0, i-40):min(len(back.Whole), i+30)])
		}
	}
}
