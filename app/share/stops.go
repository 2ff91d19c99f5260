package share

// stopSet names a set of bytes at which the line scanner's value readers
// stop.
type stopSet uint8

const (
	jsonStops    stopSet = iota // '"' and '\\': a JSON string may end there
	bracketStops                // and ']': curl 8's "[name: value]"
	wordStops                   // and ' ', '\t': HTTPie's Name:value
	blankStops                  // ' ', '\t': after an Authorization scheme
	nStopSets
)

var stopSets = [nStopSets]byteSet{
	jsonStops:    setOf("\"\\"),
	bracketStops: setOf("]\"\\"),
	wordStops:    setOf(" \t\"\\"),
	blankStops:   setOf(" \t"),
}

// readMemo is a value reader's last answer: from from, reading up to end,
// it stopped at at.
type readMemo struct{ from, at, end int }

// answers reports whether a read from from up to end stops where the
// remembered one did: it starts inside the stretch that one read.
func (m readMemo) answers(from, end int) bool {
	return m.end == end && m.from <= from && from <= m.at
}

// nextStop returns where the first byte of set k in c.s[from:end] is, or
// end. A header standing in an earlier one's value (see resume) asks again
// from further on: the answer is remembered, so no stretch is read twice.
func (c *collector) nextStop(k stopSet, from, end int) int {
	if m := c.stops[k]; m.answers(from, end) {
		return m.at
	}
	set := &stopSets[k]
	at := from
	for at < end && !set[c.s[at]] {
		at++
	}
	c.reads += at - from
	c.stops[k] = readMemo{from, at, end}
	return at
}
