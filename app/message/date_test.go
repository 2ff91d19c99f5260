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

// TestParseIMFFixdateIsTimeParse checks the fast path against time.Parse:
// on canonical dates (every month, leap days, the edges of each field) it
// must answer, and give what time.Parse gives; on spellings it refuses
// (other cases, odd spacing, fractions, impossible days), time.Parse
// decides, so ParseHTTPDate's answer is unchanged.
func TestParseIMFFixdateIsTimeParse(t *testing.T) {
	const layout = "Mon, 02 Jan 2006 15:04:05 GMT"
	var canonical []string
	for _, d := range []time.Time{
		time.Date(1994, 11, 6, 8, 49, 37, 0, time.UTC),
		time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC),
	} {
		canonical = append(canonical, d.Format(layout))
	}
	for m := 1; m <= 12; m++ {
		canonical = append(canonical, time.Date(2026, time.Month(m), 30-2*(m%2), 12, 0, 0, 0, time.UTC).Format(layout))
	}
	for _, v := range canonical {
		got, ok := ParseIMFFixdate(v)
		want, err := time.Parse(layout, v)
		if !ok || err != nil || !got.Equal(want) || got.Location() != want.Location() {
			t.Errorf("%q: fast %v %v, time.Parse %v %v", v, got, ok, want, err)
		}
	}
	odd := []string{
		"Sun, 29 Feb 1900 08:49:37 GMT", "Sun, 31 Apr 2026 08:49:37 GMT", "Sun, 00 Nov 1994 08:49:37 GMT",
		"Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Nov 1994 08:60:37 GMT", "Sun, 06 Nov 1994 08:49:60 GMT",
		"sun, 06 nov 1994 08:49:37 GMT", "SUN, 06 NOV 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 gmt",
		"Sun,  06 Nov 1994 08:49:37 GMT", "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 8:49:37 GMT",
		"Sun, 06 Nov 1994 08:49:37.5 GMT", "Sun, 06 Nov 94 08:49:37 GMT", "Xyz, 06 Nov 1994 08:49:37 GMT",
		"Sun, 06 Nox 1994 08:49:37 GMT", "n T, 06 Nov 1994 08:49:37 GMT", "Sun, 06 v D 1994 08:49:37 GMT",
		"Sun, 0a Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 06 Nov 1994 08-49-37 GMT",
		"Sun, 06 Nov 1994 08:49:37 GMT ", "Sun, 06 Nov 199x 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
	}
	for _, v := range odd {
		got, ok := ParseIMFFixdate(v)
		want, err := time.Parse(layout, v)
		if ok && (err != nil || !got.Equal(want)) {
			t.Errorf("%q: fast path says %v, time.Parse %v %v", v, got, want, err)
		}
	}
	// Every one-byte change of a canonical date.
	base := []byte("Wed, 29 Feb 2000 23:59:59 GMT")
	for i := range base {
		for _, c := range []byte(" 0123456789:,-.aAeEnNtTuUwWzZGMTbFv\xff") {
			v := append([]byte(nil), base...)
			v[i] = c
			got, ok := ParseIMFFixdate(string(v))
			want, err := time.Parse(layout, string(v))
			if ok && (err != nil || !got.Equal(want)) {
				t.Errorf("%q: fast path says %v, time.Parse %v %v", v, got, want, err)
			}
		}
	}
	if _, ok := ParseIMFFixdate("Sun, 06 Nov 1994 08:49:37 GMT"); !ok {
		t.Error("the canonical example is not read")
	}
}
