package field

import (
	"reflect"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

func TestCheckResults(t *testing.T) {
	ex := sample(t, `
HTTP/1.1 200 OK
date: Thu, 03 Dec 2026 09:00:00 GMT
Content-Type: application/json
X-Request-Id: 5f2b
Content-Length: ten
Content-Length: 10`)
	rs, _ := check(ex, testLookup)
	if len(rs) != 5 {
		t.Fatalf("got %d results, want 5", len(rs))
	}
	want := []struct {
		name  string
		line  int
		known bool
		valid string // "", "true", "false"
		notes []string
	}{
		{"date", 2, true, "true", nil},
		{"Content-Type", 3, true, "true", nil},
		{"X-Request-Id", 4, true, "", nil},
		{"Content-Length", 5, true, "false", []string{"field.invalid"}},
		{"Content-Length", 6, true, "true", []string{"field.duplicate-singleton"}},
	}
	for i, w := range want {
		r := rs[i]
		valid := ""
		if r.Valid != nil {
			valid = map[bool]string{true: "true", false: "false"}[*r.Valid]
		}
		if r.Name != w.name || r.Line != w.line || r.Known != w.known || valid != w.valid || !reflect.DeepEqual(r.Notes, w.notes) {
			t.Errorf("result %d = {%q line %d known %v valid %q notes %v}, want %+v", i, r.Name, r.Line, r.Known, valid, r.Notes, w)
		}
	}
	if rs[1].Summary != testEntries["content-type"].Summary || rs[1].Reference == "" || rs[1].Status != Permanent {
		t.Errorf("Content-Type result lacks its entry: %+v", rs[1])
	}
	if rs[2].Status != Unregistered {
		t.Errorf("X-Request-Id status = %q", rs[2].Status)
	}
}

func TestCheckInvalidUsesFieldReference(t *testing.T) {
	_, ns := check(sample(t, "HTTP/1.1 200 OK\nDate: yesterday"), testLookup)
	n, ok := findNote(ns, "field.invalid")
	if !ok || n.Reference != testEntries["date"].Reference || n.Line != 2 {
		t.Errorf("got %+v", n)
	}
}

func TestCheckNoExchange(t *testing.T) {
	for _, ex := range []*message.Exchange{nil, {}, {Request: &message.Request{Method: "GET"}}} {
		rs, ns := Check(ex)
		if rs != nil || ns != nil {
			t.Errorf("Check(%+v) = %v, %v", ex, rs, ns)
		}
	}
}

func TestCheckEmptyResponse(t *testing.T) {
	rs, ns := check(&message.Exchange{Response: &message.Response{}}, testLookup)
	if len(rs) != 0 || len(ns) != 0 {
		t.Errorf("empty response gave %v, %v", rs, ns)
	}
}

// TestCheckWithRegistry runs the real entry table: it must know the
// everyday fields, whatever else it holds.
func TestCheckWithRegistry(t *testing.T) {
	rs, ns := Check(sample(t, "HTTP/1.1 200 OK\nDate: Thu, 03 Dec 2026 09:00:00 GMT\nContent-Type: application/json\nCache-Control: no-store"))
	if len(rs) != 3 {
		t.Fatalf("got %d results", len(rs))
	}
	for _, r := range rs {
		if !r.Known || r.Valid == nil || !*r.Valid {
			t.Errorf("%s: known %v valid %v", r.Name, r.Known, r.Valid)
		}
	}
	if hasID(ns, "field.unknown") {
		t.Errorf("everyday fields reported unknown: %v", ids(ns))
	}
}

func TestCheckNoteSubjects(t *testing.T) {
	_, ns := check(sample(t, htmlPage()+"\n"), testLookup)
	for _, n := range ns {
		if n.Subject != "exchange" && n.Subject != "body" && !strings.HasPrefix(n.Subject, "header:") {
			t.Errorf("%s: subject %q", n.ID, n.Subject)
		}
		if n.Line == 0 {
			t.Errorf("%s: no line", n.ID)
		}
	}
}
