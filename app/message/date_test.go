package message

import (
	"testing"
	"time"
)

func TestParseHTTPDate(t *testing.T) {
	want := time.Date(1994, 11, 6, 8, 49, 37, 0, time.UTC)
	for _, v := range []string{"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", " Sun, 06 Nov 1994 08:49:37 GMT "} {
		if got, ok := ParseHTTPDate(v); !ok || !got.Equal(want) || got.Location() != time.UTC {
			t.Errorf("ParseHTTPDate(%q) = %v, %v", v, got, ok)
		}
	}
	for _, v := range []string{"", "yesterday", "1994-11-06T08:49:37Z", "Sun, 06 Nov 1994 08:49:37 +0100"} {
		if _, ok := ParseHTTPDate(v); ok {
			t.Errorf("ParseHTTPDate(%q) accepted", v)
		}
	}
	r := &Response{Header: Header{{Name: "date", Value: "Sun, 06 Nov 1994 08:49:37 GMT"}}}
	if d, ok := r.Date(); !ok || !d.Equal(want) {
		t.Errorf("Date() = %v, %v", d, ok)
	}
	if _, ok := (*Response)(nil).Date(); ok {
		t.Error("a nil response has a Date")
	}
}
