package report

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestKnowledgeListing(t *testing.T) {
	k := Knowledge()
	codes := map[int]ListedStatus{}
	for _, s := range k.Statuses {
		if s.Title == "" || s.Summary == "" || s.Reference == "" {
			t.Errorf("status %d incomplete: %+v", s.Code, s)
		}
		codes[s.Code] = s
	}
	// A sample of registered and unregistered codes the listing must hold.
	for _, c := range []int{100, 103, 200, 304, 413, 418, 421, 422, 425, 429, 451, 508, 511, 419, 420, 444, 499, 509, 520, 522, 529, 598, 599} {
		if _, ok := codes[c]; !ok {
			t.Errorf("listing lacks status %d", c)
		}
	}
	if !codes[422].Registered || codes[444].Registered {
		t.Error("registered flags wrong for 422/444")
	}
	if codes[413].Title != "Content Too Large" || codes[422].Title != "Unprocessable Content" {
		t.Errorf("RFC 9110 names: 413 %q, 422 %q", codes[413].Title, codes[422].Title)
	}
	fields := map[string]string{}
	for _, f := range k.Fields {
		fields[strings.ToLower(f.Name)] = f.Status
	}
	for name, want := range map[string]string{"retry-after": "permanent", "warning": "obsoleted", "expect-ct": "deprecated", "x-request-id": "unregistered", "cf-ray": "unregistered"} {
		if got := fields[name]; got != want {
			t.Errorf("field %s status %q, want %q", name, got, want)
		}
	}
	if len(k.Vendors) < 7 || k.Vendors[0].ID != "authrocket-v1" {
		t.Errorf("vendors = %+v", k.Vendors)
	}
	ids := map[string]bool{}
	for _, n := range k.Notes {
		if ids[n.ID] {
			t.Errorf("note id %s listed twice", n.ID)
		}
		ids[n.ID] = true
	}
	for _, id := range []string{"status.reason-differs", "cors.wildcard-with-credentials", "cookie.samesite-none-without-secure"} {
		if !ids[id] {
			t.Errorf("listing lacks note %s", id)
		}
	}
	if _, err := json.Marshal(k); err != nil {
		t.Fatal(err)
	}
}

func TestStatusForVendor(t *testing.T) {
	s := StatusFor(402, "authrocket-v1")
	if s.Vendor == nil || *s.Vendor != "authrocket-v1" || !strings.Contains(strings.ToLower(s.VendorMeaning), "subscription") {
		t.Errorf("AuthRocket 402 = %+v", s)
	}
	if s := StatusFor(402, ""); s.Vendor != nil {
		t.Errorf("no vendor asked, got %v", *s.Vendor)
	}
	if s := StatusFor(477, ""); s.Registered || s.Class != "client-error" {
		t.Errorf("477 = %+v", s)
	}
}

func TestClaimsOrder(t *testing.T) {
	b, err := json.Marshal(Claims{Keys: []string{"z", "a", "z"}, Values: map[string]any{"a": 1, "z": "x", "m": true}})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"z":"x","a":1,"m":true}` {
		t.Errorf("claims = %s", b)
	}
}
