package status

import (
	"strings"
	"sync"

	"github.com/httpexplain/httpexplain/app/message"
)

// idempotent lists the methods whose repeats have the same effect as one
// request (RFC 9110 §9.2.2, and the registered WebDAV and QUERY methods);
// true marks them idempotent, false marks known methods that are not.
var idempotent = map[string]bool{
	"GET": true, "HEAD": true, "PUT": true, "DELETE": true,
	"OPTIONS": true, "TRACE": true, "QUERY": true,
	"PROPFIND": true, "PROPPATCH": true, "MKCOL": true, "COPY": true,
	"MOVE": true, "UNLOCK": true, "SEARCH": true, "REPORT": true,
	"POST": false, "PATCH": false, "CONNECT": false, "LOCK": false,
}

// notActed lists the codes that tell the client the server did not act on
// the request, so that even a POST can be sent again without doing the
// work twice. The value says why.
var notActed = map[int]string{
	307: "a 307 asks for the same request at the Location URL; the server did not act on it here",
	308: "a 308 asks for the same request at the Location URL; the server did not act on it here",
	408: "the server gave up before it had the whole request, so it did not act on it",
	421: "the server that got it does not serve this host and did not process it; resend on a new connection",
	425: "the server refused to process a request sent in TLS early data; resend after the handshake",
	429: "the rate limiter refused the request before it was processed; resend after the wait",
}

// retryAfterSafe lists codes where a Retry-After field signals a refusal
// before any work was done.
var retryAfterSafe = map[int]bool{503: true}

const methodsReference = "idempotent methods are GET, HEAD, PUT, DELETE, OPTIONS and TRACE (RFC 9110 §9.2.2)"

// RetrySafe says whether resending method after code is safe, and why.
// It knows only the method and the code; RetrySafeFor also reads the
// exchange's Retry-After and Idempotency-Key fields.
func RetrySafe(method string, code int) (bool, string) {
	return retrySafe(method, code, false, false)
}

// RetrySafeFor is RetrySafe for a whole exchange: a 503 with Retry-After
// counts as a refusal before any work, and a request carrying an
// Idempotency-Key may be resent after a failure.
func RetrySafeFor(ex *message.Exchange) (bool, string) {
	if ex == nil || ex.Response == nil {
		return false, "the paste has no response to judge"
	}
	method := ""
	keyed := false
	if ex.Request != nil {
		method = ex.Request.Method
		keyed = ex.Request.Header.Has("Idempotency-Key")
	}
	hasRA := ex.Response.Header.Has("Retry-After")
	return retrySafe(method, ex.Response.Status, hasRA, keyed)
}

func retrySafe(method string, code int, hasRetryAfter, keyed bool) (bool, string) {
	method = strings.ToUpper(strings.TrimSpace(method))
	idem, known := idempotent[method]
	switch {
	case code >= 100 && code < 200:
		return false, "an interim response: wait for the final response instead of resending"
	case method == "":
		return false, "the paste does not show the method; resending is safe only when it is idempotent: " + methodsReference
	case idem:
		return true, idempotentReason(method, code)
	}
	name := method
	if !known {
		name = method + " (not a method known to be idempotent)"
	}
	if code >= 200 && code < 300 {
		return false, "the " + name + " succeeded; sending it again would do the work a second time"
	}
	if why, ok := notActed[code]; ok {
		return true, why
	}
	if retryAfterSafe[code] && hasRetryAfter {
		return true, "a 503 with Retry-After means the server turned the request away without acting on it; resend after the wait"
	}
	if keyed && transient(code) {
		return true, "the request carries an Idempotency-Key, so the server can recognise a resend and not do the work twice; resend it with the same key"
	}
	if code == 501 || code == 505 {
		return false, "the server does not support what this request needs; resending it unchanged will not help"
	}
	if code >= 300 && code < 400 {
		return false, "a " + name + " redirected with this code is usually turned into a GET by clients; do not resend the body unless the API says so"
	}
	if code >= 400 && code < 500 {
		return false, "the " + name + " was refused; sending it unchanged will be refused again. A corrected request is a new one: send it with an Idempotency-Key if the API supports one"
	}
	return false, "the server may have done the work before failing, and " + name + " is not idempotent; check whether it took effect, or resend with an Idempotency-Key if the API supports one"
}

// transient reports whether code is a failure that a resend may cure.
func transient(code int) bool {
	switch {
	case code >= 500 && code <= 599:
		return code != 501 && code != 505
	case code == 409, code == 423, code == 460, code == 499:
		return true
	}
	return false
}

func idempotentReason(method string, code int) string {
	var kind int
	switch {
	case code >= 200 && code < 400:
		kind = 0
	case code >= 400 && code < 500 && entry(code).Retry == RetryAfterFix:
		kind = 1
	case code == 429 || code == 503:
		kind = 2
	default:
		kind = 3
	}
	if rs, ok := idempotentReasons()[method]; ok {
		return rs[kind]
	}
	return method + idempotentTails[kind]
}

// idempotentTails end the reasons idempotentReason gives, by its kind of
// status.
var idempotentTails = [4]string{
	" is idempotent: repeating it has the same effect as sending it once",
	" is idempotent, so a resend does no harm, but the same request will be refused again until it is fixed",
	" is idempotent: resend it after the wait Retry-After gives",
	" is idempotent: resending it cannot do the work twice",
}

// idempotentReasons holds the reasons for each idempotent method, written
// once rather than joined for every exchange judged.
var idempotentReasons = sync.OnceValue(func() map[string][4]string {
	m := make(map[string][4]string, len(idempotent))
	for method, idem := range idempotent {
		if !idem {
			continue
		}
		var rs [4]string
		for i, tail := range idempotentTails {
			rs[i] = method + tail
		}
		m[method] = rs
	}
	return m
})
