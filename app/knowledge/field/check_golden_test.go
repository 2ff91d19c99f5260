package field

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/internal/golden"

	"github.com/httpexplain/httpexplain/app/knowledge/note"
)

// goldenFile is what a sample's golden file holds.
type goldenFile struct {
	Results []Result    `json:"results"`
	Notes   []note.Note `json:"notes"`
}

func TestCheckGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "checks", "*.http"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			rs, ns := check(sample(t, strings.TrimRight(string(src), "\n")), testLookup)
			got, err := json.MarshalIndent(goldenFile{rs, ns}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			want := strings.TrimSuffix(file, ".http") + ".golden.json"
			golden.Check(t, want, got)
		})
	}
}
