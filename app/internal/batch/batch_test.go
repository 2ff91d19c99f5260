package batch

import (
	"slices"
	"sync"
	"testing"
)

// TestRunCoversEachItemOnce checks that the batches cover [0, n) once,
// none longer than size, for sizes that do and do not divide n.
func TestRunCoversEachItemOnce(t *testing.T) {
	for _, c := range []struct{ n, size int }{{0, 4}, {1, 4}, {100, 10}, {101, 10}, {1000, 7}} {
		var mu sync.Mutex
		seen := make([]int, c.n)
		Run(c.n, c.size, func(start, end int) {
			if end-start > c.size || start >= end {
				t.Errorf("n %d size %d: batch [%d, %d)", c.n, c.size, start, end)
			}
			mu.Lock()
			defer mu.Unlock()
			for i := start; i < end; i++ {
				seen[i]++
			}
		})
		if i := slices.IndexFunc(seen, func(k int) bool { return k != 1 }); i >= 0 {
			t.Errorf("n %d size %d: item %d done %d times", c.n, c.size, i, seen[i])
		}
	}
}

// TestRunRaisesPanic checks that a panic in a batch reaches the caller.
func TestRunRaisesPanic(t *testing.T) {
	defer func() {
		if p := recover(); p != "batch 3" {
			t.Errorf("recovered %v, want the batch's panic", p)
		}
	}()
	Run(100, 10, func(start, end int) {
		if start == 30 {
			panic("batch 3")
		}
	})
	t.Error("Run returned after a panic")
}
