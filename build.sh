#!/usr/bin/env bash
# build.sh: the one entry point.
#
#   ./build.sh serve [ADDR]   build web/app.wasm and serve the page on http://localhost:8000/httpexplain/
#   ./build.sh test           every test: format, vet, native, the engine under GOOS=js (node), and the browser tests
#   ./build.sh build          build web/app.wasm and the httpexplain binary
#   ./build.sh site DIR       write the static site for GitHub Pages (served under /httpexplain/)
#   ./build.sh bench          benchmarks: the Go engine benchmarks and the browser benchmark against the floor app
#   ./build.sh fuzz [TIME]    run every fuzz target for TIME each (default 2m)
set -euo pipefail
cd "$(dirname "$0")"

# Engine packages: they import no UI code and must also work under GOOS=js.
ENGINE="./app/internal/... ./app/samples/... ./app/share/... ./app/message/... ./app/jsontree/... ./app/paste/... ./app/knowledge/... ./app/diagnosis/... ./app/report/..."
WASM_LDFLAGS="-s -w"
# No inlining in the project's own packages: 70 KB less gzip for app.wasm,
# and in the browser no slower but faster (a 10 MB HAR reported in 541
# rather than 752 ms): the browser compiles each function the first time it
# runs, and less code compiles sooner.
WASM_GCFLAGS=("-gcflags=github.com/httpexplain/httpexplain/app/...=-l")

log() { printf '==> %s\n' "$*" >&2; }

need_go() {
	command -v go >/dev/null 2>&1 || { echo "build.sh: Go is not installed (https://go.dev/dl/); install Go 1.26 or newer" >&2; exit 1; }
}

# apt_install installs Debian packages when we may (root, apt-get present).
apt_install() {
	if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
		echo "build.sh: please install: $* (needs root and apt-get here)" >&2
		exit 1
	fi
	log "installing $*"
	if [ -z "${APT_UPDATED:-}" ]; then
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
		APT_UPDATED=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_node() { command -v node >/dev/null 2>&1 || apt_install nodejs; }

# The browser tests drive Debian's Chromium; find it or install it.
ensure_browser() {
	for b in chromium chromium-browser google-chrome; do
		if command -v "$b" >/dev/null 2>&1; then
			export HTTPEXPLAIN_BROWSER="$(command -v "$b")"
			return
		fi
	done
	apt_install chromium
	export HTTPEXPLAIN_BROWSER="$(command -v chromium)"
}

build_wasm() {
	need_go
	log "building web/app.wasm"
	GOOS=js GOARCH=wasm go build -trimpath -ldflags="$WASM_LDFLAGS" "${WASM_GCFLAGS[@]}" -o web/app.wasm ./cmd/httpexplain
	local raw gz
	raw=$(stat -c %s web/app.wasm)
	gz=$(gzip -9 -c web/app.wasm | wc -c)
	log "web/app.wasm: $raw bytes, $gz bytes gzip -9"
}

cmd_build() {
	build_wasm
	log "building ./httpexplain"
	go build -trimpath -o httpexplain ./cmd/httpexplain
}

cmd_serve() {
	build_wasm
	go run ./cmd/httpexplain serve --addr "${1:-localhost:8000}"
}

cmd_site() {
	[ $# -eq 1 ] || { echo "usage: ./build.sh site DIR" >&2; exit 2; }
	build_wasm
	go run ./cmd/httpexplain site "$1"
}

cmd_test() {
	need_go
	ensure_node
	ensure_browser
	log "gofmt"
	local unformatted
	unformatted=$(gofmt -l app cmd)
	if [ -n "$unformatted" ]; then
		echo "build.sh: gofmt would change:" >&2
		echo "$unformatted" >&2
		exit 1
	fi
	log "go vet (native and wasm)"
	go vet ./...
	GOOS=js GOARCH=wasm go vet ./...
	build_wasm
	log "native tests (including the browser tests)"
	go test -count=1 ./...
	log "engine tests under GOOS=js GOARCH=wasm (node)"
	# shellcheck disable=SC2086
	GOOS=js GOARCH=wasm go test -count=1 -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" $ENGINE
	# The page's own tests need a DOM, so run natively; those named TestWasm
	# are about Go's wasm runtime itself and run on node.
	log "page tests of the wasm runtime (node)"
	GOOS=js GOARCH=wasm go test -count=1 -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" -run '^TestWasm' ./app/ui/
}

# cmd_bench ARGS: ARGS go to the browser bench (httpexplain bench --help),
# e.g. ./build.sh bench --runs 3. The floor app (app/ui/floor) is built the
# same way as the app, into a temporary folder, so every run measures both.
cmd_bench() {
	need_go
	log "Go benchmarks"
	# shellcheck disable=SC2086
	go test -run='^$' -bench=. -benchmem $ENGINE
	ensure_browser
	build_wasm
	local floor
	floor=$(mktemp -d)
	# shellcheck disable=SC2064
	trap "rm -rf '$floor'" EXIT
	log "building the floor app"
	GOOS=js GOARCH=wasm go build -tags floor -trimpath -ldflags="$WASM_LDFLAGS" "${WASM_GCFLAGS[@]}" -o "$floor/app.wasm" ./cmd/httpexplain
	log "browser benchmark"
	go run ./cmd/httpexplain bench --web web --floor-wasm "$floor/app.wasm" "$@"
}

cmd_fuzz() {
	need_go
	local t="${1:-2m}"
	for pkg in $(go list ./app/...); do
		for f in $(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true); do
			log "fuzz $pkg $f for $t"
			go test -run='^$' -fuzz="^$f\$" -fuzztime="$t" "$pkg"
		done
	done
}

case "${1:-}" in
serve) shift; cmd_serve "$@" ;;
test) shift; cmd_test "$@" ;;
build) shift; cmd_build "$@" ;;
wasm) shift; build_wasm ;;
site) shift; cmd_site "$@" ;;
bench) shift; cmd_bench "$@" ;;
fuzz) shift; cmd_fuzz "$@" ;;
*)
	sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac
