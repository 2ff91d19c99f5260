package vendor

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

// Detection lists what tells an exchange belongs to a vendor. Any one rule
// that fits is enough.
type Detection struct {
	Hosts   []HostRule
	Headers []HeaderRule
	Bodies  []BodyRule
}

// HostRule matches the request host, and optionally the request path.
type HostRule struct {
	// Host is an exact host ("api.github.com") or, with a leading dot, a
	// suffix (".authrocket.com" fits "api-e1.authrocket.com").
	Host string
	// PathPrefix, when not "", must start the request path ("/v1/").
	PathPrefix string
}

// HeaderRule matches telltale header fields on the request or the response.
type HeaderRule struct {
	// Names must all be present (on either side of the exchange).
	Names []string
	// Prefix, when not "", must start the value of the first named field
	// ("req_" for Stripe's Request-Id).
	Prefix string
}

// BodyRule matches the shape of a JSON response body. Match gets the parsed
// tree and its root, and must not panic on any tree.
type BodyRule struct {
	Why   string
	Match func(t *jsontree.Tree, root jsontree.Node) bool
}

// Detect picks the profile that ex shows (request host, telltale headers,
// body shape) and says why; nil when none fits. Profiles are tried in the
// order of All, so AuthRocket wins when it and another vendor both fit.
func Detect(ex *message.Exchange) (*Profile, string) {
	if ex == nil {
		return nil, ""
	}
	host, path := requestHost(ex), requestPath(ex)
	t, root := responseJSON(ex)
	pr := headerPresence()
	var have uint64
	if pr.names != nil {
		have = pr.fields(ex)
	}
	for i, p := range profiles {
		if why := p.Detect.match(ex, host, path, t, root, pr.rules(i), have); why != "" {
			return p, why
		}
	}
	return nil, ""
}

// Matches says why ex looks like p's, or "" when it does not.
func (p *Profile) Matches(ex *message.Exchange) string {
	if p == nil || ex == nil {
		return ""
	}
	t, root := responseJSON(ex)
	return p.Detect.match(ex, requestHost(ex), requestPath(ex), t, root, nil, 0)
}

// match says why ex fits d, or "". need, when not nil, holds the field
// bits of each header rule (presence) and have those of ex: a rule
// needing a field ex lacks cannot fit.
func (d *Detection) match(ex *message.Exchange, host, path string, t *jsontree.Tree, root jsontree.Node, need []uint64, have uint64) string {
	if host != "" {
		for _, h := range d.Hosts {
			if !hostFits(host, h.Host) {
				continue
			}
			if h.PathPrefix == "" {
				return "request host " + host
			}
			if strings.HasPrefix(strings.ToLower(path), h.PathPrefix) {
				return "request host " + host + " with path " + h.PathPrefix
			}
		}
	}
	for i, h := range d.Headers {
		if need != nil && need[i]&^have != 0 {
			continue
		}
		if why := h.match(ex); why != "" {
			return why
		}
	}
	if t != nil && root != jsontree.NoNode {
		for _, b := range d.Bodies {
			if b.Match(t, root) {
				return "body " + b.Why
			}
		}
	}
	return ""
}

func hostFits(host, rule string) bool {
	if strings.HasPrefix(rule, ".") {
		return strings.HasSuffix(host, rule)
	}
	return host == rule
}

func (h HeaderRule) match(ex *message.Exchange) string {
	if len(h.Names) == 0 {
		return ""
	}
	for i, name := range h.Names {
		v, ok := exchangeHeader(ex, name)
		if !ok {
			return ""
		}
		if i == 0 && h.Prefix != "" && !strings.HasPrefix(strings.TrimSpace(v), h.Prefix) {
			return ""
		}
	}
	if len(h.Names) == 1 {
		if h.Prefix != "" {
			return "header " + h.Names[0] + " (value " + h.Prefix + "…)"
		}
		return "header " + h.Names[0]
	}
	return "headers " + strings.Join(h.Names, " and ")
}

// exchangeHeader looks a field up on the response, then on the request.
func exchangeHeader(ex *message.Exchange, name string) (string, bool) {
	if ex.Response != nil {
		if f, ok := ex.Response.Header.Lookup(name); ok {
			return f.Value, true
		}
	}
	if ex.Request != nil {
		if f, ok := ex.Request.Header.Lookup(name); ok {
			return f.Value, true
		}
	}
	return "", false
}

// responseHeader returns a response field's value, "" when absent.
func responseHeader(ex *message.Exchange, name string) string {
	if ex == nil || ex.Response == nil {
		return ""
	}
	return strings.TrimSpace(ex.Response.Header.Get(name))
}

// requestHost is the lower-case host the request went to, without port, or
// "" when the paste does not show it.
func requestHost(ex *message.Exchange) string {
	r := ex.Request
	if r == nil {
		return ""
	}
	var h string
	switch {
	case hasScheme(r.URL):
		h = authority(r.URL)
	case hasScheme(r.Target):
		h = authority(r.Target)
	}
	if h == "" {
		h = r.Header.Get("Host")
	}
	if h == "" {
		h = r.Header.Get(":authority")
	}
	return normalizeHost(h)
}

func hasScheme(u string) bool {
	i := strings.Index(u, "://")
	return i > 0 && i < 10
}

// authority returns the host[:port] part of an absolute URL.
func authority(u string) string {
	rest := u[strings.Index(u, "://")+3:]
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	return rest
}

func normalizeHost(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	if strings.HasPrefix(h, "[") {
		// An IPv6 literal is never a vendor host.
		return ""
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		h = h[:i]
	}
	return strings.TrimSuffix(h, ".")
}

// requestPath is the path of the request target without query or fragment,
// "" when unknown.
func requestPath(ex *message.Exchange) string {
	r := ex.Request
	if r == nil {
		return ""
	}
	p := r.Target
	if !strings.HasPrefix(p, "/") {
		switch {
		case hasScheme(p):
		case hasScheme(r.URL):
			p = r.URL
		default:
			return ""
		}
		rest := p[strings.Index(p, "://")+3:]
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			return "/"
		}
		p = rest[i:]
	}
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	return p
}

// responseJSON returns the parsed response body and its root, or nil.
func responseJSON(ex *message.Exchange) (*jsontree.Tree, jsontree.Node) {
	if ex == nil || ex.Response == nil || ex.Response.Body == nil || ex.Response.Body.JSON == nil {
		return nil, jsontree.NoNode
	}
	t := ex.Response.Body.JSON
	return t, t.Root()
}
