package validation

import "strings"

// OAuth 2.0 error responses: {"error", "error_description", "error_uri"}
// from the token endpoint.
// https://www.rfc-editor.org/rfc/rfc6749#section-5.2

// oauthCodes are the error codes of RFC 6749 and of extensions often seen
// (device flow RFC 8628, DPoP RFC 9449, OpenID Connect).
var oauthCodes = setOf(
	"invalid_request", "invalid_client", "invalid_grant", "unauthorized_client",
	"unsupported_grant_type", "invalid_scope", "access_denied",
	"unsupported_response_type", "server_error", "temporarily_unavailable",
	"authorization_pending", "slow_down", "expired_token",
	"use_dpop_nonce", "invalid_dpop_proof", "invalid_token", "insufficient_scope",
	"login_required", "consent_required", "interaction_required",
	"account_selection_required", "invalid_request_uri", "invalid_request_object",
)

func detectOAuth(in *input) bool {
	r := in.root
	code := in.gs(r, "error")
	if code == "" || strings.ContainsAny(code, " \t\r\n") {
		return false
	}
	return oauthCodes[code] || in.isStr(in.get(r, "error_description")) || in.isStr(in.get(r, "error_uri"))
}

func readOAuth(in *input) *Result {
	r := in.root
	return &Result{
		Format:  "oauth2",
		Code:    in.gs(r, "error"),
		Message: in.gs(r, "error_description"),
		DocURL:  in.gs(r, "error_uri"),
	}
}
