package paste

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// dechunk removes the chunked transfer coding (RFC 9112 section 7.1). curl
// and browsers print bodies already de-chunked, so a body that does not start
// with a chunk size is kept as it is. On a damaged chunk it keeps what was
// read and says where it stopped.
func (r *reader) dechunk(data []byte, first int) ([]byte, message.Header) {
	sizeLine, _ := cutLine(data)
	if _, _, ok := parseChunkSize(sizeLine); !ok {
		r.info(first, "Transfer-Encoding is chunked but the body has no chunk sizes: the tool that printed it had already removed the chunked coding")
		return data, nil
	}
	out := make([]byte, 0, len(data))
	num := first
	pos := 0
	// The line counter can run one past the last line when the data ends
	// without a line break; diagnostics must not point there.
	last := first + bytes.Count(data, []byte("\n"))
	if bytes.HasSuffix(data, []byte("\n")) {
		last--
	}
	at := func() int { return min(num, last) }
	for {
		if pos >= len(data) {
			r.warn(min(num-1, last), "the chunked body ends without its last chunk (size 0): it may be cut off")
			return out, nil
		}
		sizeLine, rest := cutLine(data[pos:])
		size, ext, ok := parseChunkSize(sizeLine)
		if !ok {
			r.warn(at(), "bad chunk size %s on line %d; kept the %d bytes read before it", quote(string(sizeLine)), at(), len(out))
			return out, nil
		}
		if ext != "" {
			r.info(at(), "chunk extension %s on line %d (it does not change the body)", quote(ext), at())
		}
		pos = len(data) - len(rest)
		num++
		if size == 0 {
			return out, r.trailers(data[pos:], at())
		}
		if size > int64(len(data)-pos) {
			r.warn(at(), "the chunk on line %d declares %d bytes but only %d were pasted: cut off", at(), size, len(data)-pos)
			return append(out, data[pos:]...), nil
		}
		chunk := data[pos : pos+int(size)]
		out = append(out, chunk...)
		num += bytes.Count(chunk, []byte("\n"))
		pos += int(size)
		switch {
		case bytes.HasPrefix(data[pos:], []byte("\r\n")):
			pos += 2
			num++
		case bytes.HasPrefix(data[pos:], []byte("\n")), bytes.HasPrefix(data[pos:], []byte("\r")):
			pos++
			num++
		default:
			r.warn(at(), "the chunk of %d bytes is not followed by a line break on line %d; its size does not match the pasted data (line breaks changed by copying?)", size, at())
			_, rest := cutLine(data[pos:])
			out = append(out, data[pos:len(data)-len(rest)]...)
			pos = len(data) - len(rest)
			num++
		}
	}
}

// cutLine splits b after its first line break.
func cutLine(b []byte) (text, rest []byte) {
	i := bytes.IndexAny(b, "\r\n")
	if i < 0 {
		return b, nil
	}
	if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
		return b[:i], b[i+2:]
	}
	return b[:i], b[i+1:]
}

// parseChunkSize reads "1a;name=value" (hex size, optional extensions).
func parseChunkSize(b []byte) (size int64, ext string, ok bool) {
	s := string(b)
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s, ext = s[:i], s[i:]
	}
	s = trimOWS(s)
	if s == "" || len(s) > 15 {
		return 0, "", false
	}
	n, err := strconv.ParseInt(s, 16, 64)
	if err != nil {
		return 0, "", false
	}
	return n, ext, true
}

// trailers reads the trailer section after the last chunk.
func (r *reader) trailers(rest []byte, first int) message.Header {
	ls, _ := splitLines(string(rest), first-1, 0)
	h, next, _ := r.readFields(ls, 0)
	if next < len(ls) && len(trimBlankTail(ls[next:])) > 0 {
		r.warn(ls[next].num, "text after the end of the chunked body, from line %d, was ignored", ls[next].num)
	}
	return h
}
