package paste

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// vtag says what a line of curl -v or --trace-ascii output carries.
type vtag byte

const (
	tagInfo     vtag = '*' // "* …" connection and TLS notes
	tagSend     vtag = '>' // a request header line
	tagRecv     vtag = '<' // a response header line
	tagData     vtag = 'd' // response body text
	tagSendData vtag = 's' // request body text (--trace-ascii only)
	tagMarkIn   vtag = '{' // "{ [N bytes data]": body received but not shown
	tagMarkOut  vtag = '}' // "} [N bytes data]": data sent
)

// vline is one classified line, with its prefix removed.
type vline struct {
	tag vtag
	l   line
}

// isCurlVerboseLine reports whether s is a line only curl -v prints.
func isCurlVerboseLine(s string) bool {
	switch {
	case strings.HasPrefix(s, "< "):
		return isStatusLine(s[2:])
	case strings.HasPrefix(s, "> "):
		return isRequestLine(s[2:])
	case strings.HasPrefix(s, "* "):
		t := strings.TrimLeft(s[2:], " ")
		for _, p := range []string{"Trying ", "Connected to ", "Host ", "Uses proxy", "Establish HTTP proxy tunnel"} {
			if strings.HasPrefix(t, p) {
				return true
			}
		}
	}
	return false
}

// hasCurlVerbose reports whether the first lines of ls hold curl -v request
// or response lines.
func hasCurlVerbose(ls []line) bool {
	for i, l := range ls {
		if i > 2000 {
			break
		}
		if (strings.HasPrefix(l.text, "< ") && isStatusLine(l.text[2:])) ||
			(strings.HasPrefix(l.text, "> ") && isRequestLine(l.text[2:])) {
			return true
		}
	}
	return false
}

// classifyVerbose tags each line of curl -v output by its prefix. Lines
// with no prefix are the body, which curl writes to stdout among them.
func (r *reader) classifyVerbose(ls []line) []vline {
	out := make([]vline, 0, len(ls))
	for _, l := range ls {
		t := l.text
		switch {
		case strings.HasPrefix(t, "> ") || t == ">":
			l.text = strings.TrimPrefix(strings.TrimPrefix(t, ">"), " ")
			out = append(out, vline{tagSend, l})
		case strings.HasPrefix(t, "< ") || t == "<":
			l.text = strings.TrimPrefix(strings.TrimPrefix(t, "<"), " ")
			out = append(out, vline{tagRecv, l})
		case strings.HasPrefix(t, "* ") || t == "*":
			l.text = strings.TrimPrefix(strings.TrimPrefix(t, "*"), " ")
			out = append(out, vline{tagInfo, l})
		case (strings.HasPrefix(t, "{ [") || strings.HasPrefix(t, "} [")) && strings.HasSuffix(t, "data]"):
			out = append(out, vline{vtag(t[0]), l})
		case isProgressMeter(t):
			// curl's progress meter, printed when the body goes to a file.
		default:
			if i := strings.Index(t, "* Connection #"); i > 0 {
				// The body had no final line break, so curl's next note
				// was printed on the same line.
				r.info(l.num, "split curl's note %s from the end of the body on line %d", quote(t[i:]), l.num)
				out = append(out, vline{tagData, line{num: l.num, text: t[:i]}})
				l.text = t[i+2:]
				out = append(out, vline{tagInfo, l})
				continue
			}
			out = append(out, vline{tagData, l})
		}
	}
	return out
}

// isProgressMeter reports whether s is a line of curl's progress meter.
func isProgressMeter(s string) bool {
	t := strings.TrimLeft(s, " ")
	return strings.HasPrefix(t, "% Total") || strings.HasPrefix(t, "Dload") ||
		(strings.Contains(t, "--:--:--") && !strings.ContainsAny(t, "{}\""))
}

// verboseConn is what the "* " notes say about the connection: they are not
// part of any message but tell the scheme, host and port of the URL.
type verboseConn struct {
	host    string
	port    int
	tls     bool
	nextURL string
	pseudo  map[string]string
}

func (c *verboseConn) note(s string) {
	t := strings.TrimLeft(s, " ")
	switch {
	case strings.HasPrefix(t, "Connected to "):
		// "Connected to api.example.com (1.2.3.4) port 443 (#0)"
		f := strings.Fields(t[len("Connected to "):])
		if len(f) > 0 {
			c.host = f[0]
		}
		for i := 0; i+1 < len(f); i++ {
			if f[i] == "port" {
				if p, err := strconv.Atoi(f[i+1]); err == nil {
					c.port = p
				}
			}
		}
	case strings.HasPrefix(t, "Issue another request to this URL:"):
		c.nextURL = strings.Trim(trimOWS(t[len("Issue another request to this URL:"):]), "'\"")
	case strings.HasPrefix(t, "[HTTP/"):
		if i := strings.Index(t, "OPENED stream for "); i >= 0 {
			c.nextURL = trimOWS(t[i+len("OPENED stream for "):])
		} else if i := strings.Index(t, "[:"); i >= 0 && strings.HasSuffix(t, "]") {
			kv := t[i+1 : len(t)-1]
			if j := strings.Index(kv[1:], ": "); j >= 0 {
				if c.pseudo == nil {
					c.pseudo = map[string]string{}
				}
				c.pseudo[kv[:j+1]] = kv[j+3:]
			}
		}
		c.tls = c.tls || strings.HasPrefix(t, "[HTTP/2]") || strings.HasPrefix(t, "[HTTP/3]")
	case strings.HasPrefix(t, "SSL connection using"), strings.HasPrefix(t, "ALPN"), strings.HasPrefix(t, "TLSv1"),
		strings.HasPrefix(t, "Server certificate:"), strings.Contains(t, "TLS handshake"):
		c.tls = true
	}
}

// requestURL rebuilds the absolute URL of req from what curl said.
func (c *verboseConn) requestURL(req *message.Request) string {
	if strings.Contains(req.Target, "://") {
		return req.Target
	}
	if req.Method == "CONNECT" {
		return ""
	}
	if c.nextURL != "" {
		if u, err := url.Parse(c.nextURL); err == nil && u.RequestURI() == req.Target {
			return c.nextURL
		}
	}
	host := req.Header.Get("Host")
	if host == "" {
		host = c.pseudo[":authority"]
	}
	if host == "" {
		host = c.host
		if c.port != 0 && c.port != 80 && c.port != 443 {
			host += ":" + strconv.Itoa(c.port)
		}
	}
	if host == "" {
		return ""
	}
	scheme := c.pseudo[":scheme"]
	if scheme == "" {
		scheme = "http"
		// curl speaks HTTP/2 and HTTP/3 only over TLS unless told otherwise.
		if c.port == 443 || c.tls || strings.HasSuffix(host, ":443") || tlsOnlyVersion(req.Version) {
			scheme = "https"
		}
	}
	return scheme + "://" + strings.TrimSuffix(host, defaultPort[scheme]) + req.Target
}

// readVerbose builds exchanges from classified curl -v (or --trace-ascii)
// lines: each request is answered by the responses after it, interim ones
// included.
func (r *reader) readVerbose(vs []vline) []message.Exchange {
	var exs []message.Exchange
	var conn verboseConn
	var req *message.Request
	answered := false
	strayData, strayAt := 0, 0
	for i := 0; i < len(vs); {
		v := vs[i]
		switch {
		case v.tag == tagInfo:
			conn.note(v.l.text)
			i++
		case v.tag == tagSend && isRequestLine(v.l.text):
			if req != nil && !answered {
				exs = append(exs, message.Exchange{Request: req})
				r.warn(req.Line, "the request on line %d has no response in the paste", req.Line)
			}
			var head []line
			head, i = gatherHead(vs, i, tagSend)
			req = r.verboseRequest(head, &conn)
			answered = false
			for i < len(vs) && vs[i].tag == tagSendData {
				j := i
				for j < len(vs) && vs[j].tag == tagSendData {
					j++
				}
				r.requestBody(req, linesOf(vs[i:j]))
				i = j
			}
		case v.tag == tagRecv && isStatusLine(v.l.text):
			var head []line
			head, i = gatherHead(vs, i, tagRecv)
			resp := &message.Response{Line: head[0].num}
			resp.Version, resp.Status, resp.Reason, _ = parseStatusLine(head[0].text)
			if resp.Reason == "" && strings.HasPrefix(resp.Version, "HTTP/1") {
				r.info(resp.Line, "the status line on line %d has no reason phrase; that is allowed, clients go by the code", resp.Line)
			}
			h, _, _ := r.readFields(head, 1)
			resp.Header = r.takePseudo(h, resp, nil)
			var body, trailer []line
			marked, markLine := 0, 0
		body:
			for ; i < len(vs); i++ {
				switch w := vs[i]; {
				case w.tag == tagData:
					body = append(body, w.l)
				case w.tag == tagMarkIn:
					if n, ok := markerBytes(w.l.text); ok {
						marked += n
						if markLine == 0 {
							markLine = w.l.num
						}
					}
				case w.tag == tagInfo:
					conn.note(w.l.text)
				case w.tag == tagRecv && !isStatusLine(w.l.text):
					trailer = append(trailer, w.l)
				case w.tag == tagMarkOut:
				default:
					break body
				}
			}
			method := ""
			if req != nil {
				method = req.Method
			}
			if len(trimBlankTail(body)) == 0 && marked > 0 && !hasNoBody(method, resp.Status) {
				resp.Body = message.NewBody(nil, resp.Header.Get("Content-Type"), markLine)
				resp.Body.Omitted = true
				r.info(markLine, "curl did not show the body (%d bytes, line %d): it went to a file or a pipe", marked, markLine)
			} else {
				r.responseBody(resp, method, body)
			}
			if len(trailer) > 0 {
				t, _, _ := r.readFields(trailer, 0)
				resp.Trailers = append(resp.Trailers, t...)
			}
			exs = append(exs, message.Exchange{Request: req, Response: resp})
			answered = true
			if req != nil && req.Method == "CONNECT" && resp.Status/100 == 2 {
				// The tunnel's far end decides the scheme of what follows.
				if _, p, ok := strings.Cut(req.Target, ":"); ok {
					conn.port, _ = strconv.Atoi(p)
				}
			}
		case v.tag == tagData && !isBlank(v.l.text):
			if strayData == 0 {
				strayAt = v.l.num
			}
			strayData++
			i++
		default:
			i++
		}
	}
	if req != nil && !answered {
		exs = append(exs, message.Exchange{Request: req})
		r.warn(req.Line, "the request on line %d has no response in the paste", req.Line)
	}
	if strayData > 0 {
		r.info(strayAt, "%s outside any message (from line %d) ignored", count(strayData, "line"), strayAt)
	}
	return exs
}

// gatherHead returns the lines of one header block with tag, from its start
// line to the blank line that ends it, and the index after it.
func gatherHead(vs []vline, i int, tag vtag) ([]line, int) {
	head := []line{vs[i].l}
	for i++; i < len(vs); i++ {
		if vs[i].tag == tagInfo {
			continue
		}
		if vs[i].tag != tag || startsMessage(vs[i].l.text) {
			break
		}
		if isBlank(vs[i].l.text) {
			i++
			break
		}
		head = append(head, vs[i].l)
	}
	return head, i
}

func linesOf(vs []vline) []line {
	ls := make([]line, len(vs))
	for i, v := range vs {
		ls[i] = v.l
	}
	return ls
}

// verboseRequest reads a request header block.
func (r *reader) verboseRequest(head []line, conn *verboseConn) *message.Request {
	req := &message.Request{Line: head[0].num}
	req.Method, req.Target, req.Version, _ = parseRequestLine(head[0].text)
	h, _, _ := r.readFields(head, 1)
	req.Header = r.takePseudo(h, nil, req)
	req.URL = conn.requestURL(req)
	conn.nextURL, conn.pseudo = "", nil
	return req
}

// markerBytes reads N from "{ [N bytes data]".
func markerBytes(s string) (int, bool) {
	f := strings.Fields(strings.TrimLeft(s[1:], " ["))
	if len(f) == 0 {
		return 0, false
	}
	n, err := strconv.Atoi(f[0])
	return n, err == nil
}
