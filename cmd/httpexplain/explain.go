//go:build !wasm

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/httpexplain/httpexplain/app/message"
	"github.com/httpexplain/httpexplain/app/report"
)

// maxInput bounds what explain reads, like the page does.
const maxInput = 128 << 20

func runExplain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, markdown or json")
	nowFlag := fs.String("now", "", "the instant to treat as now (RFC 3339); default: the clock")
	vendorFlag := fs.String("vendor", "", "force a vendor profile by id (see httpexplain knowledge)")
	colorFlag := fs.String("color", "auto", "colour in text output: auto, always or never")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "httpexplain explain: give one FILE, or - for standard input")
		return 2
	}
	switch *format {
	case "text", "markdown", "json":
	default:
		fmt.Fprintf(stderr, "httpexplain explain: --format must be text, markdown or json, not %q\n", *format)
		return 2
	}
	now := time.Now()
	if *nowFlag != "" {
		t, err := time.Parse(time.RFC3339, *nowFlag)
		if err != nil {
			fmt.Fprintf(stderr, "httpexplain explain: --now wants an RFC 3339 time like 2026-01-02T15:04:05Z: %v\n", err)
			return 2
		}
		now = t
	}
	if *vendorFlag != "" && !report.KnownVendor(*vendorFlag) {
		fmt.Fprintf(stderr, "httpexplain explain: unknown vendor %q; known: %s\n", *vendorFlag, report.VendorIDs())
		return 2
	}
	in := stdin
	name := "standard input"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintf(stderr, "httpexplain explain: %v\n", err)
			return 2
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	}
	data, err := io.ReadAll(io.LimitReader(in, maxInput+1))
	if err != nil {
		fmt.Fprintf(stderr, "httpexplain explain: reading %s: %v\n", name, err)
		return 2
	}
	doc := report.Analyze(data, report.Options{Now: now, Vendor: *vendorFlag})
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			fmt.Fprintf(stderr, "httpexplain explain: %v\n", err)
			return 2
		}
	case "markdown":
		io.WriteString(stdout, doc.Markdown())
	default:
		doc.WriteText(stdout, useColor(*colorFlag, stdout))
	}
	if doc.InputFormat == message.FormatUnknown {
		for _, d := range doc.Diagnostics {
			if d.Level == string(message.Error) {
				fmt.Fprintf(stderr, "httpexplain: %s\n", d.Message)
				break
			}
		}
		return 1
	}
	return 0
}

// useColor decides on ANSI colour: only for a terminal, unless forced, and
// never when NO_COLOR is set.
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
