package message

import (
	"mime"
	"strings"
	"testing"
)

func TestHeaderLookups(t *testing.T) {
	h := Header{{Name: "Set-Cookie", Value: "a=1", Line: 2}, {Name: "content-type", Value: "text/plain", Line: 3}, {Name: "set-cookie", Value: "b=2", Line: 4}}
	if got := h.Get("Content-Type"); got != "text/plain" {
		t.Errorf("Get = %q", got)
	}
	if got := h.Values("SET-COOKIE"); len(got) != 2 || got[1] != "b=2" {
		t.Errorf("Values = %q", got)
	}
	if f := h.All("set-cookie"); len(f) != 2 || f[1].Line != 4 {
		t.Errorf("All = %+v", f)
	}
	if h.Has("ETag") || h.Get("ETag") != "" {
		t.Error("found a field that is not there")
	}
}

func TestNewBodySniffsJSON(t *testing.T) {
	cases := []struct {
		data, ct        string
		json, sniffed   bool
		mediaType, char string
	}{
		{`{"a":1}`, "application/json; charset=UTF-8", true, false, "application/json", "utf-8"},
		{`{"a":1}`, "application/problem+json", true, false, "application/problem+json", ""},
		{`{"a":1}`, "text/html", true, true, "text/html", ""},
		{` [1,2]`, "", true, true, "", ""},
		{`[INFO] started`, "text/plain", false, false, "text/plain", ""},
		{`<html></html>`, "text/html", false, false, "text/html", ""},
		{`{"a":1}`, "Application/JSON;;bad", true, false, "application/json", ""},
	}
	for _, c := range cases {
		b := NewBody([]byte(c.data), c.ct, 5)
		if b.IsJSON != c.json || b.Sniffed != c.sniffed || b.MediaType != c.mediaType || b.Charset != c.char || b.Line != 5 {
			t.Errorf("NewBody(%q, %q) = json %v sniffed %v type %q charset %q", c.data, c.ct, b.IsJSON, b.Sniffed, b.MediaType, b.Charset)
		}
	}
}

// TestNameIsIsEqualFold checks the quick first-byte refusal against
// strings.EqualFold: every pair of one-byte starts, and names whose
// non-ASCII letters fold to ASCII ones (the Kelvin sign, the long s).
func TestNameIsIsEqualFold(t *testing.T) {
	names := []string{"", "k", "K", "\u212a", "kelvin", "\u212aelvin", "Set-Cookie", "\u017fet-cookie", "set-cookie",
		"@x", "`x", "[", "{", "Date", "date", "DATE", "dat", "\xff", "é", "É"}
	for _, a := range names {
		for _, b := range names {
			if got, want := NameIs(a, b), strings.EqualFold(a, b); got != want {
				t.Errorf("NameIs(%q, %q) = %v, EqualFold %v", a, b, got, want)
			}
		}
	}
	for x := 0; x < 256; x++ {
		for y := 0; y < 256; y++ {
			a, b := string([]byte{byte(x), 'a'}), string([]byte{byte(y), 'a'})
			if got, want := NameIs(a, b), strings.EqualFold(a, b); got != want {
				t.Fatalf("NameIs(%q, %q) = %v, EqualFold %v", a, b, got, want)
			}
		}
	}
	h := Header{{Name: "\u212a-Id", Value: "1"}}
	if h.Get("k-id") != "1" {
		t.Errorf("Get misses a name that folds to the one asked for")
	}
}

// TestMediaTypeWithoutParameters checks the shortcut for a Content-Type
// with no ';' against mime.ParseMediaType and its fallback.
func TestMediaTypeWithoutParameters(t *testing.T) {
	for _, ct := range []string{"application/json", " Application/JSON ", "text/html", "json", "/json", "a/b/c",
		"application/", "application/problem+json", "x y/z", "\xffbad/type", "İ/x", "\tapplication/json\n"} {
		got := NewBody(nil, ct, 1)
		mt, params, err := mime.ParseMediaType(ct)
		if err != nil {
			mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
		}
		if got.MediaType != mt || got.Charset != strings.ToLower(params["charset"]) {
			t.Errorf("%q: %q %q, want %q %q", ct, got.MediaType, got.Charset, mt, params["charset"])
		}
	}
	if b := NewBody(nil, "text/plain; charset=UTF-8", 1); b.MediaType != "text/plain" || b.Charset != "utf-8" {
		t.Errorf("with parameters: %q %q", b.MediaType, b.Charset)
	}
}
