//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/httpexplain/httpexplain/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// prefix is the path GitHub Pages serves the project under.
const prefix = "/httpexplain"

// handler is the go-app handler that describes the page. It only ever runs
// here, to write the static files; the wasm build does not link it.
func handler(version string) *app.Handler {
	return &app.Handler{
		Name:        "httpexplain",
		ShortName:   "httpexplain",
		Title:       "httpexplain: paste an HTTP response, get it explained",
		Description: "Explains pasted HTTP responses, curl output and HAR files in your browser. Nothing leaves the page.",
		Lang:        "en",
		// The project's GitHub Pages host; go-app builds og:url from it.
		Domain:       "httpexplain.github.io",
		Author:       "httpexplain",
		LoadingLabel: "Loading httpexplain {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-512.png",
		},
		Styles:          []string{"/web/app.css", "/web/body.css"},
		BackgroundColor: "#ffffff",
		ThemeColor:      "#1f4e79",
		Resources:       app.GitHubPages("httpexplain"),
		Version:         version,
		RawHeaders:      ui.Head(),
		// go-app's worker, made to cache the page at "/httpexplain/" too,
		// so the page opens offline after the first visit.
		ServiceWorkerTemplate: ui.ServiceWorker(),
	}
}

// writeSite writes the static site into dir, with webDir's files (app.wasm,
// CSS, icons) copied under dir/web.
func writeSite(dir, webDir string) error {
	wasm, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return fmt.Errorf("%s/app.wasm is missing: build it first (./build.sh wasm)", webDir)
	}
	// The version names the build, so the service worker updates exactly
	// when the wasm changes.
	sum := sha256.Sum256(wasm)
	ui.Routes()
	if err := app.GenerateStaticWebsite(dir, handler(hex.EncodeToString(sum[:8]))); err != nil {
		return err
	}
	return copyDir(webDir, filepath.Join(dir, "web"))
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(path)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
}

func runSite(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("site", flag.ContinueOnError)
	fset.SetOutput(stderr)
	webDir := fset.String("web", "web", "folder holding app.wasm and the static resources")
	if err := fset.Parse(reorder(args, "web")); err != nil {
		return 2
	}
	if fset.NArg() != 1 {
		fmt.Fprintln(stderr, "httpexplain site: give the folder to write the site into")
		return 2
	}
	if err := writeSite(fset.Arg(0), *webDir); err != nil {
		fmt.Fprintf(stderr, "httpexplain site: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "site written to %s (serve it under %s/)\n", fset.Arg(0), prefix)
	return 0
}

// siteServer serves a written site under the GitHub Pages prefix, the way
// GitHub Pages does, and sends / there.
func siteServer(dir string) http.Handler {
	mux := http.NewServeMux()
	files := http.StripPrefix(prefix, http.FileServer(http.Dir(dir)))
	mux.Handle(prefix+"/", files)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" || r.URL.Path == prefix {
			http.Redirect(w, r, prefix+"/", http.StatusFound)
			return
		}
		http.NotFound(w, r)
	})
	return mux
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("serve", flag.ContinueOnError)
	fset.SetOutput(stderr)
	addr := fset.String("addr", "localhost:8000", "address to listen on")
	webDir := fset.String("web", "web", "folder holding app.wasm and the static resources")
	if err := fset.Parse(args); err != nil {
		return 2
	}
	dir, err := os.MkdirTemp("", "httpexplain-site-")
	if err != nil {
		fmt.Fprintf(stderr, "httpexplain serve: %v\n", err)
		return 1
	}
	defer os.RemoveAll(dir)
	if err := writeSite(dir, *webDir); err != nil {
		fmt.Fprintf(stderr, "httpexplain serve: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "httpexplain serve: %v\n", err)
		return 1
	}
	url := "http://" + strings.Replace(ln.Addr().String(), "127.0.0.1", "localhost", 1) + prefix + "/"
	fmt.Fprintf(stdout, "serving httpexplain on %s (Ctrl-C to stop)\n", url)
	if err := http.Serve(ln, siteServer(dir)); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "httpexplain serve: %v\n", err)
		return 1
	}
	return 0
}
