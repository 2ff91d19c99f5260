package paste

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/internal/golden"

	"github.com/httpexplain/httpexplain/app/message"
)

// The dump types are a test-only JSON view of message.Document: enough to
// review a reading by eye without the bytes of every body.
type dumpDoc struct {
	Format      string         `json:"format"`
	Diagnostics []string       `json:"diagnostics"`
	Exchanges   []dumpExchange `json:"exchanges"`
}

type dumpExchange struct {
	Request  *dumpRequest  `json:"request,omitempty"`
	Response *dumpResponse `json:"response,omitempty"`
}

type dumpRequest struct {
	Line    int       `json:"line"`
	Method  string    `json:"method"`
	Target  string    `json:"target"`
	URL     string    `json:"url"`
	Version string    `json:"version"`
	Headers []string  `json:"headers"`
	Body    *dumpBody `json:"body,omitempty"`
}

type dumpResponse struct {
	Line     int       `json:"line"`
	Version  string    `json:"version"`
	Status   int       `json:"status"`
	Reason   string    `json:"reason"`
	Headers  []string  `json:"headers"`
	Trailers []string  `json:"trailers,omitempty"`
	Body     *dumpBody `json:"body,omitempty"`
}

type dumpBody struct {
	Line      int    `json:"line"`
	Length    int    `json:"length"`
	SHA256    string `json:"sha256"`
	MediaType string `json:"media_type"`
	Charset   string `json:"charset,omitempty"`
	JSON      bool   `json:"json"`
	JSONOK    bool   `json:"json_ok"`
	Sniffed   bool   `json:"sniffed,omitempty"`
	JSONError string `json:"json_error,omitempty"`
	Omitted   bool   `json:"omitted,omitempty"`
	Preview   string `json:"preview"`
}

// dumpHeader writes each field as "line: Name: value", one string a field,
// so goldens read like the paste.
func dumpHeader(h message.Header) []string {
	out := []string{}
	for _, f := range h {
		out = append(out, itoa(f.Line)+": "+f.Name+": "+f.Value)
	}
	return out
}

func dumpBodyOf(b *message.Body) *dumpBody {
	if b == nil {
		return nil
	}
	sum := sha256.Sum256(b.Bytes)
	d := &dumpBody{Line: b.Line, Length: len(b.Bytes), SHA256: hex.EncodeToString(sum[:8]), MediaType: b.MediaType,
		Charset: b.Charset, JSON: b.IsJSON, Sniffed: b.Sniffed, Omitted: b.Omitted}
	if b.JSONError != nil {
		d.JSONError = b.JSONError.Message
	}
	d.JSONOK = b.IsJSON && b.JSON != nil && b.JSONError == nil
	p := b.Bytes
	if len(p) > 80 {
		p = p[:80]
	}
	d.Preview = strings.ToValidUTF8(string(p), "?")
	return d
}

func dump(doc *message.Document) dumpDoc {
	d := dumpDoc{Format: doc.Format, Diagnostics: []string{}, Exchanges: []dumpExchange{}}
	for _, g := range doc.Diagnostics {
		d.Diagnostics = append(d.Diagnostics, strings.Join([]string{itoa(g.Line), string(g.Level), g.Message}, " | "))
	}
	for _, ex := range doc.Exchanges {
		var de dumpExchange
		if q := ex.Request; q != nil {
			de.Request = &dumpRequest{Line: q.Line, Method: q.Method, Target: q.Target, URL: q.URL, Version: q.Version,
				Headers: dumpHeader(q.Header), Body: dumpBodyOf(q.Body)}
		}
		if s := ex.Response; s != nil {
			de.Response = &dumpResponse{Line: s.Line, Version: s.Version, Status: s.Status, Reason: s.Reason,
				Headers: dumpHeader(s.Header), Body: dumpBodyOf(s.Body)}
			if len(s.Trailers) > 0 {
				de.Response.Trailers = dumpHeader(s.Trailers)
			}
		}
		d.Exchanges = append(d.Exchanges, de)
	}
	return d
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestGolden reads every testdata/*.txt sample and compares the reading with
// its .golden.json file. Run with -update to rewrite them, then review the
// diff by eye.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(dump(Read(in)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden.Check(t, strings.TrimSuffix(file, ".txt")+".golden.json", got)
		})
	}
}
