package validation

import "github.com/httpexplain/httpexplain/app/jsontree"

// JSON:API error objects: a top-level errors array whose members carry
// status (as a string), code, title, detail and a source naming the request
// member at fault.
// https://jsonapi.org/format/#errors

func detectJSONAPI(in *input) bool {
	r := in.root
	errs := in.get(r, "errors")
	if !in.allObjects(errs) || in.has(r, "data") || in.has(r, "message") {
		return false
	}
	if in.media == mediaJSONAPI {
		return true
	}
	// Without the media type, ask for the members only JSON:API uses and
	// none that GraphQL or Twilio error objects have.
	typical, alien := false, false
	in.each(errs, func(e jsontree.Node) bool {
		if in.hasAny(e, "source", "title", "detail") || in.isStr(in.get(e, "status")) {
			typical = true
		}
		if in.hasAny(e, "message", "path", "locations", "extensions") {
			alien = true
		}
		return !alien
	})
	return typical && !alien
}

func readJSONAPI(in *input) *Result {
	res := &Result{Format: "jsonapi"}
	first := true
	in.each(in.get(in.root, "errors"), func(e jsontree.Node) bool {
		src := in.get(e, "source")
		field := ""
		switch {
		case in.gs(src, "pointer") != "":
			field = jsonapiPath(in.gs(src, "pointer"))
		case in.gs(src, "parameter") != "":
			field = in.gs(src, "parameter")
		case in.gs(src, "header") != "":
			field = in.gs(src, "header")
		}
		title, detail := in.gs(e, "title"), in.gs(e, "detail")
		var msgs []string
		if m := firstNonEmpty(detail, title); m != "" {
			msgs = []string{m}
		}
		code := in.gt(e, "code")
		if first {
			first = false
			res.Message = firstNonEmpty(detail, title)
			res.Code = code
			res.Status = in.statusOf(in.get(e, "status"))
			res.DocURL = in.gs(in.get(e, "links"), "about")
			if res.DocURL == "" {
				// links.about may be a link object in JSON:API 1.1.
				res.DocURL = in.gs(in.get(in.get(e, "links"), "about"), "href")
			}
			in.extra(res, e, "id", "id")
		}
		return res.add(in.fieldAt(field, e, msgs, code))
	})
	return res
}
