package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/httpexplain/httpexplain/app/internal/golden"

	"github.com/httpexplain/httpexplain/app/samples"
)

// now is the instant the golden reports are computed for.
var now = time.Date(2026, 12, 1, 10, 5, 0, 0, time.UTC)

// TestGoldenSamples explains every sample and compares the JSON report with
// testdata/<id>.golden.json; -update rewrites them.
func TestGoldenSamples(t *testing.T) {
	for _, s := range samples.All() {
		t.Run(s.ID, func(t *testing.T) {
			txt, _ := samples.Text(s.ID)
			doc := Analyze([]byte(txt), Options{Now: now})
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(doc); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", s.ID+".golden.json"), buf.Bytes())
		})
	}
}

// The AuthRocket document's examples carry their meaning into the report.
func TestAuthRocketExamples(t *testing.T) {
	cases := []struct {
		sample string
		now    time.Time
		want   []string // substrings of summary + next steps + vendor meaning
		check  func(t *testing.T, e *Exchange)
	}{
		{"authrocket-v1-422", now, []string{"username", "Username can't be blank"}, func(t *testing.T, e *Exchange) {
			if e.Vendor == nil || e.Vendor.ID != "authrocket-v1" {
				t.Errorf("vendor = %+v, want authrocket-v1", e.Vendor)
			}
			if e.Validation == nil || len(e.Validation.Fields) != 1 || e.Validation.Fields[0].Field != "username" {
				t.Fatalf("validation = %+v", e.Validation)
			}
			if e.Validation.Fields[0].Pointer != "/errors/username" {
				t.Errorf("pointer = %q", e.Validation.Fields[0].Pointer)
			}
		}},
		{"authrocket-v1-429", time.Date(2013, 12, 31, 23, 56, 40, 0, time.UTC), []string{"0 of 1234", "2014-01-01 00:00:00 UTC", "3 min 20 s"}, func(t *testing.T, e *Exchange) {
			rl := e.RateLimit
			if rl == nil || rl.ResetAt == nil || *rl.ResetAt != "2014-01-01T00:00:00Z" {
				t.Fatalf("rate limit = %+v", rl)
			}
			if rl.AlreadyReset {
				t.Error("already_reset at the response's own time")
			}
		}},
		{"authrocket-v1-429", now, []string{"0 of 1234", "has passed since"}, func(t *testing.T, e *Exchange) {
			if e.RateLimit == nil || !e.RateLimit.AlreadyReset {
				t.Errorf("a paste read years later must say the window already reset: %+v", e.RateLimit)
			}
		}},
		{"authrocket-v1-414", now, []string{"kss_0vH6mX2pQ9rT4wY8"}, nil},
		{"bearer-expired-token", now, []string{"expired at 2026-12-01 09:00:00 UTC"}, nil},
	}
	for _, c := range cases {
		t.Run(c.sample, func(t *testing.T) {
			txt, _ := samples.Text(c.sample)
			doc := Analyze([]byte(txt), Options{Now: c.now})
			e := doc.SelectedExchange()
			if e == nil {
				t.Fatalf("no exchange; diagnostics %+v", doc.Diagnostics)
			}
			all := e.Summary + "\n" + strings.Join(e.NextSteps, "\n")
			if e.Status != nil {
				all += "\n" + e.Status.VendorMeaning
			}
			for _, w := range c.want {
				if !strings.Contains(all, w) {
					t.Errorf("report lacks %q:\n%s", w, all)
				}
			}
			if c.check != nil {
				c.check(t, e)
			}
		})
	}
}

// Markdown escapes pasted text so a hostile reason phrase cannot inject
// links or HTML into the chat.
func TestMarkdownEscapes(t *testing.T) {
	doc := Analyze([]byte("HTTP/1.1 400 <img src=x onerror=alert(1)> [x](http://evil)\r\nContent-Type: text/plain\r\n\r\nbad"), Options{Now: now})
	md := doc.Markdown()
	for _, bad := range []string{"<img", "[x](http"} {
		if strings.Contains(md, bad) {
			t.Errorf("markdown holds unescaped %q:\n%s", bad, md)
		}
	}
}

func TestDuration(t *testing.T) {
	for _, c := range []struct {
		s    float64
		want string
	}{{200, "3 min 20 s"}, {59, "59 s"}, {3600, "1 h 0 min"}, {90061, "1 d 1 h"}, {-200, "3 min 20 s"}, {0.25, "250 ms"}} {
		if got := Duration(c.s); got != c.want {
			t.Errorf("Duration(%v) = %q, want %q", c.s, got, c.want)
		}
	}
}
