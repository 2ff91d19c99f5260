package message

import "testing"

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
