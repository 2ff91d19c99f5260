package vendor

import (
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

// Detect passes over the header rules whose fields an exchange lacks: it
// must pick what asking every profile in turn (Matches, which looks each
// field up) picks, whatever the case of the names and on either side.
func TestDetectAsMatches(t *testing.T) {
	var exs []*message.Exchange
	for _, p := range profiles {
		for _, rule := range p.Detect.Headers {
			for _, side := range []string{"response", "request"} {
				for _, spell := range []func(string) string{strings.ToUpper, strings.ToLower, kelvin} {
					var h message.Header
					for _, name := range rule.Names {
						h = append(h, message.Field{Name: spell(name), Value: rule.Prefix + "1"})
					}
					ex := &message.Exchange{
						Request:  &message.Request{Method: "GET", URL: "https://example.com/"},
						Response: &message.Response{Status: 200},
					}
					if side == "response" {
						ex.Response.Header = h
					} else {
						ex.Request.Header = h
					}
					exs = append(exs, ex)
				}
			}
		}
	}
	for _, ex := range exs {
		got, gotWhy := Detect(ex)
		var want *Profile
		var wantWhy string
		for _, p := range profiles {
			if why := p.Matches(ex); why != "" {
				want, wantWhy = p, why
				break
			}
		}
		if got != want || gotWhy != wantWhy {
			t.Errorf("%+v %+v: Detect says %v (%q), Matches %v (%q)", ex.Request.Header, ex.Response.Header, got, gotWhy, want, wantWhy)
		}
	}
}

// kelvin spells every k of name as the Kelvin sign, which EqualFold (and
// so Header.Get) takes for a k.
func kelvin(name string) string {
	return strings.NewReplacer("k", "\u212a", "K", "\u212a").Replace(name)
}
