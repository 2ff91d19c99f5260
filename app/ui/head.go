package ui

// Head returns the extra tags for the page's <head>: a Content-Security-Policy
// that lets the page run only its own scripts and wasm and talk to no one,
// since GitHub Pages sets no headers of its own.
func Head() []string {
	return []string{
		`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'none'; object-src 'none'">`,
		`<meta name="referrer" content="no-referrer">`,
	}
}
