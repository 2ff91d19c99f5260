package validation

import "strings"

// AWS JSON protocols (awsJson1.0/1.1, restJson1): the error code comes in
// the x-amzn-ErrorType header or the body's __type (or code), the text in
// message or Message.
// https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization

func detectAWSJSON(in *input) bool {
	if in.header.Get("X-Amzn-ErrorType") != "" {
		return true
	}
	return in.gs(in.root, "__type") != ""
}

func readAWSJSON(in *input) *Result {
	r := in.root
	res := &Result{Format: "aws-json"}
	res.Code = firstNonEmpty(
		awsCode(in.header.Get("X-Amzn-ErrorType")),
		awsCode(in.gs(r, "__type")),
		awsCode(in.gs(r, "code")),
		awsCode(in.gs(r, "Code")))
	res.Message = firstNonEmpty(in.gs(r, "message"), in.gs(r, "Message"), in.gs(r, "errorMessage"))
	for _, name := range []string{"X-Amzn-RequestId", "X-Amz-Request-Id", "X-Amzn-Query-Error"} {
		if v := in.header.Get(name); v != "" {
			res.Extra = append(res.Extra, Param{Name: name, Value: v})
		}
	}
	return res
}

// awsCode sanitises an AWS error code: what follows the first ':' is a
// URI the service appends, and what precedes '#' is a namespace.
func awsCode(s string) string {
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '#'); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimSpace(s)
}
