package field

import (
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// checkDates compares the response's own clocks: Date, Age, Last-Modified.
func checkDates(c *checker) {
	if c.first("Date") < 0 && c.resp.Version != "" && c.resp.Status >= 200 && c.resp.Status < 500 {
		c.raiseExchange("date.missing")
	}
	if !c.hasDate {
		return
	}
	if i := c.first("Age"); i >= 0 {
		if age, ok := parseDelta(strings.TrimSpace(c.h[i].Value)); ok && age > 0 {
			c.raiseField(i, "date.age",
				formatDuration(age)+" (Age: "+strconv.FormatInt(age, 10)+")",
				c.date.Format(message.IMFFixdateLayout))
		}
	}
	if i := c.first("Last-Modified"); i >= 0 {
		if lm, ok := httpDate(c.h[i].Value); ok && lm.After(c.date) {
			c.raiseField(i, "date.last-modified-future", lm.Format(message.IMFFixdateLayout), c.date.Format(message.IMFFixdateLayout))
		}
	}
}

// formatDuration writes seconds the way people say them: "45 s",
// "5 min 30 s", "1 h 0 min", "3 d 4 h".
func formatDuration(secs int64) string {
	switch {
	case secs < 60:
		return strconv.FormatInt(secs, 10) + " s"
	case secs < 3600:
		return strconv.FormatInt(secs/60, 10) + " min " + strconv.FormatInt(secs%60, 10) + " s"
	case secs < 86400:
		return strconv.FormatInt(secs/3600, 10) + " h " + strconv.FormatInt(secs%3600/60, 10) + " min"
	case secs < 1<<40:
		return strconv.FormatInt(secs/86400, 10) + " d " + strconv.FormatInt(secs%86400/3600, 10) + " h"
	}
	return "practically forever"
}
