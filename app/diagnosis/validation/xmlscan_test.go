package validation

import (
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

// TestXMLScan covers the XML corners that AWS error bodies and pastes of
// them show. The expectations are what a lenient encoding/xml decoder
// reads from the same bytes (the reader replaced it; a differential fuzz
// run against it found no difference).
func TestXMLScan(t *testing.T) {
	cases := []struct {
		name                string
		body                string
		nilResult           bool
		code, message, typ  string
		requestID           string
		fields              int
		firstFieldCode      string
		firstFieldMessageOK bool
	}{
		{name: "entities and references",
			body:    "<Error><Code>A &amp; B</Code><Message>x &lt;y&gt; &#x41;&#66; &bogus; &#xZZ;</Message></Error>",
			code:    "A & B",
			message: "x <y> AB &bogus; &#xZZ;"},
		{name: "query protocol with CRLF and a declaration",
			body:      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\r\n  <Error>\r\n    <Type>Sender</Type>\r\n    <Code>Throttling</Code>\r\n    <Message>Rate\r\nexceeded</Message>\r\n  </Error>\r\n  <RequestId>7a62c49f</RequestId>\r\n</ErrorResponse>",
			code:      "Throttling",
			message:   "Rate\nexceeded",
			typ:       "Sender",
			requestID: "7a62c49f"},
		{name: "doctype, attributes, prefix, comment, CDATA, empty element",
			body:    "<!DOCTYPE x [<!ENTITY a 'b>'> <!-- c> -->]><Error a=b c='d' e><s3:Code>K</s3:Code><Message>x<!-- y -->z<![CDATA[<raw>]]></Message><Key/></Error>",
			code:    "K",
			message: "xz<raw>"},
		{name: "mismatched end tag closes the error",
			body: "<Error><Code>A</Foo><Message>m</Message></Error>",
			code: "A"},
		{name: "forbidden character stops reading",
			body: "<Error><Code>A</Code><Message>m\x01</Message></Error>",
			code: "A"},
		{name: "XML 1.1 is not read",
			body:      "<?xml version='1.1'?><Error><Code>A</Code></Error>",
			nilResult: true},
		{name: "end tag with another prefix stops reading",
			body:      "<a:Error><a:Code>A</b:Code><a:Message>m</a:Message></a:Error>",
			nilResult: true},
		{name: "EC2 list of errors",
			body:                "<Response><Errors><Error><Code>A</Code><Message>m1</Message></Error><Error><Code>B</Code></Error></Errors></Response>",
			code:                "A",
			message:             "m1",
			fields:              2,
			firstFieldCode:      "A",
			firstFieldMessageOK: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := &input{body: message.NewBody([]byte(tc.body), "application/xml", 4)}
			r := readAWSXML(in)
			if tc.nilResult {
				if r != nil {
					t.Fatalf("got %+v, want nil", r)
				}
				return
			}
			if r == nil {
				t.Fatal("got nil")
			}
			if r.Code != tc.code || r.Message != tc.message || r.Type != tc.typ {
				t.Errorf("code, message, type = %q, %q, %q; want %q, %q, %q", r.Code, r.Message, r.Type, tc.code, tc.message, tc.typ)
			}
			var rid string
			for _, p := range r.Extra {
				if p.Name == "RequestId" {
					rid = p.Value
				}
			}
			if rid != tc.requestID {
				t.Errorf("RequestId %q, want %q", rid, tc.requestID)
			}
			if len(r.Fields) != tc.fields {
				t.Fatalf("%d fields, want %d", len(r.Fields), tc.fields)
			}
			if tc.fields > 0 {
				f := r.Fields[0]
				if f.Code != tc.firstFieldCode || (len(f.Messages) == 1 && f.Messages[0] == "m1") != tc.firstFieldMessageOK || f.Line != 4 {
					t.Errorf("first field %+v", f)
				}
			}
		})
	}
}
