// Package note holds the unit every check reports: a note with a stable id,
// a level, the subject it speaks of, and its words.
package note

// Level grades a note.
type Level string

// Note levels, from best to worst.
const (
	Good Level = "good"
	Info Level = "info"
	Warn Level = "warn"
	Bad  Level = "bad"
)

// Def is a kind of note a check can raise: its id, level and words. Ids are
// stable ("cache.no-validator"); tests and the UI use ids, never wording.
type Def struct {
	ID        string
	Level     Level
	Summary   string // one line; may hold %s verbs filled by the check
	Detail    string // a few sentences
	Reference string // URL
}

// Note is one raised note.
type Note struct {
	ID    string
	Level Level
	// Subject is what the note speaks of: "status", "body", "header:Name",
	// "request", "exchange".
	Subject   string
	Summary   string
	Detail    string
	Reference string
	// Line is the line of the paste the note points at, 0 when none.
	Line int
}
