package report

import (
	"reflect"
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
	"github.com/httpexplain/httpexplain/app/paste"
	"github.com/httpexplain/httpexplain/app/samples"
)

// lazyCases are every sample plus the generated big ones, each with and
// without a forced vendor.
func lazyCases(t *testing.T) map[string]*message.Document {
	t.Helper()
	cases := map[string]*message.Document{
		"gen-2KB":  paste.Read(samples.Response2KB()),
		"gen-1MB":  paste.Read(samples.JSON1MB()),
		"gen-10MB": paste.Read(samples.HAR10MB()),
	}
	for _, s := range samples.All() {
		txt, _ := samples.Text(s.ID)
		cases[s.ID] = paste.Read([]byte(txt))
	}
	return cases
}

// TestExplainExchangeMatchesExplain checks that explaining one exchange at a
// time gives what Explain gives, and that Outline lists the same exchanges.
func TestExplainExchangeMatchesExplain(t *testing.T) {
	for name, msg := range lazyCases(t) {
		for _, vendor := range []string{"", "authrocket-v1"} {
			opt := Options{Now: now, Vendor: vendor}
			full := Explain(msg, opt)
			out := Outline(msg, opt)
			if out.InputFormat != full.InputFormat || out.Now != full.Now || out.Selected != full.Selected ||
				!reflect.DeepEqual(out.Diagnostics, full.Diagnostics) {
				t.Errorf("%s/%q: outline frame differs: %+v vs %+v", name, vendor, out, full)
			}
			if len(out.Exchanges) != len(full.Exchanges) {
				t.Fatalf("%s/%q: outline has %d exchanges, Explain %d", name, vendor, len(out.Exchanges), len(full.Exchanges))
			}
			for i := range full.Exchanges {
				want, got := full.Exchanges[i], ExplainExchange(msg, i, opt)
				if !reflect.DeepEqual(want, got) {
					t.Fatalf("%s/%q: exchange %d differs from Explain's", name, vendor, i)
				}
				o := out.Exchanges[i]
				if !reflect.DeepEqual(o.Request, want.Request) || !reflect.DeepEqual(o.Response, want.Response) {
					t.Fatalf("%s/%q: outline exchange %d: request or response differs", name, vendor, i)
				}
				if (o.Status == nil) != (want.Status == nil) ||
					o.Status != nil && (o.Status.Code != want.Status.Code || o.Status.Title != want.Status.Title) {
					t.Fatalf("%s/%q: outline exchange %d: status %+v, want code and title of %+v", name, vendor, i, o.Status, want.Status)
				}
				if o.Title() != want.Title() {
					t.Errorf("%s/%q: outline exchange %d titled %q, want %q", name, vendor, i, o.Title(), want.Title())
				}
			}
		}
	}
}

func TestExplainExchangeOutOfRange(t *testing.T) {
	msg := paste.Read(samples.Response2KB())
	for _, i := range []int{-1, len(msg.Exchanges)} {
		if got := ExplainExchange(msg, i, Options{Now: now}); !reflect.DeepEqual(got, Exchange{}) {
			t.Errorf("ExplainExchange(%d) = %+v, want the zero Exchange", i, got)
		}
	}
}

// TestYieldBetweenExchanges checks Outline calls Yield once an exchange,
// Explain also between the steps of explaining each (one body's walks
// may be long), and that the report does not change with it.
func TestYieldBetweenExchanges(t *testing.T) {
	msg := paste.Read(samples.HAR10MB())
	n := 0
	opt := Options{Now: now, Yield: func() { n++ }}
	ExplainExchange(msg, 0, opt)
	if n < 4 {
		t.Errorf("ExplainExchange of a response with a JSON body yielded %d times, want one between each walk of it", n)
	}
	n = 0
	with := Explain(msg, opt)
	if n < 3*len(msg.Exchanges) {
		t.Errorf("Explain yielded %d times for %d exchanges", n, len(msg.Exchanges))
	}
	if !reflect.DeepEqual(with, Explain(msg, Options{Now: now})) {
		t.Error("Explain with Yield differs from Explain without")
	}
	n = 0
	Outline(msg, opt)
	if n != len(msg.Exchanges) {
		t.Errorf("Outline yielded %d times for %d exchanges", n, len(msg.Exchanges))
	}
}
