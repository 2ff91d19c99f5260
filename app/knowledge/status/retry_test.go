package status

import (
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

func TestRetrySafe(t *testing.T) {
	for _, tc := range []struct {
		method string
		code   int
		safe   bool
		why    string // must appear in the reason
	}{
		{"GET", 200, true, "idempotent"},
		{"get", 503, true, "idempotent"},
		{"HEAD", 404, true, "refused again until it is fixed"},
		{"PUT", 500, true, "idempotent"},
		{"DELETE", 502, true, "idempotent"},
		{"OPTIONS", 429, true, "Retry-After"},
		{"TRACE", 504, true, "idempotent"},
		{"GET", 100, false, "interim"},
		{"POST", 103, false, "interim"},
		{"POST", 201, false, "second time"},
		{"PATCH", 200, false, "second time"},
		{"POST", 429, true, "rate limiter"},
		{"POST", 408, true, "did not act"},
		{"POST", 425, true, "early data"},
		{"PATCH", 421, true, "new connection"},
		{"POST", 307, true, "same request"},
		{"POST", 308, true, "same request"},
		{"POST", 302, false, "GET"},
		{"POST", 503, false, "Idempotency-Key"},
		{"POST", 500, false, "Idempotency-Key"},
		{"PATCH", 504, false, "may have done the work"},
		{"POST", 400, false, "refused"},
		{"POST", 422, false, "refused"},
		{"POST", 524, false, "may have done the work"},
		{"CONNECT", 502, false, "not idempotent"},
		{"FROB", 500, false, "not a method known to be idempotent"},
		{"", 500, false, "does not show the method"},
		{"", 429, false, "GET, HEAD, PUT, DELETE, OPTIONS and TRACE"},
	} {
		safe, why := RetrySafe(tc.method, tc.code)
		if safe != tc.safe || !strings.Contains(why, tc.why) {
			t.Errorf("RetrySafe(%q, %d) = %v, %q; want %v and a reason with %q", tc.method, tc.code, safe, why, tc.safe, tc.why)
		}
	}
}

func TestRetrySafeFor(t *testing.T) {
	exchange := func(method string, reqFields []string, code int, respFields []string) *message.Exchange {
		return &message.Exchange{
			Request:  &message.Request{Method: method, Header: header(reqFields...)},
			Response: &message.Response{Status: code, Header: header(respFields...)},
		}
	}
	for _, tc := range []struct {
		name string
		ex   *message.Exchange
		safe bool
		why  string
	}{
		{"503 with Retry-After", exchange("POST", nil, 503, []string{"Retry-After: 30"}), true, "without acting"},
		{"503 without Retry-After", exchange("POST", nil, 503, nil), false, "Idempotency-Key"},
		{"502 with idempotency key", exchange("POST", []string{"Idempotency-Key: 7f1c2a"}, 502, nil), true, "Idempotency-Key"},
		{"idempotency key does not cure a 422", exchange("POST", []string{"Idempotency-Key: 7f1c2a"}, 422, nil), false, "refused"},
		{"idempotency key and 501", exchange("POST", []string{"idempotency-key: 7f1c2a"}, 501, nil), false, "will not help"},
		{"GET 500", exchange("GET", nil, 500, nil), true, "idempotent"},
		{"no request", &message.Exchange{Response: &message.Response{Status: 500}}, false, "does not show the method"},
		{"no response", &message.Exchange{Request: &message.Request{Method: "GET"}}, false, "no response"},
		{"nil", nil, false, "no response"},
	} {
		safe, why := RetrySafeFor(tc.ex)
		if safe != tc.safe || !strings.Contains(why, tc.why) {
			t.Errorf("%s: got %v, %q; want %v and %q", tc.name, safe, why, tc.safe, tc.why)
		}
	}
}
