package validation

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

// FuzzRead checks that no body or challenge makes Read panic or exceed its
// bounds. Plain `go test` runs the seeds (every testdata sample) only.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.http"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		ex := readExchange(f, string(data))
		var body []byte
		if b := ex.Response.Body; b != nil {
			body = b.Bytes
		}
		f.Add(body, ex.Response.Status, ex.Response.Header.Get("Content-Type"), ex.Response.Header.Get("WWW-Authenticate"))
	}
	f.Add([]byte(`<Error><Code>X</Code>`), 400, "application/xml", "")
	f.Fuzz(func(t *testing.T, body []byte, status int, contentType, challenge string) {
		ex := &message.Exchange{Response: &message.Response{
			Status: status,
			Header: message.Header{{Name: "WWW-Authenticate", Value: challenge, Line: 2}},
			Body:   message.NewBody(body, contentType, 4),
		}}
		if r := Read(ex); r != nil && len(r.Fields) > maxFields {
			t.Fatalf("%d fields, over the bound", len(r.Fields))
		}
	})
}
