package report

import (
	"testing"
	"time"
)

// A PowerShell error record shows a 401 but none of its header: no note
// may say that WWW-Authenticate (or anything else) is missing.
func TestHeaderUnseenRaisesNoMissingField(t *testing.T) {
	in := "Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.\nAt line:1 char:1\n+ Invoke-WebRequest https://api.example.com/v1/me\n"
	doc := Analyze([]byte(in), Options{Now: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)})
	ex := doc.Exchanges[doc.Selected]
	if ex.Response == nil || ex.Response.Status != 401 {
		t.Fatalf("read as %+v", ex.Response)
	}
	for _, n := range ex.Notes {
		if n.ID == "auth.missing-challenge" {
			t.Errorf("note %s raised on a header the paste cannot show", n.ID)
		}
	}
}
