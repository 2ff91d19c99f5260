//go:build !wasm

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/report"
)

func runStatus(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	fs.SetOutput(stderr)
	vendorFlag := fs.String("vendor", "", "vendor profile id")
	format := fs.String("format", "text", "text or json")
	if err := fs.Parse(reorder(args, "vendor", "format")); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "httpexplain status: give one status code, like 429")
		return 2
	}
	code, err := strconv.Atoi(fs.Arg(0))
	if err != nil || code < 100 || code > 999 {
		fmt.Fprintf(stderr, "httpexplain status: %q is not a three-digit status code\n", fs.Arg(0))
		return 2
	}
	if *vendorFlag != "" && !report.KnownVendor(*vendorFlag) {
		fmt.Fprintf(stderr, "httpexplain status: unknown vendor %q; known: %s\n", *vendorFlag, report.VendorIDs())
		return 2
	}
	st := report.StatusFor(code, *vendorFlag)
	if *format == "json" {
		return writeJSON(stdout, stderr, st)
	}
	io.WriteString(stdout, report.StatusText(st))
	return 0
}

func runField(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("field", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "text or json")
	if err := fs.Parse(reorder(args, "format")); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "httpexplain field: give one field name, like Retry-After")
		return 2
	}
	f := report.FieldFor(fs.Arg(0))
	if *format == "json" {
		return writeJSON(stdout, stderr, f)
	}
	io.WriteString(stdout, report.FieldText(f))
	if !f.Known {
		return 1
	}
	return 0
}

func runKnowledge(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("knowledge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "json or text")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	k := report.Knowledge()
	if *format == "json" {
		return writeJSON(stdout, stderr, k)
	}
	fmt.Fprintf(stdout, "%d status codes, %d header fields, %d vendor profiles, %d notes\n",
		len(k.Statuses), len(k.Fields), len(k.Vendors), len(k.Notes))
	for _, v := range k.Vendors {
		fmt.Fprintf(stdout, "vendor %s: %s\n", v.ID, v.Name)
	}
	return 0
}

func writeJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(stderr, "httpexplain: %v\n", err)
		return 2
	}
	return 0
}

// reorder moves the named flags (with their values) before the positional
// arguments, so "status 401 --vendor authrocket-v1" works as people type it.
func reorder(args []string, names ...string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		isFlag := false
		for _, n := range names {
			if a == "-"+n || a == "--"+n {
				isFlag = true
				flags = append(flags, a)
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			} else if strings.HasPrefix(a, "-"+n+"=") || strings.HasPrefix(a, "--"+n+"=") {
				isFlag = true
				flags = append(flags, a)
			}
		}
		if !isFlag {
			pos = append(pos, a)
		}
	}
	return append(flags, pos...)
}
