package ticket

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// The pattern xmlRequestIDs stands for.
var xmlRequestIDPattern = regexp.MustCompile(`<Request(?:Id|ID)>([^<]{1,256})</Request(?:Id|ID)>`)

func TestXMLRequestIDs(t *testing.T) {
	cases := []string{
		`<Error><Code>NoSuchKey</Code><RequestId>4442587FB7D0A2F9</RequestId><HostId>abc</HostId></Error>`,
		`<RequestID>a</RequestID><RequestId>b</RequestID><RequestID>c</RequestId>`,
		`<RequestId></RequestId><RequestId>x</RequestId>`,
		`<RequestId>` + strings.Repeat("z", 256) + `</RequestId><RequestId>` + strings.Repeat("y", 257) + `</RequestId>`,
		`<RequestId>a<b></RequestId><RequestIdx>q</RequestId><Request<RequestId>ok</RequestId>`,
		`<RequestId>unclosed`,
		`no xml here`,
	}
	rng := rand.New(rand.NewPCG(3, 4))
	parts := []string{"<Request", "Id>", "ID>", "</Request", "</RequestId>", "</RequestID>", "<", ">", "x", "yy", " "}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		cases = append(cases, b.String())
	}
	for _, c := range cases {
		var want [][]byte
		for _, m := range xmlRequestIDPattern.FindAllSubmatch([]byte(c), maxIDs) {
			want = append(want, m[1])
		}
		got := xmlRequestIDs([]byte(c), maxIDs)
		if len(got) != len(want) {
			t.Fatalf("%q: got %q, want %q", c, got, want)
		}
		for i := range got {
			if !bytes.Equal(got[i], want[i]) {
				t.Fatalf("%q: got %q, want %q", c, got, want)
			}
		}
	}
}
