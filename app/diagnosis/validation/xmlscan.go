package validation

import (
	"bytes"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// xmlScan reads just the XML that error bodies use, as a lenient XML 1.0
// reader would: elements (prefixes kept apart from local names), text with
// the five predefined entities and character references, CDATA, and
// skipped comments, processing instructions and declarations. An unknown
// entity stays as written; an end tag that does not match closes the open
// elements up to its match. It stops for good at the first thing it cannot
// read (a broken tag, bad UTF-8, a character XML forbids, the end of the
// data inside markup). A hand-written reader, because encoding/xml with its
// reflection costs the web page about 30 KB of gzipped code.
type xmlScan struct {
	data  []byte
	pos   int
	err   bool
	stack []string // open elements, as written (prefix:local)

	// closing is an end tag still closing outer elements (after a
	// mismatch) or the implied end of an empty element; when set, next
	// delivers its end events before reading on.
	closing    string
	hasClosing bool
}

type xmlTok int

const (
	xmlStop  xmlTok = iota // end of data or unreadable XML
	xmlStart               // start tag; local is the element's local name
	xmlEnd                 // end of an element; local is its local name
	xmlText                // character data; text is decoded
	xmlOther               // comment, processing instruction or declaration
)

// next reads one token. text is only valid until the next call.
func (s *xmlScan) next() (tok xmlTok, local string, text []byte) {
	if s.err {
		return xmlStop, "", nil
	}
	if s.hasClosing {
		return s.end(s.closing)
	}
	if s.pos >= len(s.data) {
		return s.stop()
	}
	if s.data[s.pos] != '<' {
		t, ok := s.text(-1, false)
		if !ok {
			return s.stop()
		}
		return xmlText, "", t
	}
	s.pos++
	b, ok := s.byte()
	if !ok {
		return s.stop()
	}
	switch b {
	case '/':
		name, ok := s.qname()
		if !ok {
			return s.stop()
		}
		s.space()
		if b, ok := s.byte(); !ok || b != '>' {
			return s.stop()
		}
		return s.end(name)
	case '?':
		return s.procInst()
	case '!':
		return s.bang()
	}
	s.pos--
	name, ok := s.qname()
	if !ok {
		return s.stop()
	}
	for {
		s.space()
		b, ok := s.byte()
		if !ok {
			return s.stop()
		}
		if b == '/' {
			if b, ok := s.byte(); !ok || b != '>' {
				return s.stop()
			}
			s.closing, s.hasClosing = name, true
			break
		}
		if b == '>' {
			break
		}
		s.pos--
		if _, ok := s.qname(); !ok {
			return s.stop()
		}
		s.space()
		b, ok = s.byte()
		if !ok {
			return s.stop()
		}
		if b != '=' {
			// A lenient reader takes an attribute without a value.
			s.pos--
			continue
		}
		s.space()
		if !s.attrValue() {
			return s.stop()
		}
	}
	s.stack = append(s.stack, name)
	return xmlStart, localName(name), nil
}

func (s *xmlScan) stop() (xmlTok, string, []byte) {
	s.err = true
	return xmlStop, "", nil
}

// end closes the innermost open element for the end tag name.
func (s *xmlScan) end(name string) (xmlTok, string, []byte) {
	s.hasClosing = false
	if len(s.stack) == 0 {
		return s.stop()
	}
	top := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	switch {
	case localName(top) != localName(name):
		s.closing, s.hasClosing = name, true
	case prefixOf(top) != prefixOf(name):
		return s.stop()
	}
	return xmlEnd, localName(top), nil
}

func (s *xmlScan) byte() (byte, bool) {
	if s.pos >= len(s.data) {
		return 0, false
	}
	b := s.data[s.pos]
	s.pos++
	return b, true
}

func (s *xmlScan) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\r', '\n':
			s.pos++
		default:
			return
		}
	}
}

// procInst skips <?target …?>; an XML declaration must say version 1.0
// if it names a version.
func (s *xmlScan) procInst() (xmlTok, string, []byte) {
	target, ok := s.name()
	if !ok {
		return s.stop()
	}
	s.space()
	end := bytes.Index(s.data[s.pos:], []byte("?>"))
	if end < 0 {
		return s.stop()
	}
	content := s.data[s.pos : s.pos+end]
	s.pos += end + 2
	if target == "xml" {
		if v := declParam(content, "version"); v != "" && v != "1.0" {
			return s.stop()
		}
	}
	return xmlOther, "", nil
}

// declParam finds name="value" (or single quotes) in an XML declaration.
func declParam(content []byte, name string) string {
	key := []byte(name + "=")
	for {
		i := bytes.Index(content, key)
		if i < 0 || i+len(key) >= len(content) {
			return ""
		}
		content = content[i+len(key):]
		if q := content[0]; q == '"' || q == '\'' {
			j := bytes.IndexByte(content[1:], q)
			if j < 0 {
				return ""
			}
			return string(content[1 : 1+j])
		}
	}
}

// bang reads what follows <!: a comment, a CDATA section or a declaration.
func (s *xmlScan) bang() (xmlTok, string, []byte) {
	b, ok := s.byte()
	if !ok {
		return s.stop()
	}
	switch b {
	case '-':
		if b, ok := s.byte(); !ok || b != '-' {
			return s.stop()
		}
		// The first "--" in a comment must end it.
		i := bytes.Index(s.data[s.pos:], []byte("--"))
		if i < 0 || s.pos+i+2 >= len(s.data) || s.data[s.pos+i+2] != '>' {
			return s.stop()
		}
		s.pos += i + 3
		return xmlOther, "", nil
	case '[':
		if !bytes.HasPrefix(s.data[s.pos:], []byte("CDATA[")) {
			return s.stop()
		}
		s.pos += len("CDATA[")
		t, ok := s.text(-1, true)
		if !ok {
			return s.stop()
		}
		return xmlText, "", t
	}
	// A declaration such as <!DOCTYPE …>: skip it, with its quoted
	// strings, nested <…> and comments.
	var quote byte
	depth := 0
	for {
		b, ok := s.byte()
		if !ok {
			return s.stop()
		}
		switch {
		case quote != 0:
			if b == quote {
				quote = 0
			}
		case b == '"' || b == '\'':
			quote = b
		case b == '>':
			if depth == 0 {
				return xmlOther, "", nil
			}
			depth--
		case b == '<':
			if !bytes.HasPrefix(s.data[s.pos:], []byte("!--")) {
				depth++
				continue
			}
			i := bytes.Index(s.data[s.pos+3:], []byte("-->"))
			if i < 0 {
				return s.stop()
			}
			s.pos += 3 + i + 3
		}
	}
}

// attrValue skips a quoted value (checked like text) or, leniently, an
// unquoted one.
func (s *xmlScan) attrValue() bool {
	b, ok := s.byte()
	if !ok {
		return false
	}
	if b == '"' || b == '\'' {
		_, ok := s.text(int(b), false)
		return ok
	}
	s.pos--
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == ':' || c == '-' {
			s.pos++
			continue
		}
		return true
	}
	return false
}

// text reads character data up to the next < (or, with quote ≥ 0, to the
// closing quote; with cdata, to ]]>), decoding entities and line ends.
func (s *xmlScan) text(quote int, cdata bool) ([]byte, bool) {
	var out []byte
	var b0, b1 byte
	for {
		b, ok := s.byte()
		if !ok {
			if cdata {
				return nil, false
			}
			break
		}
		if quote < 0 && b0 == ']' && b1 == ']' && b == '>' {
			if !cdata {
				return nil, false
			}
			out = out[:len(out)-2]
			break
		}
		if b == '<' && !cdata {
			if quote >= 0 {
				return nil, false
			}
			s.pos--
			break
		}
		if quote >= 0 && b == byte(quote) {
			break
		}
		if b == '&' && !cdata {
			var ok bool
			if out, ok = s.entity(out); !ok {
				return nil, false
			}
			b0, b1 = 0, 0
			continue
		}
		switch {
		case b == '\r':
			out = append(out, '\n')
		case b1 == '\r' && b == '\n':
			// \r\n: the \n is already written
		default:
			out = append(out, b)
		}
		b0, b1 = b1, b
	}
	for rest := out; len(rest) > 0; {
		r, size := utf8.DecodeRune(rest)
		if r == utf8.RuneError && size == 1 || !xmlChar(r) {
			return nil, false
		}
		rest = rest[size:]
	}
	return out, true
}

// entity decodes the reference after an &, appending it to out; a
// reference it cannot decode is appended as written. It fails only when
// the data ends inside it.
func (s *xmlScan) entity(out []byte) ([]byte, bool) {
	start := s.pos - 1 // the &
	b, ok := s.byte()
	if !ok {
		return nil, false
	}
	if b == '#' {
		base := 10
		if b, ok = s.byte(); !ok {
			return nil, false
		}
		if b == 'x' {
			base = 16
			if b, ok = s.byte(); !ok {
				return nil, false
			}
		}
		digits := s.pos - 1
		for '0' <= b && b <= '9' || base == 16 && ('a' <= b && b <= 'f' || 'A' <= b && b <= 'F') {
			if b, ok = s.byte(); !ok {
				return nil, false
			}
		}
		if b != ';' {
			s.pos--
			return append(out, s.data[start:s.pos]...), true
		}
		n, err := strconv.ParseUint(string(s.data[digits:s.pos-1]), base, 64)
		if err != nil || n > unicode.MaxRune {
			return append(out, s.data[start:s.pos]...), true
		}
		return utf8.AppendRune(out, rune(n)), true
	}
	s.pos--
	for s.pos < len(s.data) && (s.data[s.pos] >= utf8.RuneSelf || isNameByte(s.data[s.pos])) {
		s.pos++
	}
	name := s.data[start+1 : s.pos]
	if b, ok = s.byte(); !ok {
		return nil, false
	}
	if b != ';' {
		s.pos--
		return append(out, s.data[start:s.pos]...), true
	}
	// The entities every XML reader knows.
	switch string(name) {
	case "lt":
		return append(out, '<'), true
	case "gt":
		return append(out, '>'), true
	case "amp":
		return append(out, '&'), true
	case "apos":
		return append(out, '\''), true
	case "quot":
		return append(out, '"'), true
	}
	return append(out, s.data[start:s.pos]...), true
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

// name reads an XML name: it must start with a letter, '_' or ':' (any
// letter outside ASCII too) and go on with name characters.
func (s *xmlScan) name() (string, bool) {
	start := s.pos
	for s.pos < len(s.data) && (s.data[s.pos] >= utf8.RuneSelf || isNameByte(s.data[s.pos])) {
		s.pos++
	}
	n := s.data[start:s.pos]
	if len(n) == 0 {
		return "", false
	}
	r, size := utf8.DecodeRune(n)
	if !(r == '_' || r == ':' || unicode.IsLetter(r)) {
		return "", false
	}
	for rest := n[size:]; len(rest) > 0; {
		r, size := utf8.DecodeRune(rest)
		if r == utf8.RuneError && size == 1 || r >= utf8.RuneSelf && !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) {
			return "", false
		}
		rest = rest[size:]
	}
	return string(n), true
}

// qname reads an element or attribute name; XML namespaces allow one
// prefix at most.
func (s *xmlScan) qname() (string, bool) {
	n, ok := s.name()
	if !ok || bytes.Count([]byte(n), []byte(":")) > 1 {
		return "", false
	}
	return n, true
}

// localName drops a name's prefix ("s3:Code" → "Code"); a name that
// starts or ends with ':' is all local.
func localName(n string) string {
	if i := indexColon(n); i > 0 && i < len(n)-1 {
		return n[i+1:]
	}
	return n
}

func prefixOf(n string) string {
	if i := indexColon(n); i > 0 && i < len(n)-1 {
		return n[:i]
	}
	return ""
}

func indexColon(n string) int {
	for i := 0; i < len(n); i++ {
		if n[i] == ':' {
			return i
		}
	}
	return -1
}
