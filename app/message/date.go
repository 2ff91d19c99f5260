package message

import (
	"strings"
	"time"
)

// httpDateLayouts are the three HTTP-date forms of RFC 9110 §5.6.7:
// IMF-fixdate, the obsolete RFC 850 form and asctime. "GMT" is literal
// text in them, so a parsed date is always UTC.
var httpDateLayouts = [...]string{
	"Mon, 02 Jan 2006 15:04:05 GMT",
	"Monday, 02-Jan-06 15:04:05 GMT",
	"Mon Jan _2 15:04:05 2006",
}

// ParseHTTPDate reads an HTTP-date in any of its three forms, as UTC.
func ParseHTTPDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	for _, l := range httpDateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// Date returns the response's Date field as a time, and whether it holds
// a readable HTTP-date.
func (r *Response) Date() (time.Time, bool) {
	if r == nil {
		return time.Time{}, false
	}
	return ParseHTTPDate(r.Header.Get("Date"))
}
