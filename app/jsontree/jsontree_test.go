package jsontree

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// dump renders a tree compactly with kinds, keys and completeness, so tests
// can compare structure rather than just validity.
func dump(t *Tree, n Node) string {
	if n == NoNode {
		return "-"
	}
	var b strings.Builder
	var walk func(n Node)
	walk = func(n Node) {
		if t.HasKey(n) {
			fmt.Fprintf(&b, "%q:", t.Key(n))
		}
		switch t.Kind(n) {
		case Object, Array:
			open, close := "{", "}"
			if t.Kind(n) == Array {
				open, close = "[", "]"
			}
			b.WriteString(open)
			for c, i := t.First(n), 0; c != NoNode; c, i = t.Next(c), i+1 {
				if i > 0 {
					b.WriteByte(',')
				}
				walk(c)
			}
			if t.Complete(n) {
				b.WriteString(close)
			} else {
				b.WriteString("…")
			}
		case String:
			fmt.Fprintf(&b, "%q", t.Str(n))
		default:
			b.Write(t.Raw(n))
		}
	}
	walk(n)
	return b.String()
}

func TestParseValid(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"object", `{"a":1,"b":[true,false,null]}`, `{"a":1,"b":[true,false,null]}`},
		{"order kept", `{"z":1,"a":2,"m":3}`, `{"z":1,"a":2,"m":3}`},
		{"duplicate keys", `{"id":1,"id":2}`, `{"id":1,"id":2}`},
		{"white space", " \t\r\n{ \"a\" : [ 1 , 2 ] }\n\n", `{"a":[1,2]}`},
		{"big integer exact", `12345678901234567890123`, `12345678901234567890123`},
		{"number forms", `[0,-0,1.50,-2e10,3E+2,4e-002,0.0]`, `[0,-0,1.50,-2e10,3E+2,4e-002,0.0]`},
		{"escapes", `"a\"b\\c\/d\b\f\n\r\t"`, `"a\"b\\c/d\b\f\n\r\t"`},
		{"unicode escape", `"caf\u00e9 \u20AC"`, `"café €"`},
		{"surrogate pair", `"\ud83d\ude00"`, `"😀"`},
		{"lone high surrogate", `"a\ud83db"`, "\"a\ufffdb\""},
		{"lone low surrogate", `"\ude00"`, "\"\ufffd\""},
		{"high then non-low", `"\ud83d\u0041"`, "\"\ufffdA\""},
		{"raw utf8", `"grüße"`, `"grüße"`},
		{"invalid utf8 tolerated", "\"a\xffb\"", "\"a\ufffdb\""},
		{"empty containers", `{"o":{},"a":[]}`, `{"o":{},"a":[]}`},
		{"escaped key", `{"a\u0020b":1}`, `{"a b":1}`},
		{"scalar root", `"x"`, `"x"`},
		{"nested", `[[[]],[{}]]`, `[[[]],[{}]]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := Parse([]byte(tt.src), Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := dump(tree, tree.Root()); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
		msg       string
		truncated bool
	}{
		{"empty", "", 1, 1, "expected a JSON value, found end of input", false},
		{"spaces only", "  \n ", 2, 2, "expected a JSON value, found end of input", false},
		{"missing comma", "{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}' after object member, found '\"'", false},
		{"wrong closer", `[1,2}`, 1, 5, "expected ',' or ']' after array element, found '}'", false},
		{"letter after member", `{"a":1x}`, 1, 7, "expected ',' or '}' after object member, found 'x'", false},
		{"leading zero", `[01]`, 1, 2, "leading zero", false},
		{"negative leading zero", `-012`, 1, 1, "leading zero", false},
		{"bad escape", `"a\x"`, 1, 3, `invalid escape '\x'`, false},
		{"bad unicode escape", `"\u12g4"`, 1, 6, "expected 4 hex digits after '\\u', found 'g4'", false},
		{"raw newline in string", "{\"a\":\"x\ny\"}", 1, 8, "control character U+000A", false},
		{"raw tab in string", "\"a\tb\"", 1, 3, `write it as \t`, false},
		{"single quotes", `{'a':1}`, 1, 2, "JSON strings take double quotes", false},
		{"unquoted key", `{a:1}`, 1, 2, "expected a string key or '}' after '{', found 'a'", false},
		{"trailing comma object", `{"a":1,}`, 1, 7, "trailing comma before '}'", false},
		{"trailing comma array", "[1,\n2,\n]", 2, 2, "trailing comma before ']'", false},
		{"missing colon", `{"a" 1}`, 1, 6, "expected ':' after object key, found '1'", false},
		{"undefined", `{"a":undefined}`, 1, 6, "undefined is JavaScript", false},
		{"NaN", `[NaN]`, 1, 2, "NaN is not a JSON number", false},
		{"True", `True`, 1, 1, "JSON writes true in lower case", false},
		{"nullx", `nullx`, 1, 1, "expected 'null', found 'nullx'", false},
		{"plus number", `+1`, 1, 1, "cannot start with '+'", false},
		{"dot number", `.5`, 1, 1, "digit before the decimal point", false},
		{"no fraction digits", `1.x`, 1, 3, "expected a digit after the decimal point, found 'x'", false},
		{"no exponent digits", `1e+]`, 1, 4, "expected a digit in the exponent", false},
		{"trailing content", `{"a":1} {"b":2}`, 1, 9, "unexpected content after the JSON value", false},
		{"two values", "1\n2", 2, 1, "unexpected content after the JSON value", false},
		{"bom", "\ufeff{}", 1, 1, "byte order mark", false},
		{"comment", `{"a":1 // x` + "\n}", 1, 8, "JSON has no comments", false},
		{"invalid utf8 outside string", "[\xff]", 1, 2, "invalid UTF-8 byte 0xFF", false},
		{"control char outside string", "[\x01]", 1, 2, "control character U+0001", false},
		{"crlf lines", "{\r\n\"a\":1,\r\n\"b\":x}", 3, 5, "expected a JSON value, found 'x'", false},
		{"column counts bytes", "{\"é\":1 2}", 1, 9, "found '2'", false},

		{"cut in object", `{"a":1,"b":`, 1, 12, "expected a JSON value, found end of input", true},
		{"cut after member", "{\"a\":1\n", 2, 1, "expected ',' or '}' after object member, found end of input", true},
		{"cut in string", `{"a":"hel`, 1, 10, `expected '"' to end the string`, true},
		{"cut in key", `{"ke`, 1, 5, `expected '"' to end the string`, true},
		{"cut after key", `{"key"`, 1, 7, "expected ':' after object key", true},
		{"cut in literal", `[tr`, 1, 4, "expected 'true', found end of input", true},
		{"cut in number", `[1.`, 1, 4, "expected a digit after the decimal point, found end of input", true},
		{"cut in exponent", `1e`, 1, 3, "expected a digit in the exponent", true},
		{"cut after minus", `-`, 1, 2, "expected a digit after '-'", true},
		{"cut in escape", `"a\`, 1, 4, "expected an escape character", true},
		{"cut in unicode escape", `"\u12`, 1, 6, "expected 4 hex digits", true},
		{"cut after open", `[`, 1, 2, "expected a member or ']', found end of input", true},
		{"cut after comma", `[1,`, 1, 4, "expected a JSON value, found end of input", true},
		{"cut after comma in object", `{"a":1,`, 1, 8, "expected a string key after ','", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := Parse([]byte(tt.src), Options{})
			if err == nil {
				t.Fatalf("Parse(%q) succeeded: %s", tt.src, dump(tree, tree.Root()))
			}
			if err.Line != tt.line || err.Column != tt.col {
				t.Errorf("position %d:%d, want %d:%d (%s)", err.Line, err.Column, tt.line, tt.col, err.Message)
			}
			if !strings.Contains(err.Message, tt.msg) {
				t.Errorf("message %q does not contain %q", err.Message, tt.msg)
			}
			if err.Truncated != tt.truncated {
				t.Errorf("Truncated = %v, want %v", err.Truncated, tt.truncated)
			}
			if err.Error() != err.Message {
				t.Errorf("Error() = %q", err.Error())
			}
			if l, c := tree.Position(err.Offset); l != err.Line || c != err.Column {
				t.Errorf("Position(%d) = %d:%d, error says %d:%d", err.Offset, l, c, err.Line, err.Column)
			}
		})
	}
}

func TestPartialTree(t *testing.T) {
	src := `{"log":{"entries":[{"a":1},{"b":[1,2`
	tree, err := Parse([]byte(src), Options{})
	if err == nil || !err.Truncated {
		t.Fatalf("want truncation error, got %v", err)
	}
	if got, want := dump(tree, tree.Root()), `{"log":{"entries":[{"a":1},{"b":[1,2……………`; got != want {
		t.Errorf("tree %s, want %s", got, want)
	}
	entries := tree.Lookup(tree.Root(), "/log/entries")
	if tree.Complete(entries) || !tree.Complete(tree.Index(entries, 0)) || tree.Complete(tree.Index(entries, 1)) {
		t.Errorf("completeness wrong: entries %v, [0] %v, [1] %v", tree.Complete(entries),
			tree.Complete(tree.Index(entries, 0)), tree.Complete(tree.Index(entries, 1)))
	}
	if tree.End(entries) != len(src) || string(tree.Raw(tree.Root())) != src {
		t.Errorf("open containers should end at the error: End=%d", tree.End(entries))
	}
}

func TestTrailingCommas(t *testing.T) {
	src := "{\n \"a\": [1, 2,],\n \"b\": {\"c\": 3,},\n}"
	if _, err := Parse([]byte(src), Options{}); err == nil {
		t.Fatal("trailing commas accepted without the option")
	}
	tree, err := Parse([]byte(src), Options{AllowTrailingCommas: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dump(tree, tree.Root()), `{"a":[1,2],"b":{"c":3}}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	var lines []int
	for _, off := range tree.Repairs() {
		if src[off] != ',' {
			t.Errorf("repair offset %d is %q, not a comma", off, src[off])
		}
		l, _ := tree.Position(off)
		lines = append(lines, l)
	}
	if fmt.Sprint(lines) != "[2 3 3]" {
		t.Errorf("repair lines %v, want [2 3 3]", lines)
	}
	// A comma alone is still an error: there is no member before it.
	for _, bad := range []string{`[,]`, `{,}`, `[1,,]`} {
		if _, err := Parse([]byte(bad), Options{AllowTrailingCommas: true}); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}

func TestDeepNesting(t *testing.T) {
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	tree, err := Parse([]byte(deep), Options{})
	if err == nil {
		t.Fatal("100 000 levels accepted")
	}
	if !strings.Contains(err.Message, "nesting deeper than 512") || err.Offset != 512 || err.Truncated {
		t.Errorf("got %+v", err)
	}
	if tree.Count() != 512 {
		t.Errorf("tree holds %d nodes, want the 512 read", tree.Count())
	}
	if _, err := Parse([]byte(deep), Options{MaxDepth: 200000}); err != nil {
		t.Errorf("with MaxDepth 200000: %v", err)
	}
	ok := strings.Repeat("[", 512) + strings.Repeat("]", 512)
	if _, err := Parse([]byte(ok), Options{}); err != nil {
		t.Errorf("512 levels: %v", err)
	}
	deepObj := strings.Repeat(`{"a":`, 600)
	if _, err := Parse([]byte(deepObj), Options{}); err == nil || !strings.Contains(err.Message, "nesting deeper") {
		t.Errorf("deep object: %v", err)
	}
}

func TestAccessors(t *testing.T) {
	src := `{"user":{"name":"Ada","tags":["a","b"],"age":36,"ok":true,"no":false,"x":null},"id":1,"id":2}`
	tree, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	root := tree.Root()
	user := tree.Get(root, "user")
	if tree.Kind(user) != Object || tree.Len(user) != 6 || tree.Key(user) != "user" {
		t.Fatalf("user: kind %v len %d", tree.Kind(user), tree.Len(user))
	}
	if got := tree.Str(tree.Get(user, "name")); got != "Ada" {
		t.Errorf("name %q", got)
	}
	if !tree.Bool(tree.Get(user, "ok")) || tree.Bool(tree.Get(user, "no")) || tree.Kind(tree.Get(user, "x")) != Null {
		t.Error("bool/null wrong")
	}
	if tree.Get(user, "missing") != NoNode || tree.Get(tree.Get(user, "age"), "a") != NoNode {
		t.Error("Get of missing key or non-object should be NoNode")
	}
	ids := tree.GetAll(root, "id")
	if len(ids) != 2 || string(tree.Raw(ids[0])) != "1" || string(tree.Raw(ids[1])) != "2" || tree.Get(root, "id") != ids[0] {
		t.Errorf("duplicate ids: %v", ids)
	}
	tags := tree.Get(user, "tags")
	if tree.Str(tree.Index(tags, 1)) != "b" || tree.Index(tags, 2) != NoNode || tree.Index(tags, -1) != NoNode {
		t.Error("Index wrong")
	}
	if tree.Parent(tree.Index(tags, 0)) != tags || tree.Parent(root) != NoNode {
		t.Error("Parent wrong")
	}
	if string(tree.Raw(tags)) != `["a","b"]` || string(tree.Raw(tree.Get(user, "name"))) != `"Ada"` {
		t.Error("Raw wrong")
	}
	if tree.Offset(tags) != strings.Index(src, `["a"`) {
		t.Error("Offset wrong")
	}
	if len(tree.Children(user)) != 6 {
		t.Error("Children wrong")
	}
	// Stray nodes and nil trees must not panic.
	var nilTree *Tree
	for _, n := range []Node{NoNode, 9999} {
		if tree.Kind(n) != Invalid || tree.Str(n) != "" || tree.Raw(n) != nil || tree.Next(n) != NoNode ||
			nilTree.Kind(n) != Invalid || nilTree.Root() != NoNode || nilTree.Path(n) != "" {
			t.Errorf("node %d not handled", n)
		}
	}
}

func TestPointerPathLookup(t *testing.T) {
	src := `{"user":{"address":{"zip":"10115"}},"items":[{"qty":1},{"qty":2},{"qty":0}],` +
		`"a/b":{"m~n":1},"a b":[true],"":5,"9x":1,"~1":"tilde"}`
	tree, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	root := tree.Root()
	tests := []struct {
		pointer string
		path    string
		raw     string
	}{
		{"", "", src},
		{"/user/address/zip", "user.address.zip", `"10115"`},
		{"/items/2/qty", "items[2].qty", "0"},
		{"/items/0", "items[0]", `{"qty":1}`},
		{"/a~1b/m~0n", `["a/b"]["m~n"]`, "1"},
		{"/a b/0", `["a b"][0]`, "true"},
		{"/", `[""]`, "5"},
		{"/9x", `["9x"]`, "1"},
		{"/~01", `["~1"]`, `"tilde"`},
	}
	for _, tt := range tests {
		n := tree.Lookup(root, tt.pointer)
		if n == NoNode {
			t.Errorf("Lookup(%q) = NoNode", tt.pointer)
			continue
		}
		if got := string(tree.Raw(n)); got != tt.raw {
			t.Errorf("Lookup(%q) = %s, want %s", tt.pointer, got, tt.raw)
		}
		if got := tree.Pointer(n); got != tt.pointer {
			t.Errorf("Pointer = %q, want %q", got, tt.pointer)
		}
		if got := tree.Path(n); got != tt.path {
			t.Errorf("Path = %q, want %q", got, tt.path)
		}
	}
	for _, bad := range []string{"user", "/items/3", "/items/01", "/items/-", "/items/x", "/a~2b", "/a~", "/user/address/zip/x", "/nope"} {
		if n := tree.Lookup(root, bad); n != NoNode {
			t.Errorf("Lookup(%q) = %s, want NoNode", bad, tree.Raw(n))
		}
	}
	// Relative lookup from a member.
	if n := tree.Lookup(tree.Get(root, "user"), "/address/zip"); tree.Str(n) != "10115" {
		t.Error("relative Lookup failed")
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		raw string
		i   int64
		iok bool
		f   float64
		fok bool
	}{
		{"42", 42, true, 42, true},
		{"-7", -7, true, -7, true},
		{"0", 0, true, 0, true},
		{"-0", 0, true, 0, true},
		{"1.0", 1, true, 1, true},
		{"4.20e1", 42, true, 42, true},
		{"1e2", 100, true, 100, true},
		{"100e-2", 1, true, 1, true},
		{"0.05e2", 5, true, 5, true},
		{"1.5", 0, false, 1.5, true},
		{"1e-1", 0, false, 0.1, true},
		{"9223372036854775807", 9223372036854775807, true, 9223372036854775807, true},
		{"-9223372036854775808", -9223372036854775808, true, -9223372036854775808, true},
		{"9223372036854775808", 0, false, 9223372036854775808, true},
		{"12345678901234567890123", 0, false, 12345678901234567890123, true},
		{"1e40", 0, false, 1e40, true},
		{"0e999999999999", 0, true, 0, true},
		{"1e400", 0, false, 0, false},
		{"1e-999999999999", 0, false, 0, true},
	}
	for _, tt := range tests {
		tree, err := Parse([]byte(tt.raw), Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.raw, err)
		}
		if string(tree.Raw(0)) != tt.raw {
			t.Errorf("Raw = %s", tree.Raw(0))
		}
		i, iok := tree.Int64(0)
		if i != tt.i || iok != tt.iok {
			t.Errorf("Int64(%s) = %d, %v; want %d, %v", tt.raw, i, iok, tt.i, tt.iok)
		}
		f, fok := tree.Float(0)
		if fok != tt.fok || (fok && f != tt.f) {
			t.Errorf("Float(%s) = %g, %v; want %g, %v", tt.raw, f, fok, tt.f, tt.fok)
		}
	}
	tree, _ := Parse([]byte(`"1"`), Options{})
	if _, ok := tree.Int64(0); ok {
		t.Error("Int64 of a string")
	}
}

func TestIndent(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"nested", `{"a":[1,2.50,{"b":"x\u0041"}],"c":{},"d":[],"e":1e400}`,
			"{\n  \"a\": [\n    1,\n    2.50,\n    {\n      \"b\": \"x\\u0041\"\n    }\n  ],\n  \"c\": {},\n  \"d\": [],\n  \"e\": 1e400\n}"},
		{"scalar", ` 12345678901234567890123 `, "12345678901234567890123"},
		{"cut short", `{"a":[1,{"b":`, "{\n  \"a\": [\n    1,\n    {}\n  ]\n}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, _ := Parse([]byte(tt.src), Options{})
			var b bytes.Buffer
			if err := tree.Indent(tree.Root(), &b, "  "); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", b.String(), tt.want)
			}
		})
	}
	// A member prints as its value alone.
	tree, _ := Parse([]byte(`{"k":[true]}`), Options{})
	var b bytes.Buffer
	if err := tree.Indent(tree.Get(tree.Root(), "k"), &b, "\t"); err != nil || b.String() != "[\n\ttrue\n]" {
		t.Errorf("member Indent = %q, %v", b.String(), err)
	}
	if err := tree.Indent(NoNode, &b, ""); err == nil {
		t.Error("Indent(NoNode) succeeded")
	}
	// Indentation stops at MaxIndentLevels: the output stays linear in the
	// input however deep it nests.
	deep := strings.Repeat("[", 1000) + "1" + strings.Repeat("]", 1000)
	tree, _ = Parse([]byte(deep), Options{MaxDepth: 2000})
	b.Reset()
	if err := tree.Indent(tree.Root(), &b, "  "); err != nil || b.Len() > 2000*(2*MaxIndentLevels+2)+1 || !json.Valid(b.Bytes()) {
		t.Errorf("deep Indent: %d bytes, %v", b.Len(), err)
	}
	// Output of a valid document is valid JSON with the same compact form.
	src := `{"x":[{"y":[1,[2,[3]]]},"s"],"z":{"w":null}}`
	tree, _ = Parse([]byte(src), Options{})
	b.Reset()
	_ = tree.Indent(tree.Root(), &b, " ")
	var compact bytes.Buffer
	if err := json.Compact(&compact, b.Bytes()); err != nil || compact.String() != src {
		t.Errorf("round trip: %s (%v)", compact.String(), err)
	}
}

func TestPositionAndLine(t *testing.T) {
	src := "{\n  \"a\": 1,\n  \"b\": [\n    true\n  ]\n}"
	tree, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := tree.Get(tree.Root(), "b")
	if tree.Line(b) != 3 || tree.Line(tree.Index(b, 0)) != 4 || tree.Line(tree.Root()) != 1 {
		t.Errorf("lines: b %d, b[0] %d", tree.Line(b), tree.Line(tree.Index(b, 0)))
	}
	if l, c := tree.Position(tree.KeyOffset(b)); l != 3 || c != 3 {
		t.Errorf("key position %d:%d", l, c)
	}
	if l, c := tree.Position(len(src) + 10); l != 6 || c != 2 {
		t.Errorf("past end %d:%d", l, c)
	}
	if l, c := tree.Position(-5); l != 1 || c != 1 {
		t.Errorf("negative %d:%d", l, c)
	}
}

func TestBadUTF8Noted(t *testing.T) {
	tree, err := Parse([]byte("{\"k\xc3\":\"ok\",\"v\":\"a\xe2\x82b\"}"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tree.BadUTF8()) != 2 {
		t.Errorf("BadUTF8 = %v", tree.BadUTF8())
	}
	v := tree.Index(tree.Root(), 1)
	if !tree.InvalidUTF8(v) || tree.InvalidUTF8(tree.Index(tree.Root(), 2)) {
		t.Error("InvalidUTF8 flags wrong")
	}
	if s := tree.Str(v); !utf8.ValidString(s) || !strings.Contains(s, "\ufffd") {
		t.Errorf("decoded %q", s)
	}
	if k := tree.Key(tree.Index(tree.Root(), 0)); k != "k\ufffd" {
		t.Errorf("key %q", k)
	}
}

// shadowed reports whether n or one of its containers is a member whose
// key an earlier member of the same object repeats, so that a pointer,
// which takes the first, cannot reach it.
func shadowed(t *Tree, n Node) bool {
	for ; n != NoNode; n = t.Parent(n) {
		if t.HasKey(n) && t.Get(t.Parent(n), t.Key(n)) != n {
			return true
		}
	}
	return false
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"a":[1,2,{"b":null}],"c":"\u00e9\ud83d\ude00"}`, `[1,]`, `{"a":1,}`, `-0.5e+10`, `"\ud800"`,
		`{"a"`, `[[[[`, "\ufeff{}", `[01]`, `tru`, `{"a":1}x`, "\"\x01\"", `[1e400]`, "{\"\xff\":1}",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, trailing bool) {
		tree, err := Parse(src, Options{AllowTrailingCommas: trailing, MaxDepth: 20000})
		if tree == nil {
			t.Fatal("nil tree")
		}
		root := tree.Root()
		// Exercise the accessors over the whole tree; none may panic. The
		// Pointer round trip costs depth × width, so big trees are sampled.
		step := tree.Count()/2000 + 1
		for n := Node(0); int(n) < tree.Count(); n += Node(step) {
			_ = tree.Str(n)
			_ = tree.Key(n)
			_, _ = tree.Int64(n)
			_, _ = tree.Float(n)
			p := tree.Pointer(n)
			if got := tree.Lookup(root, p); got != n && !shadowed(tree, n) {
				t.Fatalf("Lookup(Pointer(%d)=%q) = %d", n, p, got)
			}
			_ = tree.Path(n)
			if tree.End(n) < tree.Offset(n) {
				t.Fatalf("node %d ends before it starts", n)
			}
		}
		if err != nil {
			if err.Offset < 0 || err.Offset > len(src) {
				t.Fatalf("offset %d out of range", err.Offset)
			}
			if l, c := tree.Position(err.Offset); l != err.Line || c != err.Column {
				t.Fatal("position mismatch")
			}
		}
		if root != NoNode {
			var b bytes.Buffer
			if e := tree.Indent(root, &b, " "); e != nil {
				t.Fatal(e)
			}
			if err == nil && !json.Valid(b.Bytes()) {
				t.Fatalf("Indent output invalid: %q", b.String())
			}
		}
		if !utf8.Valid(src) || len(tree.Repairs()) > 0 {
			return
		}
		if err != nil && strings.Contains(err.Message, "nesting deeper") {
			return
		}
		if tree.Complete(root) || err != nil {
			if valid := json.Valid(src); valid != (err == nil) {
				t.Fatalf("json.Valid = %v, Parse error = %v, src %q", valid, err, src)
			}
		}
	})
}
