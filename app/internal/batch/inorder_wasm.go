//go:build wasm

package batch

// The browser runs wasm on one thread: no workers, and none of their code
// in app.wasm.
func procs() int { return 1 }

func run(n, size int, fn func(start, end int)) { inOrder(n, size, fn) }
