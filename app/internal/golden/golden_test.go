package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps what Check reports.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Errorf(f string, a ...any) { r.errors = append(r.errors, f) }
func (r *recorder) Fatalf(f string, a ...any) { r.errors = append(r.errors, f) }
func (r *recorder) Fatal(a ...any)            { r.errors = append(r.errors, "fatal") }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	os.WriteFile(path, []byte("a\nb\n"), 0o644)
	r := &recorder{TB: t}
	Check(r, path, []byte("a\nb\n"))
	if len(r.errors) != 0 {
		t.Errorf("equal output reported: %v", r.errors)
	}
	Check(r, path, []byte("a\nc\n"))
	if len(r.errors) != 1 {
		t.Errorf("different output not reported")
	}
	Check(r, filepath.Join(t.TempDir(), "missing"), nil)
	if len(r.errors) != 2 {
		t.Errorf("missing golden file not reported")
	}
}

func TestFirstDiff(t *testing.T) {
	if d := FirstDiff([]byte("a\nb"), []byte("a\nc")); !strings.Contains(d, "line 2") {
		t.Errorf("FirstDiff = %q", d)
	}
}
