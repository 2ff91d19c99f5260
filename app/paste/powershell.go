package paste

import (
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// PowerShell's web cmdlets (Invoke-WebRequest, and Invoke-RestMethod on
// an error) print one of two things. A response object, as a property
// list: "StatusCode        : 429", the names padded so the values line up,
// a long value continued on lines indented to the value column. Its
// RawContent property is the response rebuilt as HTTP/1.1 text (even when
// the wire was HTTP/2), which reads like a raw response. Or, when the
// status is an error, an error record: "Invoke-WebRequest : The remote
// server returned an error: (429) Too Many Requests." (Windows PowerShell
// 5.1) or "Invoke-WebRequest: Response status code does not indicate
// success: 429 (Too Many Requests)." (PowerShell 7), or the cmdlet's name
// before the error body itself, then "At line:…" and "+ …" lines.
// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-webrequest

// psProperty is one property of the list: its name, and its value's lines
// (the first one's text after "Name : ", the others dedented).
type psProperty struct {
	name  string
	lines []line
	flat  bool // some continuation lines had lost their indentation
}

// psPropertyAt reads "Name<spaces>: value" and returns the name and the
// column where the value starts.
func psPropertyAt(s string) (name string, col int, ok bool) {
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	if i == 0 || s[0] < 'A' || s[0] > 'Z' {
		return "", 0, false
	}
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j == i || j >= len(s) || s[j] != ':' {
		return "", 0, false
	}
	// "Name :" ends the line when the value is empty.
	if j+1 < len(s) && s[j+1] != ' ' {
		return "", 0, false
	}
	return s[:i], min(j+2, len(s)), true
}

// psCmdlets are the commands whose error records the reader knows.
var psCmdlets = []string{"Invoke-WebRequest", "Invoke-RestMethod", "iwr", "irm"}

// psErrorAt reads "Invoke-WebRequest : message" (5.1) or
// "Invoke-WebRequest: message" (7) and returns the message.
func psErrorAt(s string) (string, bool) {
	for _, c := range psCmdlets {
		if rest, ok := strings.CutPrefix(s, c); ok {
			rest = strings.TrimLeft(rest, " ")
			if msg, ok := strings.CutPrefix(rest, ":"); ok {
				return strings.TrimSpace(msg), true
			}
		}
	}
	return "", false
}

// hasPowerShell reports whether ls is PowerShell's: a StatusCode property
// with a status beside a StatusDescription or RawContent one, or an error
// record of a web cmdlet, in its first lines.
func hasPowerShell(ls []line) bool {
	status, other := false, false
	for i, l := range ls {
		if i > 60 {
			break
		}
		if _, ok := psErrorAt(l.text); ok {
			return true
		}
		name, col, ok := psPropertyAt(l.text)
		switch {
		case !ok:
		case name == "StatusCode":
			_, err := strconv.Atoi(trimOWS(l.text[col:]))
			status = err == nil
		case name == "StatusDescription" || name == "RawContent":
			other = true
		}
	}
	return status && other
}

// psProperties splits a property list into its properties.
func psProperties(ls []line) []psProperty {
	var props []psProperty
	col := 0
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if name, c, ok := psPropertyAt(l.text); ok {
			l.text = l.text[c:]
			props = append(props, psProperty{name: name, lines: []line{l}})
			col = c
			continue
		}
		if len(props) == 0 {
			continue
		}
		p := &props[len(props)-1]
		switch {
		case len(l.text) > col && isBlank(l.text[:col]):
			l.text = l.text[col:]
			p.lines = append(p.lines, l)
		case isBlank(l.text) && i+1 < len(ls) && len(ls[i+1].text) > col && isBlank(ls[i+1].text[:col]):
			// A blank line within a value (RawContent's, before the body).
			l.text = ""
			p.lines = append(p.lines, l)
		case isBlank(l.text):
			if i+1 < len(ls) && !isBlank(ls[i+1].text) {
				if _, _, next := psPropertyAt(ls[i+1].text); !next {
					p.lines = append(p.lines, line{num: l.num, eol: l.eol})
				}
			}
		default:
			// A chat or an editor took the indentation away: the line still
			// belongs to the value above, as no property starts on it.
			p.lines = append(p.lines, l)
			p.flat = true
		}
	}
	return props
}

// readPowerShell reads a PowerShell response object or error record.
func (r *reader) readPowerShell(ls []line) []message.Exchange {
	props := psProperties(ls)
	get := func(name string) *psProperty {
		for i := range props {
			if props[i].name == name {
				return &props[i]
			}
		}
		return nil
	}
	if get("StatusCode") == nil {
		return r.readPowerShellError(ls)
	}
	code, _ := strconv.Atoi(trimOWS(get("StatusCode").lines[0].text))
	if raw := get("RawContent"); raw != nil && isStatusLine(raw.lines[0].text) {
		lines := append([]line(nil), raw.lines...)
		last := &lines[len(lines)-1]
		if t, cut := psCut(trimOWS(last.text)); cut {
			r.warn(last.num, "PowerShell cut RawContent short (the \"...\" at its end); for all of it, print $response.RawContent")
			last.text = t
		}
		r.info(raw.lines[0].num, "read as PowerShell Invoke-WebRequest output: the response is its RawContent property")
		if raw.flat {
			r.warn(raw.lines[0].num, "RawContent's lines had lost their indentation (a chat or an editor); read as the lines under it up to the next property")
		}
		exs, _ := r.readMessages(lines)
		if n := len(exs); n > 0 && exs[n-1].Response != nil && code != 0 && exs[n-1].Response.Status != code {
			r.warn(raw.lines[0].num, "StatusCode says %d but RawContent's status line says %d", code, exs[n-1].Response.Status)
		}
		return exs
	}
	st := get("StatusCode").lines[0]
	resp := &message.Response{Version: "HTTP/1.1", Status: code, Line: st.num}
	if d := get("StatusDescription"); d != nil {
		resp.Reason = trimOWS(d.lines[0].text)
	}
	r.info(st.num, "read as PowerShell Invoke-WebRequest output without RawContent: the status, the Headers property and the Content property")
	if h := get("Headers"); h != nil {
		resp.Header = r.psHeaders(h)
	}
	var body []line
	if c := get("Content"); c != nil {
		body = c.lines
	}
	r.responseBody(resp, "", body)
	return []message.Exchange{{Response: resp}}
}

// psHeaders reads the Headers property: {[Name, value], [Name, value]}.
func (r *reader) psHeaders(p *psProperty) message.Header {
	var s strings.Builder
	for i, l := range p.lines {
		if i > 0 {
			s.WriteByte(' ')
		}
		s.WriteString(trimOWS(l.text))
	}
	text := strings.TrimSuffix(strings.TrimPrefix(s.String(), "{"), "}")
	text, cut := psCut(text)
	// The list's own brackets: one before the first name and one after the
	// last value (a value may end with brackets of its own: String[]).
	text = strings.TrimSuffix(strings.TrimPrefix(text, "["), "]")
	var h message.Header
	opaque := false
	for _, item := range strings.Split(text, "], [") {
		name, value, ok := strings.Cut(item, ", ")
		if !ok || name == "" {
			continue
		}
		if value == "System.String[]" {
			opaque = true
			continue
		}
		h = append(h, message.Field{Name: name, Value: value, Line: p.lines[0].num})
	}
	if cut {
		r.warn(p.lines[0].num, "PowerShell cut the Headers property short (the \"...\" at its end); for all of them, print $response.Headers")
	}
	if opaque {
		r.warn(p.lines[0].num, "PowerShell 7 lists header values as System.String[]; for the values, print $response.RawContent or $response.Headers")
	}
	return h
}

// psCut takes off the "..." (or "…") with which PowerShell's list view
// ends a value too long to show, and says whether it was there.
func psCut(s string) (string, bool) {
	for _, mark := range []string{"...", "…"} {
		if t, ok := strings.CutSuffix(s, mark); ok {
			return t, true
		}
	}
	return s, false
}

// readPowerShellError reads an error record: the status from its message
// when it names one, and the body when the message is the body.
func (r *reader) readPowerShellError(ls []line) []message.Exchange {
	for i, l := range ls {
		msg, ok := psErrorAt(l.text)
		if !ok {
			continue
		}
		resp := &message.Response{Version: "HTTP/1.1", Line: l.num, HeaderUnseen: true}
		// 5.1: "The remote server returned an error: (429) Too Many Requests."
		// 7: "Response status code does not indicate success: 429 (Too Many Requests)."
		if rest, ok := strings.CutPrefix(msg, "The remote server returned an error: ("); ok && len(rest) > 4 && rest[3] == ')' {
			resp.Status, _ = strconv.Atoi(rest[:3])
			resp.Reason = strings.TrimSuffix(trimOWS(rest[4:]), ".")
			msg = ""
		} else if rest, ok := strings.CutPrefix(msg, "Response status code does not indicate success: "); ok && len(rest) > 3 {
			resp.Status, _ = strconv.Atoi(rest[:3])
			resp.Reason = strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(trimOWS(rest[3:]), "("), "."), ")")
			msg = ""
		}
		// The body: the message itself, or (7) the lines after it, up to
		// the record's "At line:" or "+ " lines.
		var body []line
		if msg != "" {
			body = append(body, line{num: l.num, text: msg, eol: "\n"})
		}
		for _, b := range ls[i+1:] {
			t := strings.TrimLeft(b.text, " ")
			if strings.HasPrefix(t, "At line:") || strings.HasPrefix(t, "At ") && strings.Contains(t, "char:") || strings.HasPrefix(t, "+ ") || t == "+" {
				break
			}
			body = append(body, b)
		}
		if resp.Status == 0 {
			r.warn(l.num, "PowerShell threw on the response and printed its body, not its status; with PowerShell 7, -SkipHttpErrorCheck returns the response (status and headers) instead")
		} else {
			r.info(l.num, "read as a PowerShell error record: the status is from its message; it shows no headers (PowerShell 7's -SkipHttpErrorCheck returns the whole response)")
		}
		if body = trimBlankTail(body); len(body) > 0 {
			resp.Body = message.NewBodyWith(joinLines(body), "", body[0].num, r.pace.yield)
		}
		return []message.Exchange{{Response: resp}}
	}
	return nil
}
