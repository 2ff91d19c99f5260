package samples

import (
	"io/fs"
	"testing"
)

// Every listed sample has its file, and every file is listed.
func TestSamplesComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range All() {
		txt, ok := Text(s.ID)
		if !ok || len(txt) == 0 {
			t.Errorf("sample %s: no text", s.ID)
		}
		if s.Title == "" {
			t.Errorf("sample %s: no title", s.ID)
		}
		seen[s.file] = true
	}
	entries, err := fs.ReadDir(files, "data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !seen[e.Name()] {
			t.Errorf("data/%s is not listed", e.Name())
		}
	}
	if _, ok := Text("no-such-sample"); ok {
		t.Error("Text found a sample that does not exist")
	}
}
