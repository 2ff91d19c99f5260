package ticket

import (
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// Bounds on a hostile body: bytes read, nesting followed, ids taken.
const (
	maxBody  = 1 << 20
	maxDepth = 6
	maxIDs   = 16
)

// bodyIDKeys are JSON member names that hold a request or trace id
// (Anthropic and many APIs "request_id", Spring WebFlux "requestId",
// ASP.NET Core "traceId", Microsoft Graph error.innerError."request-id").
var bodyIDKeys = setOf(
	"request_id",
	"requestId",
	"request-id",
	"traceId",
	"trace_id",
	"correlation_id",
	"correlationId",
	"client-request-id",
)

// xmlRequestID finds the RequestId element of AWS XML error bodies.
var xmlRequestID = regexp.MustCompile(`<Request(?:Id|ID)>([^<]{1,256})</Request(?:Id|ID)>`)

// bodyIDs returns ids in the body, named "body:" plus their dotted path.
func bodyIDs(b *message.Body) []ID {
	if b == nil || len(b.Bytes) == 0 {
		return nil
	}
	data := b.Bytes
	if len(data) > maxBody {
		data = data[:maxBody]
	}
	if message.LooksLikeJSON(data) {
		return jsonIDs(data)
	}
	var ids []ID
	for _, m := range xmlRequestID.FindAllSubmatch(data, maxIDs) {
		ids = append(ids, ID{Name: "body:RequestId", Value: string(m[1])})
	}
	return ids
}

// jsonIDs walks the JSON tokens in order, keeping the member path, and
// takes string or number values of the id keys. It stops quietly at a
// syntax error, keeping what it found.
func jsonIDs(data []byte) []ID {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type frame struct {
		object, expectKey bool
		key               string
	}
	var stack []frame
	var ids []ID
	advance := func() {
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].expectKey = true
		}
	}
	path := func() string {
		var parts []string
		for _, f := range stack {
			if f.object {
				parts = append(parts, f.key)
			}
		}
		return strings.Join(parts, ".")
	}
	for len(ids) < maxIDs {
		tok, err := dec.Token()
		if err == io.EOF || err != nil {
			break
		}
		top := len(stack) - 1
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{':
				stack = append(stack, frame{object: true, expectKey: true})
			case '[':
				stack = append(stack, frame{})
			default:
				stack = stack[:top]
				advance()
			}
		case string:
			if top >= 0 && stack[top].object && stack[top].expectKey {
				stack[top].key, stack[top].expectKey = v, false
				continue
			}
			if top >= 0 && top < maxDepth && stack[top].object && bodyIDKeys[stack[top].key] {
				ids = append(ids, ID{Name: "body:" + path(), Value: v})
			}
			advance()
		case json.Number:
			if top >= 0 && top < maxDepth && stack[top].object && bodyIDKeys[stack[top].key] {
				ids = append(ids, ID{Name: "body:" + path(), Value: v.String()})
			}
			advance()
		default:
			advance()
		}
	}
	return ids
}

// setOf makes a set from a list. Tables written as setOf calls are data
// and one loop; a map literal compiles to one insertion per entry.
func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
