package field

import (
	"strings"
	"time"
)

// parseCookieDate reads an Expires attribute the forgiving way browsers do
// (RFC 6265 §5.1.1): it picks a time, a day, a month name and a year out of
// whatever tokens are there, so "Thu, 01-Jan-1970 00:00:00 GMT" from PHP
// and Java works as well as the strict HTTP date.
func parseCookieDate(v string) (time.Time, bool) {
	if len(v) > 128 {
		return time.Time{}, false
	}
	isDelim := func(r rune) bool {
		return r == '\t' || r >= 0x20 && r <= 0x2f || r >= 0x3b && r <= 0x40 ||
			r >= 0x5b && r <= 0x60 || r >= 0x7b && r <= 0x7e
	}
	var hh, mm, ss, day, year int
	month := -1
	foundTime, foundDay, foundYear := false, false, false
	for _, tok := range strings.FieldsFunc(v, isDelim) {
		switch {
		case !foundTime && cookieTime(tok, &hh, &mm, &ss):
			foundTime = true
		case !foundDay && leadingDigits(tok, 1, 2, &day):
			foundDay = true
		case month < 0 && len(tok) >= 3 && monthIndex(tok[:3]) >= 0:
			month = monthIndex(tok[:3])
		case !foundYear && leadingDigits(tok, 2, 4, &year):
			foundYear = true
		}
	}
	if !foundTime || !foundDay || month < 0 || !foundYear {
		return time.Time{}, false
	}
	switch {
	case year >= 70 && year <= 99:
		year += 1900
	case year <= 69:
		year += 2000
	}
	if day < 1 || day > 31 || year < 1601 || hh > 23 || mm > 59 || ss > 59 {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month+1), day, hh, mm, ss, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false // 31 Feb and the like
	}
	return t, true
}

var monthNames = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func monthIndex(s string) int {
	for i, m := range monthNames {
		if strings.EqualFold(s, m) {
			return i
		}
	}
	return -1
}

// leadingDigits reads min..max digits at the start of tok; any further
// characters must not be digits.
func leadingDigits(tok string, min, max int, out *int) bool {
	n := 0
	for n < len(tok) && tok[n] >= '0' && tok[n] <= '9' {
		n++
	}
	if n < min || n > max {
		return false
	}
	v := 0
	for i := 0; i < n; i++ {
		v = v*10 + int(tok[i]-'0')
	}
	*out = v
	return true
}

// cookieTime reads h:m:s with one or two digits each.
func cookieTime(tok string, hh, mm, ss *int) bool {
	parts := strings.SplitN(tok, ":", 3)
	if len(parts) != 3 {
		return false
	}
	vals := [3]*int{hh, mm, ss}
	for i, p := range parts {
		if i == 2 {
			// The seconds may be followed by non-digits.
			if !leadingDigits(p, 1, 2, vals[i]) {
				return false
			}
			continue
		}
		if len(p) < 1 || len(p) > 2 || !isDigits(p) {
			return false
		}
		leadingDigits(p, 1, 2, vals[i])
	}
	return true
}
