//go:build !wasm

// Command httpexplain explains pasted HTTP responses in a terminal, and
// builds and serves the httpexplain web page.
//
//	httpexplain explain [--format text|markdown|json] [--now RFC3339] [--vendor ID] [FILE|-]
//	httpexplain status CODE [--vendor ID]
//	httpexplain field NAME
//	httpexplain knowledge [--format json|text]
//	httpexplain site DIR          write the static site for GitHub Pages
//	httpexplain serve [--addr A]  build the site in a temporary folder and serve it
//
// Exit status: 0 when the input was understood, 1 when nothing in it looks
// like HTTP, 2 for unusable arguments.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `usage:
  httpexplain explain [--format text|markdown|json] [--now RFC3339] [--vendor ID] [FILE|-]
  httpexplain status CODE [--vendor ID]
  httpexplain field NAME
  httpexplain knowledge [--format json|text]
  httpexplain site DIR
  httpexplain serve [--addr :8000] [--web DIR]
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "explain":
		return runExplain(rest, stdin, stdout, stderr)
	case "status":
		return runStatus(rest, stdout, stderr)
	case "field":
		return runField(rest, stdout, stderr)
	case "knowledge":
		return runKnowledge(rest, stdout, stderr)
	case "site":
		return runSite(rest, stdout, stderr)
	case "serve":
		return runServe(rest, stdout, stderr)
	case "bench":
		return runBench(rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "httpexplain: unknown command %q\n%s", cmd, usage)
	return 2
}
