package validation

// Stripe: {"error": {type, code, decline_code, message, param, doc_url}}.
// The same envelope is used by APIs modelled on Stripe's (OpenAI's, for
// one); without vendor information they read the same.
// https://docs.stripe.com/api/errors

// stripeTypes are the documented error types.
var stripeTypes = setOf(
	"api_error", "card_error", "idempotency_error", "invalid_request_error",
	"authentication_error", "rate_limit_error", "api_connection_error",
)

func detectStripe(in *input) bool {
	e := in.get(in.root, "error")
	if !in.isObj(e) || in.isNum(in.get(e, "code")) {
		return false
	}
	return stripeTypes[in.gs(e, "type")] || in.hasAny(e, "doc_url", "decline_code", "param")
}

func readStripe(in *input) *Result {
	e := in.get(in.root, "error")
	res := &Result{
		Format:  "stripe",
		Message: in.gs(e, "message"),
		Code:    firstNonEmpty(in.gt(e, "code"), in.gs(e, "decline_code")),
		Type:    in.gs(e, "type"),
		DocURL:  in.gs(e, "doc_url"),
	}
	in.extra(res, e, "decline_code", "decline_code")
	in.extra(res, e, "request_log_url", "request_log_url")
	in.extra(res, e, "charge", "charge")
	in.extra(res, e, "payment_intent", "payment_intent")
	if p := in.gs(e, "param"); p != "" {
		// Stripe names nested params with brackets: "card[exp_month]".
		res.add(in.fieldAt(bracketPath(p), e, in.strs(in.get(e, "message")), res.Code))
	}
	return res
}

// bracketPath turns form-style names ("card[exp_month]", "items[0][price]")
// into field paths ("card.exp_month", "items[0].price").
func bracketPath(p string) string {
	out := make([]byte, 0, len(p))
	for i := 0; i < len(p); i++ {
		if p[i] != '[' {
			out = append(out, p[i])
			continue
		}
		j := i + 1
		for j < len(p) && p[j] != ']' {
			j++
		}
		if j >= len(p) {
			return p
		}
		name := p[i+1 : j]
		if isIndex(name) {
			out = append(out, '[')
			out = append(out, name...)
			out = append(out, ']')
		} else {
			out = append(out, '.')
			out = append(out, name...)
		}
		i = j
	}
	return string(out)
}
