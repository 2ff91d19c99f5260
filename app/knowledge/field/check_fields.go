package field

import (
	"strconv"
	"strings"
)

// checkFieldLines looks at each field line alone: its name, its standing
// in the registry, its value syntax, and repeats of single-value fields.
func checkFieldLines(c *checker) {
	// The single-value names met so far: a few dozen names are
	// single-value, so a list on the stack is all it takes, where a map
	// of every name was two maps an exchange.
	var room [8]string
	met := room[:0]
	for i, f := range c.h {
		name, key := c.per[i].name, c.per[i].key
		if strings.HasPrefix(name, ":") {
			continue // an HTTP/2 pseudo-header copied from devtools
		}
		if f.Name != "" && isOWS(f.Name[len(f.Name)-1]) {
			c.raiseField(i, "field.space-before-colon", name)
		}
		if !isToken(name) {
			c.raiseField(i, "field.invalid-name", strconv.Quote(clip(name)))
			continue
		}
		e, ok := c.lookup(name)
		if ok {
			st := &c.per[i]
			st.known, st.status, st.summary, st.ref = true, e.Status, e.Summary, e.Reference
		}
		switch {
		case !ok:
			c.raiseField(i, "field.unknown", name)
		case e.Status == Deprecated:
			c.raiseField(i, "field.deprecated", name)
		case e.Status == Obsoleted:
			c.raiseField(i, "field.obsoleted", name)
		}
		syn, has := syntaxes[key] // lookupSyntax, with the key at hand
		if !has {
			continue
		}
		v := syn.check(f.Value)
		st := &c.per[i]
		st.validity = v.bad == ""
		st.valid = &st.validity
		if !st.validity {
			ref := ""
			if st.known {
				ref = e.Reference
			}
			c.add("field.invalid", "header:"+name, f.Line, ref, []string{name, v.bad})
			c.markField(i, "field.invalid")
		}
		for _, s := range v.soft {
			c.raiseField(i, s.id, s.args...)
		}
		if syn.singleton {
			var again bool
			if met, again = metAgain(met, key); again {
				c.raiseField(i, "field.duplicate-singleton", name, strconv.Itoa(c.count(key)))
			}
		}
	}
}

// metAgain reports whether key is in met, and adds it when it is not.
func metAgain(met []string, key string) ([]string, bool) {
	for _, k := range met {
		if k == key {
			return met, true
		}
	}
	return append(met, key), false
}

// count is how many response fields have the lower-case name key.
func (c *checker) count(key string) int {
	n := 0
	for i := range c.per {
		if c.per[i].key == key {
			n++
		}
	}
	return n
}

// maxNameLen bounds how much of a field name goes into notes; real names
// are far shorter, pasted garbage need not be repeated in full.
const maxNameLen = 256

// fieldName is a pasted name without trailing white space, cut to
// maxNameLen.
func fieldName(name string) string {
	name = trimRightOWS(name)
	if len(name) > maxNameLen {
		name = name[:maxNameLen] + "…"
	}
	return name
}

// markField records id against field i without raising a note.
func (c *checker) markField(i int, id string) {
	for _, have := range c.per[i].notes {
		if have == id {
			return
		}
	}
	c.per[i].notes = append(c.per[i].notes, id)
}
