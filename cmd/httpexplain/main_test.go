//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runWith(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const sample429 = "HTTP/1.1 429 Too Many Requests\r\nDate: Tue, 31 Dec 2013 23:56:40 GMT\r\nX-RateLimit-Limit: 1234\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: 1388534400\r\nContent-Type: application/json\r\n\r\n{\"message\":\"slow down\"}"

func TestExplainJSONSchema(t *testing.T) {
	code, out, stderr := runWith(t, sample429, "explain", "--format", "json", "--now", "2013-12-31T23:56:40Z", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"input_format", "diagnostics", "exchanges"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("top level lacks %q", k)
		}
	}
	exs, _ := doc["exchanges"].([]any)
	if len(exs) != 1 {
		t.Fatalf("exchanges = %v", doc["exchanges"])
	}
	ex := exs[0].(map[string]any)
	for _, k := range []string{"request", "response", "notes", "status", "vendor", "fields", "validation", "rate_limit", "tokens", "ids", "summary", "next_steps"} {
		if _, ok := ex[k]; !ok {
			t.Errorf("exchange lacks %q", k)
		}
	}
	resp := ex["response"].(map[string]any)
	for _, k := range []string{"http_version", "status", "reason", "headers", "trailers", "body"} {
		if _, ok := resp[k]; !ok {
			t.Errorf("response lacks %q", k)
		}
	}
	if resp["status"].(float64) != 429 {
		t.Errorf("status = %v", resp["status"])
	}
	body := resp["body"].(map[string]any)
	for _, k := range []string{"length", "sha256", "media_type", "json", "json_error"} {
		if _, ok := body[k]; !ok {
			t.Errorf("body lacks %q", k)
		}
	}
	h := resp["headers"].([]any)[0].([]any)
	if h[0] != "Date" || h[1] != "Tue, 31 Dec 2013 23:56:40 GMT" {
		t.Errorf("first header = %v", h)
	}
}

func TestExplainExitCodes(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "r.txt")
	os.WriteFile(f, []byte(sample429), 0o644)
	cases := []struct {
		name  string
		stdin string
		args  []string
		code  int
	}{
		{"file", "", []string{"explain", f}, 0},
		{"markdown", sample429, []string{"explain", "--format", "markdown"}, 0},
		{"not http", "hello, how are you?\nfine thanks\n", []string{"explain", "-"}, 1},
		{"bad format", sample429, []string{"explain", "--format", "yaml"}, 2},
		{"bad now", sample429, []string{"explain", "--now", "yesterday"}, 2},
		{"two files", "", []string{"explain", f, f}, 2},
		{"missing file", "", []string{"explain", filepath.Join(dir, "nope")}, 2},
		{"unknown command", "", []string{"frobnicate"}, 2},
		{"no command", "", nil, 2},
		{"bad status", "", []string{"status", "abc"}, 2},
		{"status", "", []string{"status", "429"}, 0},
		{"knowledge", "", []string{"knowledge", "--format", "json"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runWith(t, c.stdin, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.code, stderr)
			}
		})
	}
}

func TestNotHTTPSaysWhatWasExpected(t *testing.T) {
	_, _, stderr := runWith(t, "just some words\n", "explain")
	if !strings.Contains(stderr, "expected") {
		t.Errorf("stderr does not say what was expected: %q", stderr)
	}
}

func TestReorder(t *testing.T) {
	got := strings.Join(reorder([]string{"401", "--vendor", "authrocket-v1"}, "vendor"), " ")
	if got != "--vendor authrocket-v1 401" {
		t.Errorf("reorder = %q", got)
	}
}
