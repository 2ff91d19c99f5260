package ticket

import (
	"slices"
	"strings"

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

// cdns returns the CDNs the response shows, in table order.
func cdns(h message.Header) []string {
	var out []string
	for _, r := range cdnRules {
		// The list is a few names long: searching it costs less than a
		// set made for every response.
		if slices.Contains(out, r.cdn) || !matches(h, r) {
			continue
		}
		out = append(out, r.cdn)
	}
	return out
}

// matches walks the fields itself rather than collect Values, since most
// rules match none of them.
func matches(h message.Header, r cdnRule) bool {
	for _, f := range h {
		if message.NameIs(f.Name, r.field) && (r.contains == "" || strings.Contains(strings.ToLower(f.Value), r.contains)) {
			return true
		}
	}
	return false
}
