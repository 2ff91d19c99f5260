package validation

import "github.com/httpexplain/httpexplain/app/jsontree"

// Twilio: the classic REST form {code, message, more_info, status} where
// code is a Twilio error number, and the newer {"errors": [{code, message,
// infoUrl}]}.
// https://www.twilio.com/docs/usage/twilios-response#response-formats-exceptions

func detectTwilio(in *input) bool {
	r := in.root
	// {code, message, status} alone is common to many APIs; more_info or
	// the host tells Twilio's apart.
	return in.isNum(in.get(r, "code")) && in.isStr(in.get(r, "message")) &&
		(in.isStr(in.get(r, "more_info")) || (in.isNum(in.get(r, "status")) && in.hostIs("twilio.com")))
}

// detectTwilioList accepts the newer form, which also says it is an error
// outright, so it needs no failing status.
func detectTwilioList(in *input) bool {
	r := in.root
	errs := in.get(r, "errors")
	if !in.allObjects(errs) || !in.onlyKeys(r, "errors", "meta") {
		return false
	}
	ok := true
	in.each(errs, func(e jsontree.Node) bool {
		ok = in.isNum(in.get(e, "code")) && in.isStr(in.get(e, "message")) && in.hasAny(e, "infoUrl", "more_info")
		return ok
	})
	return ok
}

func readTwilio(in *input) *Result {
	r := in.root
	res := &Result{Format: "twilio"}
	if in.isNum(in.get(r, "code")) {
		res.Code, res.Message = in.gt(r, "code"), in.gs(r, "message")
		res.DocURL = in.gs(r, "more_info")
		res.Status = in.statusOf(in.get(r, "status"))
		return res
	}
	in.each(in.get(r, "errors"), func(e jsontree.Node) bool {
		code, msg := in.gt(e, "code"), in.gs(e, "message")
		if res.Code == "" {
			res.Code, res.Message = code, msg
			res.DocURL = firstNonEmpty(in.gs(e, "infoUrl"), in.gs(e, "more_info"))
		}
		return res.add(in.fieldAt(in.gs(e, "field"), e, in.strs(in.get(e, "message")), code))
	})
	return res
}
