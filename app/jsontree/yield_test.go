package jsontree

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/httpexplain/httpexplain/app/samples"
)

// TestYield checks Parse calls Yield at least once every YieldEvery bytes,
// and that the tree and error do not change with it.
func TestYield(t *testing.T) {
	har := samples.HAR10MB()
	json1 := samples.JSON1MB()
	cases := map[string][]byte{
		"HAR10MB":   har,
		"JSON1MB":   json1[bytes.Index(json1, []byte("\r\n\r\n"))+4:],
		"truncated": har[:len(har)/2],
		"small":     []byte(`{"a":[1,2,3]}`),
	}
	for name, src := range cases {
		n := 0
		with, werr := Parse(src, Options{AllowTrailingCommas: true, Yield: func() { n++ }})
		without, err := Parse(src, Options{AllowTrailingCommas: true})
		// A call at least every YieldEvery bytes; the last stretch, shorter
		// than that, may end inside one value.
		min := max(len(src)/YieldEvery-1, 0)
		if n < min || n < len(src)/(256<<10) {
			t.Errorf("%s: %d yields for %d bytes, want at least %d", name, n, len(src), min)
		}
		if most := len(src)/YieldEvery + 1; n > most {
			t.Errorf("%s: %d yields for %d bytes, want at most %d", name, n, len(src), most)
		}
		if !reflect.DeepEqual(with, without) || !reflect.DeepEqual(werr, err) {
			t.Errorf("%s: the parse differs with Yield", name)
		}
	}
}

// stop is what the abandoning Yield below panics with.
type stop struct{}

// TestYieldAbandons checks a Yield may stop a parse by panicking.
func TestYieldAbandons(t *testing.T) {
	defer func() {
		if r := recover(); r != (stop{}) {
			t.Errorf("recovered %v, want the Yield's panic", r)
		}
	}()
	Parse(samples.HAR10MB(), Options{Yield: func() { panic(stop{}) }})
	t.Error("Parse returned after Yield panicked")
}
