package report

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
	"github.com/httpexplain/httpexplain/app/paste"
	"github.com/httpexplain/httpexplain/app/samples"
)

// TestExplainAllInOrder explains a paste of many exchanges of every kind
// the samples hold, on the workers and in order (a Yield keeps Explain on
// one thread): the documents must be the same.
func TestExplainAllInOrder(t *testing.T) {
	var exs []message.Exchange
	for len(exs) < 8*explainBatch {
		for _, s := range samples.All() {
			txt, _ := samples.Text(s.ID)
			exs = append(exs, paste.Read([]byte(txt)).Exchanges...)
		}
	}
	doc := &message.Document{Format: message.FormatHAR, Exchanges: exs}
	if !parallel(len(exs), Options{}) {
		t.Skip("one processor: Explain does not share the work out")
	}
	shared := Explain(doc, Options{Now: now})
	inOrder := Explain(doc, Options{Now: now, Yield: func() {}})
	got, _ := json.Marshal(shared)
	want, _ := json.Marshal(inOrder)
	if string(got) != string(want) {
		t.Errorf("explained on the workers, the document differs from the one explained in order")
	}
}

// TestReadSharedInOrder reads a big HAR of entries of every shape the HAR
// reader tallies, with its entries shared out among the processors and in
// order (a Yield keeps the reader on one thread): the documents, their
// diagnostics first, must be the same.
func TestReadSharedInOrder(t *testing.T) {
	in := variedHAR(3000)
	shared := paste.Read(in)
	inOrder := paste.ReadWith(in, paste.Options{Yield: func() {}})
	if !reflect.DeepEqual(shared.Diagnostics, inOrder.Diagnostics) {
		t.Errorf("diagnostics differ:\nshared   %+v\nin order %+v", shared.Diagnostics, inOrder.Diagnostics)
	}
	if !reflect.DeepEqual(shared, inOrder) {
		t.Errorf("the documents differ")
	}
	if len(shared.Diagnostics) < 8 {
		t.Errorf("only %d diagnostics: the HAR should raise most tallies", len(shared.Diagnostics))
	}
}

// variedHAR writes a HAR of n entries that cycle through the shapes the
// reader repairs or reports: pseudo-headers, status 0 with an error (of
// more kinds than a tally names), no response, entries that are not
// objects, headers as an object or as strings, cookies joined by line
// breaks, bodies left out or that are not base64.
func variedHAR(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"log":{"version":"1.2","entries":[`)
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		url := fmt.Sprintf("https://api.example.com/v1/items/%d", i)
		req := fmt.Sprintf(`{"method":"GET","url":%q,"httpVersion":"h2","headers":[{"name":":method","value":"GET"},{"name":":path%d","value":"/"}]}`, url, i%20)
		switch i % 11 {
		case 0:
			b.WriteString(`"not an entry"`)
		case 1:
			fmt.Fprintf(&b, `{"request":%s}`, req)
		case 2:
			// New errors in each stretch of entries, more than a
			// tally names in all.
			fmt.Fprintf(&b, `{"request":%s,"response":{"status":0,"_error":"net::ERR_%d","headers":[]}}`, req, i/200*10+i%3)
		case 3:
			fmt.Fprintf(&b, `{"request":%s,"response":{"status":200,"headers":{"content-type":"text/plain","set-cookie":["a=1","b=2"]},"content":{"size":10,"mimeType":"text/plain"}}}`, req)
		case 4:
			fmt.Fprintf(&b, `{"request":%s,"response":{"status":200,"headers":["Content-Type: application/json","X-Id: %d"],"content":{"text":"not base64!","encoding":"base64"}}}`, req, i)
		case 5:
			fmt.Fprintf(&b, `{"request":%s,"response":{"headers":[{"name":":status","value":"204"},{"name":"set-cookie","value":"a=1\nb=2"}]}}`, req)
		case 6:
			b.WriteString(`{}`)
		case 7:
			fmt.Fprintf(&b, `{"request":%s,"response":{"status":"404","headers":[{"value":"no name"}],"content":{"text":"{\"error\":\"missing\"}","mimeType":"application/json"}}}`, req)
		default:
			fmt.Fprintf(&b, `{"request":%s,"response":{"status":200,"httpVersion":"http/2.0","headers":[{"name":"content-type","value":"application/json"},{"name":"date","value":"Tue, 01 Dec 2026 10:00:00 GMT"}],"content":{"size":9,"mimeType":"application/json","text":"eyJhIjoxfQ==","encoding":"base64"}}}`, req)
		}
	}
	b.WriteString("]}}\n")
	return []byte(b.String())
}
