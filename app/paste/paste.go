// Package paste reads what people paste into HTTP exchanges: raw HTTP/1.x
// and HTTP/2 messages, curl -i/-v/-iL output, HAR files, devtools copies,
// HTTPie and wget -S output, header blocks and bare bodies, including text
// mangled by chats. It detects the shape, repairs what it can, and says what
// it repaired and where it stopped, in diagnostics.
package paste

import (
	"bytes"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// expected says what Read understands, for the diagnostic on input it does
// not.
const expected = "expected an HTTP status line like 'HTTP/1.1 200 OK', header lines 'Name: value', curl -v output, a HAR file, or a JSON body"

// Read reads a paste. It never fails: what it could not understand is a
// diagnostic, and Format is message.FormatUnknown when nothing looked like
// HTTP.
func Read(input []byte) *message.Document {
	return read(input, MaxInput, Options{})
}

// ReadWith is Read with options; its result is the same as Read's.
func ReadWith(input []byte, opt Options) *message.Document {
	return read(input, MaxInput, opt)
}

// read is ReadWith with the input limit as a parameter, so a test can use
// a small one.
func read(input []byte, limit int, opt Options) *message.Document {
	r := &reader{pace: newPacer(opt.Yield)}
	doc := &message.Document{Format: message.FormatUnknown}
	input = r.limitInput(input, limit)
	input = r.stripBOM(input)
	if len(bytes.TrimSpace(input)) == 0 {
		r.fail(0, "the paste is empty; %s", expected)
		doc.Diagnostics = r.finish()
		return doc
	}
	if bin, why := looksBinary(input); bin {
		r.fail(1, "the paste looks like binary data (%s), not text; %s", why, expected)
		doc.Diagnostics = r.finish()
		return doc
	}
	if har, ok := readHARWith(input, opt.Yield); ok && har != nil {
		har.Diagnostics = append(r.finish(), har.Diagnostics...)
		return har
	}
	r.pace.now()
	ls, loneCR := splitLinesWith(string(input), 0, MaxLines, r.pace)
	r.pace.now()
	r.checkUTF8(input, ls)
	r.pace.now()
	if len(ls) == MaxLines && strings.ContainsAny(ls[len(ls)-1].text, "\r\n") {
		r.info(MaxLines, "the paste has more than %d lines; from line %d on it was read as one block", MaxLines, MaxLines)
	}
	if loneCR > 0 {
		r.info(0, "%d lone CR (carriage return) line endings were read as line breaks", loneCR)
	}
	ls = r.stripANSI(ls)
	r.pace.now()
	ls, cmd := r.repair(ls)
	r.pace.now()
	if cmd != nil {
		r.firstMethod = cmd.method
	}
	doc.Format, doc.Exchanges = r.dispatch(ls)
	if cmd != nil && len(doc.Exchanges) > 0 && doc.Exchanges[0].Request == nil &&
		doc.Format != message.FormatCurlVerbose && doc.Format != message.FormatWget {
		doc.Exchanges[0].Request = cmd.request()
	}
	doc.Diagnostics = r.finish()
	return doc
}

// dispatch detects the shape of the repaired lines and reads them with the
// reader for that shape.
func (r *reader) dispatch(ls []line) (string, []message.Exchange) {
	first := firstNonBlank(ls, 0)
	if first == len(ls) {
		r.fail(0, "nothing is left after the repairs; %s", expected)
		return message.FormatUnknown, nil
	}
	switch {
	case hasTrace(ls):
		return message.FormatCurlVerbose, r.readVerbose(r.classifyTrace(ls))
	case hasCurlVerbose(ls):
		return message.FormatCurlVerbose, r.readVerbose(r.classifyVerbose(ls))
	case hasWget(ls):
		return message.FormatWget, r.readWget(ls)
	case hasPowerShell(ls):
		return message.FormatPowerShell, r.readPowerShell(ls)
	case isDevtools(ls[first:]):
		return message.FormatDevtools, r.readDevtools(ls[first:])
	}
	t := ls[first].text
	if startsMessage(t) {
		// A request block before the response is HTTPie's -v layout.
		r.reindented = isRequestLine(t)
		exs, sawRequest := r.readMessages(r.dropHTTPieMeta(ls))
		if sawRequest && len(exs) > 0 && exs[len(exs)-1].Response != nil {
			return message.FormatHTTPie, exs
		}
		return message.FormatHTTP, exs
	}
	if isFieldLine(t) {
		r.info(ls[first].num, "no status line: read as a header block alone")
		exs, _ := r.readMessages(ls)
		return message.FormatHeaders, exs
	}
	body := trimBlankTail(ls[first:])
	if message.LooksLikeJSON([]byte(t)) || t[0] == '<' || t[0] == '"' || strings.HasPrefix(t, "{“") {
		resp := &message.Response{Line: body[0].num}
		resp.Body = message.NewBodyWith(joinLines(body), "", body[0].num, r.pace.yield)
		r.checkQuotes(resp.Body)
		r.info(body[0].num, "no status line or header: read as a body alone")
		return message.FormatBody, []message.Exchange{{Response: resp}}
	}
	r.fail(ls[first].num, "%s; line %d reads %s", expected, ls[first].num, quote(trimOWS(t)))
	return message.FormatUnknown, nil
}
