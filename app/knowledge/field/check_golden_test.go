package field

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/knowledge/note"
)

// update rewrites golden files: go test ./app/knowledge/field/ -run CheckGolden -update
var update = updateFlag()

// updateFlag defines -update once, reusing it if another test file of the
// package already has.
func updateFlag() *bool {
	if f := flag.Lookup("update"); f != nil {
		if g, ok := f.Value.(flag.Getter); ok {
			if b, ok := g.Get().(bool); ok {
				return &b
			}
		}
	}
	return flag.Bool("update", false, "rewrite golden files")
}

// golden is what a sample's golden file holds.
type golden struct {
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
			got, err := json.MarshalIndent(golden{rs, ns}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			want := strings.TrimSuffix(file, ".http") + ".golden.json"
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, exp) {
				t.Errorf("output differs from %s; run with -update and review the diff\n%s", want, got)
			}
		})
	}
}
