package report

import (
	"strings"
	"testing"
	"time"

	"github.com/httpexplain/httpexplain/app/paste"
	"github.com/httpexplain/httpexplain/app/samples"
)

// NoDigests leaves the digests out and changes nothing else.
func TestNoDigests(t *testing.T) {
	text, _ := samples.Text("authrocket-v1-422")
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	with := Analyze([]byte(text), Options{Now: now})
	without := Analyze([]byte(text), Options{Now: now, NoDigests: true})
	b := with.Exchanges[with.Selected].Response.Body
	if b == nil || len(b.SHA256) != 64 {
		t.Fatalf("the default report has no SHA-256 of the body: %+v", b)
	}
	nb := without.Exchanges[without.Selected].Response.Body
	if nb.SHA256 != "" {
		t.Errorf("with NoDigests the body's SHA-256 is %q, want none", nb.SHA256)
	}
	nb.SHA256 = b.SHA256
	var a, b2 strings.Builder
	with.WriteText(&a, false)
	without.WriteText(&b2, false)
	if with.Markdown() != without.Markdown() || a.String() != b2.String() {
		t.Error("NoDigests changed more than the digests")
	}
	o := Outline(paste.Read([]byte(text)), Options{Now: now, NoDigests: true})
	if ob := o.Exchanges[o.Selected].Response.Body; ob.SHA256 != "" {
		t.Errorf("the outline with NoDigests has SHA-256 %q", ob.SHA256)
	}
}
