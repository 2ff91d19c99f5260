package validation

import "strings"

// OAuth 2.0 error responses: {"error", "error_description", "error_uri"}
// from the token endpoint.
// https://www.rfc-editor.org/rfc/rfc6749#section-5.2

// oauthCodes are the error codes of RFC 6749 and of extensions often seen
// (device flow RFC 8628, DPoP RFC 9449, OpenID Connect).
var oauthCodes = map[string]bool{
	"invalid_request": true, "invalid_client": true, "invalid_grant": true, "unauthorized_client": true,
	"unsupported_grant_type": true, "invalid_scope": true, "access_denied": true,
	"unsupported_response_type": true, "server_error": true, "temporarily_unavailable": true,
	"authorization_pending": true, "slow_down": true, "expired_token": true,
	"use_dpop_nonce": true, "invalid_dpop_proof": true, "invalid_token": true, "insufficient_scope": true,
	"login_required": true, "consent_required": true, "interaction_required": true,
	"account_selection_required": true, "invalid_request_uri": true, "invalid_request_object": true,
}

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
