package share

import (
	"encoding/json"
	"strings"
	"testing"
)

// maxGrowth bounds how much Redact can lengthen a paste: every secret is
// at least one byte and its replacement at most `\"REDACTED\"`.
const maxGrowth = len(`\"REDACTED\"`)

func FuzzRedact(f *testing.F) {
	for _, tc := range samples {
		f.Add(readSample(f, tc.file))
	}
	for _, s := range []string{
		`{"pin":1,"cvc":2}`, `{"a":"Cookie: x=1","b":{"password":"p"},"c":[{"name":"token","value":7}]}`, `{"t":"{\"otp\":1}"}`, "Cookie: a=1;b=2;c", "Set-Cookie: a=1, b=2; Path=/",
		"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "https://u:p@h", "-u a:b", "Basic YTpi", "> > Authorization: x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r := Redact(in, Options{})
		if len(r.Text) > maxGrowth*len(in) || len(r.Text) > len(in)+(maxGrowth-1)*r.Removed {
			t.Fatalf("output %d bytes for %d bytes with %d redactions", len(r.Text), len(in), r.Removed)
		}
		if r.Removed > r.Found || len(r.Redactions) > r.Found || len(r.Redactions) > MaxListed {
			t.Fatalf("counts: found %d removed %d listed %d", r.Found, r.Removed, len(r.Redactions))
		}
		if len(r.Redactions) > 0 && !strings.HasPrefix(r.Text, in[:r.Redactions[0].Offset]) {
			t.Fatalf("text before the first secret changed")
		}
		last := -1
		for _, d := range r.Redactions {
			if d.Offset <= last || d.Length <= 0 || d.Offset+d.Length > len(in) || d.Kept {
				t.Fatalf("bad redaction %+v after offset %d", d, last)
			}
			last = d.Offset
		}
		if json.Valid([]byte(in)) && !json.Valid([]byte(r.Text)) {
			t.Fatalf("valid JSON became invalid:\n%s\n%s", in, r.Text)
		}
		// A second pass may tidy punctuation next to a REDACTED, but any
		// letter or digit it still takes out is a secret the first pass
		// only partly removed.
		if again := Redact(r.Text, Options{}); alnums(again.Text) != alnums(r.Text) {
			t.Fatalf("a second pass took out more:\n%q\n%q", r.Text, again.Text)
		}
		if k := Redact(in, Options{Keep: true}); k.Text != in || k.Found != r.Found || k.Removed != 0 {
			t.Fatalf("Keep: changed text or counts (%d/%d vs %d)", k.Found, k.Removed, r.Found)
		}
	})
}

// alnums counts the letters and digits of s outside the word REDACTED.
func alnums(s string) int {
	n := 0
	for _, ch := range []byte(strings.ReplaceAll(s, Replacement, "")) {
		if ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' {
			n++
		}
	}
	return n
}

func FuzzDecode(f *testing.F) {
	f.Add(Encode("HTTP/1.1 200 OK\n\nhi"))
	f.Add("#paste=" + Encode("x"))
	f.Add("#v1.")
	f.Add("v2.abc")
	f.Add("#v1.AAAA")
	f.Add(Encode(strings.Repeat("ab", 1000))[:30])
	f.Fuzz(func(t *testing.T, in string) {
		out, err := Decode(in)
		if err != nil {
			if out != "" {
				t.Fatalf("error %v with output", err)
			}
		} else if len(out) > MaxDecoded {
			t.Fatalf("decoded %d bytes past the bound", len(out))
		}
		// Any text survives a round trip.
		if back, err := Decode(Encode(in)); err != nil || back != in {
			t.Fatalf("round trip of %q: %q, %v", in, back, err)
		}
	})
}
