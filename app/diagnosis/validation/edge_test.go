package validation

import (
	"reflect"
	"strings"
	"testing"
)

// TestNoError checks bodies that must not be taken for errors: successes
// that happen to carry "message", "code", "errors" or lists of strings.
func TestNoError(t *testing.T) {
	cases := []struct{ name, paste string }{
		{"user object", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\":42,\"name\":\"Ann\",\"email\":\"ann@example.com\"}"},
		{"message on 200", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"message\":\"User created\"}"},
		{"code 0 on 201", "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"code\":0,\"message\":\"Created\"}"},
		{"code 0 envelope", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"code\":0,\"message\":\"success\",\"data\":{}}"},
		{"slack warning", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"ok\":true,\"warning\":\"superfluous_charset\",\"response_metadata\":{\"warnings\":[\"superfluous_charset\"]}}"},
		{"string lists on 200", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"tags\":[\"red fox\",\"blue\"],\"aliases\":[\"a b\"]}"},
		{"graphql data", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"data\":{\"user\":{\"id\":\"1\"}}}"},
		{"empty errors", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"errors\":[]}"},
		{"empty errors on 422", "HTTP/1.1 422 Unprocessable Content\nContent-Type: application/json\n\n{\"errors\":{}}"},
		{"html 404", "HTTP/1.1 404 Not Found\nContent-Type: text/html\n\n<html><body><h1>Not Found</h1></body></html>"},
		{"bearer without error", "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\nContent-Length: 0\n\n"},
		{"empty 400", "HTTP/1.1 400 Bad Request\nContent-Length: 0\n\n"},
		{"null error", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"error\":null,\"result\":{\"id\":1}}"},
		{"problem-like 200", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"type\":\"article\",\"title\":\"Hello\",\"status\":1,\"detail\":\"long text\"}"},
		{"redirect message", "HTTP/1.1 302 Found\nLocation: /x\nContent-Type: application/json\n\n{\"message\":\"Moved\"}"},
		{"success true", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"success\":true,\"message\":\"Saved\"}"},
		{"array on 200", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n[{\"message\":\"hello\"}]"},
		{"s3 listing", "HTTP/1.1 200 OK\nContent-Type: application/xml\n\n<ListBucketResult><Name>b</Name><Contents><Key>Errors.txt</Key></Contents></ListBucketResult>"},
		{"aws type on 200", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"__type\":\"Shape#Thing\",\"message\":\"fine\"}"},
		{"no response body", "HTTP/1.1 500 Internal Server Error\n\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if r := Read(readExchange(t, c.paste)); r != nil {
				t.Errorf("Read = %+v, want nil", r)
			}
		})
	}
	if Read(nil) != nil || Read(readExchange(t, "")) != nil {
		t.Error("Read of nothing is not nil")
	}
}

// TestEdges checks format choices that hinge on one detail.
func TestEdges(t *testing.T) {
	cases := []struct {
		name, paste     string
		format, message string
		code            string
		fields          []string
	}{
		{"success false", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"success\":false,\"message\":\"Invalid coupon\"}",
			"generic", "Invalid coupon", "", nil},
		{"message on 500", "HTTP/1.1 500 Internal Server Error\nContent-Type: application/json\n\n{\"message\":\"Internal server error\"}",
			"generic", "Internal server error", "", nil},
		{"error sentence", "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"Something went wrong\"}",
			"generic", "Something went wrong", "", nil},
		{"oauth bare code", "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"invalid_request\"}",
			"oauth2", "", "invalid_request", nil},
		{"body before header", "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error=\"invalid_token\"\nContent-Type: application/json\n\n{\"error\":\"invalid_token\",\"error_description\":\"Token expired\"}",
			"oauth2", "Token expired", "invalid_token", nil},
		{"look-alike host", "#> POST https://evilauthrocket.com/v1/users\nHTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n{\"message\":\"Validation failed\",\"errors\":{\"username\":[\"Username can't be blank\"]}}",
			"message-errors-map", "Validation failed", "", []string{"username"}},
		{"authrocket bare host", "#> POST https://authrocket.com/v1/users\nHTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n{\"message\":\"Validation failed\",\"errors\":{\"username\":[\"Username can't be blank\"]}}",
			"authrocket-v1", "Validation failed", "", []string{"username"}},
		{"laravel single", "HTTP/1.1 422 Unprocessable Content\nContent-Type: application/json\n\n{\"message\":\"The name field is required.\",\"errors\":{\"name\":[\"The name field is required.\"]}}",
			"laravel", "The name field is required.", "", []string{"name"}},
		{"truncated body", "HTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n{\"errors\":{\"email\":[\"is invalid\"",
			"rails", "", "", []string{"email"}},
		{"problem by media type", "HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{\"title\":\"Forbidden\"}",
			"rfc9457", "Forbidden", "", nil},
		{"problem invalid_params", "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{\"title\":\"Bad\",\"invalid_params\":[{\"name\":\"age\",\"reason\":\"too low\"}]}",
			"rfc9457", "Bad", "", []string{"age"}},
		{"problem wrong member type", "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{\"title\":5,\"detail\":\"Broken\",\"status\":\"400\"}",
			"rfc9457", "Broken", "", nil},
		{"jsonapi without media type", "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"errors\":[{\"status\":\"400\",\"source\":{\"header\":\"Accept\"},\"title\":\"Bad Accept\"}]}",
			"jsonapi", "Bad Accept", "", []string{"Accept"}},
		{"graphql over json on 200", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"data\":null,\"errors\":[{\"message\":\"Not authorised\",\"extensions\":{\"code\":\"FORBIDDEN\"}}]}",
			"graphql", "Not authorised", "FORBIDDEN", []string{""}},
		{"slack ratelimited", "HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nContent-Type: application/json\n\n{\"ok\":false,\"error\":\"ratelimited\"}",
			"slack", "", "ratelimited", nil},
		{"discord rate limit", "HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{\"message\":\"You are being rate limited.\",\"retry_after\":64.57,\"global\":false}",
			"discord", "You are being rate limited.", "", nil},
		{"github not found", "HTTP/2 404\ncontent-type: application/json\n\n{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}",
			"github", "Not Found", "", nil},
		{"aws xml on 200", "HTTP/1.1 200 OK\nContent-Type: application/xml\n\n<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>",
			"aws-xml", "We encountered an internal error. Please try again.", "InternalError", nil},
		{"aws xml cut short", "HTTP/1.1 403 Forbidden\nContent-Type: application/xml\n\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><Req",
			"aws-xml", "Access Denied", "AccessDenied", nil},
		{"bearer over body", "HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error=\"insufficient_scope\", scope=\"repo\"\nContent-Type: application/json\n\n{\"message\":\"Forbidden\"}",
			"bearer", "Forbidden", "insufficient_scope", nil},
		{"aws header only", "HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: AccessDeniedException\n\n",
			"aws-json", "", "AccessDeniedException", nil},
		{"google legacy errors", "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":{\"code\":400,\"message\":\"Invalid field selection\",\"errors\":[{\"domain\":\"global\",\"reason\":\"invalidParameter\",\"message\":\"Invalid field selection foo\",\"locationType\":\"parameter\",\"location\":\"fields\"}]}}",
			"google", "Invalid field selection", "invalidParameter", []string{"fields"}},
		{"drf nested list", "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"lines\":[{\"sku\":[\"This field is required.\"]},{}],\"meta\":{\"non_field_errors\":[\"Bad meta.\"]}}",
			"drf", "", "", []string{"lines[0].sku", "meta"}},
		{"generic nested list", "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"status\":400,\"data\":{\"validationErrors\":{\"user.name\":\"too short\"}}}",
			"generic", "", "", []string{"user.name"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ex := readExchange(t, c.paste)
			r := Read(ex)
			if r == nil {
				t.Fatalf("Read = nil, want %s", c.format)
			}
			if r.Format != c.format || r.Message != c.message || r.Code != c.code {
				t.Errorf("got (%q, %q, %q), want (%q, %q, %q)", r.Format, r.Message, r.Code, c.format, c.message, c.code)
			}
			var got []string
			for _, f := range r.Fields {
				got = append(got, f.Field)
			}
			if !reflect.DeepEqual(got, c.fields) {
				t.Errorf("fields = %q, want %q", got, c.fields)
			}
			checkPointers(t, ex, r)
		})
	}
}

// TestHostile feeds large and deep bodies: Read must return, without
// panicking, and keep its output bounded.
func TestHostile(t *testing.T) {
	wide := "{\"errors\":{" + strings.Repeat("\"f\":[\"is invalid\"],", 20000) + "\"g\":[\"x y\"]}}"
	deep := strings.Repeat("{\"errors\":", 400) + "[\"x\"]" + strings.Repeat("}", 400)
	deepArr := "{\"errors\":" + strings.Repeat("[", 600)
	discord := "{\"code\":50035,\"message\":\"Invalid Form Body\",\"errors\":" + strings.Repeat("{\"a\":", 450) + "{\"_errors\":[{\"code\":\"X\",\"message\":\"m\"}]}" + strings.Repeat("}", 450) + "}"
	manyChallenges := strings.Repeat("Bearer , = \"\\", 5000)
	xmlDeep := "<Error>" + strings.Repeat("<a>", 100000) + "<Code>X</Code>"
	cases := []string{
		"HTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n" + wide,
		"HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n" + deep,
		"HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n" + deepArr,
		"HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n" + discord,
		"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: " + manyChallenges + "\n\n",
		"HTTP/1.1 400 Bad Request\nContent-Type: application/xml\n\n" + xmlDeep,
		"HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n[" + strings.Repeat("{\"message\":\"m\"},", 10000) + "{}]",
	}
	for i, p := range cases {
		r := Read(readExchange(t, p))
		if r != nil && len(r.Fields) > maxFields {
			t.Errorf("case %d: %d fields, over the bound %d", i, len(r.Fields), maxFields)
		}
	}
	r := Read(readExchange(t, cases[0]))
	if r == nil || len(r.Fields) != maxFields {
		t.Errorf("wide errors: got %v, want %d fields", r, maxFields)
	}
}

func TestPaths(t *testing.T) {
	cases := []struct {
		fn       func(string) string
		name     string
		in, want string
	}{
		{pointerToPath, "pointer", "#/quantity", "quantity"},
		{pointerToPath, "pointer", "/items/2/qty", "items[2].qty"},
		{pointerToPath, "pointer", "#/a~1b/c%20d", "a/b.c d"},
		{pointerToPath, "pointer", "/m~0n", "m~n"},
		{pointerToPath, "pointer", "", ""},
		{pointerToPath, "pointer", "email", "email"},
		{jsonapiPath, "jsonapi", "/data/attributes/firstName", "firstName"},
		{jsonapiPath, "jsonapi", "/data/attributes/address/zip", "address.zip"},
		{jsonapiPath, "jsonapi", "/data/relationships/author", "author"},
		{jsonapiPath, "jsonapi", "/data", ""},
		{jsonapiPath, "jsonapi", "/data/1/attributes/title", "[1].title"},
		{jsonapiPath, "jsonapi", "/meta/x", "meta.x"},
		{dollarPath, "dollar", "$.age", "age"},
		{dollarPath, "dollar", "$.items[0].qty", "items[0].qty"},
		{dollarPath, "dollar", "$", ""},
		{dollarPath, "dollar", "$[1]", "[1]"},
		{dollarPath, "dollar", "Email", "Email"},
		{bracketPath, "bracket", "card[exp_month]", "card.exp_month"},
		{bracketPath, "bracket", "items[0][price]", "items[0].price"},
		{bracketPath, "bracket", "amount", "amount"},
		{bracketPath, "bracket", "broken[x", "broken[x"},
		{awsCode, "aws", "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "ResourceNotFoundException"},
		{awsCode, "aws", "TooManyRequestsException:http://internal.amazon.com/coral/", "TooManyRequestsException"},
		{awsCode, "aws", "aws.protocoltests#Err:http://x#y", "Err"},
		{awsCode, "aws", "ValidationException", "ValidationException"},
	}
	for _, c := range cases {
		if got := c.fn(c.in); got != c.want {
			t.Errorf("%s(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestSlackMessage(t *testing.T) {
	cases := []struct{ in, msg, field string }{
		{"[ERROR] missing required field: channel", "missing required field: channel", "channel"},
		{"[ERROR] invalid type for field: `ts`", "invalid type for field: `ts`", "ts"},
		{"[WARN] A Content-Type HTTP header was presented but did not declare a charset", "A Content-Type HTTP header was presented but did not declare a charset", ""},
		{"[ERROR] must provide field: a, b", "must provide field: a, b", ""},
		{"no tag", "no tag", ""},
	}
	for _, c := range cases {
		msg, field := slackMessage(c.in)
		if msg != c.msg || field != c.field {
			t.Errorf("slackMessage(%q) = %q, %q; want %q, %q", c.in, msg, field, c.msg, c.field)
		}
	}
}

func TestParseChallenges(t *testing.T) {
	got := parseChallenges(`Basic realm="legacy", Bearer realm="api", error="invalid_token", error_description="say \"hi\", ok", DPoP algs="ES256 PS256", Negotiate abc123==`)
	want := []challenge{
		{scheme: "Basic", params: []Param{{"realm", "legacy"}}},
		{scheme: "Bearer", params: []Param{{"realm", "api"}, {"error", "invalid_token"}, {"error_description", `say "hi", ok`}}},
		{scheme: "DPoP", params: []Param{{"algs", "ES256 PS256"}}},
		{scheme: "Negotiate", params: []Param{{"abc123", ""}}},
	}
	// The token68 after Negotiate reads as a parameter with its padding
	// taken for '='; that is harmless here, as only error parameters of
	// Bearer and DPoP matter.
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseChallenges:\n got %+v\nwant %+v", got, want)
	}
	if c := parseChallenges(`Bearer error=insufficient_scope,scope="a b"`); len(c) != 1 || c[0].get("scope") != "a b" || c[0].get("error") != "insufficient_scope" {
		t.Errorf("unquoted values: %+v", c)
	}
}

// TestLookAlikes checks shapes shared by many APIs: they are named after a
// vendor only with the vendor's telltale member or host.
func TestLookAlikes(t *testing.T) {
	cases := []struct{ name, paste, format string }{
		{"code and message", "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"code\":1001,\"message\":\"Invalid param\"}", "generic"},
		{"code and message at discord", "#> GET https://discord.com/api/v10/users/@me\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"code\":0,\"message\":\"401: Unauthorized\"}", "discord"},
		{"code message status", "HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{\"code\":404,\"message\":\"Not here\",\"status\":404}", "generic"},
		{"code message status at twilio", "#> GET https://api.twilio.com/2010-04-01/Accounts/AC1.json\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}", "twilio"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Read(readExchange(t, c.paste))
			if r == nil || r.Format != c.format {
				t.Errorf("Read = %+v, want format %s", r, c.format)
			}
		})
	}
	// "details" lists are errors only on a failing status.
	ok := "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\":1,\"details\":[{\"name\":\"color\",\"description\":\"Deep blue\"}]}"
	if r := Read(readExchange(t, ok)); r != nil {
		t.Errorf("details on 200: Read = %+v, want nil", r)
	}
	bad := strings.Replace(ok, "200 OK", "400 Bad Request", 1)
	if r := Read(readExchange(t, bad)); r == nil || len(r.Fields) != 1 || r.Fields[0].Field != "color" {
		t.Errorf("details on 400: Read = %+v, want one field error for color", r)
	}
}

func TestGenericDeepMessage(t *testing.T) {
	paste := "HTTP/1.1 503 Service Unavailable\nContent-Type: application/json\n\n" +
		`{"response":{"status":"error","result":{"title":"not this","message":"Upstream timed out","code":"UPSTREAM_TIMEOUT"}}}`
	r := Read(readExchange(t, paste))
	if r == nil || r.Format != "generic" || r.Message != "Upstream timed out" || r.Code != "UPSTREAM_TIMEOUT" {
		t.Errorf("Read = %+v, want the nested message and code", r)
	}
	// On a success status the same nesting is not an error.
	if r := Read(readExchange(t, strings.Replace(paste, "503 Service Unavailable", "200 OK", 1))); r != nil {
		t.Errorf("on 200: Read = %+v, want nil", r)
	}
}
