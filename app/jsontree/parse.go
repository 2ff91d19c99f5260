package jsontree

import (
	"bytes"
	"fmt"
	"math"
	"unicode/utf8"
)

// maxSource keeps every offset inside an int32.
const maxSource = math.MaxInt32 - 1

// frame is an open container on the parser's explicit stack.
type frame struct {
	node int32
	last int32 // last member added so far, or -1
}

type parser struct {
	src   []byte
	t     *Tree
	max   int
	trail bool
	stack []frame

	// The key read for the next member, if any.
	key, keyEnd int32
	keyFlags    uint8

	// yield is Options.Yield, called when the offset passes nextYield.
	yield     func()
	nextYield int
}

// Parse parses src. It always returns a non-nil Tree holding what was read;
// the error is nil when src is one complete JSON value.
func Parse(src []byte, opt Options) (*Tree, *SyntaxError) {
	t := &Tree{src: src}
	if len(src) > maxSource {
		t.src = nil
		return t, &SyntaxError{Line: 1, Column: 1, Message: "input too large: 2 GiB or more"}
	}
	p := parser{src: src, t: t, max: opt.MaxDepth, trail: opt.AllowTrailingCommas, key: -1, yield: opt.Yield, nextYield: math.MaxInt}
	if p.yield != nil {
		p.nextYield = YieldEvery
	}
	if p.max <= 0 {
		p.max = DefaultMaxDepth
	}
	t.nodes = make([]node, 0, firstGuess(src))
	return t, p.run()
}

// firstGuess is how many nodes to make room for at first: the bound of
// nodeBound for small input, else that bound on the first 64 KiB scaled to
// the whole (a bound loosened by the commas in strings, so seldom short),
// kept between one node in 32 bytes and one in 8 so that a dense start
// cannot reserve much for a sparse rest.
// Counting all of a big input would cost too much in the browser, where
// the counts run a byte at a time. A guess short of the mark regrows once
// (see grow).
func firstGuess(src []byte) int {
	const sample = 64 << 10
	if len(src) <= sample {
		return nodeBound(src)
	}
	guess := int(int64(nodeBound(src[:sample])) * int64(len(src)) / sample)
	return max(len(src)/32, min(guess, len(src)/8))
}

// grow makes room for the nodes of src[off:] once the first guess is used
// up: one more allocation and copy, where append's regrowth by a quarter
// at a time would copy every node read so far several times over.
func (p *parser) grow(off int) {
	nodes := make([]node, len(p.t.nodes), len(p.t.nodes)+nodeBound(p.src[off:]))
	copy(nodes, p.t.nodes)
	p.t.nodes = nodes
}

// nodeBound bounds the number of values in src from above. Every value
// but the first is a member or an element; the commas in a container
// number its members less one, so the values are at most the commas plus
// the containers plus one. Counting bytes runs at memory speed, and the
// same bytes inside strings only loosen the bound. It is capped at what the
// densest input ("[1,1,…]", two bytes a value) can hold.
func nodeBound(src []byte) int {
	n := bytes.Count(src, []byte{','}) + bytes.Count(src, []byte{'{'}) + bytes.Count(src, []byte{'['}) + 1
	return min(n, len(src)/2+DefaultMaxDepth)
}

// parser states.
const (
	wantValue = iota // a value must come next
	afterValue
)

func (p *parser) run() *SyntaxError {
	src := p.src
	i := skipWS(src, 0)
	if i == len(src) {
		return p.fail(i, false, "expected a JSON value, found end of input")
	}
	state := wantValue
	for {
		// One comparison a value when Yield is nil: nextYield is MaxInt.
		if i >= p.nextYield {
			p.yield()
			p.nextYield = i + YieldEvery
		}
		if state == wantValue {
			if i >= len(src) {
				return p.fail(i, true, "expected a JSON value, found end of input")
			}
			c := src[i]
			switch {
			case c == '{' || c == '[':
				if len(p.stack) >= p.max {
					return p.fail(i, false, fmt.Sprintf("nesting deeper than %d levels", p.max))
				}
				kind, closer := Object, byte('}')
				if c == '[' {
					kind, closer = Array, ']'
				}
				idx := p.add(kind, i, i, 0)
				p.stack = append(p.stack, frame{node: idx, last: -1})
				i = skipWS(src, i+1)
				if i >= len(src) {
					return p.fail(i, true, fmt.Sprintf("expected a member or '%c', found end of input", closer))
				}
				if src[i] == closer {
					p.close(i + 1)
					i++
					state = afterValue
					continue
				}
				if kind == Array {
					continue
				}
				if src[i] != '"' {
					return p.fail(i, false, "expected a string key or '}' after '{', found "+found(src, i)+hint(src, i))
				}
				var err *SyntaxError
				if i, err = p.readKey(i); err != nil {
					return err
				}
			case c == '"':
				end, fl, err := p.scanString(i)
				if err != nil {
					return err
				}
				p.add(String, i, end, fl|fComplete)
				i = end
				state = afterValue
			case c == '-' || (c >= '0' && c <= '9'):
				end, err := p.scanNumber(i)
				if err != nil {
					return err
				}
				p.add(Number, i, end, fComplete)
				i = end
				state = afterValue
			case c == 't' || c == 'f' || c == 'n':
				word, kind := "null", Null
				if c == 't' {
					word, kind = "true", Bool
				} else if c == 'f' {
					word, kind = "false", Bool
				}
				end, err := p.scanLiteral(i, word)
				if err != nil {
					return err
				}
				p.add(kind, i, end, fComplete)
				i = end
				state = afterValue
			default:
				return p.fail(i, false, "expected a JSON value, found "+found(src, i)+hint(src, i))
			}
			continue
		}

		// afterValue
		if len(p.stack) == 0 {
			i = skipWS(src, i)
			if i < len(src) {
				return p.fail(i, false, "unexpected content after the JSON value: "+found(src, i))
			}
			return nil
		}
		i = skipWS(src, i)
		top := p.stack[len(p.stack)-1]
		obj := p.t.nodes[top.node].kind == Object
		closer, what := byte(']'), "array element"
		if obj {
			closer, what = '}', "object member"
		}
		if i >= len(src) {
			return p.fail(i, true, fmt.Sprintf("expected ',' or '%c' after %s, found end of input", closer, what))
		}
		switch src[i] {
		case ',':
			comma := i
			i = skipWS(src, i+1)
			if i < len(src) && src[i] == closer {
				if !p.trail {
					return p.fail(comma, false, fmt.Sprintf("trailing comma before '%c'", closer))
				}
				p.t.repairs = append(p.t.repairs, comma)
				p.close(i + 1)
				i++
				continue
			}
			if obj {
				if i >= len(src) {
					return p.fail(i, true, "expected a string key after ',', found end of input")
				}
				if src[i] != '"' {
					return p.fail(i, false, "expected a string key after ',' in object, found "+found(src, i)+hint(src, i))
				}
				var err *SyntaxError
				if i, err = p.readKey(i); err != nil {
					return err
				}
			}
			state = wantValue
		case closer:
			p.close(i + 1)
			i++
		default:
			return p.fail(i, false, fmt.Sprintf("expected ',' or '%c' after %s, found %s%s", closer, what, found(src, i), punctHint(src, i)))
		}
	}
}

// readKey reads a member key at src[i] == '"' and the colon after it, and
// returns the offset of the value that should follow.
func (p *parser) readKey(i int) (int, *SyntaxError) {
	end, fl, err := p.scanString(i)
	if err != nil {
		return 0, err
	}
	p.key, p.keyEnd, p.keyFlags = int32(i), int32(end), 0
	if fl&fDecode != 0 {
		p.keyFlags |= fKeyDecode
	}
	p.keyFlags |= fl & fBadUTF8
	j := skipWS(p.src, end)
	if j >= len(p.src) {
		return 0, p.fail(j, true, "expected ':' after object key, found end of input")
	}
	if p.src[j] != ':' {
		return 0, p.fail(j, false, "expected ':' after object key, found "+found(p.src, j))
	}
	return skipWS(p.src, j+1), nil
}

// add appends a node that starts at offset start, linking it to the open
// container and taking the pending key.
func (p *parser) add(kind Kind, start, end int, flags uint8) int32 {
	t := p.t
	idx := int32(len(t.nodes))
	nd := node{kind: kind, flags: flags, start: int32(start), end: int32(end), key: -1, keyEnd: -1, parent: -1, next: -1}
	if n := len(p.stack); n > 0 {
		top := &p.stack[n-1]
		par := &t.nodes[top.node]
		nd.parent = top.node
		nd.index = par.count
		par.count++
		if top.last >= 0 {
			t.nodes[top.last].next = idx
		}
		top.last = idx
		if par.kind == Object {
			nd.key, nd.keyEnd = p.key, p.keyEnd
			nd.flags |= fHasKey | p.keyFlags
			p.key = -1
		}
	}
	if len(t.nodes) == cap(t.nodes) {
		p.grow(start)
	}
	t.nodes = append(t.nodes, nd)
	return idx
}

// close ends the innermost open container at end.
func (p *parser) close(end int) {
	top := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	nd := &p.t.nodes[top.node]
	nd.end = int32(end)
	nd.flags |= fComplete
}

// fail records the error and closes every open container at off, leaving
// them marked incomplete.
func (p *parser) fail(off int, truncated bool, msg string) *SyntaxError {
	for _, f := range p.stack {
		p.t.nodes[f.node].end = int32(off)
	}
	p.stack = p.stack[:0]
	line, col := p.t.Position(off)
	return &SyntaxError{Offset: off, Line: line, Column: col, Message: msg, Truncated: truncated}
}

func skipWS(src []byte, i int) int {
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// strSpecial marks the bytes that stop the fast scan inside a string.
var strSpecial = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

var controlNames = map[byte]string{'\n': `\n`, '\r': `\r`, '\t': `\t`, '\b': `\b`, '\f': `\f`}

// scanString checks the string starting at src[i] == '"' and returns the
// offset past its closing quote.
func (p *parser) scanString(i int) (int, uint8, *SyntaxError) {
	src := p.src
	var fl uint8
	j := i + 1
	for {
		for j < len(src) && !strSpecial[src[j]] {
			j++
		}
		if j >= len(src) {
			return 0, 0, p.fail(j, true, "expected '\"' to end the string, found end of input")
		}
		c := src[j]
		switch {
		case c == '"':
			if fl&fBadUTF8 != 0 {
				p.t.badUTF8 = append(p.t.badUTF8, i)
			}
			return j + 1, fl, nil
		case c == '\\':
			fl |= fDecode
			if j+1 >= len(src) {
				return 0, 0, p.fail(j+1, true, "expected an escape character after '\\', found end of input")
			}
			switch src[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				for k := j + 2; k < j+6; k++ {
					if k >= len(src) {
						return 0, 0, p.fail(k, true, "expected 4 hex digits after '\\u', found end of input")
					}
					if !isHex(src[k]) {
						return 0, 0, p.fail(k, false, "expected 4 hex digits after '\\u', found "+found(src, k))
					}
				}
				j += 6
			default:
				return 0, 0, p.fail(j, false, "invalid escape '\\"+printable(src, j+1)+"' in string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
			}
		case c < 0x20:
			msg := fmt.Sprintf("control character U+%04X inside a string", c)
			if name, ok := controlNames[c]; ok {
				msg += " (write it as " + name + ")"
			}
			if c == '\n' {
				msg += "; a string cannot span lines"
			}
			return 0, 0, p.fail(j, false, msg)
		default:
			r, size := utf8.DecodeRune(src[j:])
			if r == utf8.RuneError && size == 1 {
				fl |= fDecode | fBadUTF8
			}
			j += size
		}
	}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber checks the number at src[i] against the RFC 8259 grammar and
// returns the offset past it.
func (p *parser) scanNumber(i int) (int, *SyntaxError) {
	src := p.src
	j := i
	if src[j] == '-' {
		j++
	}
	var err *SyntaxError
	if j < len(src) && src[j] == '0' {
		j++
		if j < len(src) && isDigit(src[j]) {
			return 0, p.fail(i, false, "number with a leading zero (JSON numbers cannot start with 0 unless they are 0)")
		}
	} else if j, err = p.digits(j, "after '-'"); err != nil {
		return 0, err
	}
	if j < len(src) && src[j] == '.' {
		if j, err = p.digits(j+1, "after the decimal point"); err != nil {
			return 0, err
		}
	}
	if j < len(src) && (src[j] == 'e' || src[j] == 'E') {
		j++
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if j, err = p.digits(j, "in the exponent"); err != nil {
			return 0, err
		}
	}
	return j, nil
}

// digits reads the run of one or more digits a number needs at src[j] and
// returns the offset past it; what says where the digit was wanted.
func (p *parser) digits(j int, what string) (int, *SyntaxError) {
	src := p.src
	if j >= len(src) {
		return 0, p.fail(j, true, "expected a digit "+what+", found end of input")
	}
	if !isDigit(src[j]) {
		return 0, p.fail(j, false, "expected a digit "+what+", found "+found(src, j)+hint(src, j))
	}
	for j < len(src) && isDigit(src[j]) {
		j++
	}
	return j, nil
}

// scanLiteral checks that word (true, false, null) stands at src[i].
func (p *parser) scanLiteral(i int, word string) (int, *SyntaxError) {
	src := p.src
	for k := 0; k < len(word); k++ {
		if i+k >= len(src) {
			return 0, p.fail(i+k, true, "expected '"+word+"', found end of input")
		}
		if src[i+k] != word[k] {
			return 0, p.fail(i, false, "expected '"+word+"', found "+found(src, i)+hint(src, i))
		}
	}
	end := i + len(word)
	if end < len(src) && isWordByte(src[end]) {
		// "nullable" or "trueish": name the whole word, not the prefix.
		return 0, p.fail(i, false, "expected '"+word+"', found "+found(src, i))
	}
	return end, nil
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
}

// found describes what stands at src[i], for error messages.
func found(src []byte, i int) string {
	if i >= len(src) {
		return "end of input"
	}
	c := src[i]
	if isWordByte(c) {
		j := i
		for j < len(src) && j-i < 24 && isWordByte(src[j]) {
			j++
		}
		return "'" + string(src[i:j]) + "'"
	}
	if c >= 0x20 && c < 0x7f {
		return "'" + string(c) + "'"
	}
	if c < 0x80 {
		return fmt.Sprintf("control character U+%04X", c)
	}
	r, size := utf8.DecodeRune(src[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		return fmt.Sprintf("invalid UTF-8 byte 0x%02X", c)
	case r == 0xFEFF:
		return "a byte order mark (U+FEFF)"
	}
	return fmt.Sprintf("'%c' (U+%04X)", r, r)
}

// printable renders the single character at src[i] for a message.
func printable(src []byte, i int) string {
	if i < len(src) && src[i] >= 0x20 && src[i] < 0x7f {
		return string(src[i])
	}
	if i < len(src) {
		return fmt.Sprintf("\\x%02X", src[i])
	}
	return ""
}

// hints explain the non-JSON words people paste most (from JavaScript,
// Python reprs, and hand-written JSON).
var hints = map[string]string{
	"undefined": "undefined is JavaScript, not JSON",
	"NaN":       "NaN is not a JSON number",
	"Infinity":  "Infinity is not a JSON number",
	"True":      "JSON writes true in lower case",
	"False":     "JSON writes false in lower case",
	"None":      "None is Python; JSON writes null",
	"NULL":      "JSON writes null in lower case",
	"Null":      "JSON writes null in lower case",
	"TRUE":      "JSON writes true in lower case",
	"FALSE":     "JSON writes false in lower case",
}

// hint adds a short explanation for a likely mistake at src[i] where a
// value or key should start.
func hint(src []byte, i int) string {
	if h := punctHint(src, i); h != "" || i >= len(src) {
		return h
	}
	j := i
	for j < len(src) && j-i < 24 && isWordByte(src[j]) {
		j++
	}
	if h, ok := hints[string(src[i:j])]; ok {
		return " (" + h + ")"
	}
	if j > i && !isDigit(src[i]) {
		return " (keys and strings need double quotes)"
	}
	return ""
}

// punctHint explains a stray punctuation character.
func punctHint(src []byte, i int) string {
	if i >= len(src) {
		return ""
	}
	switch src[i] {
	case '\'':
		return " (JSON strings take double quotes)"
	case '/':
		return " (JSON has no comments)"
	case '+':
		return " (JSON numbers cannot start with '+')"
	case '.':
		return " (JSON numbers need a digit before the decimal point)"
	}
	return ""
}
