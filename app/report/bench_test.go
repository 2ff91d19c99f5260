package report

import (
	"testing"

	"github.com/httpexplain/httpexplain/app/paste"
	"github.com/httpexplain/httpexplain/app/samples"
)

// The whole engine, paste to Document, on the sizes issue 6 budgets.

func benchAnalyze(b *testing.B, in []byte) {
	b.Helper()
	doc := Analyze(in, Options{Now: now})
	if len(doc.Exchanges) == 0 {
		b.Fatalf("nothing read: %+v", doc.Diagnostics)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Analyze(in, Options{Now: now})
	}
}

func BenchmarkAnalyze2KB(b *testing.B)     { benchAnalyze(b, samples.Response2KB()) }
func BenchmarkAnalyze1MBJSON(b *testing.B) { benchAnalyze(b, samples.JSON1MB()) }
func BenchmarkAnalyze10MBHAR(b *testing.B) { benchAnalyze(b, samples.HAR10MB()) }

// BenchmarkOpenHAR10MB is what the page does on a HAR paste (runStages in
// app/ui): read it, outline it, explain the selected exchange only.
func BenchmarkOpenHAR10MB(b *testing.B) {
	in := samples.HAR10MB()
	open := func() *Document {
		msg := paste.Read(in)
		opt := Options{Now: now}
		doc := Outline(msg, opt)
		if doc.Selected >= 0 {
			doc.Exchanges[doc.Selected] = ExplainExchange(msg, doc.Selected, opt)
		}
		return doc
	}
	if doc := open(); len(doc.Exchanges) < 2 || doc.Selected < 0 {
		b.Fatalf("nothing to open: %d exchanges, selected %d", len(doc.Exchanges), doc.Selected)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		open()
	}
}

func TestGeneratedSamples(t *testing.T) {
	cases := []struct {
		name      string
		in        []byte
		exchanges int
		status    int
	}{
		{"2KB", samples.Response2KB(), 1, 422},
		{"1MB", samples.JSON1MB(), 1, 200},
		{"10MB", samples.HAR10MB(), 0, 200},
	}
	for _, c := range cases {
		doc := Analyze(c.in, Options{Now: now})
		if c.exchanges > 0 && len(doc.Exchanges) != c.exchanges || len(doc.Exchanges) == 0 {
			t.Fatalf("%s: %d exchanges", c.name, len(doc.Exchanges))
		}
		if got := doc.Exchanges[0].Response.Status; got != c.status {
			t.Errorf("%s: status %d, want %d", c.name, got, c.status)
		}
		if b := doc.Exchanges[0].Response.Body; b == nil || !b.JSON {
			t.Errorf("%s: body not read as valid JSON: %+v", c.name, b)
		}
	}
}
