package vendor

import (
	"github.com/httpexplain/httpexplain/app/knowledge/status"
	"github.com/httpexplain/httpexplain/app/message"
)

const arV1Docs = "https://v1.authrocket.com/docs/api/status_codes"

// arAuthenticateCall fits the two calls whose 401 means "the credentials
// being checked failed" in AuthRocket 1.
var arAuthenticateCall = pathSegment("request path is an /authenticate or /authenticate_key call",
	[]string{"authenticate", "authenticate_key"}, nil)

// arAuthRelated fits calls that count against AuthRocket's authentication
// rate limit: anything that checks or creates credentials or sessions.
var arAuthRelated = pathSegment("request path is an authentication call (/authenticate, /sessions, /login, /signup, /verify…)",
	[]string{"sessions", "session", "login", "logout", "signup", "signin", "forgot_password",
		"reset_password", "request_email_verification", "credentials", "oauth"},
	[]string{"authenticate", "verify", "password_token"})

var arRequestUnknown = &Condition{
	Why:   "the request is not in the paste",
	Match: func(ex *message.Exchange) bool { return !requestKnown.Match(ex) },
}

// arOtherCall fits a request the paste shows that is not one of the two
// authenticate calls.
var arOtherCall = &Condition{
	Why: "request path is not an /authenticate or /authenticate_key call",
	Match: func(ex *message.Exchange) bool {
		return requestKnown.Match(ex) && !arAuthenticateCall.Match(ex)
	},
}

var arLoginRocket = hostSuffix("request host is LoginRocket (*.loginrocket.com)", ".loginrocket.com")

// arRateLimits are AuthRocket's two rate-limit categories (the same in
// versions 1 and 2).
var arRateLimits = []Category{
	{
		Name: "authentication",
		Summary: "AuthRocket's authentication limit: a brute-force guard on login-related calls. " +
			"Normal use should not reach it; it is mostly tripped by running auth calls in quick " +
			"succession while testing during development.",
		When: arAuthRelated,
	},
	{
		Name:    "general",
		Summary: "AuthRocket's general limit, which covers most API calls; its size follows the account's plan.",
	},
}

var arReadStatusFirst = "Read the HTTP status (and headers such as X-RateLimit-*) before reading the JSON body. " +
	"AuthRocket means its error bodies (4xx, 5xx) to be helpful, but says their content may change, " +
	"so code should decide on the status, not on the body's wording."

var arLoginRocketNote = "LoginRocket (the hosted login pages and API at *.loginrocket.com) answers almost " +
	"everything with 200, 302 or 404 so that browsers cope with it; there the status alone says little."

var arRateLimitSteps = []string{
	"Read X-RateLimit-Limit (the allowance), X-RateLimit-Remaining (what is left) and X-RateLimit-Reset.",
	"X-RateLimit-Reset is a Unix epoch time (seconds): the moment this request will be allowed again. Wait until then.",
}

var authRocketV1 = &Profile{
	ID:    "authrocket-v1",
	Name:  "AuthRocket 1",
	Docs:  arV1Docs,
	Notes: []string{arReadStatusFirst, arLoginRocketNote},
	Detect: Detection{
		Hosts: []HostRule{
			{Host: "api-e1.authrocket.com"},
			{Host: ".authrocket.com", PathPrefix: "/v1/"},
			{Host: ".e1.loginrocket.com"},
			{Host: ".loginrocket.com", PathPrefix: "/v1/"},
		},
		Headers: []HeaderRule{
			{Names: []string{"X-Authrocket-Account"}},
			{Names: []string{"X-Authrocket-Api-Key"}},
			{Names: []string{"X-Authrocket-Realm"}},
		},
	},
	RateLimits: arRateLimits,
	Fields: []FieldDef{
		{Name: "X-Authrocket-Account", Summary: "Request header naming the AuthRocket account the call is for. Missing or wrong, it makes AuthRocket answer 403."},
		{Name: "X-Authrocket-Api-Key", Summary: "Request header carrying the AuthRocket API key (ko_…). It is a secret: remove it before sharing a paste. Missing, wrong or lacking permission, it makes AuthRocket answer 403."},
		{Name: "X-Authrocket-Realm", Summary: "Request header naming the realm (rl_…) the call works in. Calls that act on users or sessions need it."},
		{Name: "X-RateLimit-Limit", Summary: "How many requests the current AuthRocket rate-limit window allows. Sent with 2xx and 429 responses."},
		{Name: "X-RateLimit-Remaining", Summary: "How many requests are left in the current AuthRocket rate-limit window; 0 means the next one is refused with 429."},
		{Name: "X-RateLimit-Reset", Summary: "A Unix epoch time (seconds, UTC): when AuthRocket will allow the request again."},
	},
	Statuses: []StatusRule{
		{Codes: []int{200}, Meaning: "The call worked; the response body holds the result."},
		{Codes: []int{201}, Meaning: "The resource was created; the response body holds it."},
		{
			Codes:     []int{202},
			Meaning:   "AuthRocket accepted the request but has not finished it yet, and it may still succeed or fail.",
			NextSteps: []string{"Check the outcome later (fetch the resource again) rather than assuming it worked."},
		},
		{Codes: []int{204}, Meaning: "The call worked; by design there is no body."},
		{
			Codes:     []int{302, 303, 307},
			Meaning:   "AuthRocket sends the client on to another URL (in the Location header).",
			NextSteps: []string{"Follow the Location header, but only a few redirects in a row (say five), so that a loop cannot trap the client."},
		},
		{
			Codes:     []int{400},
			Meaning:   "AuthRocket could not make sense of the request: usually a required parameter is missing, the body is badly encoded, or the request is malformed.",
			NextSteps: []string{"Compare the parameters with the API documentation.", "Check that the body is valid JSON (or form data) and matches its Content-Type."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{401},
			When:  arAuthenticateCall,
			Meaning: "The /authenticate or /authenticate_key call itself went through, and its answer is \"failed to authenticate\": " +
				"the password, API key or token being checked was rejected. Your AuthRocket API credentials are fine; bad API credentials would have given 403.",
			NextSteps: []string{
				"Treat this as a failed login for the end user, not as a broken integration.",
				"Check the credentials that were being checked (the user's password, the key or token), not the X-Authrocket-* headers.",
			},
			Retry: status.RetryAfterFix,
		},
		{
			Codes: []int{401},
			When:  arOtherCall,
			Meaning: "AuthRocket 1 answers 401 only as the result of /authenticate and /authenticate_key calls, and this request went elsewhere. " +
				"The 401 may come from something in between (your own app, a proxy). Bad AuthRocket API credentials give 403, not 401.",
			NextSteps: []string{"Check which server sent this response (Server and Via headers, the request URL)."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{401},
			When:  arRequestUnknown,
			Meaning: "In AuthRocket 1 a 401 is the result of an /authenticate or /authenticate_key call: the credentials being checked " +
				"(a password, an API key or a token) were rejected, while your API credentials were accepted (bad API credentials give 403). " +
				"The paste does not show the request, so check it was such a call.",
			NextSteps: []string{"Find the request that got this answer: if it was an authenticate call, this is a failed login, not a broken integration."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{402},
			Meaning:   "The AuthRocket subscription is not active or needs attention (billing or plan), so the API will not serve the account.",
			NextSteps: []string{"Log in to the AuthRocket management portal and check the account's subscription and billing."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{403},
			Meaning: "AuthRocket did not accept the API credentials: they are missing, incomplete (for example the account or realm left out), " +
				"wrong, or do not carry the permission this call needs.",
			NextSteps: []string{
				"Check that X-Authrocket-Account, X-Authrocket-Api-Key and, where needed, X-Authrocket-Realm are sent and belong together.",
				"Check that the API key has permission for this call.",
			},
			Retry: status.RetryAfterFix,
		},
		{
			Codes: []int{404},
			When:  arLoginRocket,
			Meaning: "LoginRocket answers almost everything with 200, 302 or 404 so that browsers cope with it. " +
				"So a 404 from LoginRocket is its general way of saying it could not serve this request: the page may be missing, " +
				"but the URL, the realm, or a token or parameter may just as well be wrong or expired.",
			NextSteps: []string{"Check the LoginRocket URL and realm, and any token or parameter in the request, not only whether the page exists."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{404},
			Meaning: "The resource does not exist, or it exists but the current credentials may not see it. " +
				"AuthRocket sometimes answers 404 where 403 would fit, so this can also mean missing permission.",
			NextSteps: []string{"Check the id in the URL and the realm it belongs to.", "Check that the API key may access that realm and resource."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{405},
			Meaning: "The URL is known, but it does not take this HTTP method (for example a POST where only PUT works), " +
				"or the method is not a real one (a typo such as POSST).",
			NextSteps: []string{"Check the method's spelling and which methods the documentation lists for this URL."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{406},
			Meaning:   "AuthRocket cannot answer in the content type the request asked for in its Accept header.",
			NextSteps: []string{"Send a proper Accept header: Accept: application/json."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{409},
			Meaning: "The change clashes with the resource's current state. Most often a delete was refused because the resource " +
				"is in a state that does not allow deleting it right now. The body carries validation errors, as with a 422.",
			NextSteps: []string{"Read the errors in the body.", "Change the resource's state first (or wait for it to change), then try again."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{414},
			Meaning: "The URL is too long. With AuthRocket this most likely means a session was looked up with a whole JWT login token in the URL. " +
				"Take the session id from the token's tk claim and use that id in the URL instead of the token.",
			NextSteps: []string{"Decode the JWT's payload, read its tk claim (the session id), and request the session by that id."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{415},
			Meaning: "AuthRocket does not accept the body's Content-Type. It takes only JSON (application/json) " +
				"and standard URL-encoded forms (application/x-www-form-urlencoded).",
			NextSteps: []string{"Send the body as JSON with Content-Type: application/json."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{422},
			Meaning:   "Validation failed: AuthRocket refused the data sent with a POST, PUT or DELETE. The body's errors list what was wrong, field by field.",
			NextSteps: []string{"Read the errors in the body and fix each field named there."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{429},
			When:  arAuthRelated,
			Meaning: "Rate limit exceeded in AuthRocket's authentication category: a brute-force guard on login-related calls. " +
				"Normal use should not reach it; it mostly shows up when auth calls are run in quick succession while testing during development.",
			NextSteps: append(append([]string(nil), arRateLimitSteps...),
				"Slow down test loops that call authentication endpoints."),
			Retry: status.RetryWithBackoff,
		},
		{
			Codes:     []int{429},
			Meaning:   "Rate limit exceeded in AuthRocket's general category, which covers most API calls and is sized by the account's plan.",
			NextSteps: append(append([]string(nil), arRateLimitSteps...), "Spread calls out over time; if the limit is hit in normal use, look at the plan."),
			Retry:     status.RetryWithBackoff,
		},
		{
			Codes:     []int{500, 502},
			Meaning:   "Something went wrong on AuthRocket's side.",
			NextSteps: []string{"Wait a few minutes and try again.", "Also make sure the request is well formed."},
			Retry:     status.RetryWithBackoff,
		},
		{
			Codes:     []int{503, 504},
			Meaning:   "AuthRocket is unavailable for now: because of heavy load, because rate limits were exceeded, or because of server errors.",
			NextSteps: []string{"Wait a few minutes and try again.", "Back off exponentially: wait longer after each failed try."},
			Retry:     status.RetryWithBackoff,
		},
	},
}
