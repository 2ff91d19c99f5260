package field

import (
	"regexp"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/knowledge/note"
)

var noteIDShape = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$`)

// referenceShape accepts RFC section links and other https pages.
var referenceShape = regexp.MustCompile(`^https://(www\.rfc-editor\.org/rfc/rfc[0-9]+(#section-[0-9.]+)?|[a-z0-9.-]+\.[a-z]+/[^ ]*)$`)

func TestNotesDefinitions(t *testing.T) {
	levels := map[note.Level]bool{note.Good: true, note.Info: true, note.Warn: true, note.Bad: true}
	seen := map[string]bool{}
	ds := Notes()
	if len(ds) < 40 {
		t.Errorf("only %d notes", len(ds))
	}
	for _, d := range ds {
		if seen[d.ID] {
			t.Errorf("duplicate id %s", d.ID)
		}
		seen[d.ID] = true
		if !noteIDShape.MatchString(d.ID) {
			t.Errorf("id %q is not area.name", d.ID)
		}
		if !levels[d.Level] {
			t.Errorf("%s: level %q", d.ID, d.Level)
		}
		if d.Summary == "" || d.Detail == "" || !referenceShape.MatchString(d.Reference) {
			t.Errorf("%s: summary, detail and an https reference are required (reference %q)", d.ID, d.Reference)
		}
		if strings.Contains(d.Reference, "rfc-editor.org") && !strings.Contains(d.Reference, "/rfc/rfc") {
			t.Errorf("%s: malformed RFC link %q", d.ID, d.Reference)
		}
		// Only %s verbs: the checks pass strings, and the UI may show a
		// summary template as is.
		if s := strings.ReplaceAll(d.Summary, "%s", ""); strings.Contains(s, "%") {
			t.Errorf("%s: summary %q holds a verb other than %%s", d.ID, d.Summary)
		}
		if strings.HasSuffix(d.Summary, ".") {
			t.Errorf("%s: a summary is one line without a closing full stop", d.ID)
		}
	}
}

func TestNotesReturnsCopy(t *testing.T) {
	a := Notes()
	a[0].ID = "changed"
	if Notes()[0].ID == "changed" {
		t.Error("Notes exposes the package table")
	}
}
