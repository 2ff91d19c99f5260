package paste

import (
	"net/url"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// isWgetStart reports whether s is wget's "--2026-05-01 10:00:00--  URL".
func isWgetStart(s string) bool {
	_, ok := wgetURL(s)
	return ok
}

// wgetURL reads the URL of a wget request line.
func wgetURL(s string) (string, bool) {
	if len(s) < 24 || !strings.HasPrefix(s, "--") || !isDigit(s[2]) || s[6] != '-' {
		return "", false
	}
	end := strings.Index(s[2:], "--  ")
	if end < 0 {
		return "", false
	}
	u := trimOWS(s[2+end+4:])
	return u, u != ""
}

// isWgetSent reports whether s is the line after which wget -S prints the
// response header.
func isWgetSent(s string) bool {
	// "..." is rare, so its search skips a long line (a JSON body on one
	// line) several times faster than the sentence's, whose first letter
	// is everywhere.
	return strings.Contains(s, "...") && strings.Contains(s, "request sent, awaiting response...")
}

// hasWget reports whether ls is wget output.
func hasWget(ls []line) bool {
	first := firstNonBlank(ls, 0)
	for i, l := range ls {
		if i > 200 {
			break
		}
		if isWgetSent(l.text) || (i == first && isWgetStart(l.text) && hasIndentedStatus(ls)) {
			return true
		}
	}
	return false
}

// readWget reads wget -S output: each "--date--  URL" line starts a request
// and the two-space indented block after "HTTP request sent, awaiting
// response..." is its response. wget saves the body to a file, so the body
// is never in the paste.
func (r *reader) readWget(ls []line) []message.Exchange {
	var exs []message.Exchange
	var reqURL string
	urlLine := 0
	for i := 0; i < len(ls); i++ {
		t := ls[i].text
		if u, ok := wgetURL(t); ok {
			reqURL, urlLine = u, ls[i].num
			continue
		}
		// The sentence before the block is in the user's language; the
		// indented status line is not.
		indented := strings.HasPrefix(t, "  ") && isStatusLine(t[2:])
		if !isWgetSent(t) && !indented {
			continue
		}
		sent := ls[i].num
		var block []line
		j := i + 1
		if indented {
			j = i
		}
		for ; j < len(ls) && strings.HasPrefix(ls[j].text, "  ") && !isBlank(ls[j].text); j++ {
			l := ls[j]
			l.text = l.text[2:]
			block = append(block, l)
		}
		i = j - 1
		resp := &message.Response{Line: sent}
		start := 0
		if len(block) > 0 {
			if version, code, reason, ok := parseStatusLine(block[0].text); ok {
				resp.Version, resp.Status, resp.Reason, resp.Line = version, code, reason, block[0].num
				start = 1
			}
		} else if _, after, ok := strings.Cut(t, "awaiting response..."); ok && !indented {
			// Without -S wget prints only "200 OK" after the dots.
			r.warn(sent, "wget was run without -S, so the response header is not in the paste")
			code, reason, _ := strings.Cut(trimOWS(after), " ")
			if len(code) == 3 && isStatusLine("HTTP/1.1 "+code) {
				_, resp.Status, _, _ = parseStatusLine("HTTP/1.1 " + code)
				resp.Reason = reason
			}
		}
		h, _, _ := r.readFields(block, start)
		resp.Header = h
		var req *message.Request
		if reqURL != "" {
			req = &message.Request{URL: reqURL, Line: urlLine}
			if u, err := url.Parse(reqURL); err == nil {
				req.Target = u.RequestURI()
			}
		}
		r.responseBody(resp, "", nil)
		exs = append(exs, message.Exchange{Request: req, Response: resp})
	}
	return exs
}

// hasIndentedStatus reports whether the first lines hold a status line
// indented by two spaces, as wget -S prints it.
func hasIndentedStatus(ls []line) bool {
	for i, l := range ls {
		if i > 200 {
			break
		}
		if strings.HasPrefix(l.text, "  ") && isStatusLine(l.text[2:]) {
			return true
		}
	}
	return false
}
