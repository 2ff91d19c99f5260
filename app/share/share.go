// Package share prepares a paste for sharing: Redact takes secrets out of
// the paste text (whatever its shape), and Encode/Decode turn the text into
// the URL fragment of a "Copy link" and back. Everything happens on the
// text, locally; nothing here talks to a network or reads the clock.
//
// A share link is https://<site>/#v1.<data>: <data> is the paste, DEFLATE
// compressed (RFC 1951) and written in unpadded base64url (RFC 4648
// section 5). The fragment never reaches a server. LinkInfo says when a
// link gets too long for chat and mail tools.
//
// What Redact cannot see: secrets inside base64 bodies (HAR content with
// "encoding": "base64"), in binary data, or named nowhere and shaped like
// nothing known (a bare random string in a body).
package share

// Kinds of secret Redact recognises. Kind says what the secret was; Name
// says where it stood (header, JSON key, query parameter, cookie name).
const (
	// KindAuthorization is the credential part of an Authorization or
	// Proxy-Authorization header (the scheme word stays).
	KindAuthorization = "authorization"
	// KindCookie is the value of a cookie in a Cookie header or a HAR cookie.
	KindCookie = "cookie"
	// KindSetCookie is the value of a cookie a response sets.
	KindSetCookie = "set-cookie"
	// KindAPIKey is an API key: the value of a key or token header, or a
	// string with a known key prefix (sk_live_, ghp_, AKIA, ko_ ...).
	KindAPIKey = "api-key"
	// KindBearer is a bearer token standing in free text ("Bearer abc...").
	KindBearer = "bearer"
	// KindJWTSignature is the signature of a JWT; its header and claims stay
	// readable, because they are what a support engineer needs to see.
	KindJWTSignature = "jwt-signature"
	// KindJSONSecret is the value of a JSON member whose key names a secret
	// (password, client_secret, access_token ...).
	KindJSONSecret = "json-secret"
	// KindQuerySecret is the value of a URL query or form parameter whose
	// name names a secret (access_token, api_key, X-Amz-Signature ...).
	KindQuerySecret = "query-secret"
	// KindBasicAuth is a user:password pair: Basic credentials in free text
	// or the argument of curl -u.
	KindBasicAuth = "basic-auth"
	// KindPasswordURL is the password of a user:password@ URL.
	KindPasswordURL = "password-url"
)

// Kinds lists every kind, in the order a settings screen would show them
// (a new slice each call).
func Kinds() []string {
	return []string{
		KindAuthorization, KindCookie, KindSetCookie, KindAPIKey, KindBearer,
		KindJWTSignature, KindJSONSecret, KindQuerySecret, KindBasicAuth, KindPasswordURL,
	}
}

// Replacement is the text that stands in for a secret. Inside a JSON string
// it replaces the characters between the quotes, so the JSON stays valid; a
// secret JSON number becomes the string "REDACTED".
const Replacement = "REDACTED"

// MaxListed bounds Result.Redactions; the rest are only counted (Result.More),
// so a huge paste full of cookies cannot blow up the preview;
// Result.Found and Result.Removed still count them all.
const MaxListed = 1000

// Options choose what Redact leaves in. The zero value redacts everything.
type Options struct {
	// Keep keeps every secret: Text is the paste unchanged, and
	// Redactions still lists what was found (each with Kept set), so the
	// page can say what the link will give away.
	Keep bool
	// KeepKinds keeps the secrets of these kinds (values of the Kind*
	// constants), e.g. []string{KindJWTSignature}.
	KeepKinds []string
}

// Redaction describes one secret found in the paste.
type Redaction struct {
	// Line is the 1-based line of the paste where the secret starts.
	Line int
	// Offset and Length locate the secret in the paste, in bytes.
	Offset, Length int
	// Kind is one of the Kind* constants.
	Kind string
	// Name is the header, key, parameter or cookie name the secret stood
	// under (or the key prefix, for a bare API key); may be empty.
	Name string
	// Before is a short piece of the line with the secret shortened
	// ("Authorization: Bearer eyJhbG…sig"); it is meant for the person who
	// pasted, never for the link.
	Before string
	// After is the same piece of the line as the shared text will show it.
	After string
	// Kept is true when the options kept this secret in the text.
	Kept bool
}

// Result is the outcome of Redact.
type Result struct {
	// Text is the paste with the secrets replaced.
	Text string
	// Redactions lists the secrets found, in paste order, at most MaxListed.
	Redactions []Redaction
	// Found counts every secret found, listed or not; Removed counts those
	// taken out of Text (Found minus the kept ones).
	Found, Removed int
}
