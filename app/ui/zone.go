package ui

import (
	"fmt"
	"time"
)

// Zone is the reader's time zone. Under GOOS=js time.Local is always UTC
// and no zone database is shipped, so the page asks the browser for the
// zone's name and for its offset at each instant (offsets change with
// daylight saving time).
type Zone struct {
	// Name is the IANA name the browser reports ("Europe/Paris"), or "" for
	// an unnamed zone.
	Name string
	// Offset returns the zone's offset east of UTC at t, in seconds; nil
	// means UTC.
	Offset func(t time.Time) int
}

// UTC is the zone used when the browser says nothing, and in tests.
var UTC = Zone{Name: "UTC"}

// In returns t in the reader's zone.
func (z Zone) In(t time.Time) time.Time {
	off := 0
	if z.Offset != nil {
		off = z.Offset(t)
	}
	name := z.Name
	if name == "" {
		name = offsetName(off)
	}
	return t.In(time.FixedZone(name, off))
}

// Local formats t as a clock time in the reader's zone, naming the zone and
// its offset so a reader can repeat it to a customer in another zone.
func (z Zone) Local(t time.Time) string {
	l := z.In(t)
	_, off := l.Zone()
	name := z.Name
	if name == "" || name == "UTC" && off == 0 {
		return l.Format("Mon 2 Jan 2006, 15:04:05") + " " + offsetName(off)
	}
	return fmt.Sprintf("%s %s (%s)", l.Format("Mon 2 Jan 2006, 15:04:05"), name, offsetName(off))
}

// UTCTime formats t as a clock time in UTC.
func UTCTime(t time.Time) string {
	return t.UTC().Format("Mon 2 Jan 2006, 15:04:05") + " UTC"
}

// offsetName writes an offset as "UTC+01:00".
func offsetName(sec int) string {
	if sec == 0 {
		return "UTC"
	}
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	return fmt.Sprintf("UTC%c%02d:%02d", sign, sec/3600, sec%3600/60)
}

// Countdown says how far t is from now: "in 3 min 20 s" or
// "already reset 2 min 5 s ago" (the past phrase is given by the caller).
func Countdown(t, now time.Time, future, past string) string {
	d := t.Sub(now).Round(time.Second)
	if d > 0 {
		return future + " " + clock(d)
	}
	return past + " " + clock(-d) + " ago"
}

// clock writes a duration with seconds, so a live countdown visibly moves:
// "1 h 02 min 05 s", "3 min 20 s", "12 s"; days and years stay coarse.
func clock(d time.Duration) string {
	s := int64(d / time.Second)
	days := s / 86400
	switch {
	case days >= 730:
		return fmt.Sprintf("%d years", days/365)
	case days >= 2:
		return fmt.Sprintf("%d days %d h", days, s%86400/3600)
	case s >= 3600:
		return fmt.Sprintf("%d h %02d min %02d s", s/3600, s%3600/60, s%60)
	case s >= 60:
		return fmt.Sprintf("%d min %02d s", s/60, s%60)
	}
	return fmt.Sprintf("%d s", s)
}
