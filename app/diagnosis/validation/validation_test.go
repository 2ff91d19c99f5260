package validation

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/internal/golden"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

// readExchange builds an Exchange from a testdata .http file: optional
// "#> METHOD URL" lines naming the request, then a status line, header
// lines, an empty line and the body; or a body alone. It stands in for the
// paste package so these tests depend on nothing but the model.
func readExchange(t testing.TB, text string) *message.Exchange {
	t.Helper()
	lines := strings.SplitAfter(text, "\n")
	ex := &message.Exchange{Response: &message.Response{}}
	i := 0
	for ; i < len(lines) && strings.HasPrefix(lines[i], "#"); i++ {
		if f := strings.Fields(strings.TrimPrefix(lines[i], "#>")); strings.HasPrefix(lines[i], "#>") && len(f) >= 2 {
			ex.Request = &message.Request{Method: f[0], URL: f[1], Line: i + 1}
		}
	}
	resp := ex.Response
	if i < len(lines) && strings.HasPrefix(lines[i], "HTTP/") {
		f := strings.SplitN(strings.TrimRight(lines[i], "\r\n"), " ", 3)
		resp.Version, resp.Line = f[0], i+1
		if len(f) > 1 {
			resp.Status, _ = strconv.Atoi(f[1])
		}
		if len(f) > 2 {
			resp.Reason = strings.TrimSpace(f[2])
		}
		for i++; i < len(lines); i++ {
			l := strings.TrimRight(lines[i], "\r\n")
			if l == "" {
				i++
				break
			}
			name, value, _ := strings.Cut(l, ":")
			resp.Header = append(resp.Header, message.Field{Name: name, Value: strings.TrimSpace(value), Line: i + 1})
		}
	}
	body := strings.Join(lines[i:], "")
	if body != "" {
		resp.Body = message.NewBody([]byte(body), resp.Header.Get("Content-Type"), i+1)
	}
	return ex
}

func readFile(t *testing.T, name string) *message.Exchange {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name+".http"))
	if err != nil {
		t.Fatal(err)
	}
	return readExchange(t, string(data))
}

// TestFormats reads one sample per format and checks the format, the
// fields found in order, and the whole result against a golden file.
func TestFormats(t *testing.T) {
	cases := []struct {
		file    string
		format  string
		message string
		code    string
		fields  []string
	}{
		{"authrocket-v1", "authrocket-v1", "Validation failed", "", []string{"username", "email"}},
		{"authrocket-v2", "authrocket-v2", "Username can't be blank", "", []string{"", ""}},
		{"message-errors-map", "message-errors-map", "Validation failed", "", []string{"name", "billing.address.zip"}},
		{"rails", "rails", "", "", []string{"username", "email"}},
		{"rails-errors", "rails", "", "", []string{"title", "published_on"}},
		{"rails-full", "rails", "Title can't be blank", "", []string{"", ""}},
		{"laravel", "laravel", "The email field is required. (and 2 more errors)", "", []string{"email", "items.0.qty", "items.1.sku"}},
		{"laravel-old", "laravel", "The given data was invalid.", "", []string{"password"}},
		{"drf", "drf", "", "", []string{"", "customer.email", "customer.address.zip", "items[1].qty"}},
		{"drf-detail", "drf", "Request was throttled. Expected available in 42 seconds.", "", nil},
		{"body-only", "drf", "", "", []string{"email", "password"}},
		{"rfc9457", "rfc9457", "2 fields failed validation", "", []string{"quantity", "lines[2].currency"}},
		{"rfc7807", "rfc9457", "Your request parameters didn't validate.", "", []string{"age", "color"}},
		{"aspnet", "aspnet", "One or more validation errors occurred.", "", []string{"Email", "age", "Items[0].Quantity"}},
		{"jsonapi", "jsonapi", "First name must contain at least two characters.", "too_short", []string{"firstName", "address.zip", "page[size]"}},
		{"graphql", "graphql", "Email is already taken", "BAD_USER_INPUT", []string{"email", "order.items[2].qty"}},
		{"google", "google", "Invalid value at 'instance.machine_type'", "INVALID_MACHINE_TYPE", []string{"instance.machine_type"}},
		{"stripe", "stripe", "Your card has insufficient funds.", "card_declined", []string{"payment_method_data.card.number"}},
		{"oauth2", "oauth2", "Refresh token has been revoked", "invalid_grant", nil},
		{"bearer", "bearer", "The access token expired", "invalid_token", nil},
		{"spring", "spring", "Validation failed for object='user'. Error count: 2", "", []string{"email", "address.zip"}},
		{"azure", "azure", "The template deployment 'web' is not valid according to the validation procedure.", "InvalidTemplateDeployment", []string{"properties.sku.name"}},
		{"graph", "azure", "Access token has expired or is not yet valid.", "InvalidAuthenticationToken", nil},
		{"aws-json", "aws-json", "Requested resource not found", "ResourceNotFoundException", nil},
		{"aws-json-header", "aws-json", "Rate exceeded", "TooManyRequestsException", nil},
		{"aws-xml", "aws-xml", "The specified key does not exist.", "NoSuchKey", nil},
		{"aws-xml-query", "aws-xml", "Rate exceeded", "Throttling", nil},
		{"aws-xml-ec2", "aws-xml", "Request limit exceeded.", "RequestLimitExceeded", []string{"", ""}},
		{"twilio", "twilio", "The requested resource /2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/SM00000000000000000000000000000000.json was not found", "20404", nil},
		{"twilio-v2", "twilio", "Too many requests. Please retry according to the Retry-After response header.", "20429", []string{""}},
		{"slack", "slack", "missing required field: channel", "invalid_arguments", []string{"channel"}},
		{"discord", "discord", "Invalid Form Body", "50035", []string{"embeds.0.title", "content"}},
		{"github", "github", "Validation Failed", "missing_field", []string{"title", "name"}},
		{"generic", "generic", "", "", []string{"body.user.email", "body.items[2].qty"}},
		{"generic-list", "generic", "Required fields are missing: [LastName]", "REQUIRED_FIELD_MISSING", []string{"LastName"}},
		{"generic-envelope", "generic", "Some fields are invalid", "VALIDATION", []string{"shipping.address[0].line1", "phone"}},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			seen[c.file] = true
			ex := readFile(t, c.file)
			r := Read(ex)
			defer checkGolden(t, c.file, r)
			if r == nil {
				t.Fatalf("Read = nil, want format %q", c.format)
			}
			if r.Format != c.format {
				t.Errorf("Format = %q, want %q", r.Format, c.format)
			}
			if r.Message != c.message {
				t.Errorf("Message = %q, want %q", r.Message, c.message)
			}
			if r.Code != c.code {
				t.Errorf("Code = %q, want %q", r.Code, c.code)
			}
			var got []string
			for _, f := range r.Fields {
				got = append(got, f.Field)
			}
			if !reflect.DeepEqual(got, c.fields) {
				t.Errorf("fields = %q, want %q", got, c.fields)
			}
			checkPointers(t, ex, r)
		})
	}
	// Every sample must be in the table, so none goes unchecked.
	files, _ := filepath.Glob(filepath.Join("testdata", "*.http"))
	for _, f := range files {
		if name := strings.TrimSuffix(filepath.Base(f), ".http"); !seen[name] {
			t.Errorf("testdata/%s.http has no case", name)
		}
	}
}

// checkPointers checks that each field error's pointer resolves in the
// pasted body to a value holding its first message, and that its line is
// the paste line where that value starts.
func checkPointers(t *testing.T, ex *message.Exchange, r *Result) {
	t.Helper()
	body := ex.Response.Body
	for i, f := range r.Fields {
		if body == nil || body.JSON == nil {
			if f.Pointer != "" {
				t.Errorf("field %d: pointer %q into a non-JSON body", i, f.Pointer)
			}
			continue
		}
		tree := body.JSON
		n, ok := lookup(tree, f.Pointer)
		if !ok {
			t.Errorf("field %d: pointer %q does not resolve", i, f.Pointer)
			continue
		}
		if m := tree.Lookup(tree.Root(), f.Pointer); m != n {
			t.Errorf("field %d: Tree.Lookup(%q) = %d, the test's own lookup %d", i, f.Pointer, m, n)
		}
		if want := body.Line + tree.Line(n) - 1; f.Line != want {
			t.Errorf("field %d (%s): Line = %d, want %d", i, f.Pointer, f.Line, want)
		}
		if len(f.Messages) > 0 {
			var enc bytes.Buffer
			e := json.NewEncoder(&enc)
			e.SetEscapeHTML(false)
			_ = e.Encode(f.Messages[0])
			quoted := bytes.Trim(bytes.TrimSpace(enc.Bytes()), `"`)
			if !bytes.Contains(tree.Raw(n), quoted) {
				t.Errorf("field %d: value at %q is %s, which does not hold %s", i, f.Pointer, tree.Raw(n), quoted)
			}
		}
	}
}

// lookup resolves an RFC 6901 pointer from the root, independently of the
// code under test.
func lookup(tree *jsontree.Tree, ptr string) (jsontree.Node, bool) {
	n := tree.Root()
	if ptr == "" {
		return n, n != jsontree.NoNode
	}
	if !strings.HasPrefix(ptr, "/") {
		return jsontree.NoNode, false
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch tree.Kind(n) {
		case jsontree.Object:
			n = tree.Get(n, tok)
		case jsontree.Array:
			i, err := strconv.Atoi(tok)
			if err != nil {
				return jsontree.NoNode, false
			}
			n = tree.Index(n, i)
		default:
			return jsontree.NoNode, false
		}
		if n == jsontree.NoNode {
			return n, false
		}
	}
	return n, true
}

func checkGolden(t *testing.T, name string, r *Result) {
	t.Helper()
	got, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name+".golden.json")
	golden.Check(t, path, got)
}
