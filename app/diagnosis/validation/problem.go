package validation

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// RFC 9457 problem details and the ASP.NET Core ValidationProblemDetails
// that extends them.
// https://www.rfc-editor.org/rfc/rfc9457#section-3
// https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.mvc.validationproblemdetails

func detectProblem(in *input) bool {
	r := in.root
	if !in.isObj(r) {
		return false
	}
	if in.media == mediaProblem {
		return true
	}
	named := in.gs(r, "title") != "" || in.gs(r, "type") != ""
	told := in.isNum(in.get(r, "status")) || in.gs(r, "detail") != ""
	return named && told && !in.has(r, "error")
}

func readProblem(in *input) *Result {
	r := in.root
	res := &Result{Format: "rfc9457"}
	in.problemHead(res)
	detail, title := in.gs(r, "detail"), in.gs(r, "title")
	res.Message = firstNonEmpty(detail, title)
	if detail != "" && title != "" {
		res.Extra = append([]Param{{Name: "title", Value: title}}, res.Extra...)
	}
	res.Code = firstNonEmpty(in.gt(r, "code"), in.gt(r, "error_code"), in.gt(r, "errorCode"))
	errs := in.get(r, "errors")
	switch {
	case in.isArr(errs):
		in.problemErrors(res, errs)
	case in.isObj(errs):
		in.keyedErrors(res, errs, dollarPath)
	}
	for _, k := range []string{"invalid_params", "invalid-params"} {
		in.each(in.get(r, k), func(p jsontree.Node) bool {
			return res.add(in.fieldAt(in.gs(p, "name"), p, in.strs(in.get(p, "reason")), in.gt(p, "code")))
		})
	}
	return res
}

// problemHead reads the members every problem details object shares.
func (in *input) problemHead(res *Result) {
	r := in.root
	if t := in.gs(r, "type"); t != "" && t != "about:blank" {
		res.Type = t
		if strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "http://") {
			res.DocURL = t
		}
	}
	if s, ok := in.integer(in.get(r, "status")); ok && s >= 100 && s <= 599 {
		res.Status = int(s)
	}
	in.extra(res, r, "instance", "instance")
	in.extra(res, r, "traceId", "traceId")
	in.extra(res, r, "requestId", "requestId")
}

// problemErrors reads an errors array in the RFC 9457 example's style
// ({detail, pointer}) and the common variants that name the field.
func (in *input) problemErrors(res *Result, errs jsontree.Node) {
	in.each(errs, func(e jsontree.Node) bool {
		if s := in.str(e); s != "" {
			return res.add(in.fieldAt("", e, []string{s}, ""))
		}
		if !in.isObj(e) {
			return true
		}
		field := ""
		if p := in.gs(e, "pointer"); p != "" {
			field = pointerToPath(p)
		} else {
			field = firstNonEmpty(in.gs(e, "field"), in.gs(e, "name"), in.gs(e, "parameter"), in.gs(e, "header"), in.gs(e, "property"))
		}
		msg := firstNonEmpty(in.gs(e, "detail"), in.gs(e, "message"), in.gs(e, "reason"), in.gs(e, "title"))
		var msgs []string
		if msg != "" {
			msgs = []string{msg}
		}
		return res.add(in.fieldAt(field, e, msgs, in.gt(e, "code")))
	})
}

// keyedErrors reads an object of field → message(s), naming each field
// through name.
func (in *input) keyedErrors(res *Result, errs jsontree.Node, name func(string) string) {
	in.each(errs, func(m jsontree.Node) bool {
		msgs := in.strs(m)
		if msgs == nil && !in.isArr(m) {
			return true
		}
		return res.add(in.fieldAt(name(in.key(m)), m, msgs, ""))
	})
}

// stringsMap reports whether n is a non-empty object whose members are all
// strings or arrays of strings.
func (in *input) stringsMap(n jsontree.Node) bool {
	if !in.isObj(n) || in.t.First(n) == jsontree.NoNode {
		return false
	}
	ok := true
	in.each(n, func(m jsontree.Node) bool {
		ok = in.isStr(m) || in.allStrings(m)
		return ok
	})
	return ok
}

func detectASPNET(in *input) bool {
	r := in.root
	return in.stringsMap(in.get(r, "errors")) &&
		(in.gs(r, "title") != "" || in.gs(r, "type") != "" || in.gs(r, "traceId") != "")
}

func readASPNET(in *input) *Result {
	r := in.root
	res := &Result{Format: "aspnet", Message: in.gs(r, "title")}
	in.problemHead(res)
	if d := in.gs(r, "detail"); d != "" {
		res.Extra = append(res.Extra, Param{Name: "detail", Value: d})
	}
	in.keyedErrors(res, in.get(r, "errors"), dollarPath)
	return res
}
