// Package prose writes the engine's sentences.
package prose

import "strings"

// Sentences joins sentences with a space, as strings.Join of them would,
// in one buffer. Its zero value is empty and ready to use.
type Sentences struct {
	b strings.Builder
	n int // sentences written
}

// Add writes one sentence, given in parts.
func (s *Sentences) Add(parts ...string) {
	if s.n > 0 {
		s.b.WriteByte(' ')
	}
	s.n++
	for _, p := range parts {
		s.b.WriteString(p)
	}
}

// Len is how many sentences were added.
func (s *Sentences) Len() int { return s.n }

// String is the sentences written.
func (s *Sentences) String() string { return s.b.String() }

// Grow makes room for n more bytes.
func (s *Sentences) Grow(n int) { s.b.Grow(n) }
