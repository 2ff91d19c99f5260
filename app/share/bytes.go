package share

// byteSet is a set of bytes for the scanners' inner loops; each is built
// once and never changed.
type byteSet [256]bool

func setOf(chars string) (s byteSet) {
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = true
	}
	return s
}

var (
	tokenExtra     = setOf("!#$%&'*+-.^_`|~")
	scalarStop     = setOf(",}] \t\r\n")
	numberChars    = setOf("0123456789+-.eE")
	wordOpeners    = setOf(" \t'\"[=")
	paramStop      = withControls(setOf("&#;,)]<>\"'`\\ "))
	paramOpeners   = setOf(" \t\r\n\"'(=")
	authorityStop  = setOf("/?#\"'<>`\\ \t\r\n")
	token68Extra   = setOf(".~+/=")
	b64URLChars    = setOf("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
	nameChars      = setOf("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
	paramNameChars = setOf("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.[]")
	// placesString is what jsonPlaced reads before a string's opening
	// quote: JSON white space, then one of "[{,:".
	placesString = setOf("[{,: \t\r\n")
)

// afterEscape reports whether i follows the escape \n, \r or \t: text
// held in a JSON string has its lines and words joined by them, so the
// scanners take them as separators.
func afterEscape(s string, i int) bool {
	return i >= 2 && s[i-2] == '\\' && (s[i-1] == 'n' || s[i-1] == 'r' || s[i-1] == 't')
}

// withControls adds the control characters to a set.
func withControls(s byteSet) byteSet {
	for ch := 0; ch < 0x20; ch++ {
		s[ch] = true
	}
	s[0x7f] = true
	return s
}
