//go:build !wasm

package batch

import (
	"runtime"
	"sync"
	"sync/atomic"
)

func procs() int { return runtime.GOMAXPROCS(0) }

func run(n, size int, fn func(start, end int)) {
	if procs() == 1 {
		inOrder(n, size, fn)
		return
	}
	var next atomic.Int64 // the first item not yet taken
	var wg sync.WaitGroup
	var failed sync.Once
	var failure any
	for range procs() {
		wg.Go(func() {
			defer func() {
				if p := recover(); p != nil {
					failed.Do(func() { failure = p })
					next.Store(int64(n)) // the others stop too
				}
			}()
			for {
				start := int(next.Add(int64(size))) - size
				if start >= n {
					return
				}
				fn(start, min(start+size, n))
			}
		})
	}
	wg.Wait()
	if failure != nil {
		panic(failure)
	}
}
