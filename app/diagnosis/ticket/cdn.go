package ticket

import (
	"slices"
	"strings"
	"sync"

	"github.com/httpexplain/httpexplain/app/message"
)

// cdnRule says a response passed through a CDN or edge platform: the field
// is present (contains == "") or its value contains the lower-case text.
type cdnRule struct {
	cdn, field, contains string
}

// cdnRules are tried in order; every CDN that matches is reported once, in
// table order (a site may sit behind more than one).
var cdnRules = []cdnRule{
	{"Cloudflare", "CF-Ray", ""},
	{"Cloudflare", "CF-Cache-Status", ""},
	{"Cloudflare", "Server", "cloudflare"},
	{"Amazon CloudFront", "X-Amz-Cf-Id", ""},
	{"Amazon CloudFront", "X-Amz-Cf-Pop", ""},
	{"Amazon CloudFront", "Via", "cloudfront"},
	{"Amazon CloudFront", "X-Cache", "cloudfront"},
	{"Fastly", "X-Fastly-Request-ID", ""},
	{"Fastly", "Fastly-Debug-Digest", ""},
	{"Fastly", "X-Served-By", "cache-"},
	{"Akamai", "Server", "akamaighost"},
	{"Akamai", "X-Akamai-Transformed", ""},
	{"Akamai", "X-Akamai-Request-ID", ""},
	{"Akamai", "Akamai-GRN", ""},
	{"Akamai", "Akamai-Cache-Status", ""},
	{"Vercel", "X-Vercel-Id", ""},
	{"Vercel", "X-Vercel-Cache", ""},
	{"Vercel", "Server", "vercel"},
	{"Netlify", "X-Nf-Request-Id", ""},
	{"Netlify", "Server", "netlify"},
	{"Fly.io", "Fly-Request-Id", ""},
	{"Fly.io", "Server", "fly/"},
	{"Azure Front Door", "X-Azure-Ref", ""},
	{"Google Cloud", "Via", "google"},
	{"Google Cloud", "Server", "google frontend"},
	{"bunny.net", "Server", "bunnycdn"},
	{"KeyCDN", "Server", "keycdn"},
	{"Sucuri", "X-Sucuri-ID", ""},
	{"Imperva", "X-Iinfo", ""},
	{"Imperva", "X-CDN", "imperva"},
	{"Imperva", "X-CDN", "incapsula"},
	{"Varnish cache", "Via", "varnish"},
	{"Varnish cache", "X-Varnish", ""},
}

// cdnFields finds the fields cdnRules name in a header, and lists for
// each (by its index) the rules about it, by index; made on first use,
// not at the page's start.
var cdnFields = sync.OnceValues(func() (*message.Names, [][]int) { return cdnIndex(cdnRules) })

func cdnIndex(rules []cdnRule) (*message.Names, [][]int) {
	if len(rules) > 64 {
		panic("ticket: cdns keeps the rules matched in 64 bits")
	}
	var names []string
	var byField [][]int
	for i, r := range rules {
		at := slices.IndexFunc(names, func(n string) bool { return message.NameIs(n, r.field) })
		if at < 0 {
			at = len(names)
			names = append(names, r.field)
			byField = append(byField, nil)
		}
		byField[at] = append(byField[at], i)
	}
	return message.NewNames(names...), byField
}

// cdns returns the CDNs the response shows, in table order.
//
// The header is walked once, each line looked up among the fields the
// rules name, instead of once a rule: most lines are named by none.
func cdns(h message.Header) []string {
	var hit uint64 // bit i: rule i matched (the table has under 64 rules)
	names, rulesOf := cdnFields()
	for _, f := range h {
		at := names.Index(f.Name)
		if at < 0 {
			continue
		}
		for _, i := range rulesOf[at] {
			if r := cdnRules[i]; r.contains == "" || strings.Contains(strings.ToLower(f.Value), r.contains) {
				hit |= 1 << i
			}
		}
	}
	var out []string
	for i, r := range cdnRules {
		// The list is a few names long: searching it costs less than a
		// set made for every response.
		if hit&(1<<i) != 0 && !slices.Contains(out, r.cdn) {
			out = append(out, r.cdn)
		}
	}
	return out
}
