package validation

import "github.com/httpexplain/httpexplain/app/jsontree"

// Microsoft Graph and Azure REST: {"error": {code, message, target,
// details: [{code, message, target}], innererror | innerError}}.
// https://learn.microsoft.com/graph/errors
// https://github.com/microsoft/api-guidelines/blob/vNext/azure/Guidelines.md#handling-errors

func detectAzure(in *input) bool {
	e := in.get(in.root, "error")
	return in.isStr(in.get(e, "code")) && in.isStr(in.get(e, "message"))
}

func readAzure(in *input) *Result {
	e := in.get(in.root, "error")
	res := &Result{Format: "azure", Message: in.gs(e, "message"), Code: in.gs(e, "code")}
	details := in.get(e, "details")
	if t := in.gs(e, "target"); t != "" && in.kind(details) != jsontree.Array {
		res.add(in.fieldAt(t, e, in.strs(in.get(e, "message")), res.Code))
	}
	in.each(details, func(d jsontree.Node) bool {
		return res.add(in.fieldAt(in.gs(d, "target"), d, in.strs(in.get(d, "message")), in.gs(d, "code")))
	})
	// innererror nests: each level may carry a finer code.
	inner := in.get(e, "innererror")
	if inner == jsontree.NoNode {
		inner = in.get(e, "innerError")
	}
	for depth := 0; in.isObj(inner) && depth < 8; depth++ {
		in.extra(res, inner, "code", "innererror.code")
		in.extra(res, inner, "request-id", "request-id")
		in.extra(res, inner, "client-request-id", "client-request-id")
		in.extra(res, inner, "date", "date")
		inner = in.get(inner, "innererror")
	}
	return res
}
