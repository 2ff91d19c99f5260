package ticket

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

// The id and CDN tables are looked up a header line at a time: the
// results must be those of asking the header for each name of the table
// in turn (table order, then header order), with names compared as
// Header.Get compares them, Unicode case folding included.
func TestTablesAsHeaderLookups(t *testing.T) {
	h := message.Header{
		{Name: "x-request-id", Value: "r2"},
		{Name: "CF-RAY", Value: "ray"},
		{Name: "X-Request-Id", Value: "r1"},
		{Name: "X-A\u212aamai-Request-ID", Value: "kelvin"}, // K is the Kelvin sign
		{Name: "server", Value: "AkamaiGHost"},
		{Name: "Via", Value: "1.1 varnish"},
		{Name: "X-Unknown-Field", Value: "x"},
		{Name: "", Value: "no name"},
	}
	var wantIDs []ID
	for _, name := range idFields {
		for _, f := range h.All(name) {
			wantIDs = append(wantIDs, ID{Name: f.Name, Value: f.Value})
		}
	}
	if got := headerIDs(h); !reflect.DeepEqual(got, wantIDs) {
		t.Errorf("headerIDs = %v, want %v", got, wantIDs)
	}
	var wantCDNs []string
	for _, r := range cdnRules {
		if matchesRule(h, r) && !slices.Contains(wantCDNs, r.cdn) {
			wantCDNs = append(wantCDNs, r.cdn)
		}
	}
	if got := cdns(h); !reflect.DeepEqual(got, wantCDNs) {
		t.Errorf("cdns = %v, want %v", got, wantCDNs)
	}
	if len(wantIDs) != 4 || len(wantCDNs) != 3 {
		t.Errorf("the sample should find 4 ids and 3 CDNs, found %v and %v", wantIDs, wantCDNs)
	}
}

// matchesRule is a rule asked of the header field by field.
func matchesRule(h message.Header, r cdnRule) bool {
	for _, v := range h.Values(r.field) {
		if r.contains == "" || strings.Contains(strings.ToLower(v), r.contains) {
			return true
		}
	}
	return false
}
