// Package batch shares out work on the items of a list among the
// processors, for the command line's explain of a HAR of thousands of
// entries. In the browser there is one thread, and the work runs in order.
package batch

// Worth reports whether Run would share out n items in batches of size:
// with more than one processor and at least four batches of work; else
// the caller is better off with its plain loop.
func Worth(n, size int) bool {
	return procs() > 1 && n >= 4*size
}

// Run calls fn(start, end) for each batch [start, end) of at most size of
// the items [0, n), in order of start within a worker, on a worker a
// processor; it returns when all are done. The batches must not depend on
// each other. A panic in fn stops the workers and is raised again in the
// caller, as it would be without them (less the worker's stack).
func Run(n, size int, fn func(start, end int)) {
	run(n, size, fn)
}

// inOrder is Run on the calling goroutine.
func inOrder(n, size int, fn func(start, end int)) {
	for start := 0; start < n; start += size {
		fn(start, min(start+size, n))
	}
}
