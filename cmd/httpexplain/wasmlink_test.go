//go:build !wasm

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestWasmLinksNoServer builds the browser binary with its name section and
// checks that go-app's Handler and net/http's server are not in it: they
// would double app.wasm, and the page has no use for them.
func TestWasmLinksNoServer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm")
	}
	out := filepath.Join(t.TempDir(), "named.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the wasm: %v\n%s", err, b)
	}
	wasm, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// The name section holds every linked function's name; the entry point
	// must be there, or the check below proves nothing.
	if !bytes.Contains(wasm, []byte("pkg/app.RunWhenOnBrowser")) {
		t.Fatal("no function names in the build: the check cannot work")
	}
	for _, name := range []string{"pkg/app.(*Handler).ServeHTTP", "net/http.(*Server).Serve", "net/http.(*conn).serve", "cmd/httpexplain.writeSite"} {
		if bytes.Contains(wasm, []byte(name)) {
			t.Errorf("app.wasm links %s", name)
		}
	}
}
