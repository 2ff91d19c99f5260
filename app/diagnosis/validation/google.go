package validation

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// Google APIs (AIP-193): {"error": {code, message, status, details}} where
// code is the HTTP status, status the canonical gRPC code name, and details
// typed messages such as google.rpc.BadRequest and google.rpc.ErrorInfo.
// https://google.aip.dev/193

func detectGoogle(in *input) bool {
	e := in.get(in.root, "error")
	return in.isNum(in.get(e, "code")) &&
		(in.isStr(in.get(e, "status")) || in.isArr(in.get(e, "details")) || in.isStr(in.get(e, "message")))
}

func readGoogle(in *input) *Result {
	e := in.get(in.root, "error")
	res := &Result{Format: "google", Message: in.gs(e, "message"), Type: in.gs(e, "status")}
	res.Status = in.statusOf(in.get(e, "code"))
	reason := ""
	in.each(in.get(e, "details"), func(d jsontree.Node) bool {
		typ := in.gs(d, "@type")
		switch typ[strings.LastIndexByte(typ, '.')+1:] {
		case "ErrorInfo":
			reason = firstNonEmpty(reason, in.gs(d, "reason"))
			in.extra(res, d, "domain", "domain")
		case "BadRequest":
			in.each(in.get(d, "fieldViolations"), func(v jsontree.Node) bool {
				return res.add(in.fieldAt(in.gs(v, "field"), v, in.strs(in.get(v, "description")), in.gs(v, "reason")))
			})
		case "PreconditionFailure", "QuotaFailure":
			in.each(in.get(d, "violations"), func(v jsontree.Node) bool {
				return res.add(in.fieldAt(in.gs(v, "subject"), v, in.strs(in.get(v, "description")), in.gs(v, "type")))
			})
		case "Help":
			if res.DocURL == "" {
				in.each(in.get(d, "links"), func(l jsontree.Node) bool {
					res.DocURL = in.gs(l, "url")
					return false
				})
			}
		case "RetryInfo":
			in.extra(res, d, "retryDelay", "retryDelay")
		case "LocalizedMessage":
			in.extra(res, d, "message", "localizedMessage")
		case "RequestInfo":
			in.extra(res, d, "requestId", "requestId")
		}
		return true
	})
	// Older APIs (Drive v3, YouTube) list errors with a location.
	in.each(in.get(e, "errors"), func(x jsontree.Node) bool {
		reason = firstNonEmpty(reason, in.gs(x, "reason"))
		if loc := in.gs(x, "location"); loc != "" {
			return res.add(in.fieldAt(loc, x, in.strs(in.get(x, "message")), in.gs(x, "reason")))
		}
		return true
	})
	res.Code = firstNonEmpty(reason, res.Type)
	return res
}
