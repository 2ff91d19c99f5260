package validation

import "github.com/httpexplain/httpexplain/app/jsontree"

// GraphQL responses: an errors array of {message, locations, path,
// extensions} beside data, usually with status 200.
// https://spec.graphql.org/October2021/#sec-Errors

func detectGraphQL(in *input) bool {
	r := in.root
	errs := in.get(r, "errors")
	if !in.allObjects(errs) || !in.onlyKeys(r, "data", "errors", "extensions") {
		return false
	}
	ok := true
	in.each(errs, func(e jsontree.Node) bool {
		ok = in.isStr(in.get(e, "message"))
		return ok
	})
	return ok
}

func readGraphQL(in *input) *Result {
	res := &Result{Format: "graphql"}
	first := true
	in.each(in.get(in.root, "errors"), func(e jsontree.Node) bool {
		ext := in.get(e, "extensions")
		code := firstNonEmpty(in.gt(ext, "code"), in.gt(ext, "classification"), in.gt(e, "code"))
		msg := in.gs(e, "message")
		field := in.gs(ext, "field")
		if field == "" {
			field = in.graphqlPath(in.get(e, "path"))
		}
		if first {
			first = false
			res.Message, res.Code = msg, code
		}
		var msgs []string
		if msg != "" {
			msgs = []string{msg}
		}
		return res.add(in.fieldAt(field, e, msgs, code))
	})
	return res
}

// graphqlPath writes a response path (["users", 0, "email"]) as a field path.
func (in *input) graphqlPath(p jsontree.Node) string {
	path := ""
	in.each(p, func(m jsontree.Node) bool {
		switch in.kind(m) {
		case jsontree.String:
			path = joinKey(path, in.str(m))
		case jsontree.Number:
			if i, ok := in.integer(m); ok && i >= 0 {
				path = joinIndex(path, int(i))
			} else {
				path += "[" + string(in.t.Raw(m)) + "]"
			}
		}
		return len(path) < 4096
	})
	return path
}
