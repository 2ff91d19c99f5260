// Package field holds what every HTTP header field is, and the checks of
// each field's value and of the fields taken together.
package field

import (
	"sort"
	"strings"
	"sync"
)

// Status is a field name's standing in the IANA registry.
type Status string

// Registry standings.
const (
	Permanent    Status = "permanent"
	Provisional  Status = "provisional"
	Deprecated   Status = "deprecated"
	Obsoleted    Status = "obsoleted"
	Unregistered Status = "unregistered"
)

// Entry describes one field name.
type Entry struct {
	Name      string // canonical spelling, as registered
	Status    Status
	Summary   string
	Detail    string
	Reference string
}

// Result is the verdict on one pasted field line.
type Result struct {
	Name      string // as pasted
	Line      int
	Known     bool
	Status    Status
	Summary   string
	Reference string
	// Valid is nil where the field has no syntax to check.
	Valid *bool
	// Notes are the ids of the notes raised about this field line.
	Notes []string
}

// Family describes a group of field names that share a prefix, such as the
// user metadata fields of Amazon S3 ("x-amz-meta-…"). Its Entry.Name is the
// prefix followed by "*".
type Family struct {
	Prefix string // lower case, ends where the varying part starts
	Entry  Entry
}

// The tables are split over entries_*.go; they are joined and indexed
// once, on first use rather than at start: in the browser that start is
// the page's, and this took it some 20 ms.
var entries = sync.OnceValues(func() ([]Entry, map[string]int) {
	all := joinTables(registeredAC, registeredDL, registeredMR, registeredSZ, unregisteredEntries)
	return all, indexByName(all)
})

func joinTables(parts ...[]Entry) []Entry {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	all := make([]Entry, 0, n)
	for _, p := range parts {
		all = append(all, p...)
	}
	return all
}

func indexByName(entries []Entry) map[string]int {
	m := make(map[string]int, len(entries))
	for i, e := range entries {
		m[strings.ToLower(e.Name)] = i
	}
	return m
}

// Lookup returns the entry for name (case-insensitive). A name with no entry
// of its own is answered by the family whose prefix it has, the longest prefix
// winning; the returned Entry then carries the family's pattern as Name.
func Lookup(name string) (Entry, bool) {
	name = strings.TrimSpace(name)
	// Field names are short; a pasted "name" of kilobytes cannot match and
	// need not be lowered in full.
	if name == "" || len(name) > 256 {
		return Entry{}, false
	}
	key := strings.ToLower(name)
	table, index := entries()
	if i, ok := index[key]; ok {
		return table[i], true
	}
	if f, ok := familyOf(key); ok {
		return f.Entry, true
	}
	return Entry{}, false
}

// familyOf finds the family with the longest prefix of key (lower case).
func familyOf(key string) (Family, bool) {
	best, found := Family{}, false
	for _, f := range familyTable {
		if len(key) > len(f.Prefix) && strings.HasPrefix(key, f.Prefix) &&
			(!found || len(f.Prefix) > len(best.Prefix)) {
			best, found = f, true
		}
	}
	return best, found
}

// All returns every known entry, by name. Families are not included; see
// Families.
func All() []Entry {
	table, _ := entries()
	out := make([]Entry, len(table))
	copy(out, table)
	sort.Sort(entriesByName(out))
	return out
}

// entriesByName and familiesByPrefix sort with package sort, whose one
// algorithm the web page carries anyway: each slices.SortFunc over a new
// struct type adds its own copy of the sort to the WebAssembly code.
type entriesByName []Entry

func (s entriesByName) Len() int      { return len(s) }
func (s entriesByName) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s entriesByName) Less(i, j int) bool {
	return strings.ToLower(s[i].Name) < strings.ToLower(s[j].Name)
}

type familiesByPrefix []Family

func (s familiesByPrefix) Len() int           { return len(s) }
func (s familiesByPrefix) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s familiesByPrefix) Less(i, j int) bool { return s[i].Prefix < s[j].Prefix }

// Families returns every known name family, by prefix.
func Families() []Family {
	out := make([]Family, len(familyTable))
	copy(out, familyTable)
	sort.Sort(familiesByPrefix(out))
	return out
}
