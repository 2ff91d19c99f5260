package ui

import (
	"testing"
	"time"
)

func TestZoneLocal(t *testing.T) {
	winter := time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)
	summer := time.Date(2026, 7, 1, 12, 30, 5, 0, time.UTC)
	ny := Zone{Name: "America/New_York", Offset: func(time.Time) int { return -5 * 3600 }}
	india := Zone{Name: "", Offset: func(time.Time) int { return 5*3600 + 1800 }}
	tests := []struct {
		z    Zone
		at   time.Time
		want string
	}{
		{paris, winter, "Wed 1 Jan 2014, 01:00:00 Europe/Paris (UTC+01:00)"},
		{paris, summer, "Wed 1 Jul 2026, 14:30:05 Europe/Paris (UTC+02:00)"},
		{ny, winter, "Tue 31 Dec 2013, 19:00:00 America/New_York (UTC-05:00)"},
		{india, winter, "Wed 1 Jan 2014, 05:30:00 UTC+05:30"},
		{UTC, winter, "Wed 1 Jan 2014, 00:00:00 UTC"},
	}
	for _, tt := range tests {
		if got := tt.z.Local(tt.at); got != tt.want {
			t.Errorf("%s at %v: got %q, want %q", tt.z.Name, tt.at, got, tt.want)
		}
	}
	if got := UTCTime(summer); got != "Wed 1 Jul 2026, 12:30:05 UTC" {
		t.Errorf("UTCTime = %q", got)
	}
}

func TestCountdown(t *testing.T) {
	base := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		d    time.Duration
		want string
	}{
		{12 * time.Second, "resets in 12 s"},
		{3*time.Minute + 5*time.Second, "resets in 3 min 05 s"},
		{time.Hour + 2*time.Minute + 5*time.Second, "resets in 1 h 02 min 05 s"},
		{50 * time.Hour, "resets in 2 days 2 h"},
		{0, "already reset 0 s ago"},
		{-90 * time.Second, "already reset 1 min 30 s ago"},
		{-12 * 366 * 24 * time.Hour, "already reset 12 years ago"},
	}
	for _, tt := range tests {
		if got := Countdown(base.Add(tt.d), base, "resets in", "already reset"); got != tt.want {
			t.Errorf("%v: got %q, want %q", tt.d, got, tt.want)
		}
	}
}
