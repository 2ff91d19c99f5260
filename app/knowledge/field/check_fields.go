package field

import (
	"strconv"
	"strings"
)

// checkFieldLines looks at each field line alone: its name, its standing
// in the registry, its value syntax, and repeats of single-value fields.
func checkFieldLines(c *checker) {
	counts := map[string]int{}
	for _, f := range c.h {
		counts[strings.ToLower(fieldName(f.Name))]++
	}
	seen := map[string]int{}
	for i, f := range c.h {
		name := fieldName(f.Name)
		if strings.HasPrefix(name, ":") {
			continue // an HTTP/2 pseudo-header copied from devtools
		}
		if strings.TrimRight(f.Name, " \t") != f.Name {
			c.raiseField(i, "field.space-before-colon", name)
		}
		if !isToken(name) {
			c.raiseField(i, "field.invalid-name", strconv.Quote(clip(name)))
			continue
		}
		e, ok := c.lookup(name)
		c.per[i].entry, c.per[i].known = e, ok
		switch {
		case !ok:
			c.raiseField(i, "field.unknown", name)
		case e.Status == Deprecated:
			c.raiseField(i, "field.deprecated", name)
		case e.Status == Obsoleted:
			c.raiseField(i, "field.obsoleted", name)
		}
		syn, has := lookupSyntax(name)
		if !has {
			continue
		}
		v := syn.check(f.Value)
		valid := v.bad == ""
		c.per[i].valid = &valid
		if !valid {
			ref := ""
			if c.per[i].known {
				ref = e.Reference
			}
			c.add("field.invalid", "header:"+name, f.Line, ref, []string{name, v.bad})
			c.markField(i, "field.invalid")
		}
		for _, s := range v.soft {
			c.raiseField(i, s.id, s.args...)
		}
		key := strings.ToLower(name)
		seen[key]++
		if syn.singleton && seen[key] > 1 {
			c.raiseField(i, "field.duplicate-singleton", name, strconv.Itoa(counts[key]))
		}
	}
}

// maxNameLen bounds how much of a field name goes into notes; real names
// are far shorter, pasted garbage need not be repeated in full.
const maxNameLen = 256

// fieldName is a pasted name without trailing white space, cut to
// maxNameLen.
func fieldName(name string) string {
	name = strings.TrimRight(name, " \t")
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
