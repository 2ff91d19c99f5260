package field

import (
	"strings"
	"time"

	"github.com/httpexplain/httpexplain/app/message"
)

// dateForm says which of the three HTTP-date forms (RFC 9110 §5.6.7) a
// value uses.
type dateForm int

const (
	imfFixdate dateForm = iota
	rfc850Date
	asctimeDate
)

var dateLayouts = [...]struct {
	layout string
	form   dateForm
	name   string
}{
	{message.IMFFixdateLayout, imfFixdate, "IMF-fixdate"},
	{message.RFC850DateLayout, rfc850Date, "RFC 850"},
	{message.AsctimeLayout, asctimeDate, "asctime"},
}

// parseHTTPDate parses any of the three HTTP-date forms. It checks that
// the day name matches the date, which time.Parse does not.
func parseHTTPDate(v string) (time.Time, dateForm, bool) {
	if len(v) > 64 {
		return time.Time{}, 0, false
	}
	if t, ok := message.ParseIMFFixdate(v); ok {
		// What the first layout reads, in the shape nearly every
		// server sends, without time.Parse.
		if !strings.HasPrefix(v, t.Weekday().String()[:3]) {
			return time.Time{}, 0, false
		}
		return t, imfFixdate, true
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, v)
		if err != nil {
			continue
		}
		if l.form == rfc850Date && t.Year() >= 2050 {
			// Two-digit years far ahead are taken to be in the past
			// century (RFC 9110 §5.6.7).
			t = t.AddDate(-100, 0, 0)
		}
		if !strings.HasPrefix(v, t.Weekday().String()[:3]) {
			return time.Time{}, 0, false
		}
		return t.UTC(), l.form, true
	}
	return time.Time{}, 0, false
}

// httpDate returns the time a date field states, or false.
func httpDate(v string) (time.Time, bool) {
	t, _, ok := parseHTTPDate(strings.TrimSpace(v))
	return t, ok
}

func checkDate(v string) verdict {
	_, form, ok := parseHTTPDate(v)
	if !ok {
		return invalid("%q is not an HTTP date such as \"Sun, 06 Nov 1994 08:49:37 GMT\"", clip(v))
	}
	if form != imfFixdate {
		return verdict{soft: []raised{{"date.obsolete-format", []string{dateLayouts[form].name}}}}
	}
	return valid()
}
