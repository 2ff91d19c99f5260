package paste

import (
	"fmt"
	"sort"

	"github.com/httpexplain/httpexplain/app/message"
)

// reader carries what one Read call collects while it goes: diagnostics,
// and repairs counted by kind so that a repair made on a thousand lines is
// one diagnostic, not a thousand.
type reader struct {
	diags   []message.Diagnostic
	repairs map[string]*repairCount
	order   []string
	// reindented says bodies are shown re-formatted (HTTPie), so their
	// length cannot match Content-Length.
	reindented bool
	dropped    int // diagnostics over maxDiagnostics, not kept
	// firstMethod is the method of a copied command line: it tells
	// whether the first response answers HEAD.
	firstMethod string
	// pace yields to the caller as reading goes (Options.Yield).
	pace *pacer
}

type repairCount struct {
	first int
	n     int
	level message.Level
	what  string
}

// maxDiagnostics bounds the diagnostics of one paste: a hostile paste can
// have a problem on each of a million lines.
const maxDiagnostics = 200

func (r *reader) add(lineNum int, level message.Level, format string, args ...any) {
	if len(r.diags) >= maxDiagnostics {
		r.dropped++
		return
	}
	r.diags = append(r.diags, message.Diagnostic{Line: lineNum, Level: level, Message: fmt.Sprintf(format, args...)})
}

func (r *reader) info(lineNum int, format string, args ...any) {
	r.add(lineNum, message.Info, format, args...)
}

func (r *reader) warn(lineNum int, format string, args ...any) {
	r.add(lineNum, message.Warn, format, args...)
}

func (r *reader) fail(lineNum int, format string, args ...any) {
	r.add(lineNum, message.Error, format, args...)
}

// repaired counts one repair of a kind; what describes it ("replaced
// non-breaking spaces with plain spaces").
func (r *reader) repaired(kind string, lineNum int, what string) {
	if r.repairs == nil {
		r.repairs = map[string]*repairCount{}
	}
	c := r.repairs[kind]
	if c == nil {
		c = &repairCount{first: lineNum, level: message.Info, what: what}
		r.repairs[kind] = c
		r.order = append(r.order, kind)
	}
	c.n++
}

// finish turns counted repairs into diagnostics and sorts everything by
// line, keeping the order of diagnostics on the same line.
func (r *reader) finish() []message.Diagnostic {
	for _, k := range r.order {
		c := r.repairs[k]
		if c.n == 1 {
			r.add(c.first, c.level, "%s (line %d)", c.what, c.first)
		} else {
			r.add(c.first, c.level, "%s (%d lines, first at line %d)", c.what, c.n, c.first)
		}
	}
	if r.dropped > 0 {
		r.diags = append(r.diags, message.Diagnostic{Level: message.Info,
			Message: fmt.Sprintf("%d more diagnostics were left out; only the first %d are kept", r.dropped, maxDiagnostics)})
	}
	sort.SliceStable(r.diags, func(i, j int) bool { return r.diags[i].Line < r.diags[j].Line })
	return r.diags
}
