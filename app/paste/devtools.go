package paste

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// generalKeys are the lines of the "General" block that Chrome shows above
// the headers; the value says what each one fills.
var generalKeys = map[string]string{
	"request url":     "url",
	"request method":  "method",
	"status code":     "status",
	"remote address":  "",
	"referrer policy": "",
}

// sectionTitles are the headings copied along with the devtools tables.
var sectionTitles = map[string]string{
	"general":          "general",
	"response headers": "response",
	"request headers":  "request",
	"headers":          "response",
	"raw":              "",
	"view source":      "",
	"view parsed":      "",
}

// commonNames are field names that make two-line pairs look like a header
// table copy rather than two lines of prose.
var commonNames = map[string]bool{
	"date": true, "server": true, "vary": true, "etag": true, "age": true, "via": true,
	"location": true, "expires": true, "allow": true, "link": true, "pragma": true,
}

// isGeneralLine reports whether s is a line of Chrome's General block, as
// "Request URL: …" or as a name alone on its line.
func isGeneralLine(s string) bool {
	k, _, _ := strings.Cut(s, ":")
	_, ok := generalKeys[strings.ToLower(trimOWS(k))]
	return ok
}

// sectionTitle returns the section a heading line opens, "" for headings
// that open none, and false for lines that are not headings.
func sectionTitle(s string) (string, bool) {
	t := strings.ToLower(trimOWS(s))
	if i := strings.IndexByte(t, '('); i > 0 {
		// "Response Headers (12)"
		t = trimOWS(t[:i])
	}
	for _, suffix := range []string{"raw", "view source", "view parsed"} {
		if strings.HasSuffix(t, suffix) && t != suffix {
			t = trimOWS(strings.TrimSuffix(t, suffix))
		}
	}
	sec, ok := sectionTitles[t]
	return sec, ok
}

// isDevtools reports whether ls looks like a copy from browser devtools: a
// General block, a section heading, a ":status" line, or a table copied
// with names and values on lines of their own.
func isDevtools(ls []line) bool {
	var nb []string
	for _, l := range ls {
		if t := trimOWS(l.text); t != "" {
			nb = append(nb, t)
			if len(nb) == 40 {
				break
			}
		}
	}
	if len(nb) == 0 || startsMessage(nb[0]) {
		return false
	}
	for _, t := range nb {
		if _, ok := sectionTitle(t); ok && t != "Raw" {
			return true
		}
		if isGeneralLine(t) || strings.HasPrefix(t, ":status:") || t == ":status" {
			return true
		}
	}
	return isAlternating(nb) || isTabTable(nb)
}

// isTabTable reports whether most lines are "name<TAB>value", as a table
// row copies.
func isTabTable(nb []string) bool {
	n := 0
	for _, t := range nb {
		if name, _, ok := strings.Cut(t, "\t"); ok && isToken(strings.TrimSuffix(name, ":")) {
			n++
		}
	}
	return n >= 2 && n*2 > len(nb)
}

// isAlternating reports whether lines are name, value, name, value.
func isAlternating(nb []string) bool {
	if len(nb) < 4 {
		return false
	}
	known := false
	for i := 0; i+1 < len(nb); i += 2 {
		name := strings.TrimSuffix(nb[i], ":")
		if !isToken(strings.TrimPrefix(name, ":")) {
			return false
		}
		n := strings.ToLower(name)
		known = known || strings.Contains(n, "-") || commonNames[n]
	}
	return known
}

// readDevtools reads a devtools copy: the General block, the response and
// request header tables (as "name: value" lines or name and value on lines
// of their own), and a raw status line if there is one.
func (r *reader) readDevtools(ls []line) []message.Exchange {
	resp := &message.Response{}
	var req *message.Request
	var respLines, reqLines []line
	section := "response"
	getReq := func() *message.Request {
		if req == nil {
			req = &message.Request{}
		}
		return req
	}
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		t := trimOWS(strings.ReplaceAll(l.text, "\u00a0", " "))
		if t == "" {
			continue
		}
		if sec, ok := sectionTitle(t); ok {
			if sec != "" {
				section = sec
			}
			continue
		}
		if version, code, reason, ok := parseStatusLine(t); ok {
			resp.Version, resp.Status, resp.Reason, resp.Line = version, code, reason, l.num
			section = "response"
			continue
		}
		if method, target, version, ok := parseRequestLine(t); ok {
			q := getReq()
			q.Method, q.Target, q.Version, q.Line = method, target, version, l.num
			section = "request"
			continue
		}
		name, value, _, ok := splitField(t)
		if ok && looksLikeURLPart(t) {
			ok = false
		}
		if n, v, tab := strings.Cut(t, "\t"); tab && isToken(strings.TrimPrefix(strings.TrimSuffix(n, ":"), ":")) && (!ok || strings.Contains(v, ":")) {
			name, value, ok = strings.TrimSuffix(n, ":"), trimOWS(v), true
		}
		if k, v, found := strings.Cut(t, ":"); found && trimOWS(v) != "" && isGeneralLine(k) {
			name, value, ok = trimOWS(k), trimOWS(v), true
		}
		if !ok || value == "" {
			// A name alone on its line: its value is the next line,
			// unless that line is a whole field and this one ended with
			// a colon (a field with an empty value).
			bare := strings.TrimSuffix(t, ":")
			j := firstNonBlank(ls, i+1)
			general := isGeneralLine(bare)
			if !general && !isToken(strings.TrimPrefix(bare, ":")) {
				r.info(l.num, "line %d is not a header field; ignored", l.num)
				continue
			}
			if j < len(ls) && (!strings.HasSuffix(t, ":") || !isFieldLine(ls[j].text) && !isNameLine(ls[j].text)) {
				name, value = bare, trimOWS(ls[j].text)
				i = j
			} else {
				name, value = bare, ""
			}
		}
		if key, ok := generalKeys[strings.ToLower(name)]; ok {
			switch key {
			case "url":
				q := getReq()
				q.URL, q.Line = value, l.num
				if u, err := url.Parse(value); err == nil && q.Target == "" {
					q.Target = u.RequestURI()
				}
			case "method":
				getReq().Method = value
			case "status":
				r.devtoolsStatus(resp, value, l.num)
			}
			continue
		}
		fl := line{num: l.num, text: strings.TrimSuffix(name+": "+value, " ")}
		if section == "request" {
			reqLines = append(reqLines, fl)
		} else {
			respLines = append(respLines, fl)
		}
	}
	h, _, _ := r.readFields(respLines, 0)
	resp.Header = r.takePseudo(h, resp, nil)
	if resp.Line == 0 && len(resp.Header) > 0 {
		resp.Line = resp.Header[0].Line
	}
	if resp.Status == 0 {
		r.info(0, "the copy has no status code; add the status line (or the General block's Status Code) for a full explanation")
	}
	if len(reqLines) > 0 {
		q := getReq()
		h, _, _ := r.readFields(reqLines, 0)
		q.Header = r.takePseudo(h, nil, q)
		if q.Line == 0 {
			q.Line = reqLines[0].num
		}
		if q.URL == "" {
			q.URL = rebuildURL(q, "https")
		}
	}
	return []message.Exchange{{Request: req, Response: resp}}
}

// isFieldLine reports whether s is a whole "name: value" field.
func isFieldLine(s string) bool {
	t := trimOWS(s)
	_, v, _, ok := splitField(t)
	return ok && v != "" && !looksLikeURLPart(t)
}

// isNameLine reports whether s is a field name alone, ending with a colon.
func isNameLine(s string) bool {
	t := trimOWS(s)
	return strings.HasSuffix(t, ":") && isToken(strings.TrimPrefix(strings.TrimSuffix(t, ":"), ":"))
}

// devtoolsStatus reads "200", "200 OK" or "200 OK (from disk cache)".
func (r *reader) devtoolsStatus(resp *message.Response, value string, num int) {
	v := value
	if i := strings.IndexByte(v, '('); i >= 0 {
		r.info(num, "the status on line %d says %s: the browser did not ask the server", num, quote(trimOWS(v[i:])))
		v = trimOWS(v[:i])
	}
	codeText, reason, _ := strings.Cut(v, " ")
	code, err := strconv.Atoi(codeText)
	if err != nil || code < 100 || code > 999 {
		r.warn(num, "the Status Code %q on line %d is not a status code", value, num)
		return
	}
	resp.Status, resp.Reason, resp.Line = code, trimOWS(reason), num
}
