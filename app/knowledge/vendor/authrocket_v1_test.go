package vendor

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/internal/golden"

	"github.com/httpexplain/httpexplain/app/knowledge/status"
)

const arHost = "https://api-e1.authrocket.com"

var arKeyHeaders = []string{"X-Authrocket-Account: org_0vWMmJg3PZ", "X-Authrocket-Api-Key: ko_0vWMmJg3PZ8aBcD", "X-Authrocket-Realm: rl_0vWMmJg3PZ"}

// arV1Case is one paragraph of the AuthRocket 1 status-code document and a
// sample exchange whose meaning must carry it.
type arV1Case struct {
	name  string
	codes []int // the doc's "Status:" line this case speaks for
	ex    sample
	want  []string // key phrases, case-insensitive
	when  string   // substring of Meaning.When, "" for no condition
	retry status.Retry
	// undetectable marks a paste that shows nothing of AuthRocket (a bare
	// response), so Detect cannot pick the profile.
	undetectable bool
}

var arV1Cases = []arV1Case{
	{
		name:  "loginrocket-404",
		ex:    sample{target: "https://acme.e1.loginrocket.com/login?redirect_uri=x", status: 404},
		want:  []string{"LoginRocket", "200, 302 or 404", "browser"},
		when:  "LoginRocket",
		retry: status.RetryAfterFix,
	},
	{name: "200", codes: []int{200}, ex: sample{target: arHost + "/v1/users/usr_0vWMmJg3PZ", reqHdr: arKeyHeaders, status: 200}, want: []string{"worked", "body"}},
	{name: "201", codes: []int{201}, ex: sample{method: "POST", target: arHost + "/v1/users", reqHdr: arKeyHeaders, status: 201}, want: []string{"created"}},
	{name: "202", codes: []int{202}, ex: sample{method: "POST", target: arHost + "/v1/jobs", reqHdr: arKeyHeaders, status: 202}, want: []string{"has not finished", "may still", "later"}},
	{name: "204", codes: []int{204}, ex: sample{method: "DELETE", target: arHost + "/v1/users/usr_1", reqHdr: arKeyHeaders, status: 204}, want: []string{"no body"}},
	{name: "302", codes: []int{302, 303, 307}, ex: sample{target: arHost + "/v1/users", status: 302, respHdr: []string{"Location: https://api-e1.authrocket.com/v1/users/"}}, want: []string{"Location", "few redirects"}},
	{name: "303", codes: []int{302, 303, 307}, ex: sample{target: arHost + "/v1/users", status: 303}, want: []string{"Location", "few redirects"}},
	{name: "307", codes: []int{302, 303, 307}, ex: sample{target: arHost + "/v1/users", status: 307}, want: []string{"Location", "few redirects"}},
	{
		name: "400", codes: []int{400},
		ex:   sample{method: "POST", target: arHost + "/v1/users", reqHdr: arKeyHeaders, status: 400, body: `{"error":"bad request"}`},
		want: []string{"missing", "encoded", "malformed"}, retry: status.RetryAfterFix,
	},
	{
		name: "401-authenticate", codes: []int{401},
		ex:   sample{method: "POST", target: arHost + "/v1/users/usr_0vWMmJg3PZ/authenticate", reqHdr: arKeyHeaders, status: 401},
		want: []string{"failed to authenticate", "API credentials are fine", "403"}, when: "/authenticate", retry: status.RetryAfterFix,
	},
	{
		name: "401-authenticate-key", codes: []int{401},
		ex:   sample{method: "POST", target: "/v1/users/authenticate_key", reqHdr: arKeyHeaders, status: 401},
		want: []string{"API credentials are fine", "403"}, when: "authenticate_key",
	},
	{
		name: "401-request-unknown", codes: []int{401},
		ex:   sample{status: 401, respHdr: []string{"Content-Type: application/json"}},
		want: []string{"/authenticate", "403", "does not show the request"}, when: "not in the paste", undetectable: true,
	},
	{
		name: "401-other-path", codes: []int{401},
		ex:   sample{target: arHost + "/v1/users", reqHdr: arKeyHeaders, status: 401},
		want: []string{"in between", "403"}, when: "not an /authenticate",
	},
	{
		name: "402", codes: []int{402},
		ex:   sample{target: arHost + "/v1/users", reqHdr: arKeyHeaders, status: 402},
		want: []string{"subscription", "not active", "management portal"}, retry: status.RetryAfterFix,
	},
	{
		name: "403", codes: []int{403},
		ex:   sample{target: arHost + "/v1/users", reqHdr: arKeyHeaders[1:], status: 403},
		want: []string{"missing", "incomplete", "wrong", "permission", "X-Authrocket-Api-Key"}, retry: status.RetryAfterFix,
	},
	{
		name: "404", codes: []int{404},
		ex:   sample{target: arHost + "/v1/users/usr_nope", reqHdr: arKeyHeaders, status: 404},
		want: []string{"does not exist", "may not see it", "where 403 would fit"},
	},
	{
		name: "405", codes: []int{405},
		ex:   sample{method: "POSST", target: arHost + "/v1/users", reqHdr: arKeyHeaders, status: 405},
		want: []string{"method", "POSST", "PUT"},
	},
	{name: "406", codes: []int{406}, ex: sample{target: arHost + "/v1/users", reqHdr: append([]string{"Accept: text/xml"}, arKeyHeaders...), status: 406}, want: []string{"Accept", "application/json"}},
	{
		name: "409", codes: []int{409},
		ex:   sample{method: "DELETE", target: arHost + "/v1/orgs/org_1", reqHdr: arKeyHeaders, status: 409, body: `{"message":"Validation failed","errors":{"base":["Org has members"]}}`},
		want: []string{"state", "delete", "422"},
	},
	{
		name: "414", codes: []int{414},
		ex:   sample{target: arHost + "/v1/sessions/eyJhbGciOiJIUzI1NiJ9.eyJ0ayI6Imtzc18xIn0.sig", reqHdr: arKeyHeaders, status: 414},
		want: []string{"too long", "JWT", "tk", "session id"}, retry: status.RetryAfterFix,
	},
	{
		name: "415", codes: []int{415},
		ex:   sample{method: "POST", target: arHost + "/v1/users", reqHdr: append([]string{"Content-Type: text/xml"}, arKeyHeaders...), status: 415},
		want: []string{"Content-Type", "JSON", "x-www-form-urlencoded"},
	},
	{
		name: "422", codes: []int{422},
		ex: sample{method: "POST", target: arHost + "/v1/users", reqHdr: arKeyHeaders, status: 422,
			body: `{ "message" : "Validation failed", "errors" : { "username" : ["Username can't be blank"] } }`},
		want: []string{"validation", "POST, PUT or DELETE", "errors", "field"}, retry: status.RetryAfterFix,
	},
	{
		name: "429-general", codes: []int{429},
		ex: sample{target: arHost + "/v1/users", reqHdr: arKeyHeaders, status: 429,
			respHdr: []string{"X-RateLimit-Limit: 1234", "X-RateLimit-Remaining: 0", "X-RateLimit-Reset: 1388534400"}},
		want:  []string{"general", "plan", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Unix epoch"},
		retry: status.RetryWithBackoff,
	},
	{
		name: "429-authentication", codes: []int{429},
		ex:   sample{method: "POST", target: arHost + "/v1/sessions", reqHdr: arKeyHeaders, status: 429, respHdr: []string{"X-RateLimit-Reset: 1388534400"}},
		want: []string{"authentication", "brute-force", "development", "X-RateLimit-Reset", "Unix epoch"}, when: "authentication call",
	},
	{name: "500", codes: []int{500, 502}, ex: sample{target: arHost + "/v1/users", status: 500}, want: []string{"AuthRocket's side", "few minutes", "well formed"}, retry: status.RetryWithBackoff},
	{name: "502", codes: []int{500, 502}, ex: sample{target: arHost + "/v1/users", status: 502}, want: []string{"AuthRocket's side", "few minutes", "well formed"}},
	{name: "503", codes: []int{503, 504}, ex: sample{target: arHost + "/v1/users", status: 503}, want: []string{"unavailable", "load", "rate limits", "server errors", "exponentially"}, retry: status.RetryWithBackoff},
	{name: "504", codes: []int{503, 504}, ex: sample{target: arHost + "/v1/users", status: 504}, want: []string{"unavailable", "few minutes", "exponentially"}},
}

// text is everything a reader of m sees.
func text(m Meaning) string {
	return m.Meaning + "\n" + strings.Join(m.NextSteps, "\n")
}

func TestAuthRocketV1Paragraphs(t *testing.T) {
	p, ok := ByID("authrocket-v1")
	if !ok {
		t.Fatal("authrocket-v1 missing")
	}
	for _, c := range arV1Cases {
		t.Run(c.name, func(t *testing.T) {
			ex := c.ex.exchange()
			if got, why := Detect(ex); !c.undetectable && got != p {
				t.Fatalf("Detect = %v (%q), want authrocket-v1", got, why)
			}
			m, ok := p.Status(ex)
			if !ok {
				t.Fatalf("no meaning for %d", c.ex.status)
			}
			if m.Code != c.ex.status {
				t.Errorf("Code = %d, want %d", m.Code, c.ex.status)
			}
			if miss := missing(text(m), c.want); len(miss) > 0 {
				t.Errorf("meaning lacks %q:\n%s", miss, text(m))
			}
			if m.Reference != "https://v1.authrocket.com/docs/api/status_codes" {
				t.Errorf("Reference = %q", m.Reference)
			}
			if c.when == "" && m.When != "" {
				t.Errorf("When = %q, want none", m.When)
			}
			if c.when != "" && !strings.Contains(m.When, c.when) {
				t.Errorf("When = %q, want it to mention %q", m.When, c.when)
			}
			if c.retry != "" && m.Retry != c.retry {
				t.Errorf("Retry = %q, want %q", m.Retry, c.retry)
			}
		})
	}
}

// TestAuthRocketV1DocCovered reads the AuthRocket 1 document and checks that
// every status it lists has a paragraph case above, so a status left out of
// the profile or the tests fails here.
func TestAuthRocketV1DocCovered(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "authrocket-v1-status-codes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	covered := map[int]bool{}
	for _, c := range arV1Cases {
		// Each code of a shared paragraph ("Status: 500, 502") needs its
		// own case: listing it in codes is not enough.
		covered[c.ex.status] = true
	}
	num := regexp.MustCompile(`\d{3}`)
	seen := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "Status: ") {
			continue
		}
		for _, s := range num.FindAllString(line, -1) {
			code, _ := strconv.Atoi(s)
			seen++
			if !covered[code] {
				t.Errorf("doc paragraph %q: no sample exchange with status %d", line, code)
			}
			if _, ok := authRocketV1.Status(sample{target: arHost + "/v1/users", status: code}.exchange()); !ok {
				t.Errorf("profile has no meaning for documented status %d", code)
			}
		}
	}
	if seen != 23 {
		t.Fatalf("read %d statuses from the document, want 23; is testdata intact?", seen)
	}
}

func TestAuthRocketV1Notes(t *testing.T) {
	all := strings.Join(authRocketV1.Notes, "\n")
	if miss := missing(all, []string{"status", "before", "JSON body", "may change", "LoginRocket", "200, 302 or 404"}); len(miss) > 0 {
		t.Errorf("notes lack %q:\n%s", miss, all)
	}
}

func TestRateLimitCategory(t *testing.T) {
	cases := []struct {
		target string
		want   string
	}{
		{"/v1/users/usr_1/authenticate", "authentication"},
		{"/v1/users/authenticate_key", "authentication"},
		{arHost + "/v1/sessions/kss_1", "authentication"},
		{"/v1/login", "authentication"},
		{"/v2/signup", "authentication"},
		{"/v2/users/usr_1/verify_credential", "authentication"},
		{"/v1/users/usr_1", "general"},
		{"/v1/orgs?page=sessions", "general"},
		{"", "general"},
	}
	for _, c := range cases {
		ex := sample{target: c.target, status: 429}.exchange()
		if got := RateLimitCategory(ex); got != c.want {
			t.Errorf("RateLimitCategory(%q) = %q, want %q", c.target, got, c.want)
		}
		if got := authRocketV2.RateLimitCategory(ex); got != c.want {
			t.Errorf("v2 RateLimitCategory(%q) = %q, want %q", c.target, got, c.want)
		}
		if authRocketV1.RateLimitSummary(ex) == "" {
			t.Errorf("no summary for %q", c.target)
		}
	}
	if got := gitHub.RateLimitCategory(sample{target: "/user", status: 429}.exchange()); got != "" {
		t.Errorf("github category = %q, want none", got)
	}
}

// TestAuthRocketV1Golden pins the full meanings of the paragraph cases, so
// that a wording change is seen in review. Run with -update to rewrite.
func TestAuthRocketV1Golden(t *testing.T) {
	type row struct {
		Case string  `json:"case"`
		M    Meaning `json:"meaning"`
	}
	var rows []row
	for _, c := range arV1Cases {
		m, _ := authRocketV1.Status(c.ex.exchange())
		rows = append(rows, row{c.name, m})
	}
	got, err := json.MarshalIndent(rows, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "authrocket-v1.golden.json")
	golden.Check(t, path, got)
}
