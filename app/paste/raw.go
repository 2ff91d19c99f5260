package paste

import (
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// readMessages reads raw HTTP messages in a row (curl -i, curl -iL, HTTPie,
// a devtools raw copy): each status line starts a response, each request
// line a request that the next response answers. It also reads a header
// block with no start line. sawRequest says a request block came first.
func (r *reader) readMessages(ls []line) (exs []message.Exchange, sawRequest bool) {
	var pending *message.Request
	i := firstNonBlank(ls, 0)
	for i < len(ls) {
		t := strings.TrimLeft(ls[i].text, " \t")
		if method, target, version, ok := parseRequestLine(t); ok {
			if pending != nil {
				exs = append(exs, message.Exchange{Request: pending})
				r.warn(pending.Line, "the request on line %d has no response in the paste", pending.Line)
			}
			req := &message.Request{Method: method, Target: target, Version: version, Line: ls[i].num}
			h, next, _ := r.readFields(ls, i+1)
			req.Header = h
			end := nextMessage(ls, next)
			// A status line ends a request body even without a blank line:
			// request bodies do not hold status lines, chats drop blanks.
			for j := next; j < end; j++ {
				if isStatusLine(ls[j].text) {
					end = j
					break
				}
			}
			r.requestBody(req, ls[next:end])
			req.URL = rebuildURL(req, "")
			pending = req
			sawRequest = true
			i = firstNonBlank(ls, end)
			continue
		}
		resp := &message.Response{Line: ls[i].num}
		start := i
		if version, code, reason, ok := parseStatusLine(t); ok {
			resp.Version, resp.Status, resp.Reason = version, code, reason
			r.checkStatusLine(ls[i], resp)
			start = i + 1
		}
		h, next, end := r.readFields(ls, start)
		resp.Header = r.takePseudo(h, resp, nil)
		if start == i && len(h) == 0 {
			// Neither a start line nor a field: nothing here is a message.
			r.warn(ls[i].num, "line %d is not an HTTP message; the rest of the paste, from there, was ignored", ls[i].num)
			break
		}
		bodyEnd := next
		if end != endMessage {
			bodyEnd = nextMessage(ls, next)
		}
		method := ""
		if pending != nil {
			method = pending.Method
		} else if len(exs) == 0 {
			method = r.firstMethod
		}
		r.responseBody(resp, method, ls[next:bodyEnd])
		exs = append(exs, message.Exchange{Request: pending, Response: resp})
		// An interim (1xx) response answers the same request as the final
		// one, so both exchanges show it.
		if resp.Status >= 200 || resp.Status == 0 {
			pending = nil
		}
		i = firstNonBlank(ls, bodyEnd)
	}
	if pending != nil {
		exs = append(exs, message.Exchange{Request: pending})
		r.warn(pending.Line, "the request on line %d has no response in the paste", pending.Line)
	}
	return exs, sawRequest
}

// nextMessage returns the index of the next start line that follows a blank
// line (or stands at from), or len(ls).
func nextMessage(ls []line, from int) int {
	for j := from; j < len(ls); j++ {
		if (j == from || isBlank(ls[j-1].text)) && startsMessage(strings.TrimLeft(ls[j].text, " \t")) {
			return j
		}
	}
	return len(ls)
}

// checkStatusLine reports what a strict client would object to in a status
// line.
func (r *reader) checkStatusLine(l line, resp *message.Response) {
	if !strings.HasPrefix(l.text, "HTTP/") {
		r.warn(l.num, "the protocol name on line %d is not upper case %q", l.num, "HTTP/")
	}
	if resp.Reason == "" && strings.HasPrefix(resp.Version, "HTTP/1") {
		r.info(l.num, "the status line on line %d has no reason phrase; that is allowed, clients go by the code", l.num)
	}
	if i := strings.Index(resp.Reason, ": "); i > 0 && isToken(resp.Reason[strings.LastIndexByte(resp.Reason[:i], ' ')+1:i]) {
		r.warn(l.num, "the reason phrase on line %d holds %s: the line breaks of the header were probably lost when it was copied", l.num, quote(resp.Reason))
	}
	if resp.Status < 100 {
		r.warn(l.num, "status code %d on line %d is not a valid HTTP status (100 to 599)", resp.Status, l.num)
	}
}

// takePseudo removes HTTP/2 pseudo-header fields from h: ":status" sets the
// response status; ":method", ":path", ":authority" and ":scheme" fill req.
func (r *reader) takePseudo(h message.Header, resp *message.Response, req *message.Request) message.Header {
	has := false
	for _, f := range h {
		if strings.HasPrefix(f.Name, ":") {
			has = true
			break
		}
	}
	if !has {
		return h
	}
	out := make(message.Header, 0, len(h))
	var authority, scheme string
	for _, f := range h {
		if !strings.HasPrefix(f.Name, ":") {
			out = append(out, f)
			continue
		}
		switch strings.ToLower(f.Name) {
		case ":status":
			if resp == nil {
				break
			}
			code, err := strconv.Atoi(f.Value)
			if err != nil || code < 100 || code > 999 {
				r.warn(f.Line, "the :status value %q on line %d is not a status code", f.Value, f.Line)
				break
			}
			if resp.Status == 0 {
				resp.Status, resp.Version, resp.Line = code, "HTTP/2", f.Line
			}
		case ":method":
			if req != nil {
				req.Method = f.Value
			}
		case ":path":
			if req != nil {
				req.Target = f.Value
			}
		case ":authority":
			authority = f.Value
		case ":scheme":
			scheme = f.Value
		default:
			r.info(f.Line, "unknown pseudo-header field %s on line %d ignored", f.Name, f.Line)
		}
	}
	if req != nil {
		if req.Version == "" {
			req.Version = "HTTP/2"
		}
		if authority != "" && req.URL == "" {
			if scheme == "" {
				scheme = "https"
			}
			req.URL = scheme + "://" + authority + req.Target
		}
	}
	return out
}

// rebuildURL makes an absolute URL from the request target, its Host and the
// scheme the connection used ("" when unknown: http, unless the Host names
// port 443).
func rebuildURL(req *message.Request, scheme string) string {
	t := req.Target
	if strings.Contains(t, "://") {
		return t
	}
	if req.Method == "CONNECT" || t == "*" {
		return ""
	}
	host := req.Header.Get("Host")
	if host == "" {
		return ""
	}
	if scheme == "" {
		scheme = "http"
		if strings.HasSuffix(host, ":443") || tlsOnlyVersion(req.Version) {
			scheme = "https"
		}
	}
	host = strings.TrimSuffix(host, defaultPort[scheme])
	return scheme + "://" + host + t
}

// tlsOnlyVersion reports versions that clients in practice speak only over
// TLS (browsers and curl use cleartext HTTP/2 only when forced), so a URL
// rebuilt for them is https.
func tlsOnlyVersion(v string) bool {
	return v == "HTTP/2" || v == "HTTP/2.0" || v == "HTTP/3"
}

var defaultPort = map[string]string{"http": ":80", "https": ":443"}
