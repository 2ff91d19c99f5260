package validation

import (
	"strings"
	"unicode"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// Django REST framework: serializer errors as {"field": ["..."]} with
// "non_field_errors" for the whole object, nested serializers as nested
// objects, list serializers as lists of objects; other errors as
// {"detail": "..."}.
// https://www.django-rest-framework.org/api-guide/exceptions/

const drfNonField = "non_field_errors"

func detectDRF(in *input) bool {
	r := in.root
	if in.isStr(in.get(r, "detail")) && in.onlyKeys(r, "detail", "code") {
		return true
	}
	if !in.isObj(r) || in.t.First(r) == jsontree.NoNode {
		return false
	}
	if in.has(r, drfNonField) {
		return in.drfShape(r, 0)
	}
	// Tell DRF from Rails by the messages: DRF writes sentences
	// ("This field is required."), Rails fragments ("can't be blank"), and
	// only DRF nests objects.
	return in.drfShape(r, 0) && (in.drfNested(r) || in.drfSentences(r))
}

// drfShape reports whether n is an object whose members are string lists,
// nested such objects, or lists of such objects (empty ones for list items
// without errors).
func (in *input) drfShape(n jsontree.Node, depth int) bool {
	if depth > 16 || !in.isObj(n) {
		return false
	}
	ok := true
	in.each(n, func(m jsontree.Node) bool {
		switch {
		case in.allStrings(m):
		case in.isObj(m):
			ok = in.drfShape(m, depth+1)
		case in.allObjects(m):
			in.each(m, func(e jsontree.Node) bool {
				ok = in.t.First(e) == jsontree.NoNode || in.drfShape(e, depth+1)
				return ok
			})
		default:
			ok = false
		}
		return ok
	})
	return ok
}

func (in *input) drfNested(n jsontree.Node) bool {
	nested := false
	in.each(n, func(m jsontree.Node) bool {
		nested = in.isObj(m) || in.allObjects(m)
		return !nested
	})
	return nested
}

// drfSentences reports whether every top-level message starts with a
// capital letter and ends with a full stop.
func (in *input) drfSentences(n jsontree.Node) bool {
	ok := true
	in.each(n, func(m jsontree.Node) bool {
		for _, s := range in.strs(m) {
			s = strings.TrimSpace(s)
			r := []rune(s)
			if len(r) == 0 || !unicode.IsUpper(r[0]) || !strings.HasSuffix(s, ".") {
				ok = false
				break
			}
		}
		return ok
	})
	return ok
}

func readDRF(in *input) *Result {
	r := in.root
	res := &Result{Format: "drf"}
	if d := in.gs(r, "detail"); d != "" && in.onlyKeys(r, "detail", "code") {
		res.Message, res.Code = d, in.gs(r, "code")
		return res
	}
	in.drfFields(res, r, "", 0)
	return res
}

func (in *input) drfFields(res *Result, n jsontree.Node, path string, depth int) {
	if depth > 16 {
		return
	}
	in.each(n, func(m jsontree.Node) bool {
		k := in.key(m)
		p := path
		if k != drfNonField {
			p = joinKey(path, k)
		}
		switch {
		case in.isObj(m):
			in.drfFields(res, m, p, depth+1)
		case in.allObjects(m):
			i := 0
			in.each(m, func(e jsontree.Node) bool {
				in.drfFields(res, e, joinIndex(p, i), depth+1)
				i++
				return len(res.Fields) < maxFields
			})
		default:
			res.add(in.fieldAt(p, m, in.strs(m), ""))
		}
		return len(res.Fields) < maxFields
	})
}
