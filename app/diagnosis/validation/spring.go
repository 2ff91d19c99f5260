package validation

import "github.com/httpexplain/httpexplain/app/jsontree"

// Spring Boot's default error body (DefaultErrorAttributes): timestamp,
// status, error (the reason phrase), path, and when enabled message and
// errors, a list of serialised FieldError/ObjectError objects.
// https://docs.spring.io/spring-boot/api/java/org/springframework/boot/web/servlet/error/DefaultErrorAttributes.html

func detectSpring(in *input) bool {
	r := in.root
	return in.has(r, "timestamp") && in.isNum(in.get(r, "status")) && in.isStr(in.get(r, "error"))
}

func readSpring(in *input) *Result {
	r := in.root
	res := &Result{Format: "spring", Type: in.gs(r, "error")}
	res.Status = in.statusOf(in.get(r, "status"))
	msg := in.gs(r, "message")
	if msg == "No message available" {
		msg = ""
	}
	res.Message = firstNonEmpty(msg, res.Type)
	in.extra(res, r, "path", "path")
	in.extra(res, r, "exception", "exception")
	in.extra(res, r, "requestId", "requestId")
	in.each(in.get(r, "errors"), func(e jsontree.Node) bool {
		f := in.fieldAt(in.gs(e, "field"), e, in.strs(in.get(e, "defaultMessage")), in.gt(e, "code"))
		if v := in.get(e, "rejectedValue"); v != jsontree.NoNode {
			f.Rejected = in.value(v)
		}
		return res.add(f)
	})
	return res
}
