package message

import (
	"strings"
	"time"
)

// The time layouts of the three HTTP-date forms of RFC 9110 §5.6.7.
// "GMT" is literal text in them, so a parsed date is always UTC.
const (
	IMFFixdateLayout = "Mon, 02 Jan 2006 15:04:05 GMT"  // the preferred form
	RFC850DateLayout = "Monday, 02-Jan-06 15:04:05 GMT" // obsolete
	AsctimeLayout    = "Mon Jan _2 15:04:05 2006"       // obsolete
)

// httpDateLayouts are the three forms, the preferred one first.
var httpDateLayouts = [...]string{IMFFixdateLayout, RFC850DateLayout, AsctimeLayout}

// ParseHTTPDate reads an HTTP-date in any of its three forms, as UTC.
func ParseHTTPDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if t, ok := ParseIMFFixdate(v); ok {
		return t, true
	}
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

// ParseIMFFixdate reads an IMF-fixdate spelled exactly as servers send it
// ("Sun, 06 Nov 1994 08:49:37 GMT": one space apart, names in title case,
// two-digit fields), as UTC, several times faster than time.Parse. Where it
// says true, time.Parse with the IMF-fixdate layout gives the same time;
// false means only that v is not in that exact shape, and it may still be
// a date time.Parse reads, so the callers fall back to it. Like
// time.Parse it does not check the day name against the date.
func ParseIMFFixdate(v string) (time.Time, bool) {
	if len(v) != len("Sun, 06 Nov 1994 08:49:37 GMT") || v[3] != ',' || v[4] != ' ' || v[7] != ' ' || v[11] != ' ' ||
		v[16] != ' ' || v[19] != ':' || v[22] != ':' || v[25:] != " GMT" || !isName(dayNames, v[:3]) {
		return time.Time{}, false
	}
	m := strings.Index(monthNames, v[8:11])
	day, ok1 := twoDigits(v[5:7])
	year, ok2 := twoDigits(v[12:14])
	year2, ok3 := twoDigits(v[14:16])
	hour, ok4 := twoDigits(v[17:19])
	minute, ok5 := twoDigits(v[20:22])
	sec, ok6 := twoDigits(v[23:25])
	if m < 0 || m%4 != 0 || !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	month, year := time.Month(m/4+1), year*100+year2
	if day < 1 || day > daysIn(month, year) {
		return time.Time{}, false
	}
	return time.Date(year, month, day, hour, minute, sec, 0, time.UTC), true
}

// The names time.Parse reads for "Mon" and "Jan", four bytes apart so
// that a match at a multiple of four is a whole name.
const (
	dayNames   = "Mon Tue Wed Thu Fri Sat Sun "
	monthNames = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec "
)

// isName reports whether s is one of the names in list.
func isName(list, s string) bool {
	i := strings.Index(list, s)
	return i >= 0 && i%4 == 0
}

func twoDigits(s string) (int, bool) {
	if s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), true
}

// daysIn is the length of month in year, by the Gregorian rule time uses.
func daysIn(month time.Month, year int) int {
	switch month {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}
