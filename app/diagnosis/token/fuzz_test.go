package token

import (
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

// FuzzFind feeds arbitrary text as header, URL and body.
func FuzzFind(f *testing.F) {
	f.Add(v1)
	f.Add(`{"a":["` + v2 + `"]}`)
	f.Add("eyJ.eyJ.")
	f.Fuzz(func(t *testing.T, s string) {
		ex := &message.Exchange{
			Request:  &message.Request{URL: "https://x.test/?t=" + s, Header: message.Header{{Name: "Authorization", Value: s}}},
			Response: &message.Response{Header: message.Header{{Name: "Set-Cookie", Value: s}}, Body: &message.Body{Bytes: []byte(s), Line: 1}},
		}
		for _, tk := range Find(ex, now) {
			if tk.Alg == "" && tk.JOSE["alg"] != "" {
				t.Fatalf("token without alg: %+v", tk)
			}
		}
	})
}
