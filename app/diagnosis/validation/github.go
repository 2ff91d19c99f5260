package validation

import "github.com/httpexplain/httpexplain/app/jsontree"

// GitHub REST: {"message", "errors": [{resource, field, code, message}],
// "documentation_url", "status"}.
// https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api

func detectGitHub(in *input) bool {
	r := in.root
	if in.gs(r, "message") == "" {
		return false
	}
	if in.isStr(in.get(r, "documentation_url")) {
		return true
	}
	errs := in.get(r, "errors")
	found := false
	in.each(errs, func(e jsontree.Node) bool {
		found = in.isObj(e) && in.has(e, "resource")
		return !found
	})
	return found
}

func readGitHub(in *input) *Result {
	r := in.root
	res := &Result{Format: "github", Message: in.gs(r, "message"), DocURL: in.gs(r, "documentation_url")}
	res.Status = in.statusOf(in.get(r, "status"))
	in.each(in.get(r, "errors"), func(e jsontree.Node) bool {
		if s := in.str(e); s != "" {
			return res.add(in.fieldAt("", e, []string{s}, ""))
		}
		if !in.isObj(e) {
			return true
		}
		code := in.gt(e, "code")
		if res.Code == "" {
			res.Code = code
		}
		f := in.fieldAt(in.gs(e, "field"), e, in.strs(in.get(e, "message")), code)
		if v := in.get(e, "value"); v != jsontree.NoNode {
			f.Rejected = in.value(v)
		}
		return res.add(f)
	})
	return res
}
