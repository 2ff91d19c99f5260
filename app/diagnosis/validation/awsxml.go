package validation

import (
	"bytes"
	"strings"
)

// AWS XML error bodies: S3's <Error>, the query protocol's
// <ErrorResponse><Error>, and EC2's <Response><Errors><Error>.
// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html

// XML reading is bounded: a hostile paste gets this many bytes and tokens.
const (
	maxXMLBytes  = 1 << 20
	maxXMLTokens = 100000
	maxXMLText   = 4096
)

func detectAWSXML(in *input) bool {
	if in.body == nil || in.body.IsJSON {
		return false
	}
	b := bytes.TrimLeft(in.body.Bytes, " \t\r\n\ufeff")
	return len(b) > 0 && b[0] == '<' && bytes.Contains(in.body.Bytes, []byte("<Error"))
}

// xmlError is one <Error> element's children, in order.
type xmlError struct {
	params []Param
	line   int
}

func (e *xmlError) get(name string) string {
	for _, p := range e.params {
		if p.Name == name {
			return p.Value
		}
	}
	return ""
}

func readAWSXML(in *input) *Result {
	data := in.body.Bytes
	if len(data) > maxXMLBytes {
		data = data[:maxXMLBytes]
	}
	sc := xmlScan{data: data}

	var (
		errs      []*xmlError
		cur       *xmlError
		depth     int // element depth
		errDepth  int // depth of the open <Error>, 0 when none
		child     string
		text      strings.Builder
		requestID string
		lines     = lineCounter{data: data}
	)
	for tokens := 0; tokens < maxXMLTokens; tokens++ {
		tok, local, chars := sc.next()
		if tok == xmlStop {
			break
		}
		switch tok {
		case xmlStart:
			depth++
			switch {
			case local == "Error" && errDepth == 0 && len(errs) < maxFields:
				cur = &xmlError{line: lines.at(sc.pos)}
				errDepth = depth
			case errDepth != 0 && depth == errDepth+1:
				child = local
				text.Reset()
			case errDepth == 0 && (local == "RequestId" || local == "RequestID"):
				child = local
				text.Reset()
			}
		case xmlText:
			if child != "" && text.Len() < maxXMLText {
				text.Write(chars)
			}
		case xmlEnd:
			switch {
			case errDepth != 0 && depth == errDepth:
				errs = append(errs, cur)
				cur, errDepth = nil, 0
			case child != "" && errDepth != 0 && depth == errDepth+1:
				cur.params = append(cur.params, Param{Name: child, Value: strings.TrimSpace(text.String())})
				child = ""
			case child != "" && errDepth == 0:
				requestID = strings.TrimSpace(text.String())
				child = ""
			}
			depth--
		}
	}
	if cur != nil {
		// The paste was cut inside an <Error>: keep what it showed.
		errs = append(errs, cur)
	}
	if len(errs) == 0 || (errs[0].get("Code") == "" && errs[0].get("Message") == "") {
		return nil
	}
	first := errs[0]
	res := &Result{Format: "aws-xml", Code: first.get("Code"), Message: first.get("Message"), Type: first.get("Type")}
	for _, p := range first.params {
		switch p.Name {
		case "Code", "Message", "Type":
		default:
			if p.Value != "" {
				res.Extra = append(res.Extra, p)
			}
		}
	}
	if requestID != "" {
		res.Extra = append(res.Extra, Param{Name: "RequestId", Value: requestID})
	}
	if len(errs) > 1 {
		for _, e := range errs {
			var msgs []string
			if m := e.get("Message"); m != "" {
				msgs = []string{m}
			}
			res.add(FieldError{Messages: msgs, Code: e.get("Code"), Line: in.xmlLine(e.line)})
		}
	}
	return res
}

// xmlLine turns a line within the body into a line of the paste.
func (in *input) xmlLine(l int) int {
	if in.body == nil || in.body.Line <= 0 || l <= 0 {
		return 0
	}
	return in.body.Line + l - 1
}

// lineCounter gives the 1-based line of increasing byte offsets in
// linear time overall.
type lineCounter struct {
	data []byte
	off  int
	line int
}

func (c *lineCounter) at(off int) int {
	if c.line == 0 {
		c.line = 1
	}
	if off > len(c.data) {
		off = len(c.data)
	}
	if off > c.off {
		c.line += bytes.Count(c.data[c.off:off], []byte{'\n'})
		c.off = off
	}
	return c.line
}
