package validation

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// The "field → list of messages" family: Rails (record.errors rendered as
// JSON, bare or under "errors", or errors.full_messages as a list),
// Laravel ({"message", "errors": {...}}), and AuthRocket, whose v1 API
// documents {"message": "Validation failed", "errors": {...}} and whose v2
// SDKs read "errors" as a list of sentences. The shapes are shared, so the
// vendor name is given only when the request went to the vendor's host.
// https://guides.rubyonrails.org/active_record_validations.html#working-with-validation-errors
// https://laravel.com/docs/validation#validation-error-response-format
// https://v1.authrocket.com/docs/api/status_codes

// laravelMore says whether msg ends with the "(and 2 more errors)" suffix
// Laravel 9+ adds to the message. (A regexp compiled at start cost the page
// some 15 ms of its start in the browser.)
func laravelMore(msg string) bool {
	s := strings.TrimRight(msg, " \t\n\f\r")
	i := strings.LastIndex(s, "(and ")
	if i < 0 {
		return false
	}
	rest := s[i+len("(and "):]
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	return n > 0 && (rest[n:] == " more error)" || rest[n:] == " more errors)")
}

func detectMessageErrorsMap(in *input) bool {
	r := in.root
	return in.gs(r, "message") != "" && in.stringsMap(in.get(r, "errors"))
}

func readMessageErrorsMap(in *input) *Result {
	r := in.root
	msg := in.gs(r, "message")
	errs := in.get(r, "errors")
	res := &Result{Format: "message-errors-map", Message: msg}
	switch {
	case in.hostIs("authrocket.com"):
		res.Format = "authrocket-v1"
	case in.laravelLike(msg, errs):
		res.Format = "laravel"
	}
	in.keyedErrors(res, errs, keepKey)
	return res
}

// laravelLike reports whether msg reads like Laravel's summary: the old
// fixed sentence, the "(and N more errors)" suffix, or (Laravel 9+, one
// error) the first field message repeated.
func (in *input) laravelLike(msg string, errs jsontree.Node) bool {
	if msg == "The given data was invalid." || laravelMore(msg) {
		return true
	}
	first := in.strs(in.t.First(errs))
	return len(first) > 0 && first[0] == msg && strings.HasPrefix(msg, "The ")
}

func keepKey(k string) string { return k }

func detectRailsErrors(in *input) bool {
	errs := in.get(in.root, "errors")
	return in.stringsMap(errs) || in.allStrings(errs)
}

func readRailsErrors(in *input) *Result {
	r := in.root
	errs := in.get(r, "errors")
	res := &Result{Format: "rails", Message: in.gs(r, "message")}
	if in.isArr(errs) {
		if in.hostIs("authrocket.com") {
			res.Format = "authrocket-v2"
		}
		in.each(errs, func(e jsontree.Node) bool {
			s := in.str(e)
			if res.Message == "" {
				res.Message = s
			}
			return res.add(in.fieldAt("", e, []string{s}, ""))
		})
		return res
	}
	if in.hostIs("authrocket.com") {
		res.Format = "authrocket-v1"
	}
	in.keyedErrors(res, errs, keepKey)
	return res
}

// detectRailsMap accepts a top-level object of string lists where at least
// one entry reads like a sentence, so that {"tags": ["a", "b"]} is not
// taken for errors.
func detectRailsMap(in *input) bool {
	r := in.root
	if !in.isObj(r) || in.t.First(r) == jsontree.NoNode {
		return false
	}
	ok, wordy := true, false
	in.each(r, func(m jsontree.Node) bool {
		ok = in.allStrings(m)
		if ok && !wordy {
			for _, s := range in.strs(m) {
				if strings.ContainsRune(strings.TrimSpace(s), ' ') {
					wordy = true
					break
				}
			}
		}
		return ok
	})
	return ok && wordy
}

func readRailsMap(in *input) *Result {
	res := &Result{Format: "rails"}
	if in.hostIs("authrocket.com") {
		res.Format = "authrocket-v1"
	}
	in.keyedErrors(res, in.root, keepKey)
	return res
}
