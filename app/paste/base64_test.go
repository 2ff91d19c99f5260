package paste

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

// TestHARBase64 checks the byte decoder against decoding the text as a
// string with its blanks mapped out rune by rune, as the reader once did:
// line breaks, blanks, padding or none, and bytes that are not UTF-8.
func TestHARBase64(t *testing.T) {
	byRune := func(s string) ([]byte, error) {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\r', '\n', ' ', '\t':
				return -1
			}
			return r
		}, s)
		if strings.HasSuffix(s, "=") {
			return base64.StdEncoding.DecodeString(s)
		}
		return base64.RawStdEncoding.DecodeString(s)
	}
	for _, s := range []string{"", "eyJpZCI6MX0=", "eyJpZCI6MX0", "eyJp\r\nZCI6\nMX0=", " eyJpZCI6MX0 \t", "eyJpZCI6MX0==",
		"e\xffyJpZCI6MX0=", "ey\u00a0JpZCI6MX0=", "not base64!", "====", "\n\n", "YQ", "YQ=", "YQ==", "Y\r\nQ\r\n=\r\n="} {
		got, err := harBase64([]byte(s))
		want, werr := byRune(s)
		if (err == nil) != (werr == nil) || err == nil && !bytes.Equal(got, want) {
			t.Errorf("%q: %q %v, want %q %v", s, got, err, want, werr)
		}
	}
}
