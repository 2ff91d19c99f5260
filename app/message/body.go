package message

import (
	"bytes"
	"mime"
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
)

// Body is a message body as a client would read it: de-chunked, cut at
// Content-Length, and parsed as JSON when it is JSON.
type Body struct {
	// Bytes are the body bytes after removing the chunked transfer coding.
	Bytes []byte
	// Line is the line of the paste where the body starts.
	Line int
	// MediaType is the declared media type, lower case without parameters
	// ("application/json"), or "" when no Content-Type was given.
	MediaType string
	// Charset is the declared charset parameter, lower case, or "".
	Charset string
	// IsJSON says the body is JSON by its media type or by sniffing.
	IsJSON bool
	// Sniffed says IsJSON came from the content, not the media type.
	Sniffed bool
	// JSON is the parsed tree when IsJSON; on a syntax error it holds what
	// was read before the error.
	JSON *jsontree.Tree
	// JSONError is the first syntax error, or nil.
	JSONError *jsontree.SyntaxError
	// Omitted says the shape said a body existed but did not include it
	// (a HAR entry without content.text, a curl "[N bytes data]" marker).
	Omitted bool
}

// MaxJSONDepth bounds nesting when parsing a JSON body, so that a hostile
// paste cannot exhaust memory or stack.
const MaxJSONDepth = 512

// NewBody builds a Body from its bytes and the Content-Type value that came
// with it, sniffing and parsing JSON.
func NewBody(data []byte, contentType string, line int) *Body {
	return NewBodyWith(data, contentType, line, nil)
}

// NewBodyWith is NewBody with a yield function for the JSON parse (see
// jsontree.Options.Yield); nil never yields.
func NewBodyWith(data []byte, contentType string, line int, yield func()) *Body {
	b := &Body{Bytes: data, Line: line}
	if contentType != "" && !strings.Contains(contentType, ";") {
		// No parameters, so no charset: mime.ParseMediaType would give
		// the type lower-cased and trimmed (as does the failure branch
		// below), and make a map of parameters for every body.
		b.MediaType = strings.TrimSpace(strings.ToLower(contentType))
	} else if contentType != "" {
		mt, params, err := mime.ParseMediaType(contentType)
		if err != nil {
			// Keep what stands before the first ';' so a sloppy parameter
			// does not hide the type itself.
			mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
		}
		b.MediaType = mt
		b.Charset = strings.ToLower(params["charset"])
	}
	switch {
	case IsJSONMediaType(b.MediaType):
		b.IsJSON = true
	case LooksLikeJSON(data):
		b.IsJSON, b.Sniffed = true, true
	}
	if b.IsJSON && len(data) > 0 {
		b.JSON, b.JSONError = jsontree.Parse(data, jsontree.Options{MaxDepth: MaxJSONDepth, Yield: yield})
	}
	return b
}

// IsJSONMediaType reports whether mt names JSON: application/json or any
// "+json" structured suffix type.
func IsJSONMediaType(mt string) bool {
	return mt == "application/json" || mt == "text/json" || strings.HasSuffix(mt, "+json")
}

// LooksLikeJSON reports whether data, after leading white space, starts like
// a JSON object or array.
func LooksLikeJSON(data []byte) bool {
	for _, c := range data {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			return true
		case '[':
			// "[" alone also starts log lines like "[INFO]"; require what
			// follows to be JSON-ish.
			return looksLikeJSONArray(data)
		}
		return false
	}
	return false
}

func looksLikeJSONArray(data []byte) bool {
	i := bytes.IndexByte(data, '[') + 1
	for ; i < len(data); i++ {
		switch c := data[i]; c {
		case ' ', '\t', '\r', '\n':
			continue
		case '{', '[', '"', ']', '-', 't', 'f', 'n':
			return true
		default:
			return c >= '0' && c <= '9'
		}
	}
	return false
}
