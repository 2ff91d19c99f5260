package paste

import "strings"

// repair undoes what chats and mail do to a paste, in the order they are
// applied on the way in: mail quoting wraps everything, a Markdown fence
// wraps the text, and the fence's content may be indented. Each repair is
// an info diagnostic; line numbers stay those of the original paste.
// It also takes a curl or HTTPie command line off the top, before the
// prose around it is dropped.
//
// Each pass goes over every line, so the reader may yield between them.
func (r *reader) repair(ls []line) ([]line, *command) {
	ls = r.unquote(ls)
	r.pace.now()
	ls = r.unfence(ls)
	r.pace.now()
	ls, cmd := r.takeCommand(ls)
	ls = r.dropLabels(ls)
	r.pace.now()
	ls = r.dropIntro(ls)
	ls = r.dedent(ls)
	r.pace.now()
	// Quoting may also stand inside the fence or under the indentation.
	return r.unquote(ls), cmd
}

// unquote removes "> " mail quote markers when every non-empty line has
// one. curl -v output also has "> " lines, but always "< " and "* " lines
// too, so it never passes the test.
func (r *reader) unquote(ls []line) []line {
	for depth := 0; depth < 3; depth++ {
		nonEmpty := 0
		for _, l := range ls {
			if isBlank(l.text) {
				continue
			}
			if l.text[0] != '>' {
				return ls
			}
			nonEmpty++
		}
		if nonEmpty == 0 {
			return ls
		}
		out := make([]line, len(ls))
		for i, l := range ls {
			switch {
			case strings.HasPrefix(l.text, "> "):
				l.text = l.text[2:]
			case strings.HasPrefix(l.text, ">"):
				l.text = l.text[1:]
			}
			out[i] = l
		}
		r.info(0, "removed mail quote markers '> ' from every line")
		ls = out
	}
	return ls
}

// isFence reports whether s is a Markdown code fence line (``` or ~~~,
// with or without a language).
func isFence(s string) bool {
	if !mayOpen(s, "`~") {
		return false
	}
	s = trimOWS(s)
	return strings.HasPrefix(s, "```") || strings.HasPrefix(s, "~~~")
}

// unfence keeps what stands inside Markdown code fences and drops the
// fences and the prose around them.
func (r *reader) unfence(ls []line) []line {
	first := -1
	for i, l := range ls {
		if isFence(l.text) {
			first = i
			break
		}
	}
	if first < 0 {
		return ls
	}
	if n := countNonBlank(ls[:first]); n > 0 {
		r.info(ls[0].num, "dropped %s of text before the code fence on line %d", count(n, "line"), ls[first].num)
	}
	var out []line
	inside := false
	dropped, droppedAt := 0, 0
	for _, l := range ls[first:] {
		if isFence(l.text) {
			if !inside {
				r.info(l.num, "removed the Markdown code fence %s on line %d", quote(trimOWS(l.text)), l.num)
			} else {
				// Fenced blocks (a request, then a response) stay apart
				// as if a blank line stood between them.
				out = append(out, line{num: l.num, eol: "\n"})
			}
			inside = !inside
			continue
		}
		if inside {
			out = append(out, l)
		} else if !isBlank(l.text) {
			if dropped == 0 {
				droppedAt = l.num
			}
			dropped++
		}
	}
	if dropped > 0 {
		r.info(droppedAt, "dropped %s of text outside the code fences, from line %d", count(dropped, "line"), droppedAt)
	}
	if inside {
		r.info(0, "the code fence is not closed; read to the end of the paste")
	}
	return out
}

// mayOpen reports whether the first byte of s after spaces and tabs is one
// of first: a cheap test before the full one, as most lines fail it.
func mayOpen(s, first string) bool {
	for i := 0; i < len(s); i++ {
		if !isOWS(s[i]) {
			return strings.IndexByte(first, s[i]) >= 0
		}
	}
	return false
}

// mayClose reports whether the last byte of s before spaces and tabs is
// last.
func mayClose(s string, last byte) bool {
	for i := len(s) - 1; i >= 0; i-- {
		if !isOWS(s[i]) {
			return s[i] == last
		}
	}
	return false
}

func countNonBlank(ls []line) int {
	n := 0
	for _, l := range ls {
		if !isBlank(l.text) {
			n++
		}
	}
	return n
}

// dropIntro drops a few lines of prose ("Here is the response:") before
// the first line that starts a shape this package reads.
func (r *reader) dropIntro(ls []line) []line {
	i := firstNonBlank(ls, 0)
	if i == len(ls) || isAnchor(ls[i].text) {
		return ls
	}
	for j, seen := i, 0; j < len(ls) && seen < 4; j++ {
		t := ls[j].text
		if isBlank(t) {
			continue
		}
		if isAnchor(t) {
			r.info(ls[i].num, "dropped the text before line %d: %s", ls[j].num, quote(trimOWS(ls[i].text)))
			return ls[j:]
		}
		if _, v, _, ok := splitField(trimOWS(t)); ok && v != "" {
			// A real field: this is a header block, not prose.
			return ls
		}
		seen++
	}
	return ls
}

// isAnchor reports whether s can start a paste: a start line, curl -v or
// --trace-ascii output, wget output, a devtools General block or a JSON
// body.
func isAnchor(s string) bool {
	t := strings.TrimLeft(s, " \t")
	if t == "" {
		return false
	}
	switch {
	case startsMessage(t), isCurlVerboseLine(s), isTraceLine(s), isWgetStart(s), isGeneralLine(t):
		return true
	case strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "> ") || strings.HasPrefix(s, "< "):
		// curl -v notes and header lines: never prose to drop.
		return true
	case t[0] == '{' || t[0] == '[':
		return true
	}
	if sec, ok := sectionTitle(t); ok && sec != "" {
		return true
	}
	return false
}

// dedent removes an indentation that every non-empty line shares.
func (r *reader) dedent(ls []line) []line {
	common := ""
	found := false
	for _, l := range ls {
		if isBlank(l.text) {
			continue
		}
		ind := l.text[:len(l.text)-len(strings.TrimLeft(l.text, " \t"))]
		if !found {
			common, found = ind, true
			continue
		}
		for !strings.HasPrefix(ind, common) {
			common = common[:len(common)-1]
		}
		if common == "" {
			return ls
		}
	}
	if common == "" {
		return ls
	}
	out := make([]line, len(ls))
	for i, l := range ls {
		l.text = strings.TrimPrefix(l.text, common)
		out[i] = l
	}
	r.info(0, "removed an indentation of %d characters shared by every line", len(common))
	return out
}

// isLabel reports whether s is a short caption like "Response:" or "Here
// is the response:" that people write above what they paste.
func isLabel(s string) bool {
	if !mayClose(s, ':') {
		return false
	}
	t := trimOWS(s)
	if !strings.HasSuffix(t, ":") || strings.Count(t, ":") != 1 || len(t) > 60 {
		return false
	}
	return len(strings.Fields(t)) <= 6
}

// dropLabels drops caption lines that stand right above a start line,
// after a blank line or at the start of the paste, anywhere in the paste.
func (r *reader) dropLabels(ls []line) []line {
	var out []line
	for i := 0; i < len(ls); i++ {
		if isLabel(ls[i].text) && (i == 0 || isBlank(ls[i-1].text)) {
			if j := firstNonBlank(ls, i+1); j < len(ls) && startsMessage(ls[j].text) {
				if out == nil {
					out = append(make([]line, 0, len(ls)), ls[:i]...)
				}
				r.info(ls[i].num, "dropped the caption %s on line %d", quote(trimOWS(ls[i].text)), ls[i].num)
				continue
			}
		}
		if out != nil {
			out = append(out, ls[i])
		}
	}
	if out == nil {
		return ls
	}
	return out
}
