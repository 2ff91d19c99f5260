package validation

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// The fallback for bodies of no known family: a message under one of the
// usual names, a code, and lists of field errors under the usual names at
// any depth (bounded), such as FastAPI's {"detail": [{"loc", "msg"}]} or
// Salesforce's top-level list of {message, errorCode, fields}.

var (
	messageKeys = []string{"message", "error", "error_message", "errorMessage", "detail", "title",
		"description", "msg", "reason", "error_description", "errorDescription"}
	// deepKeys are the message names trusted below the top level, where
	// "title" and "description" are more often data than messages.
	deepKeys = []string{"message", "error_message", "errorMessage", "error_description", "detail", "msg", "error"}
	codeKeys = []string{"code", "error_code", "errorCode", "type", "errorType", "error_type", "status_code"}
	// listKeys name members that hold field errors; true marks names that
	// say "errors" outright, the others ("details") also appear in
	// successes, so they count only when the status says the request
	// failed.
	listKeys = map[string]bool{
		"errors": true, "violations": true, "fieldErrors": true, "field_errors": true,
		"validationErrors": true, "validation_errors": true, "invalid_params": true, "invalidParams": true,
		"invalid-params": true, "constraintViolations": true, "error_details": true, "errorDetails": true,
		"details": false, "detail": false, "problems": false,
	}
	// Member names inside one field error.
	fieldKeys = []string{"field", "name", "param", "parameter", "path", "property", "propertyPath",
		"key", "attribute", "loc", "location", "pointer", "target", "fieldName", "field_name"}
	itemMessageKeys = []string{"message", "msg", "detail", "description", "reason", "defaultMessage",
		"error", "title", "errorMessage", "error_message"}
	itemCodeKeys = []string{"code", "errorCode", "error_code", "type", "rule", "kind"}
)

// Bounds on the generic search.
const (
	genericDepth = 6
	genericNodes = 5000
)

func detectGeneric(in *input) bool {
	return in.isObj(in.root) || in.allObjects(in.root)
}

func readGeneric(in *input) *Result {
	r := in.root
	budget := genericNodes
	if in.isArr(r) {
		if !in.failed() {
			return nil
		}
		res := &Result{Format: "generic"}
		in.fieldList(res, r, &budget)
		if len(res.Fields) > 0 {
			res.Message = firstNonEmpty(res.Fields[0].Messages...)
			res.Code = res.Fields[0].Code
		}
		return res
	}
	// The lists are looked for in a Result on the stack, moved to the heap
	// only when kept: most bodies read here are successes, not kept.
	var found Result
	in.findLists(&found, r, 0, &budget)
	// A message or code alone is an error only where the status says so:
	// success bodies carry "message" too. Told before the message is
	// looked for, since most bodies of a HAR are such successes.
	if in.status < 400 && len(found.Fields) == 0 && !in.errorMarked(r) {
		return nil
	}
	res := &Result{Format: "generic", Fields: found.Fields}
	env := r
	if e := in.get(r, "error"); in.isObj(e) {
		env = e
	}
	res.Message = in.firstText(env, messageKeys)
	res.Code = in.firstText(env, codeKeys)
	if env != r {
		res.Message = firstNonEmpty(res.Message, in.firstText(r, messageKeys))
		res.Code = firstNonEmpty(res.Code, in.firstText(r, codeKeys))
	}
	if res.Message == "" && len(res.Fields) == 0 {
		// Wrappers ({"response": {"message": ...}}) hide the message
		// deeper down; take the shallowest one, and a code beside it.
		if n, msg := in.deepMessage(r); msg != "" {
			res.Message = msg
			res.Code = firstNonEmpty(res.Code, in.firstText(n, codeKeys))
		}
	}
	return res
}

// firstText returns the text of the first of keys that n holds as a
// string or number.
func (in *input) firstText(n jsontree.Node, keys []string) string {
	var buf [16]jsontree.Node
	if !in.isObj(n) || len(keys) > len(buf) {
		for _, k := range keys {
			if v := in.gt(n, k); strings.TrimSpace(v) != "" {
				return v
			}
		}
		return ""
	}
	// One pass over n's members finds every key: deepMessage asks this
	// of thousands of objects in a big body.
	found := buf[:len(keys)]
	in.t.GetEach(n, keys, found)
	for _, m := range found {
		if v := in.text(m); strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// deepMessage searches breadth first, within bounds, for an object holding
// a message under one of deepKeys, and returns it with the message.
func (in *input) deepMessage(r jsontree.Node) (jsontree.Node, string) {
	type item struct {
		n     jsontree.Node
		depth int
	}
	// The queue is consumed from head on, not resliced, and made with
	// room for as many nodes as the search visits, so that it seldom
	// regrows.
	queue := make([]item, 1, min(in.t.Count(), genericNodes)+1)
	queue[0] = item{r, 0}
	for visited, head := 0, 0; head < len(queue) && visited < genericNodes; visited++ {
		it := queue[head]
		head++
		if in.isObj(it.n) && it.n != r {
			if msg := in.firstText(it.n, deepKeys); msg != "" {
				return it.n, msg
			}
		}
		if it.depth >= genericDepth {
			continue
		}
		if k := in.kind(it.n); k != jsontree.Object && k != jsontree.Array {
			continue
		}
		// The members walked here rather than through each: this loop
		// runs over thousands of nodes of a big body.
		for m := in.t.First(it.n); m != jsontree.NoNode; m = in.t.Next(m) {
			if k := in.t.Kind(m); k == jsontree.Object || k == jsontree.Array {
				queue = append(queue, item{m, it.depth + 1})
			}
			if len(queue)-head >= genericNodes {
				break
			}
		}
	}
	return jsontree.NoNode, ""
}

// errorMarked reports whether the top level says outright that the request
// failed: success/ok false, status "error"/"fail", or a non-empty error.
func (in *input) errorMarked(r jsontree.Node) bool {
	for _, k := range []string{"success", "ok", "succeeded"} {
		if v, ok := in.boolean(in.get(r, k)); ok && !v {
			return true
		}
	}
	if in.statusFailed(r) {
		return true
	}
	if v, ok := in.boolean(in.get(r, "error")); ok && v {
		return true
	}
	e := in.get(r, "error")
	return in.str(e) != "" || (in.isObj(e) && in.t.First(e) != jsontree.NoNode)
}

// statusFailed reports whether the top-level "status" string, in lower
// case, says the request failed.
func (in *input) statusFailed(r jsontree.Node) bool {
	n := in.get(r, "status")
	if !in.isStr(n) {
		return false
	}
	// Lowered on the stack when ASCII and short (every success body of a
	// HAR has a "status", most often "ok"); else as written.
	var low [len("failure")]byte
	b := in.t.StrBytes(n, low[:0])
	if len(b) > len(low) || !isASCII(b) {
		return isFailWord(strings.ToLower(string(b)))
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return isFailWord(string(low[:len(b)]))
}

// isFailWord reports whether a lower-case status means failure.
func isFailWord(s string) bool {
	switch s {
	case "error", "fail", "failed", "failure":
		return true
	}
	return false
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// findLists looks for members named like error lists, at bounded depth and
// visiting a bounded number of nodes, and reads each one found.
func (in *input) findLists(res *Result, n jsontree.Node, depth int, budget *int) {
	if depth > genericDepth {
		return
	}
	in.each(n, func(m jsontree.Node) bool {
		*budget--
		if *budget < 0 || len(res.Fields) >= maxFields {
			return false
		}
		if strong, named := listKeys[string(in.t.KeyBytes(m, nil))]; named && in.isObj(n) && (strong || in.failed()) {
			if in.fieldList(res, m, budget) {
				return true
			}
		}
		if k := in.kind(m); k == jsontree.Object || k == jsontree.Array {
			in.findLists(res, m, depth+1, budget)
		}
		return true
	})
}

// fieldList reads n as field errors: a list of strings or of error
// objects, or an object mapping field names to messages. It reports
// whether it found any.
func (in *input) fieldList(res *Result, n jsontree.Node, budget *int) bool {
	before := len(res.Fields)
	switch in.kind(n) {
	case jsontree.Array:
		in.each(n, func(e jsontree.Node) bool {
			*budget--
			if *budget < 0 {
				return false
			}
			if s := in.str(e); s != "" {
				return res.add(in.fieldAt("", e, []string{s}, ""))
			}
			if !in.isObj(e) {
				return true
			}
			msgs := in.itemMessages(e)
			if msgs == nil {
				return true
			}
			return res.add(in.fieldAt(in.itemField(e), e, msgs, in.firstText(e, itemCodeKeys)))
		})
	case jsontree.Object:
		in.each(n, func(m jsontree.Node) bool {
			*budget--
			if *budget < 0 {
				return false
			}
			var msgs []string
			switch {
			case in.isStr(m) || in.allStrings(m):
				msgs = in.strs(m)
			case in.isObj(m):
				msgs = in.itemMessages(m)
			}
			if msgs == nil {
				return true
			}
			return res.add(in.fieldAt(in.key(m), m, msgs, ""))
		})
	}
	return len(res.Fields) > before
}

// itemMessages returns the message(s) of one error object.
func (in *input) itemMessages(e jsontree.Node) []string {
	for _, k := range itemMessageKeys {
		if msgs := in.strs(in.get(e, k)); msgs != nil {
			return msgs
		}
	}
	return nil
}

// itemField names the field of one error object: a name, a pointer, or a
// path given as a list (FastAPI's loc, ["body", "user", "email"]).
func (in *input) itemField(e jsontree.Node) string {
	for _, k := range fieldKeys {
		v := in.get(e, k)
		switch in.kind(v) {
		case jsontree.String:
			s := in.str(v)
			if strings.HasPrefix(s, "/") || strings.HasPrefix(s, "#/") {
				return pointerToPath(s)
			}
			if s != "" {
				return s
			}
		case jsontree.Array:
			if p := in.graphqlPath(v); p != "" {
				return p
			}
		}
	}
	// Salesforce names the fields of one error in a list.
	return strings.Join(in.strs(in.get(e, "fields")), ", ")
}
