package prose

import "testing"

func TestSentences(t *testing.T) {
	var s Sentences
	if s.String() != "" || s.Len() != 0 {
		t.Fatalf("zero value %q, %d", s.String(), s.Len())
	}
	s.Add("One.")
	s.Add("Two ", "parts.")
	if got, want := s.String(), "One. Two parts."; got != want || s.Len() != 2 {
		t.Errorf("got %q (%d), want %q (2)", got, s.Len(), want)
	}
}
