package paste

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// hasNoBody reports whether a response cannot carry a body: the answer to
// HEAD, 1xx, 204 and 304 (RFC 9110 section 6.4.1).
func hasNoBody(method string, status int) bool {
	return method == "HEAD" || (status >= 100 && status < 200) || status == 204 || status == 304
}

// responseBody reads the lines after a response header as its body: it
// removes chunked framing, checks Content-Length against what was pasted,
// and parses JSON. It never fixes the bytes silently.
func (r *reader) responseBody(resp *message.Response, method string, region []line) {
	region = trimBlankTail(region)
	if hasNoBody(method, resp.Status) && resp.Status != 0 {
		if len(region) > 0 {
			why := "a " + strconv.Itoa(resp.Status) + " response"
			if method == "HEAD" {
				why = "a response to HEAD"
			}
			r.warn(region[0].num, "%s has no body; ignored %s after its header, from line %d", why, count(len(region), "line"), region[0].num)
		}
		return
	}
	cl, hasCL := r.contentLength(resp.Header)
	ct := resp.Header.Get("Content-Type")
	chunked := isChunked(resp.Header)
	if len(region) == 0 {
		if (hasCL && cl > 0) || chunked {
			resp.Body = message.NewBody(nil, ct, 0)
			resp.Body.Omitted = true
			size := "chunked"
			if hasCL {
				size = strconv.FormatInt(cl, 10) + " bytes"
			}
			r.info(resp.Line, "the body (%s) is not in the paste", size)
		}
		return
	}
	data := joinLines(region)
	first := region[0].num
	if chunked {
		var trailers message.Header
		data, trailers = r.dechunk(data, first)
		resp.Trailers = append(resp.Trailers, trailers...)
	} else if hasCL {
		data = r.checkLength(data, cl, region)
	}
	if sniffBinary(data) {
		r.info(first, "the body looks like binary data (a NUL or control byte near its start); encoding %q", resp.Header.Get("Content-Encoding"))
	}
	resp.Body = message.NewBodyWith(data, ct, first, r.pace.yield)
	r.checkQuotes(resp.Body)
}

// checkQuotes says why a JSON body with curly quotes does not parse: word
// processors and chats turn '"' into '“' and '”', which JSON does not
// accept. The bytes are left as they are.
func (r *reader) checkQuotes(b *message.Body) {
	if b == nil || !b.IsJSON || b.JSONError == nil {
		return
	}
	if bytes.Contains(b.Bytes, []byte("\u201c")) || bytes.Contains(b.Bytes, []byte("\u201d")) {
		r.warn(b.Line, "the body holds curly quotes (“ ”), probably put there by a chat or word processor; JSON needs straight quotes (\"), so it does not parse")
	}
}

// requestBody reads the lines after a request header as its body.
func (r *reader) requestBody(req *message.Request, region []line) {
	region = trimBlankTail(region)
	if len(region) == 0 {
		return
	}
	req.Body = message.NewBodyWith(joinLines(region), req.Header.Get("Content-Type"), region[0].num, r.pace.yield)
}

// contentLength returns the Content-Length, reporting a value that is not a
// number or several values that disagree.
func (r *reader) contentLength(h message.Header) (int64, bool) {
	fs := h.All("Content-Length")
	if len(fs) == 0 {
		return 0, false
	}
	var n int64 = -1
	for _, f := range fs {
		// "42, 42" is a list of one value repeated (RFC 9110 section 8.6).
		for _, v := range strings.Split(f.Value, ",") {
			v = trimOWS(v)
			m, err := strconv.ParseInt(v, 10, 64)
			if err != nil || m < 0 {
				r.warn(f.Line, "Content-Length %q on line %d is not a number of bytes; the body length was not checked", f.Value, f.Line)
				return 0, false
			}
			if n >= 0 && m != n {
				r.warn(f.Line, "Content-Length on line %d (%d) disagrees with an earlier value (%d); a client must reject such a response", f.Line, m, n)
				return 0, false
			}
			n = m
		}
	}
	return n, true
}

// isChunked reports whether the last transfer coding is chunked.
func isChunked(h message.Header) bool {
	vs := h.Values("Transfer-Encoding")
	if len(vs) == 0 {
		return false
	}
	codings := strings.Split(vs[len(vs)-1], ",")
	return strings.EqualFold(trimOWS(codings[len(codings)-1]), "chunked")
}

// checkLength compares the pasted body with Content-Length. A final line
// break that the copy added is not counted; a difference of exactly the
// number of line breaks is CRLF turned into LF by copying.
func (r *reader) checkLength(data []byte, cl int64, region []line) []byte {
	n := int64(len(data))
	soft := int64(len(region[len(region)-1].eol))
	lastNum := region[len(region)-1].num
	if n == cl {
		return data
	}
	if n-soft == cl {
		return data[:cl]
	}
	if r.reindented && message.LooksLikeJSON(data) {
		r.info(region[0].num, "HTTPie shows JSON bodies re-indented, so the %d bytes shown differ from the Content-Length (%d) of the body as sent; the length was not checked", n, cl)
		return data
	}
	bare := int64(bytes.Count(data, []byte("\n")) - bytes.Count(data, []byte("\r\n")))
	softBare := bare
	if region[len(region)-1].eol == "\n" {
		softBare--
	}
	if bare > 0 && (cl == n+bare || cl == n-soft+softBare) {
		r.info(region[0].num, "Content-Length is %d but %d bytes were pasted: the difference is the number of line breaks, so they were CRLF on the wire and became LF when copied; the body was kept as pasted", cl, n)
		return data
	}
	if n > cl {
		extra := data[cl:]
		at := region[0].num + bytes.Count(data[:cl], []byte("\n"))
		if len(bytes.TrimSpace(extra)) == 0 {
			r.info(at, "%s of white space after the Content-Length (%d) ignored", count(len(extra), "byte"), cl)
		} else {
			r.warn(at, "extra data: %d bytes after the Content-Length (%d bytes), from line %d, are not part of this body", len(extra), cl, at)
		}
		return data[:cl]
	}
	r.warn(lastNum, "body cut off: %d of %d bytes (Content-Length) are in the paste", n-soft, cl)
	return data
}

// sniffBinary reports whether data starts with bytes no text has.
func sniffBinary(data []byte) bool {
	if len(data) > 512 {
		data = data[:512]
	}
	for _, c := range data {
		if c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
			return true
		}
	}
	return false
}
