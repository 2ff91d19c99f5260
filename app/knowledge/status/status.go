// Package status holds what every HTTP status code means: the registered
// ones under their RFC 9110 names, the unregistered ones met in practice,
// and the class meaning for any other.
package status

import (
	"sort"
	"sync"
)

// Retry says when a client may send the request again.
type Retry string

// Retry advice.
const (
	RetryNever           Retry = "never"
	RetryAfterFix        Retry = "after-fix"
	RetryWithBackoff     Retry = "with-backoff"
	RetryAfterRetryAfter Retry = "after-retry-after"
)

// Classes of status codes, as used in Entry.Class.
const (
	ClassInformational = "informational"
	ClassSuccess       = "success"
	ClassRedirection   = "redirection"
	ClassClientError   = "client-error"
	ClassServerError   = "server-error"
	ClassInvalid       = "invalid"
)

// Entry is what one status code means.
type Entry struct {
	Code       int
	Title      string
	Registered bool
	// Class is "informational", "success", "redirection", "client-error",
	// "server-error", or "invalid".
	Class     string
	Summary   string
	Causes    []string
	NextSteps []string
	Retry     Retry
	Reference string
	// Origin names who uses an unregistered code ("nginx", "Cloudflare"),
	// "" for registered codes.
	Origin string
	// Aliases are other reason phrases met for this code: names from older
	// RFCs ("Unprocessable Entity") or the names its users give it.
	Aliases []string
	// Obsolete says the registry or RFC 9110 marks the code as no longer
	// in use (305, 306, 510).
	Obsolete bool
}

// tables holds every known code by code, and every entry sorted by code:
// built once from the per-class tables, on first use rather than at start
// (the page's start waits for every package's init), and never changed
// afterwards.
var tables = sync.OnceValues(func() (map[int]Entry, []Entry) {
	t := index(
		[][]Entry{codes1xx, codes2xx, codes3xx, codes4xx, codes5xx},
		[][]Entry{unregistered},
	)
	return t, sorted(t)
})

func index(registered, unregisteredLists [][]Entry) map[int]Entry {
	m := make(map[int]Entry)
	add := func(lists [][]Entry, reg bool) {
		for _, list := range lists {
			for _, e := range list {
				e.Registered = reg
				e.Class = ClassOf(e.Code)
				m[e.Code] = e
			}
		}
	}
	add(registered, true)
	add(unregisteredLists, false)
	return m
}

func sorted(m map[int]Entry) []Entry {
	out := make([]Entry, 0, len(m))
	for _, e := range m {
		out = append(out, e)
	}
	sort.Sort(byCode(out))
	return out
}

// byCode sorts with package sort, whose one algorithm the web page carries
// anyway: slices.SortFunc over Entry would add its own copy to the
// WebAssembly code.
type byCode []Entry

func (s byCode) Len() int           { return len(s) }
func (s byCode) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byCode) Less(i, j int) bool { return s[i].Code < s[j].Code }

// ClassOf names the class of code: "informational" for 1xx through
// "server-error" for 5xx, and "invalid" outside 100–599.
func ClassOf(code int) string {
	if code < 100 || code > 599 {
		return ClassInvalid
	}
	return classes[code/100].Class
}

// Lookup returns the entry for code; a code in no table is explained by its
// class and marked unregistered.
func Lookup(code int) Entry {
	return clone(entry(code))
}

// Title is Lookup(code).Title without the copy of the entry's lists, for
// a caller that names statuses by the thousand (a HAR's list).
func Title(code int) string {
	return entry(code).Title
}

// entry is Lookup sharing the tables' slices, for this package's readers,
// which never change them.
func entry(code int) Entry {
	table, _ := tables()
	if e, ok := table[code]; ok {
		return e
	}
	var e Entry
	if code < 100 || code > 599 {
		e = invalidClass
	} else {
		e = classes[code/100]
	}
	e.Code = code
	return e
}

// Known reports whether code has an entry of its own (registered, reserved,
// or unregistered but met in practice), rather than a class fallback.
func Known(code int) bool {
	table, _ := tables()
	_, ok := table[code]
	return ok
}

// All returns every known entry, by code.
func All() []Entry {
	_, all := tables()
	out := make([]Entry, len(all))
	for i, e := range all {
		out[i] = clone(e)
	}
	return out
}

// clone copies e's slices so that callers cannot change the tables. The
// copies share one allocation (every exchange explained asks for one
// entry), each with a capacity of its own; a nil slice stays nil.
func clone(e Entry) Entry {
	buf := make([]string, 0, len(e.Causes)+len(e.NextSteps)+len(e.Aliases))
	e.Causes, buf = carve(buf, e.Causes)
	e.NextSteps, buf = carve(buf, e.NextSteps)
	e.Aliases, _ = carve(buf, e.Aliases)
	return e
}

// carve appends s to buf and returns the part appended, capped at its
// length, and buf; nil when s is.
func carve(buf, s []string) (part, rest []string) {
	if s == nil {
		return nil, buf
	}
	start := len(buf)
	buf = append(buf, s...)
	return buf[start:len(buf):len(buf)], buf
}
